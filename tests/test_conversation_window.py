"""The conversation features in the real window: the tree (regenerate, edit, arrows,
continue, copy, delete with undo), switching models per turn, provenance, search, presets,
the template viewer and the context meter; real llama.cpp on two tiny GGUFs whose
templates differ."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from chatapp.context import open_app  # noqa: E402
from chatapp.export import export_markdown  # noqa: E402
from chatapp.session import Decision  # noqa: E402
from chatapp.ui.app import make_application  # noqa: E402
from chatapp.ui.main_window import MainWindow  # noqa: E402

OTHER_TEMPLATE = (
    "{% for message in messages %}{{ '### ' + message['role'] + ':\\n' + message['content']"
    " + '\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '### assistant:\\n' }}{% endif %}"
)


@pytest.fixture
def two_models(chatapp_home: Path, tiny_model: Path) -> Path:
    from gguf_factory import write_tiny_llama

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    shutil.copy(tiny_model, models / tiny_model.name)
    write_tiny_llama(models / "tiny-other-F32.gguf", chat_template=OTHER_TEMPLATE)
    return chatapp_home


def open_window(qtbot, max_tokens: int = 6) -> MainWindow:
    make_application()
    ctx = open_app()
    ctx.settings.sampling.max_tokens = max_tokens
    ctx.settings.sampling.seed = 5
    ctx.settings.default_model = ""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def close_window(window: MainWindow) -> None:
    window.close()
    window.ctx.close()


def shown_prompt(window: MainWindow, text: str) -> str:
    """The next prompt the chat template viewer (Ctrl+T) shows with `text` in the composer,
    as the model would get it: the viewer opens as the user opens it, is read, then closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from chatapp.ui.template_view import show_template

    shown: list[str] = []

    def read_prompt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read_prompt)
            return
        shown.append(dialog.prompt.toPlainText())
        dialog.reject()

    window.composer.edit.setPlainText(text)
    QTimer.singleShot(0, read_prompt)
    show_template(window)
    (prompt,) = shown
    return prompt

def pick(window: MainWindow, stem: str) -> None:
    index = next(i for i, m in enumerate(window.models) if m.stem == stem)
    window.model_box.setCurrentIndex(index)


def wait_answer(qtbot, window: MainWindow) -> None:
    """Wait until the answer started by the last action has ended (it may be done already)."""
    qtbot.waitUntil(lambda: not window.tree.loading and window.runner is None
                    and window.answers.titler is None, timeout=60000)


def send(qtbot, window: MainWindow, text: str) -> None:
    qtbot.keyClicks(window.composer.edit, text)
    with qtbot.waitSignal(window.composer.sendRequested, timeout=2000):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    wait_answer(qtbot, window)


def test_tree_operations_and_model_switching(qtbot, two_models: Path) -> None:
    window = open_window(qtbot)
    store = window.ctx.store
    pick(window, "tiny-llama-F32")
    send(qtbot, window, "hello")
    user, first = window.chat_view.bubbles
    assert first.header.text().startswith("tiny-llama-F32")
    assert not first.prev_button.isVisible()

    # Regenerate with… the other model, from the bubble's menu: a sibling whose prompt was
    # rendered with the other model's own template
    first._fill_models()
    action = next(a for a in first.with_menu.actions()
                  if a.text().startswith("tiny-other-F32 · "))  # named as pickers name it
    action.trigger()
    # the status bar names the model that writes, not the one picked for the next message
    statuses = [window.model_status.text()]
    if window.runner is not None:
        window.runner.textChanged.connect(lambda *_: statuses.append(
            window.model_status.text()))
    wait_answer(qtbot, window)
    assert all(s.startswith(("tiny-other-F32", "Loading tiny-other-F32")) for s in statuses), \
        statuses
    second = window.chat_view.bubbles[-1]
    stored = store.message(second.message.id)
    assert stored.parent_id == user.message.id and stored.model_name == "tiny-other-F32.gguf"
    assert stored.template_source == "gguf"
    assert stored.template_sha256 != store.message(first.message.id).template_sha256
    assert second.position.text() == "2/2" and second.prev_button.isEnabled()
    window.grab().save(str(two_models / "tree.png"))

    # the arrows, by mouse and by keyboard; the conversation remembers the leaf; a click
    # leaves the keyboard in the message box
    window.composer.edit.setFocus()
    qtbot.mouseClick(second.prev_button, Qt.MouseButton.LeftButton)
    shown = window.chat_view.bubbles[-1]
    assert shown.message.id == first.message.id and shown.position.text() == "1/2"
    qtbot.wait(50)  # (the scroll to the version shown comes after)
    assert window.composer.edit.hasFocus()
    assert store.conversation(window.conversation_id).current_leaf_id == first.message.id
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.chat_view.bubbles[-1].message.id == second.message.id
    # from the message box, the keyboard stays there: what is typed next lands in it
    edit = window.composer.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "half typed")  # a draft in the box changes nothing
    qtbot.keyClick(edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.chat_view.bubbles[-1].message.id == first.message.id
    assert edit.hasFocus()
    qtbot.keyClicks(edit, "y")
    assert edit.toPlainText() == "half typedy"
    edit.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.chat_view.bubbles[-1].message.id == second.message.id and edit.hasFocus()

    # switch the model in the composer: the next answer uses it with the whole history
    pick(window, "tiny-llama-F32")
    send(qtbot, window, "and more")
    last = store.message(window.chat_view.bubbles[-1].message.id)
    assert last.model_name == "tiny-llama-F32.gguf" and last.template_source == "fallback"
    assert [b.message.role for b in window.chat_view.bubbles] == [
        "user", "assistant", "user", "assistant"]

    # edit the first question: a new branch at the root, with arrows on the user bubble
    first_user = window.chat_view.bubbles[0]
    qtbot.mouseClick(first_user.edit_button, Qt.MouseButton.LeftButton)
    box = first_user.editor
    assert box is not None and box.edit.toPlainText() == "hello"
    assert not first_user.body.isVisible() and not first_user.edit_button.isVisible()
    qtbot.keyClick(box.edit, Qt.Key.Key_Escape)  # cancel: nothing changes
    assert first_user.editor is None and first_user.body.isVisible()
    assert first_user.edit_button.isVisible() and first_user.text == "hello"
    assert window.runner is None and len(window.chat_view.bubbles) == 4
    qtbot.mouseClick(first_user.edit_button, Qt.MouseButton.LeftButton)
    assert first_user.editor.edit.textCursor().atEnd()  # typing goes on after "hello"
    qtbot.keyClick(first_user.editor.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(first_user.editor.edit, "again")  # Shift+Enter: a new line, not sent
    assert window.runner is None and first_user.editor is not None
    qtbot.keyClick(first_user.editor.edit, Qt.Key.Key_Return)  # Enter sends, as below
    assert window.composer.edit.hasFocus()  # the keyboard is back for the next message
    wait_answer(qtbot, window)
    root = window.chat_view.bubbles[0]
    assert root.text == "hello\nagain" and root.position.text() == "2/2"
    assert len(window.chat_view.bubbles) == 2

    # continue the answer cut off at the token limit: the same bubble grows
    cut = window.chat_view.bubbles[-1]
    before = store.message(cut.message.id)
    assert before.finish_reason == "length" and cut.continue_button.isVisible()
    qtbot.mouseClick(cut.continue_button, Qt.MouseButton.LeftButton)
    wait_answer(qtbot, window)
    after = store.message(cut.message.id)
    assert after.content.startswith(before.content)
    assert after.completion_tokens > before.completion_tokens
    assert window.chat_view.bubbles[-1].text == after.content

    # copy as Markdown and as plain text
    window.tree.message_action("copy-md", cut.message.id)
    assert QGuiApplication.clipboard().text() == after.content.rstrip()  # no line break after
    assert not QGuiApplication.clipboard().text().endswith("\n")
    window.tree.message_action("copy-text", window.chat_view.bubbles[0].message.id)
    assert QGuiApplication.clipboard().text() == "hello\nagain"

    # delete the branch, then undo
    answer_id = window.chat_view.bubbles[-1].message.id
    qtbot.mouseClick(window.chat_view.bubbles[-1].delete_button, Qt.MouseButton.LeftButton)
    assert [b.message.role for b in window.chat_view.bubbles] == ["user"]
    assert window.undo_button.isVisible()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert window.chat_view.bubbles[-1].message.id == answer_id

    # keyboard: the same from the message box (Ctrl+Shift+Z is Undo delete there too, while
    # nothing of the typing is to be redone; Ctrl+Delete there deletes a word of the draft,
    # not the answer), then regenerate the last answer
    assert window.isActiveWindow()
    window.tree.message_action("delete", answer_id)
    assert [b.message.role for b in window.chat_view.bubbles] == ["user"]
    window.composer.edit.setFocus()
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.chat_view.bubbles[-1].message.id == answer_id
    qtbot.keyClicks(window.composer.edit, "one two")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Home)
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert window.composer.edit.toPlainText() == "two"
    assert window.chat_view.bubbles[-1].message.id == answer_id
    assert store.message(answer_id).deleted_at is None
    window.composer.edit.clear()
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    wait_answer(qtbot, window)
    assert window.chat_view.bubbles[-1].position.text() == "2/2"
    close_window(window)


def test_provenance_popover(qtbot, two_models: Path) -> None:
    window = open_window(qtbot)
    pick(window, "tiny-other-F32")
    send(qtbot, window, "hi")
    bubble = window.chat_view.bubbles[-1]
    assert bubble.header.accessibleName().startswith("Answer by tiny-other-F32")
    # a screen reader hears which message a button acts on (their names are alike)
    question = window.chat_view.bubbles[0]
    assert question.delete_button.accessibleDescription() == "Your message: hi"
    assert bubble.delete_button.accessibleDescription().startswith(
        "Answer by tiny-other-F32: ")
    with qtbot.waitExposed(popup := bubble.show_provenance()):
        pass
    values = {k: v.text().replace("\u200b", "") for k, v in popup.values.items()}
    assert values["Model"] == "tiny-other-F32"
    assert values["File"].endswith("tiny-other-F32.gguf")
    assert values["Quantization"] == "F32" and values["Architecture"] == "llama"
    assert values["Chat template"].startswith("the model's own")
    assert "Seed 5" in values["Sampling"] and "Temperature" in values["Sampling"]
    assert int(values["Prompt tokens"]) > 0 and int(values["Completion tokens"]) > 0
    assert values["Time to first token"].endswith(" s")
    assert values["Finish reason"] in ("cut off at the token limit", "finished (end of turn)")
    assert values["Device"] in ("CPU",) or values["Device"].startswith("GPU")
    assert int(values["Context length"]) == 512
    for shown in popup.values.values():  # every wrapped row whole, none cut at the bottom
        assert shown.height() >= shown.heightForWidth(shown.width())
        # nor at the side: a path's long pieces have places to wrap (was: "…d8defc8" cut)
        pieces = re.split(r"[\s\u200b]", shown.text())
        assert max(shown.fontMetrics().horizontalAdvance(p) for p in pieces) <= shown.width()
    assert "System prompt" not in values  # none was set
    popup.grab().save(str(two_models / "provenance.png"))
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    # the system prompt an answer was made with stays its own when the conversation's changes
    store = window.ctx.store
    store.set_system_prompt(window.conversation_id, "You are a pirate.")
    send(qtbot, window, "and now?")
    store.set_system_prompt(window.conversation_id, "You are a poet.")
    made = store.message(window.chat_view.bubbles[-1].message.id)
    assert made.system_prompt == "You are a pirate."

    assert store.message(bubble.message.id).system_prompt == ""  # made with none
    exported = export_markdown(store, [store.conversation(window.conversation_id)])
    assert exported.count("> **System prompt:** You are a poet.") == 1  # the one set now
    assert exported.count("> **System prompt:** (none)") == 1  # the first answer's
    assert exported.count("> **System prompt:** You are a pirate.") == 1  # the second's
    with qtbot.waitExposed(popup := window.chat_view.bubbles[-1].show_provenance()):
        pass
    assert popup.values["System prompt"].text() == "You are a pirate."
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    close_window(window)


def test_search_jumps_to_the_message_and_sidebar_groups(qtbot, two_models: Path) -> None:
    import time

    make_application()
    ctx = open_app()
    store = ctx.store
    old = store.create_conversation("Old chat")
    store.add_message(old.id, None, "user", "ancient question")
    store.db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?",
                     [time.time() - 30 * 86400, old.id])
    long = store.create_conversation("Long chat")
    parent = None
    for i in range(300):
        role = "user" if i % 2 == 0 else "assistant"
        text = "the word platypus lives here" if i == 10 else f"message number {i}"
        parent = store.add_message(long.id, parent and parent.id, role, text,
                                   finish_reason="stop" if role == "assistant" else None)
    ctx.close()
    window = open_window(qtbot)
    labels = [window.sidebar.list.item(i).text() for i in range(window.sidebar.list.count())]
    assert labels == ["Today", "Long chat", "Older", "Old chat"]
    window.pin_conversation(old.id, True)
    labels = [window.sidebar.list.item(i).text() for i in range(window.sidebar.list.count())]
    assert labels[:2] == ["Pinned", "★ Old chat"]
    assert len(window.chat_view.bubbles) == 10  # only the last page is made into widgets

    window.search_action.trigger()
    assert window.sidebar.search.hasFocus()
    qtbot.keyClicks(window.sidebar.search, "platyp")
    qtbot.waitUntil(lambda: window.sidebar.showing_hits
                    and len(window.sidebar.conversation_items()) == 1, timeout=5000)
    hit = window.sidebar.conversation_items()[0]
    label = window.sidebar.list.itemWidget(hit)
    assert "<b><u>platypus</u></b>" in label.text()
    assert "<i>You:</i> " in label.text()  # message 10 is the user's
    window.grab().save(str(two_models / "search.png"))
    qtbot.keyClick(window.sidebar.search, Qt.Key.Key_Return)
    target = window.chat_view.bubble_for(parent.id - 299 + 10)
    assert target is not None and target.text == "the word platypus lives here"
    qtbot.waitUntil(lambda: not target.visibleRegion().isEmpty(), timeout=3000)
    close_window(window)


def test_presets_system_prompt_and_parameters(qtbot, two_models: Path) -> None:
    from chatapp.ui.conversation_settings import new_from_preset

    window = open_window(qtbot)
    store = window.ctx.store
    other = next(m for m in window.models if m.stem == "tiny-other-F32")
    preset = store.save_preset("Pirate", "Talk like a pirate.", {"temperature": 0.1}, other.key)
    gone = store.save_preset("Gone", "", {}, "sha256:not-here")
    new_from_preset(window, gone.id)  # its model is not here: said, not silent
    assert "sha256:not-here is not on this computer" in window.statusBar().currentMessage()
    store.delete_preset(gone.id)
    new_from_preset(window, preset.id)
    assert window.current_model().key == other.key
    send(qtbot, window, "ahoy")
    conversation = store.conversation(window.conversation_id)
    assert conversation.system_prompt == "Talk like a pirate."
    answer = store.message(window.chat_view.bubbles[-1].message.id)
    assert answer.sampling["temperature"] == 0.1 and answer.model_name == "tiny-other-F32.gguf"

    from chatapp.ui.conversation_settings import ConversationSettingsDialog, PresetsDialog

    dialog = ConversationSettingsDialog(window.ctx.settings.sampling, "x", {"top_k": 7},
                                        other, store)
    qtbot.addWidget(dialog)
    assert dialog.form.fields["top_k"].value() == 7
    dialog.form.fields["temperature"].setValue(1.25)
    assert dialog.values() == ("x", {"top_k": 7, "temperature": 1.25})
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from chatapp.ui.ask_name import BOX_PX

    def name_it() -> None:  # Save as preset… asks in a box wide enough for its title
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            QTimer.singleShot(20, name_it)
            return
        assert box.width() >= BOX_PX
        box.setTextValue("Pirate")
        box.accept()
    QTimer.singleShot(0, name_it)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.form.system.height()
    dialog.save_preset()  # a name taken already is numbered, and what was kept is said
    assert dialog.saved.isVisibleTo(dialog) and dialog.saved.text() == (
        "Saved as the preset Pirate (2), with tiny-other-F32.")
    qtbot.wait(50)  # laid out: the line had its room, the prompt box keeps its own
    assert abs(dialog.form.system.height() - before) <= 2
    store.delete_preset(next(p.id for p in store.presets() if p.name == "Pirate (2)"))
    presets = PresetsDialog(store, window.ctx.settings.sampling, window.models)
    qtbot.addWidget(presets)
    assert "New chat from preset" in presets.hint.text()
    assert not any(b.isEnabled() for b in presets.selected_only)  # nothing chosen yet
    presets.list.setCurrentRow(0)
    assert all(b.isEnabled() for b in presets.selected_only)
    presets.duplicate()
    presets.list.setCurrentRow(0)
    presets.duplicate()  # the same name again is numbered
    assert [p.name for p in store.presets()] == ["Pirate", "Pirate (copy)", "Pirate (copy) (2)"]
    presets.delete()  # asks first; No keeps it
    assert "Pirate (copy) (2)" in presets.confirm_box.text()
    presets.confirm_box.button(QMessageBox.StandardButton.No).click()
    assert len(store.presets()) == 3
    presets.delete()
    presets.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert [p.name for p in store.presets()] == ["Pirate", "Pirate (copy)"]
    close_window(window)


def test_template_viewer_refuses_a_broken_override(qtbot, two_models: Path) -> None:
    from chatapp.ui.template_view import TemplateDialog

    window = open_window(qtbot)
    pick(window, "tiny-other-F32")
    model = window.current_model()
    messages = window.session.next_messages("What now?")
    dialog = TemplateDialog(model, messages, None, window)
    qtbot.addWidget(dialog)
    assert dialog.prompt.toPlainText().endswith("### user:\nWhat now?\n### assistant:\n")
    assert dialog.template_text.toPlainText() == OTHER_TEMPLATE
    dialog.editor.setPlainText("x")
    dialog.editor.setFocus()
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Tab)  # the keyboard moves on: no tab typed
    assert dialog.editor.toPlainText() == "x"
    dialog.editor.setPlainText("{% for m in messages %}{{ m.content ")
    dialog._save()
    assert dialog.result() == 0 and dialog.error.text() == (  # the template named once
        "The chat template is broken: the template ends too early: '}}' is missing (line 1)")
    dialog.editor.setPlainText("{{ raise_exception('no system role') }}")
    assert not dialog.check() and "no system role" in dialog.error.text()
    for silent in ("{# nothing #}", "{{ bos_token }}<assistant>"):  # the messages left out
        dialog.editor.setPlainText(silent)
        assert not dialog.check()
        assert dialog.error.text() == (
            "This template does not work: the prompt it makes leaves out the conversation's "
            "messages (the model would never see what you write)")
    dialog.editor.setPlainText("{% for m in messages %}<{{ m.role }}>{{ m.content }}"
                               "{% endfor %}<assistant>")
    assert dialog.check()
    assert dialog.prompt.toPlainText() == "<user>What now?<assistant>"
    close_window(window)


def test_context_meter_and_overflow(qtbot, two_models: Path, monkeypatch) -> None:
    window = open_window(qtbot)
    pick(window, "tiny-llama-F32")
    send(qtbot, window, "hello")  # loads the model: counts are exact from now on
    qtbot.keyClicks(window.composer.edit, "hello world " * 5)
    qtbot.waitUntil(lambda: window.composer.meter.value() > 0
                    and not window.composer.meter.text().startswith("≈"), timeout=5000)
    used = window.composer.meter.value()
    assert window.composer.meter.maximum() == 512
    qtbot.keyClicks(window.composer.edit, "and more words " * 5)
    qtbot.waitUntil(lambda: window.composer.meter.value() > used, timeout=5000)
    window.composer.edit.clear()

    # a message that would overflow: the user chooses to leave out the oldest turns
    asked = []
    monkeypatch.setattr(window, "ask_overflow", lambda overflow: asked.append(overflow)
                        or Decision("drop", overflow.droppable))
    send(qtbot, window, "hello " * 250)
    send(qtbot, window, "world " * 250)
    assert asked
    answer = window.ctx.store.message(window.chat_view.bubbles[-1].message.id)
    assert answer.dropped_messages and answer.dropped_messages >= 2
    assert "left out to fit the context" in window.chat_view.bubbles[-1].footer.text()
    # cancelled, the text comes back with the cursor at its end: typing on adds to it
    monkeypatch.setattr(window, "ask_overflow", lambda overflow: Decision("cancel"))
    window.composer.edit.setPlainText("hello " * 250)
    window.composer.submit()
    assert window.composer.edit.toPlainText() == "hello " * 250
    assert window.composer.edit.textCursor().atEnd()
    window.composer.edit.clear()
    # a new conversation chosen: the message is sent there (was: left unsent in its box),
    # and is no draft of the one it left
    before = window.conversation_id
    monkeypatch.setattr(window, "ask_overflow", lambda overflow: Decision("new"))
    send(qtbot, window, "hello " * 250)
    assert window.conversation_id != before
    assert [m.content for m in window.ctx.store.messages(window.conversation_id)
            if m.role == "user"] == ["hello " * 250]
    assert window.session.drafts.get(before, "") == "" and not window.composer.edit.toPlainText()
    window.open_conversation(before)

    # the real question: leaving out can be chosen for the rest of the conversation
    monkeypatch.delattr(window, "ask_overflow")  # the window asks again (the home stays)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    questions, waiting = [], [True]

    def choose(remember: bool) -> None:  # answers the question when it comes, until told not
        box = QApplication.activeModalWidget()
        if not waiting[0]:
            return
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: choose(remember))
            return
        questions.append(box.text())
        box.checkBox().setChecked(remember)
        next(b for b in box.buttons() if b.text().startswith("Leave out")).click()

    try:
        QTimer.singleShot(0, lambda: choose(True))
        send(qtbot, window, "hello " * 200)
        assert len(questions) == 1 and "too long" not in questions[0]
        QTimer.singleShot(0, lambda: choose(False))  # would answer, were it asked
        send(qtbot, window, "world " * 200)
    finally:
        waiting[0] = False  # no later test's dialog is answered here
    assert len(questions) == 1  # not asked again in this conversation
    answer = window.ctx.store.message(window.chat_view.bubbles[-1].message.id)
    assert answer.dropped_messages
    # the meter counts what the next send holds, the oldest messages left out
    window.update_meter("")
    meter = window.composer.meter
    room = window.session.answer_room(meter.maximum())
    assert "Left out to fit" in meter.toolTip() and meter.value() < meter.maximum() - room
    assert meter.text().startswith("✂ ")  # marked (was: said in the tooltip alone)
    # the template viewer's next prompt is the one the next send makes (was: the whole
    # conversation, the oldest messages in it)
    model = window.current_model()
    sent = window.session.next_prompt("next", model, window.chat_view.messages)
    whole = window.session.next_messages("next", window.chat_view.messages)
    assert len(sent) < len(whole)
    shown = shown_prompt(window, "next")
    window.composer.edit.clear()
    questions = shown.count("Question: ")  # (the models' plain template: one a turn)
    assert questions == sum(m["role"] == "user" for m in sent)
    assert questions < sum(m["role"] == "user" for m in whole)
    conversation = window.session.conversation_id
    close_window(window)
    # the choice outlives the window (was: asked again after a restart)
    again = open_window(qtbot)
    assert conversation in again.session.always_drop
    close_window(again)


def open_long_conversation(qtbot, title: str, turns: int, question_words: int,
                           answer: str):
    """A window on tiny-llama-F32 showing a new conversation of `turns` question/answer pairs
    (each question "question {i} " + `question_words` words, each answer `answer`): returns
    (window, conversation, the last question, the last answer's id)."""
    window = open_window(qtbot)
    pick(window, "tiny-llama-F32")
    store = window.ctx.store
    conversation = store.create_conversation(title)
    parent = None
    for i in range(turns):
        question = store.add_message(conversation.id, parent, "user",
                                     f"question {i} " + "word " * question_words)
        parent = store.add_message(conversation.id, question.id, "assistant", answer,
                                   finish_reason="stop").id
    window.open_conversation(conversation.id)
    return window, conversation, question, parent


def test_answering_again_where_the_conversation_overflows_asks_as_sending_does(
        qtbot, two_models: Path, monkeypatch) -> None:
    """Regenerate (with another model too) on a conversation its model cannot hold: the same
    question as a message sent, and its choice kept (was: the oldest messages left out
    without a word)."""
    window, conversation, question, parent = open_long_conversation(
        qtbot, "long", turns=6, question_words=60, answer="answer " * 40)
    store = window.ctx.store
    asked: list = []
    answer = [Decision("cancel")]
    monkeypatch.setattr(window, "ask_overflow",
                        lambda overflow: asked.append(overflow) or answer[0])
    model = window.current_model()
    window.tree.regenerate(parent, model)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=60000)  # (once the model is loaded)
    assert len(asked) == 1 and asked[0].kind == "ask" and asked[0].droppable >= 2
    assert asked[0].again  # (said as a question answered again, not a message sent)
    assert len(store.children(question.id, conversation.id)) == 1  # cancelled: none started
    answer[0] = Decision("drop", asked[0].droppable)
    window.tree.regenerate(parent, model)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=60000)
    wait_answer(qtbot, window)
    again = store.children(question.id, conversation.id)
    assert len(again) == 2 and len(asked) == 2
    assert store.message(again[-1].id).dropped_messages >= asked[1].droppable
    close_window(window)


def test_answering_again_with_a_model_not_loaded_asks_by_its_own_count(
        qtbot, two_models: Path, monkeypatch) -> None:
    """Regenerate with another model, not loaded, on a conversation that its estimate says
    fits but its own count does not: asked as a message sent is, from that count (was: "2
    oldest messages dropped to fit the context", nothing asked)."""
    window, conversation, question, parent = open_long_conversation(
        qtbot, "long enough", turns=4, question_words=40, answer="word " * 35)
    store = window.ctx.store
    other = next(m for m in window.models if m.stem == "tiny-other-F32")
    assert not window.ctx.chat.pipeline.is_free(other)
    before = store.branch(question.parent_id)
    assert window.session.context_use(question.content, other, before=before)[2]  # estimated
    assert window.session.overflow(question.content, other, before=before).kind == "fits"
    # (by the bytes alone it fits; the model counts about 2 tokens a word)
    asked: list = []
    monkeypatch.setattr(window, "ask_overflow",
                        lambda overflow: asked.append(overflow) or Decision("cancel"))
    window.tree.regenerate(parent, other)
    qtbot.waitUntil(lambda: bool(asked), timeout=60000)
    assert asked[0].kind == "ask" and not asked[0].estimated and asked[0].again
    assert len(store.children(question.id, conversation.id)) == 1  # cancelled: none started
    close_window(window)


def test_the_meter_turns_red_where_the_answers_room_would_be_cut_into(qtbot,
                                                                      two_models: Path) -> None:
    window = open_window(qtbot)
    meter = window.composer.meter
    # 3,595 of 4,096 is under 90 %, but 512 are kept for the answer: sending would ask
    window.composer.set_meter(3595, 4096, False, 0, 512)
    assert meter.property("full") and "Kept free for the answer: 512 tokens" in meter.toolTip()
    window.composer.set_meter(3000, 4096, False, 0, 512)
    assert not meter.property("full")
    window.composer.set_meter(3800, 4096)  # no room known: red past 90 %
    assert meter.property("full")
    close_window(window)


def test_the_overflow_question_says_when_leaving_out_means_all_earlier_messages(
        qtbot, two_models: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from chatapp.session import Overflow
    from chatapp.ui.overflow import ask_overflow

    window = open_window(qtbot)
    offered = []

    def read_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_cancel)
            return
        offered.append([b.text() for b in box.buttons() if b.text().startswith("Leave out")])
        said.append(box.text())
        box.reject()

    said: list[str] = []
    for droppable, earlier in ((2, 6), (1, 6), (6, 6)):
        QTimer.singleShot(0, read_and_cancel)
        decision = ask_overflow(window, Overflow("ask", 900, 256, droppable, False, earlier))
        assert decision == Decision("cancel")
    assert offered == [["Leave out the oldest 2 messages"], ["Leave out the oldest message"],
                       ["Leave out all earlier messages"]]
    assert said[0].startswith("The conversation and your message need about 900 tokens.")
    # a question answered again sends no new message: the question says so
    QTimer.singleShot(0, read_and_cancel)
    ask_overflow(window, Overflow("ask", 900, 256, 2, False, 6, again=True))
    assert said[-1].startswith("The conversation up to this question needs about 900 tokens.")

    def press_enter() -> None:  # as one who types on and presses Enter unawares
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_enter)
            return
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert ask_overflow(window, Overflow("ask", 900, 256, 6, False, 6)) == Decision("cancel")
    # nor on a message too long alone: Enter does not open Model settings (was its default)
    opened: list[bool] = []
    window.edit_model_settings = lambda: opened.append(True)
    QTimer.singleShot(0, press_enter)
    assert ask_overflow(window, Overflow("alone", 900, 256, 0, False)) == Decision("cancel")
    assert opened == []
    close_window(window)


def test_the_next_start_shows_the_conversation_and_the_unsent_text_left(qtbot,
                                                                        two_models) -> None:
    window = open_window(qtbot)
    try:
        store = window.ctx.store
        older, newer = (store.create_conversation(title=t).id for t in ("Older", "Newer"))
        for conversation_id in (older, newer):
            store.add_message(conversation_id, None, "user", "hello")
        window.refresh_sidebar()
        window.open_conversation(newer)
        qtbot.keyClicks(window.composer.edit, "still thinking about it")
        window.open_conversation(older)  # not the one used last
        qtbot.keyClicks(window.composer.edit, "half a question")
    finally:
        close_window(window)
    again = open_window(qtbot)
    try:
        assert again.conversation_id == older and again.title_label.text() == "Older"
        assert again.composer.edit.toPlainText() == "half a question"
        again.open_conversation(newer)
        assert again.composer.edit.toPlainText() == "still thinking about it"
        again.new_conversation()
        qtbot.keyClicks(again.composer.edit, "a new one")
    finally:
        close_window(again)
    third = open_window(qtbot)
    try:
        assert third.conversation_id is None and third.composer.edit.toPlainText() == "a new one"
        # sent: a crash from now on must not bring it back as a draft
        with qtbot.waitSignal(third.composer.sendRequested, timeout=2000):
            qtbot.keyClick(third.composer.edit, Qt.Key.Key_Return)
        wait_answer(qtbot, third)
        kept = json.loads(third.ctx.paths.settings_file.read_text(encoding="utf-8"))
        assert "new" not in kept.get("drafts", {}) and "a new one" not in str(kept)
        assert kept["last_conversation"] == third.conversation_id  # a crash starts there
    finally:
        close_window(third)


def test_a_draft_put_back_before_the_window_shows_gets_the_lines_it_wraps_into(qtbot) -> None:
    """A long draft restored at start, before the box has its width, is as tall as the same
    text typed into the shown box (was: one line, the rest cut off)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from chatapp.ui.composer import MessageEdit

    heights = []
    for before in (True, False):
        window = QWidget()
        qtbot.addWidget(window)
        box = MessageEdit(window)
        QVBoxLayout(window).addWidget(box)
        window.resize(500, 300)
        if before:
            box.setPlainText("word " * 60)
        window.show()
        qtbot.waitExposed(window)
        if not before:
            box.setPlainText("word " * 60)
        heights.append(box.height())
    assert heights[0] == heights[1] > 2 * box.fontMetrics().lineSpacing()


def test_a_deleted_conversations_draft_leaves_with_it_and_comes_back_with_undo(
        qtbot, two_models) -> None:
    window = open_window(qtbot)
    try:
        store = window.ctx.store
        kept, other = (store.create_conversation(title=t).id for t in ("Kept", "Other"))
        for conversation_id in (kept, other):
            store.add_message(conversation_id, None, "user", "hello")
        window.refresh_sidebar()
        window.new_conversation()
        qtbot.keyClicks(window.composer.edit, "for a new chat")
        window.open_conversation(other)
        qtbot.keyClicks(window.composer.edit, "other's draft")
        window.open_conversation(kept)
        qtbot.keyClicks(window.composer.edit, "pusa draft 2")
        window.delete_conversation(kept)  # the one shown: the one listed after it comes
        assert window.conversation_id == other
        assert window.composer.edit.toPlainText() == "other's draft"  # never the deleted one's
        # "Conversation deleted." is not drawn over the model's state: it shows after it
        assert window.statusBar().currentMessage() and not window.model_status.isVisible()
        window.statusBar().clearMessage()
        assert window.model_status.isVisible()
        window.delete_conversation(other)  # the last one: a new chat, with its own draft
        assert window.conversation_id is None
        assert window.composer.edit.toPlainText() == "for a new chat"
        window.undo_delete()
        assert window.conversation_id == other
        assert window.composer.edit.toPlainText() == "other's draft"
        window.undo_delete()
        assert window.conversation_id == kept
        assert window.composer.edit.toPlainText() == "pusa draft 2"
        window.new_conversation()
        assert window.composer.edit.toPlainText() == "for a new chat"
    finally:
        close_window(window)


def test_going_back_to_a_branch_shows_the_versions_picked_in_it(qtbot, two_models) -> None:
    """Each fork keeps the version picked there: the arrows of an earlier message lead back to
    the answer picked below it, not to the newest one."""
    window = open_window(qtbot)
    try:
        store = window.ctx.store
        c = store.create_conversation(title="Forks").id
        first = store.add_message(c, None, "user", "First question")
        answer = store.add_message(c, first.id, "assistant", "First answer", finish_reason="stop")
        second = store.add_message(c, answer.id, "user", "Second question")
        for text in ("Alpha says hi.", "Beta says hi.", "Gamma says hi."):
            store.add_message(c, second.id, "assistant", text, finish_reason="stop")
        window.refresh_sidebar()
        window.open_conversation(c)
        qtbot.mouseClick(window.chat_view.bubbles[-1].prev_button, Qt.MouseButton.LeftButton)
        assert window.chat_view.bubbles[-1].text == "Beta says hi."
        assert window.chat_view.bubbles[-1].position.text() == "2/3"
        store.add_message(c, None, "user", "First question, edited")  # a second first message
        window.open_conversation(c)
        assert [b.text for b in window.chat_view.bubbles] == ["First question, edited"]
        qtbot.mouseClick(window.chat_view.bubbles[0].prev_button, Qt.MouseButton.LeftButton)
        assert [b.text for b in window.chat_view.bubbles] == [
            "First question", "First answer", "Second question", "Beta says hi."]
    finally:
        close_window(window)


def test_alt_right_undoes_alt_left(qtbot, two_models) -> None:
    """Alt+Left switches the edited question back to the first one, whose answer has three
    versions: Alt+Right then goes back to the edited question (was: to the answer's 2/3),
    until something else changes what is shown."""
    window = open_window(qtbot)
    try:
        store = window.ctx.store
        c = store.create_conversation(title="Versions").id
        hello = store.add_message(c, None, "user", "Say hello")
        for text in ("Hello!", "Hi!", "Hey!"):
            store.add_message(c, hello.id, "assistant", text, finish_reason="stop")
        store.switch_branch(c, store.children(hello.id, c)[0].id)
        goodbye = store.add_message(c, None, "user", "Say goodbye")
        store.add_message(c, goodbye.id, "assistant", "Bye!", finish_reason="stop")
        window.refresh_sidebar()
        window.open_conversation(c)
        edit = window.composer.edit
        edit.setFocus()

        def shown() -> list[str]:
            return [b.text for b in window.chat_view.bubbles]

        assert shown() == ["Say goodbye", "Bye!"]
        qtbot.keyClick(edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        assert shown() == ["Say hello", "Hello!"]
        qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        assert shown() == ["Say goodbye", "Bye!"]
        qtbot.keyClick(edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        # a click elsewhere: the keys act on the last message with versions again
        qtbot.mouseClick(window.chat_view.bubbles[-1].next_button, Qt.MouseButton.LeftButton)
        assert shown() == ["Say hello", "Hi!"]
        qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        assert shown() == ["Say hello", "Hey!"]
    finally:
        close_window(window)


def test_regenerate_with_another_model_from_the_keyboard(qtbot, two_models) -> None:
    """Ctrl+Shift+R (Chat → Regenerate with…) opens the last answer's list of models; Down
    and Enter pick one, and its answer comes beside the first."""
    window = open_window(qtbot)
    try:
        store = window.ctx.store
        c = store.create_conversation(title="With").id
        question = store.add_message(c, None, "user", "Say hello")
        first = store.add_message(c, question.id, "assistant", "Hello!", finish_reason="stop")
        window.refresh_sidebar()
        window.open_conversation(c)
        assert window.regenerate_with_action.text() == "Regenerate &with…"
        window.composer.edit.setFocus()
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_R,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        menu = window.chat_view.bubbles[-1].with_menu
        qtbot.waitUntil(menu.isVisible, timeout=3000)
        names = [a.text().split(" · ")[0] for a in menu.actions()]
        assert "tiny-other-F32" in names
        for _ in range(names.index("tiny-other-F32") + 1):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)
        wait_answer(qtbot, window)
        answers = store.children(question.id, c)
        assert len(answers) == 2 and answers[0].id == first.id
        assert answers[1].model_name == "tiny-other-F32.gguf"
    finally:
        close_window(window)


def test_the_status_says_the_picked_model_is_loaded_beside_another(qtbot, two_models) -> None:
    """With two models loaded (as the local API or a comparison keeps several), the picked
    one's status says it is loaded whichever answered last (was: "loads with the next
    message" while it was loaded, as the other had answered since)."""
    window = open_window(qtbot)
    try:
        window.ctx.engine.set_max_loaded(2)
        pick(window, "tiny-other-F32")
        send(qtbot, window, "first")
        other = window.current_model()
        pick(window, next(m.stem for m in window.models if m.key != other.key
                          and not m.starter))
        send(qtbot, window, "second")  # loaded too, and the latest used
        assert window.ctx.engine.loaded_info(other.path) is not None
        assert window.model_list.status(other).startswith("tiny-other-F32 loaded · ")
    finally:
        window.close()
        window.ctx.close()
