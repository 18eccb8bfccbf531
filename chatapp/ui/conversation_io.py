"""Conversations to and from files in the window: export as JSON or Markdown, import JSON;
and a new title for one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from chatapp.errors import QT_TRANSLATE_NOOP, UserError, os_reason
from chatapp.export import export_conversations, import_file
from chatapp.paths import write_file
from chatapp.ui.ask_name import ask_name
from chatapp.ui.errors import guarded, show_failure
from chatapp.ui.file_dialogs import SaveDialog, file_stem, remember, user_folder

CANNOT_WRITE = QT_TRANSLATE_NOOP("errors", "Could not write {path}: {reason}")


def export_conversation(window, conversation_id: int | None, everything: bool = False) -> None:
    """Save one conversation (or every one, with `everything`) as JSON or Markdown; a new chat
    with nothing in it, or a library without conversations, is said on the status bar."""
    translate = QCoreApplication.translate
    store = window.ctx.store
    if everything:
        conversations = store.conversations()
        empty = translate("MainWindow", "There are no conversations to export yet.")
    else:
        conversations = [] if conversation_id is None else [store.conversation(conversation_id)]
        empty = translate("MainWindow", "This chat has no messages yet: there is nothing to "
                          "export.")
    if not conversations:
        window.statusBar().showMessage(empty, 8000)
        return
    json_filter = translate("MainWindow", "JSON, the whole tree (*.json)")
    md_filter = translate("MainWindow", "Markdown, the shown branch; a comparison with every "
                          "pane (*.md)")
    name = "conversations" if everything else conversations[0].title
    dialog = SaveDialog(
        window, translate("MainWindow", "Export all conversations") if everything
        else translate("MainWindow", "Export conversation"),
        file_stem(name, "conversation"), [(json_filter, "json"), (md_filter, "md")])
    dialog.exec()
    path, fmt = dialog.chosen_path(), dialog.extension()
    dialog.deleteLater()
    if not path:
        return
    try:
        write_file(path, export_conversations(store, conversations, fmt,
                                              QCoreApplication.translate))
    except OSError as exc:
        show_failure(window, UserError(CANNOT_WRITE, path=path, reason=os_reason(exc)))
        return
    window.statusBar().showMessage(
        translate("MainWindow", "Exported to {path}.").format(path=path), 8000)


def import_conversations(window) -> None:
    """Add the conversations of a JSON export and show the last one."""
    translate = QCoreApplication.translate
    path, _ = QFileDialog.getOpenFileName(
        window, translate("MainWindow", "Import conversations"), user_folder(),
        translate("MainWindow", "JSON export (*.json);;All files (*)"))
    if not path:
        return
    remember(path)
    try:
        imported = import_file(window.ctx.store, Path(path))
    except UserError as exc:
        show_failure(window, exc)
        return
    count = len(imported.ids)
    if not count and imported.skipped:
        window.statusBar().showMessage(translate(
            "MainWindow", "Nothing was imported: every conversation of the file is here "
            "already."), 8000)
        return
    text = (translate("MainWindow", "Imported {count} conversation.") if count == 1
            else translate("MainWindow", "Imported {count} conversations.")).format(count=count)
    if imported.replaced:
        text += " " + (translate(
            "MainWindow", "{count} character that cannot be stored (half of an emoji or other "
            "broken text) was replaced with �.") if imported.replaced == 1 else translate(
            "MainWindow", "{count} characters that cannot be stored (halves of emoji or other "
            "broken text) were replaced with �.")).format(count=imported.replaced)
    if imported.skipped:
        text += " " + (translate(
            "MainWindow", "{count} conversation was already here and was skipped.")
            if imported.skipped == 1 else translate(
            "MainWindow", "{count} conversations were already here and were skipped.")
        ).format(count=imported.skipped)
    window.statusBar().showMessage(text, 8000)
    if imported.ids:
        window.open_conversation(imported.ids[-1])
    window.refresh_sidebar()


def rename_conversation(window, conversation_id: int | None) -> None:
    """Ask for a conversation's new title, in a box wide enough for a long one (OK only once
    it is not blank), and keep it."""
    if conversation_id is None:
        return
    translate = QCoreApplication.translate
    store = window.ctx.store
    title = ask_name(window, translate("MainWindow", "Rename conversation"),
                     translate("MainWindow", "Title:"), store.conversation(conversation_id).title)
    if title is None:
        return

    def keep() -> None:  # Retry (a locked database) tries the title typed again
        store.rename_conversation(conversation_id, title)
        if conversation_id == window.conversation_id:
            window.title_label.setText(title)
        window.refresh_sidebar()
    guarded(keep, window)()


def delete_conversation(window, conversation_id: int | None) -> None:
    """Move a conversation to the trash (Undo brings it back). The shown one gives way to the
    one listed after it, else before it, else to a new chat; the list marks the one shown.
    Deleted with Delete in the list, another one's row takes the keyboard, not opened."""
    if conversation_id is None or window.answers.writes_in(conversation_id):
        return
    sidebar = window.sidebar
    shown = conversation_id == window.conversation_id
    from_list = sidebar.list.hasFocus()  # the keyboard stays there (Del, then Ctrl+Z)
    row = sidebar.row_of(conversation_id)  # where the one after it comes
    if shown:
        window._swap_draft(None)  # its draft goes with it
    window.session.delete_conversation(conversation_id)
    window.deleted(QCoreApplication.translate("MainWindow", "Conversation deleted."))
    window.refresh_sidebar()
    if shown and (near := sidebar.id_near(row)) is not None:
        window.open_conversation(near)
    elif shown:
        window.new_conversation()
    sidebar.select(window.conversation_id)
    if from_list and not shown:  # the keyboard stays by the deleted row: the next Del goes on
        sidebar.go_near(row)
    if from_list:
        sidebar.list.setFocus()
