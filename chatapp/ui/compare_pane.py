"""One pane of the side-by-side window: a model's answer as it streams, its numbers, and its
own settings; the pane threads' calls reach it as signals."""

from __future__ import annotations

import dataclasses
import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from chatapp.answer_parts import continuable
from chatapp.catalogue import AnyModel
from chatapp.compare.side_by_side import PANE_KEY, Pane
from chatapp.compare.variants import SAMPLING_KEYS, Adapter, Variant
from chatapp.store import Message
from chatapp.store.doc_records import Retrieval
from chatapp.ui.chat_view import EndFollower
from chatapp.ui.compare_pane_tabs import order_pane_tabs
from chatapp.ui.compare_pane_title import DocsBox, PaneTitle
from chatapp.ui.conversation_settings import params_summary
from chatapp.ui.earlier_turns import EarlierTurns
from chatapp.ui.errors import answer_error_text
from chatapp.ui.label import ElidedButton, ElidedLabel, Label, wrappable
from chatapp.ui.layouts import fill
from chatapp.ui.markdown_view import MarkdownView
from chatapp.ui.model_list import MODEL_ROLE, ModelList, ModelPicker
from chatapp.ui.provenance import empty_answer_text
from chatapp.ui.sources_view import SourcesList, cited_from
from chatapp.ui.thinking import ThinkingSection
from chatapp.ui.units import decimal, speed_parts, tokens_text
from chatapp.ui.variant_editor import offer_collections, variant_params

REPAINT_MS = 30
WAITED_S = 0.5  # a wait for its turn shorter than this is not told


class PaneWidget(QFrame):
    """One model's column: picker, header, the streamed answer, live stats, buttons.

    Signals:
        stopRequested(): stop this pane's answer.
        continueRequested(int): the message id to continue with in the main window
            ("Continue in chat", offered for a stored answer with text).
        answerRequested(): answer the comparison's prompt in this pane (added later).
        goOnRequested(): go on writing the pane's answer in the pane (its Continue).

    Attributes:
        blind: an arena pane before the vote: no speed numbers, no "Continue", no sources
            and no citation links (an answer made from documents must not stand out).
        variant_name: the name this pane's answers are stored and ranked under (a variant
            made with the variant editor), or None for the model's own.
    """

    stopRequested = Signal()
    continueRequested = Signal(int)
    answerRequested = Signal()
    goOnRequested = Signal()

    def __init__(self, models: ModelList, index: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comparePane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.models = models
        self.index = index
        self.pane: Pane | None = None
        self.message: Message | None = None
        self.overrides: dict = {}  # sampling parameters of this pane that differ
        self.variant_name: str | None = None
        self._applying = False  # set_variant is choosing the model and documents
        self.retrieval: Retrieval | None = None  # what the shown answer was given
        self.blind = False
        self._shown = 0  # characters of pane.text already in the view
        # the shown answer's header, and the pane's choice when it was shown
        self._answer_name, self._choice_then = "", ""
        self.repaints = 0
        self.timer = QTimer(self, singleShot=True, interval=REPAINT_MS, timeout=self.repaint_now)
        # while loading and reading the prompt, no text comes
        self.poll = QTimer(self, interval=250, timeout=self.schedule)

        self.picker = ModelPicker(self)
        self.picker.setToolTip(self.tr("Model for this pane"))
        self.picker.setSizeAdjustPolicy(  # a long model name must not widen the window
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(7)
        self.params_button = ElidedButton(self.tr("Parameters…"), self, flat=False)
        self.params_button.setToolTip(self.tr("Sampling parameters for this pane"))
        self.docs_box = DocsBox(self)  # retrieval on or off is compared too
        self.docs_box.setSizeAdjustPolicy(  # nor a long collection name (the list shows it)
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.docs_box.setMinimumContentsLength(6)
        self.docs_box.setToolTip(self.tr("Document collection this pane's answers search "
                                         "and cite"))
        self.docs_box.setAccessibleName(self.tr("Documents for this pane"))
        offer_collections(self.docs_box, [])
        self.variant_button = QPushButton(self.tr("Variant"), self)  # a menu (compare_view)
        self.variant_button.setToolTip(self.tr("Answer as a listed variant or a saved preset, "
                                               "or make a new variant: model, system prompt, "
                                               "parameters, documents and adapters"))
        self.header = ElidedLabel(self)  # cut with "…", whole in its tooltip
        self.header.setObjectName("paneHeader")
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = Label(self)
        self.title = PaneTitle(self.header, self.state_label, self)
        self.stats_label = Label(self, wordWrap=True)
        self.view = MarkdownView(self)
        self.view.setObjectName("paneAnswerText")  # framed too when the keyboard is on it
        scroll = QScrollArea(self, objectName="paneAnswer",
                             widgetResizable=True,
                             frameShape=QFrame.Shape.NoFrame,
                             accessibleName=self.tr("Answer"))  # a Tab stop: keys scroll it
        # the chat's background, which code blocks stand out from (the window's hid them)
        scroll.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        scroll.viewport().setAutoFillBackground(True)
        holder = QWidget(scroll)
        self.earlier = EarlierTurns(holder)  # what the model read before this turn
        self.thinking = ThinkingSection(holder)
        column = fill(QVBoxLayout(holder), self.earlier, self.thinking, self.view)
        column.setContentsMargins(4, 4, 4, 4)
        # why an answer has no text, wrapped to the pane's width (a placeholder is not)
        self.empty_note = Label(holder, objectName="paneEmptyAnswer", wordWrap=True)
        margin = int(self.view.document().documentMargin())  # lined up with answers' text
        self.empty_note.setContentsMargins(margin, margin, margin, margin)
        self.empty_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_note.hide()
        # why it failed, under its text: scrolled with it, not pushing the panes' rows away
        self.error_note = Label(holder, objectName="paneError", wordWrap=True,
                                textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_note.setContentsMargins(margin, margin, margin, margin)
        self.error_note.hide()
        self.sources = SourcesList(holder)
        fill(column, self.empty_note, self.error_note, self.sources, 1)
        scroll.setWidget(holder)
        self.scroll = scroll
        # the view follows the answer being written until the user scrolls up
        self.follower = EndFollower(scroll.verticalScrollBar(), lambda: self.message is None
                                    or self.error_note.isVisibleTo(self))  # (and why it failed)
        self.stop_button = QPushButton(self.tr("Stop"), self, enabled=False)
        self.stop_button.clicked.connect(self.stopRequested)
        # not "Continue", which beside "done (token limit)" reads as "write more"
        self.continue_button = QPushButton(self.tr("Continue in chat"), self, enabled=False,
                                           clicked=self._continue)
        self.go_on_button = QPushButton(self.tr("Continue"), self, visible=False, toolTip=self.tr(
            "Go on writing this answer, with the model that wrote it"))
        self.go_on_button.clicked.connect(self.goOnRequested)
        self.answer_button = QPushButton(self.tr("Answer this &prompt"), self)
        self.answer_button.setToolTip(self.tr("Ask this pane's model the prompt the other "
                                              "panes answered (at a later turn, every turn "
                                              "in order, so that it reads its own answers)"))
        self.answer_button.hide()
        self.answer_button.clicked.connect(self.answerRequested)

        # the documents' picker: room to show "No documents" whole when there is
        choose = fill(QHBoxLayout(), (self.picker, 1), self.docs_box)
        tune = fill(QHBoxLayout(), self.params_button, self.variant_button, 1)
        buttons = fill(QHBoxLayout(), self.stop_button, self.go_on_button, 1,
                       self.continue_button)
        layout = fill(QVBoxLayout(self), choose, tune, self.title)
        layout.setContentsMargins(6, 8, 6, 8)
        layout.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignHCenter)
        fill(layout, (scroll, 1), self.stats_label, buttons)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        models.bind(self.picker, lambda: (models.models[index % len(models.models)].key
                                          if models.models else None), self._show_name,
                    self.stats_label.setText, self._model_back)
        self.picker.currentIndexChanged.connect(self._changed_by_hand)
        self.docs_box.currentIndexChanged.connect(self._changed_by_hand)

    def _changed_by_hand(self, *_args) -> None:
        """The model or the documents changed: the pane is no longer the named variant."""
        if not self._applying:
            self.variant_name = None
        self._show_name()

    def go_on_as(self, sampling: dict, defaults: dict) -> None:
        """Go on with the parameters, documents and variant name an answer was made with
        (sampling: its stored parameters; defaults: the app's sampling defaults)."""
        drawn = sampling.get("seed_random")  # a random seed stays random
        self.set_overrides({k: v for k, v in sampling.items()
                            if (k in defaults and v != defaults[k]
                                and not (k == "seed" and drawn))
                            or k in ("adapters", "system_prompt")})
        docs = sampling.get("docs") or []
        self.docs_box.setCurrentIndex(max(0, self.docs_box.findData(
            docs[0] if isinstance(docs, list) and docs else "")))
        variant = sampling.get("variant")
        self.variant_name = variant if isinstance(variant, str) and variant else None

    def set_collections(self, names: list[str]) -> None:
        """Offer these document collections (the one picked stays when it is still there)."""
        offer_collections(self.docs_box, names, self.docs_box.currentData() or "")

    def docs_params(self) -> dict:
        """The answer's parameters for the collection picked ({} for none), with the
        variant's name when the pane is a named variant."""
        name = self.docs_box.currentData()
        params: dict = {"docs": [name]} if name else {}
        if self.variant_name:
            params["variant"] = self.variant_name
        return params

    def answer_params(self) -> dict:
        """The parameters the pane's answers are stored with besides the sampling ones: its
        documents and variant (docs_params) and which pane it is (PANE_KEY, 1 for the
        first), by which a reopened comparison keeps its order."""
        return {**self.docs_params(), PANE_KEY: self.index + 1}

    def variant(self) -> Variant | None:
        """The pane as a variant: its model, own system prompt, parameters, documents and
        adapters (named after the variant, else empty), or None without a model."""
        model = self.chosen()
        if model is None:
            return None
        system = self.overrides.get("system_prompt")
        docs = self.docs_box.currentData()
        return Variant(self.variant_name or "", model.path or model.key,
                       system=system if isinstance(system, str) and system else None,
                       params={k: v for k, v in self.overrides.items() if k in SAMPLING_KEYS},
                       adapters=[Adapter(a["path"], a["scale"])
                                 for a in self.overrides.get("adapters") or []],
                       docs=[docs] if docs else [], resolved=model)

    def set_variant(self, variant: Variant) -> bool:
        """Answer as this variant (resolved): its model, documents, system prompt,
        parameters and adapters, under its name. False when its model or collection is not
        offered here (nothing changes)."""
        docs = variant.docs[0] if variant.docs else ""
        model_index = self.picker.findData(variant.resolved.key)
        docs_index = self.docs_box.findData(docs)
        if model_index < 0 or docs_index < 0:
            return False
        self._applying = True
        try:
            self.picker.setCurrentIndex(model_index)
            self.docs_box.setCurrentIndex(docs_index)
        finally:
            self._applying = False
        self.set_overrides({k: v for k, v in variant_params(variant, system=True).items()
                            if k in (*SAMPLING_KEYS, "adapters", "system_prompt")})
        self.variant_name = variant.name
        self._show_name(chosen=True)
        return True

    def chosen(self) -> AnyModel | None:
        """The model picked for this pane."""
        return self.picker.currentData(MODEL_ROLE)

    def _model_back(self, text: str, lost: str) -> None:
        """The pane's model whose file went away is back: the line that said so goes."""
        if self.stats_label.text() == lost:
            self.stats_label.setText(text)

    def _choice_name(self) -> str:
        """The pane's model (or "No model") with its variant, documents and parameters."""
        model = self.chosen()
        return self._with_params(model.display_name if model else self.tr("No model"))

    def _shown_answer(self, name: str) -> None:
        """An answer is shown under name (the header says it), made as the pane's choice is
        now."""
        self.header.setText(name)
        self._answer_name, self._choice_then = name, self._choice_name()

    def _show_name(self, *_args, chosen: bool = False) -> None:
        """The header: the pane's choice, or the shown answer's name; with the pane's new
        choice beside it where chosen (a variant or parameters the user just set)."""
        if self.pane is None and self.message is None:
            self.header.setText(self._choice_name())
        elif chosen and not self.blind and not self.picker.isHidden():  # (not the arena's)
            # a shown answer keeps its name; the pane's new choice is said at once
            now = self._choice_name()
            self.header.setText(self._answer_name if now == self._choice_then else self.tr(
                "{next} (next answers; shown: {answer})").format(
                    next=now, answer=self._answer_name))

    def _with_params(self, name: str) -> str:
        if self.variant_name:
            return self.tr("{variant} ({model})").format(variant=self.variant_name, model=name)
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
        self._show_name(chosen=True)

    def lock_choices(self, locked: bool) -> None:
        """Lock the pane's model, documents, parameters and variant while it answers (its
        answer is the model's it began with, under the name its header shows); Stop is
        offered just then."""
        for widget in (self.picker, self.docs_box, self.params_button, self.variant_button):
            widget.setEnabled(not locked)
        self.stop_button.setEnabled(locked)

    def set_choosing(self, visible: bool) -> None:
        """Show the model picker and parameters (hidden in the blind arena)."""
        for widget in (self.picker, self.params_button, self.variant_button, self.docs_box):
            widget.setVisible(visible)

    def start(self, pane: Pane, name: str, blind: bool = False,
              earlier: list[Message] | None = None) -> None:
        """Show a new answer of this pane (name: the model's, or "Model A" in the arena,
        blind until the vote), below the earlier turns of its branch."""
        self.clear()
        self.earlier.set_turns(earlier or [], blind)
        self.pane = pane
        self.blind = blind
        self.follower.on = True
        self._shown_answer(name)
        self.lock_choices(True)
        self.repaint_now()

    def clear(self) -> None:
        """Forget the shown answer (a new comparison starts)."""
        self.timer.stop()
        self.pane = None
        self.message = None
        self.blind = False
        self._shown = 0
        self.show_sources(None)
        self.earlier.set_turns([])
        self._new_thinking()
        self._show_empty_note("")
        self.view.set_content("")
        self._show_error("")
        self.state_label.clear()
        self.stats_label.clear()
        self.answer_button.hide()
        self.lock_choices(False)
        self.continue_button.setEnabled(False)
        self.continue_button.setToolTip("")
        self.go_on_button.hide()

    def show_stored(self, message: Message, name: str,
                    earlier: list[Message] | None = None) -> None:
        """Show an answer from the store (a reopened comparison), with its final stats,
        below the earlier turns of its branch."""
        self.clear()
        self.earlier.set_turns(earlier or [])
        self._shown_answer(name)
        self.finish(message)

    def offer_answer(self, shown: bool, again: bool = False) -> None:
        """Show or hide the button that asks this pane's model the prompt shown (again:
        its answer failed, the button says Try again)."""
        self.answer_button.setText(self.tr("Try a&gain") if again
                                   else self.tr("Answer this &prompt"))
        self.answer_button.setVisible(shown)

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
        reasoning = pane.answer.reasoning if pane.answer is not None else ""
        self.thinking.catch_up(reasoning, text)
        if not text.startswith(self.view.source_text):  # it was reasoning after all
            self.view.set_content(text)
            self._shown = len(text)
        elif len(text) > self._shown:
            self.view.append_text(text[self._shown:])
            self._shown = len(text)
        if self.message is not None:
            return
        self.state_label.setText({"queued": self.tr("waiting"), "loading": self.tr("loading…"),
                                  "streaming": self.tr("streaming"),
                                  "done": self.tr("done")}.get(pane.state, pane.state))
        read = pane.answer.read_percent if pane.answer is not None else None
        if read is not None and pane.state == "loading":
            self.state_label.setText(self.tr("reading the prompt… {percent} %").format(
                percent=read))
        wait = pane.answer.retry_in_s if pane.answer is not None else None
        if wait is not None:  # a server that asked to wait (a rate limit)
            self.state_label.setText(self.tr("asked to wait: {s} s").format(s=math.ceil(wait)))
        if pane.state != "loading":
            self.poll.stop()
        elif not self.poll.isActive():
            self.poll.start()
        self.stats_label.setText(self._live_stats(pane))

    def _live_stats(self, pane: Pane) -> str:
        """This answer's numbers so far: its own first token, token count and speed."""
        if self.blind or pane.first_token_s is None:
            return ""
        parts = [tokens_text(pane.tokens),  # in the order of the chat's answers
                 *speed_parts(pane.tokens_per_s, pane.first_token_s)]
        return " · ".join(parts)

    def finish(self, message: Message) -> None:
        """The pane's answer is stored: show it whole with its final stats."""
        self.timer.stop()
        self.poll.stop()
        self.message = None
        self.repaint_now()
        if self.view.source_text != message.content or message.finish_reason == "stopped":
            self.view.set_content(message.content)
            self._shown = len(message.content)
        else:
            self.view.flush()
        self._show_empty_note(empty_answer_text(message))
        self.earlier.set_dropped(message.dropped_messages)  # what the model did not read
        self.message = message
        self._show_thinking(message)
        nothing = not message.completion_tokens and not message.content
        reasons = {"stop": self.tr("done"),
                   "length": (self.tr("done (context full)") if message.filled_context
                              else self.tr("done (token limit)")),
                   "stopped": (self.tr("stopped before the first token") if nothing
                               else self.tr("stopped")),
                   "error": self.tr("error"), "interrupted": self.tr("interrupted")}
        self.state_label.setText(reasons.get(message.finish_reason or "",
                                             message.finish_reason or ""))
        self.lock_choices(False)
        self._show_final(message)

    def _show_empty_note(self, note: str) -> None:
        """Say why the answer has no text in place of it ("": show the answer's view)."""
        self.empty_note.setText(note)
        self.empty_note.setVisible(bool(note))
        self.view.setVisible(not note)

    def _show_error(self, text: str) -> None:
        """Say why the answer failed under its text ("": nothing failed), followed to (see
        self.follower) unless the user scrolled up."""
        self.error_note.setText(wrappable(text))  # a path wraps rather than widen the pane
        self.error_note.setVisible(bool(text))

    def _new_thinking(self) -> None:
        """A closed, empty Thinking section in place of the last answer's."""
        old = self.thinking
        self.thinking = ThinkingSection(old.parentWidget())
        old.parentWidget().layout().replaceWidget(old, self.thinking)
        old.hide()
        old.deleteLater()
        order_pane_tabs(self)  # (the new section's button is where the old one's was)

    def _show_thinking(self, message: Message) -> None:
        """The stored answer's reasoning, collapsed (how long it took held back while
        blind)."""
        self.thinking.show_message(dataclasses.replace(message, reasoning_s=None) if self.blind
                                   else message)

    def _show_final(self, message: Message) -> None:
        """The stored answer's stats and Continue (both held back while blind)."""
        parts = []
        if not self.blind:
            pane = self.pane
            if pane is not None and pane.started - pane.queued >= WAITED_S:
                parts.append(self.tr("waited {s} s for its turn").format(
                    s=decimal(pane.started - pane.queued, 1)))
            tokens = message.completion_tokens or 0
            if message.completion_tokens is not None or message.finish_reason == "stopped":
                parts.append(tokens_text(tokens))
            parts += speed_parts(message.tokens_per_s if tokens > 1 else None,
                                 message.first_token_s if tokens > 0 else None)
        self.stats_label.setText(" · ".join(parts))
        failed = message.finish_reason == "error" and message.error and not self.blind
        self._show_error(answer_error_text(message) if failed else "")  # (it may name a file)
        written = bool(message.content.strip())  # an empty answer is nothing to go on with
        # (one cut short by an error too: the main window offers to continue it)
        self.continue_button.setEnabled(not self.blind and written)
        self.go_on_button.setVisible(not self.blind and continuable(message))  # as the chat's
        self.continue_button.setToolTip(
            self.tr("The models' names are shown after your vote; then you can go on with "
                    "either answer.") if self.blind else
            self.tr("Continue the conversation with this answer in the main window")
            if written else
            self.tr("This answer has no text to continue the conversation with."))

    def show_sources(self, retrieval: Retrieval | None) -> None:
        """What the answer was given from documents (None: nothing): listed under it, its
        [n] citations made links, both only once the pane is not blind (and not under an
        answer that ended without text: sources_view.cited_from)."""
        self.retrieval = retrieval
        shown = None if self.blind else cited_from(retrieval, self.message)
        self.sources.show_retrieval(shown, self.message.content if self.message else "")
        self.view.set_citations(len(shown.sources) if shown is not None else 0)
        order_pane_tabs(self)  # (the sources' buttons under the answer)

    def reveal(self, name: str) -> None:
        """The vote is in: show the model's name, the answer's numbers, its sources and
        Continue."""
        self.blind = False
        self._shown_answer(name)
        self.show_sources(self.retrieval)
        if self.message is not None:
            self._show_thinking(self.message)
            self._show_final(self.message)

    def _continue(self) -> None:
        if self.message is not None:
            self.continueRequested.emit(self.message.id)
