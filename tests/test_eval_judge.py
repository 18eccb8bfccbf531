"""The LLM judge: rubric grading and order-swapped comparisons by a scripted judge model in
real llama.cpp, stored with provenance and ranked apart from people's votes."""

from __future__ import annotations

import html
import importlib.util
import json
from pathlib import Path

import pytest
import scripted_gguf
from scripted_gguf import write_scripted

from chatapp.cli import main
from chatapp.compare.judge import combine, read_choice, read_rubric_reply

needs_llama = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                                 reason="llama-cpp-python is not installed")

TEMPLATE = ("{{ bos_token }}{% for m in messages %}{% if m['role'] == 'assistant' %}<|assistant|>"
            "{{ m['content'] }}</s>{% else %}<|user|>{{ m['content'] }}{% endif %}{% endfor %}"
            "{% if add_generation_prompt %}<|assistant|>{% endif %}")
SPECIALS = [("<|user|>", "control"), ("<|assistant|>", "control")]


def _model(path: Path, script: list[str], name: str) -> None:
    """A scripted model (tests give it room for a judge's prompt: N_CTX)."""
    write_scripted(path, template=TEMPLATE, specials=SPECIALS,
                   script=["<|assistant|>", *script, "</s>"], name=name)


def test_reading_the_judges_replies() -> None:
    assert read_rubric_reply('Sure. {"reason": "ok", "pass": true, "score": 0.8}') == (
        True, 0.8, "ok")
    assert read_rubric_reply('{"pass": false}') == (False, 0.0, "")
    assert read_rubric_reply('{"score": 0.6, "reason": "meh"}', threshold=0.7) == (
        False, 0.6, "meh")
    assert read_rubric_reply("PASS. It names Paris.")[:2] == (True, 1.0)
    passed, score, reason = read_rubric_reply("I cannot say")
    # the judge's failure: nothing graded, rather than a failed answer
    assert (passed, score) == (None, None) and reason.startswith("unreadable")
    assert [read_choice(r) for r in ("A", " b.", "T", "Answer B", "Neither", "A, B, or T",
                                     "A or B", "B/T\n<Answer>", "A is better than B")] == [
        "a", "b", "tie", "b", None, None, None, None, "a"]
    # the swapped reading's "a" is the second answer: agreement wins, else a tie; a reply
    # that says nothing counts nowhere
    assert combine("a", "b") == "a" and combine("b", "a") == "b"
    # was: the same place chosen both ways was a tie
    assert combine("a", "a") == "inconsistent" and combine("b", "b") == "inconsistent"
    assert combine("tie", "tie") == "tie" and combine("a", "tie") == "tie"
    assert combine(None, "b") == "unreadable" and combine("a", None) == "unreadable"
    from chatapp.compare.ratings import Vote, leaderboard

    assert leaderboard([Vote("m1", "m2", "unreadable")]).votes == 0


CONFIG = """\
description: judged
prompts: ["Capital of {{country}}?"]
providers:
  - {id: answerer, label: plain}
  - {id: answerer, label: kind, config: {system: "Be kind."}}
defaultTest:
  options: {provider: JUDGE}
tests:
  - vars: {country: France}
    assert: [{type: icontains, value: Paris}, {type: llm-rubric, value: "Names the city"}]
  - vars: {country: Italy}
    assert: [{type: llm-rubric, value: "Names the city", threshold: 0.5}]
"""


@needs_llama
@pytest.mark.parametrize("verdict", ["pass", "fail"])
def test_judge_grades_rubrics_and_compares_both_orders(chatapp_home: Path, tmp_path: Path,
                                                       capsys, verdict: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # a judge's prompt is byte tokens here (about one a letter): give it room
    monkeypatch.setattr(scripted_gguf, "N_CTX", 4096)
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    _model(models / "answerer.gguf", ["▁Paris"], "Answerer")
    good = verdict == "pass"
    _model(models / "judge.gguf",
           ['{"pass":', "▁true," if good else "▁false,", '▁"score":', "▁0.9," if good else "▁0.1,",
            '▁"reason":', '▁"names▁it"}'], "Rubric Judge")
    _model(models / "biased.gguf", ["T"], "Even Judge")  # always says tie: consistent
    config = tmp_path / "judged.yaml"
    config.write_text(CONFIG.replace("JUDGE", "judge"), encoding="utf-8")
    out = tmp_path / "out"
    argv = ["eval", "--config", str(config), "--out", str(out), "--max-tokens", "8"]
    assert main(argv) == 0
    capsys.readouterr()
    results = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines()]
    assert all(r["answer"] == "Paris" for r in results)
    grades = [json.loads(x) for x in (out / "grades.jsonl").read_text().splitlines()]
    assert len(grades) == 4 and {g["passed"] for g in grades} == {good}
    assert {g["score"] for g in grades} == {0.9 if good else 0.1}
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Judged by judge.gguf: 4 calls" in page and 'aria-label="Mean judge score"' in page
    assert ("✘ llm-rubric: Names the city" in page) is not good
    assert page.count("The judge: names it</div>") == 4  # its reason beside each answer
    from chatapp.compare.judge import board
    from chatapp.compare.votes import live_rows
    from chatapp.context import open_app

    app = open_app()
    try:
        stored = live_rows(app.store, "judgements", "rubric")
        assert len(stored) == 4 and {j["judge_model"] for j in stored} == {"judge.gguf"}
        first = stored[0]
        assert "Names the city" in first["judge_prompt"] and "Paris" in first["judge_prompt"]
        assert first["judge_reply"].startswith('{"pass":') and first["tag"] == "judged"
        provenance = json.loads(first["provenance"])
        assert provenance["params"]["temperature"] == 0.0 and provenance["template_sha256"]
        assert app.store.message(first["message_a_id"]).content == "Paris"
    finally:
        app.close()
    # the even judge compares the two variants: each order says "T", a tie
    assert main([*argv, "--judge", "biased", "--pairwise"]) == 0
    pairs = [json.loads(x) for x in (out / "pairwise.jsonl").read_text().splitlines()]
    assert [(p["model_a"], p["model_b"], p["outcome"]) for p in pairs] == [
        ("plain", "kind", "tie"), ("plain", "kind", "tie")]
    app = open_app()
    try:
        compared = live_rows(app.store, "judgements", "pairwise")
        assert len(compared) == 2 and all(j["reason"] == "as given: tie; swapped: tie"
                                          for j in compared)
        assert compared[0]["judge_reply"] == "T\n\n---\n\nT"
        assert board(app.store, "people").votes == 0
        judged = board(app.store, "judge")
        assert judged.votes == 2 and set(judged.models) == {"plain", "kind"}
        assert board(app.store, "both").votes == 2
        assert len(live_rows(app.store, "judgements", "rubric")) == 4  # graded once, not again
        (run,) = app.store.eval_runs()
        deleted_at = app.store.delete_eval_run(run.id)  # its verdicts go with its answers
        assert board(app.store, "judge").votes == 0 and live_rows(app.store, "judgements") == []
        app.store.restore_eval_run(run.id, deleted_at)  # and come back with them
        assert board(app.store, "judge").votes == 2
    finally:
        app.close()
    # the people's board says where the votes are (was: "No votes yet: … let a judge
    # compare", with the judge's votes there); a tag is the run's name, as listed
    capsys.readouterr()
    assert main(["leaderboard"]) == 0
    said = capsys.readouterr()
    assert said.out == "" and said.err.splitlines() == [
        "No votes from people yet (the arena's).",
        "The judge has given 2 votes: chatapp leaderboard --source judge shows them."]
    assert main(["leaderboard", "--tag", "judged"]) == 0
    assert "--source judge --tag judged shows them." in capsys.readouterr().err
    assert main(["leaderboard", "--tag", "out"]) == 1
    assert capsys.readouterr().err.strip() == (
        "chatapp: There are no votes under the tag out. Tags: judged.")
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Judge rating (95% CI)" in page and "8 calls" in page
    # a judge that is the variants' own model is said to be so before anything runs
    capsys.readouterr()
    main([*argv, "--judge", "answerer", "--pairwise"])
    assert ("The judge answerer is also the model of plain, kind: a judge tends to prefer its "
            "own answers") in capsys.readouterr().err


@needs_llama
def test_a_judges_verdicts_travel_with_an_export(chatapp_home: Path, tmp_path: Path, capsys,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """was: an evaluation's conversations were exported with their answers but not the
    judge's grades and comparisons of them: imported into a fresh profile, `chatapp
    leaderboard --source judge` said there were no votes."""
    monkeypatch.setattr(scripted_gguf, "N_CTX", 4096)
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    _model(models / "answerer.gguf", ["▁Paris"], "Answerer")
    _model(models / "judge.gguf", ['{"pass":', "▁true,", '▁"score":', "▁0.9,", '▁"reason":',
                                   '▁"names▁it"}'], "Rubric Judge")
    _model(models / "biased.gguf", ["T"], "Even Judge")
    config = tmp_path / "judged.yaml"
    config.write_text(CONFIG.replace("JUDGE", "judge"), encoding="utf-8")
    argv = ["eval", "--config", str(config), "--out", str(tmp_path / "out"), "--max-tokens", "8"]
    assert main(argv) == 0 and main([*argv, "--judge", "biased", "--pairwise"]) == 0
    from chatapp.compare.votes import live_rows
    from chatapp.context import open_app

    def verdicts() -> list[tuple]:
        app = open_app()
        try:
            return sorted((j["kind"], j["outcome"], j["score"], j["reason"], j["model_a"],
                           j["model_b"], j["judge_model"], j["judge_prompt"], j["judge_reply"],
                           j["provenance"], j["tag"], app.store.message(j["message_a_id"]).content)
                          for j in live_rows(app.store, "judgements"))
        finally:
            app.close()

    def cli(*args: str) -> str:
        capsys.readouterr()
        assert main(list(args)) == 0
        return capsys.readouterr().out

    app = open_app()
    try:
        (run,) = app.store.eval_runs()
        ids = [c.id for c in app.store.conversations(eval_run_id=run.id)]
    finally:
        app.close()
    stored, board = verdicts(), cli("leaderboard", "--source", "judge", "--csv")
    tagged = cli("leaderboard", "--source", "both", "--tag", "judged")
    assert len(stored) == 6 and ",2," in board  # 4 grades, 2 comparisons (ties)
    files = [tmp_path / f"{number}.json" for number in ids]
    for number, file in zip(ids, files, strict=True):
        cli("export", str(number), "--format", "json", "-o", str(file))
    exported = [json.loads(f.read_text(encoding="utf-8"))["conversations"][0] for f in files]
    assert [sorted(j["kind"] for j in c["judgements"]) for c in exported] == [
        ["pairwise", "rubric", "rubric"]] * 2
    monkeypatch.setenv("CHATAPP_HOME", str(tmp_path / "fresh"))
    for file in files:
        cli("import", str(file))
    assert verdicts() == stored
    assert cli("leaderboard", "--source", "judge", "--csv") == board
    assert cli("leaderboard", "--source", "both", "--tag", "judged") == tagged
    again = json.loads(cli("export", "--all"))["conversations"]
    assert sorted(again, key=lambda c: c["title"]) == sorted(exported, key=lambda c: c["title"])


def _mumbled(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config whose judge (mumbler) replies what no grade can be read from."""
    monkeypatch.setattr(scripted_gguf, "N_CTX", 4096)
    models = home / "data" / "models"
    models.mkdir(parents=True)
    _model(models / "answerer.gguf", ["▁Paris"], "Answerer")
    _model(models / "mumbler.gguf", ["▁I", "▁cannot", "▁say"], "Mumbling Judge")
    config = tmp_path / "judged.yaml"
    config.write_text(CONFIG.replace("JUDGE", "mumbler"), encoding="utf-8")
    return config


@needs_llama
def test_an_unreadable_judge_reply_grades_nothing(chatapp_home: Path, tmp_path: Path, capsys,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    config = _mumbled(chatapp_home, tmp_path, monkeypatch)
    out = tmp_path / "out"
    assert main(["eval", "--config", str(config), "--out", str(out), "--max-tokens", "8",
                 "--pairwise"]) == 0
    said = capsys.readouterr().err  # not the report's alone: the terminal says so too
    assert ("4 checks are not graded: the judge's replies could not be read (the report shows "
            "them). They count in no pass rate. 2 comparisons of two variants have no outcome: "
            "the judge's replies could not be read. They count in no rating.") in said
    grades = [json.loads(x) for x in (out / "grades.jsonl").read_text().splitlines()]
    # the judge failed, not the answers: nothing passed or failed, the reason is kept
    assert len(grades) == 4 and {g["passed"] for g in grades} == {None}
    assert all(g["reason"] == "unreadable judge reply: I cannot say" for g in grades)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "✘ llm-rubric" not in page
    assert page.count("not graded: the judge&#x27;s reply could not be read") == 4
    assert "? llm-rubric: Names the city: not graded" in page
    # the comparisons: said, and no table of none (was: its headers alone)
    assert ("2 comparisons of two variants have no outcome: the judge&#x27;s replies could "
            "not be read. They count in no rating.") in page
    assert "Judge rating (95% CI)" not in page
    from chatapp.compare.votes import live_rows
    from chatapp.context import open_app

    app = open_app()
    try:
        # no pass or fail was stored for it
        assert live_rows(app.store, "judgements", "rubric") == []
    finally:
        app.close()


@needs_llama
def test_the_evaluate_window_says_when_the_judges_replies_could_not_be_read(
        qtbot, chatapp_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.eval_dialog import EvalDialog

    config = _mumbled(chatapp_home, tmp_path, monkeypatch)
    make_application()
    ctx = open_app()
    try:
        dialog = EvalDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.prompt_edit.setText(str(config))
        assert dialog.judge_box.currentText() == "The config's judge (mumbler)"  # not "No judge"
        dialog.folder_edit.setText(str(tmp_path / "out"))
        dialog.max_tokens.setValue(8)
        dialog.start_button.click()
        qtbot.waitUntil(lambda: not dialog.running, timeout=120000)
        assert ("4 checks are not graded: the judge's replies could not be read (the report "
                "shows them). They count in no pass rate.") in dialog.progress_label.text()
    finally:
        ctx.close()


@needs_llama
def test_a_judge_that_cannot_answer_leaves_grades_out_not_the_run(
        chatapp_home: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    """A judge whose context cannot hold its prompt: the answers are kept and reported, the
    grades it could not make are said (naming the judge) and made by a later run."""
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    monkeypatch.setattr(scripted_gguf, "N_CTX", 64)
    _model(models / "small.gguf", ['{"pass":', "▁true}"], "Small Judge")
    monkeypatch.setattr(scripted_gguf, "N_CTX", 4096)
    _model(models / "answerer.gguf", ["▁Paris"], "Answerer")
    _model(models / "judge.gguf", ['{"pass":', "▁true,", '▁"score":', "▁0.9,", '▁"reason":',
                                   '▁"names▁it"}'], "Rubric Judge")
    config = tmp_path / "judged.yaml"
    # a third prompt whose answer fails a check that needs no judge
    config.write_text(CONFIG.replace("JUDGE", "small") + (
        "  - vars: {country: Spain}\n"
        "    assert: [{type: icontains, value: Madrid}, {type: llm-rubric, value: "
        "\"Names the city\"}]\n"), encoding="utf-8")
    out = tmp_path / "out"
    argv = ["eval", "--config", str(config), "--out", str(out), "--max-tokens", "8"]
    assert main([*argv, "--pairwise"]) == 1
    err = " ".join(capsys.readouterr().err.split())
    reason = ("The judge model small.gguf could not answer: The message is too long for this "
              "model's context")
    assert f"9 grades were left out (the first: {reason}" in err, err
    assert "The report says so; the same command tries them again." in err
    results = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines()]
    assert len(results) == 6 and all(r["answer"] == "Paris" for r in results)
    page = html.unescape(" ".join((out / "report.html").read_text(encoding="utf-8").split()))
    # the report says what was not graded and why, in the judge's section and at each check
    assert f"6 checks could not be graded (the first: {reason}" in page
    assert f"3 comparisons of two variants could not be made (the first: {reason}" in page
    assert page.count(f"? llm-rubric: Names the city: not graded: {reason}") == 4
    assert page.count(f"? llm-rubric: Names the city (≥ 0.5): not graded: {reason}") == 2
    # an answer that failed a check is a fail whatever its ungraded ones; the rest wait
    assert page.count("<td class=num>0 / 1</td>") == 2
    assert "4 answers count in no pass rate yet: a check of each is not graded." in page
    assert not (out / "grades.jsonl").exists() or not (out / "grades.jsonl").read_text()
    # a judge with room: the same run, its grades made now, its answers not made again
    assert main([*argv, "--judge", "judge"]) == 0
    grades = [json.loads(x) for x in (out / "grades.jsonl").read_text().splitlines()]
    assert len(grades) == 6 and {g["passed"] for g in grades} == {True}
    err = " ".join(capsys.readouterr().err.split())  # not only "nothing new to run"
    assert "All 6 answers are in this folder already" in err
    assert "6 grades were made now." in err
    page = html.unescape(" ".join((out / "report.html").read_text(encoding="utf-8").split()))
    assert "could not be graded" not in page and "not graded" not in page
    assert page.count("<td class=num>2 / 3</td>") == 2


@needs_llama
def test_a_judges_prompt_may_take_the_context_its_verdict_does_not_need(
        chatapp_home: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    """A judge of 512 tokens and a prompt of about 340: a chat answer would keep 256 free and
    refuse it, but a verdict is a few tokens (was: every grade refused)."""
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    monkeypatch.setattr(scripted_gguf, "N_CTX", 512)
    _model(models / "judge.gguf", ['{"pass":', "▁true,", '▁"score":', "▁0.9,", '▁"reason":',
                                   '▁"names▁it"}'], "Rubric Judge")
    monkeypatch.setattr(scripted_gguf, "N_CTX", 4096)
    _model(models / "answerer.gguf", ["▁Paris"], "Answerer")
    config = tmp_path / "judged.yaml"
    config.write_text(CONFIG.replace("JUDGE", "judge"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["eval", "--config", str(config), "--out", str(out), "--max-tokens", "8"]) == 0
    assert "left out" not in capsys.readouterr().err
    grades = [json.loads(x) for x in (out / "grades.jsonl").read_text().splitlines()]
    assert len(grades) == 4 and {g["passed"] for g in grades} == {True}
    assert all(300 < g["tokens"] < 512 for g in grades)  # prompt and verdict together


@pytest.mark.parametrize("option", ["--judge", "--embedding-model"])
def test_a_grader_named_that_no_check_needs_is_still_checked_first(tiny_home: Path,
                                                                 tmp_path: Path, capsys,
                                                                 option: str) -> None:
    """A judge or embedding model that is not there is said before anything runs, even when
    no check of the run needs it (a mistyped name would otherwise pass unseen)."""
    prompts = tmp_path / "p.txt"
    prompts.write_text("Say hi\n", encoding="utf-8")
    out = tmp_path / "out"
    argv = ["eval", "--models", "tiny-llama-F32", "--prompts", str(prompts), "--out",
            str(out), "--max-tokens", "2", option, "nosuch"]
    assert main(argv) == 1
    assert 'No local model matches "nosuch"' in capsys.readouterr().err
    assert not (out / "results.jsonl").exists()


def test_a_judge_that_grades_nothing_is_said(tiny_home: Path, tmp_path: Path, capsys) -> None:
    """--judge with no llm-rubric check and no --pairwise: the run goes on, and stderr says the
    judge grades nothing (was: taken without a word)."""
    prompts = tmp_path / "p.txt"
    prompts.write_text("Say hi\n", encoding="utf-8")
    argv = ["eval", "--models", "tiny-llama-F32", "--prompts", str(prompts), "--out",
            str(tmp_path / "out"), "--max-tokens", "2", "--judge", "tiny-llama-F32"]
    assert main(argv) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert ("The judge tiny-llama-F32 grades nothing in this run: no prompt has an llm-rubric "
            "check, and --pairwise is not given.") in err
    assert (tmp_path / "out" / "report.html").is_file()
    # --pairwise with one variant would compare nothing: refused before anything runs
    argv[argv.index(str(tmp_path / "out"))] = str(tmp_path / "pairs")
    assert main([*argv, "--pairwise"]) == 1
    assert capsys.readouterr().err.strip() == (
        "chatapp: --pairwise compares variants two by two: this run has only one.")
    assert not (tmp_path / "pairs").exists()


@needs_llama
def test_a_judge_whose_choice_flips_with_the_order_is_inconsistent_not_a_tie(
        chatapp_home: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    """was: a judge that picked the first answer both ways ("as given: a; swapped: a") was
    counted as a tie: the terminal, the report and the leaderboard read "equal" (both ranked
    1st); and the judge being a variant's own model was said on stderr only."""
    monkeypatch.setattr(scripted_gguf, "N_CTX", 4096)
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    _model(models / "answerer.gguf", ["▁Paris"], "Answerer")
    _model(models / "judge.gguf", ['{"pass":', "▁true,", '▁"score":', "▁0.9,", '▁"reason":',
                                   '▁"names▁it"}'], "Rubric Judge")
    _model(models / "biased.gguf", ["A"], "Biased Judge")  # always picks the first answer
    config = tmp_path / "judged.yaml"
    config.write_text(CONFIG.replace("JUDGE", "judge"), encoding="utf-8")
    out = tmp_path / "out"
    argv = ["eval", "--config", str(config), "--out", str(out), "--max-tokens", "8"]
    assert main(argv) == 0
    capsys.readouterr()
    assert main([*argv, "--judge", "biased", "--pairwise"]) == 0
    said = capsys.readouterr().out
    pairs = [json.loads(x) for x in (out / "pairwise.jsonl").read_text().splitlines()]
    assert [p["outcome"] for p in pairs] == ["inconsistent", "inconsistent"]
    flipped = ("2 comparisons of two variants are inconsistent (the judge's choice flipped when "
               "the order was swapped): they count in no rating, not as ties.")
    assert flipped in said.splitlines()
    page = html.unescape((out / "report.html").read_text(encoding="utf-8"))
    assert flipped in page and "Judge rating (95% CI)" not in page
    from chatapp.compare.judge import board
    from chatapp.context import open_app

    app = open_app()
    try:
        assert board(app.store, "judge").votes == 0
    finally:
        app.close()
    # the judge that is the variants' own model: in the report too
    itself = tmp_path / "itself"
    main(["eval", "--config", str(config), "--out", str(itself), "--max-tokens", "8",
          "--judge", "answerer", "--pairwise"])
    page = html.unescape((itself / "report.html").read_text(encoding="utf-8"))
    assert ("The judge answerer.gguf is also the model of plain, kind: a judge tends to prefer "
            "its own answers") in page
