"""The "Model settings" dialog: what the picked model's file says (architecture, quantization,
trained context, template, recommended sampling), its load options (context length, GPU layers,
KV cache type, flash attention) and speculation (prompt lookup), kept per model in settings.json
for the next answers; the memory they need and the largest context that fits (llama.cpp's own
numbers, measured in a worker process off the window's thread)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from chatapp.catalogue import is_remote
from chatapp.draft_vocab import checked as draft_checked
from chatapp.draft_vocab import header_problem, vocab_problem
from chatapp.errors import UserError
from chatapp.library import LocalModel
from chatapp.library_kinds import CHAT
from chatapp.model_defaults import (
    FLASH_ATTN,
    KV_TYPES,
    MAX_BATCH,
    MAX_GPU_LAYERS,
    MIN_CONTEXT,
    check_draft,
    check_options,
    draft_model,
    file_facts,
    load_options,
)
from chatapp.ui.background import Background
from chatapp.ui.context_spin import ContextSpinBox
from chatapp.ui.errors import error_text
from chatapp.ui.label import ElidedLabel, Label
from chatapp.ui.sizing import fit_to_screen
from chatapp.ui.units import data_size, number

if TYPE_CHECKING:
    from chatapp.catalogue import AnyModel
    from chatapp.machine import Machine
    from chatapp.ui.main_window import MainWindow

APP_CONTEXT_CAP = 1 << 20  # when the file does not say how long a context it was trained for
MEASURE_DELAY_MS = 400  # options unchanged this long: ask llama.cpp


class ModelSettingsDialog(QDialog):
    """Facts about one model file and its context length and GPU layers.

    Attributes:
        model: the model shown.
        trained: the context length the model was trained for (None: unknown).
    """

    def __init__(self, model: LocalModel, stored: object, app_context: int,
                 override: str | None = None, gpu: bool | None = None,
                 parent: QWidget | None = None, drafts: Sequence[LocalModel] = (),
                 freed: int = 0) -> None:
        super().__init__(parent)
        self.freed = freed  # bytes its load can count on beside free (Engine.freed_to_load)
        self.setWindowTitle(self.tr("Model settings: {model}").format(model=model.display_name))
        self.model = model
        facts = file_facts(model.path)
        self.trained: int | None = facts["context_length"] or model.context_length
        self.app_context = app_context
        # whether llama.cpp here can put layers on a GPU (asked once, in a child process)
        gpu = self.machine().gpu_offload if gpu is None else gpu

        about = QGroupBox(self.tr("The model file"), self)
        info = QFormLayout(about)
        unknown = self.tr("unknown")
        file_label = ElidedLabel(model.path, about, mode=Qt.TextElideMode.ElideMiddle)
        info.addRow(self.tr("File:"), file_label)
        self.facts: dict[str, QLabel] = {}

        def fact(name: str, label: str, text: str) -> None:
            widget = Label(text, about, wordWrap=True,
                           textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
            info.addRow(label, widget)
            self.facts[name] = widget

        fact("architecture", self.tr("Architecture:"),
             facts["architecture"] or model.architecture or unknown)
        fact("quantization", self.tr("Quantization:"),
             facts["quantization"] or model.quantization or unknown)
        fact("context", self.tr("Trained context:"),
             self.tr("{n} tokens").format(n=number(self.trained)) if self.trained else unknown)
        fact("template", self.tr("Chat template:"), self._template_text(override))
        fact("sampling", self.tr("Recommended sampling:"), self._sampling_text(facts))
        if facts["problem"]:
            fact("problem", self.tr("Problem:"), error_text(facts["problem"]))

        self.base_note = None
        if model.base_model:
            from chatapp.ui.model_notes import BaseModelNote

            self.base_note = BaseModelNote(self)
            self.base_note.browseRequested.connect(self._browse)

        load = QGroupBox(self.tr("Loading"), self)
        form = QFormLayout(load)
        options = load_options(stored, self.trained)
        high = self.trained or APP_CONTEXT_CAP
        # a typed value becomes the nearest length allowed (shown), not the old one
        self.context = ContextSpinBox(load)
        self.context.setRange(MIN_CONTEXT, max(MIN_CONTEXT, high))
        self.context.setAccessibleName(self.tr("Context length"))
        self.context.setSuffix(self.tr(" tokens"))
        self.context.setValue(options["n_ctx"] or self.default_context())
        form.addRow(self.tr("&Context length:"), self.context)
        if self.trained:  # (what is typed past it becomes it)
            form.addRow("", Label(self.tr("At most {n} tokens: the context length the model was "
                                          "trained for.").format(n=number(self.trained)), load))
        self.gpu_all = QCheckBox(self.tr("As many &layers on the GPU as fit"), load)
        self.gpu_layers = QSpinBox(load)
        self.gpu_layers.setRange(0, MAX_GPU_LAYERS)
        self.gpu_layers.setAccessibleName(self.tr("GPU layers"))
        self.gpu_layers.setSpecialValueText(self.tr("0 (CPU only)"))
        layers = options["n_gpu_layers"]
        self.gpu_all.setChecked(gpu and layers == -1)  # no GPU: nothing goes on one
        self.gpu_layers.setValue(0 if not gpu else max(0, layers) if layers != -1
                                 else (facts["block_count"] or 0))
        self.gpu_all.toggled.connect(self._sync)
        form.addRow(self.tr("&GPU layers:"), self.gpu_layers)
        form.addRow("", self.gpu_all)
        self.gpu_note = Label(self.tr("This build of llama.cpp has no GPU support: the model "
                                       "runs on the CPU."), load, wordWrap=True, visible=not gpu)
        form.addRow("", self.gpu_note)
        self.gpu_enabled = gpu
        self.gpu_all.setEnabled(gpu)
        self.kv_type = QComboBox(load, accessibleName=self.tr("KV cache type"))
        kv_names = {"f16": self.tr("f16 (full precision)"),
                    "q8_0": self.tr("q8_0 (about half the memory)"),
                    "q4_0": self.tr("q4_0 (about a quarter of the memory)")}
        for name in KV_TYPES:
            self.kv_type.addItem(kv_names[name], name)
        self.kv_type.setCurrentIndex(KV_TYPES.index(options["kv_type"]))
        form.addRow(self.tr("&KV cache:"), self.kv_type)
        self.flash_attn = QComboBox(load, accessibleName=self.tr("Flash attention"))
        fa_names = {"auto": self.tr("auto (where the backend has it)"), "on": self.tr("on"),
                    "off": self.tr("off")}
        for name in FLASH_ATTN:
            self.flash_attn.addItem(fa_names[name], name)
        self.flash_attn.setCurrentIndex(FLASH_ATTN.index(options["flash_attn"]))
        form.addRow(self.tr("&Flash attention:"), self.flash_attn)
        self.need = Label(load, wordWrap=True)
        self.largest_button = QPushButton(self.tr("Use the largest conte&xt that fits"), load,
                                          clicked=self.find_largest_context)
        form.addRow(self.tr("Memory:"), self.need)
        form.addRow("", self.largest_button)
        self.prompt_lookup = QCheckBox(self.tr("Guess the next tokens from the &prompt "
                                               "(prompt lookup)"), load)
        self.prompt_lookup.setToolTip(self.tr(
            "Speculative decoding: tokens that the conversation already holds are checked "
            "several at a time. Answers that quote or copy come faster; the text is the same."))
        # as saved (with a draft model set, the draft speculates whatever this says)
        self.prompt_lookup.setChecked(not (isinstance(stored, dict)
                                           and stored.get("prompt_lookup") is False))
        form.addRow(self.tr("Speculation:"), self.prompt_lookup)
        self.draft = QComboBox(load)
        self.draft.setSizeAdjustPolicy(  # a long model name is cut, not widening the dialog
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.draft.setMinimumContentsLength(20)
        self.draft.setAccessibleName(self.tr("Draft model"))
        self.draft.setToolTip(self.tr(
            "A smaller model of the same family (the same vocabulary) guesses the next "
            "tokens; this model checks several at a time. The text is the same; answers come "
            "faster when the guesses are often right. It takes its own memory."))
        self.draft.addItem(self.tr("none"), None)
        chosen = draft_model(stored)
        own = os.path.realpath(model.path)  # (not itself through a link either)
        for other in sorted(drafts, key=lambda m: m.size):  # usable chat models
            if (os.path.realpath(other.path) != own and other.kind == CHAT
                    and not other.problem):
                self.draft.addItem(other.display_name, other.path)
        if chosen is not None and self.draft.findData(chosen) < 0:
            self.draft.addItem(chosen, chosen)  # set before, gone from the library since
        self.draft.setCurrentIndex(max(0, self.draft.findData(chosen)))
        self._mark_drafts(chosen)
        form.addRow(self.tr("&Draft model:"), self.draft)
        self.batch = QSpinBox(load)
        self.batch.setRange(-1, MAX_BATCH)
        self.batch.setSpecialValueText(self.tr("As many as memory allows"))
        self.batch.setAccessibleName(self.tr("Answers decoded together"))
        self.batch.setToolTip(self.tr(
            "Answers of the local API and of evaluations that one model decodes together "
            "(0: one at a time). The window's answers always come first."))
        self.batch.setValue(-1 if options["batch"] is None else options["batch"])
        form.addRow(self.tr("&Answers together:"), self.batch)
        self._shape: Any = None
        self._machine: Any = None
        self._asked: tuple | None = None  # the options the need shown is for
        self._measure = QTimer(self)  # llama.cpp's own numbers once the options settle
        self._measure.setSingleShot(True)
        self._measure.setInterval(MEASURE_DELAY_MS)
        self._measure.timeout.connect(self._measure_need)
        for signal in (self.context.valueChanged, self.kv_type.currentIndexChanged,
                       self.flash_attn.currentIndexChanged, self.gpu_layers.valueChanged,
                       self.gpu_all.toggled, self.batch.valueChanged,
                       self.draft.currentIndexChanged):
            signal.connect(self.update_need)
            signal.connect(self._forget_error)
        self._sync()
        self.update_need()
        note = Label(self.tr("Changes apply from the next answer; the model loads again."), self,
                     wordWrap=True)
        self.error = Label(self, wordWrap=True, objectName="error")
        self.error.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults, self,
                                   accepted=self.accept, rejected=self.reject)
        self.reset_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.reset_button.setText(self.tr("&Reset to defaults"))
        self.reset_button.clicked.connect(self.reset)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)  # Enter saves, wherever the focus is
        self._save_text = self.save_button.text()
        if self.base_note is not None:
            self.base_note.button.setAutoDefault(False)
        body = QWidget(self)  # all but the buttons scrolls on a small screen: nothing is cut
        rows = QVBoxLayout(body)
        rows.setContentsMargins(0, 0, 0, 0)
        for part in (about, self.base_note, load, note, self.error):
            if part is not None:
                rows.addWidget(part)
        rows.addStretch(1)
        self.about_area = QScrollArea(self)
        self.about_area.setWidget(body)
        self.about_area.setWidgetResizable(True)
        self.about_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.about_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.about_area.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.about_area.setMinimumWidth(body.minimumSizeHint().width() + bar)  # none cut sideways
        column = QVBoxLayout(self)
        column.addWidget(self.about_area, 1)
        column.addWidget(buttons)
        self.context.setFocus()
        fit_to_screen(self, 600, self._needed_height(600))

    def _browse(self) -> None:
        """Close without saving and open the model browser (the parent window's)."""
        self.reject()
        browse = getattr(self.parent(), "browse_models", None)
        if browse is not None:
            browse()

    def _sampling_text(self, facts: dict[str, Any]) -> str:
        values = facts["sampling"]
        if not values:
            return self.tr("none")
        names = {"temperature": self.tr("temperature"), "top_k": self.tr("top K"),
                 "top_p": self.tr("top P"), "min_p": self.tr("min P"),
                 "repeat_penalty": self.tr("repeat penalty")}
        text = ", ".join(f"{names[k]} {v:g}" for k, v in values.items())
        if facts["sequence"]:
            text += "\n" + self.tr("Sampler order: {order}").format(
                order=" → ".join(facts["sequence"]))
        return text

    def _template_text(self, override: str | None) -> str:
        """Where the model's chat template comes from, in words."""
        from chatapp.ui.provenance import template_source_text
        from chatapp.ui.template_view import model_template

        template, _bos, _eos = model_template(self.model, override)
        return template_source_text(template.source, template.name)

    def default_context(self) -> int:
        """The app's context length, capped at the model's trained context."""
        size = max(MIN_CONTEXT, self.app_context)
        return min(size, self.trained) if self.trained else size

    def _sync(self) -> None:
        self.gpu_layers.setEnabled(self.gpu_enabled and not self.gpu_all.isChecked())

    def reset(self) -> None:
        """The app's context length, as many GPU layers as fit, an f16 KV cache, flash
        attention where the backend has it, prompt lookup and as many answers together as
        memory allows."""
        self.context.setValue(self.default_context())
        self.gpu_all.setChecked(self.gpu_enabled)
        self.kv_type.setCurrentIndex(KV_TYPES.index("f16"))
        self.flash_attn.setCurrentIndex(FLASH_ATTN.index("auto"))
        self.prompt_lookup.setChecked(True)
        self.draft.setCurrentIndex(0)
        self.batch.setValue(-1)
        self.error.hide()

    def _forget_error(self, *_changed: object) -> None:
        """A refusal was about the options as they were: it goes once they change."""
        if hasattr(self, "error"):
            self.error.hide()

    def _plan(self) -> dict[str, Any]:
        """The KV cache type, flash attention and GPU layers chosen, as the estimate takes
        them."""
        return {"kv_type": self.kv_type.currentData(), "flash_attn": self.flash_attn.currentData(),
                "n_gpu_layers": -1 if (self.gpu_all.isChecked() or not self.gpu_enabled)
                else self.gpu_layers.value()}

    def update_need(self) -> None:
        """Show the memory the chosen options need (the header estimate: instant)."""
        from chatapp.fit_file import local_shape
        from chatapp.fit_total import model_need
        from chatapp.gguf_meta import GGUFError

        if self._shape is None:
            try:
                self._shape = local_shape(self.model.path)
            except (GGUFError, OSError):
                self._shape = False
        if not self._shape:
            self._set_need(self.tr("unknown"))
            self.largest_button.setEnabled(False)
            return
        plan = self._plan()
        if plan["kv_type"] != "f16" and plan["flash_attn"] == "off":
            self._asked = None  # a measurement of the options before is not shown over this
            self._measure.stop()
            self._set_need(self.tr("A quantized KV cache needs flash attention."))
            return
        if self._machine is None:
            self._machine = self.machine()
        need = model_need(self._shape, self.context.value(), self._machine, **plan,
                          path=self.model.path)  # (the Models window's figure)
        self._show_need(need, measured=need.source == "llama.cpp")
        self._asked = (self.context.value(), tuple(sorted(plan.items())))
        self._measure.start()

    def _measure_need(self) -> None:
        """Replace the header estimate with llama.cpp's own numbers (a dry run in a worker
        process, cached per file and options: what `chatapp fit` shows)."""
        from chatapp.fit_file import estimate_file

        asked, path = self._asked, self.model.path
        if asked is None:
            return
        n_ctx, plan = asked[0], dict(asked[1])
        Background(lambda: (asked, estimate_file(path, n_ctx, self.machine(), **plan)), self,
                   "fit", done=self._measured,
                   failed=lambda exc: self._not_measured(asked, exc)).start()

    def _not_measured(self, asked: tuple, error: Exception) -> None:
        """llama.cpp cannot load the model (an architecture it does not know): say why in
        place of the memory, and offer no search for the largest context."""
        if asked == self._asked:
            self._set_need(error_text(error))
            self.largest_button.setEnabled(False)

    def _measured(self, outcome: object) -> None:
        asked, result = outcome  # type: ignore[misc]
        if asked == self._asked:  # else the options changed meanwhile
            self._show_need(result, measured=True)

    def _show_need(self, result: Any, measured: bool = False) -> None:
        """Show an Estimate: the header's (about) or llama.cpp's own count."""
        from chatapp.ui.fit_badge import verdict_text

        text = (self.tr("{need} by llama.cpp's count ({verdict}; {free} free)") if measured
                else self.tr("about {need} ({verdict}; {free} free)"))
        text = text.format(need=data_size(result.total), verdict=verdict_text(result.verdict),
                           free=data_size(result.budget))
        self._set_need(text + self._beside_text(result))

    def _beside_text(self, result: Any) -> str:
        """What the answers decoded together and the draft model take beside the estimate."""
        from chatapp.fit_file import beside_the_model
        from chatapp.fit_total import in_all

        batch, plan, n_ctx = self.batch.value(), self._plan(), self.context.value()
        beside = in_all(self._shape, n_ctx, self._machine, **plan,  # (as the browser counts)
                        batch=None if batch < 0 else batch, measured=result)
        draft = beside_the_model(self.model.path, n_ctx, 0, self.draft.currentData(),
                                 self._machine, **plan).draft_bytes
        parts = []
        if beside.batch_bytes:
            parts.append((self.tr("+ {size} for 1 answer beside the conversation")
                          if beside.n_seq == 1 else self.tr("+ {size} for {n} answers together"))
                         .format(size=data_size(beside.batch_bytes), n=beside.n_seq))
        if draft:
            parts.append(self.tr("+ {size} for the draft model").format(size=data_size(draft)))
        if not parts:
            return ""
        total = beside.total + draft
        return "\n" + " ".join(parts) + " " + self.tr("= {size} in all").format(
            size=data_size(total))

    def machine(self) -> Machine:
        """This machine's memory now, with what the model loaded now gives back when it is
        loaded again counted as free (it was counted as in use: "too big" for the options
        it runs with)."""
        from chatapp.fit import detect_machine

        machine = detect_machine()
        return replace(machine, ram_available=machine.ram_available + self.freed)

    def find_largest_context(self) -> None:
        """Ask llama.cpp (dry runs in a worker process, off this thread) for the largest
        context that fits with the chosen options, and put it in the context field."""
        from chatapp.fit_file import largest_context_file

        plan = self._plan()
        if plan["kv_type"] != "f16" and plan["flash_attn"] == "off":
            return
        self.largest_button.setEnabled(False)
        self._set_need(self.tr("Measuring with llama.cpp…"))
        high = self.trained or self.context.maximum()
        path = self.model.path
        Background(lambda: largest_context_file(path, self.machine(), high=high, **plan), self,
                   done=self._largest_found, failed=self._largest_found).start()

    def _largest_found(self, result: object) -> None:
        self.largest_button.setEnabled(True)
        if result is None or isinstance(result, Exception):
            self.update_need()
            self._show_error(self.tr("Not even {n} tokens of context fit with memory to spare.")
                             .format(n=MIN_CONTEXT) if result is None else error_text(result)
                             if isinstance(result, UserError) else str(result))
            return
        self.error.hide()
        self.context.setValue(int(result))
        self.update_need()
        self._measure.stop()  # the largest context was measured by llama.cpp already
        self._set_need(self.tr("Largest context that fits: {n} tokens; {need}").format(
            n=number(int(result)), need=self.need.text()))

    def entry(self) -> dict[str, Any]:
        """The settings entry for the chosen options ({}: the defaults)."""
        n_ctx = self.context.value()
        if n_ctx == self.default_context():
            n_ctx = None
        plan = self._plan()
        draft = self.draft.currentData()
        if draft:
            check_draft(self.model.path, draft)
        batch = self.batch.value()
        return check_options(n_ctx, plan["n_gpu_layers"], self.trained, plan["kv_type"],
                             plan["flash_attn"], self.prompt_lookup.isChecked(),
                             batch=None if batch < 0 else batch, draft=draft)

    def _mark_drafts(self, chosen: str | None) -> None:
        """Grey out the listed drafts whose headers already show another vocabulary (read
        off this thread), with the reason as their tooltip; the one chosen stays choosable."""
        path = self.model.path
        paths = [self.draft.itemData(i) for i in range(1, self.draft.count())]
        Background(lambda: {p: header_problem(path, p) for p in paths if p != chosen}, self,
                   "draft-headers", done=self._drafts_marked).start()

    def _drafts_marked(self, problems: dict[str, UserError | None]) -> None:
        items = self.draft.model()
        for path, problem in problems.items():
            index = self.draft.findData(path)
            if problem is None or index < 0 or index == self.draft.currentIndex():
                continue
            items.item(index).setEnabled(False)
            self.draft.setItemData(index, self.tr("Cannot draft for this model: {reason}").format(
                reason=error_text(problem)), Qt.ItemDataRole.ToolTipRole)

    def accept(self) -> None:
        self.context.interpretText()  # a length still being typed counts, as the nearest allowed
        draft = self.draft.currentData()
        if draft and not draft_checked(self.model.path, draft):
            self._check_draft(draft)  # then Save again
            return
        try:
            self.entry()
        except UserError as exc:
            self._show_error(error_text(exc))
            return
        super().accept()

    def _check_draft(self, draft: str) -> None:
        """Compare the vocabularies of the model and its draft model off this thread (large
        ones take a while); Save goes on when they are read."""
        self.save_button.setEnabled(False)
        self.save_button.setText(self.tr("Checking…"))
        path = self.model.path
        Background(lambda: vocab_problem(path, draft), self, "draft-check",
                   done=lambda _problem: self._draft_checked(None),
                   failed=self._draft_checked).start()

    def _draft_checked(self, failure: Exception | None) -> None:
        """Save again (the vocabularies are known now), or say why they could not be read."""
        self.save_button.setEnabled(True)
        self.save_button.setText(self._save_text)
        if failure is not None:
            self._show_error(error_text(failure))
        elif self.isVisible():
            self.accept()

    def _set_need(self, text: str) -> None:
        """Show the memory the options need (one line or more: the dialog grows to fit)."""
        self.need.setText(text)
        self._fit_height()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow the dialog to what its rows need at its width (a memory line that wrapped, an
        error shown), so that no row is cut."""
        layout = self.layout()
        if layout is None:
            return  # still being built: sized once it is
        layout.activate()
        need = self._needed_height(self.width())
        if need > self.height():
            fit_to_screen(self, self.width(), need)

    def _needed_height(self, width: int) -> int:
        """The height that shows every row whole at width, unscrolled."""
        body = self.about_area.widget()
        body.layout().activate()
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        return (body.layout().totalHeightForWidth(inner) + margins.top() + margins.bottom()
                + self.layout().spacing() + self.layout().itemAt(1).sizeHint().height())


def edit_model_settings(window: MainWindow, model: AnyModel | None = None,
                        parent: QWidget | None = None) -> None:
    """Show a model's settings (default: the picked one's; the dialog over parent, default
    the window); keep the options and reload the model if it is loaded and idle (else it
    reloads at its next answer)."""
    model = model or window.current_model()
    if model is None:
        return
    if is_remote(model):
        from chatapp.ui.remote_settings import edit_remote_model_settings

        edit_remote_model_settings(window, model)
        return
    ctx = window.ctx
    options = ctx.settings.model_options
    before = ctx.chat.pipeline.load_options(model)
    if (old := getattr(window, "_model_settings_dialog", None)) is not None:
        old.deleteLater()  # (the last one is kept for tests; the ones before would pile up)
    dialog = ModelSettingsDialog(
        model, options.get(model.key), ctx.engine.n_ctx,
        ctx.chat.pipeline.template_overrides.get(model.key), parent=parent or window,
        drafts=ctx.library.models(), freed=ctx.engine.freed_to_load(model.path))
    window._model_settings_dialog = dialog  # for tests and screenshots
    if not dialog.exec():
        return
    entry = dialog.entry()
    if entry:
        options[model.key] = entry
    else:
        options.pop(model.key, None)
    ctx.chat.pipeline.model_options = options
    ctx.save_settings()
    if ctx.chat.pipeline.load_options(model) != before:
        loaded = ctx.engine.loaded_info(model.path)  # (others may be loaded beside it)
        lock = ctx.chat.pipeline.lock_for(model.path)
        if loaded is not None and lock.acquire(blocking=False):
            try:
                ctx.engine.unload(Path(model.path))
            finally:
                lock.release()
    window.update_meter()
