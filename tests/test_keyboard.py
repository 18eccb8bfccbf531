"""The keyboard in the main window: each Alt letter opens one menu of the menu bar, picks one
entry of a menu or one field of a settings dialog, in every language; Tab goes through the
window in reading order. Real Qt widgets offscreen with the shipped translations."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QMenu, QWidget  # noqa: E402

from chatapp.context import open_app  # noqa: E402
from chatapp.ui.app import install_language, make_application  # noqa: E402


def mnemonic(text: str) -> str | None:
    """The letter after the single "&" of a menu text (lower case), None without one."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    """Letters that more than one of texts use, with the texts."""
    seen: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            seen.setdefault(letter, []).append(text)
    return {letter: names for letter, names in seen.items() if len(names) > 1}


def menus_of(menu: QMenu, found: dict[str, QMenu]) -> None:
    found[menu.title()] = menu
    for item in menu.actions():
        if item.menu() is not None:
            menus_of(item.menu(), found)


def list_menus(sidebar) -> list[QMenu]:
    """The conversation list's menus: a conversation's (pinned or not) and a run's (its
    answers shown or not)."""
    from PySide6.QtWidgets import QListWidgetItem

    from chatapp.ui.sidebar import ID_ROLE, PINNED_ROLE

    menus = []
    for pinned in (False, True):
        item = QListWidgetItem("a conversation")
        item.setData(ID_ROLE, 1)
        item.setData(PINNED_ROLE, pinned)
        menus.append(sidebar.conversation_menu(item))
    for expanded in (set(), {7}):
        sidebar.expanded = expanded
        menus.append(sidebar.run_menu(7))
    return menus


def test_every_alt_letter_picks_one_entry_in_every_language(qtbot, chatapp_home: Path) -> None:
    from chatapp.ui.main_window import MainWindow

    app = make_application()
    ctx = open_app()
    problems = []
    try:
        for language in ("en", "id", "ms", "fil"):
            install_language(app, language)
            window = MainWindow(ctx)
            bar = [item.text() for item in window.menuBar().actions()]
            if clashes(bar) or not all(mnemonic(text) for text in bar):
                problems.append((language, "menu bar", bar))
            if clashes(bar + widget_texts(window)):  # a field's letter is the window's too
                problems.append((language, "window", clashes(bar + widget_texts(window))))
            new = window.sidebar.new_button  # the narrowest list still shows it whole
            if window.sidebar.minimumWidth() < new.sizeHint().width() + 16:
                problems.append((language, "New chat", new.sizeHint().width()))
            found: dict[str, QMenu] = {}
            for item in window.menuBar().actions():
                menus_of(item.menu(), found)
            for title, menu in found.items():
                texts = [item.text() for item in menu.actions()
                         if not item.isSeparator() and item.text()]
                if clashes(texts):
                    problems.append((language, title, clashes(texts)))
                if any(data and str(data).startswith("language:") for data in (
                        item.data() for item in menu.actions())) and not all(
                        mnemonic(text) for text in texts):  # (was: none in Language)
                    problems.append((language, title, texts))
            for menu in list_menus(window.sidebar):  # each entry has a letter of its own
                texts = [item.text() for item in menu.actions() if item.text()]
                if clashes(texts) or not all(mnemonic(text) for text in texts):
                    problems.append((language, "list", texts))
            window.close()
            window.deleteLater()
    finally:
        install_language(app, "en")
        ctx.close()
    assert problems == [], "\n".join(map(repr, problems))


def widget_texts(root) -> list[str]:
    """The texts with an Alt letter of a dialog's shown buttons, labels and group titles."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    shown = [w for kind in (QAbstractButton, QLabel, QGroupBox) for w in root.findChildren(kind)
             if w.isVisibleTo(root)]  # a hidden field's letter does nothing
    texts = [w.title() if isinstance(w, QGroupBox) else w.text() for w in shown]
    return [text for text in texts if mnemonic(text)]


def test_every_alt_letter_of_the_settings_dialogs_is_one_field(
        qtbot, chatapp_home: Path, tiny_model: Path) -> None:
    from chatapp.ui.conversation_settings import ConversationSettingsDialog
    from chatapp.ui.model_settings import ModelSettingsDialog
    from chatapp.ui.variant_editor import VariantDialog

    app = make_application()
    ctx = open_app()
    problems = []
    try:
        model = ctx.library.resolve(str(tiny_model))
        for language in ("en", "id", "ms", "fil"):
            install_language(app, language)
            dialogs = [
                ConversationSettingsDialog(ctx.settings.sampling, "", {}, model, ctx.store,
                                           library=ctx.library),
                ModelSettingsDialog(model, None, ctx.engine.n_ctx, drafts=[model]),
                VariantDialog([model], ctx.settings.sampling, ctx.library, collections=["Office"])]
            for dialog in dialogs:
                texts = widget_texts(dialog)
                if clashes(texts):
                    problems.append((language, dialog.windowTitle(), clashes(texts)))
                dialog.deleteLater()
    finally:
        install_language(app, "en")
        ctx.close()
    assert problems == [], "\n".join(map(repr, problems))


def test_every_alt_letter_of_every_window_is_one_control(qtbot, chatapp_home: Path) -> None:
    """Each window and dialog of the menus (but Qt's file pickers), opened as the user opens
    them, in every language: no two of its controls share an Alt letter (was: Alt+A in
    Compare only moved between Arena, Add pane and Stop all)."""
    from functools import partial

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

    from chatapp.ui.main_window import MainWindow

    app = make_application()
    ctx = open_app()
    problems, seen = [], set()

    def look(window, language: str, text: str) -> None:
        for shown in QApplication.topLevelWidgets():
            if shown is window or not shown.isVisible() or shown.windowType() not in (
                    Qt.WindowType.Window, Qt.WindowType.Dialog):
                continue
            seen.add(type(shown).__name__)
            if not isinstance(shown, QFileDialog) and clashes(widget_texts(shown)):
                problems.append((language, text, clashes(widget_texts(shown))))
            shown.reject() if isinstance(shown, QDialog) else shown.close()

    try:
        for language in ("en", "id", "ms", "fil"):
            install_language(app, language)
            window = MainWindow(ctx)
            qtbot.addWidget(window)
            window.show()
            for item in [a for a in window.findChildren(QAction)
                         if a.text().endswith("…") and a.isEnabled()]:
                QTimer.singleShot(0, partial(look, window, language, item.text()))
                item.trigger()
                qtbot.wait(10)
            window.close()
    finally:
        install_language(app, "en")
        ctx.close()
    assert {"CompareWindow", "DefaultsDialog", "LocalApiDialog", "DocumentsDialog",
            "EvalDialog", "ModelBrowser", "TemplateDialog"} <= seen, seen
    assert problems == [], "\n".join(map(repr, problems))


def tab_chain(window) -> list:
    """The widgets Tab reaches from the message box, in order, up to the message box."""
    start = stop = window.composer.edit
    chain = []
    while (stop := stop.nextInFocusChain()) is not start:
        if stop.isVisible() and stop.isEnabled() and stop.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(stop)
    return chain


def test_tab_goes_through_the_window_in_reading_order(qtbot, chatapp_home: Path) -> None:
    from chatapp.ui.bubble import Bubble
    from chatapp.ui.main_window import MainWindow

    make_application()
    ctx = open_app()
    try:
        conversation = ctx.store.create_conversation("Two turns")
        parent = None
        for role, text in (("user", "Hello one"), ("assistant", "Answer one"),
                           ("user", "Hello two"), ("assistant", "Answer two")):
            parent = ctx.store.add_message(conversation.id, parent and parent.id, role, text,
                                           finish_reason="stop" if role == "assistant" else None)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        chain = tab_chain(window)
        sidebar, composer = window.sidebar, window.composer
        head = [sidebar.new_button, sidebar.search, sidebar.list, window.chat_view]
        assert chain[:6] == [composer.attach_button, composer.button, *head]
        note = [window.base_note.button] if window.base_note.isVisible() else []
        tail = [*note, composer.model_box, composer.model_settings_button,
                composer.settings_button, window.docs.button]
        assert chain[-len(tail):] == tail
        inside = chain[6:-len(tail)]
        owners = []
        for widget in inside:
            while not isinstance(widget, Bubble):
                widget = widget.parentWidget()
            if not owners or owners[-1] != widget.message.content:
                owners.append(widget.message.content)
        # every bubble's buttons and text together, top to bottom
        assert owners == ["Hello one", "Answer one", "Hello two", "Answer two"]
        # an answer's bubble made later joins the chain at its place, before the composer
        window.chat_view.add_message(ctx.store.add_message(
            conversation.id, parent.id, "user", "Hello three"))
        qtbot.waitUntil(lambda: window.chat_view.bubbles[-1].isVisible())
        later = tab_chain(window)
        assert later[-len(tail):] == tail
        last_in_view = later[-len(tail) - 1]
        while not isinstance(last_in_view, Bubble):
            last_in_view = last_in_view.parentWidget()
        assert last_in_view.message.content == "Hello three"
        window.close()
    finally:
        ctx.close()


def test_the_search_box_empties_with_esc_and_goes_down_to_the_results(
        qtbot, chatapp_home: Path) -> None:
    from chatapp.ui.main_window import MainWindow

    make_application()
    ctx = open_app()
    try:
        for title in ("Trains", "Boats"):
            conversation = ctx.store.create_conversation(title)
            ctx.store.add_message(conversation.id, None, "user", f"About {title.lower()}")
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        search = window.sidebar.search
        search.setFocus()
        qtbot.keyClicks(search, "boats")
        qtbot.waitUntil(lambda: window.sidebar.showing_hits)
        qtbot.keyClick(search, Qt.Key.Key_Down)
        assert window.sidebar.list.hasFocus()
        assert window.sidebar.current_id() is not None
        body = window.chat_view.bubbles[0].body  # the hit's words are selected in it
        qtbot.waitUntil(lambda: body.textCursor().selectedText() == "boats")
        search.setText("about")  # both conversations: the arrows go through the hits
        qtbot.waitUntil(lambda: window.sidebar.list.count() == 2)
        search.setFocus()
        qtbot.keyClick(search, Qt.Key.Key_Down)
        first = window.conversation_id
        qtbot.keyClick(window.sidebar.list, Qt.Key.Key_Down)
        qtbot.wait(300)  # (the hit is scrolled to once the conversation is laid out)
        assert window.sidebar.list.hasFocus() and window.conversation_id != first
        search.setFocus()
        qtbot.keyClick(search, Qt.Key.Key_Escape)
        assert search.text() == ""
        window.close()
    finally:
        ctx.close()


def test_search_hits_wrap_again_when_the_list_is_resized(qtbot, chatapp_home: Path) -> None:
    from chatapp.ui.main_window import MainWindow

    make_application()
    ctx = open_app()
    try:
        conversation = ctx.store.create_conversation("Pasta")
        ctx.store.add_message(conversation.id, None, "user", "A pasta recipe " * 8)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.resize(1000, 600)  # (wider than the offscreen screen: not when shown)
        sidebar = window.sidebar
        sidebar.search.setText("pasta")
        qtbot.waitUntil(lambda: sidebar.showing_hits and sidebar.list.count() == 1)
        label = sidebar.list.itemWidget(sidebar.list.item(0))
        wide = label.width()
        narrower = sidebar.width() - 30  # the text wraps again
        assert narrower >= sidebar.minimumSizeHint().width()
        window.centralWidget().setSizes([narrower, 1000 - narrower])
        qtbot.waitUntil(lambda: label.width() < wide)
        assert label.width() == sidebar.list.viewport().width() - 8
        window.close()
    finally:
        ctx.close()


def test_search_says_when_more_conversations_match_than_are_listed(
        qtbot, chatapp_home: Path) -> None:
    from chatapp.ui.main_window import MainWindow
    from chatapp.ui.sidebar import ID_ROLE, SEARCH_HITS

    make_application()
    ctx = open_app()
    try:
        for n in range(SEARCH_HITS + 5):
            conversation = ctx.store.create_conversation(f"Trip {n}")
            ctx.store.add_message(conversation.id, None, "user", "a lighthouse walk")
        harbour = ctx.store.create_conversation("Harbour")
        ctx.store.add_message(harbour.id, None, "user", "the lighthouse at the harbour")
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        sidebar = window.sidebar
        sidebar.search.setText("lighthouse")
        qtbot.waitUntil(lambda: sidebar.showing_hits)
        rows = [sidebar.list.item(i) for i in range(sidebar.list.count())]
        assert len([r for r in rows if r.data(ID_ROLE) is not None]) == SEARCH_HITS
        assert rows[-1].text() == f"Only the first {SEARCH_HITS} are shown"
        assert "Add a word" in rows[-1].toolTip()
        window.centralWidget().setSizes([150, 850])  # a narrow list: the hits are not cut
        label = sidebar.list.itemWidget(rows[0])
        qtbot.waitUntil(lambda: label.geometry().right() < sidebar.list.viewport().width())
        sidebar.search.setText("lighthouse harbour")  # one conversation: no such line
        qtbot.waitUntil(lambda: sidebar.list.count() == 1)
        assert sidebar.list.item(0).data(ID_ROLE) == harbour.id
        window.close()
    finally:
        ctx.close()


def test_f1_lists_the_keyboard_shortcuts_and_about_says_where_things_are(
        qtbot, chatapp_home: Path) -> None:
    from chatapp.ui.help_menu import about_text
    from chatapp.ui.main_window import MainWindow

    make_application()
    ctx = open_app()
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        first = window.help_menu.actions()[0]
        assert first.shortcut().toString() == "F1"
        first.trigger()
        table = window.shortcuts_dialog.table
        rows = {table.item(r, 0).text(): table.item(r, 1).text()
                for r in range(table.rowCount())}
        assert rows["Send"] == "Ctrl+Enter" and rows["Keyboard shortcuts"] == "F1"
        assert rows["Continue answer"] == "Ctrl+Shift+Enter"  # the key printed "Enter"
        assert rows["Regenerate answer"] and all(rows.values())
        # a whole phrase (was: "Regenerate with", the menu's text without its "…")
        assert rows["Regenerate with another model"] == "Ctrl+Shift+R"
        assert "Regenerate with" not in rows
        # the keys of one part of the window are there too, with the platform's key names
        assert rows["Send the message (in the message box)"] == "Enter"
        assert rows["New line (in the message box or a message being edited)"] == "Shift+Enter"
        assert rows["Cancel editing (in a message being edited)"] == "Esc"
        assert rows["Delete the selected conversation (in the conversation list)"] == "Del"
        assert rows["Conversation menu (in the conversation list)"] == "Menu"
        assert rows["Previous version"] == "Alt+Left" and rows["Next version"] == "Alt+Right"
        assert rows["Undo delete"] == "Ctrl+Shift+Z, Ctrl+Z" and rows["Stop answer"] == "Esc"
        note = window.shortcuts_dialog.note.text()  # the keys named as the table names them
        assert "(Ctrl+Z, Ctrl+Del, Ctrl+A…) work on its text" in note, note
        assert rows["Delete answer and replies"] == "Ctrl+Del"
        window.shortcuts_dialog.grab().save(str(chatapp_home / "f1.png"))
        window.shortcuts_dialog.close()
        texts = [a.text() for a in window.help_menu.actions()]
        assert texts == ["&Keyboard shortcuts", "Open the &data folder", "Open the &log folder",
                         "&About ChatApp"]
        text = about_text(ctx.paths)
        assert str(ctx.paths.database) in text and str(ctx.paths.logs) in text
        # where the starter model is, and its size (was: not said, 253 MB in the cache)
        for starter in (ctx.paths.cache / "starter").glob("*.gguf"):
            assert f"Starter model: {starter} (" in text
        assert "llama-cpp-python 0." in text
        window.close()
    finally:
        ctx.close()


@pytest.mark.parametrize("language, label", [("fil", "Starter model: "),
                                             ("id", "Model pemula: ")])
def test_about_says_where_the_starter_model_is(qtbot, chatapp_home: Path, starter_file: Path,
                                               language: str, label: str) -> None:
    """was: About named where models live but not the starter model (253 MB in the cache)."""
    from chatapp.ui.help_menu import about_text

    app = make_application()
    install_language(app, language)
    ctx = open_app()
    try:
        ctx.library.models()  # (prepared on first use)
        starter = ctx.paths.cache / "starter" / starter_file.name
        assert starter.is_file()
        lines = about_text(ctx.paths).splitlines()
        said = [line for line in lines if str(starter) in line]
        assert said == [f"{label}{starter} ({said[0].rsplit('(', 1)[1]}"], lines
        assert said[0].endswith(" MB)"), said
    finally:
        install_language(app, "en")
        ctx.close()


def test_the_shortcut_list_says_whole_phrases_in_filipino(qtbot, chatapp_home: Path) -> None:
    """was: "I-regenerate gamit ang" (regenerate with the), a phrase cut short."""
    from chatapp.ui.help_menu import shortcuts
    from chatapp.ui.main_window import MainWindow

    app = make_application()
    install_language(app, "fil")
    ctx = open_app()
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        rows = dict(shortcuts(window))
        assert rows["I-regenerate sa ibang model"] == "Ctrl+Shift+R"
        assert not [name for name in rows if name.endswith((" ang", " ng", " sa"))], rows
        window.close()
    finally:
        install_language(app, "en")
        ctx.close()


def chat_window(qtbot, titles: tuple[str, ...] = ("Alpha", "Beta", "Gamma"), turns: int = 2):
    """A window over conversations of those titles (the last one shown), each with turns
    questions and long answers, in a fresh database."""
    from chatapp.ui.main_window import MainWindow

    make_application()
    ctx = open_app()
    for title in titles:
        conversation = ctx.store.create_conversation(title)
        parent = None
        for turn in range(turns):
            parent = ctx.store.add_message(conversation.id, parent and parent.id, "user",
                                           f"{title} question {turn}")
            parent = ctx.store.add_message(
                conversation.id, parent.id, "assistant",
                f"{title} answer {turn}\n\n" + "A long paragraph.\n\n" * 12, finish_reason="stop")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # shortcuts act in the active one
    return window


def trash(window) -> tuple[set[str], set[str]]:
    """The titles of the conversations and the texts of the messages in the trash, read from
    the SQLite file itself."""
    import sqlite3

    db = sqlite3.connect(window.ctx.paths.database)
    try:
        return ({r[0] for r in db.execute(
                    "SELECT title FROM conversations WHERE deleted_at IS NOT NULL")},
                {r[0].split("\n")[0] for r in db.execute(
                    "SELECT content FROM messages WHERE deleted_at IS NOT NULL")})
    finally:
        db.close()


def listed(window) -> list[str]:
    return [item.text() for item in window.sidebar.conversation_items()]


def choose(window, title: str) -> None:
    """Go to a conversation's row in the list (which opens it), the list focused."""
    row = next(item for item in window.sidebar.conversation_items() if item.text() == title)
    if window.conversation_id != row.data(Qt.ItemDataRole.UserRole):
        window.sidebar.list.setCurrentRow(-1)  # (the keyboard may be on it, not opened)
    window.sidebar.list.setCurrentItem(row)
    window.sidebar.list.setFocus()


CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def test_undo_brings_back_every_deletion_one_at_a_time(qtbot, chatapp_home: Path) -> None:
    window = chat_window(qtbot)
    try:
        box, button = window.sidebar.list, window.undo_button
        for title in ("Alpha", "Beta"):  # Delete in the list, one after the other
            choose(window, title)
            qtbot.keyClick(box, Qt.Key.Key_Delete)
            # the row next to it is shown and marked, the keyboard still in the list
            after = {"Alpha": "Beta", "Beta": "Gamma"}[title]
            assert box.currentItem().text() == after and box.hasFocus()
            assert [i.text() for i in box.selectedItems()] == [after]
            assert window.title_label.text() == after
        assert listed(window) == ["Gamma"]
        choose(window, "Gamma")
        answer = window.chat_view.bubbles[1]  # Gamma's first answer, with what follows it
        answer.copy_button.setFocus()
        qtbot.keyClick(answer.copy_button, Qt.Key.Key_Delete, CTRL)
        assert [b.text.split("\n")[0] for b in window.chat_view.bubbles] == ["Gamma question 0"]
        assert button.text() == "Undo: bring back 3 messages in “Gamma”"  # with its replies
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Delete, CTRL | SHIFT)  # the shown conversation
        assert listed(window) == [] and window.conversation_id is None
        assert trash(window) == ({"Alpha", "Beta", "Gamma"},
                                 {"Gamma answer 0", "Gamma question 1", "Gamma answer 1"})
        qtbot.waitUntil(lambda: button.width() >= button.sizeHint().width())  # not cut
        window.grab().save(str(chatapp_home / "undo.png"))

        steps = [  # what the button offers, then the trash once it is undone
            ("Undo: bring back “Gamma”",
             ({"Alpha", "Beta"}, {"Gamma answer 0", "Gamma question 1", "Gamma answer 1"})),
            ("Undo: bring back 3 messages in “Gamma”", ({"Alpha", "Beta"}, set())),
            ("Undo: bring back “Beta”", ({"Alpha"}, set())),
            ("Undo: bring back “Alpha”", (set(), set()))]
        for offered, left in steps:
            assert button.isVisible() and button.text() == offered
            assert window.undo_action.isEnabled()
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)  # Ctrl+Z outside a text field
            assert trash(window) == left
        assert not button.isVisible() and not window.undo_action.isEnabled()
        assert sorted(listed(window)) == ["Alpha", "Beta", "Gamma"]
        assert window.title_label.text() == "Alpha"  # the conversation brought back last
        choose(window, "Gamma")
        assert len(window.chat_view.messages) == 4
    finally:
        window.close()
        window.ctx.close()


def test_ctrl_z_after_del_in_the_list_brings_the_conversation_back(
        qtbot, chatapp_home: Path) -> None:
    """The message box had text typed and cleared (its own undo has something): Del in the
    list keeps the keyboard in the list, so Ctrl+Z undoes the deletion, not the typing."""
    window = chat_window(qtbot)
    try:
        edit = window.composer.edit
        edit.setFocus()
        qtbot.keyClicks(edit, "typed, then cleared")
        edit.clear()
        choose(window, "Beta")
        qtbot.keyClick(window.sidebar.list, Qt.Key.Key_Delete)
        assert window.sidebar.list.hasFocus() and trash(window)[0] == {"Beta"}
        qtbot.keyClick(window.sidebar.list, Qt.Key.Key_Z, CTRL)
        assert trash(window)[0] == set() and edit.toPlainText() == ""
    finally:
        window.close()
        window.ctx.close()


def test_the_keys_that_edit_text_edit_the_text_of_the_focused_field(
        qtbot, chatapp_home: Path) -> None:
    window = chat_window(qtbot, ("Alpha", "Beta"))
    try:
        choose(window, "Beta")
        edit, search = window.composer.edit, window.sidebar.search
        edit.setFocus()
        qtbot.keyClicks(edit, "hello big world")
        qtbot.keyClick(edit, Qt.Key.Key_Home)
        qtbot.keyClick(edit, Qt.Key.Key_Delete, CTRL)  # the next word goes, no message
        assert edit.toPlainText() == "big world"
        qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
        assert edit.toPlainText() == ""
        assert trash(window) == (set(), set()) and not window.undo_action.isEnabled()
        assert len(window.chat_view.messages) == 4 and listed(window) == ["Beta", "Alpha"]
        # in the empty box, where the window puts the keyboard, the menu's keys work:
        # Ctrl+Delete deletes the answer in view, Ctrl+Z (nothing to undo) brings it back,
        qtbot.keyClick(edit, Qt.Key.Key_Delete, CTRL)
        assert trash(window)[1] == {"Beta answer 1"} and len(window.chat_view.messages) == 3
        edit.clear()  # (the typing above is not there to undo)
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
        assert trash(window) == (set(), set()) and len(window.chat_view.messages) == 4
        # Ctrl+Shift+Delete deletes the conversation, Ctrl+Shift+Z (nothing to redo) undoes it
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Delete, CTRL | SHIFT)
        assert listed(window) == ["Alpha"] and trash(window)[0] == {"Beta"}
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL | SHIFT)
        assert trash(window) == (set(), set()) and listed(window) == ["Beta", "Alpha"]
        choose(window, "Beta")

        def delete_last_answer() -> None:
            answer = window.chat_view.bubbles[-1]
            answer.copy_button.setFocus()
            qtbot.keyClick(answer.copy_button, Qt.Key.Key_Delete, CTRL)
            assert trash(window)[1] == {"Beta answer 1"}

        delete_last_answer()
        search.setFocus()  # nothing of its typing to redo: Ctrl+Shift+Z is Undo delete
        qtbot.keyClick(search, Qt.Key.Key_Z, CTRL | SHIFT)
        assert trash(window) == (set(), set()) and len(window.chat_view.messages) == 4
        delete_last_answer()  # with the mouse, the keyboard in the box, emptied by a send:
        edit.clear()  # nothing of its typing to undo, so Ctrl+Z is Undo delete
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
        assert trash(window) == (set(), set()) and len(window.chat_view.messages) == 4
        delete_last_answer()
        for field in (edit, search):  # Ctrl+Z and Ctrl+Shift+Z undo and redo the typing
            field.setFocus()
            qtbot.keyClicks(field, "draft")
            qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
            text = field.toPlainText() if field is edit else field.text()
            assert text == "" and trash(window)[1] == {"Beta answer 1"}
            qtbot.keyClick(field, Qt.Key.Key_Z, CTRL | SHIFT)
            text = field.toPlainText() if field is edit else field.text()
            assert text == "draft" and trash(window)[1] == {"Beta answer 1"}
        window.undo_delete()

        window.tree.on_last("user", "edit")  # the message being edited takes its keys too
        box = window.chat_view.bubbles[-2].editor
        qtbot.keyClick(box.edit, Qt.Key.Key_Home)
        qtbot.keyClick(box.edit, Qt.Key.Key_Delete, CTRL)
        assert box.edit.toPlainText() == "question 1"
        assert trash(window) == (set(), set()) and len(window.chat_view.messages) == 4
    finally:
        window.close()
        window.ctx.close()


def test_chat_keys_act_on_the_focused_message_or_one_in_view(qtbot, chatapp_home: Path) -> None:
    window = chat_window(qtbot, ("Alpha",), turns=3)
    try:
        bubbles = window.chat_view.bubbles
        first_question, first_answer = bubbles[0], bubbles[1]
        first_question.copy_button.setFocus()  # a question: no answer to delete there
        qtbot.keyClick(first_question.copy_button, Qt.Key.Key_Delete, CTRL)
        assert trash(window) == (set(), set())
        first_answer.copy_button.setFocus()  # an early answer: that one, not the last
        qtbot.keyClick(first_answer.copy_button, Qt.Key.Key_Delete, CTRL)
        assert trash(window)[1] == {"Alpha answer 0", "Alpha question 1", "Alpha answer 1",
                                    "Alpha question 2", "Alpha answer 2"}
        window.undo_delete()
        assert trash(window) == (set(), set())

        view, box = window.chat_view, window.sidebar.list
        last = view.bubbles[-1]
        qtbot.waitUntil(lambda: last.isVisible() and view.verticalScrollBar().maximum() > 0)
        view.verticalScrollBar().setValue(0)
        assert not view.in_view(last)
        box.setFocus()  # no message focused: the last answer, once it is in view
        qtbot.keyClick(box, Qt.Key.Key_Delete, CTRL)
        assert trash(window) == (set(), set())
        assert view.in_view(last)
        qtbot.keyClick(box, Qt.Key.Key_Delete, CTRL)
        assert trash(window)[1] == {"Alpha answer 2"}
    finally:
        window.close()
        window.ctx.close()


def test_leaving_the_message_editor_gives_the_keyboard_back(qtbot, chatapp_home: Path) -> None:
    window = chat_window(qtbot, ("Alpha",))
    try:
        edit = window.composer.edit
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_E, CTRL)
        question = window.chat_view.bubbles[-2]
        assert question.editor is not None and question.editor.edit.hasFocus()
        qtbot.keyClicks(question.editor.edit, " more")
        qtbot.keyClick(question.editor.edit, Qt.Key.Key_Escape)
        assert question.editor is None and edit.hasFocus()  # where Ctrl+E was pressed
        question.edit_button.setFocus()
        qtbot.keyClick(question.edit_button, Qt.Key.Key_Space)
        window.grab().save(str(chatapp_home / "editing.png"))
        qtbot.keyClick(question.editor.edit, Qt.Key.Key_Return)  # unchanged: nothing sent
        assert question.editor is None and question.edit_button.hasFocus()
        assert len(window.chat_view.messages) == 4
    finally:
        window.close()
        window.ctx.close()


def test_the_keyboard_focus_shows_on_the_composers_buttons(qtbot, chatapp_home: Path) -> None:
    from PySide6.QtWidgets import QApplication, QPushButton

    window = chat_window(qtbot, ("Alpha",), turns=1)
    try:
        window.activateWindow()
        buttons = [window.composer.button, window.composer.model_settings_button,
                   window.composer.settings_button, window.docs.button,
                   window.sidebar.findChild(QPushButton, "newChatButton")]
        for button in buttons:
            window.composer.edit.setFocus()
            QApplication.processEvents()
            before = button.grab().toImage()
            button.setFocus()
            QApplication.processEvents()
            assert button.hasFocus()
            after = button.grab().toImage()
            assert after.size() == before.size()  # nothing moves
            assert after != before, button.text()  # where the keyboard is shows
    finally:
        window.close()
        window.ctx.close()


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_keyboard_focus_shows_on_a_messages_buttons(qtbot, chatapp_home: Path,
                                                        theme: str) -> None:
    """Copy, Edit, Regenerate… and the flat buttons under the chat are framed in the
    highlight colour where the keyboard is (was: a faintly lighter box or an underline in the
    dark theme), and nothing moves."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QToolButton

    from chatapp.ui.theme import apply_theme

    apply_theme(make_application(), theme)
    window = chat_window(qtbot, ("Alpha",), turns=1)
    try:
        bubbles = [b for b in window.chat_view.findChildren(QWidget)
                   if b.objectName() in ("userBubble", "assistantBubble")]
        buttons = [b for bubble in bubbles for b in bubble.findChildren(QToolButton)
                   if b.isVisible() and b.isEnabled()
                   and b.focusPolicy() & Qt.FocusPolicy.TabFocus]
        assert len(buttons) >= 4
        buttons += [window.composer.model_settings_button, window.composer.settings_button,
                    window.docs.button]  # (flat ones: was an underline, faint when dark)
        highlight = window.palette().color(QPalette.ColorRole.Highlight).getRgb()[:3]
        for button in buttons:
            window.composer.edit.setFocus()
            QApplication.processEvents()
            before = button.grab().toImage()
            button.setFocus()
            qtbot.waitUntil(button.hasFocus, timeout=2000)
            QApplication.processEvents()
            after = button.grab().toImage()
            assert after.size() == before.size()
            edge = after.pixelColor(after.width() // 2, 0).getRgb()[:3]
            assert edge == highlight, (button.accessibleName(), edge, highlight)
    finally:
        apply_theme(make_application(), "light")
        window.close()
        window.ctx.close()


def test_enter_on_a_conversation_or_a_model_goes_to_the_message_box(
        qtbot, chatapp_home: Path) -> None:
    window = chat_window(qtbot, ("Alpha", "Beta"), turns=1)
    try:
        box = window.sidebar.list
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Down)  # arrows only look: the keyboard stays
        assert box.hasFocus()
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert window.composer.edit.hasFocus()
        qtbot.keyClicks(window.composer.edit, "z")
        assert window.composer.edit.toPlainText() == "z"
        window.model_box.setFocus()  # a model picked in the picker: the same
        window.model_box.activated.emit(window.model_box.currentIndex())  # Enter in its list
        assert window.composer.edit.hasFocus()
    finally:
        window.close()
        window.ctx.close()


def test_tab_into_the_list_opens_nothing_until_enter(qtbot, chatapp_home: Path) -> None:
    """Tab from a new chat's message box into the list leaves the new chat (and its draft)
    shown: Qt makes the first row current, which opened it; Enter opens that row."""
    window = chat_window(qtbot, ("Alpha", "Beta"), turns=1)
    try:
        window.sidebar.new_button.click()
        qtbot.keyClicks(window.composer.edit, "my draft")
        box = window.sidebar.list
        box.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(box.hasFocus, timeout=3000)
        qtbot.wait(50)
        assert window.conversation_id is None and box.currentItem() is not None
        assert window.composer.edit.toPlainText() == "my draft"
        first = box.currentItem().data(Qt.ItemDataRole.UserRole)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert window.conversation_id == first and window.composer.edit.hasFocus()
        qtbot.keyClick(box, Qt.Key.Key_Down)  # arrows open as they move
        assert window.conversation_id != first
    finally:
        window.close()
        window.ctx.close()


def test_a_compare_panes_answer_shows_the_keyboard_is_on_it(qtbot, tiny_home: Path) -> None:
    """Tab stops on each pane's answer (the keys scroll it there): it is framed in the
    highlight colour then, and named for a screen reader."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from chatapp.ui.compare_view import CompareWindow
    from chatapp.ui.theme import apply_theme

    app = make_application()
    apply_theme(app, "light")
    ctx = open_app()
    view = CompareWindow(ctx)
    qtbot.addWidget(view)
    view.show()
    try:
        pane = view.panes[0]
        assert pane.scroll.accessibleName() == "Answer"

        def edge(widget) -> tuple[int, int, int]:
            QApplication.processEvents()
            image = view.grab().toImage()
            corner = widget.mapTo(view, widget.rect().topLeft())
            return image.pixelColor(corner.x() + widget.width() // 2, corner.y()).getRgb()[:3]

        highlight = pane.scroll.palette().color(QPalette.ColorRole.Highlight).getRgb()[:3]
        for widget in (pane.scroll, pane.view):
            view.composer.setFocus()
            assert edge(widget) != highlight
            widget.setFocus()
            qtbot.waitUntil(widget.hasFocus, timeout=2000)
            assert edge(widget) == highlight, widget
    finally:
        view.close_without_asking()
        ctx.close()



def test_alt_with_a_letter_no_control_takes_types_nothing(qtbot, chatapp_home: Path) -> None:
    """Alt+J (no menu or button has J) does nothing in the message box or a dialog's field
    (was: typed "j", and the next Enter sent it); the letter alone, Shift with it and
    Ctrl+Alt (AltGr on Windows) type as before."""
    from PySide6.QtWidgets import QLineEdit

    window = chat_window(qtbot, ("Alpha",))
    try:
        edit = window.composer.edit
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(edit, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier | SHIFT)
        assert edit.toPlainText() == ""
        qtbot.keyClick(edit, Qt.Key.Key_J)
        qtbot.keyClick(edit, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier | CTRL)
        assert edit.toPlainText() == "jj"
        field = QLineEdit(window)
        qtbot.keyClick(field, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClicks(field, "ok")
        assert field.text() == "ok"
    finally:
        window.close()
        window.ctx.close()


def test_home_and_end_go_to_the_first_and_last_conversation(qtbot, chatapp_home: Path) -> None:
    """The list starts with a heading ("Today") nobody picks: Home went nowhere."""
    window = chat_window(qtbot, ("Alpha", "Beta", "Gamma"), turns=1)
    try:
        choose(window, "Beta")
        listing = window.sidebar.list
        qtbot.keyClick(listing, Qt.Key.Key_Home)
        assert listing.currentItem().text() == listed(window)[0]
        qtbot.keyClick(listing, Qt.Key.Key_End)
        assert listing.currentItem().text() == listed(window)[-1]
    finally:
        window.close()
        window.ctx.close()


def test_delete_all_conversations_asks_first_and_undo_brings_them_back(
        qtbot, chatapp_home: Path) -> None:
    """File → Delete all conversations… asks (No is the default); Yes moves every one to the
    trash, their drafts too; one Undo brings them all back; at the app's close they are
    gone from the database file for good."""
    from PySide6.QtWidgets import QApplication, QMessageBox
    from test_window_failures import answer_box

    window = chat_window(qtbot)
    database = window.ctx.paths.database
    action = next(a for a in window.findChildren(type(window.undo_action))
                  if a.text() == "&Delete all conversations…")

    def answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
        answer_box(button, seen, before=lambda: seen.append(
            QApplication.activeModalWidget().defaultButton().text()))

    try:
        seen: list[str] = []
        answer(QMessageBox.StandardButton.No, seen)
        action.trigger()
        assert seen[0].startswith("All 3 conversations go to the trash.") and seen[2] == "&No"
        assert sorted(listed(window)) == ["Alpha", "Beta", "Gamma"]
        answer(QMessageBox.StandardButton.Yes, seen)
        action.trigger()
        assert listed(window) == [] and window.conversation_id is None
        assert trash(window)[0] == {"Alpha", "Beta", "Gamma"}
        assert window.undo_button.text() == "Undo: bring back all 3 conversations"
        window.undo_action.trigger()
        assert sorted(listed(window)) == ["Alpha", "Beta", "Gamma"] and trash(window)[0] == set()
        answer(QMessageBox.StandardButton.Yes, seen)
        action.trigger()
    finally:
        window.close()
        window.ctx.close()
    assert not any(b"Gamma answer" in path.read_bytes()
                   for path in database.parent.glob("chatapp.db*"))
