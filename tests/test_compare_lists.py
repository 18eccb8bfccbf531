"""What the chat list, search and export show of comparisons: blind arena rounds stay out
of sight until voted on, evaluation runs keep their conversations together (one delete,
one undo), m005 on a version 4 database, and a leaderboard that ranks by what the votes
show."""

from __future__ import annotations

import csv
import io
import math
import random
import re
import sqlite3
from pathlib import Path

import pytest

from chatapp.answers import Pipeline
from chatapp.compare.ratings import (
    FEW_VOTES,
    Vote,
    bradley_terry,
    centre,
    leaderboard,
    leaderboard_csv,
    ranks,
    standard_errors,
    win_matrix,
)
from chatapp.compare.votes import add_vote
from chatapp.export import export_conversations
from chatapp.library_model import without_gguf
from chatapp.store import SCHEMA_VERSION, Store
from chatapp.store.migrations import M001, M002, M003, M004


def _round(store: Store, kind: str, prompt: str, models=("alpha-7b.gguf", "beta-3b.gguf"),
           run_id: int | None = None):
    conversation = store.create_conversation(prompt, kind=kind, eval_run_id=run_id)
    user = store.add_message(conversation.id, None, "user", prompt)
    answers = [store.add_message(conversation.id, user.id, "assistant", f"{prompt} by {name}",
                                 model_name=name, finish_reason="stop") for name in models]
    return conversation, answers


def test_m005_sorts_out_a_version_4_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in M001 + M002 + M003 + M004:
        conn.execute(statement)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at REAL)")
    conn.execute("INSERT INTO _migrations VALUES ('m001_initial', 0), "
                 "('m002_tree_pins_presets', 0), ('m003_votes', 0), ('m004_reasoning', 0)")
    # 1: a chat; 2: side by side (answers written together); 3: a chat whose answer was
    # regenerated a minute later; 4: an arena round with its vote
    for cid in (1, 2, 3, 4):
        conn.execute("INSERT INTO conversations (id, title, created_at, updated_at)"
                     " VALUES (?, ?, 1, ?)", (cid, f"c{cid}", cid))
        conn.execute("INSERT INTO messages (id, conversation_id, parent_id, role, content,"
                     " created_at) VALUES (?, ?, NULL, 'user', 'q', 1)", (cid * 10, cid))
    answers = [(1, 100.0), (2, 100.0), (2, 100.01), (3, 100.0), (3, 160.0), (4, 100.0),
               (4, 100.02)]
    for n, (cid, at) in enumerate(answers):
        conn.execute("INSERT INTO messages (id, conversation_id, parent_id, role, content,"
                     " created_at, finish_reason, model_name) VALUES (?, ?, ?, 'assistant',"
                     " 'a', ?, 'stop', ?)", (cid * 10 + n + 1, cid, cid * 10, at, f"m{n}.gguf"))
    conn.execute("INSERT INTO votes (conversation_id, prompt_message_id, message_a_id,"
                 " message_b_id, model_a, model_b, outcome, created_at)"
                 " VALUES (4, 40, 46, 47, 'm5.gguf', 'm6.gguf', 'a', 1)")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    store = Store(path)
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [store.conversation(c).kind for c in (1, 2, 3, 4)] == [
            "chat", "compare", "chat", "arena"]
        assert [c.id for c in store.conversations()] == [4, 3, 2, 1]  # all still listed
        assert [m.content for m in store.messages(2)] == ["q", "a", "a"]
        run = store.create_eval_run("set.jsonl", "/tmp/out", ["a.gguf"], 3)
        assert store.eval_runs() == [run] and run.model_names == ["a.gguf"]
        names = [r[0] for r in store.db.execute("SELECT name FROM _migrations ORDER BY name")]
        assert "m005_conversation_kinds_eval_runs" in names
    finally:
        store.close()


def test_a_blind_arena_round_is_out_of_sight_until_its_vote(store: Store, tmp_path: Path,
                                                            monkeypatch) -> None:
    from chatapp.cli import main

    chat = store.create_conversation("weather")
    store.add_message(chat.id, None, "user", "rain tomorrow?")
    arena, (a, b) = _round(store, "arena", "rain poem")
    assert store.is_blind(arena.id) and not store.is_blind(chat.id)
    assert [c.id for c in store.conversations()] == [chat.id]
    assert store.latest_conversation().id == chat.id
    assert store.search("alpha") == [] and store.search_hits("rain") != []
    assert {h.conversation_id for h in store.search_hits("rain")} == {chat.id}
    everything = export_conversations(store, store.conversations(), "json")
    assert "alpha-7b" not in everything and "beta-3b" not in everything
    # asked for by its number, the command line refuses it in one line
    monkeypatch.setenv("CHATAPP_HOME", str(tmp_path / "home"))
    home_store = Store(tmp_path / "home" / "data" / "chatapp.db")
    try:
        blind, _answers = _round(home_store, "arena", "secret")
    finally:
        home_store.close()
    assert main(["export", str(blind.id)]) == 1
    # the vote shows it everywhere, at the top of the list
    add_vote(store, a.id, b.id, "a")
    assert not store.is_blind(arena.id)
    assert [c.id for c in store.conversations()] == [arena.id, chat.id]
    assert [m.id for m in store.search("alpha")] == [a.id]


def test_an_eval_run_keeps_its_conversations_together(store: Store) -> None:
    chat = store.create_conversation("hello")
    store.add_message(chat.id, None, "user", "hi")
    run = store.create_eval_run("set.jsonl", "/tmp/run", ["alpha-7b.gguf", "beta-3b.gguf"], 3)
    rounds = [_round(store, "compare", f"set.jsonl · {n}: question {n}", run_id=run.id)
              for n in (1, 2, 3)]
    assert [c.id for c in store.conversations()] == [chat.id]  # no flood
    assert [c.id for c in store.conversations(run.id)] == [c.id for c, _ in rounds]
    assert store.eval_runs()[0].conversations == 3
    assert len(store.search("alpha")) == 3  # still found by search
    store.delete_conversation(rounds[0][0].id)  # one of them went on its own earlier
    deleted_at = store.delete_eval_run(run.id)
    assert store.eval_runs() == [] and store.conversations(run.id) == []
    assert store.search("alpha") == []
    store.restore_eval_run(run.id, deleted_at)
    assert [c.id for c in store.conversations(run.id)] == [rounds[1][0].id, rounds[2][0].id]
    assert store.eval_runs()[0].conversations == 2
    # emptying the trash takes a deleted run and its conversations for good
    store.delete_eval_run(run.id)
    assert store.empty_trash() == 3
    with pytest.raises(KeyError):
        store.eval_run(run.id)
    assert store._rows("SELECT count(*) AS n FROM messages")[0]["n"] == 1  # the chat's


def _votes_with_a_newcomer() -> list[Vote]:
    rng = random.Random(1)
    strength = {"A": 1.5, "B": 1.0, "C": 0.67}
    votes = []
    for _ in range(75):
        a, b = rng.sample(list(strength), 2)
        won = rng.random() < strength[a] / (strength[a] + strength[b])
        votes.append(Vote(a, b, "a" if won else "b"))
    # two newcomers with one lucky vote each: one beat the best model, one the worst
    return votes + [Vote("M", "A", "a"), Vote("N", "C", "a")]


def test_one_vote_does_not_outrank_fifty() -> None:
    board = leaderboard(_votes_with_a_newcomer(), rounds=100)
    order = [r.model for r in board.ratings]
    by_model = {r.model: r for r in board.ratings}
    # by the point estimate alone, M (one win over A) would be first
    assert max(board.ratings, key=lambda r: r.rating).model == "M"
    assert order.index("M") > order.index("A") and order.index("N") > order.index("A")
    # the votes cannot tell M and N from A and B: they share rank 1, listed after the models
    # with many votes; C's interval lies wholly below A's and B's
    assert order == ["A", "B", "M", "N", "C"] and ranks(board) == [1, 1, 1, 1, 3]
    assert by_model["M"].few_votes and by_model["N"].few_votes
    assert not by_model["A"].few_votes and by_model["A"].votes >= 50 > FEW_VOTES
    # one vote says little: its interval is far wider than one from fifty
    assert (by_model["M"].high - by_model["M"].low) > 3 * (by_model["A"].high
                                                            - by_model["A"].low)
    rows = list(csv.DictReader(io.StringIO(leaderboard_csv(board))))
    assert [r["model"] for r in rows] == order
    assert [r["rank"] for r in rows] == ["1", "1", "1", "1", "3"]
    assert {r["model"]: r["few_votes"] for r in rows} == {
        "A": "0", "B": "0", "C": "0", "M": "1", "N": "1"}
    assert (rows[2]["won"], rows[2]["lost"]) == ("1", "0")  # M: one lucky win


def test_the_csv_counts_each_outcome_in_whole_votes() -> None:
    votes = [Vote("A", "B", "a"), Vote("A", "B", "a"), Vote("B", "A", "a"),
             Vote("A", "B", "tie"), Vote("B", "A", "both_bad"), Vote("A", "C", "b")]
    rows = {r["model"]: r for r in csv.DictReader(io.StringIO(
        leaderboard_csv(leaderboard(votes, rounds=20))))}
    assert {k: rows["A"][k] for k in ("votes", "won", "tied", "both_bad", "lost")} == {
        "votes": "6", "won": "2", "tied": "1", "both_bad": "1", "lost": "2"}
    assert rows["A"]["win_rate"] == "0.500"  # (2 + ½ + ½) / 6
    assert {k: rows["C"][k] for k in ("won", "lost", "win_rate")} == {
        "won": "1", "lost": "0", "win_rate": "1.000"}


def test_standard_errors_of_two_models_have_the_closed_form() -> None:
    # two models, n games, A won k: Var(beta_a - beta_b) = 1 / (n p (1 - p))
    wins = win_matrix([Vote("A", "B", "a")] * 30 + [Vote("A", "B", "b")] * 10, ["A", "B"])
    strengths = centre(bradley_terry(wins), [40, 40])
    assert strengths[0] - strengths[1] == pytest.approx(math.log(3))
    errors = standard_errors(wins, strengths, [40, 40])
    p = 0.75
    assert errors[0] == errors[1] == pytest.approx(math.sqrt(1 / (40 * p * (1 - p))) / 2)
    # centred on a model that holds all the weight, the other carries the whole error
    lopsided = standard_errors(wins, centre(bradley_terry(wins), [1, 0]), [1, 0])
    assert lopsided[0] == pytest.approx(0, abs=1e-9)
    assert lopsided[1] == pytest.approx(math.sqrt(1 / (40 * p * (1 - p))))


def test_the_sidebar_folds_a_run_and_deletes_it_with_undo(qtbot, chatapp_home: Path) -> None:
    from PySide6.QtCore import Qt

    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.main_window import MainWindow
    from chatapp.ui.sidebar import RUN_ROLE

    make_application()
    ctx = open_app()
    store = ctx.store
    chat = store.create_conversation("A chat")
    store.add_message(chat.id, None, "user", "hi")
    compared, _ = _round(store, "compare", "Two models")
    _round(store, "arena", "Blind round")
    run = store.create_eval_run("set.jsonl", str(chatapp_home / "run"),
                                ["alpha-7b.gguf", "beta-3b.gguf"], 2)
    inside = [_round(store, "compare", f"set.jsonl · {n}: question {n}", run_id=run.id)[0]
              for n in (1, 2)]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        sidebar = window.sidebar
        texts = [sidebar.list.item(i).text() for i in range(sidebar.list.count())]
        assert texts[:4] == ["Today", "⇆ Two models", "A chat", "Evaluation runs"]
        assert re.fullmatch(r"▸ set\.jsonl · 2 prompts × alpha-7b & beta-3b · "
                            r"\d{4}-\d\d-\d\d \d\d:\d\d", texts[4])  # as in the CLI's lists
        assert not any("Blind" in t or "question" in t for t in texts)
        row = sidebar.run_items()[0]
        assert "folded" in row.data(Qt.ItemDataRole.AccessibleTextRole)
        qtbot.mouseClick(sidebar.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=sidebar.list.visualItemRect(row).center())
        qtbot.waitUntil(lambda: sidebar.list.count() == 7)
        texts = [sidebar.list.item(i).text() for i in range(sidebar.list.count())]
        assert texts[4].startswith("▾ set.jsonl · 2 prompts × alpha-7b & beta-3b · ")
        assert texts[5:] == ["      1: question 1", "      2: question 2"]
        # a run's conversation opens like any other; its context menu offers side by side
        item = sidebar.list.item(6)
        qtbot.mouseClick(sidebar.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=sidebar.list.visualItemRect(item).center())
        assert window.conversation_id == inside[1].id
        menu = sidebar.conversation_menu(sidebar.list.item(6))
        assert [a.text() for a in menu.actions()] == [
            "&Rename…", "&Pin", "Open &side by side", "&Export…", "&Delete"]
        assert [a.text() for a in sidebar.run_menu(run.id).actions()] == [
            "&Hide its answers", "Open &report", "&Delete run"]
        # Delete on the run's row: the whole run goes, and Undo brings all of it back
        sidebar.list.setCurrentItem(sidebar.run_items()[0])
        sidebar.list.setFocus()
        qtbot.keyClick(sidebar.list, Qt.Key.Key_Delete)
        assert store.eval_runs() == [] and store.conversations(run.id) == []
        assert window.conversation_id is None  # its conversation was on screen
        assert not sidebar.run_items() and window.undo_button.isVisible()
        assert window.statusBar().currentMessage() == "Evaluation run deleted."
        qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
        assert [c.id for c in store.conversations(run.id)] == [c.id for c in inside]
        assert [i.data(RUN_ROLE) for i in sidebar.run_items()] == [run.id]
        assert sidebar.list.count() == 7  # unfolded as it was
        assert compared.id in [i.data(Qt.ItemDataRole.UserRole)
                               for i in sidebar.conversation_items()]
    finally:
        window.close()
        ctx.close()


def test_the_leaderboard_window_ranks_as_the_intervals_tell_and_flags_few_votes(
        qtbot, store: Store, tmp_path: Path) -> None:
    from chatapp.ui.app import make_application
    from chatapp.ui.leaderboard import LeaderboardDialog

    make_application()
    conversation = store.create_conversation("votes", kind="arena")
    for vote in _votes_with_a_newcomer():
        user = store.add_message(conversation.id, None, "user", "q")
        a, b = (store.add_message(conversation.id, user.id, "assistant", "x",
                                  model_name=name) for name in (vote.model_a, vote.model_b))
        add_vote(store, a.id, b.id, vote.outcome)
    dialog = LeaderboardDialog(store, rounds=60)
    qtbot.addWidget(dialog)
    dialog.show()
    column = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert column[:2] == ["A", "B"] and sorted(column[2:4]) == ["M", "N"]
    assert column[4] == "C"  # the one the votes rank below the others
    assert [dialog.table.item(row, 0).text() for row in range(5)] == ["1", "1", "1", "1", "3"]
    votes = {dialog.table.item(row, 1).text(): dialog.table.item(row, 4)
             for row in range(dialog.table.rowCount())}
    assert votes["M"].text() == "1 · few votes" and "Fewer than 10 votes" in votes["M"].toolTip()
    assert votes["A"].text().isdigit() and votes["A"].toolTip() == ""
    assert "ranks below another only where their intervals do not overlap" in (
        dialog.summary.text())
    rate = {dialog.table.item(row, 1).text(): dialog.table.item(row, 5)
            for row in range(dialog.table.rowCount())}
    assert rate["M"].toolTip().startswith("1 won, 0 tied, 0 “both are bad”, 0 lost (a tie")
    assert "Fewer than 10 votes" in rate["M"].toolTip()
    rows = dialog.export_csv(tmp_path / "board.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].endswith(",few_votes") and rows[1].startswith("1,A,")
    dialog.close()


def test_a_run_folder_from_before_runs_were_stored_is_gathered_under_its_run(
        store: Store, tmp_path: Path) -> None:
    import json

    from chatapp.compare.evaluate import RESULTS, RUN_FILE, EvalRun
    from chatapp.compare.prompts import Prompt
    from chatapp.library import LocalModel

    folder = tmp_path / "old-run"
    folder.mkdir()
    prompts = [Prompt("1", "question 1"), Prompt("2", "question 2")]
    models = [LocalModel(str(tmp_path / n), n, 1, 0.0) for n in ("alpha-7b.gguf", "beta-3b.gguf")]
    conversations, results = {}, []
    for prompt in prompts:  # what an earlier version left: plain chats, no run id
        conversation, answers = _round(store, "chat", f"set · {prompt.id}: {prompt.text}")
        conversations[prompt.id] = [conversation.id, answers[0].parent_id]
        for model, answer in zip(models, answers, strict=True):
            results.append({"prompt_id": prompt.id, "model": model.file_name,
                            "model_key": model.key, "conversation_id": conversation.id,
                            "message_id": answer.id, "answer": answer.content,
                            "finish_reason": "stop"})
    (folder / RUN_FILE).write_text(json.dumps({"name": "set", "conversations": conversations}),
                                   encoding="utf-8")
    (folder / RESULTS).write_text("".join(json.dumps(r) + "\n" for r in results),
                                  encoding="utf-8")
    assert len(store.conversations()) == 2
    run = EvalRun(Pipeline(store, None), prompts, models, folder, {}, name="set")
    assert len(run.run()) == 4  # every pair was done: nothing runs, nothing loads
    assert store.conversations() == []
    assert [c.id for c in store.conversations(run.run_id)] == [c[0] for c in
                                                                conversations.values()]
    assert {c.kind for c in store.conversations(run.run_id)} == {"compare"}
    saved = json.loads((folder / RUN_FILE).read_text(encoding="utf-8"))
    assert saved["run_id"] == run.run_id
    # the same folder again: the same run; thrown away (in the trash), it comes back with
    # its answers (was: an empty new run, then two after Undo)
    again = EvalRun(Pipeline(store, None), prompts, models, folder, {}, name="set")
    again.run()
    assert again.run_id == run.run_id and len(store.eval_runs()) == 1
    store.delete_eval_run(run.run_id)
    back = EvalRun(Pipeline(store, None), prompts, models, folder, {}, name="set")
    assert len(back.run()) == 4 and back.made == 0
    assert back.run_id == run.run_id and [r.id for r in store.eval_runs()] == [run.run_id]
    assert len(store.conversations(run.run_id)) == 2


def test_a_missing_report_says_where_its_folder_is(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from chatapp.ui.app import make_application
    from chatapp.ui.open_url import open_report

    make_application()
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_report(parent, tmp_path / "run" / "report.html") is False
    box = parent.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert "There is no report yet" in box.text() and str(tmp_path / "run") in box.text()
    box.close()


def test_the_leaderboard_command_prints_the_windows_ranking(chatapp_home: Path) -> None:
    import subprocess
    import sys

    from chatapp.paths import app_paths

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "chatapp", "leaderboard", *args],
                              capture_output=True, text=True, timeout=120)

    empty = cli()
    assert empty.returncode == 0 and empty.stderr.startswith("No votes yet:")
    untagged = cli("--tag", "set1")
    assert untagged.returncode == 1 and untagged.stderr.strip() == (
        "chatapp: There are no votes under the tag set1: no vote has a tag yet.")
    app_paths().database.parent.mkdir(parents=True, exist_ok=True)
    store = Store(app_paths().database)
    conversation = store.create_conversation("votes", kind="arena")
    for vote in _votes_with_a_newcomer():
        user = store.add_message(conversation.id, None, "user", "q")
        a, b = (store.add_message(conversation.id, user.id, "assistant", "x",
                                  model_name=f"{name}.gguf")
                for name in (vote.model_a, vote.model_b))
        add_vote(store, a.id, b.id, vote.outcome, tag="set1")
    expected = leaderboard([Vote(f"{v.model_a}.gguf", f"{v.model_b}.gguf", v.outcome)
                            for v in _votes_with_a_newcomer()])
    store.close()
    table = cli()
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0] == ("77 votes · 5 models · a model ranks below another only where their "
                        "95% intervals do not overlap")
    assert lines[1].split() == ["rank", "model", "rating", "95%", "interval", "votes", "win",
                                "rate", "(ties", "½)", "won/tied/both", "are", "bad/lost"]
    rows = [line.split() for line in lines[2:7]]
    assert [row[1] for row in rows] == [without_gguf(r.model) for r in expected.ratings]
    newcomer = next(row for row in rows if row[1] == "M")
    assert newcomer[2] == "*" and newcomer[-3:] == ["1", "100%", "1/0/0/0"]  # one vote, flagged
    assert lines[-1].startswith("* fewer than 10 votes")
    csv_rows = list(csv.DictReader(io.StringIO(cli("--tag", "set1", "--csv").stdout)))
    assert [r["model"] for r in csv_rows] == [r[1] for r in rows]
    unknown = cli("--tag", "set2")
    assert unknown.returncode == 1 and unknown.stdout == ""
    assert unknown.stderr.strip() == ("chatapp: There are no votes under the tag set2. "
                                      "Tags: set1.")
    judged = cli("--source", "judge")  # (was: "No votes yet", as if there were none)
    assert (judged.returncode, judged.stdout) == (0, "")
    assert judged.stderr.splitlines() == [
        "No votes from the judge yet (an evaluation's pairwise comparisons).",
        "People have given 77 votes: chatapp leaderboard --source people shows them."]


def test_models_the_votes_cannot_tell_apart_share_a_rank() -> None:
    votes = ([Vote("a.gguf + Office", "b.gguf", "tie")] * 6
             + [Vote("a.gguf + Office", "c.gguf", "a")] * 4 + [Vote("b.gguf", "c.gguf", "a")] * 4)
    board = leaderboard(votes, rounds=50)  # c lost its 8 votes: its interval still meets theirs
    assert [r.model for r in board.ratings][2] == "c.gguf" and ranks(board) == [1, 1, 1]
    votes += [Vote("a.gguf + Office", "c.gguf", "a")] * 4 + [Vote("b.gguf", "c.gguf", "a")] * 4
    board = leaderboard(votes, rounds=50)  # 16 lost: below both
    assert [r.model for r in board.ratings][2] == "c.gguf"
    assert ranks(board) == [1, 1, 3]
    rows = list(csv.DictReader(io.StringIO(leaderboard_csv(board))))
    assert [(r["rank"], r["model"]) for r in rows] == [
        ("1", m) for m in sorted(["a + Office", "b"], key=lambda m: rows[0]["model"] != m)
    ] + [("3", "c")]


def test_the_judges_board_over_every_run_tells_apart_variants_of_one_name(tmp_path: Path) -> None:
    """Two runs each with a variant "expert": over every run they are two rows, each with its
    run's name (they need not be one model or one setting); under one run's tag, its own
    names as they are."""
    import time

    from chatapp.compare.judge import board

    store = Store(tmp_path / "db.sqlite")
    with store._tx() as db:
        for tag, winner in (("run 1", "a"), ("run 1", "a"), ("run 2", "b")):
            db.execute(
                "INSERT INTO judgements (kind, model_a, model_b, outcome, judge_model, judge_key,"
                " judge_prompt, judge_reply, provenance, tag, created_at) VALUES (?, ?, ?, ?, ?,"
                " ?, ?, ?, ?, ?, ?)", ["pairwise", "expert", f"plain {tag}", winner, "j.gguf",
                                       "j", "", "", "{}", tag, time.time()])
    everyone = board(store, "judge")
    assert sorted(r.model for r in everyone.ratings) == [
        "expert (run 1)", "expert (run 2)", "plain run 1", "plain run 2"]
    one = board(store, "judge", tag="run 1")
    assert sorted(r.model for r in one.ratings) == ["expert", "plain run 1"]
    store.close()
