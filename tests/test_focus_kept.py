"""The keyboard stays somewhere useful when what it is on changes, and shows where it is: a
regenerated answer, the recommended models' Try again, the Models window's table as it
refreshes, Enter on buttons and in dialogs' fields, the search hits, the focus frames in both
themes. Real Qt widgets offscreen (QApplication.focusWidget(), keys through qtbot), real
llama.cpp on a tiny GGUF, real SQLite files."""

from __future__ import annotations

import importlib.util
import os
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from test_welcome import close_window

from chatapp.context import open_app
from chatapp.ui.app import make_application
from chatapp.ui.main_window import MainWindow

pytest_plugins = ("hub_fixtures",)
needs_llama = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                                 reason="llama-cpp-python is not installed")
CTRL = Qt.KeyboardModifier.ControlModifier


def open_window(qtbot, size: tuple[int, int] = (1000, 700), max_tokens: int = 4) -> MainWindow:
    make_application()
    ctx = open_app()
    ctx.settings.sampling.max_tokens = max_tokens
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def wait_answer(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.runner is None and window.answers.titler is None, timeout=60000)


@needs_llama
def test_regenerate_leaves_the_keyboard_on_the_new_answer(qtbot, tiny_home: Path) -> None:
    """Ctrl+R with the keyboard on an answer's "ⓘ model" puts it on the new version's, and
    Enter there opens how it was made as Space does (was: nothing had the keyboard after
    Ctrl+R, and Enter did nothing on the label)."""
    from chatapp.ui.provenance import ProvenancePopup

    window = open_window(qtbot)
    try:
        qtbot.keyClicks(window.composer.edit, "hello")
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
        wait_answer(qtbot, window)
        answer = window.chat_view.bubbles[-1]
        answer.header.setFocus()
        qtbot.waitUntil(answer.header.hasFocus, timeout=2000)
        qtbot.keyClick(answer.header, Qt.Key.Key_R, CTRL)
        new = window.chat_view.bubbles[-1]
        assert new is not answer and new.message.id != answer.message.id
        assert QApplication.focusWidget() is new.header  # while it is written, and after
        wait_answer(qtbot, window)
        assert QApplication.focusWidget() is new.header and new.position.text() == "2/2"

        qtbot.keyClick(new.header, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: any(p.isVisible() for p in new.findChildren(ProvenancePopup)),
                        timeout=2000)
        popup = next(p for p in new.findChildren(ProvenancePopup) if p.isVisible())
        popup.close()

        new.regenerate_button.setFocus()  # a button that is locked while the answer is written
        qtbot.keyClick(new.regenerate_button, Qt.Key.Key_Return)  # Enter presses it
        newest = window.chat_view.bubbles[-1]
        assert newest.message.id not in (answer.message.id, new.message.id)
        focused = QApplication.focusWidget()
        assert focused is not None and newest.isAncestorOf(focused), focused
        wait_answer(qtbot, window)
    finally:
        close_window(window)


def test_a_message_gone_gives_the_keyboard_to_the_message_box(qtbot, chatapp_home: Path) -> None:
    """Another conversation shown, or the messages gone, from under the keyboard: it goes to
    the message box, where typed keys land (was: nowhere), not onto another conversation's
    message."""
    window = open_window(qtbot)
    try:
        store = window.ctx.store
        shown = []
        for title in ("Alpha", "Beta"):
            conversation = store.create_conversation(title)
            question = store.add_message(conversation.id, None, "user", f"{title} question")
            store.add_message(conversation.id, question.id, "assistant", "answer",
                              finish_reason="stop")
            shown.append(conversation.id)
        window.refresh_sidebar()
        window.open_conversation(shown[0])
        bubble = window.chat_view.bubbles[0]
        bubble.copy_button.setFocus()
        qtbot.waitUntil(bubble.copy_button.hasFocus, timeout=2000)
        window.open_conversation(shown[1])
        assert QApplication.focusWidget() is window.composer.edit
        window.open_conversation(shown[0])
        bubble = window.chat_view.bubbles[0]
        bubble.copy_button.setFocus()
        qtbot.waitUntil(bubble.copy_button.hasFocus, timeout=2000)
        window.chat_view.show_messages([])
        assert QApplication.focusWidget() is window.composer.edit
        qtbot.keyClicks(QApplication.focusWidget(), "typed")
        assert window.composer.edit.toPlainText() == "typed"
    finally:
        close_window(window)


def test_try_again_takes_the_keyboard_when_the_hub_cannot_be_reached(
        qtbot, chatapp_home: Path, online) -> None:
    """Show recommended models pressed with the keyboard, the Hub unreachable: the keyboard
    is on Try again (was: on nothing once the button was replaced)."""
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    os.environ["HF_ENDPOINT"] = f"http://127.0.0.1:{port}"
    try:
        window = open_window(qtbot)
        welcome = window.welcome
        welcome.show_button.setFocus()
        qtbot.waitUntil(welcome.show_button.hasFocus, timeout=2000)
        qtbot.keyClick(welcome.show_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: welcome.folder_button.isVisible(), timeout=30000)
        assert welcome.show_button.text() == "Try again"
        assert QApplication.focusWidget() is welcome.show_button
        close_window(window)
    finally:
        del os.environ["HF_ENDPOINT"]


def test_the_models_table_keeps_its_row_and_the_keyboard_as_it_refreshes(
        qtbot, chatapp_home: Path) -> None:
    """On this computer: Tab into the table selects its current row (its buttons enabled);
    a refresh (every 3 s while the window shows) keeps that row selected and the keyboard on
    Model settings… (was: the selection emptied, every button disabled, the keyboard lost)."""
    window = open_window(qtbot)
    try:
        window.browse_models()
        browser = window.model_browser
        qtbot.waitUntil(browser.isVisible, timeout=3000)
        browser.tabs.setCurrentIndex(1)
        browser.activateWindow()
        qtbot.waitUntil(browser.isActiveWindow, timeout=3000)
        tree = browser.library_tree
        assert tree.topLevelItemCount() >= 1 and not tree.selectedItems()
        tree.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(tree.hasFocus, timeout=2000)
        assert tree.selectedItems() and browser.settings_button.isEnabled()
        chosen = browser.selected_model().path
        browser.settings_button.setFocus()
        qtbot.waitUntil(browser.settings_button.hasFocus, timeout=2000)
        browser.refresh_library()
        assert browser.selected_model() is not None and browser.selected_model().path == chosen
        assert browser.settings_button.isEnabled()
        assert QApplication.focusWidget() is browser.settings_button
    finally:
        close_window(window)


def test_enter_in_a_path_field_does_not_open_a_file_browser(qtbot, chatapp_home: Path) -> None:
    """In the Evaluate dialog Start is the default and no Browse… is: Enter in the prompt
    file's field starts (here: says what is wrong with the file), no file dialog opens (was:
    Browse…, the first button after the field, was the default)."""
    from chatapp.ui.eval_dialog import EvalDialog

    window = open_window(qtbot)
    try:
        dialog = EvalDialog(window.ctx, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible, timeout=2000)
        for button in (dialog.browse_prompts_button, dialog.browse_folder_button):
            assert not button.isDefault() and not button.autoDefault()
        assert dialog.start_button.isDefault()
        dialog.prompt_edit.setFocus()
        qtbot.waitUntil(dialog.prompt_edit.hasFocus, timeout=2000)
        qtbot.keyClicks(dialog.prompt_edit, str(chatapp_home / "nothing-here.txt"))
        qtbot.keyClick(dialog.prompt_edit, Qt.Key.Key_Return)
        assert QApplication.activeModalWidget() is None  # no file dialog
        assert not [w for w in QApplication.topLevelWidgets()
                    if w.isVisible() and w.inherits("QFileDialog")]
        assert "nothing-here.txt" in dialog.progress_label.text()
        assert dialog.prompt_edit.hasFocus()
        dialog.close()
    finally:
        close_window(window)


def test_search_hits_up_and_esc_go_back_to_the_search_box(qtbot, chatapp_home: Path) -> None:
    """Up on the first hit goes back to the search box, Esc in the hits empties the search
    there; the selected hit is written in the highlighted-text colour; the words a hit
    selected in a message are unselected once the search changes (was: Up stayed, Esc did
    nothing, black text on blue, the words stayed selected)."""
    from PySide6.QtWidgets import QLabel

    from chatapp.ui.theme import apply_theme

    apply_theme(make_application(), "light")
    window = open_window(qtbot)
    try:
        store = window.ctx.store
        for title in ("Trains", "Boats"):
            conversation = store.create_conversation(title)
            store.add_message(conversation.id, None, "user", f"About {title.lower()}")
        window.refresh_sidebar()
        sidebar, search = window.sidebar, window.sidebar.search
        search.setFocus()
        qtbot.keyClicks(search, "about")
        qtbot.waitUntil(lambda: sidebar.showing_hits and sidebar.list.count() == 2)
        qtbot.keyClick(search, Qt.Key.Key_Down)
        assert sidebar.list.hasFocus()
        item = sidebar.list.currentItem()
        label = sidebar.list.itemWidget(item)
        assert isinstance(label, QLabel) and item.isSelected()
        assert label.foregroundRole() == QPalette.ColorRole.HighlightedText
        other = sidebar.list.itemWidget(sidebar.list.item(1))
        assert other.foregroundRole() == QPalette.ColorRole.WindowText
        body = window.chat_view.bubbles[0].body
        qtbot.waitUntil(lambda: body.textCursor().selectedText().lower() == "about")
        qtbot.keyClick(sidebar.list, Qt.Key.Key_Up)
        assert search.hasFocus() and search.text() == "about"
        qtbot.keyClick(search, Qt.Key.Key_Down)
        qtbot.keyClick(sidebar.list, Qt.Key.Key_Escape)
        assert search.hasFocus() and search.text() == ""
        qtbot.waitUntil(lambda: not sidebar.showing_hits)
        assert body.textCursor().selectedText() == "" and window.chat_view.marked == ""
    finally:
        close_window(window)


def test_enter_on_a_search_hit_leaves_the_keyboard_in_the_message_box(
        qtbot, chatapp_home: Path) -> None:
    """Ctrl+F, words, Down, Enter: the hit's conversation opens with its words selected and
    the keyboard in the message box; Esc there empties the search (was: the keyboard went to
    the hit's read-only text, with no frame: typed letters went nowhere and Esc left the list
    filtered)."""
    window = open_window(qtbot)
    try:
        store = window.ctx.store
        for title, text in (("Law", "The Constitution of 1987"), ("Food", "Adobo")):
            conversation = store.create_conversation(title)
            question = store.add_message(conversation.id, None, "user", text)
            store.add_message(conversation.id, question.id, "assistant", "Yes.",
                              finish_reason="stop")
        window.refresh_sidebar()
        sidebar, search, edit = window.sidebar, window.sidebar.search, window.composer.edit
        qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
        assert search.hasFocus()
        qtbot.keyClicks(search, "Constitution")
        qtbot.waitUntil(lambda: sidebar.showing_hits and sidebar.list.count() == 1)
        qtbot.keyClick(search, Qt.Key.Key_Down)
        qtbot.keyClick(sidebar.list, Qt.Key.Key_Return)
        body = window.chat_view.bubbles[0].body
        qtbot.waitUntil(lambda: body.textCursor().selectedText() == "Constitution")
        qtbot.wait(100)  # (the hit is scrolled to once the conversation is laid out)
        assert QApplication.focusWidget() is edit
        qtbot.keyClicks(edit, "ok")
        assert edit.toPlainText() == "ok"
        qtbot.keyClick(edit, Qt.Key.Key_Escape)
        assert search.text() == "" and edit.hasFocus()
        qtbot.waitUntil(lambda: not sidebar.showing_hits and sidebar.list.count() >= 2)
    finally:
        close_window(window)


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_keyboard_shows_in_both_themes(qtbot, chatapp_home: Path, theme: str) -> None:
    """A suggestion, the message box, the empty conversation list, the chat area and "Find
    a chat model…" are framed in the highlight colour where the keyboard is, and nothing
    moves (was: a slightly lighter box, or nothing, in the dark theme)."""
    from chatapp.ui.theme import apply_theme

    apply_theme(make_application(), theme)
    window = open_window(qtbot)
    try:
        window.base_note.show()  # (as for a base model: the starter)
        prompts = [b for b in window.welcome.findChildren(QPushButton, "examplePrompt")
                   if b.isVisible()]
        widgets: list[QWidget] = [prompts[0], window.composer.edit, window.sidebar.list,
                                  window.chat_view, window.base_note.button]
        highlight = window.palette().color(QPalette.ColorRole.Highlight).getRgb()[:3]
        for widget in widgets:
            assert widget.isVisible(), widget
            window.sidebar.new_button.setFocus()
            QApplication.processEvents()
            before, hint = widget.grab().toImage(), widget.sizeHint()
            widget.setFocus()
            qtbot.waitUntil(widget.hasFocus, timeout=2000)
            QApplication.processEvents()
            after = widget.grab().toImage()
            assert after.size() == before.size() and widget.sizeHint() == hint
            edge = after.pixelColor(after.width() // 2, 0).getRgb()[:3]
            assert edge == highlight, (widget, edge, highlight)
            assert before.pixelColor(before.width() // 2, 0).getRgb()[:3] != highlight
    finally:
        apply_theme(make_application(), "light")
        close_window(window)


def test_the_status_bar_tooltip_adds_no_method(qtbot, chatapp_home: Path, capfd,
                                               qtlog) -> None:
    """The window and the Models window open without PySide's "addMetaMethod: Cannot add
    dynamic method setToolTip(QString)… QStatusBar" on stderr (was: each time); a status
    bar's tooltip is its message."""
    window = open_window(qtbot)
    try:
        window.browse_models()
        for bar in (window.statusBar(), window.model_browser.statusBar()):
            bar.showMessage("A long message")
            assert bar.toolTip() == "A long message"
        assert "addMetaMethod" not in capfd.readouterr().err
        assert not [r for r in qtlog.records if "addMetaMethod" in r.message]
    finally:
        close_window(window)


def test_a_long_status_message_is_whole_in_the_tooltip_of_both_windows(
        qtbot, chatapp_home: Path) -> None:
    """A message too long for the status bar ends in "…" and its tooltip holds all of it,
    in the main window and the Models window (was: the tooltip cut at the same place as
    the line, "… Maybe its downloa…", and the Models window's line cut mid-word)."""
    from PySide6.QtWidgets import QStatusBar

    long = ("corrupt-truncated-Q4_0.gguf cannot be used: The file is cut short or "
            "incomplete: its model data should be 491 kB, but the file holds only 246 kB. "
            "Maybe its download stopped part way: download it again, or delete it.")
    window = open_window(qtbot, size=(700, 500))
    try:
        window.browse_models()
        window.model_browser.resize(600, 400)
        for bar in (window.statusBar(), window.model_browser.statusBar()):
            bar.showMessage(long, 10000)
            shown = QStatusBar.currentMessage(bar)  # what the bar draws
            assert shown.endswith("…") and long.startswith(shown[:-1]), shown
            assert bar.toolTip() == long and bar.currentMessage() == long
    finally:
        close_window(window)


def test_the_documents_entry_is_named_as_what_it_opens(qtbot, chatapp_home: Path) -> None:
    """F1 lists Ctrl+Shift+D as the document collections it opens (was: "Search in
    documents")."""
    from chatapp.ui.help_menu import ShortcutsDialog

    window = open_window(qtbot)
    try:
        dialog = ShortcutsDialog(window)
        qtbot.addWidget(dialog)
        rows = {dialog.table.item(r, 1).text(): dialog.table.item(r, 0).text()
                for r in range(dialog.table.rowCount())}
        assert rows["Ctrl+Shift+D"] == "Document collections"
        opened = []

        def close_it() -> None:
            modal = QApplication.activeModalWidget()
            opened.append(modal.windowTitle() if modal is not None else None)
            if modal is not None:
                modal.close()

        QTimer.singleShot(500, close_it)
        window.docs.action.trigger()  # (the dialog is modal: closed above)
        assert opened == ["Documents"]
    finally:
        close_window(window)


def test_a_narrow_box_keeps_its_hint_whole_and_a_new_chat_starts_at_the_top(
        qtbot, chatapp_home: Path) -> None:
    """At the smallest window the message box's hint is a shorter one that fits, and a new
    chat's welcome is shown from its heading even when it is taller than the view (was: the
    hint wrapped with its end cut off; at twice the scale it opened scrolled down)."""
    window = open_window(qtbot, size=(1024, 700))
    try:
        edit = window.composer.edit
        assert edit.placeholderText().startswith("Write a message… (Enter")
        edit.setFixedWidth(200)  # (the box at the smallest window, in Malay, is narrower)
        qtbot.waitUntil(lambda: edit.placeholderText() == "Write a message…", timeout=2000)
        room = edit.viewport().width()
        assert edit.fontMetrics().horizontalAdvance(edit.placeholderText()) < room

        window.resize(1024, 400)  # the welcome taller than the view
        window.new_conversation()
        bar = window.chat_view.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
        qtbot.wait(50)
        assert bar.value() == 0
    finally:
        close_window(window)



def _shot(window: MainWindow, widget: QWidget):
    """widget as drawn in its window (what lies behind a transparent button included)."""
    from PySide6.QtCore import QPoint, QRect

    QApplication.processEvents()
    return window.grab(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())).toImage()


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_flat_buttons_look_like_buttons_in_both_themes(qtbot, chatapp_home: Path,
                                                       theme: str) -> None:
    """"Model settings…" and a message's Copy and Edit have an outline, a background under
    the mouse, and where the keyboard is a frame two pixels wide in the highlight colour, as
    New chat has, and nothing moves (was, in the light theme: drawn as plain text, a hover
    background as light as what lies behind, and a one-pixel, faint frame on New chat)."""
    from PySide6.QtTest import QTest

    from chatapp.ui.theme import apply_theme

    apply_theme(make_application(), theme)
    window = open_window(qtbot)
    try:
        store = window.ctx.store
        chat = store.create_conversation("A chat")
        store.add_message(chat.id, None, "user", "Hello there")
        window.open_conversation(chat.id)
        qtbot.waitUntil(lambda: len(window.chat_view.bubbles) == 1)
        bubble = window.chat_view.bubbles[0]
        highlight = window.palette().color(QPalette.ColorRole.Highlight).getRgb()[:3]
        flat = [window.composer.model_settings_button, bubble.copy_button, bubble.edit_button]
        for button in [*flat, window.sidebar.new_button]:
            assert button.isVisible(), button
            window.composer.edit.setFocus()
            rest, hint = _shot(window, button), button.sizeHint()
            middle = rest.height() // 2
            if button in flat:  # an outline unlike what lies inside it
                edge, inside = rest.pixelColor(0, middle), rest.pixelColor(3, middle)
                assert abs(edge.lightness() - inside.lightness()) >= 30, (button, theme)
                QTest.mouseMove(button, button.rect().center())
                qtbot.waitUntil(button.underMouse, timeout=2000)
                hovered = _shot(window, button).pixelColor(3, middle)
                assert abs(hovered.lightness() - inside.lightness()) >= 12, (button, theme)
                QTest.mouseMove(window.chat_view, window.chat_view.rect().center())
            button.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(button.hasFocus, timeout=2000)
            framed = _shot(window, button)
            assert framed.size() == rest.size() and button.sizeHint() == hint
            for y in (0, 1):  # two pixels wide
                assert framed.pixelColor(framed.width() // 2, y).getRgb()[:3] == highlight, (
                    button, theme, y)
    finally:
        apply_theme(make_application(), "light")
        close_window(window)


@needs_llama
def test_the_meter_says_its_count_is_an_estimate_until_the_model_counts(
        qtbot, starter_home: Path) -> None:
    """Before the model is loaded the meter's count is an estimate (≈), and its tooltip says
    so; once loaded the model counts (was: "Context used: 21 of 4096 tokens" before, 22
    after, nothing said of the first being a guess)."""
    window = open_window(qtbot)
    try:
        window.composer.edit.setPlainText("Tell me about lighthouses, please.")
        window.update_meter()
        meter = window.composer.meter
        assert meter.format().startswith("≈ ")
        assert meter.toolTip().startswith("Context used: about ")
        assert "an estimate" in meter.toolTip()
        model = window.current_model()
        window.ctx.chat.pipeline.backend(model)  # loaded, as a first answer loads it
        qtbot.waitUntil(lambda: window.ctx.chat.pipeline.is_free(model), timeout=60000)
        window.update_meter()
        assert not meter.format().startswith("≈")
        assert meter.toolTip().startswith("Context used: ") and "estimate" not in meter.toolTip()
    finally:
        close_window(window)
