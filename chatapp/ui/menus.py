"""The main window's menus and shortcuts, declared as one table of actions; the keys that
edit text left to the text field that has the focus; the Undo button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.i18n import LANGUAGES, choose_language, translate_text
from chatapp.session import Deletion
from chatapp.ui.app import install_language
from chatapp.ui.conversation_io import export_conversation, import_conversations
from chatapp.ui.conversation_settings import (
    edit_conversation_settings,
    edit_presets,
    fill_preset_menu,
)
from chatapp.ui.errors import guarded
from chatapp.ui.layouts import exec_once
from chatapp.ui.template_view import show_template

# what the Undo button brings back next, by the kind of deletion (session.Deletion.kind)
UNDO_TEXTS = {
    "conversation": QT_TRANSLATE_NOOP("MainWindow", "Undo: bring back “{title}”"),
    "answer": QT_TRANSLATE_NOOP("MainWindow", "Undo: bring back the answer in “{title}”"),
    "message": QT_TRANSLATE_NOOP("MainWindow", "Undo: bring back the message in “{title}”"),
    "messages": QT_TRANSLATE_NOOP("MainWindow",
                                  "Undo: bring back {count} messages in “{title}”"),
    "run": QT_TRANSLATE_NOOP("MainWindow", "Undo: bring back the evaluation run “{title}”"),
    "all": QT_TRANSLATE_NOOP("MainWindow", "Undo: bring back all {count} conversations"),
    # (one conversation has a text of its own: "all 1 conversation" in languages with no plural)
    "all_one": QT_TRANSLATE_NOOP("MainWindow", "Undo: bring back the conversation"),
}
ALL_TO_TRASH_ONE = QT_TRANSLATE_NOOP(
    "MainWindow", "The conversation goes to the trash. Undo brings it back until ChatApp "
    "closes; then it is deleted for good, from the database file too.")
ALL_TO_TRASH = QT_TRANSLATE_NOOP(
    "MainWindow", "All {count} conversations go to the trash. Undo brings them back until "
    "ChatApp closes; then they are deleted for good, from the database file too.")
# the keys that edit the text of a text field (with Delete and Backspace, whatever the
# modifiers): the window's shortcuts on them wait while a text field has the focus
_K = QKeySequence.StandardKey
TEXT_KEYS = (_K.Undo, _K.Redo, _K.SelectAll, _K.Cut, _K.Copy, _K.Paste, _K.DeleteEndOfWord,
             _K.DeleteStartOfWord, _K.DeleteEndOfLine, _K.DeleteCompleteLine)


def action(window, text: str, shortcut, slot: Callable) -> QAction:
    """An action of the window (its shortcut, or list of shortcuts, works anywhere in it but
    on the text of a text field); failures of slot are shown in one line."""
    item = QAction(text, window)
    if isinstance(shortcut, list):
        item.setShortcuts(shortcut)
    elif shortcut is not None:
        item.setShortcut(shortcut)
    item.triggered.connect(guarded(slot, window))
    window.addAction(item)
    return item


def build_menus(window) -> None:
    """The menu bar: File, Chat, Settings, Models, Compare, Help. Rows of the table are
    (menu, window attribute, text, shortcut, slot); a row without a slot is a submenu, None
    a separator."""
    key, last, translate = QKeySequence, window.tree.on_last, QCoreApplication.translate
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    chat_menu = window.menuBar().addMenu(translate("MainWindow", "&Chat"))
    table = [
        (file_menu, "new_action", translate("MainWindow", "&New chat"), key.StandardKey.New,
         window.new_conversation),
        (file_menu, "preset_menu", translate("MainWindow", "New chat from &preset"), None, None),
        (file_menu, "", translate("MainWindow", "Pre&sets…"), None, lambda: edit_presets(window)),
        None,
        (file_menu, "export_action", translate("MainWindow", "&Export conversation…"),
         key("Ctrl+Shift+E"), lambda: export_conversation(window, window.conversation_id)),
        (file_menu, "", translate("MainWindow", "Export &all conversations…"), None,
         lambda: export_conversation(window, None, everything=True)),
        (file_menu, "", translate("MainWindow", "&Import conversations…"), key("Ctrl+Shift+I"),
         lambda: (import_conversations(window), show_undo(window))),  # it may restore one
        (file_menu, "", translate("MainWindow", "&Delete all conversations…"), None,
         lambda: delete_all(window)),
        None,
        (file_menu, "quit_action", translate("MainWindow", "&Quit"), key("Ctrl+Q"), window.close),
        (chat_menu, "send_action", translate("MainWindow", "&Send"),
         [key("Ctrl+Enter"), key("Ctrl+Return")],  # the menu shows the first: Enter
         window.composer.submit),
        (chat_menu, "stop_action", translate("MainWindow", "S&top answer"), key("Escape"),
         window.stop),
        None,
        (chat_menu, "regenerate_action", translate("MainWindow", "&Regenerate answer"),
         key("Ctrl+R"), lambda: last(("assistant", "user"), "regenerate")),
        (chat_menu, "regenerate_with_action", translate("MainWindow", "Regenerate &with…"),
         key("Ctrl+Shift+R"), lambda: last("assistant", "regenerate-with")),
        (chat_menu, "continue_action", translate("MainWindow", "C&ontinue answer"),
         [key("Ctrl+Shift+Enter"), key("Ctrl+Shift+Return")],
         lambda: last("assistant", "continue")),
        (chat_menu, "edit_action", translate("MainWindow", "&Edit last message…"), key("Ctrl+E"),
         lambda: last("user", "edit")),
        (chat_menu, "copy_action", translate("MainWindow", "&Copy answer"), key("Ctrl+Shift+C"),
         lambda: last("assistant", "copy-md")),
        (chat_menu, "previous_action", translate("MainWindow", "&Previous version"),
         key("Alt+Left"), lambda: window.tree.step(-1)),
        (chat_menu, "next_action", translate("MainWindow", "Ne&xt version"), key("Alt+Right"),
         lambda: window.tree.step(1)),
        (chat_menu, "delete_message_action", translate("MainWindow", "Delete &answer and replies"),
         key("Ctrl+Delete"), lambda: last("assistant", "delete")),
        None,
        (chat_menu, "model_action", translate("MainWindow", "Choose &model"), key("Ctrl+M"),
         window.focus_model),
        (chat_menu, "model_settings_action", translate("MainWindow", "Model settin&gs…"), None,
         window.edit_model_settings),
        (chat_menu, "settings_action", translate("MainWindow", "S&ystem prompt && parameters…"),
         key("Ctrl+,"), lambda: edit_conversation_settings(window)),
        (chat_menu, "template_action", translate("MainWindow", "Chat temp&late…"), key("Ctrl+T"),
         lambda: show_template(window)),
        None,
        (chat_menu, "search_action", translate("MainWindow", "Searc&h conversations"),
         key.StandardKey.Find, window.focus_search),
        (chat_menu, "pin_action", translate("MainWindow", "Pi&n conversation"), key("Ctrl+Shift+P"),
         window.toggle_pin),
        (chat_menu, "rename_action", translate("MainWindow", "Rename con&versation…"), key("F2"),
         lambda: window.rename_conversation(window.conversation_id)),
        (chat_menu, "delete_action", translate("MainWindow", "&Delete conversation"),
         key("Ctrl+Shift+Delete"),
         lambda: window.delete_conversation(window.conversation_id)),
        (chat_menu, "undo_action", translate("MainWindow", "&Undo delete"),
         [key("Ctrl+Shift+Z"), key.StandardKey.Undo], window.undo_delete),
    ]
    menu = file_menu
    for row in table:
        if row is None:
            menu.addSeparator()
            continue
        menu, name, text, shortcut, slot = row
        item = menu.addMenu(text) if slot is None else action(window, text, shortcut, slot)
        if slot is not None:
            menu.addAction(item)
        if name:
            setattr(window, name, item)
    window.undo_action.setEnabled(False)
    # the keyboard shortcut list names it without "…": a whole phrase there (see help_menu)
    window.regenerate_with_action.setProperty(
        "listedAs", translate("MainWindow", "Regenerate with another model"))
    # Ctrl+Q quits from the app's other windows too (Compare, Models, the leaderboard)
    window.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    window.text_keys = TextKeys(window)
    window.preset_menu.aboutToShow.connect(lambda: fill_preset_menu(window))
    _settings_menu(window)
    from chatapp.ui.compare_menu import install_compare_menu
    from chatapp.ui.connections import add_connections_action
    from chatapp.ui.model_browser import install_models_menu

    install_models_menu(window)
    add_connections_action(window)
    install_compare_menu(window)
    from chatapp.ui.help_menu import install_help_menu

    install_help_menu(window)


def editable_text(widget: QWidget | None) -> bool:
    """Whether widget is a text field the user types in (not a read-only text)."""
    return isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)) and not widget.isReadOnly()


class TextKeys(QObject):
    """Leaves the keys that edit text (Ctrl+Delete, Ctrl+Z, Ctrl+A…) to the window's text
    field that has the focus, before the window's shortcuts on the same keys; Undo or Redo
    with nothing to take back in the field (Ctrl+Z, Ctrl+Shift+Z) stays the window's (Undo
    delete), and so does Ctrl+Delete in an empty field (Delete answer and replies);
    Ctrl+Shift+Delete (Delete conversation) is the window's in every field, its text
    untouched."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        QApplication.instance().focusChanged.connect(self._focused)

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if editable_text(new) and new.window() is self.window:
            new.installEventFilter(self)  # once: installing again moves it to the front

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """A text key for the focused text field is its own; Undo or Redo with nothing to
        take back goes on to the window."""
        if (event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent)
                or not editable_text(watched)
                or not (event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                        or any(event.matches(keys) for keys in TEXT_KEYS))):
            return False
        line = isinstance(watched, QLineEdit)
        history = watched if line else watched.document()  # (what undoes the typing)
        for keys, left in ((QKeySequence.StandardKey.Redo, history.isRedoAvailable),
                           (QKeySequence.StandardKey.Undo, history.isUndoAvailable)):
            if event.matches(keys) and not left():
                event.ignore()  # nothing to take back in the field: Undo delete's key
                return True
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        text = watched.text() if line else watched.toPlainText()
        if event.key() == Qt.Key.Key_Delete and (
                event.modifiers() == ctrl | shift or (not text and event.modifiers() == ctrl)):
            # Delete conversation's key from anywhere, the text left as it is; Ctrl+Delete
            # with nothing to delete in the field: the message's
            event.ignore()
            return True
        event.accept()
        return True


def delete_all(window) -> None:
    """Move every conversation of the list to the trash, once asked (No is the default);
    Undo brings them back until the app closes, when they are deleted for good."""
    from chatapp.ui.errors import message_box

    translate = QCoreApplication.translate
    count = len(window.ctx.store.conversations())
    if not count or (window.runner is not None
                     and window.answers.writes_in(window.runner.conversation_id)):
        return
    if not message_box(window, translate("MainWindow", "Delete all conversations?"),
                       translate("MainWindow", ALL_TO_TRASH_ONE if count == 1
                                 else ALL_TO_TRASH).format(count=count),
                       question=True, risky=True):
        return
    shown = window.conversation_id is not None
    if shown:
        window._swap_draft(None)  # its draft goes with it, the new chat's comes
    window.session.delete_all()
    # one conversation is "the conversation" here too (was: "All conversations deleted.")
    window.deleted(translate("MainWindow", "Conversation deleted.") if count == 1
                   else translate("MainWindow", "All conversations deleted."))
    if shown:
        window.new_conversation()
    window.refresh_sidebar()


def show_undo(window) -> None:
    """Offer Undo (the button and the Chat menu) while deletions are left to bring back; the
    button says which one comes back next."""
    deletion: Deletion | None = window.session.next_undo()
    window.undo_action.setEnabled(deletion is not None)
    window.undo_button.setVisible(deletion is not None)
    if deletion is None:
        return
    button = window.undo_button
    title = button.fontMetrics().elidedText(
        deletion.title or QCoreApplication.translate("MainWindow", "New conversation"),
        Qt.TextElideMode.ElideRight, 220)
    count = (deletion.branch.count if deletion.branch is not None
             else len(deletion.conversations) or 1)
    kind = "messages" if deletion.branch is not None and count > 1 else deletion.kind
    kind = "all_one" if kind == "all" and count == 1 else kind
    text = QCoreApplication.translate("MainWindow", UNDO_TEXTS[kind]).format(
        title=title, count=count)
    button.setText(text)
    button.setAccessibleName(text)
    button.setToolTip(QCoreApplication.translate(
        "MainWindow", "Deletions that Undo can bring back: {count}").format(
        count=len(window.session.deleted)))


def _settings_menu(window) -> None:
    from chatapp.ui.theme import install_theme_menu

    translate, settings = QCoreApplication.translate, window.ctx.settings
    menu = window.menuBar().addMenu(translate("MainWindow", "&Settings"))
    from chatapp.ui.defaults_dialog import edit_defaults

    window.defaults_action = menu.addAction(translate("MainWindow", "&Defaults…"))
    window.defaults_action.triggered.connect(guarded(lambda _=False: edit_defaults(window),
                                                     window))
    languages = menu.addMenu(translate("MainWindow", "&Language"))
    group = QActionGroup(languages)  # one language ticked at a time
    # each language by its own name, with an Alt letter of its own
    named = {"en": "&English", "id": "Bahasa &Indonesia", "ms": "Bahasa &Melayu",
             "fil": "&Filipino"}
    for code, name in (("", translate("MainWindow", "&System language")),
                       *((code, named.get(code, name)) for code, name in LANGUAGES.items())):
        item = languages.addAction(name)
        item.setData(f"language:{code}")
        item.setCheckable(True)
        group.addAction(item)
        item.setChecked(settings.language == code)
        item.triggered.connect(guarded(lambda _=False, c=code: _set_language(window, c), window))
    window.theme_menu = install_theme_menu(menu, settings, window.ctx.save_settings)
    from chatapp.ui.local_api import install_local_api

    install_local_api(window, menu)


#: the question a language chosen asks, in that language: its title, text and buttons
SWITCH_TEXTS = (
    QT_TRANSLATE_NOOP("MainWindow", "Language"),
    QT_TRANSLATE_NOOP("MainWindow", "Show ChatApp in this language now? The window opens again; "
                      "conversations and loaded models stay, an answer being written stops."),
    QT_TRANSLATE_NOOP("MainWindow", "Switch now"),
    QT_TRANSLATE_NOOP("MainWindow", "At the next start"),
    QT_TRANSLATE_NOOP("MainWindow", "Cancel"))


def _set_language(window, code: str) -> None:
    """Keep the language chosen and offer to open the window again in it now (asked in that
    language, which is installed only then: nothing on screen changes before; models stay
    loaded, an answer being written stops); Cancel keeps the one before."""
    settings, app = window.ctx.settings, QApplication.instance()
    before, settings.language = settings.language, code
    window.ctx.save_settings()
    title, question, switch, later, keep = (
        translate_text("MainWindow", text, choose_language(code)) for text in SWITCH_TEXTS)
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=window)
    now = box.addButton(switch, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(later, QMessageBox.ButtonRole.NoRole)
    cancel = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(now)
    box.setEscapeButton(cancel)
    exec_once(box)
    if box.clickedButton() is cancel:  # the language stays as it was
        settings.language = before
        window.ctx.save_settings()
        for item in window.findChildren(QAction):
            if item.isCheckable() and item.data() == f"language:{before}":
                item.setChecked(True)
        return
    if box.clickedButton() is now:
        from chatapp.ui.model_browser import going_on, keep_browser

        keep_browser(window)  # shown again in the new window, with its search
        install_language(app, code)
        browser = getattr(window, "model_browser", None)
        going_on.update(browser.active_ids() if browser is not None else [])
        window.reopen = True  # downloads pause as the window closes, and go on in the new one
        window.close()
