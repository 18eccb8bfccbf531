"""A long branch of which only a part is made into bubbles (opened at a search hit, or after a
switch of versions on an early message): the keys that act on "the last" message act on the
branch's real last one, and paging keeps the reading place. Real Qt widgets offscreen, real
SQLite files, real llama.cpp on a tiny GGUF."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from test_conversation_window import close_window, open_window, wait_answer  # noqa: E402
from test_keyboard import trash  # noqa: E402

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
TURNS = 17


def long_conversation(window) -> tuple[int, dict[str, int]]:
    """A conversation of TURNS turns ("Turn N" and "Answer N"), whose Answer 2 has an older
    version ("Answer 2, first try") with nothing below it; the ids by text."""
    store = window.ctx.store
    c = store.create_conversation(title="Long").id
    ids: dict[str, int] = {}
    parent = None
    for turn in range(1, TURNS + 1):
        question = store.add_message(c, parent, "user", f"Turn {turn}")
        if turn == 2:
            ids["Answer 2, first try"] = store.add_message(
                c, question.id, "assistant", "Answer 2, first try", finish_reason="stop").id
        answer = store.add_message(c, question.id, "assistant",
                                   f"Answer {turn}\n\n" + "A paragraph.\n\n" * 4,
                                   finish_reason="stop")
        ids[f"Turn {turn}"], ids[f"Answer {turn}"] = question.id, answer.id
        parent = answer.id
    store.switch_branch(c, parent)
    window.refresh_sidebar()
    return c, ids


def firsts(window) -> list[str]:
    return [b.text.split("\n")[0] for b in window.chat_view.bubbles]


def test_the_last_message_keys_act_on_the_branchs_last_message(qtbot, tiny_home: Path) -> None:
    """Opened at a search hit on Turn 5 (only Turns 3–7 made into bubbles), with the keyboard
    in the message box: Ctrl+E edits Turn 17 (was: Turn 7), Ctrl+Delete deletes only Answer 17
    (was: Answer 7 and the 21 messages below it), Ctrl+R answers Turn 17 again (was: Turn 7,
    on a new short branch), Alt+Left/Right switch Answer 2's versions (was: nothing)."""
    window = open_window(qtbot)
    try:
        store = window.ctx.store
        c, ids = long_conversation(window)
        view, edit = window.chat_view, window.composer.edit
        window.open_conversation(c, ids["Turn 5"])
        assert "Turn 17" not in firsts(window) and view.later_button.isVisibleTo(window)
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_E, CTRL)
        editing = [b for b in view.bubbles if b.editor is not None]
        assert [b.message.id for b in editing] == [ids["Turn 17"]]
        qtbot.keyClick(editing[0].editor.edit, Qt.Key.Key_Escape)
        assert not view.editing()

        window.open_conversation(c, ids["Turn 5"])
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Delete, CTRL)  # brings it into view
        qtbot.waitUntil(lambda: (bubble := view.bubble_for(ids["Answer 17"])) is not None
                        and view.in_view(bubble))
        assert trash(window) == (set(), set())
        # said, so that the first press is not taken for one that did nothing (was: nothing)
        assert window.statusBar().currentMessage() == (
            "The last answer is shown now: press Ctrl+Delete again to delete it.")
        qtbot.keyClick(edit, Qt.Key.Key_Delete, CTRL)
        assert trash(window)[1] == {"Answer 17"}
        window.undo_delete()
        assert trash(window) == (set(), set())

        window.open_conversation(c, ids["Turn 5"])
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Left, ALT)  # Answer 2 is not among the bubbles
        assert firsts(window)[-2:] == ["Turn 2", "Answer 2, first try"]
        assert store.current_branch(c)[-1].id == ids["Answer 2, first try"]
        qtbot.keyClick(edit, Qt.Key.Key_Right, ALT)
        assert store.current_branch(c)[-1].id == ids["Answer 17"]

        window.open_conversation(c, ids["Turn 5"])
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_R, CTRL)
        wait_answer(qtbot, window)
        answers = store.children(ids["Turn 17"], c)
        assert len(answers) == 2 and len(store.children(ids["Turn 7"], c)) == 1
        assert store.current_branch(c)[-1].id == answers[1].id
        assert firsts(window)[-2] == "Turn 17"
    finally:
        close_window(window)


def test_show_earlier_messages_keeps_the_reading_place(qtbot, tiny_home: Path) -> None:
    """Show earlier messages (a click, or Enter on it) keeps Turn 13, the message first shown,
    where it was on screen, and the keyboard goes to the message box once the button goes
    (was: the view jumped to Turn 1; then a caret in Turn 13's text)."""
    window = open_window(qtbot)
    try:
        c, ids = long_conversation(window)
        view = window.chat_view
        bar = view.verticalScrollBar()
        for press in ("click", "enter"):
            window.open_conversation(c)
            qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
            assert firsts(window)[0] == "Turn 13" and view.earlier_button.isVisible()
            bar.setValue(0)
            top = view.bubbles[0]
            before = top.parentWidget().y() - bar.value()
            if press == "click":
                qtbot.mouseClick(view.earlier_button, Qt.MouseButton.LeftButton)
            else:
                view.earlier_button.setFocus()
                qtbot.keyClick(view.earlier_button, Qt.Key.Key_Return)
                assert window.composer.edit.hasFocus()  # a question has no "ⓘ model"
            assert firsts(window)[0] == "Turn 1" and not view.earlier_button.isVisible()
            qtbot.wait(100)  # (what the layout does after the event loop turns)
            assert abs(top.parentWidget().y() - bar.value() - before) <= 2, press
            assert view.in_view(top) and not view.in_view(view.bubbles[0])
    finally:
        close_window(window)


def test_show_earlier_messages_leaves_no_caret_in_a_message(qtbot, tiny_home: Path) -> None:
    """Show earlier messages (clicked, or Enter on it) puts the keyboard on the answer that was
    at the top as a whole (its "ⓘ model"), or, a question at the top, in the message box
    (was: a text caret inside that message's text)."""
    from PySide6.QtWidgets import QApplication

    from chatapp.ui.markdown_view import MarkdownView

    window = open_window(qtbot)
    try:
        c, ids = long_conversation(window)
        window.ctx.store.add_message(c, ids[f"Answer {TURNS}"], "user", "Turn 18")
        view, edit = window.chat_view, window.composer.edit
        for press in ("click", "enter"):
            window.open_conversation(c)
            top = view.bubbles[0]
            assert firsts(window)[0] == "Answer 13" and view.earlier_button.isVisible()
            edit.setFocus()
            qtbot.waitUntil(edit.hasFocus)
            if press == "click":
                qtbot.mouseClick(view.earlier_button, Qt.MouseButton.LeftButton)
            else:
                view.earlier_button.setFocus()
                qtbot.keyClick(view.earlier_button, Qt.Key.Key_Return)
            assert top.header.hasFocus(), QApplication.focusWidget()
            assert firsts(window)[0] == "Turn 1" and not view.earlier_button.isVisible()
            qtbot.wait(50)
            assert not isinstance(QApplication.focusWidget(), MarkdownView)
    finally:
        close_window(window)
