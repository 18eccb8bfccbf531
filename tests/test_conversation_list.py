"""The conversation list in the real window (offscreen Qt widgets, a real SQLite file): what
a row shows when its title is long, and which row is marked after the shown conversation is
deleted."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from test_keyboard import CTRL, SHIFT, chat_window, choose, listed, trash

from chatapp.ui.sidebar import ID_ROLE


def test_the_being_written_mark_shows_however_long_the_title(qtbot, chatapp_home: Path) -> None:
    """The ✎ of the conversation whose answer is being written comes first, where the list
    does not cut it off (was: after the title, whose end a narrow list cuts off)."""
    title = "A very long title about the history of the sea and of the ships that sailed it"
    window = chat_window(qtbot, (title, "Short"), turns=1)
    try:
        sidebar = window.sidebar
        conversations = window.ctx.store.conversations()
        writing = next(c.id for c in conversations if c.title == title)
        sidebar.set_conversations(conversations, window.conversation_id, writing=writing)
        row = next(i for i in sidebar.conversation_items() if title in i.text())
        width = sidebar.list.visualItemRect(row).width()
        shown = sidebar.list.fontMetrics().elidedText(row.text(), Qt.TextElideMode.ElideRight,
                                                      width)
        assert shown != row.text() and shown.startswith("✎ ")  # cut, but not the mark
        assert row.data(Qt.ItemDataRole.AccessibleTextRole).endswith(
            "(an answer is being written)")
        other = next(i for i in sidebar.conversation_items() if i is not row)
        assert other.text() == "Short"
    finally:
        window.close()
        window.ctx.close()


def marked(window) -> tuple[int | None, list[int]]:
    """The conversation of the list's current row (its focus frame) and those selected."""
    box = window.sidebar.list
    current = box.currentItem()
    return (current.data(Qt.ItemDataRole.UserRole) if current is not None else None,
            [item.data(Qt.ItemDataRole.UserRole) for item in box.selectedItems()])


def test_deleting_the_shown_conversation_shows_the_next_one(qtbot, chatapp_home: Path) -> None:
    """The conversation listed after the deleted one (else before it) is shown and marked in
    the list; with none left, a new chat and no row marked (was: a new chat shown while the
    list's frame marked another conversation)."""
    window = chat_window(qtbot, ("Alpha", "Beta", "Gamma", "Delta"), turns=1)
    try:
        ids = {c.title: c.id for c in window.ctx.store.conversations()}
        box, edit = window.sidebar.list, window.composer.edit
        assert listed(window) == ["Delta", "Gamma", "Beta", "Alpha"]
        window.open_conversation(ids["Delta"])
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Delete, CTRL | SHIFT)  # from the message box
        assert window.conversation_id == ids["Gamma"] and window.title_label.text() == "Gamma"
        assert marked(window) == (ids["Gamma"], [ids["Gamma"]]) and edit.hasFocus()
        window.sidebar.deleteRequested.emit(ids["Alpha"])  # one not shown (its menu): it stays
        assert window.conversation_id == ids["Gamma"]
        assert marked(window) == (ids["Gamma"], [ids["Gamma"]])
        choose(window, "Beta")  # the last row: the one above it comes
        qtbot.keyClick(box, Qt.Key.Key_Delete)
        assert window.conversation_id == ids["Gamma"] and box.hasFocus()
        assert [b.text.split("\n")[0] for b in window.chat_view.bubbles][0] == "Gamma question 0"
        assert marked(window) == (ids["Gamma"], [ids["Gamma"]])
        qtbot.keyClick(box, Qt.Key.Key_Delete)  # the last one: a new chat, nothing marked
        assert listed(window) == [] and window.conversation_id is None
        assert marked(window) == (None, []) and window.chat_view.bubbles == []
        qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)  # Undo shows it again, marked
        assert window.conversation_id == ids["Gamma"]
        assert marked(window) == (ids["Gamma"], [ids["Gamma"]])
    finally:
        window.close()
        window.ctx.close()


def test_delete_in_the_list_on_a_new_chat_keeps_the_keyboard_on_the_next_row(
        qtbot, chatapp_home: Path) -> None:
    """Tab from a new chat into the list, Delete, Delete: each removes the row the keyboard is
    on, nothing opens and the new chat stays (was: after the first Delete no row was current,
    and the second did nothing)."""
    window = chat_window(qtbot, ("Alpha", "Beta", "Gamma"), turns=1)
    try:
        ids = {c.title: c.id for c in window.ctx.store.conversations()}
        box = window.sidebar.list
        window.sidebar.new_button.click()
        box.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(box.hasFocus, timeout=3000)
        assert marked(window) == (ids["Gamma"], [])  # (Qt made the first row current)
        qtbot.keyClick(box, Qt.Key.Key_Delete)
        assert listed(window) == ["Beta", "Alpha"] and box.hasFocus()
        assert marked(window) == (ids["Beta"], []) and window.conversation_id is None
        qtbot.keyClick(box, Qt.Key.Key_Delete)
        assert listed(window) == ["Alpha"] and marked(window) == (ids["Alpha"], [])
        qtbot.keyClick(box, Qt.Key.Key_Delete)  # the last one: none left to be on
        assert listed(window) == [] and marked(window) == (None, [])
        assert window.conversation_id is None
    finally:
        window.close()
        window.ctx.close()


@pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                    reason="llama-cpp-python is not installed")
def test_the_clicked_search_hit_stays_marked_while_its_answer_is_written(
        qtbot, tiny_home: Path) -> None:
    """A search hit clicked, then an answer started there (Send, Ctrl+R): the hit's row stays
    marked while the answer is written and after (was: the list of hits filled again with no
    row marked, the conversation still open)."""
    window = chat_window(qtbot, ("Alpha", "Beta", "Gamma"), turns=1)
    window.ctx.settings.sampling.max_tokens = 4
    try:
        ids = {c.title: c.id for c in window.ctx.store.conversations()}
        sidebar, edit = window.sidebar, window.composer.edit
        qtbot.mouseClick(sidebar.search, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(sidebar.search, "question")
        qtbot.waitUntil(lambda: sidebar.showing_hits and len(sidebar.conversation_items()) == 3,
                        timeout=3000)
        hit = next(i for i in sidebar.conversation_items() if i.data(ID_ROLE) == ids["Beta"])
        qtbot.mouseClick(sidebar.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=sidebar.list.visualItemRect(hit).center())
        assert window.conversation_id == ids["Beta"]
        assert marked(window) == (ids["Beta"], [ids["Beta"]])
        edit.setFocus()
        qtbot.keyClicks(edit, "Beta question 1")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert window.runner is not None and sidebar.showing_hits
        assert marked(window) == (ids["Beta"], [ids["Beta"]])  # while it is written
        qtbot.waitUntil(lambda: window.runner is None and window.answers.titler is None,
                        timeout=60000)
        assert window.conversation_id == ids["Beta"] and sidebar.showing_hits
        assert marked(window) == (ids["Beta"], [ids["Beta"]])
        qtbot.keyClick(edit, Qt.Key.Key_R, CTRL)  # regenerate
        assert window.runner is not None
        assert marked(window) == (ids["Beta"], [ids["Beta"]])
        qtbot.waitUntil(lambda: window.runner is None and window.answers.titler is None,
                        timeout=60000)
        assert marked(window) == (ids["Beta"], [ids["Beta"]])
        labels = [sidebar.list.itemWidget(i) for i in sidebar.conversation_items()]
        painted = [label.foregroundRole() for label in labels]  # its words in the marked colour
        assert painted.count(QPalette.ColorRole.HighlightedText) == 1
        sidebar.search.clear()  # the list of conversations: the same one marked
        qtbot.waitUntil(lambda: not sidebar.showing_hits, timeout=3000)
        assert marked(window) == (ids["Beta"], [ids["Beta"]])
    finally:
        window.close()
        window.ctx.close()


def test_delete_conversation_works_from_a_text_field_with_text_in_it(
        qtbot, chatapp_home: Path) -> None:
    """Ctrl+Shift+Delete deletes the open conversation from the message box with a draft in
    it and from the search box with words in it, their text untouched (was: nothing
    happened until the chat area was clicked); the other keys of the menus reach the window
    from both fields too, but those that edit the field's text (Ctrl+Delete, Ctrl+Z with
    typing to undo) and Esc in the search box."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QAction, QKeyEvent
    from PySide6.QtWidgets import QApplication

    window = chat_window(qtbot, ("Alpha", "Beta", "Gamma"))
    try:
        edit, search = window.composer.edit, window.sidebar.search
        choose(window, "Gamma")
        edit.setFocus()
        qtbot.keyClicks(edit, "my draft here")
        qtbot.keyClick(edit, Qt.Key.Key_Home)
        qtbot.keyClick(edit, Qt.Key.Key_Delete, CTRL | SHIFT)
        assert trash(window)[0] == {"Gamma"} and listed(window) == ["Beta", "Alpha"]
        assert window.title_label.text() == "Beta" and edit.hasFocus()
        window.undo_delete()  # its draft comes back with it, whole
        choose(window, "Gamma")
        assert trash(window)[0] == set() and edit.toPlainText() == "my draft here"
        search.setFocus()
        qtbot.keyClicks(search, "zz")
        qtbot.keyClick(search, Qt.Key.Key_Delete, CTRL | SHIFT)
        assert trash(window)[0] == {"Gamma"} and search.text() == "zz"
        window.undo_delete()
        own = {"Ctrl+Del", "Ctrl+Z"}  # (each field has typing to undo here)
        for field, keys in ((edit, own), (search, own | {"Esc"})):
            field.setFocus()
            qtbot.keyClicks(field, "words")
            for act in window.findChildren(QAction):
                for sequence in act.shortcuts():
                    combo = sequence[0]
                    override = QKeyEvent(QEvent.Type.ShortcutOverride, combo.key(),
                                         combo.keyboardModifiers())
                    override.ignore()
                    QApplication.sendEvent(field, override)  # taken: the field's, not the menu's
                    name = sequence.toString()
                    assert override.isAccepted() == (name in keys), (field, name)
    finally:
        window.close()
        window.ctx.close()


def test_deleting_all_of_one_conversation_says_the_conversation(qtbot,
                                                                chatapp_home: Path) -> None:
    """With one conversation, Delete all conversations… asks about "the conversation" and
    Undo offers it back, in every language (was: "All 1 conversations go to the trash",
    "Semua 1 percakapan masuk ke tempat sampah", "Undo: bring back all 1 conversations")."""
    from languages import in_each_language
    from PySide6.QtWidgets import QMessageBox
    from test_window_failures import answer_box

    window = chat_window(qtbot, ("Alpha",))
    action = next(a for a in window.findChildren(type(window.undo_action))
                  if a.text() == "&Delete all conversations…")
    said: dict[str, tuple[str, str]] = {}
    status: dict[str, str] = {}  # the status bar's line
    try:
        for language in in_each_language():
            seen: list[str] = []
            answer_box(QMessageBox.StandardButton.Yes, seen)
            action.trigger()
            assert trash(window)[0] == {"Alpha"}
            said[language] = (seen[0], window.undo_button.text())
            status[language] = window.statusBar().currentMessage()
            window.undo_action.trigger()
            assert listed(window) == ["Alpha"]
    finally:
        window.close()
        window.ctx.close()
    assert said["en"] == (
        "The conversation goes to the trash. Undo brings it back until ChatApp closes; then "
        "it is deleted for good, from the database file too.",
        "Undo: bring back the conversation")
    for language, (question, undo) in said.items():
        assert "1" not in question + undo and "{" not in question + undo, language
    assert said["id"][1] == "Urungkan: kembalikan percakapan itu"
    # was: "All conversations deleted." (and "Semua percakapan dihapus.") for the one
    assert status["en"] == "Conversation deleted."
    assert len(set(status.values())) == len(status), status
