"""The Compare window: one prompt to 2–4 models side by side, and the blind arena.

Pane threads of the core `Comparison` call back from their own threads; those calls only
emit a signal (queued to the GUI thread), and each pane repaints at most once per
compare_pane.REPAINT_MS from a single-shot timer.

The prompt is shown above the panes; a stored comparison reopens with its panes' last
answers, and a pane added afterwards can answer the same prompt. In the arena nothing that
could tell the models apart (names, speed, "Continue with this answer") shows before the
vote, and the round joins the chat list only once it is voted on.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from chatapp.catalogue import AnyModel
from chatapp.chat import title_from
from chatapp.compare.side_by_side import Comparison, continue_with, earlier_turns, stored_comparison
from chatapp.compare.variants import Variant, of_model
from chatapp.compare.votes import add_vote
from chatapp.errors import UserError
from chatapp.store.documents import Documents
from chatapp.ui.arena_presets import PresetChecklist
from chatapp.ui.chat_view import tab_stops
from chatapp.ui.compare_catch_up import UNFINISHED, CatchUp, answer_prompt, go_on, next_turn
from chatapp.ui.compare_closing import may_close, stop_running
from chatapp.ui.compare_pane import PaneWidget
from chatapp.ui.compare_pane_tabs import pane_tab_stops
from chatapp.ui.composer import MessageEdit
from chatapp.ui.conversation_settings import PaneParamsDialog
from chatapp.ui.errors import error_text
from chatapp.ui.label import ElidedLabel, Label, WrappedLabel
from chatapp.ui.layouts import fill, scrolled_row
from chatapp.ui.model_checklist import ModelChecklist
from chatapp.ui.model_list import shared_model_list
from chatapp.ui.pane_variant_menu import attach_variant_menu
from chatapp.ui.provenance import short_name
from chatapp.ui.sizing import fit_to_screen
from chatapp.ui.variant_editor import open_variant_dialog
from chatapp.ui.variant_pool import shared_variants
from chatapp.ui.vote_panel import VotePanel, arena_name, drawn_name

MIN_PANES, MAX_PANES = 2, 4
PROMPT_CHARS = 600  # longest prompt shown above the panes (the tooltip has all of it)


class CompareWindow(QWidget):
    """Side by side and arena.

    Signals:
        openConversation(int): a conversation to show in the main window.
        busyChanged(bool): a comparison started (True) or every pane ended (False).
        voted(int): a vote was stored (its id).
        closed(): the window closed (models it loaded beyond the engine's limit unloaded).
        paneUpdated(int, int): comparison serial, pane index (text or state changed).
        paneDone(int, int): comparison serial, pane index (the pane's answer is stored).
        (The pane signals come from the comparison's threads, queued to the GUI thread.)
    """

    openConversation = Signal(int)
    busyChanged = Signal(bool)
    voted = Signal(int)
    closed = Signal()
    paneUpdated = Signal(int, int)
    paneDone = Signal(int, int)

    def __init__(self, ctx, parent: QWidget | None = None, arena: bool = False) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("Compare models"))
        fit_to_screen(self, 1200, 740)
        self.ctx = ctx
        self.model_list = shared_model_list(ctx, parent)
        self.comparison: Comparison | None = None
        self._catch_up: CatchUp | None = None  # a late pane answering the earlier turns
        self._note = ""  # what the status says of the comparison running, and after it
        self._running: list[PaneWidget] = []  # the widget of each pane of self.comparison
        self.conversation_id: int | None = None
        self.rng = random.Random()
        self.arena_models: list[AnyModel] = []
        self.arena_variants: list[Variant] = []  # what was drawn: a model, or a preset
        self._serial = 0
        self._asked = False  # closing asks nothing (the app quits)
        self._max_loaded = ctx.engine.max_loaded
        self.paneUpdated.connect(self._on_updated, Qt.ConnectionType.QueuedConnection)
        self.paneDone.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

        self.arena_box = QCheckBox(self.tr("Ar&ena (blind, 2 random models)"), self,
                                   toggled=self.set_arena)
        bar = fill(QHBoxLayout(), self.arena_box, 1)
        for name, text, slot in (
                ("new_button", self.tr("&New comparison"), self.new_comparison),
                ("add_button", self.tr("&Add pane"), self.add_pane),
                ("remove_button", self.tr("&Remove pane"), self.remove_pane),
                ("stop_all_button", self.tr("St&op all"), self.stop_all)):
            setattr(self, name, QPushButton(text, self))
            getattr(self, name).clicked.connect(lambda _=False, slot=slot: slot())
            bar.addWidget(getattr(self, name))

        # arena set-up: which models may be drawn, and the vote tag
        self.arena_panel = QWidget(self)
        self.arena_list = ModelChecklist(self.model_list, self.arena_panel,
                                         left_out=ctx.settings.arena_left_out)
        self.arena_list.itemChanged.connect(self._keep_arena_pool)
        self.pool_hint = self.tr("Tick at least two models or presets to draw from.")
        self.arena_list.setMaximumHeight(90)
        self.tag_edit = QLineEdit("arena", self.arena_panel, maximumWidth=200)
        tag_label = Label(self.tr("Vote &tag:"), self.arena_panel, buddy=self.tag_edit)
        draw_label = Label(self.tr("Draw from:"), self.arena_panel)
        self.arena_presets = PresetChecklist(self.arena_panel, shared_variants(ctx))
        self.arena_presets.setMaximumHeight(90)
        self.arena_presets.hide()
        for changed in (self.arena_presets.itemChanged, self.arena_presets.model().rowsInserted):
            changed.connect(self._drop_pool_hint)
        self.variant_button = QPushButton(
            self.tr("New &variant…"), self.arena_panel, clicked=self.new_arena_variant,
            toolTip=self.tr("Put together a variant to draw from: a model with its own system "
                            "prompt, parameters, documents and adapters"))
        fill(QHBoxLayout(self.arena_panel), draw_label, (self.arena_list, 1),
             (self.arena_presets, 1), self.variant_button, tag_label,
             self.tag_edit).setContentsMargins(0, 0, 0, 0)
        self.arena_panel.hide()

        self.prompt_label = WrappedLabel(  # a long word is cut, not widening the window
            self, objectName="comparePrompt", visible=False,
            accessibleName=self.tr("Prompt"),
            textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt_message_id: int | None = None  # the stored user turn the panes answer

        # (scrolled sideways where four panes do not fit the screen: 1280 px at 1.5×)
        self.pane_area, self.pane_row = scrolled_row(self)
        self.panes: list[PaneWidget] = []

        self.vote_panel = VotePanel(self)
        self.vote_label, self.vote_buttons = self.vote_panel.label, self.vote_panel.buttons
        self.vote_panel.chosen.connect(self.vote)

        self.composer = MessageEdit(self)  # Enter sends, Shift+Enter: a new line
        self.composer.setPlaceholderText(
            self.tr("Ask every model the same thing (Enter sends, Shift+Enter: new line)"))
        self.composer.setMaximumHeight(90)
        self.send_button = QPushButton(self.tr("&Send"), self)
        for signal in (self.composer.submitted, self.send_button.clicked):
            signal.connect(lambda *_: self.send(self.composer.toPlainText().strip()))
        self.status = ElidedLabel(self)  # a long line is cut, not widening the window
        bottom = fill(QHBoxLayout(), (self.composer, 1), self.send_button)

        layout = QVBoxLayout(self)
        fill(layout, bar, self.arena_panel, self.prompt_label, (self.pane_area, 1), self.vote_panel,
             bottom, self.status)
        for _ in range(MIN_PANES):
            self.add_pane()
        if not self.models:
            self.status.setText(self.tr("No local models: add some in the Models menu."))
            self.composer.setEnabled(False)  # (and Send: _update_buttons)
        self.arena_box.setChecked(arena)
        self._update_buttons()
        self.composer.setFocus()

    @property
    def busy(self) -> bool:
        """A comparison is running."""
        return self.comparison is not None

    def add_pane(self) -> PaneWidget | None:
        """Add a pane (up to four), on the first model no pane shows (if there is one)."""
        if len(self.panes) >= MAX_PANES or self.busy:
            return None
        pane = PaneWidget(self.model_list, len(self.panes), self)
        shown = {p.picker.currentData() for p in self.panes}
        pane.select_model(next((m.key for m in self.models if m.key not in shown), None))
        pane.stopRequested.connect(lambda p=pane: self.stop_pane(p))
        pane.continueRequested.connect(self.continue_with)
        pane.answerRequested.connect(lambda p=pane: self.answer_prompt(p))
        pane.goOnRequested.connect(lambda p=pane: go_on(self, p))
        pane.picker.currentIndexChanged.connect(lambda *_: self._offer_answers())
        pane.params_button.clicked.connect(lambda _=False, p=pane: self.edit_pane_params(p))
        attach_variant_menu(pane, self.arena_presets.pool, self.ctx.store, self.ctx.catalogue,
                            lambda p=pane: self.edit_pane_variant(p))
        pane.set_choosing(not self.arena_box.isChecked())
        pane.set_collections(self._collections())
        # collections made or deleted since (in the main window's Documents…) are offered
        pane.docs_box.opening.connect(lambda p=pane: p.set_collections(self._collections()))
        self.panes.append(pane)
        self.pane_row.addWidget(pane, 1)
        pane.answer_button.setVisible(self.prompt_id() is not None)
        self._update_buttons()
        self._order_tabs()
        return pane

    def _order_tabs(self) -> None:
        """Tab goes as the window reads: the bar left to right, the panes, then the message."""
        parts = [self.arena_box, self.new_button, self.add_button, self.remove_button,
                 self.stop_all_button, self.arena_list, self.arena_presets, self.variant_button,
                 self.tag_edit, *self.panes, self.vote_panel, self.composer, self.send_button]
        for first, second in pairwise([stop for part in parts for stop in (
                pane_tab_stops(part) if part in self.panes else tab_stops(part))]):
            QWidget.setTabOrder(first, second)

    def _documents(self) -> Documents:
        return Documents(self.ctx.store)

    def _collections(self) -> list[str]:
        return [c.name for c in self._documents().collections()]

    def edit_pane_params(self, widget: PaneWidget) -> PaneParamsDialog:
        """Open the parameters of one pane (applied when the dialog is accepted)."""
        dialog = PaneParamsDialog(self.ctx.settings.sampling, widget.overrides, self,
                                  library=self.ctx.library)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: widget.set_overrides(dialog.values()))
        dialog.open()
        return dialog

    def _variant_dialog(self, variant: Variant | None, taken: set[str],
                        use: Callable[[Variant], object]):
        """Open the variant editor (models of this window; it offers to keep the variant as a
        preset too); use gets the variant made, resolved."""
        def made(made: Variant) -> None:
            made.resolve(self.ctx.catalogue)
            use(made)
        return open_variant_dialog(self, self.ctx, self.models, self.ctx.settings.sampling,
                                   taken, made, variant, keep=True)

    def new_arena_variant(self):
        """Open the variant editor; the variant made joins the arena's pool, ticked."""
        taken = self.arena_presets.names() | {m.file_name for m in self.models}
        return self._variant_dialog(None, taken, self.arena_presets.add_variant)

    def edit_pane_variant(self, widget: PaneWidget):
        """Open the variant editor on what a pane is now; the pane answers as the variant
        made."""
        taken = {w.variant_name for w in self.panes if w is not widget and w.variant_name}
        return self._variant_dialog(  # kept in the app's variant list (arena, Evaluate)
            widget.variant(), taken,
            lambda v: widget.set_variant(v) and self.arena_presets.pool.add(v))

    def remove_pane(self) -> None:
        """Remove the last pane (at least two stay)."""
        if len(self.panes) <= MIN_PANES or self.busy:
            return
        pane = self.panes.pop()
        self.pane_row.removeWidget(pane)
        pane.deleteLater()  # the other panes go on along their own branches
        if pane.message is not None:  # nothing is lost: said
            self.status.setText(self.tr("The removed pane's answers stay in the conversation: "
                                        "Open this conversation side by side shows them."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        arena = self.arena_box.isChecked()
        self.add_button.setEnabled(not self.busy and not arena and len(self.panes) < MAX_PANES)
        self.remove_button.setEnabled(not self.busy and not arena
                                      and len(self.panes) > MIN_PANES)
        self.stop_all_button.setEnabled(self.busy)
        self.send_button.setEnabled(not self.busy and bool(self.models))
        self.new_button.setEnabled(not self.busy)
        self.arena_box.setEnabled(not self.busy)

    def set_arena(self, on: bool) -> None:
        """Switch between side by side and the blind arena (two panes)."""
        if self.busy:
            return
        while on and len(self.panes) > MIN_PANES:
            self.remove_pane()  # (what its status line says, new_comparison says anew)
        self.arena_panel.setVisible(on)
        if on:
            key = self.ctx.settings.default_model
            self.arena_presets.reload(self.ctx.store, self.ctx.catalogue,
                                      self.ctx.catalogue.find(key) if key else
                                      self.ctx.library.default_model(key))
        for pane in self.panes:
            pane.set_choosing(not on)
        self.new_comparison()

    def _keep_arena_pool(self) -> None:
        """Remember which models the arena does not draw, for the next time it opens."""
        self.ctx.settings.arena_left_out = self.arena_list.left_out()
        self.ctx.save_settings()
        self._drop_pool_hint()

    def _drop_pool_hint(self, *_changed) -> None:
        """Take back the hint to tick more once the arena's pool changed."""
        if self.status.text() == self.pool_hint:
            self.status.clear()

    def new_comparison(self) -> None:
        """The next prompt starts a new conversation (the one shown stays in the conversation
        list, which the status line says)."""
        if self.busy:
            return
        shown, self.conversation_id = self.conversation_id, None
        collections = self._collections()
        for pane in self.panes:
            pane.clear()
            pane.set_collections(collections)
            if self.arena_box.isChecked():
                pane.header.setText(arena_name(pane.index))
            else:
                pane._show_name()
        self._show_prompt("")
        self.vote_panel.hide()
        self.status.setText("" if shown is None or self.ctx.store.is_blind(shown) else self.tr(
            "The comparison shown before is kept in the conversation list."))
        self.setWindowTitle(self.tr("Arena") if self.arena_box.isChecked()
                            else self.tr("Compare models"))
        self._update_buttons()
        self.composer.setFocus()

    def _show_prompt(self, text: str, message_id: int | None = None) -> None:
        """Show the prompt the panes answer above them (hidden when there is none)."""
        self.prompt_message_id = message_id
        shown = text if len(text) <= PROMPT_CHARS else text[:PROMPT_CHARS].rstrip() + "…"
        turn = 1 if message_id is None else sum(
            m.role == "user" for m in self.ctx.store.branch(message_id))
        self.prompt_label.whole = text if shown != text else ""  # (its tooltip)
        self.prompt_label.setText(
            self.tr("Prompt: {text}").format(text=shown) if turn <= 1 else
            self.tr("Turn {n} (each model also reads its own earlier turns; New comparison "
                    "starts afresh): {text}").format(n=turn, text=shown))
        self.prompt_label.setVisible(bool(text))

    def prompt_id(self) -> int | None:
        """The stored user message the shown answers reply to (the first pane's), if any;
        None in the arena (a round is two drawn models, no more)."""
        return None if self.arena_box.isChecked() else self.prompt_message_id

    # running

    def send(self, text: str) -> None:
        """Ask every pane's model (in the arena: two drawn at random) the same prompt."""
        if not text or self.busy or not self.models:
            return
        arena = self.arena_box.isChecked()
        skipped = arena and self.vote_panel.is_open()  # the round shown waits for its vote
        if arena:
            pool = [of_model(m) for m in self.arena_list.checked()] + \
                self.arena_presets.checked()
            if len(pool) < 2:
                self.status.setText(self.pool_hint)
                return
            self.arena_variants = self.rng.sample(pool, 2)
            models = self.arena_models = [v.resolved for v in self.arena_variants]
            self.conversation_id = None  # every battle is its own conversation
        else:
            models = [p.chosen() for p in self.panes]
            if any(m is None for m in models):
                return
        store = self.ctx.store
        parents: list[int | None]
        previous = [p.message for p in self.panes]
        anew = self.conversation_id is not None and not arena  # a pane left behind: said
        if self.conversation_id is not None and all(m is not None for m in previous):
            parents, anew = [m.id for m in previous], False  # each goes on along its branch
        else:
            conversation = store.create_conversation(
                title=title_from(text), system_prompt=self.ctx.settings.system_prompt,
                kind="arena" if arena else "compare")
            self.conversation_id = conversation.id
            store.set_conversation_model(conversation.id, models[0].key)
            parents = [None] * len(models)
        defaults = self.ctx.settings.sampling.to_dict()
        params = ([v.merged_params(defaults) for v in self.arena_variants] if arena else
                  [{**defaults, **w.overrides, **w.answer_params()} for w in self.panes])
        comparison = Comparison(self.ctx.chat.pipeline, self.conversation_id, text, models,
                                params, parents=parents,
                                system_prompt=store.conversation(self.conversation_id)
                                .system_prompt or "")
        self._show_prompt(text, comparison.panes[0].message.parent_id)
        self.composer.clear()
        self._run(comparison, self.panes, blind=arena)
        self._note = " ".join(note for note, said in (  # shown while it runs, and after
            (self.tr("The last round got no vote, so it counts nowhere."), skipped),
            (self.tr("A new comparison began: a pane had not answered the earlier turns "
                     "(Answer this prompt catches it up first)."), anew)) if said)
        if self._note:
            self.status.setText(self._note + " " + self.status.text())

    def answer_prompt(self, widget: PaneWidget) -> None:
        """Let one pane added after the others answered answer the prompt shown (every turn
        up to it, when it is a later one: see compare_catch_up)."""
        self._catch_up = answer_prompt(self, widget)

    def _run(self, comparison: Comparison, widgets: list[PaneWidget], blind: bool) -> None:
        """Show comparison's panes in widgets and start it."""
        self._serial += 1
        serial = self._serial
        comparison.on_update = lambda pane: self.paneUpdated.emit(serial, pane.index)
        comparison.on_done = lambda pane: self.paneDone.emit(serial, pane.index)
        self.comparison = comparison
        self._running = list(widgets)
        for widget, pane in zip(widgets, comparison.panes, strict=True):
            name = (arena_name(widget.index) if blind
                    else widget._with_params(pane.model.display_name))
            widget.start(pane, name, blind, earlier_turns(self.ctx.store, pane.message.parent_id))
        for widget in self.panes:
            widget.answer_button.hide()
        self.vote_panel.hide()
        self.status.setText(self.tr("{n} at once (by free memory)").format(n=comparison.at_once)
                            if comparison.at_once == comparison.parallel else
                            self.tr("{n} at once (panes of one model file take turns)")
                            .format(n=comparison.at_once))
        self._update_buttons()
        self.busyChanged.emit(True)
        comparison.start()

    def _on_updated(self, serial: int, index: int) -> None:
        if serial == self._serial and index < len(self._running):
            self._running[index].schedule()

    def _on_done(self, serial: int, index: int) -> None:
        comparison = self.comparison
        if serial != self._serial or comparison is None or index >= len(self._running):
            return
        pane = comparison.panes[index]
        message = self.ctx.store.message(pane.message.id)
        self._running[index].finish(message)
        self._running[index].show_sources(self._documents().retrieval_of(message))
        catch_up, self._catch_up = self._catch_up, None
        if catch_up is not None and next_turn(self, catch_up, message):
            self._catch_up = catch_up  # (its next turn runs)
            return
        if all(w.message is not None for w in self._running):
            self._ended()
            if self.arena_box.isChecked():
                self._offer_vote()

    def _ended(self) -> None:
        """No comparison runs any more: the window is ready for the next (panes without a
        finished answer offer to answer, however it ended: the window closed too)."""
        self.comparison, self._catch_up = None, None
        self._running = []
        self.status.setText(self._note)
        self._note = ""
        self._update_buttons()
        self._offer_answers()
        self.busyChanged.emit(False)

    def _offer_answers(self) -> None:
        """Panes without an answer to the shown prompt by their model (none, or one by the
        model picked before) offer to answer it; one whose answer by its model failed or was
        stopped offers to make that answer again (Try again)."""
        can = self.prompt_id() is not None and not self.busy
        for widget in self.panes:
            chosen, message = widget.chosen(), widget.message
            same = message is not None and (chosen is None or message.model_key == chosen.key)
            again = same and message.finish_reason in UNFINISHED
            widget.offer_answer(can and (again or not same), again=again)

    def stop_pane(self, widget: PaneWidget) -> None:
        """Stop one pane's answer (its text so far is kept)."""
        if widget.pane is not None and widget.message is None:
            widget.pane.stop()

    def open_conversation(self, conversation_id: int) -> bool:
        """Show a stored comparison side by side: the prompt of its latest turn and each
        branch's latest answer with its numbers (the first MAX_PANES of them). A chat with
        one answer opens too, the other panes ready to answer the same prompt. False (and
        nothing changes) while a comparison runs, or for a blind round not voted on."""
        store = self.ctx.store
        if self.busy or store.is_blind(conversation_id):
            return False
        stored = stored_comparison(store, conversation_id)
        if stored is None:
            self.status.setText(self.tr("This conversation has no prompt to compare yet."))
            return False
        if self.arena_box.isChecked():
            self.arena_box.setChecked(False)
        answers = stored.answers[:MAX_PANES]
        while len(self.panes) < max(MIN_PANES, len(answers)):
            self.add_pane()
        while len(self.panes) > max(MIN_PANES, len(answers)):
            self.remove_pane()
        self.new_comparison()
        self.conversation_id = conversation_id
        missing = []
        defaults = self.ctx.settings.sampling.to_dict()
        for widget, answer in zip(self.panes, answers, strict=False):
            if not widget.select_model(answer.model_key):
                missing.append(short_name(answer) or "?")
            widget.go_on_as(answer.sampling, defaults)
            name = widget._with_params(short_name(answer) or "?")
            asked = store.message(answer.parent_id).content
            if asked != stored.prompt.content:  # a branch whose latest turn is another
                name += " · " + self.tr("answers “{prompt}”").format(prompt=asked[:60])
            widget.show_stored(answer, name, earlier_turns(store, answer.parent_id))
            widget.show_sources(self._documents().retrieval_of(answer))
        self._show_prompt(stored.prompt.content, stored.prompt.id)
        self._offer_answers()
        notes = []
        if len(stored.answers) > len(answers):
            notes.append(self.tr("Showing {shown} of {total} answers.").format(
                shown=len(answers), total=len(stored.answers)))
        if missing:
            notes.append(self.tr("Not in the library any more: {models}.").format(
                models=", ".join(dict.fromkeys(missing))))
        self.status.setText(" ".join(notes))
        self.setWindowTitle(self.tr("Compare models: {title}").format(
            title=store.conversation(conversation_id).title or self.tr("New conversation")))
        return True

    def stop_all(self) -> None:
        """Stop every pane."""
        if self.comparison is not None:
            self.comparison.stop()

    def continue_with(self, message_id: int) -> None:
        """Make this answer the conversation's shown branch and open it in the main window."""
        continue_with(self.ctx.store, message_id)
        self.openConversation.emit(self.ctx.store.message(message_id).conversation_id)

    # arena

    def _offer_vote(self) -> None:
        """Ask for the vote; a round where a model could not answer or wrote nothing gets
        none, and the names are shown at once (VotePanel.offer)."""
        answers = [w.message for w in self.panes[:2]]
        if None in answers:
            self.vote_panel.hide()
            return
        self.vote_panel.offer(answers, self._reveal)

    def _reveal(self) -> list[str]:
        """Show the drawn models' names in the arena's panes; the names."""
        names = [drawn_name(v) for v in self.arena_variants]
        for widget, name in zip(self.panes, names, strict=False):
            widget.reveal(self.tr("{label}: {model}").format(
                label=arena_name(widget.index), model=name))
        return names

    def vote(self, outcome: str) -> int | None:
        """Store the vote on the two arena answers, then show the models' names, the
        answers' numbers and Continue. None when the round takes no vote (any more)."""
        a, b = (w.message for w in self.panes[:2])
        if a is None or b is None or self.busy or not self.vote_panel.is_open():
            return None
        try:
            vote_id = add_vote(self.ctx.store, a.id, b.id, outcome,
                               tag=self.tag_edit.text().strip() or "arena")
        except UserError as exc:  # the store's own refusal: a vote already, no answer
            self._reveal()
            self.vote_panel.close_with(error_text(exc))
            return None
        names = self._reveal()
        self.vote_panel.close_with(self.tr("Vote saved. Model A was {a}, Model B was {b}.")
                                   .format(a=names[0], b=names[1]))
        self.voted.emit(vote_id)
        return vote_id

    @property
    def models(self) -> list[AnyModel]:
        """Every model the panes can pick."""
        return self.model_list.models

    # closing

    def restore_engine(self) -> None:
        """Give the engine back its own limit of loaded models (idle extra ones unload; the
        main window's model stays loaded)."""
        picked = getattr(self.parent(), "current_model", lambda: None)()
        self.ctx.engine.set_max_loaded(self._max_loaded, getattr(picked, "path", None))

    def escape(self) -> None:
        """Escape: stop the answers while they run (as in the main window), else close."""
        (self.stop_all if self.busy else self.close)()

    def close_without_asking(self) -> None:
        """Close without asking about an arena round left without a vote or answers running
        (the app quits)."""
        self._asked = True
        self.close()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous():  # opened (again): the keyboard is in the prompt box
            self.composer.setFocus()

    def closeEvent(self, event) -> None:  # noqa: N802
        if not may_close(self):  # an arena round without a vote, or answers running
            return event.ignore()
        stop_running(self)
        self.restore_engine()
        super().closeEvent(event)
        self.closed.emit()
