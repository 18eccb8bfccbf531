"""Arena votes: a round gets at most one, and none where an answer failed or was stopped
before it wrote anything (the window says so, and the store refuses it too); an open
leaderboard shows a vote as soon as it is stored. Real llama.cpp on the starter and a tiny
model, real Qt widgets offscreen, a real database."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from PySide6.QtCore import Qt  # noqa: E402
from test_compare_window import open_compare, send, wait_done  # noqa: E402

from chatapp.compare.votes import VoteRefused, add_vote, votes  # noqa: E402
from chatapp.store import Store  # noqa: E402


@pytest.fixture
def main(qtbot, starter_home: Path, tiny_model: Path):
    """The main window over a home with the starter and the tiny model (an arena's pool)."""
    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.main_window import MainWindow

    models = starter_home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    shutil.copy(tiny_model, models / tiny_model.name)
    make_application()
    ctx = open_app()
    ctx.settings.sampling.max_tokens = 16
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    ctx.close()


def test_the_store_takes_one_vote_a_round_and_none_on_a_missing_answer(tmp_path: Path) -> None:
    store = Store(tmp_path / "chat.db")
    try:
        conversation = store.create_conversation("round", kind="arena")
        user = store.add_message(conversation.id, None, "user", "q")

        def answer(text: str, finish: str, model: str):
            return store.add_message(conversation.id, user.id, "assistant", text,
                                     finish_reason=finish, model_name=model)

        good = answer("Paris.", "stop", "a.gguf")
        other = answer("Lyon?", "length", "b.gguf")
        stopped = answer("", "stopped", "c.gguf")  # stopped before the first token
        interrupted = answer("", "interrupted", "f.gguf")  # the app ended first
        failed = answer("", "error", "e.gguf")
        for missing in (stopped, interrupted, failed):
            with pytest.raises(VoteRefused) as refused:
                add_vote(store, good.id, missing.id, "a")
            assert str(refused.value) == (
                "An answer of this round failed or was stopped before it wrote anything, so the "
                "round gets no vote.")
        # a model that ended its answer without text gave a bad answer: it is voted on
        blank = answer(" \n", "stop", "d.gguf")
        assert add_vote(store, good.id, blank.id, "a") > 0
        assert add_vote(store, good.id, other.id, "a") > 0
        for a, b in ((good, other), (other, good)):  # either way round: the same round
            with pytest.raises(VoteRefused) as again:
                add_vote(store, a.id, b.id, "tie")
            assert str(again.value) == "This round has its vote already."
        with pytest.raises(ValueError):
            add_vote(store, good.id, good.id, "a")
        assert [(v.model_a, v.model_b, v.outcome) for v in votes(store)] == [
            ("a.gguf", "d.gguf", "a"), ("a.gguf", "b.gguf", "a")]
    finally:
        store.close()


def test_a_vote_counts_while_what_it_judged_is_not_deleted(tmp_path: Path) -> None:
    from chatapp.compare.votes import tags, vote_stamp

    store = Store(tmp_path / "chat.db")
    try:
        rounds = []
        for name, tag in (("kept", "set-1"), ("deleted", "set-2")):
            conversation = store.create_conversation(name, kind="arena")
            user = store.add_message(conversation.id, None, "user", "q")
            a, b = (store.add_message(conversation.id, user.id, "assistant", text,
                                      finish_reason="stop", model_name=model)
                    for text, model in (("Paris.", "a.gguf"), ("Lyon.", "b.gguf")))
            add_vote(store, a.id, b.id, "a" if name == "kept" else "b", tag)
            rounds.append((conversation, a))
        before = vote_stamp(store)
        (kept, _), (deleted, answer) = rounds
        store.delete_conversation(deleted.id)  # the way to take a wrong vote back
        assert [v.outcome for v in votes(store)] == ["a"] and tags(store) == ["set-1"]
        assert vote_stamp(store) != before  # an open leaderboard is redrawn
        store.restore_conversation(deleted.id)  # Undo
        assert [v.outcome for v in votes(store)] == ["a", "b"] and vote_stamp(store) == before
        store.delete_branch(answer.id)  # one of the two answers judged
        assert [v.outcome for v in votes(store)] == ["a"]
    finally:
        store.close()


def test_a_round_stopped_before_a_model_wrote_anything_gets_no_vote(qtbot, main) -> None:
    window = main
    window.ctx.settings.sampling.max_tokens = 64
    view = open_compare(qtbot, window, arena=True)
    send(qtbot, view, "Tell me a story")
    view.stop_all_button.click()  # before the models have loaded: nothing written
    wait_done(qtbot, view)
    answers = [view.ctx.store.message(p.message.id) for p in view.panes]
    assert any(not a.content for a in answers), [(a.content, a.finish_reason) for a in answers]
    assert view.vote_panel.isVisible()
    assert not any(b.isEnabled() for b in view.vote_buttons.values())
    names = [m.display_name for m in view.arena_models]
    assert view.vote_label.text() == (
        "An answer was stopped before it wrote anything, so this round gets no vote. Model A was "
        f"{names[0]}, Model B was {names[1]}.")
    assert [p.header.text() for p in view.panes] == [
        f"Model A: {names[0]}", f"Model B: {names[1]}"]
    assert view.vote("a") is None  # not through the window...
    with pytest.raises(VoteRefused):  # ...nor through the store
        add_vote(view.ctx.store, answers[0].id, answers[1].id, "a")
    assert votes(view.ctx.store) == []
    view.grab().save(str(Path(window.ctx.paths.database).parent / "arena-stopped.png"))


def test_an_open_leaderboard_shows_a_vote_as_it_is_stored(qtbot, main) -> None:
    window = main
    view = open_compare(qtbot, window, arena=True)
    view.tag_edit.setText("live")
    leaderboard = next(a for a in window.compare_menu.actions() if a.text() == "&Leaderboard…")
    leaderboard.trigger()
    dialog = window.leaderboard_dialog
    assert dialog.table.rowCount() == 0 and dialog.tag_box.findData("live") < 0
    send(qtbot, view, "Tell me a joke")
    wait_done(qtbot, view)
    assert view.vote("tie") is not None
    assert view.vote("a") is None  # one vote a round, however it is asked
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=3000)
    assert dialog.summary.text().startswith("1 vote · 2 models")
    assert dialog.tag_box.findData("live") > 0  # the new tag is offered too
    ranked = {dialog.table.item(r, 1).text() for r in range(2)}
    assert ranked == {Path(m.file_name).stem for m in view.arena_models}
    dialog.grab().save(str(Path(window.ctx.paths.database).parent / "leaderboard-live.png"))
    dialog.close()


def test_a_round_left_without_a_vote_is_said_and_the_drawn_models_are_kept(qtbot, main) -> None:
    from PySide6.QtCore import Qt

    from chatapp.settings import SettingsFile
    from chatapp.ui.compare_view import CompareWindow

    window = main
    view = open_compare(qtbot, window, arena=True)
    assert "A new prompt skips this round" not in view.vote_label.text()
    assert not view.vote_panel.is_open()
    send(qtbot, view, "Tell me a joke")  # the first round: no round before it to skip
    assert "got no vote" not in view.status.text()
    wait_done(qtbot, view)
    assert view.vote_panel.is_open()
    assert "A new prompt skips this round" in view.vote_label.text()
    send(qtbot, view, "Another one")  # the first round is skipped: said, not silent
    assert view.status.text().startswith("The last round got no vote, so it counts nowhere.")
    wait_done(qtbot, view)
    assert view.vote("b") is not None and len(votes(view.ctx.store)) == 1
    # the models taken out of the draw stay out the next time the arena opens
    tiny = next(row for row in range(view.arena_list.count())
                if "tiny" in view.arena_list.item(row).text())
    view.arena_list.item(tiny).setCheckState(Qt.CheckState.Unchecked)
    key = next(m.key for m in view.models if "tiny" in m.file_name)
    saved = SettingsFile(view.ctx.settings_file.path).load()
    assert saved.arena_left_out == [key]
    window.ctx.settings = saved  # as the next start reads it
    again = CompareWindow(window.ctx, window, arena=True)
    qtbot.addWidget(again)
    assert [m.key for m in again.arena_list.checked()] == [
        m.key for m in again.models if m.key != key]
    again.arena_list.item(tiny).setCheckState(Qt.CheckState.Checked)
    assert SettingsFile(view.ctx.settings_file.path).load().arena_left_out == []


def test_a_servers_model_is_ranked_under_its_connections_name(tmp_path: Path) -> None:
    from chatapp.compare.votes import board

    store = Store(tmp_path / "chat.db")
    try:
        conversation = store.create_conversation("round", kind="arena")
        user = store.add_message(conversation.id, None, "user", "q")
        local = store.add_message(conversation.id, user.id, "assistant", "Rome.",
                                  finish_reason="stop", model_name="gemma-3-270m-q4_k_m.gguf")
        remote = store.add_message(conversation.id, user.id, "assistant", "Roma.",
                                   finish_reason="stop", endpoint="box",
                                   model_name="/models/gemma-3-270m-q4_k_m.gguf")
        add_vote(store, local.id, remote.id, "b")
        assert {r.model for r in board(store).ratings} == {
            "gemma-3-270m-q4_k_m.gguf", "box//models/gemma-3-270m-q4_k_m.gguf"}
    finally:
        store.close()


def test_escape_stops_the_answers_and_closing_an_unvoted_round_asks_first(qtbot, main) -> None:
    """Escape stops a running comparison as it stops an answer in the main window (the window
    stays); with the round waiting for its vote, closing asks, and No keeps the window."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox
    from risky_question import answer_risky

    window = main
    window.ctx.settings.sampling.max_tokens = 64
    view = open_compare(qtbot, window, arena=True)
    send(qtbot, view, "Tell me a story")
    qtbot.keyClick(view.composer, Qt.Key.Key_Escape)
    wait_done(qtbot, view)
    assert view.isVisible()
    send(qtbot, view, "Tell me a joke")
    wait_done(qtbot, view)
    assert view.vote_panel.is_open()
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        answer_risky(button, asked)

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    qtbot.keyClick(view.composer, Qt.Key.Key_Escape)
    assert view.isVisible() and view.vote_panel.is_open()
    assert asked == ["This arena round has no vote yet, so it counts for no model, and its "
                     "answers are deleted when ChatApp closes. Close all the same?"]
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    view.close()
    assert not view.isVisible() and len(asked) == 2
    view = open_compare(qtbot, window, arena=True)  # a voted round closes without a word
    send(qtbot, view, "One more")
    wait_done(qtbot, view)
    assert view.vote("a") is not None
    qtbot.keyClick(view.composer, Qt.Key.Key_Escape)
    assert not view.isVisible() and len(asked) == 2


def test_models_of_one_name_are_told_apart_in_the_draw(qtbot, tiny_home: Path) -> None:
    """Two files of one name in two folders: the arena's list says which is which, as the
    pickers do (was: the same name twice)."""
    from gguf_factory import write_tiny_llama

    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.compare_view import CompareWindow

    models = tiny_home / "data" / "models"
    for folder, seed in (("alpha", 1), ("beta", 2)):
        (models / folder).mkdir()
        write_tiny_llama(models / folder / "loop-Q4_0.gguf", seed=seed, n_embd=32 * seed)
    make_application()
    ctx = open_app()
    try:
        view = CompareWindow(ctx, arena=True)
        qtbot.addWidget(view)
        names = [view.arena_list.item(row).text() for row in range(view.arena_list.count())]
        loops = sorted(n for n in names if n.startswith("loop-Q4_0"))
        assert loops == ["loop-Q4_0 · alpha", "loop-Q4_0 · beta"], names
        view.close_without_asking()
    finally:
        ctx.close()


def test_a_round_never_voted_on_is_deleted_when_the_app_ends(tiny_home: Path) -> None:
    """A blind round can never be seen: the last chatapp to close deletes it, and so does
    the next start after an app that ended before it could."""
    from chatapp.context import open_app

    def rounds(store: Store, voted: bool) -> int:
        conversation = store.create_conversation("round", kind="arena")
        user = store.add_message(conversation.id, None, "user", "q")
        a, b = (store.add_message(conversation.id, user.id, "assistant", text,
                                  finish_reason="stop", model_name=model)
                for text, model in (("Paris.", "a.gguf"), ("Lyon.", "b.gguf")))
        if voted:
            add_vote(store, a.id, b.id, "a")
        return conversation.id

    def left(store: Store) -> list[int]:
        return [r["id"] for r in store._rows("SELECT id FROM conversations ORDER BY id")]

    app = open_app()
    kept, blind = rounds(app.store, True), rounds(app.store, False)
    assert left(app.store) == [kept, blind]
    app.close()
    app = open_app()
    assert left(app.store) == [kept] and len(votes(app.store)) == 1
    database = app.paths.database
    app.close()
    store = Store(database)  # an app that ends without closing leaves one behind
    rounds(store, False)
    store.close()
    app = open_app()
    try:
        assert left(app.store) == [kept]
    finally:
        app.close()
