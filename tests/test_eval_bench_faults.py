"""What an evaluation tells about its own answers and inputs, on tiny real models through the
real CLI, a real SQLite file and real Qt widgets: an answer that failed counts as failed in
every pass rate, a JSON list of prompts is read as its prompts, a repeated id, an empty file
and a file that is no adapter are each named plainly, the parameters shown are all those the
answers were made with, a stopped run's row says how far it got, `chatapp conversations`
says where the evaluations' conversations are, and no time left is guessed from the first
answers made together."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from gguf_factory import CHATML_TEMPLATE, install_models, write_tiny_llama

from chatapp.cli import main
from chatapp.compare.prompts import load_prompts
from chatapp.errors import UserError


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two tiny chat models (random weights, ChatML, a 512-token context) told apart."""
    folder = tmp_path_factory.mktemp("bench")
    return [write_tiny_llama(folder / "base-F32.gguf", chat_template=CHATML_TEMPLATE),
            write_tiny_llama(folder / "other-F32.gguf", chat_template=CHATML_TEMPLATE, seed=1)]


def _language(home: Path, language: str) -> None:
    from chatapp.paths import app_paths

    settings = app_paths().settings_file
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"language": language}), encoding="utf-8")


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _long_and_short(tmp_path: Path) -> Path:
    """A prompt far over the models' context (its answers fail) and one they answer; both
    with a check any answer passes."""
    check = [{"type": "max_length", "value": 100000}]
    prompts = tmp_path / "long.jsonl"
    prompts.write_text("".join(json.dumps({"id": i, "prompt": text, "checks": check}) + "\n"
                               for i, text in (("long", "word " * 3000),
                                               ("short", "Say hi"))), encoding="utf-8")
    return prompts


def test_a_failed_answer_counts_as_failed_in_every_pass_rate(
        chatapp_home: Path, models: list[Path], tmp_path: Path, capsys) -> None:
    """As promptfoo's pass rate counts errors (was: "Pass rate 100%, 1 / 1 … Errors 1" with
    the failed answer left out of the rate, its interval, stats.json and the comparison)."""
    from chatapp.compare.evaluate import load_results
    from chatapp.compare.report import ERRORS_FAIL, pass_rates, summarize

    install_models(chatapp_home, *models)
    out = tmp_path / "run"
    assert main(["eval", "--models", "base-F32,other-F32", "--prompts",
                 str(_long_and_short(tmp_path)), "--out", str(out), "--max-tokens", "4"]) == 1
    results = load_results(out)
    assert sorted((r.prompt_id, r.finish_reason == "error") for r in results) == [
        ("long", True), ("long", True), ("short", False), ("short", False)]
    for row in _rows(out / "summary.csv"):
        assert (row["checked"], row["passed"], row["pass_rate"], row["errors"]) == (
            "2", "1", "0.5000", "1"), row
        assert float(row["pass_ci_low"]) < 0.5 < float(row["pass_ci_high"]) < 1
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert [v["per_prompt"] for v in stats["variants"]] == [{"long": 0.0, "short": 1.0}] * 2
    assert [(d["prompts"], d["mean"]) for d in stats["differences"]] == [(2, 0.0)]
    printed = capsys.readouterr().out
    for name in ("base-F32.gguf", "other-F32.gguf"):
        line = next(x for x in printed.splitlines() if x.startswith(name))
        assert line.split()[1:5] == ["50%", "1", "/", "2"], line
    assert ERRORS_FAIL in printed  # how errors are counted, said under the table
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<td class=num>1 / 2</td>" in page and "counts as failed in the pass rate" in page
    rates = [r.replace("\u00a0", " ") for r in pass_rates(
        summarize(results, ["base-F32.gguf", "other-F32.gguf"]))]
    assert rates == [f"{n} 50% (1 / 2, 1 of them an error)"
                     for n in ("base-F32.gguf", "other-F32.gguf")]  # the window's line
    said = pass_rates(summarize(results, ["base-F32.gguf"]), "id")[0]
    assert "1 of them an error" not in said and "50%" in said  # in the user's language


def test_the_parameters_shown_are_all_the_answers_were_made_with(
        chatapp_home: Path, models: list[Path], tmp_path: Path, capsys) -> None:
    """was: "parameters: max_tokens=4, temperature=0.0, seed=1" in the report and no line at
    the command line, top_k, top_p, min_p and repeat_penalty left out."""
    install_models(chatapp_home, models[0])
    prompts = tmp_path / "set.txt"
    prompts.write_text("Say hi\n", encoding="utf-8")
    out = tmp_path / "run"
    assert main(["eval", "--models", "base-F32", "--prompts", str(prompts), "--out", str(out),
                 "--max-tokens", "4"]) == 0
    shown = ("max_tokens=4, temperature=0.0, top_k=40, top_p=0.95, min_p=0.05, "
             "repeat_penalty=1.1, seed=1")
    page = (out / "report.html").read_text(encoding="utf-8")
    assert f"parameters: {shown}" in re.search(r'<p class="meta">(.*?)</p>', page).group(1)
    assert f"Parameters: {shown}" in capsys.readouterr().out.splitlines()


def _refusal(capsys, *args: str) -> str:
    """The one line `chatapp eval ARGS` is refused with (no traceback)."""
    assert main(["eval", *args]) != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err.strip()


def test_a_json_list_of_prompts_is_read_as_its_prompts(
        chatapp_home: Path, models: list[Path], tmp_path: Path, capsys) -> None:
    """was: the list run as one plain-text prompt whose text was the JSON."""
    from chatapp.compare.evaluate import load_results

    install_models(chatapp_home, models[0])
    prompts = tmp_path / "set.json"
    prompts.write_text(json.dumps([{"id": "a", "prompt": "Say hi", "expected": "x"},
                                   "Say yo"]), encoding="utf-8")
    assert main(["eval", "--models", "base-F32", "--prompts", str(prompts), "--out",
                 str(tmp_path / "run"), "--max-tokens", "2"]) == 0
    assert sorted(r.prompt_id for r in load_results(tmp_path / "run")) == ["2", "a"]
    capsys.readouterr()
    read = load_prompts(prompts)
    assert [(p.id, p.text, len(p.checks)) for p in read] == [("a", "Say hi", 1),
                                                              ("2", "Say yo", 0)]
    # each item checked as a JSONL line is, and named by its number in the list
    for items, said in (([{"prompt": "x"}, {"prompt": 3}], "Item 2 of the list: prompt must "
                         "be text."),
                        (["x", "  "], "Item 2 of the list has no prompt."),
                        ([{"prompt": "x", "checks": "no"}], "Item 1 of the list: checks must "
                         "be a list of checks.")):
        prompts.write_text(json.dumps(items), encoding="utf-8")
        assert _refusal(capsys, "--models", "base-F32", "--prompts", str(prompts)) == (
            f"chatapp: {prompts}: {said}")
    prompts.write_text('"Say hi"', encoding="utf-8")  # a .json file that is no list
    assert _refusal(capsys, "--models", "base-F32", "--prompts", str(prompts)) == (
        f"chatapp: {prompts} is not a list of prompts: a .json prompt file holds one JSON "
        "list, of texts or of objects with a \"prompt\" (as JSONL lines have).")
    _language(chatapp_home, "id")
    said = _refusal(capsys, "--models", "base-F32", "--prompts", str(prompts))
    assert "is not a list of prompts" not in said and str(prompts) in said


@pytest.mark.parametrize(("name", "text", "said"), [
    ("dup.jsonl", '{"id":"a","prompt":"x"}\n\n{"id":"b","prompt":"y"}\n{"id":"a","prompt":"z"}\n',
     "The prompt id a is on line 1 and again on line 4 of {path}: prompt ids must be unique."),
    ("dup.csv", "id,prompt\nq,x\nr,y\nq,z\n",
     "The prompt id q is on line 2 and again on line 4 of {path}: prompt ids must be unique."),
    ("dup.json", '[{"id":"a","prompt":"x"},{"id":1,"prompt":"y"},{"id":"1","prompt":"z"}]',
     "The prompt id 1 is item 2 and again item 3 of the list in {path}: prompt ids must be "
     "unique."),
])
def test_a_repeated_prompt_id_is_named_with_its_lines(tmp_path: Path, name: str, text: str,
                                                      said: str) -> None:
    """was: "Prompt ids must be unique in …/dup.jsonl." without the id or where it is."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_prompts(path)
    assert str(caught.value) == said.format(path=path)


@pytest.mark.parametrize("name", ["empty.csv", "empty.jsonl", "empty.txt", "empty.json"])
def test_an_empty_prompt_file_is_said_to_be_empty(chatapp_home: Path, tmp_path: Path,
                                                  capsys, name: str) -> None:
    """One message for every format (was, for a CSV: "Line 1 of the CSV file names no prompt
    column (its columns: –)")."""
    path = tmp_path / name
    path.write_text(" \n", encoding="utf-8")
    assert _refusal(capsys, "--models", "x", "--prompts", str(path)) == (
        f"chatapp: {path} is empty: it holds no prompts.")
    config = tmp_path / "empty.yaml"
    config.write_text("", encoding="utf-8")
    assert _refusal(capsys, "--config", str(config)) == (
        "chatapp: empty.yaml is empty: an evaluation config names prompts, providers and "
        "tests.")


def test_a_model_given_as_an_adapter_is_refused_with_what_an_adapter_is(
        chatapp_home: Path, models: list[Path], tmp_path: Path, capsys) -> None:
    """was: "other-F32.gguf is not a LoRA adapter." and nothing of what is needed."""
    install_models(chatapp_home, models[0])
    config = tmp_path / "lora.yaml"
    config.write_text(
        "prompts: ['{{q}}']\nproviders:\n  - id: base-F32\n    label: lora\n    config: "
        f"{{max_tokens: 2, adapters: [{{path: {json.dumps(str(models[1]))}, scale: 0.8}}]}}\n"
        "tests:\n  - vars: {q: hi}\n", encoding="utf-8")
    assert _refusal(capsys, "--config", str(config)) == (
        "chatapp: other-F32.gguf is not a LoRA adapter. An adapter here is a LoRA converted to "
        "GGUF for the base model it changes (llama.cpp's convert_lora_to_gguf.py converts one).")


def test_a_stopped_runs_row_says_how_far_it_got(qtbot, chatapp_home: Path,
                                               tmp_path: Path) -> None:
    """A run stopped after 3 of its 6 answers, every prompt with its conversation (answers
    made together make them all first): one count, the answers made of those asked, with
    the size they come from. Was "a & b · 1 of 3 prompts answered · 3 of 6 answers" (two
    counts that disagreed while answers were made together); before that "p.jsonl · 2
    prompts × a & b", as a finished run reads, then "3 of 3 prompts × a & b · not complete:
    3 of 6 answers" (the prompts count was the conversations made, answered or not)."""
    from PySide6.QtCore import Qt

    from chatapp.context import open_app
    from chatapp.ui.sidebar import Sidebar

    app = open_app()
    try:
        store = app.store
        run = store.create_eval_run("p.jsonl", str(tmp_path / "out"), ["a.gguf", "b.gguf"], 3)
        for prompt, reasons in (("1", ["stop", "length"]), ("2", ["stop", "error"]),
                                ("3", [])):
            conversation = store.create_conversation(title=f"p.jsonl · {prompt}: Q",
                                                     kind="compare", eval_run_id=run.id)
            user = store.add_message(conversation.id, None, "user", "Q")
            for reason in reasons:
                answer = store.add_message(conversation.id, user.id, "assistant")
                store.finish_message(answer.id, "A", reason)
        sidebar = Sidebar()
        qtbot.addWidget(sidebar)
        sidebar.resize(220, 400)
        sidebar.set_conversations([], None, runs=store.eval_runs())
        (row,) = sidebar.run_items()
        # (prompt 2's second answer failed: not answered by every variant)
        assert row.text().split(" · ")[1:3] == ["a & b",
                                                "3 of 6 answers (3 prompts × 2 variants)"]
        # the whole text, where the list cuts it, in the row's tooltip
        assert row.text()[2:] in row.toolTip()
        assert row.data(Qt.ItemDataRole.AccessibleTextRole).count("3 of 6 answers") == 1
        for conversation in store.conversations(run.id):
            user = store.messages(conversation.id)[0]
            for _ in range(2 - len(store.messages(conversation.id)[1:])):
                answer = store.add_message(conversation.id, user.id, "assistant")
                store.finish_message(answer.id, "B", "stop")  # made: the run is whole
        last = store.conversations(run.id)[1]
        answer = store.add_message(last.id, store.messages(last.id)[0].id, "assistant")
        store.finish_message(answer.id, "B", "stop")  # the failed one made again
        sidebar.set_conversations([], None, runs=store.eval_runs())
        assert sidebar.run_items()[0].text().split(" · ")[1] == "3 prompts × a & b"
    finally:
        app.close()


def test_a_prompt_counts_as_answered_once_every_variant_answered_it(
        qtbot, chatapp_home: Path, tmp_path: Path) -> None:
    """3 prompts × 4 variants, each prompt answered by its first variant only (its run.json
    lists the conversations, one prompt with a template's own): the row says one count, the
    answers made of those asked. Was "4 variants · 0 of 12 prompts answered · 3 of 12
    answers" ("0 prompts answered" while answers were made); before that "3 of 3 prompts
    answered" (a prompt with one answer counted)."""
    from chatapp.context import open_app
    from chatapp.paths import write_json
    from chatapp.ui.sidebar import Sidebar

    app = open_app()
    try:
        store = app.store
        folder = tmp_path / "out"
        folder.mkdir()
        names = ["base", "v2", "v3", "v4"]
        run = store.create_eval_run("p.jsonl", str(folder), names, 3)
        conversations = {}
        for prompt in ("1", "2", "3"):
            conversation = store.create_conversation(title=f"p.jsonl · {prompt}: Q",
                                                     kind="compare", eval_run_id=run.id)
            user = store.add_message(conversation.id, None, "user", "Q")
            answer = store.add_message(conversation.id, user.id, "assistant")
            store.finish_message(answer.id, "A", "stop")
            conversations[prompt] = [conversation.id, user.id]
        other = store.create_conversation(title="p.jsonl · 1: Q", kind="compare",
                                          eval_run_id=run.id)
        user = store.add_message(other.id, None, "user", "Q (plain)")
        conversations["1~plain"] = [other.id, user.id]
        write_json(folder / "run.json", {"name": "p.jsonl", "models": names, "prompts": 3,
                                         "run_id": run.id, "conversations": conversations})
        sidebar = Sidebar()
        qtbot.addWidget(sidebar)
        sidebar.set_conversations([], None, runs=store.eval_runs())
        assert sidebar.run_items()[0].text().split(" · ")[1] == (
            "3 of 12 answers (3 prompts × 4 variants)")
        first = store.conversations(run.id)[0]
        first_user = store.messages(first.id)[0]
        for _ in range(2):  # prompt 1: two more variants in its conversation, one in the other
            answer = store.add_message(first.id, first_user.id, "assistant")
            store.finish_message(answer.id, "B", "length")
        answer = store.add_message(other.id, user.id, "assistant")
        store.finish_message(answer.id, "C", "stop")
        sidebar.set_conversations([], None, runs=store.eval_runs())
        assert sidebar.run_items()[0].text().split(" · ")[1] == (
            "6 of 12 answers (3 prompts × 4 variants)")
    finally:
        app.close()


def test_conversations_says_where_the_evaluations_conversations_are(
        chatapp_home: Path, models: list[Path], tmp_path: Path, capsys) -> None:
    """was: "No conversations yet." with the evaluation's conversations there."""
    install_models(chatapp_home, models[0])
    prompts = tmp_path / "set.txt"
    prompts.write_text("Say hi\nSay yo\n", encoding="utf-8")
    assert main(["eval", "--models", "base-F32", "--prompts", str(prompts), "--out",
                 str(tmp_path / "run"), "--max-tokens", "2"]) == 0
    capsys.readouterr()
    assert main(["conversations"]) == 0
    assert capsys.readouterr().err.strip() == (
        "No conversations yet: 2 conversations of evaluation runs are not listed (chatapp "
        "conversations --all lists them).")
    assert main(["conversations", "--all"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert all("set.txt · " in line for line in listed[1:]), listed
    assert len(listed) == 3
    first = listed[-1].split()[0]
    assert main(["export", first]) == 0 and "Say hi" in capsys.readouterr().out


def test_no_time_left_is_guessed_from_the_first_answers(
        chatapp_home: Path, models: list[Path], tmp_path: Path, capsys) -> None:
    """A run of a few seconds shows none (was: "2/6 answered, about 0:01 left" from answers
    made together, then "about 0:10 left")."""
    import time

    from chatapp.compare.evaluate import ETA_AFTER_S, _eta

    install_models(chatapp_home, models[0])
    prompts = tmp_path / "set.txt"
    prompts.write_text("".join(f"Say {w}\n" for w in ("hi", "yo", "a", "b", "c", "d")),
                       encoding="utf-8")
    assert main(["eval", "--models", "base-F32", "--prompts", str(prompts), "--out",
                 str(tmp_path / "run"), "--max-tokens", "2"]) == 0
    progress = [line for line in capsys.readouterr().err.splitlines() if "answered" in line]
    assert len(progress) == 6 and not any("left" in line for line in progress), progress
    now = time.monotonic()
    assert _eta(now - 0.5, 6, 10) is None  # answers close together: too soon to tell
    assert _eta(now - ETA_AFTER_S - 1, 2, 10) is None  # too few
    assert _eta(now - 12, 5, 8) == pytest.approx(12 / 4 * 8, rel=0.05)
