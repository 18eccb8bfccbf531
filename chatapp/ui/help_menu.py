"""The Help menu: keyboard shortcuts, the data and log folders, About (versions and places)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.ui.errors import guarded
from chatapp.ui.label import Label
from chatapp.ui.layouts import fill
from chatapp.ui.open_url import open_url

# (what it does, its keys) of the keys that work in one part of the window, not in a menu
PLACE_KEYS = (
    (QT_TRANSLATE_NOOP("MainWindow", "Send the message (in the message box)"), "Return"),
    (QT_TRANSLATE_NOOP("MainWindow", "New line (in the message box or a message being "
                       "edited)"), "Shift+Return"),
    (QT_TRANSLATE_NOOP("MainWindow", "Send as a new branch (in a message being edited)"),
     "Return"),
    (QT_TRANSLATE_NOOP("MainWindow", "Cancel editing (in a message being edited)"), "Escape"),
    (QT_TRANSLATE_NOOP("MainWindow", "Delete the selected conversation (in the conversation "
                       "list)"), "Delete"),
    (QT_TRANSLATE_NOOP("MainWindow", "Conversation menu (in the conversation list)"), "Menu"),
    (QT_TRANSLATE_NOOP("MainWindow", "Go to the results (in the search box)"), "Down"),
    (QT_TRANSLATE_NOOP("MainWindow", "Empty the search box"), "Escape"),
    (QT_TRANSLATE_NOOP("MainWindow", "Next or previous part of the window"), "Tab, Shift+Tab"),
)


def shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, its keys) of every action of window with a shortcut and of the keys of
    one part of the window (PLACE_KEYS), in the window's language and the platform's key
    names, sorted by what it does."""
    found: dict[str, str] = {}
    for item in window.findChildren(QAction):
        keys = [key_text(k) for k in item.shortcuts()]
        name = item.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        name = item.property("listedAs") or name.rstrip("…").strip()  # (a whole phrase)
        if keys and name and name not in found:
            found[name] = ", ".join(dict.fromkeys(keys))
    for text, keys in PLACE_KEYS:
        found[QCoreApplication.translate("MainWindow", text)] = key_text(QKeySequence(keys))
    return sorted(found.items(), key=lambda pair: pair[0].casefold())


def key_text(keys: QKeySequence) -> str:
    """Keys in the platform's names, the Return key named Enter as printed on it (and as the
    message box's hint says)."""
    return re.sub(r"\bReturn\b", "Enter", keys.toString(QKeySequence.SequenceFormat.NativeText))


class ShortcutsDialog(QDialog):
    """A table of the window's keyboard shortcuts."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcuts(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)  # long actions (Malay, Filipino) wrap, rows grow
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        native = QKeySequence.SequenceFormat.NativeText  # as the table writes the keys
        note = self.tr("While a text field has the focus, the keys that edit text (Ctrl+Z, "
                       "Ctrl+Delete, Ctrl+A…) work on its text.")
        for typed in ("Ctrl+Z", "Ctrl+Delete", "Ctrl+A"):
            note = note.replace(typed, QKeySequence(typed).toString(native))
        self.note = Label(note, self, wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self,
                                   rejected=self.reject)
        fill(QVBoxLayout(self), self.table, self.note, buttons)
        self.resize(600, 600)


def install_help_menu(window) -> None:
    """Help: Keyboard shortcuts (F1), Open the data folder, Open the log folder, About."""
    translate = QCoreApplication.translate
    menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    paths = window.ctx.paths

    def show_shortcuts() -> None:
        if (old := getattr(window, "shortcuts_dialog", None)) is not None:
            old.deleteLater()  # (each one kept would hold its memory)
        dialog = ShortcutsDialog(window)
        window.shortcuts_dialog = dialog
        dialog.show()

    def folder(path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        open_url(window, QUrl.fromLocalFile(str(path)))

    for text, keys, slot in (
            (translate("MainWindow", "&Keyboard shortcuts"), QKeySequence("F1"), show_shortcuts),
            (translate("MainWindow", "Open the &data folder"), None,
             lambda: folder(paths.data)),
            (translate("MainWindow", "Open the &log folder"), None, lambda: folder(paths.logs)),
            (translate("MainWindow", "&About ChatApp"), None, lambda: QMessageBox.about(
                window, translate("MainWindow", "About ChatApp"), about_text(paths)))):
        item = menu.addAction(text)
        if keys is not None:
            item.setShortcut(keys)
            item.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        item.triggered.connect(guarded(slot, window))
    window.help_menu = menu


def about_text(paths) -> str:
    """About's text: the versions of ChatApp and of llama.cpp's binding, the licence, and
    where the conversations, models, logs and the starter model (with its size) are."""
    from chatapp import __version__

    try:
        from importlib.metadata import version

        binding = version("llama-cpp-python")
    except Exception:  # noqa: BLE001 - not installed as a package: not named
        binding = "?"
    text = QCoreApplication.translate(
        "MainWindow", "ChatApp {version}\n\nChat with open models on your own computer. Your "
        "conversations stay on this machine.\n\nModels run with llama.cpp (llama-cpp-python "
        "{binding}). MIT licence.\n\nConversations: {data}\nModels: {models}\nLogs: {logs}"
    ).format(version=__version__, binding=binding, data=str(paths.database),
             models=str(paths.models), logs=str(paths.logs))
    from chatapp.units import format_bytes

    for starter in sorted((paths.cache / "starter").glob("*.gguf")):  # once prepared
        text += "\n" + QCoreApplication.translate(
            "MainWindow", "Starter model: {path} ({size})").format(
                path=str(starter), size=format_bytes(starter.stat().st_size))
    return text

