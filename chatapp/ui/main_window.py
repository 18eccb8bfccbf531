"""The main window: conversations on the left, the chat on the right.

It composes the widgets and the actions; the conversation state and its decisions live in
chatapp.session, the answer being written in chatapp.ui.streaming, the models in the shared
chatapp.ui.model_list.
"""

from __future__ import annotations

import logging
from itertools import pairwise

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QCloseEvent, QIcon, QResizeEvent
from PySide6.QtWidgets import QMainWindow, QPushButton, QWidget

from chatapp.catalogue import AnyModel, is_remote
from chatapp.context import AppContext
from chatapp.session import Decision, Overflow, Session
from chatapp.ui.conversation_io import (
    delete_conversation,
    export_conversation,
    rename_conversation,
)
from chatapp.ui.conversation_settings import edit_conversation_settings
from chatapp.ui.errors import error_text, guarded
from chatapp.ui.menus import build_menus, show_undo
from chatapp.ui.model_list import MODEL_ROLE, ModelList
from chatapp.ui.model_notes import base_model_text
from chatapp.ui.outside_changes import OutsideChanges
from chatapp.ui.overflow import ask_overflow
from chatapp.ui.provenance import answered_by
from chatapp.ui.quitting import keep_drafts
from chatapp.ui.sidebar import SEARCH_HITS
from chatapp.ui.sizing import fit_to_screen
from chatapp.ui.streaming import AnswerPresenter
from chatapp.ui.tree_actions import TreeActions
from chatapp.ui.welcome import WelcomePanel, no_model_text
from chatapp.ui.window_layout import build_layout, share_width

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The app's window.

    Attributes:
        session: the conversation shown and what follows from it.
        model_list: every model that can answer (shared with the other windows' pickers).
        answers: the answer being written (runner) and the title being made (titler).
        tree: the bubbles' actions on the conversation's tree.
    """

    def __init__(self, ctx: AppContext, icon: QIcon | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = Session(ctx.store, ctx.chat, ctx.settings)
        self.model_list = ModelList(ctx, self)
        self.answers = AnswerPresenter(self)
        self.tree = TreeActions(self)
        self._meter_timer = QTimer(self, singleShot=True, interval=0,
                                   timeout=lambda: self.update_meter())
        self.setWindowTitle(self.tr("ChatApp"))
        if icon is not None:
            self.setWindowIcon(icon)
        fit_to_screen(self, 1200, 740)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        build_layout(self)
        self._model_tip = self.model_box.toolTip()
        self.base_note.browseRequested.connect(self.browse_models)
        build_menus(self)
        from chatapp.ui.docs_ui import install_docs

        self.docs = install_docs(self)
        self.welcome = WelcomePanel(self)
        self.chat_view.set_empty_state(self.welcome)
        # Tab follows the reading order: sidebar, conversation, the composer's row, message
        chain = [self.sidebar.new_button, self.sidebar.search, self.sidebar.list, self.chat_view,
                 self.base_note.button, self.model_box, self.composer.model_settings_button,
                 self.composer.settings_button, self.docs.button, self.composer.edit,
                 self.composer.attach_button, self.composer.button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.chat_view.order_tabs()
        self.chat_view.focus_home = self.composer.edit
        for signal, slot in (
                (self.sidebar.newRequested, self.new_conversation),
                (self.sidebar.selected, self.open_conversation),
                (self.sidebar.renameRequested, self.rename_conversation),
                (self.sidebar.deleteRequested, self.delete_conversation),
                (self.sidebar.hitActivated, self.open_conversation),
                (self.sidebar.writeRequested, self.composer.edit.setFocus),
                (self.sidebar.pinRequested, self.pin_conversation),
                (self.sidebar.exportRequested, lambda cid: export_conversation(self, cid)),
                (self.sidebar.runDeleteRequested, self.delete_eval_run),
                (self.composer.sendRequested, self.send),
                (self.composer.stopRequested, self.stop),
                (self.composer.settingsRequested, lambda: edit_conversation_settings(self)),
                (self.composer.modelSettingsRequested, self.edit_model_settings),
                (self.chat_view.actionRequested, self.tree.message_action),
                (self.chat_view.regenerateWithRequested, self.tree.regenerate_with),
                (self.chat_view.siblingRequested, self.tree.switch_branch),
                (self.chat_view.editSubmitted, self.tree.send_edited),
                (self.model_box.currentIndexChanged, self._model_chosen),
                (self.model_box.activated, self._model_activated),
                (self.undo_button.clicked, self.undo_delete),
                (self.notice.retryRequested, self.answers.save_unsaved)):
            signal.connect(guarded(slot, self))
        self.sidebar.searchChanged.connect(self.refresh_sidebar)
        self.sidebar.conversations_of = ctx.store.conversations
        self.composer.draftChanged.connect(self.update_meter)
        self.chat_view.siblings_for = ctx.store.sibling_ids
        self.chat_view.models_for_menu = lambda: [  # as pickers name and mark them
            (m.key, self.model_list.label(m), self.model_list.picked_text(m))
            for m in self.models]
        if ctx.store.read_only is not None:
            self.notice.show_notice(error_text(ctx.store.read_only), lasting=True)
        ctx.chat.pipeline.model_options = ctx.settings.model_options
        self.picker = self.model_list.bind(
            self.model_box, self._default_key, self._picker_shown, self.notice.show_notice,
            self._model_back)
        self.picker.want(ctx.settings.default_model)
        self.reload_models()
        self.model_list.tell(self.statusBar())
        self.model_list.refresh_remote()
        from chatapp.ui.library_watch import install_library_watch

        install_library_watch(self)
        self.outside = OutsideChanges(self)
        self.refresh_sidebar()
        if (shown := self.session.restore()) is not None:  # as when the window last closed
            self.open_conversation(shown)
        else:
            self.new_conversation()
            self.composer.set_draft(self.session.drafts.pop(None, ""))
        if ctx.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(ctx.settings.window_geometry.encode()))
        self.composer.edit.setFocus()

    # what other parts read

    @property
    def conversation_id(self) -> int | None:
        """The conversation shown (None before the first message of a new one)."""
        return self.session.conversation_id

    @property
    def runner(self):
        """The answer being written, if any."""
        return self.answers.runner

    @property
    def models(self) -> list[AnyModel]:
        """Every model the pickers offer."""
        return self.model_list.models

    # models

    def reload_models(self) -> None:
        """Read the models again (the library, the endpoints' last lists), keeping the pick."""
        self.model_list.reload()
        if not self.models:
            self.model_status.setText(no_model_text(self.ctx.library.starter_problem))
        self.model_box.setEnabled(bool(self.models))
        self.composer.setEnabled(bool(self.models) and self.ctx.store.read_only is None)
        self.show_model_status()

    def _default_key(self) -> str | None:
        """The model picked last (settings), else the library's default."""
        if self.model_list.index_of(self.ctx.settings.default_model) >= 0:
            return self.ctx.settings.default_model
        default = self.ctx.library.default_model(self.ctx.settings.default_model)
        return default.key if default is not None else None

    def current_model(self) -> AnyModel | None:
        """The model picked for the next answer."""
        return self.model_box.currentData(MODEL_ROLE)

    def _model_chosen(self, _index: int) -> None:
        model = self.current_model()
        if model is not None:
            self.ctx.settings.default_model = model.key
            self.ctx.save_settings()
            if self.conversation_id is not None and self.ctx.store.read_only is None:
                self.ctx.store.set_conversation_model(self.conversation_id, model.key)
        self.show_model_status()
        self.update_meter()

    def _model_activated(self, _index: int) -> None:
        """A model picked by the user (again, too): the keys go back to the message field; a
        server's model's server is asked whether it answers, so that the status bar says so
        now."""
        self.composer.edit.setFocus()
        model = self.current_model()
        if model is not None and is_remote(model):
            self.model_list.refresh_remote([model.endpoint])

    def select_model(self, key: str | None) -> None:
        """Pick the model with key for the next answer: now if it is listed, an endpoint's
        model once its endpoint lists it."""
        self.picker.want(key)

    def browse_models(self) -> None:
        """Open the model browser on the Hub (to find a chat model)."""
        from chatapp.ui.model_browser import show_model_browser

        show_model_browser(self)

    def _picker_shown(self) -> None:
        """The picker shows a model it picked (reload, stand-in, select_model): say so."""
        self.show_model_status()
        if not getattr(self, "_closed", False):  # (the library may change after it closed)
            self.update_meter()

    def show_model_status(self) -> None:
        """Say in the status bar where the picked model runs and how it is loaded."""
        model = self.current_model()
        base = model is not None and model.base_model
        self.base_note.setVisible(base)
        self.welcome.update_model()
        self.model_box.setToolTip(base_model_text() if base else self._model_tip)
        if model is None:
            return
        text = self.model_list.status(model)
        wanted = getattr(self, "picker", None) and self.picker.wanted  # (None while bound)
        if wanted:
            text = self.tr("{wanted} is not listed now (Models → Connections…): answers use "
                           "{model} until it is.").format(wanted=wanted,
                                                          model=model.display_name)
        self.model_status.setText(text)

    # conversations

    def refresh_sidebar(self, *_text: str) -> None:
        """Show the conversation list, or the search hits while the search box has text."""
        query = self.sidebar.search.text().strip()
        if self.chat_view.marked and self.chat_view.marked != query:
            self.chat_view.unmark()
        if query:
            self.sidebar.set_hits(self.ctx.store.search_hits(query, limit=SEARCH_HITS + 1),
                                  SEARCH_HITS, self.conversation_id)
            return
        runner = self.runner
        self.sidebar.set_conversations(
            self.ctx.store.conversations(), self.conversation_id,
            writing=runner.conversation_id if runner is not None else None,
            runs=self.ctx.store.eval_runs())

    def new_conversation(self) -> None:
        """Show an empty chat; it is stored with its first message."""
        self._swap_draft(None)
        self.session.new()
        self.chat_view.show_messages([])
        self.title_label.setText(self.tr("New conversation"))
        self.sidebar.list.clearSelection()
        self.sidebar.list.setCurrentItem(None)
        self.composer.edit.setFocus()
        self.answers.show_state()
        self.docs.show_state()
        self.update_meter()

    def open_conversation(self, conversation_id: int, message_id: int | None = None) -> None:
        """Show a stored conversation's current branch (or the branch through message_id,
        scrolled to it: a search hit)."""
        with self.sidebar.keeping(self.conversation_id):  # what fails changes nothing
            branch = self.session.read(conversation_id, message_id)
            conversation = self.ctx.store.conversation(conversation_id)
        self._swap_draft(conversation_id)
        self.session.conversation_id = conversation_id
        self.title_label.setText(" ".join(conversation.title.split())
                                 or self.tr("New conversation"))
        key = self.session.branch_model(branch) or conversation.model_key
        self.picker.want(key, *answered_by(branch, key))  # (one gone since is said)
        self.chat_view.marked = self.sidebar.search.text().strip() if message_id else ""
        self.chat_view.show_messages(branch, around=message_id)
        if not self.sidebar.showing_hits and not self.sidebar.select(conversation_id):
            self.refresh_sidebar()
        self.answers.show_state()
        self.docs.show_state()
        self._meter_timer.start()  # after the first screen is shown

    def _swap_draft(self, to: int | None) -> None:
        """Each conversation keeps its own unsent text (and a notice about the one left
        goes, with what the status bar said about it)."""
        self.notice.leave()
        self.tree.leave()
        if (draft := self.session.swap_draft(self.composer.edit.toPlainText(), to)) is not None:
            self.composer.set_draft(draft)

    def rename_conversation(self, conversation_id: int | None) -> None:
        """Ask for a new title."""
        rename_conversation(self, conversation_id)

    def deleted(self, message: str) -> None:
        """Say what was deleted and offer Undo (of the latest deletion first)."""
        show_undo(self)
        self.statusBar().showMessage(message, 10000)

    def delete_conversation(self, conversation_id: int | None) -> None:
        """Move a conversation to the trash; Undo brings it back."""
        delete_conversation(self, conversation_id)

    def delete_eval_run(self, run_id: int) -> None:
        """Move an evaluation run with all its conversations to the trash; Undo brings
        them back."""
        store, runner = self.ctx.store, self.runner
        if runner is not None and store.conversation(runner.conversation_id).eval_run_id == run_id:
            self.answers.writes_in(runner.conversation_id)  # says why it waits
            return
        shown = self.conversation_id
        self.session.delete_eval_run(run_id)
        if shown is not None and self.conversation_id is None:
            self.new_conversation()
        self.deleted(self.tr("Evaluation run deleted."))
        self.refresh_sidebar()

    def undo_delete(self) -> None:
        """Restore the latest deletion left: a conversation, branch or evaluation run."""
        show = self.session.undo()
        show_undo(self)
        self.statusBar().clearMessage()
        if show is not None:
            self.open_conversation(show)
            self.composer.edit.setFocus()
        self.refresh_sidebar()

    # answering

    def send(self, text: str) -> None:
        """Store the user's message and stream the model's answer; when it cannot be stored
        the text goes back into the composer."""
        try:
            self._send(text)
        except Exception:
            if not self.composer.edit.toPlainText():
                self.composer.set_draft(text)
            raise

    def _send(self, text: str) -> None:
        model = self.current_model()
        if model is None:  # (the list is being read again): the text stays
            self.composer.set_draft(text)
            return
        if self.outside.before_send(text):
            return
        decision = Decision("keep")
        if not self.answers.elsewhere():
            overflow = self.session.overflow(text, model, self.chat_view.messages,
                                             busy=self.answers.titler is not None)
            if overflow.must_ask:
                decision = self.ask_overflow(overflow)
        if decision.kind == "new" and self.runner is None:  # sent there (not a draft of this)
            self.composer.edit.clear()
            self.new_conversation()
            return self._send(text)
        if self.runner is not None or decision.kind == "cancel":
            self.composer.set_draft(text)
            return
        if self.session.drop_kept_draft():
            self.save_settings()
        user, answer = self.session.send(text, model, decision.dropped)
        if self.composer.edit.toPlainText() == text:  # put back by a try that failed
            self.composer.edit.clear()
        self.title_label.setText(self.ctx.store.conversation(self.conversation_id).title)
        self.chat_view.add_message(user)
        self.chat_view.add_message(answer.message)
        self.chat_view.scroll_to_end()
        self.answers.start(answer)

    def ask_overflow(self, overflow: Overflow) -> Decision:
        """Ask what to do with a message that would overflow the context."""
        return ask_overflow(self, overflow)

    def stop(self) -> None:
        """Esc: stop the answer being written; with none, empty the search (the conversation
        list lists them all again; the keyboard stays where it is)."""
        if self.answers.runner is None and self.sidebar.search.text():
            self.sidebar.search.clear()
        else:
            self.answers.stop()

    # conversation settings, presets, templates, export

    def pin_conversation(self, conversation_id: int, pinned: bool) -> None:
        """Pin a conversation to the top of the list, or unpin it."""
        self.ctx.store.set_pinned(conversation_id, pinned)
        self.refresh_sidebar()

    def toggle_pin(self) -> None:
        if self.conversation_id is not None:
            pinned = self.ctx.store.conversation(self.conversation_id).pinned
            self.pin_conversation(self.conversation_id, not pinned)

    def focus_search(self) -> None:
        self.sidebar.search.setFocus()
        self.sidebar.search.selectAll()

    def focus_model(self) -> None:
        self.model_box.setFocus()
        self.model_box.showPopup()

    def edit_model_settings(self) -> None:
        """The picked model's facts and load options (context length, GPU layers)."""
        from chatapp.ui.model_settings import edit_model_settings

        edit_model_settings(self)

    def update_meter(self, draft: str | None = None) -> None:
        """Show the tokens used of the model's context, the draft included."""
        model = self.current_model()
        if model is None:
            return
        draft = self.composer.edit.toPlainText() if draft is None else draft
        messages, sizes, estimated = self.session.context_use(
            draft, model, self.chat_view.messages,
            busy=self.runner is not None or self.answers.titler is not None)
        total = self.session.context_size(model)
        dropped, dropped_tokens = self.session.left_out(messages, sizes, total)
        used = sum(sizes) - dropped_tokens  # what the next send holds
        sources = self.session.sources_budget(total, messages, sizes)
        held = self.runner.answer.context_tokens if self.answers.here() else None
        if held is not None:  # the model's count of the answer being written (its sources
            held += sizes[-1] if draft.strip() else 0  # in it), unless below the count
            held = held if not sources or held >= used + sources else None  # with the room
        if held is not None:  # kept for sources: the meter does not drop while it writes
            used, sources, estimated = held, 0, False
        unknown = is_remote(model) and not self.ctx.chat.pipeline.remote_context(model)
        room = self.session.answer_room(total) if held is None else 0
        self.composer.set_meter(used + sources, 0 if unknown else total, estimated, sources,
                                room, dropped if held is None else 0)
        self.composer.show_settings(*self.session.settings_of_conversation())

    def _model_back(self, text: str, lost: str) -> None:
        """The picked model whose file went away is back (and picked again)."""
        self.notice.take_back(lost)
        self.statusBar().showMessage(text, 15000)

    # life cycle

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """The conversation list gives the composer room, or takes it back (share_width)."""
        super().resizeEvent(event)
        QTimer.singleShot(0, lambda: share_width(self))  # once the splitter laid out its sides

    def close_without_asking(self) -> None:
        """Close as the close button does, without asking about unfinished downloads (they
        pause, to resume at the next start): for a signal (a logout, `kill`)."""
        self._asked = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if getattr(self, "_closed", False):  # closed before: its parts are let go already
            return super().closeEvent(event)
        browser = getattr(self, "model_browser", None)
        if (not getattr(self, "_asked", False) and not getattr(self, "reopen", False)
                and not (self.local_api.may_quit() and (browser is None or browser.may_quit()))):
            return event.ignore()  # other programs' answers or downloads: the user stays
        self.ctx.settings.window_geometry = bytes(self.saveGeometry().toBase64()).decode()
        if not (self.answers.keep_unsaved(may_stay=True) and keep_drafts(self)):
            return event.ignore()  # an answer or unsent text would be lost: the user stays
        self.local_api.stop()  # other programs' answers end before the window's parts
        if getattr(self, "compare_window", None) is not None:  # their threads end first
            self.compare_window.close_without_asking()
        if getattr(self, "eval_dialog", None) is not None:
            self.eval_dialog.close_without_asking()
        self.answers.close()
        self.answers.keep_unsaved(may_stay=False)  # one cut off by the closing
        self._meter_timer.stop()
        self.composer.draftChanged.disconnect(self.update_meter)
        self.sidebar.searchChanged.disconnect(self.refresh_sidebar)
        self.save_settings()  # (what closing the parts changed; the drafts are kept)
        self._closed = True
        super().closeEvent(event)

    def save_settings(self) -> None:
        """Write the settings; a full or read-only disk is logged, and the work goes on."""
        try:
            self.ctx.save_settings()
        except OSError as exc:
            log.warning("the settings could not be saved: %s", exc.strerror)
