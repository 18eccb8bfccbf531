"""The Compare window: one prompt to 2–4 models side by side, and the blind arena.

Pane threads of the core `Comparison` call back from their own threads; those calls only
emit a signal (queued to the GUI thread), and each pane repaints at most once per
REPAINT_MS from a single-shot timer.

The prompt is shown above the panes; a stored comparison reopens with its panes' last
answers, and a pane added afterwards can answer the same prompt. In the arena nothing that
could tell the models apart (names, speed, "Continue with this answer") shows before the
vote, and the round joins the chat list only once it is voted on.
"""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from chatapp.catalogue import AnyModel
from chatapp.chat import title_from
from chatapp.compare.side_by_side import Comparison, Pane, continue_with, stored_comparison
from chatapp.compare.variants import Variant, of_model
from chatapp.compare.votes import add_vote
from chatapp.store import Message
from chatapp.ui.arena_presets import PresetChecklist
from chatapp.ui.conversation_settings import PaneParamsDialog, params_summary
from chatapp.ui.markdown_view import MarkdownView
from chatapp.ui.model_list import MODEL_ROLE, ModelChecklist, ModelList, shared_model_list
from chatapp.ui.provenance import short_name
from chatapp.ui.sizing import fit_to_screen

REPAINT_MS = 30
MIN_PANES, MAX_PANES = 2, 4
PROMPT_CHARS = 600  # longest prompt shown above the panes (the tooltip has all of it)


class PaneSignals(QObject):
    """Carries pane events from the comparison's threads to the GUI thread.

    Signals:
        updated(int, int): comparison serial, pane index (text or state changed).
        done(int, int): comparison serial, pane index (the pane's answer is stored).
    """

    updated = Signal(int, int)
    done = Signal(int, int)


class PromptEdit(QPlainTextEdit):
    """The shared composer: Enter sends, Shift+Enter starts a new line.

    Signals:
        submitted(str): the text to send (the box is cleared).
    """

    submitted = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            text = self.toPlainText().strip()
            if text:
                self.submitted.emit(text)
            return
        super().keyPressEvent(event)


class PaneWidget(QFrame):
    """One model's column: picker, header, the streamed answer, live stats, buttons.

    Signals:
        stopRequested(): stop this pane's answer.
        continueRequested(int): the message id to continue with in the main window.
        answerRequested(): answer the comparison's prompt in this pane (added later).

    Attributes:
        blind: an arena pane before the vote: no speed numbers, no "Continue".
    """

    stopRequested = Signal()
    continueRequested = Signal(int)
    answerRequested = Signal()

    def __init__(self, models: ModelList, index: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comparePane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.models = models
        self.index = index
        self.pane: Pane | None = None
        self.message: Message | None = None
        self.overrides: dict = {}  # sampling parameters of this pane that differ
        self.blind = False
        self._shown = 0  # characters of pane.text already in the view
        self.repaints = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REPAINT_MS)
        self.timer.timeout.connect(self.repaint_now)

        self.picker = QComboBox(self)
        self.picker.setToolTip(self.tr("Model for this pane"))
        self.picker.setSizeAdjustPolicy(  # a long model name must not widen the window
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(12)
        self.params_button = QPushButton(self.tr("Parameters…"), self)
        self.params_button.setToolTip(self.tr("Sampling parameters for this pane"))
        self.docs_box = QComboBox(self)  # retrieval on or off is a thing testers compare
        self.docs_box.setToolTip(self.tr("Document collection this pane's answers search "
                                         "and cite"))
        self.docs_box.setAccessibleName(self.tr("Documents for this pane"))
        self.docs_box.addItem(self.tr("No documents"), "")
        self.header = QLabel(self)
        self.header.setObjectName("paneHeader")
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.state_label = QLabel(self)
        self.stats_label = QLabel(self)
        self.stats_label.setWordWrap(True)
        self.view = MarkdownView(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget(scroll)
        column = QVBoxLayout(holder)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.view)
        column.addStretch(1)
        scroll.setWidget(holder)
        self.scroll = scroll
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stopRequested)
        self.continue_button = QPushButton(self.tr("Continue with this answer"), self)
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self._continue)
        self.answer_button = QPushButton(self.tr("Answer this &prompt"), self)
        self.answer_button.setToolTip(self.tr("Ask this pane's model the prompt the other "
                                              "panes answered"))
        self.answer_button.hide()
        self.answer_button.clicked.connect(self.answerRequested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        choose = QHBoxLayout()
        choose.addWidget(self.picker, 1)
        choose.addWidget(self.params_button)
        choose.addWidget(self.docs_box)
        layout.addLayout(choose)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.state_label)
        layout.addLayout(top)
        layout.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.stats_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        models.bind(self.picker, lambda: (models.models[index % len(models.models)].key
                                          if models.models else None), self._show_name)
        self.picker.currentIndexChanged.connect(self._show_name)
        self.docs_box.currentIndexChanged.connect(self._show_name)

    def set_collections(self, names: list[str]) -> None:
        """Offer these document collections (the one picked stays when it is still there)."""
        box = self.docs_box
        current = box.currentData() or ""
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("No documents"), "")
        for name in names:
            box.addItem(name, name)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    def docs_params(self) -> dict:
        """The answer's parameters for the collection picked ({} for none)."""
        name = self.docs_box.currentData()
        return {"docs": [name]} if name else {}

    def chosen(self) -> AnyModel | None:
        """The model picked for this pane."""
        return self.picker.currentData(MODEL_ROLE)

    def _show_name(self, *_args) -> None:
        if self.pane is None:
            model = self.chosen()
            self.header.setText(self._with_params(model.display_name if model
                                                  else self.tr("No model")))

    def _with_params(self, name: str) -> str:
        docs = self.docs_box.currentData()
        if docs:
            name = f"{name} + {docs}"
        return f"{name} · {params_summary(self.overrides)}" if self.overrides else name

    def set_overrides(self, params: dict) -> None:
        """Use these sampling parameters (over the app's) for this pane's next answers."""
        self.overrides = dict(params)
        self.params_button.setText(
            self.tr("Parameters ({n} changed)…").format(n=len(params)) if params
            else self.tr("Parameters…"))
        self.params_button.setToolTip(params_summary(params)
                                      or self.tr("Sampling parameters for this pane"))
        self._show_name()

    def set_choosing(self, visible: bool) -> None:
        """Show the model picker and parameters (hidden in the blind arena)."""
        self.picker.setVisible(visible)
        self.params_button.setVisible(visible)
        self.docs_box.setVisible(visible)

    def start(self, pane: Pane, name: str, blind: bool = False) -> None:
        """Show a new answer of this pane (name: the model's, or "Model A" in the arena,
        blind until the vote)."""
        self.pane = pane
        self.message = None
        self.blind = blind
        self._shown = 0
        self.header.setText(name)
        self.header.setToolTip(name)
        self.view.set_content("")
        self.answer_button.hide()
        self.stop_button.setEnabled(True)
        self.continue_button.setEnabled(False)
        self.repaint_now()

    def clear(self) -> None:
        """Forget the shown answer (a new comparison starts)."""
        self.timer.stop()
        self.pane = None
        self.message = None
        self.blind = False
        self._shown = 0
        self.view.set_content("")
        self.state_label.clear()
        self.stats_label.clear()
        self.answer_button.hide()
        self.stop_button.setEnabled(False)
        self.continue_button.setEnabled(False)
        self.continue_button.setToolTip("")

    def show_stored(self, message: Message, name: str) -> None:
        """Show an answer from the store (a reopened comparison), with its final stats."""
        self.clear()
        self.header.setText(name)
        self.header.setToolTip(name)
        self.finish(message)

    def select_model(self, key: str | None) -> bool:
        """Pick the library model with key; False when it is not in the library."""
        index = self.picker.findData(key) if key else -1
        if index >= 0:
            self.picker.setCurrentIndex(index)
        return index >= 0

    def schedule(self) -> None:
        """Repaint within REPAINT_MS (several updates in that time make one repaint)."""
        if not self.timer.isActive():
            self.timer.start()

    def repaint_now(self) -> None:
        """Show the pane's text and stats as they are now."""
        pane = self.pane
        if pane is None:
            return
        self.repaints += 1
        text = pane.text
        if len(text) > self._shown:
            bar = self.scroll.verticalScrollBar()
            at_end = bar.value() >= bar.maximum() - 4
            self.view.append_text(text[self._shown:])
            self._shown = len(text)
            if at_end:
                QTimer.singleShot(0, lambda: bar.setValue(bar.maximum()))
        if self.message is not None:
            return
        self.state_label.setText(self._state_text(pane.state))
        self.stats_label.setText(self._live_stats(pane))

    def _state_text(self, state: str) -> str:
        return {"queued": self.tr("waiting"), "loading": self.tr("loading…"),
                "streaming": self.tr("streaming"), "done": self.tr("done")}.get(state, state)

    def _live_stats(self, pane: Pane) -> str:
        """This answer's numbers so far: its own first token, token count and speed."""
        if self.blind or pane.first_token_s is None:
            return ""
        parts = [self.tr("first token {s:.2f} s").format(s=pane.first_token_s),
                 self.tr("{n} tokens").format(n=pane.tokens)]
        rate = pane.tokens_per_s
        if rate is not None:
            parts.append(self.tr("{rate:.1f} tok/s").format(rate=rate))
        return " · ".join(parts)

    def finish(self, message: Message) -> None:
        """The pane's answer is stored: show it whole with its final stats."""
        self.timer.stop()
        self.message = None
        self.repaint_now()
        if self.view.source_text != message.content:
            self.view.set_content(message.content)
            self._shown = len(message.content)
        self.message = message
        nothing = not message.completion_tokens and not message.content
        reasons = {"stop": self.tr("done"), "length": self.tr("done (token limit)"),
                   "stopped": (self.tr("stopped before the first token") if nothing
                               else self.tr("stopped")),
                   "error": self.tr("error"), "interrupted": self.tr("interrupted")}
        self.state_label.setText(reasons.get(message.finish_reason or "",
                                             message.finish_reason or ""))
        self.stop_button.setEnabled(False)
        self._show_final(message)

    def _show_final(self, message: Message) -> None:
        """The stored answer's stats and Continue (both held back while blind)."""
        parts = []
        if not self.blind:
            tokens = message.completion_tokens or 0
            if message.ttft_s is not None and tokens > 0:
                parts.append(self.tr("first token {s:.2f} s").format(s=message.ttft_s))
            if message.completion_tokens is not None or message.finish_reason == "stopped":
                parts.append(self.tr("{n} tokens").format(n=tokens))
            if message.tokens_per_s and tokens > 1:
                parts.append(self.tr("{rate:.1f} tok/s").format(rate=message.tokens_per_s))
        if message.finish_reason == "error" and message.error:
            parts.append(message.error)
        self.stats_label.setText(" · ".join(parts))
        self.continue_button.setEnabled(message.finish_reason != "error" and not self.blind)
        self.continue_button.setToolTip(
            self.tr("The models' names are shown after your vote; then you can go on with "
                    "either answer.") if self.blind else "")

    def reveal(self, name: str) -> None:
        """The vote is in: show the model's name, the answer's numbers and Continue."""
        self.blind = False
        self.header.setText(name)
        self.header.setToolTip(name)
        if self.message is not None:
            self._show_final(self.message)

    def _continue(self) -> None:
        if self.message is not None:
            self.continueRequested.emit(self.message.id)


class CompareWindow(QWidget):
    """Side by side and arena.

    Signals:
        openConversation(int): a conversation to show in the main window.
        busyChanged(bool): a comparison started (True) or every pane ended (False).
        voted(int): a vote was stored (its id).
    """

    openConversation = Signal(int)
    busyChanged = Signal(bool)
    voted = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None, arena: bool = False) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("Compare models"))
        fit_to_screen(self, 1200, 740)
        self.ctx = ctx
        self.model_list = shared_model_list(ctx, parent)
        self.comparison: Comparison | None = None
        self._running: list[PaneWidget] = []  # the widget of each pane of self.comparison
        self.conversation_id: int | None = None
        self.rng = random.Random()
        self.arena_models: list[AnyModel] = []
        self.arena_variants: list[Variant] = []  # what was drawn: a model, or a preset
        self._serial = 0
        self._max_loaded = ctx.engine.max_loaded
        self.signals = PaneSignals(self)
        self.signals.updated.connect(self._on_updated, Qt.ConnectionType.QueuedConnection)
        self.signals.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

        self.arena_box = QCheckBox(self.tr("&Arena (blind, 2 random models)"), self)
        self.add_button = QPushButton(self.tr("&Add pane"), self)
        self.remove_button = QPushButton(self.tr("&Remove pane"), self)
        self.new_button = QPushButton(self.tr("&New comparison"), self)
        self.stop_all_button = QPushButton(self.tr("Stop &all"), self)
        self.stop_all_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_pane)
        self.remove_button.clicked.connect(self.remove_pane)
        self.new_button.clicked.connect(self.new_comparison)
        self.stop_all_button.clicked.connect(self.stop_all)
        self.arena_box.toggled.connect(self.set_arena)
        bar = QHBoxLayout()
        bar.addWidget(self.arena_box)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addWidget(self.stop_all_button)

        # arena set-up: which models may be drawn, and the vote tag
        self.arena_panel = QWidget(self)
        arena_layout = QHBoxLayout(self.arena_panel)
        arena_layout.setContentsMargins(0, 0, 0, 0)
        self.arena_list = ModelChecklist(self.model_list, self.arena_panel)
        self.arena_list.setMaximumHeight(90)
        self.tag_edit = QLineEdit("arena", self.arena_panel)
        self.tag_edit.setMaximumWidth(200)
        tag_label = QLabel(self.tr("Vote &tag:"), self.arena_panel)
        tag_label.setBuddy(self.tag_edit)
        arena_layout.addWidget(QLabel(self.tr("Draw from:"), self.arena_panel))
        arena_layout.addWidget(self.arena_list, 1)
        self.arena_presets = PresetChecklist(self.arena_panel)
        self.arena_presets.setMaximumHeight(90)
        self.arena_presets.hide()
        arena_layout.addWidget(self.arena_presets, 1)
        arena_layout.addWidget(tag_label)
        arena_layout.addWidget(self.tag_edit)
        self.arena_panel.hide()

        self.prompt_label = QLabel(self)
        self.prompt_label.setObjectName("comparePrompt")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt_label.setAccessibleName(self.tr("Prompt"))
        self.prompt_label.hide()
        self.prompt_text = ""
        self.prompt_message_id: int | None = None  # the stored user turn the panes answer

        self.pane_row = QHBoxLayout()
        self.panes: list[PaneWidget] = []

        self.vote_panel = QWidget(self)
        vote_layout = QHBoxLayout(self.vote_panel)
        vote_layout.setContentsMargins(0, 0, 0, 0)
        self.vote_label = QLabel(self.tr("Which answer is better?"), self.vote_panel)
        vote_layout.addWidget(self.vote_label, 1)
        self.vote_buttons: dict[str, QPushButton] = {}
        for outcome, text in (("a", self.tr("A is better")), ("b", self.tr("B is better")),
                              ("tie", self.tr("Tie")), ("both_bad", self.tr("Both are bad"))):
            button = QPushButton(text, self.vote_panel)
            button.clicked.connect(lambda _=False, o=outcome: self.vote(o))
            vote_layout.addWidget(button)
            self.vote_buttons[outcome] = button
        self.vote_panel.hide()

        self.composer = PromptEdit(self)
        self.composer.setPlaceholderText(
            self.tr("Ask every model the same thing (Enter sends, Shift+Enter: new line)"))
        self.composer.setMaximumHeight(90)
        self.composer.submitted.connect(self.send)
        self.send_button = QPushButton(self.tr("&Send"), self)
        self.send_button.clicked.connect(lambda: self.send(self.composer.toPlainText().strip()))
        self.status = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.composer, 1)
        bottom.addWidget(self.send_button)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.arena_panel)
        layout.addWidget(self.prompt_label)
        layout.addLayout(self.pane_row, 1)
        layout.addWidget(self.vote_panel)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        for _ in range(MIN_PANES):
            self.add_pane()
        if not self.models:
            self.status.setText(self.tr("No local models: add some in the Models menu."))
            self.composer.setEnabled(False)
            self.send_button.setEnabled(False)
        self.arena_box.setChecked(arena)
        self._update_buttons()
        self.composer.setFocus()

    # panes

    @property
    def busy(self) -> bool:
        """A comparison is running."""
        return self.comparison is not None

    def add_pane(self) -> PaneWidget | None:
        """Add a pane (up to four)."""
        if len(self.panes) >= MAX_PANES or self.busy:
            return None
        pane = PaneWidget(self.model_list, len(self.panes), self)
        pane.stopRequested.connect(lambda p=pane: self.stop_pane(p))
        pane.continueRequested.connect(self.continue_with)
        pane.answerRequested.connect(lambda p=pane: self.answer_prompt(p))
        pane.params_button.clicked.connect(lambda _=False, p=pane: self.edit_pane_params(p))
        pane.set_choosing(not self.arena_box.isChecked())
        pane.set_collections(self._collections())
        self.panes.append(pane)
        self.pane_row.addWidget(pane, 1)
        pane.answer_button.setVisible(self.prompt_id() is not None)
        self._update_buttons()
        return pane

    def _collections(self) -> list[str]:
        from chatapp.store.documents import Documents

        return [c.name for c in Documents(self.ctx.store).collections()]

    def edit_pane_params(self, widget: PaneWidget) -> PaneParamsDialog:
        """Open the parameters of one pane (applied when the dialog is accepted)."""
        dialog = PaneParamsDialog(self.ctx.settings.sampling, widget.overrides, self,
                                  library=self.ctx.library)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: widget.set_overrides(dialog.values()))
        dialog.open()
        return dialog

    def remove_pane(self) -> None:
        """Remove the last pane (at least two stay)."""
        if len(self.panes) <= MIN_PANES or self.busy:
            return
        pane = self.panes.pop()
        self.pane_row.removeWidget(pane)
        pane.deleteLater()  # the other panes go on along their own branches
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
            pane = self.panes.pop()
            self.pane_row.removeWidget(pane)
            pane.deleteLater()
        self.arena_panel.setVisible(on)
        if on:
            self.arena_presets.reload(self.ctx.store, self.ctx.catalogue)
        for pane in self.panes:
            pane.set_choosing(not on)
        self.new_comparison()

    def _drawn_name(self, variant: Variant) -> str:
        """What was drawn, as revealed: the model's name, or "PRESET (MODEL)"."""
        model = variant.resolved.display_name
        return model if variant.plain else self.tr("{preset} ({model})").format(
            preset=variant.name, model=model)

    def _arena_name(self, index: int) -> str:
        return self.tr("Model A") if index == 0 else self.tr("Model B")

    def new_comparison(self) -> None:
        """The next prompt starts a new conversation."""
        if self.busy:
            return
        self.conversation_id = None
        collections = self._collections()
        for pane in self.panes:
            pane.clear()
            pane.set_collections(collections)
            if self.arena_box.isChecked():
                pane.header.setText(self._arena_name(pane.index))
            else:
                pane._show_name()
        self._show_prompt("")
        self.vote_panel.hide()
        self.status.clear()
        self.setWindowTitle(self.tr("Arena") if self.arena_box.isChecked()
                            else self.tr("Compare models"))
        self._update_buttons()
        self.composer.setFocus()

    def _show_prompt(self, text: str, message_id: int | None = None) -> None:
        """Show the prompt the panes answer above them (hidden when there is none)."""
        self.prompt_text = text
        self.prompt_message_id = message_id
        shown = text if len(text) <= PROMPT_CHARS else text[:PROMPT_CHARS].rstrip() + "…"
        self.prompt_label.setText(self.tr("Prompt: {text}").format(text=shown))
        self.prompt_label.setToolTip(text if shown != text else "")
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
        if arena:
            pool = [of_model(m) for m in self.arena_list.checked()] + \
                self.arena_presets.checked()
            if len(pool) < 2:
                self.status.setText(self.tr("Tick at least two models or presets to draw "
                                            "from."))
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
        if self.conversation_id is not None and all(m is not None for m in previous):
            parents = [m.id for m in previous]  # each pane goes on along its own branch
        else:
            conversation = store.create_conversation(
                title=title_from(text), system_prompt=self.ctx.settings.system_prompt,
                kind="arena" if arena else "compare")
            self.conversation_id = conversation.id
            store.set_conversation_model(conversation.id, models[0].key)
            parents = [None] * len(models)
        defaults = self.ctx.settings.sampling.to_dict()
        params = ([v.merged_params(defaults) for v in self.arena_variants] if arena else
                  [{**defaults, **w.overrides, **w.docs_params()} for w in self.panes])
        comparison = Comparison(self.ctx.chat.pipeline, self.conversation_id, text, models,
                                params, parents=parents,
                                system_prompt=store.conversation(self.conversation_id)
                                .system_prompt or "")
        self._show_prompt(text, comparison.panes[0].message.parent_id)
        self.composer.clear()
        self._run(comparison, self.panes, blind=arena)

    def answer_prompt(self, widget: PaneWidget) -> None:
        """Let one pane (added after the others answered) answer the same prompt: its
        answer is stored beside theirs, with the history of the first pane's branch."""
        prompt = self.prompt_id()
        model = widget.chosen()
        if prompt is None or model is None or self.busy or widget not in self.panes:
            return
        store = self.ctx.store
        params = {**self.ctx.settings.sampling.to_dict(), **widget.overrides,
                  **widget.docs_params()}
        comparison = Comparison(self.ctx.chat.pipeline, self.conversation_id, "", [model],
                                [params], prompts=[prompt],
                                system_prompt=store.conversation(self.conversation_id)
                                .system_prompt or "")
        self._run(comparison, [widget], blind=False)

    def _run(self, comparison: Comparison, widgets: list[PaneWidget], blind: bool) -> None:
        """Show comparison's panes in widgets and start it."""
        self._serial += 1
        serial = self._serial
        comparison.on_update = lambda pane: self.signals.updated.emit(serial, pane.index)
        comparison.on_done = lambda pane: self.signals.done.emit(serial, pane.index)
        self.comparison = comparison
        self._running = list(widgets)
        for widget, pane in zip(widgets, comparison.panes, strict=True):
            name = (self._arena_name(widget.index) if blind
                    else widget._with_params(pane.model.display_name))
            widget.start(pane, name, blind=blind)
        for widget in self.panes:
            widget.answer_button.hide()
        self.vote_panel.hide()
        self.status.setText(self.tr("{n} at once (by free memory)")
                            .format(n=comparison.parallel))
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
        self._running[index].finish(self.ctx.store.message(pane.message.id))
        if all(w.message is not None for w in self._running):
            self.comparison = None
            self._running = []
            self.status.clear()
            self._update_buttons()
            self._offer_answers()
            self.busyChanged.emit(False)
            if self.arena_box.isChecked():
                self._offer_vote()

    def _offer_answers(self) -> None:
        """Panes without an answer to the shown prompt offer to answer it."""
        can = self.prompt_id() is not None and not self.busy
        for widget in self.panes:
            widget.answer_button.setVisible(can and widget.message is None)

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
                missing.append(answer.model_name or "?")
            # the pane goes on with the parameters its answer was made with
            widget.set_overrides({k: v for k, v in answer.sampling.items()
                                  if (k in defaults and v != defaults[k])
                                  or k in ("adapters", "system_prompt")})
            widget.show_stored(answer, widget._with_params(short_name(answer) or "?"))
        self._show_prompt(stored.prompt.content, stored.prompt.id)
        self._offer_answers()
        notes = []
        if len(stored.answers) > len(answers):
            notes.append(self.tr("Showing {shown} of {total} answers.").format(
                shown=len(answers), total=len(stored.answers)))
        if missing:
            notes.append(self.tr("Not in the library any more: {models}.").format(
                models=", ".join(missing)))
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
        a, b = (w.message for w in self.panes[:2])
        usable = a is not None and b is not None
        for button in self.vote_buttons.values():
            button.setEnabled(usable)
        self.vote_label.setText(self.tr("Which answer is better?"))
        self.vote_panel.setVisible(usable)

    def vote(self, outcome: str) -> int | None:
        """Store the vote on the two arena answers, then show the models' names, the
        answers' numbers and Continue."""
        a, b = (w.message for w in self.panes[:2])
        if a is None or b is None or self.busy:
            return None
        vote_id = add_vote(self.ctx.store, a.id, b.id, outcome,
                           tag=self.tag_edit.text().strip() or "arena")
        names = [self._drawn_name(v) for v in self.arena_variants]
        for widget, name in zip(self.panes, names, strict=False):
            widget.reveal(self.tr("{label}: {model}").format(
                label=self._arena_name(widget.index), model=name))
        for button in self.vote_buttons.values():
            button.setEnabled(False)
        self.vote_label.setText(self.tr("Vote saved. Model A was {a}, Model B was {b}.").format(
            a=names[0], b=names[1]))
        self.voted.emit(vote_id)
        return vote_id

    # closing

    @property
    def models(self) -> list[AnyModel]:
        """Every model the panes can pick."""
        return self.model_list.models

    def restore_engine(self) -> None:
        """Give the engine back its own limit of loaded models (idle extra ones unload)."""
        self.ctx.engine.set_max_loaded(self._max_loaded)

    def closeEvent(self, event) -> None:  # noqa: N802
        comparison = self.comparison
        if comparison is not None:
            self._serial += 1  # its late signals are ignored
            comparison.stop()
            comparison.wait(10)
            self.comparison = None
            self.busyChanged.emit(False)
        self.restore_engine()
        super().closeEvent(event)


def install_compare_menu(window) -> None:
    """Add the Compare menu to the main window (side by side, a stored comparison, arena,
    leaderboard, evaluate) and the sidebar's ways into it (open side by side, a run's
    report)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QKeySequence

    translate = QCoreApplication.translate
    menu = window.menuBar().addMenu(translate("CompareMenu", "&Compare"))

    def compare(arena: bool) -> CompareWindow:
        existing = getattr(window, "compare_window", None)
        if existing is None:
            existing = CompareWindow(window.ctx, window)
            existing.openConversation.connect(lambda cid: _show_in(window, cid))
            existing.voted.connect(lambda _vote: window.refresh_sidebar())
            window.compare_window = existing
        if not existing.busy:
            existing.arena_box.setChecked(arena)
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing

    def reopen(conversation_id: int | None) -> CompareWindow | None:
        if conversation_id is None:
            return None
        view = compare(False)
        view.open_conversation(conversation_id)
        return view

    def report(run_id: int) -> None:
        from chatapp.ui.eval_dialog import open_report

        run = window.ctx.store.eval_run(run_id)
        open_report(window, Path(run.folder) / "report.html")

    def leaderboard():
        from chatapp.compare.claims import named_claims
        from chatapp.ui.leaderboard import LeaderboardDialog

        ctx = window.ctx
        dialog = LeaderboardDialog(ctx.store, window, claims_for=lambda names: named_claims(
            names, ctx.library, ctx.store, ctx.paths.card_claims))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.leaderboard_dialog = dialog
        dialog.show()
        return dialog

    def evaluate():
        from chatapp.ui.eval_dialog import EvalDialog

        existing = getattr(window, "eval_dialog", None)
        if existing is None:
            existing = EvalDialog(window.ctx, window)
            existing.openConversation.connect(lambda cid: _show_in(window, cid))
            existing.runsChanged.connect(window.refresh_sidebar)
            window.eval_dialog = existing
        existing.show()
        existing.raise_()
        return existing

    side = menu.addAction(translate("CompareMenu", "&Side by side…"), lambda: compare(False))
    side.setShortcut(QKeySequence("Ctrl+Shift+B"))
    window.addAction(side)
    this = menu.addAction(translate("CompareMenu", "&Open this conversation side by side"),
                          lambda: reopen(window.conversation_id))
    menu.aboutToShow.connect(lambda: this.setEnabled(window.conversation_id is not None))
    menu.addAction(translate("CompareMenu", "&Arena…"), lambda: compare(True))
    menu.addSeparator()
    menu.addAction(translate("CompareMenu", "&Leaderboard…"), leaderboard)
    menu.addAction(translate("CompareMenu", "&Evaluate a prompt set…"), evaluate)
    window.compare_menu = menu
    window.sidebar.compareRequested.connect(reopen)
    window.sidebar.runReportRequested.connect(report)


def _show_in(window, conversation_id: int) -> None:
    run_id = window.ctx.store.conversation(conversation_id).eval_run_id
    if run_id is not None:
        window.sidebar.expanded.add(run_id)  # where it is listed
    window.refresh_sidebar()
    window.open_conversation(conversation_id)
    window.show()
    window.raise_()
    window.activateWindow()
