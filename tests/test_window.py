"""The window with real Qt widgets offscreen, a real model and a real database."""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from chatapp.context import open_app  # noqa: E402
from chatapp.ui.app import make_application  # noqa: E402
from chatapp.ui.main_window import MainWindow  # noqa: E402
from chatapp.ui.markdown_view import MarkdownView  # noqa: E402


def open_window(qtbot, max_tokens: int = 12) -> MainWindow:
    make_application()
    ctx = open_app()
    ctx.settings.sampling.max_tokens = max_tokens
    ctx.settings.sampling.seed = 5
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # shortcuts act in the active one
    return window


def close_window(window: MainWindow) -> None:
    window.close()
    window.ctx.close()


def type_and_send(qtbot, window: MainWindow, text: str) -> None:
    qtbot.keyClicks(window.composer.edit, text)
    with qtbot.waitSignal(window.composer.sendRequested, timeout=2000):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)


def test_send_streams_an_answer_and_it_survives_a_restart(qtbot, tiny_home: Path) -> None:
    window = open_window(qtbot)
    qtbot.keyClicks(window.composer.edit, "hello")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.composer.edit, "world")
    assert window.composer.edit.toPlainText() == "hello\nworld"
    with qtbot.waitSignal(window.composer.sendRequested, timeout=2000):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    runner = window.runner
    assert runner is not None and window.composer.button.text() == "Stop"
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    assert window.runner is None and window.composer.button.text() == "Send"
    user, answer = window.chat_view.bubbles
    assert user.text == "hello\nworld"
    stored = window.ctx.store.message(answer.message.id)
    assert stored.finish_reason in ("length", "stop")
    assert answer.text == stored.content
    assert "tok/s" in window.speed_status.text() or stored.completion_tokens <= 1
    # the model titles the conversation in the background
    qtbot.waitUntil(lambda: window.answers.titler is None, timeout=30000)
    title = window.title_label.text()
    assert title and title == window.ctx.store.conversation(window.conversation_id).title
    conversation_id = window.conversation_id
    close_window(window)

    again = open_window(qtbot)
    assert again.conversation_id == conversation_id
    assert len(again.sidebar.conversation_items()) == 1
    assert again.sidebar.conversation_items()[0].text() == title
    assert [b.text for b in again.chat_view.bubbles] == ["hello\nworld", stored.content]
    close_window(again)


def test_stop_keeps_the_partial_answer(qtbot, starter_home: Path, long_answers) -> None:
    window = open_window(qtbot, max_tokens=2000)
    type_and_send(qtbot, window, "Tell me a long story about the sea.")
    runner = window.runner
    with qtbot.waitSignal(runner.textChanged, timeout=60000):
        pass
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.runner is None, timeout=30000)
    answer = window.chat_view.bubbles[-1]
    stored = window.ctx.store.message(answer.message.id)
    assert stored.finish_reason == "stopped"
    assert stored.content and stored.completion_tokens < 2000
    assert answer.footer.text().startswith("Stopped")
    close_window(window)


def test_other_conversations_open_while_an_answer_is_written(
        qtbot, starter_home: Path, long_answers) -> None:
    window = open_window(qtbot, max_tokens=2000)
    store = window.ctx.store
    other = store.create_conversation(title="Earlier chat")
    asked = store.add_message(other.id, None, "user", "an earlier question")
    earlier = store.add_message(other.id, asked.id, "assistant", "an earlier answer")
    store.finish_message(earlier.id, "an earlier answer", "stop")
    type_and_send(qtbot, window, "Tell me a long story about the sea.")
    runner = window.runner
    streaming = window.conversation_id
    with qtbot.waitSignal(runner.textChanged, timeout=60000):
        pass
    window.open_conversation(other.id)
    assert window.conversation_id == other.id and window.runner is runner
    qtbot.waitUntil(lambda: len(runner.text) > 20, timeout=60000)
    assert window.speed_status.text() == ""  # not the numbers of an answer not shown
    marked = [i.text() for i in window.sidebar.conversation_items() if i.text().startswith("✎ ")]
    assert marked == ["✎ Tell me a long story about the sea."]
    assert [b.text for b in window.chat_view.bubbles] == ["an earlier question",
                                                          "an earlier answer"]
    assert not window.composer.busy
    # one answer at a time: sending here says why, naming the conversation, and keeps the
    # text (was: a general line for 8 seconds, that the tester never saw)
    type_and_send(qtbot, window, "a second question")
    assert window.composer.edit.toPlainText() == "a second question"
    said = ("The answer in “Tell me a long story about the sea.” is still being "
            "written: wait for it to end, or stop it with Esc.")
    assert window.statusBar().currentMessage() == said
    # so does Regenerate (not nothing at all)
    window.statusBar().clearMessage()
    window.tree.message_action("regenerate", earlier.id)
    assert "still being written" in window.statusBar().currentMessage()
    assert [b.text for b in window.chat_view.bubbles][-1] == "an earlier answer"
    qtbot.waitUntil(lambda: len(runner.text) > 40, timeout=60000)  # it went on meanwhile
    window.open_conversation(streaming)
    # each conversation keeps its own unsent text: not this one's to send here
    assert window.composer.edit.toPlainText() == ""
    answer = window.chat_view.bubbles[-1]
    # it caught up with the text so far (which the answer's thread may have grown since)
    assert window.composer.busy and len(answer.text) > 40
    assert runner.text.startswith(answer.text)
    # deleting it, or a message of it, waits for the answer, and says so
    for act in (lambda: window.delete_conversation(streaming),
                lambda: window.tree.message_action("delete", answer.message.id)):
        window.statusBar().clearMessage()
        act()
        assert window.statusBar().currentMessage().startswith(
            "This conversation's answer is still being written.")
    assert window.conversation_id == streaming and window.chat_view.bubbles[-1] is answer
    seen = len(answer.text)
    qtbot.waitUntil(lambda: len(answer.text) > seen, timeout=60000)
    assert runner.text.startswith(answer.text)
    # Enter while this answer is written: the text stays, and a tip at Send says why
    from PySide6.QtWidgets import QToolTip

    window.composer.edit.setFocus()
    qtbot.keyClicks(window.composer.edit, "a second question")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    assert window.composer.edit.toPlainText() == "a second question"
    assert QToolTip.isVisible() and QToolTip.text().startswith("An answer is being written")
    window.tree.message_action("delete", answer.message.id)  # said until the answer ends
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.runner is None, timeout=30000)
    assert window.statusBar().currentMessage() == ""  # no longer so: not said
    stored = store.message(answer.message.id)
    assert stored.finish_reason == "stopped" and answer.text == stored.content
    assert not any(i.text().startswith("✎") for i in window.sidebar.conversation_items())
    window.composer.edit.setPlainText("kept for this one")
    window.open_conversation(other.id)  # the other's draft is back, this one's kept
    assert window.composer.edit.toPlainText() == "a second question"
    assert window.composer.edit.textCursor().atEnd()
    window.new_conversation()
    assert window.composer.edit.toPlainText() == ""
    window.open_conversation(streaming)
    assert window.composer.edit.toPlainText() == "kept for this one"
    close_window(window)


def test_killed_worker_is_an_error_and_the_next_message_works(
        qtbot, starter_home: Path, long_answers) -> None:
    window = open_window(qtbot, max_tokens=2000)
    type_and_send(qtbot, window, "Count from one to one thousand.")
    runner = window.runner
    with qtbot.waitSignal(runner.textChanged, timeout=60000):
        pass
    answer_id = runner.message_id
    assert window.ctx.store.message(answer_id).finish_reason is None
    worker = window.ctx.engine.worker_for(Path(window.current_model().path))
    os.kill(worker.process.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: window.runner is None, timeout=30000)
    failed = window.ctx.store.message(answer_id)
    assert failed.finish_reason == "error"
    assert "stopped unexpectedly" in failed.error
    assert window.chat_view.bubbles[-1].footer.text().startswith("This answer failed")
    assert window.isVisible()
    window.ctx.settings.sampling.max_tokens = 8
    bubble = window.chat_view.bubbles[-1]  # the text it wrote goes on, as a stopped one would
    assert failed.content.strip() and bubble.continue_button.isVisible()
    bubble.continue_button.click()
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    went_on = window.ctx.store.message(answer_id)
    assert went_on.content.startswith(failed.content) and len(went_on.content) > len(
        failed.content) and went_on.finish_reason in ("length", "stop")
    type_and_send(qtbot, window, "Say hi.")
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    ok = window.ctx.store.message(window.chat_view.bubbles[-1].message.id)
    assert ok.finish_reason in ("length", "stop") and ok.content
    close_window(window)


def test_delete_can_be_undone_and_rename(qtbot, tiny_home: Path, monkeypatch) -> None:
    window = open_window(qtbot, max_tokens=4)
    type_and_send(qtbot, window, "first chat")
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    conversation_id = window.conversation_id

    def rename(title: str) -> int:
        """Rename through the real dialog: type title, press Enter; the box's width."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

        seen: list[int] = []

        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QInputDialog):
                seen.append(dialog.width())
                ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
                dialog.setTextValue("  ")
                assert not ok.isEnabled()  # a blank title cannot be kept
                dialog.setTextValue(title)
                assert ok.isEnabled()
                dialog.accept()
        poll = QTimer()
        poll.timeout.connect(answer)
        poll.start(20)
        try:
            window.rename_conversation(conversation_id)
        finally:
            poll.stop()
        return seen[0]

    assert rename("Renamed") >= 480  # room for a long title
    assert window.sidebar.conversation_items()[0].text() == "Renamed"
    # a title that looks like markup is shown as typed, in the list and the header alike
    marked = "Capitals & a poem <b>test</b>"
    rename(marked)
    assert window.sidebar.conversation_items()[0].text() == marked
    assert window.title_label.text() == marked
    assert window.title_label.textFormat() == Qt.TextFormat.PlainText
    assert "tok/s" in window.speed_status.text()
    window.delete_conversation(conversation_id)
    assert window.sidebar.conversation_items() == []
    assert window.chat_view.bubbles == []
    assert window.speed_status.text() == ""  # not the deleted answer's numbers
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert len(window.sidebar.conversation_items()) == 1
    assert window.conversation_id == conversation_id
    assert len(window.chat_view.bubbles) == 2
    # deleting a question with its answer says how many went, and Undo names them
    window.tree.delete_message(window.chat_view.bubbles[0].message.id)
    assert window.statusBar().currentMessage() == (
        "2 messages deleted: this one and the replies below it.")
    assert window.undo_button.text() == f"Undo: bring back 2 messages in “{marked}”"
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert len(window.chat_view.bubbles) == 2
    window.tree.delete_message(window.chat_view.bubbles[1].message.id)
    assert window.statusBar().currentMessage() == "Message deleted."
    assert window.undo_button.text() == f"Undo: bring back the answer in “{marked}”"
    close_window(window)


def test_model_output_is_untrusted(qtbot) -> None:
    make_application()
    view = MarkdownView()
    qtbot.addWidget(view)
    loaded = []
    original = view.loadResource
    view.loadResource = lambda kind, url: loaded.append(url.toString()) or original(kind, url)
    view.set_content("**bold** <b>raw</b> <img src='http://example.com/x.png'>\n\n"
                     "![pic](http://example.com/y.png) [site](https://example.org) "
                     "[local](file:///etc/passwd)")
    text = view.toPlainText()
    assert "<b>raw</b>" in text and "<img" in text
    assert "bold" in text and "**" not in text
    assert original(0, view.document().baseUrl()) is None
    refused = []
    view.linkRefused.connect(refused.append)
    from PySide6.QtCore import QUrl

    view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert refused == ["file:///etc/passwd"]


def test_too_big_model_asks_before_loading_anyway(qtbot, tiny_home: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from chatapp.fit import Machine

    window = open_window(qtbot, max_tokens=4)
    window.ctx.engine.machine = Machine(ram_total=64 << 20, ram_available=1 << 20,
                                        gpu_offload=False, vram_total=0, vram_free=0)
    asked = []
    yes = QMessageBox.StandardButton.Yes
    defaults = []  # Enter on a risky question does not say Yes (read while the box lives)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self.text())
                        or defaults.append(self.defaultButton() and self.defaultButton().text())
                        or yes)
    type_and_send(qtbot, window, "hello")
    qtbot.waitUntil(lambda: bool(asked), timeout=30000)
    assert "needs about" in asked[0]
    assert defaults[0] == "&No"

    def answers() -> list:
        return [m for m in window.ctx.store.messages(window.conversation_id)
                if m.role == "assistant"]

    # the answer is written again with the model loaded anyway, in place of the refused try
    qtbot.waitUntil(lambda: window.runner is None and any(
        a.finish_reason in ("length", "stop") for a in answers()), timeout=60000)
    assert [a.finish_reason for a in answers()] in (["length"], ["stop"])
    close_window(window)


def test_model_picker_shows_the_measured_speed(qtbot, tiny_home: Path) -> None:
    import json

    from chatapp.library import Library
    from chatapp.paths import app_paths

    model = next(m for m in Library(app_paths().ensure()).models() if not m.starter)
    bench = tiny_home / "data" / "bench.json"
    bench.write_text(json.dumps({model.key: {"tg_tps": 123.4}}))
    window = open_window(qtbot)
    texts = [window.model_box.itemText(i) for i in range(window.model_box.count())]
    assert any("≈ 123 tok/s here" in t for t in texts)
    close_window(window)


def test_a_question_left_without_an_answer_can_be_answered(qtbot, tiny_home: Path) -> None:
    """The app ended between storing the question and starting its answer: after a restart
    the question says so and offers an answer."""
    ctx = open_app()
    conversation = ctx.store.create_conversation(title="cut short")
    ctx.store.add_message(conversation.id, None, "user", "are you there?")
    ctx.close()
    window = open_window(qtbot)
    window.open_conversation(conversation.id)
    (question,) = window.chat_view.bubbles
    qtbot.waitUntil(question.regenerate_button.isVisible, timeout=3000)
    assert question.regenerate_button.text() == "Answer"
    assert question.footer.text() == "No answer yet."
    qtbot.mouseClick(question.regenerate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    question, answer = window.chat_view.bubbles
    assert not question.regenerate_button.isVisible() and not question.footer.isVisible()
    assert answer.message.role == "assistant" and answer.message.parent_id == question.message.id
    assert window.ctx.store.message(answer.message.id).finish_reason in ("stop", "length")

    # Ctrl+R (Regenerate answer) answers a question too: the focused one, or the last
    # message when that is a question nobody answered
    window.ctx.store.add_message(conversation.id, answer.message.id, "user", "and now?")
    window.open_conversation(conversation.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.sidebar.list.setFocus()
    qtbot.keyClick(window.sidebar.list, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.runner is None and len(window.chat_view.bubbles) == 4,
                    timeout=60000)
    assert [b.message.role for b in window.chat_view.bubbles][-2:] == ["user", "assistant"]
    first = window.chat_view.bubbles[0]
    first.copy_button.setFocus()
    qtbot.keyClick(first.copy_button, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.runner is None and len(window.chat_view.bubbles) == 2,
                    timeout=60000)  # a second answer to the first question, shown
    answers = window.ctx.store.children(question.message.id, conversation.id)
    assert len(answers) == 2 and all(a.role == "assistant" for a in answers)
    assert window.speed_status.text()  # the new answer's numbers, until it is gone
    window.tree.delete_message(window.chat_view.bubbles[-1].message.id)
    assert window.speed_status.text() == ""
    close_window(window)


def test_an_answer_with_nothing_above_it_is_not_answered_again(qtbot, tiny_home: Path) -> None:
    """A conversation that begins with an answer (an API client's greeting, an imported file):
    it offers no Regenerate, and Ctrl+R on it says why (was: "Something unexpected went wrong
    (KeyError)")."""
    ctx = open_app()
    conversation = ctx.store.create_conversation(title="greeting first")
    ctx.store.add_message(conversation.id, None, "assistant", "Hello!", finish_reason="stop")
    ctx.close()
    window = open_window(qtbot)
    window.open_conversation(conversation.id)
    (greeting,) = window.chat_view.bubbles
    assert not greeting.regenerate_button.isVisibleTo(window)
    assert not greeting.regenerate_with_button.isVisibleTo(window)
    window.sidebar.list.setFocus()
    qtbot.keyClick(window.sidebar.list, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == (
        "This answer has no message above it, so there is nothing to answer again.")
    assert window.runner is None and len(window.ctx.store.branch(greeting.message.id)) == 1
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == ""  # it was about the conversation left
    close_window(window)


def test_export_says_when_there_is_nothing_to_export(qtbot, tiny_home: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    asked = []

    def refuse() -> None:  # a save dialog shown is recorded and cancelled
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            asked.append(dialog)
            dialog.reject()

    window = open_window(qtbot)
    try:
        QTimer.singleShot(0, refuse)
        window.export_action.trigger()
        assert "nothing to export" in window.statusBar().currentMessage()
        everything = next(a for a in window.menuBar().actions()[0].menu().actions()
                          if a.text() == "Export &all conversations…")
        QTimer.singleShot(0, refuse)
        everything.trigger()
        assert window.statusBar().currentMessage() == (
            "There are no conversations to export yet.")
        assert asked == []
        type_and_send(qtbot, window, "hello")
        qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
        window.new_conversation()
        QTimer.singleShot(0, refuse)
        window.export_action.trigger()  # the new chat, not the one before it
        assert asked == [] and "nothing to export" in window.statusBar().currentMessage()
    finally:
        close_window(window)


def test_a_server_that_does_not_answer_is_said_in_the_status_bar(qtbot, tiny_home: Path) -> None:
    from llama_server import free_port

    from chatapp.paths import app_paths
    from chatapp.remote.endpoints import EndpointStore, make_endpoint

    EndpointStore(app_paths().ensure()).add(
        make_endpoint("dead", f"http://127.0.0.1:{free_port()}/v1"))
    window = open_window(qtbot)
    try:
        qtbot.waitUntil(lambda: "dead: nothing answers" in
                        window.statusBar().currentMessage(), timeout=20000)
        bar = window.statusBar()
        assert bar.currentMessage().endswith(
            "Its models are left out of the lists until it answers (Models → Connections…).")
        # cut to the bar's width, it is read whole on hover (was: "(Models → Conne…" alone)
        assert bar.toolTip() == bar.currentMessage()
        bar.clearMessage()
        assert bar.toolTip() == ""
    finally:
        close_window(window)


def test_an_answer_without_visible_text_says_so(qtbot, tiny_home: Path) -> None:
    ctx = open_app()
    c = ctx.store.create_conversation("Quiet")
    u = ctx.store.add_message(c.id, None, "user", "Say nothing")
    a = ctx.store.add_message(c.id, u.id, "assistant", "")
    ctx.store.finish_message(a.id, "\n ", "stop", completion_tokens=1)
    ctx.close()
    window = open_window(qtbot)
    try:
        window.open_conversation(c.id)
        footer = window.chat_view.bubbles[-1].footer.text()
        assert footer.startswith("The model gave no visible text") and "1 token" in footer
        assert "1 tokens" not in footer
    finally:
        close_window(window)


def test_continue_goes_on_with_the_model_that_wrote_the_answer(qtbot, tiny_home: Path,
                                                               tiny_model: Path) -> None:
    """Continue uses the answer's own model whatever the picker shows; without that model
    it says so and changes nothing."""
    other = tiny_home / "data" / "models" / "other-tiny-F32.gguf"
    shutil.copy(tiny_model, other)
    window = open_window(qtbot, max_tokens=3)
    first = window.model_list.find(window.current_model().key)
    type_and_send(qtbot, window, "Tell me a story")
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    answer = window.chat_view.bubbles[-1]
    cut = window.ctx.store.message(answer.message.id)
    assert cut.finish_reason == "length" and answer.continue_button.isVisible()
    second = next(m for m in window.models if m.key != first.key)
    window.select_model(second.key)
    assert window.current_model().key == second.key
    qtbot.mouseClick(answer.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    grown = window.ctx.store.message(cut.id)
    assert grown.model_key == first.key and grown.model_name == cut.model_name
    assert len(grown.content) > len(cut.content) and grown.finish_reason == "length"
    # the model that wrote it is gone: one line, the answer as it was
    window.ctx.store.update_message(cut.id, model_key="gone-model", model_name="gone.gguf")
    window.open_conversation(grown.conversation_id)
    bubble = window.chat_view.bubbles[-1]
    qtbot.mouseClick(bubble.continue_button, Qt.MouseButton.LeftButton)
    assert window.runner is None
    assert "gone.gguf" in window.statusBar().currentMessage()
    assert window.ctx.store.message(cut.id).content == grown.content
    # an answer cut off where the context was full is not offered to continue
    window.ctx.store.update_message(cut.id, n_ctx=grown.prompt_tokens + grown.completion_tokens)
    window.open_conversation(grown.conversation_id)
    assert not window.chat_view.bubbles[-1].continue_button.isVisible()
    assert "context was full" in window.chat_view.bubbles[-1].footer.text()
    close_window(window)


def test_what_another_program_adds_shows_up_and_is_seen_before_sending(qtbot,
                                                                       tiny_home: Path) -> None:
    """The command line (another connection to the database) adds a conversation and a turn
    to the one on screen: the list shows the new conversation; the turn is shown before the
    window's next message goes on after it (that message waits for a second Enter)."""
    from chatapp.store import Store

    window = open_window(qtbot, max_tokens=3)
    type_and_send(qtbot, window, "hello")
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    conversation_id = window.conversation_id
    answer = window.chat_view.messages[-1]
    other = Store(window.ctx.paths.database)  # what `chatapp chat --continue` would write
    try:
        other.create_conversation(title="made on the command line")
        question = other.add_message(conversation_id, answer.id, "user", "from the cli")
        other.add_message(conversation_id, question.id, "assistant", "cli answer",
                          finish_reason="stop")
    finally:
        other.close()
    qtbot.waitUntil(lambda: [m.content for m in window.chat_view.messages][-2:] == [
        "from the cli", "cli answer"], timeout=5000)  # (the check comes every 2 s)
    # an answer written there is shown as it grows and once it ended (was: "Writing…" on)
    other = Store(window.ctx.paths.database)
    try:
        question = other.add_message(conversation_id, window.chat_view.messages[-1].id, "user",
                                     "more from the cli")
        writing = other.add_message(conversation_id, question.id, "assistant", "")
        qtbot.waitUntil(lambda: window.chat_view.messages[-1].id == writing.id, timeout=5000)
        other.update_message(writing.id, content="grown", finish_reason="stop")
    finally:
        other.close()
    qtbot.waitUntil(lambda: window.chat_view.messages[-1].finish_reason == "stop"
                    and window.chat_view.messages[-1].content == "grown", timeout=5000)
    assert any(window.sidebar.list.item(i).text().startswith("made on")
               for i in range(window.sidebar.list.count()))
    # before the check came: sending shows the new turns first and keeps the text
    window.ctx.store.add_message(conversation_id, window.chat_view.messages[-1].id, "user",
                                 "x")  # (this connection: not "elsewhere")
    assert not window.outside.check()
    window.open_conversation(conversation_id)
    other = Store(window.ctx.paths.database)
    try:
        leaf = other.conversation(conversation_id).current_leaf_id
        other.add_message(conversation_id, leaf, "assistant", "late cli answer",
                          finish_reason="stop")
    finally:
        other.close()
    window.chat_view.bubbles[-1].begin_edit()  # a message is being edited: no reload yet
    assert not window.outside.check()
    window.chat_view.bubbles[-1].end_edit()  # ... but it is looked at once the editor closes
    type_and_send(qtbot, window, "my next question")
    assert window.runner is None
    assert window.composer.edit.toPlainText() == "my next question"
    assert window.chat_view.messages[-1].content == "late cli answer"
    assert "changed in another window" in window.statusBar().currentMessage()
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.runner is None
                    and window.chat_view.messages[-2].content == "my next question",
                    timeout=60000)
    close_window(window)


def test_a_message_that_only_looks_too_long_before_the_model_is_loaded_is_sent(
        qtbot, starter_home: Path) -> None:
    """Before the model is loaded the window can only estimate tokens (about 4 bytes each);
    a message that estimate calls too long for the context is sent all the same, and the
    model's own count decides (English prose is about 5 bytes a token for Gemma)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot, max_tokens=2)
    model = window.current_model()
    total = window.session.context_size(model)
    text = "the quick brown fox jumps over the lazy dog " * (total * 4 // 44 + 10)
    overflow = window.session.overflow(text, model)
    assert overflow.kind == "alone" and overflow.estimated  # the guess: too long
    dialogs = []

    def close_dialog() -> None:  # a question would wait for an answer: note it and close it
        modal = QApplication.activeModalWidget()
        if modal is not None:
            dialogs.append(modal.windowTitle())
            modal.reject()

    QTimer.singleShot(3000, close_dialog)
    window.composer.edit.setPlainText(text)
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    assert window.runner is not None and window.composer.edit.toPlainText() == ""
    qtbot.waitUntil(lambda: window.runner is None, timeout=120000)
    answer = window.ctx.store.message(window.chat_view.messages[-1].id)
    assert dialogs == [] and answer.finish_reason in ("length", "stop"), answer.error
    assert answer.prompt_tokens < total  # it fitted: the model counted
    close_window(window)


def test_the_settings_button_shows_a_conversations_own_prompt_and_parameters(
        qtbot, tiny_home: Path) -> None:
    window = open_window(qtbot, max_tokens=4)
    try:
        button = window.composer.settings_button
        window.update_meter()
        assert not button.property("own")
        assert button.toolTip() == "No system prompt; the default parameters"
        store = window.ctx.store
        conversation = store.create_conversation(title="Poems", system_prompt="Answer in rhyme.")
        store.add_message(conversation.id, None, "user", "hello")
        store.set_conversation_params(conversation.id, {"temperature": 0.2})
        window.open_conversation(conversation.id)
        window.update_meter()
        assert button.property("own") is True
        assert button.toolTip() == ("System prompt: Answer in rhyme.\n"
                                    "Own parameters: temperature = 0.2")
        width = button.sizeHint().width()
        window.new_conversation()
        window.update_meter()
        assert not button.property("own") and button.sizeHint().width() == width  # as wide
    finally:
        close_window(window)


def continue_an_answer_that_fills_the_context(qtbot):
    """A window whose last answer (made "the sea " * 200, finish "length", 400 tokens) fills
    its model's context (n_ctx 256) by itself, after Continue was clicked on it and the run
    ended: returns (window, the answer's Message as it was before Continue)."""
    window = open_window(qtbot, max_tokens=3)
    type_and_send(qtbot, window, "Tell me a story")
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    bubble = window.chat_view.bubbles[-1]
    cut = window.ctx.store.finish_message(bubble.message.id, "the sea " * 200, "length",
                                          completion_tokens=400)
    window.new_conversation()
    window.open_conversation(cut.conversation_id)
    window.ctx.chat.pipeline.model_options = {cut.model_key: {"n_ctx": 256}}
    bubble = window.chat_view.bubbles[-1]
    qtbot.waitUntil(bubble.continue_button.isVisible, timeout=5000)
    qtbot.mouseClick(bubble.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    return window, cut


def test_continue_that_cannot_go_on_says_why_and_keeps_the_answer(qtbot,
                                                                   tiny_home: Path) -> None:
    """An answer that fills the model's context by itself cannot go on: Continue says so in
    one line (the notice above the message box) and the answer stays as it was."""
    window, cut = continue_an_answer_that_fills_the_context(qtbot)
    kept = window.ctx.store.message(cut.id)
    assert (kept.content, kept.finish_reason, kept.error) == (cut.content, "length", None)
    assert window.notice.isVisible(), window.statusBar().currentMessage()
    assert window.notice.label.text().startswith(
        "This answer could not go on: The conversation is too long for this model's context "
        "of 256 tokens")
    window.new_conversation()  # the notice is about that conversation: it goes with it
    assert not window.notice.isVisible()
    close_window(window)


def test_the_window_opened_again_in_another_language_keeps_the_model_picked(
        qtbot, tiny_home: Path, tiny_model: Path) -> None:
    """The conversation's answers were made by one model, the next is to come from another:
    the window opened again (a language switch) keeps the one picked."""
    from chatapp.ui.app import reopened

    shutil.copy(tiny_model, tiny_home / "data" / "models" / "other-F32.gguf")
    window = open_window(qtbot, max_tokens=2)
    first, second = [m for m in window.model_list.models if not m.problem][:2]
    window.select_model(first.key)
    type_and_send(qtbot, window, "hello")
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    window.select_model(second.key)
    assert window.current_model().key == second.key
    window.close()  # as the language switch closes it
    again = reopened(window)
    qtbot.addWidget(again)
    assert again.conversation_id == window.conversation_id
    assert again.current_model().key == second.key
    close_window(again)


def test_the_meter_follows_the_model_picked_when_the_picked_one_is_removed(
        qtbot, tiny_home: Path, tmp_path: Path) -> None:
    """The model picked is deleted from the library: the window picks another, and the token
    meter shows that model's context at once (was: the removed model's until a restart)."""
    from gguf_factory import write_tiny_llama

    small = write_tiny_llama(tiny_home / "data" / "models" / "small-ctx-F32.gguf")
    window = open_window(qtbot)
    try:
        key = next(m.key for m in window.models if m.file_name == small.name)
        window.ctx.chat.pipeline.model_options = {key: {"n_ctx": 256}}  # as Model settings keep it
        window.select_model(key)
        assert window.composer.meter.maximum() == 256
        model = window.current_model()
        window.ctx.library.delete(model)
        window.reload_models()
        assert window.current_model().file_name != small.name
        assert window.composer.meter.maximum() == window.session.context_size(
            window.current_model()) != 256
    finally:
        close_window(window)


def test_a_language_chosen_asks_in_it_and_cancel_changes_nothing_on_screen(
        qtbot, tiny_home: Path) -> None:
    """The question is in the language chosen, but nothing else is until Switch now: what
    redraws meanwhile stays in the language shown (was: half the window in the new one
    after Cancel)."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from chatapp.ui.menus import _set_language

    window = open_window(qtbot)
    asked = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        asked.append((box.text(), [b.text() for b in box.buttons()],
                      QCoreApplication.translate("MainWindow", "&File")))
        next(b for b in box.buttons() if b.text() == "Batal").click()

    QTimer.singleShot(100, answer)
    _set_language(window, "id")
    (text, buttons, menu), = asked
    assert text.startswith("Tampilkan ChatApp dalam bahasa ini sekarang?"), text
    assert sorted(buttons) == ["Batal", "Beralih sekarang", "Saat mulai berikutnya"], buttons
    assert menu == "&File"  # the window's texts: as they were
    assert window.ctx.settings.language != "id"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    close_window(window)


def test_the_list_does_not_move_under_the_pointer(qtbot, tiny_home: Path) -> None:
    """A conversation another program changed (an API answer that ends) waits to move up
    the list while the pointer is over it, so that a click opens the row it was aimed at;
    a few checks later, or once the pointer left, the list shows it (was: the rows moved
    under a click)."""
    from chatapp.store import Store
    from chatapp.ui.outside_changes import HOVER_WAITS

    window = open_window(qtbot, max_tokens=3)
    try:
        viewport = window.sidebar.list.viewport()
        viewport.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)  # the pointer is there
        other = Store(window.ctx.paths.database)
        try:
            other.create_conversation(title="made by a script")
        finally:
            other.close()
        for _ in range(HOVER_WAITS):
            window.outside.check()
            assert not any(i.text() == "made by a script"
                           for i in window.sidebar.conversation_items())
        window.outside.check()  # it waited long enough
        assert any(i.text() == "made by a script" for i in window.sidebar.conversation_items())
    finally:
        close_window(window)
