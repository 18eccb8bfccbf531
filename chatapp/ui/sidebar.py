"""The list of conversations: new, select, rename, delete, search."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chatapp.store import Conversation

ID_ROLE = Qt.ItemDataRole.UserRole


class Sidebar(QWidget):
    """Conversations, newest first.

    Signals:
        newRequested(): the user wants an empty conversation.
        selected(int): a conversation was chosen.
        renameRequested(int): rename this conversation.
        deleteRequested(int): delete this conversation.
        searchChanged(str): the filter text changed.
    """

    newRequested = Signal()
    selected = Signal(int)
    renameRequested = Signal(int)
    deleteRequested = Signal(int)
    searchChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.new_button = QPushButton(self.tr("New chat"), self)
        self.new_button.setObjectName("newChatButton")
        self.new_button.setAccessibleName(self.tr("New chat"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search conversations"))
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.new_button.clicked.connect(self.newRequested)
        self.search.textChanged.connect(self.searchChanged)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.customContextMenuRequested.connect(self._menu)
        self._filling = False

    def set_conversations(self, conversations: list[Conversation], current: int | None) -> None:
        """Show conversations and select the current one."""
        self._filling = True
        self.list.clear()
        for conversation in conversations:
            item = QListWidgetItem(conversation.title or self.tr("New conversation"))
            item.setData(ID_ROLE, conversation.id)
            item.setToolTip(item.text())
            self.list.addItem(item)
            if conversation.id == current:
                self.list.setCurrentItem(item)
        self._filling = False

    def current_id(self) -> int | None:
        """The selected conversation."""
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def _current_changed(self, item: QListWidgetItem | None, _previous) -> None:
        if item is not None and not self._filling:
            self.selected.emit(item.data(ID_ROLE))

    def _menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        conversation_id = item.data(ID_ROLE)
        menu = QMenu(self)
        rename = QAction(self.tr("Rename…"), menu)
        delete = QAction(self.tr("Delete"), menu)
        rename.triggered.connect(lambda: self.renameRequested.emit(conversation_id))
        delete.triggered.connect(lambda: self.deleteRequested.emit(conversation_id))
        menu.addAction(rename)
        menu.addAction(delete)
        menu.exec(self.list.viewport().mapToGlobal(pos))
