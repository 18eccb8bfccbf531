"""An evaluation run again into its folder: the folder is stored and shown as an absolute
path, the run says plainly when nothing was left to answer (or how much was), the report's
header shows the parameters the answers were made with, and a failed numeric check shows the
answer's own number beside the limit. On a tiny real model, from the command line and the
Evaluate window."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from gguf_factory import CHATML_TEMPLATE, install_models, write_tiny_llama

from chatapp.cli import main

CONFIG = """\
description: rerun
prompts: ["Say {{word}}"]
providers:
  - {id: base-F32, label: short, config: {max_tokens: 24}}
  - {id: base-F32, label: warm, config: {max_tokens: 24, temperature: 0.5}}
tests:
  - vars: {word: hi}
    assert: [{type: latency, threshold: 0.001}]
  - vars: {word: yo}
"""


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny chat model (random weights, a ChatML template)."""
    return write_tiny_llama(tmp_path_factory.mktemp("rerun") / "base-F32.gguf",
                            chat_template=CHATML_TEMPLATE)


def _runs() -> list:
    from chatapp.context import open_app

    app = open_app()
    try:
        return app.store.eval_runs()
    finally:
        app.close()


def _meta(page: Path) -> str:
    """The report's header line."""
    return re.search(r'<p class="meta">(.*?)</p>', page.read_text(encoding="utf-8")).group(1)


def test_a_run_again_says_what_it_made_in_a_folder_stored_absolute(
        chatapp_home: Path, model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys) -> None:
    install_models(chatapp_home, model)
    work, elsewhere = tmp_path / "work", tmp_path / "elsewhere"
    work.mkdir()
    elsewhere.mkdir()
    (work / "eval.yaml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(work)
    assert main(["eval", "--config", "eval.yaml", "--out", "out"]) == 0
    out = (work / "out").resolve()
    captured = capsys.readouterr()
    parameters, *shown, made, last = captured.out.strip().splitlines()
    notes = [row for row in shown if row.startswith(("Tokens/s is", "Speed varied"))]
    table = [row for row in shown if row not in notes]  # (the speed notes under it)
    assert notes and notes[0].startswith("Tokens/s is decode speed only")
    assert last == f"Report: {out / 'report.html'}"
    assert made == "Answers made one at a time (-j 1): the same answers in every run."
    assert parameters.startswith("Parameters: max_tokens=24, top_k=40")
    # the summary as a terminal shows it (each variant's one checked answer took > 1 ms)
    assert table[0].split() == ["Variant", "Pass", "rate", "Passed", "/", "checked", "Median",
                                "tokens/s", "Tokens/s,", "slowest–fastest", "Errors"]
    rows = [row.split() for row in table[1:]]
    assert [row[0] for row in rows] == ["short", "warm"]
    assert all(row[1:5] == ["0%", "0", "/", "1"] and row[-1] == "0" for row in rows), rows
    assert len({len(row) for row in table}) == 1  # columns aligned
    assert "already" not in captured.err
    [run] = _runs()
    assert run.folder == str(out)  # what "Open report" of the run list opens, from anywhere
    results = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines()]
    assert len(results) == 4 and all(r["completion_tokens"] <= 24 for r in results)
    # every answer was made with max_tokens 24 (the run's own 512 was never used); the
    # temperature differs between the variants, so the header leaves it to their table
    meta = _meta(out / "report.html")
    assert ("parameters: max_tokens=24, top_k=40, top_p=0.95, min_p=0.05, repeat_penalty=1.1, "
            "seed=1") in meta
    assert "512" not in meta and "temperature" not in meta
    page = (out / "report.html").read_text(encoding="utf-8")
    failed = re.findall(r"✘ latency: (\d+) ms &gt; 0.001 ms", page)
    assert len(failed) == 2 and all(int(ms) > 0 for ms in failed)

    # again, from another folder: every answer is there, and it says so
    monkeypatch.chdir(elsewhere)
    (out / "report.html").unlink()
    assert main(["eval", "--config", str(work / "eval.yaml"), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.err.strip() == (
        "All 4 answers are in this folder already: nothing new to run (choose another output "
        "folder to run them again).")
    assert (out / "report.html").is_file()  # written again all the same
    assert len((out / "results.jsonl").read_text().splitlines()) == 4

    # a test added: only its answers are made, and it says how many of each
    (work / "eval.yaml").write_text(CONFIG + "  - vars: {word: ok}\n", encoding="utf-8")
    assert main(["eval", "--config", str(work / "eval.yaml"), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "4 answers were already done; they are not run again." in err
    assert err.strip().endswith("2 new answers made, 4 already in this folder.")
    assert len((out / "results.jsonl").read_text().splitlines()) == 6
    assert [r.folder for r in _runs()] == [str(out)]


def test_a_run_deleted_comes_back_when_run_again_and_answers_deleted_are_made_again(
        chatapp_home: Path, model: Path, tmp_path: Path, capsys) -> None:
    """Was: deleting a run and running its folder again made an empty run (its answers
    counted as done), and Undo then showed the run twice."""
    from chatapp.context import open_app

    install_models(chatapp_home, model)
    (tmp_path / "eval.yaml").write_text(CONFIG, encoding="utf-8")
    argv = ["eval", "--config", str(tmp_path / "eval.yaml"), "--out", str(tmp_path / "out")]
    assert main(argv) == 0
    [run] = _runs()
    app = open_app()  # the window, open all along: what it deletes stays in its trash
    try:
        app.store.delete_eval_run(run.id)  # Delete run
        capsys.readouterr()
        assert main(argv) == 0
        assert "nothing new to run" in capsys.readouterr().err
        [again] = app.store.eval_runs()  # the same run, out of the trash, with its answers
        assert again.id == run.id and len(app.store.conversations(run.id)) == 2
        first = app.store.conversations(run.id)[0]
        app.store.delete_conversation(first.id)  # one prompt's answers thrown away
        assert main(argv) == 0
        assert capsys.readouterr().err.strip().endswith(
            "2 new answers made, 2 already in this folder.")  # they are made again
        assert [r.id for r in app.store.eval_runs()] == [run.id]
        assert len(app.store.conversations(run.id)) == 2
    finally:
        app.close()
    assert main(argv) == 0  # the trash emptied (the app closed): nothing is missing
    assert "nothing new to run" in capsys.readouterr().err


def _one_answer(home: Path, model: Path, tmp_path: Path, most_chars: int,
                max_tokens: int) -> tuple[dict, Path]:
    """`chatapp eval` of "Say hi" checked with max_length most_chars: its one result and
    the run's folder."""
    install_models(home, model)
    prompts = tmp_path / "set.jsonl"
    prompts.write_text(json.dumps({"prompt": "Say hi", "checks": [
        {"type": "max_length", "value": most_chars}]}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["eval", "--models", "base-F32", "--prompts", str(prompts), "--out", str(out),
                 "--max-tokens", str(max_tokens)]) == 0
    [result] = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines()]
    return result, out


def test_a_failed_max_length_shows_the_answers_length(chatapp_home: Path, model: Path,
                                                      tmp_path: Path, long_answers) -> None:
    result, out = _one_answer(chatapp_home, model, tmp_path, 1, 16)
    length = len(result["answer"].strip())
    assert length > 1 and result["checks"] == [False]
    page = (out / "report.html").read_text(encoding="utf-8")
    assert f"✘ max_length: length {length} &gt; 1</div>" in page
    assert ("parameters: max_tokens=16, temperature=0.0, top_k=40, top_p=0.95, min_p=0.05, "
            "repeat_penalty=1.1, seed=1") in _meta(out / "report.html")


def test_an_answer_that_fills_the_context_is_not_said_to_be_cut_at_the_token_limit(
        chatapp_home: Path, model: Path, tmp_path: Path, long_answers) -> None:
    """max_tokens above the model's 512-token context: the answer ends where the context is
    full, and the report says so (was: "cut off at the token limit", raise max_tokens)."""
    result, out = _one_answer(chatapp_home, model, tmp_path, 100000, 4000)
    assert (result["finish_reason"], result["context_full"]) == ("length", True)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Passed, but cut off where the model&#x27;s context was full" in page
    assert "token limit" not in page


def test_repeats_at_temperature_0_are_said_to_show_no_spread(
        chatapp_home: Path, model: Path, tmp_path: Path, capsys) -> None:
    """Repeats of a greedy variant are the same answer each time: the run says so, and how
    to read a spread (was: "spread 0.0%" and pass@k equal to the mean, without a word)."""
    install_models(chatapp_home, model)
    prompts = tmp_path / "set.txt"
    prompts.write_text("Say hi\n", encoding="utf-8")
    for temperature, said in (("0", True), ("0.7", False)):
        assert main(["eval", "--models", "base-F32", "--prompts", str(prompts), "--out",
                     str(tmp_path / temperature), "--max-tokens", "2", "--repeats", "2",
                     "--temperature", temperature]) == 0
        err = " ".join(capsys.readouterr().err.split())
        assert ("At temperature 0 every repeat gives the same answer, so the repeats of "
                "base-F32.gguf show no spread" in err) is said, err
        page = (tmp_path / temperature / "report.html").read_text(encoding="utf-8")
        assert ("show no spread" in page) is said  # the report says so too, where it is kept


@pytest.fixture
def ctx(chatapp_home: Path, model: Path):
    from chatapp.context import open_app
    from chatapp.ui.app import make_application

    install_models(chatapp_home, model)
    make_application()
    app = open_app()
    yield app
    app.close()


def test_the_evaluate_window_shows_the_folder_absolute_and_says_when_nothing_is_new(
        qtbot, ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from chatapp.ui.eval_dialog import EvalDialog

    monkeypatch.chdir(tmp_path)
    prompts = tmp_path / "set.txt"
    prompts.write_text("hello\nworld\n", encoding="utf-8")
    dialog = EvalDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.prompt_edit.setText(str(prompts))
    dialog.folder_edit.setText("out")  # relative: in the evaluations' folder (was: in the
    # folder the app was started in, wherever a launcher started it)
    dialog.max_tokens.setValue(4)
    dialog.model_list.set_checked({m.key for m in dialog.models if m.file_name == "base-F32.gguf"})
    assert len(dialog.ticked()) == 1
    out = ctx.paths.data / "evals" / "out"
    with qtbot.waitSignal(dialog.done, timeout=180000):
        dialog.start_button.click()
    assert dialog.folder_edit.text() == str(out)
    assert dialog.progress_label.text() == f"Done. The report is in {out / 'report.html'}"
    assert [r.folder for r in ctx.store.eval_runs()] == [str(out)]
    with qtbot.waitSignal(dialog.done, timeout=180000):
        dialog.start_button.click()
    assert dialog.progress_label.text() == (
        "All 2 answers are in this folder already: nothing new to run (choose another output "
        f"folder to run them again). The report is in {out / 'report.html'}")
    prompts.write_text("hello\nworld\nagain\n", encoding="utf-8")
    with qtbot.waitSignal(dialog.done, timeout=180000):
        dialog.start_button.click()
    assert dialog.progress_label.text() == (
        f"Done: 1 new answer made, 2 already in this folder. The report is in "
        f"{out / 'report.html'}")
    dialog.close()


def test_answers_are_graded_again_when_their_checks_change(
        chatapp_home: Path, model: Path, tmp_path: Path, capsys) -> None:
    install_models(chatapp_home, model)
    config, out = tmp_path / "eval.yaml", tmp_path / "out"
    config.write_text(CONFIG, encoding="utf-8")
    assert main(["eval", "--config", str(config), "--out", str(out)]) == 0
    capsys.readouterr()
    page = (out / "report.html").read_text(encoding="utf-8")
    assert len(re.findall(r"✘ latency", page)) == 2
    # the check edited, nothing else: the stored answers are graded with it
    config.write_text(CONFIG.replace("threshold: 0.001", "threshold: 3600000"), encoding="utf-8")
    assert main(["eval", "--config", str(config), "--out", str(out)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith("All 4 answers are in this folder already")
    assert err[1] == "Answers graded again, as their prompts' checks changed: 2."
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "✘ latency" not in page and page.count("<span class=pass>✔ pass</span>") == 2
    again = main(["eval", "--config", str(config), "--out", str(out)])  # graded once only
    assert again == 0 and "graded again" not in capsys.readouterr().err


def test_a_long_prompt_makes_a_title_cut_with_an_ellipsis(
        chatapp_home: Path, model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from chatapp.context import open_app

    install_models(chatapp_home, model)
    config = CONFIG.replace('"Say {{word}}"', '"Write a long story about the sea and the '
                                              'ships that sail it, number {{word}}"')
    (tmp_path / "eval.yaml").write_text(config, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["eval", "--config", "eval.yaml", "--out", "out"]) == 0
    app = open_app()
    try:
        [run] = app.store.eval_runs()
        titles = sorted(c.title for c in app.store.conversations(eval_run_id=run.id))
    finally:
        app.close()
    assert titles and all(t.endswith("…") and not t.endswith(" …") for t in titles), titles
    assert titles[0].split(": ", 1)[1] == "Write a long story about the sea and th…"
