"""Ratings math, prompt sets and checks, the resumable eval run and its report."""

from __future__ import annotations

import importlib.util
import json
import math
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from chatapp.compare.prompts import Check, load_prompts
from chatapp.compare.ratings import Vote, bradley_terry, leaderboard, wilson, win_matrix
from chatapp.errors import UserError

needs_llama = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                                 reason="llama-cpp-python is not installed")

# known votes: A beats B 6-2 with 2 ties, B beats C 5-3, A beats C 7-1, one both-bad A/C
VOTES = ([Vote("A", "B", "a")] * 6 + [Vote("A", "B", "b")] * 2 + [Vote("B", "A", "tie")] * 2
         + [Vote("B", "C", "a")] * 5 + [Vote("C", "B", "a")] * 3
         + [Vote("A", "C", "a")] * 7 + [Vote("C", "A", "a")] + [Vote("A", "C", "both_bad")])


def _independent_bt(wins: np.ndarray) -> np.ndarray:
    """Maximum likelihood by plain gradient ascent on the log-likelihood (not MM)."""
    n = len(wins)
    beta = np.zeros(n)
    for _ in range(200000):
        diff = beta[:, None] - beta[None, :]
        prob = 1 / (1 + np.exp(-diff))  # P(i beats j)
        grad = (wins - (wins + wins.T) * prob).sum(axis=1)
        beta += 0.01 * grad
        beta -= beta.mean()
        if np.abs(grad).max() < 1e-12:
            break
    return beta


def test_bradley_terry_matches_an_independent_fit() -> None:
    models = ["A", "B", "C"]
    wins = win_matrix(VOTES, models)
    assert wins[0][1] == 7 and wins[1][0] == 3  # ties count half
    assert wins[0][2] == 7.5 and wins[2][0] == 1.5
    ours = bradley_terry(wins)
    theirs = _independent_bt(np.array(wins))
    assert np.allclose(ours, theirs, atol=1e-6)
    # two models: the closed form log(w_ab / w_ba)
    two = bradley_terry([[0, 7], [3, 0]])
    assert math.isclose(two[0] - two[1], math.log(7 / 3), rel_tol=1e-9)


def test_leaderboard_orders_with_intervals_and_win_rates() -> None:
    board = leaderboard(VOTES, rounds=100, seed=3, prior=0.0)
    assert [r.model for r in board.ratings] == ["A", "B", "C"]
    assert board.votes == len(VOTES)
    for r in board.ratings:
        assert r.low <= r.rating <= r.high
    a = board.models.index("A")
    b = board.models.index("B")
    assert board.win_rate[a][b] == pytest.approx(0.7)
    assert board.games[a][b] == 10
    gap = board.ratings[0].rating - board.ratings[1].rating
    expected = 400 / math.log(10) * (_independent_bt(np.array(win_matrix(VOTES, board.models)))
                                     [a] - _independent_bt(
                                         np.array(win_matrix(VOTES, board.models)))[b])
    assert gap == pytest.approx(expected, abs=1e-3)
    # a model that never wins still gets a finite rating with the prior
    lopsided = leaderboard([Vote("X", "Y", "a")] * 4, rounds=20)
    assert all(math.isfinite(r.rating) for r in lopsided.ratings)


def test_wilson_interval() -> None:
    low, high = wilson(8, 10)
    assert low == pytest.approx(0.4902, abs=1e-3) and high == pytest.approx(0.9433, abs=1e-3)


def test_prompt_sets_and_checks(tmp_path: Path) -> None:
    text = tmp_path / "p.txt"
    text.write_text("first\n\nsecond\n", encoding="utf-8")
    assert [p.text for p in load_prompts(text)] == ["first", "second"]
    # saved as Windows Notepad's or Excel's "Unicode" (UTF-16), or as Windows-1252
    for encoding in ("utf-16", "cp1252"):
        text.write_bytes("Café crème?\r\nNaïve résumé?\r\n".encode(encoding))
        assert [p.text for p in load_prompts(text)] == ["Café crème?", "Naïve résumé?"]
    binary = tmp_path / "b.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(UserError, match="is not UTF-8 text"):
        load_prompts(binary)
    jsonl = tmp_path / "p.jsonl"
    jsonl.write_text(json.dumps({"id": "q1", "prompt": "2+2?", "expected": "4"}) + "\n"
                     + json.dumps({"prompt": "json", "check": {"type": "json"}}) + "\n",
                     encoding="utf-8")
    checks = tmp_path / "c.jsonl"
    checks.write_text(json.dumps({"id": "q1", "type": "regex", "value": r"\b4\b"}) + "\n"
                      + json.dumps({"type": "max_length", "value": 50}) + "\n",
                      encoding="utf-8")
    prompts = load_prompts(jsonl, checks)
    assert [p.id for p in prompts] == ["q1", "2"]
    assert [c.type for c in prompts[0].checks] == ["contains", "regex", "max_length"]
    assert all(c.passes("It is 4.") for c in prompts[0].checks)
    assert not prompts[0].checks[1].passes("44")
    assert prompts[1].checks[0].passes('```json\n{"a": 1}\n```')
    assert not prompts[1].checks[0].passes("{a: 1}")
    # a check that is no regular expression: where it goes wrong, in the user's words
    checks.write_text(json.dumps({"id": "q1", "type": "regex", "value": "(ab"}) + "\n",
                      encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_prompts(jsonl, checks)
    assert str(info.value) == ("The regular expression “(ab” is not valid (at character 1: an "
                               "unclosed bracket or a lone special character?).")
    assert Check("exact", "yes").passes(" yes\n") and not Check("exact", "yes").passes("Yes")
    csv_file = tmp_path / "p.csv"
    csv_file.write_text("id,prompt,check,value\na,Say hi,contains,hi\n", encoding="utf-8")
    assert load_prompts(csv_file)[0].checks[0].value == "hi"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"prompt": "x", "check": {"type": "smell"}}\n', encoding="utf-8")
    with pytest.raises(UserError):
        load_prompts(bad)
    bad.write_text('{"prompt": "x"}\n{"prompt": \n', encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_prompts(bad)
    assert str(caught.value) == f"{bad}: Line 2 is not valid JSON."


@pytest.mark.parametrize(("text", "said"), [
    ('prompt,expected\n"unclosed,Paris\nnext,x\n',
     "Line 2 of the CSV file cannot be read: a quoted cell is not closed, or a quote stands "
     "inside a cell."),
    ('prompt,expected\nok,1\n"a"b,c\n', "Line 3 of the CSV file cannot be read"),
    ('prompt,expected\n"two\nlines",1\n"a"b,c\n', "Line 4 of the CSV file cannot be read"),
    ("prompt,expected\nhi,there,extra\n",
     "Line 2 of the CSV file has more cells than its header."),
    ('prompt,check,value\nok,contains,a\nhi,bogus,1\n',
     'Line 3: Unknown check {"type": "bogus", "value": "1"}: use exact, contains, regex, json '
     "or max_length."),
    ("question,answer\nhi,there\n",
     "Line 1 of the CSV file names no prompt column (its columns: question, answer)."),
])
def test_a_broken_csv_file_of_prompts_is_refused_naming_the_line(tmp_path: Path, text: str,
                                                                 said: str) -> None:
    """A quote left open would swallow the rest of the file into one prompt, and a cell
    past the header's would be lost: both are refused, naming the line."""
    path = tmp_path / "p.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_prompts(path)
    assert str(caught.value).startswith(f"{path}: {said}")  # the file named, then the line
    path.write_text('prompt,expected,\n"two\nlines",x,\nhi,there,\n', encoding="utf-8")
    assert [(p.id, p.text, p.checks[0].value) for p in load_prompts(path)] == [
        ("2", "two\nlines", "x"), ("3", "hi", "there")]  # an empty header cell: no column


@pytest.fixture
def two_models_home(chatapp_home: Path, tiny_model: Path) -> Path:
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    shutil.copy(tiny_model, models / "tiny-a-F32.gguf")
    shutil.copy(tiny_model, models / "tiny-b-F32.gguf")
    return chatapp_home


@needs_llama
def test_eval_run_resumes_without_rerunning_finished_pairs(two_models_home: Path,
                                                           tmp_path: Path) -> None:
    from chatapp.compare.evaluate import EvalRun, load_results
    from chatapp.compare.report import write_report
    from chatapp.context import open_app

    prompts_file = tmp_path / "set.jsonl"
    prompts_file.write_text("".join(json.dumps({"prompt": f"hello {i}", "expected": "the"})
                                    + "\n" for i in range(3)), encoding="utf-8")
    prompts = load_prompts(prompts_file)
    out = tmp_path / "run"
    params = {"max_tokens": 6, "temperature": 0.0, "seed": 1}
    app = open_app()
    try:
        models = [app.library.resolve("tiny-a-F32"), app.library.resolve("tiny-b-F32")]
        # one at a time: the stop comes after exactly two answers
        first = EvalRun(app.chat.pipeline, prompts, models, out, params)
        seen = []

        def stop_after_two(p) -> None:
            seen.append(p)
            if p.done == 2:
                first.stop()

        partial = first.run(stop_after_two)
        assert len(partial) == 2
        assert seen[-1].eta_s is None  # too soon to tell a pace (see _eta)
        finished_ids = {r.message_id for r in partial}
        # other settings, other models or another prompt set in the same folder would count
        # its answers as theirs, or put their report in its place: refused, naming what
        # differs, and nothing is run
        for other_params, other_models, name, named in (
                ({**params, "max_tokens": 7}, models, "", "(max_tokens 6 → 7)"),
                (params, models[:1], "", "(−tiny-b-F32.gguf)"),
                (params, models, "other.jsonl", "(run → other.jsonl)")):
            with pytest.raises(UserError) as refused:
                EvalRun(app.chat.pipeline, prompts, other_models, out, other_params,
                        name=name).run()
            assert "holds a run made with other settings " + named in str(refused.value)
        assert len(load_results(out)) == 2
        second = EvalRun(app.chat.pipeline, prompts, models, out, params)
        progress = []
        results = second.run(progress.append)
        assert progress[0].skipped == 2 and progress[-1].done == 6
        assert len(results) == 6 == len(load_results(out))
        assert {r.message_id for r in results} >= finished_ids
        assert len({(r.prompt_id, r.model) for r in results}) == 6
        # one conversation per prompt, the models' answers are siblings under the user turn
        conversation_ids = {r.conversation_id for r in results}
        assert len(conversation_ids) == 3
        # they belong to the run (one, through the resume), not to the chat list
        assert second.run_id == first.run_id is not None
        assert {c.id for c in app.store.conversations(first.run_id)} == conversation_ids
        assert app.store.conversations() == []
        for conversation_id in conversation_ids:
            messages = app.store.messages(conversation_id)
            users = [m for m in messages if m.role == "user"]
            answers = [m for m in messages if m.role == "assistant"]
            assert len(users) == 1
            assert {a.parent_id for a in answers} == {users[0].id}
            assert {a.model_name for a in answers} == {"tiny-a-F32.gguf", "tiny-b-F32.gguf"}
        stored = app.store.message(results[0].message_id)
        assert stored.content == results[0].answer and stored.finish_reason in ("stop", "length")
        page = write_report(out, "set", prompts, [m.file_name for m in models], results, params)
    finally:
        app.close()
    text = page.read_text(encoding="utf-8")
    assert "tiny-a-F32.gguf" in text and "<svg" in text
    assert "http://" not in text.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in text and "<script" not in text
    assert (out / "summary.csv").read_text().startswith("model,answers")


@needs_llama
def test_eval_command_line(two_models_home: Path, tmp_path: Path, capsys) -> None:
    from chatapp.cli import main

    prompts_file = tmp_path / "set.txt"
    prompts_file.write_text("hello\nworld\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["eval", "--models", "tiny-a-F32,tiny-b-F32", "--prompts", str(prompts_file),
                 "--out", str(out), "--max-tokens", "4"])
    assert code == 0
    captured = capsys.readouterr()
    assert "report.html" in captured.out and "4/4" in captured.err
    code = main(["eval", "--models", "tiny-a-F32,tiny-b-F32", "--prompts", str(prompts_file),
                 "--out", str(out), "--max-tokens", "4"])
    assert code == 0 and "All 4 answers are in this folder already" in capsys.readouterr().err
    from chatapp.context import open_app

    app = open_app()
    try:  # two prompts, one conversation each, under one run and out of the chat list
        runs = app.store.eval_runs()
        assert [(r.name, r.conversations, r.model_names) for r in runs] == [
            ("set.txt", 2, ["tiny-a-F32.gguf", "tiny-b-F32.gguf"])]
        assert app.store.conversations() == [] and app.store.latest_conversation() is None
    finally:
        app.close()
    assert main(["eval", "--models", "nope", "--prompts", str(prompts_file)]) == 1


@needs_llama
def test_a_prompt_file_edited_between_runs_gets_its_changed_prompts_answered(
        two_models_home: Path, tmp_path: Path) -> None:
    """Run again after the prompt file was edited: a prompt whose text changed is answered
    anew (in a conversation of its own), one removed leaves the results, the others are
    kept; the report counts what is there now."""
    from chatapp.compare.evaluate import EvalRun
    from chatapp.context import open_app

    prompts_file = tmp_path / "p.txt"
    out = tmp_path / "run"
    params = {"max_tokens": 4, "temperature": 0.0, "seed": 1}
    app = open_app()
    try:
        model = [app.library.resolve("tiny-a-F32")]
        prompts_file.write_text("one\ntwo\nthree\nfour\n", encoding="utf-8")
        before = {r.prompt_id: r for r in EvalRun(app.chat.pipeline, load_prompts(
            prompts_file), model, out, params).run()}
        prompts_file.write_text("one\ntwo\nfive\n", encoding="utf-8")
        again = EvalRun(app.chat.pipeline, load_prompts(prompts_file), model, out, params)
        after = {r.prompt_id: r for r in again.run()}
        assert sorted(after) == ["1", "2", "3"] and (again.skipped, again.made) == (2, 1)
        assert after["1"].message_id == before["1"].message_id
        changed = app.store.message(after["3"].message_id)
        assert app.store.message(changed.parent_id).content == "five"
        assert after["3"].conversation_id != before["3"].conversation_id
    finally:
        app.close()


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@needs_llama
@pytest.mark.skipif(_chromium() is None, reason="chromium is not installed")
def test_report_renders_in_headless_chromium_without_network(two_models_home: Path,
                                                             tmp_path: Path) -> None:
    from chatapp.cli import main

    prompts_file = tmp_path / "set.jsonl"
    prompts_file.write_text("".join(json.dumps({"prompt": p, "expected": "the"}) + "\n"
                                    for p in ("hello", "say the word", "world")),
                            encoding="utf-8")
    out = tmp_path / "out"
    assert main(["eval", "--models", "tiny-a-F32,tiny-b-F32", "--prompts", str(prompts_file),
                 "--out", str(out), "--max-tokens", "8"]) == 0
    shot = tmp_path / "report.png"
    netlog = tmp_path / "net.json"
    subprocess.run([_chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", f"--log-net-log={netlog}",
                    f"--screenshot={shot}", "--window-size=1200,900",
                    (out / "report.html").as_uri()], check=True, timeout=120,
                   capture_output=True)
    assert shot.stat().st_size > 10000
    shutil.copy(shot, Path("/tmp") / "chatapp-report.png")
    log = netlog.read_text(encoding="utf-8", errors="replace")
    for scheme in ("http://", "https://"):
        # chromium's own service calls (clock, updates) are not the page's
        urls = [u for u in _urls(log, scheme) if "www.w3.org/2000/svg" not in u
                and not re.match(r"https?://[^/]*(google\.com|googleapis\.com|gvt1\.com)", u)]
        assert urls == [], urls


def _urls(text: str, scheme: str) -> list[str]:
    return re.findall(re.escape(scheme) + r"[^\"\s]+", text)


def test_short_form_of_a_check() -> None:
    from chatapp.compare.prompts import make_check

    assert make_check({"contains": "4"}).passes("2 + 2 = 4")
    assert not make_check({"regex": "^red$"}).passes("blue")
    with pytest.raises(UserError):
        make_check({"contains": "4", "regex": "x"})


def test_a_changed_run_names_the_variant_and_what_of_it_changed() -> None:
    from chatapp.compare.evaluate import _variant_changes

    before = [{"name": "plain", "model": "m", "system": "Be brief."},
              {"name": "docs", "model": "m", "docs": ["Office"]}]
    now = [{"name": "plain", "model": "m", "system": "Be warm."},
           {"name": "docs", "model": "m", "docs": ["Office"]},
           {"name": "tuned", "model": "m", "params": {"temperature": 0.2}}]
    assert _variant_changes(before, now) == ["plain: system", "+tuned"]



@needs_llama
def test_an_answer_stopped_with_its_run_leaves_no_trace_in_the_runs_conversations(
        two_models_home: Path, tmp_path: Path) -> None:
    """Stop a run mid-answer, then run it again: each prompt's conversation holds one answer
    per variant (was: the stopped one beside the one made again)."""
    import threading
    import time

    from chatapp.compare.evaluate import EvalRun
    from chatapp.context import open_app

    prompts_file = tmp_path / "set.txt"
    prompts_file.write_text("hello\n", encoding="utf-8")
    prompts = load_prompts(prompts_file)
    params = {"max_tokens": 400, "temperature": 0.0, "seed": 1, "ignore_eos": True}
    app = open_app()
    try:
        model = app.library.resolve("tiny-a-F32")
        run = EvalRun(app.chat.pipeline, prompts, [model], tmp_path / "run", params)
        worker = threading.Thread(target=run.run)
        worker.start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any(
                m.role == "assistant" and m.finish_reason is None
                for c in app.store.conversations(run.run_id or -1)
                for m in app.store.messages(c.id)):
            time.sleep(0.01)
        run.stop()
        worker.join(60)
        assert not worker.is_alive()
        again = EvalRun(app.chat.pipeline, prompts, [model], tmp_path / "run", params)
        results = again.run()
        assert len(results) == 1
        (conversation,) = app.store.conversations(again.run_id)
        shown = [m for m in app.store.messages(conversation.id)
                 if m.role == "assistant" and m.deleted_at is None]
        assert [m.id for m in shown] == [results[0].message_id]
    finally:
        app.close()


@needs_llama
def test_the_pair_said_to_be_answered_now_is_one_not_answered_yet(two_models_home: Path,
                                                                   tmp_path: Path) -> None:
    """Was: "now: tiny-a, prompt 1" in the Evaluate window after that pair's answer was in."""
    from chatapp.compare.evaluate import EvalRun
    from chatapp.context import open_app

    prompts_file = tmp_path / "set.txt"
    prompts_file.write_text("".join(f"Say {i}.\n" for i in range(6)), encoding="utf-8")
    app = open_app()
    try:
        models = [app.library.resolve("tiny-a-F32"), app.library.resolve("tiny-b-F32")]
        reports = []
        EvalRun(app.chat.pipeline, load_prompts(prompts_file), models, tmp_path / "run",
                {"max_tokens": 6, "temperature": 0.0, "seed": 1}).run(reports.append)
        answered, done = set(), 0
        for report in reports:
            if report.done > done:  # this report is about the pair just answered
                answered.add((report.prompt_id, report.model))
                done = report.done
            assert (report.now_prompt, report.now_model) not in answered, report
        assert len(answered) == 12 and reports[-1].now_model == ""
    finally:
        app.close()


def test_the_time_left_goes_by_the_pace_after_the_first_answer() -> None:
    """The first answer waits for its model to load: the time left is not taken from it
    (was: 1:47:55 left for a run that took 28 s in all)."""
    import time

    from chatapp.compare.evaluate import _eta

    assert _eta(0.0, 0, 10) is None and _eta(time.monotonic(), 1, 10) is None
    left = _eta(time.monotonic() - 12.0, 5, 10)  # four answers in the 12 s after the first
    assert left is not None and 29.9 < left < 30.5
