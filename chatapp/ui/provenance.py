"""What produced an answer: the model's short name on the bubble and a popover with the
file, quantization, template, sampling parameters, token counts, speed, finish reason
and device."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from chatapp.answer_parts import PARTS_KEY
from chatapp.compare.side_by_side import PANE_KEY
from chatapp.store import Message
from chatapp.store.records import finish_words
from chatapp.ui.errors import answer_error_text
from chatapp.ui.label import Label, shortened, wrappable
from chatapp.ui.param_names import param_name
from chatapp.ui.units import decimal, number

SYSTEM_CHARS = 300  # of an answer's system prompt shown in its provenance

def short_name(message: Message) -> str:
    """The model's name as the pickers show it: its file name without .gguf, and for a split
    model without the part number ("model-00001-of-00002.gguf" → "model"); a server's model
    as ENDPOINT/MODEL_ID (a path as id: ENDPOINT/FILE, see catalogue.remote_name)."""
    from chatapp.library_model import without_gguf
    from chatapp.library_split import split_name

    if message.endpoint:  # a model on a server, as the pickers name it (a path id cut)
        from chatapp.catalogue import remote_name

        return remote_name(message.endpoint, message.model_name or "")
    split = split_name(message.model_name or "")
    return split.base if split is not None else without_gguf(message.model_name or "")


def answered_by(branch: Sequence[Message], key: str | None) -> tuple[str, str]:
    """The name and file of the model with key, as the branch's latest answer by it recorded
    them (("", "") when none did)."""
    message = next((m for m in reversed(branch) if m.role == "assistant" and key
                    and m.model_key == key), None)
    return (short_name(message), message.model_path or "") if message else ("", "")


def _value(value: object) -> str:
    """A parameter's value as the locale writes numbers (0,05 in Indonesian); others as
    JSON."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace(".", QLocale().decimalPoint()) if isinstance(value, float) else text


def empty_answer_text(message: Message) -> str:
    """What an answer that ended without any text shows in place of it: that it was cut off
    before its text began (while reasoning or not, at the token limit or a full context), that
    it held only reasoning or only blank space, or that the model wrote nothing ("" for
    others)."""
    if message.role != "assistant" or message.content.strip() \
            or message.finish_reason not in ("stop", "length"):
        return ""
    reasoned = bool((message.reasoning or "").strip())
    if message.wrote_no_text:
        return QCoreApplication.translate(
            "Bubble", "The model wrote {n} tokens and none of them is text: its file may be "
            "damaged, or its chat template may not suit it. More tokens will not help.").format(
                n=message.completion_tokens)
    if message.finish_reason == "length" and message.filled_context:
        return QCoreApplication.translate(
            "Bubble", "Cut off at a full context before any answer (a longer context leaves "
            "room).")
    if message.finish_reason == "length" and reasoned:
        return QCoreApplication.translate(
            "Bubble", "Cut off at the token limit while reasoning: no answer yet (raise the "
            "limit).")
    if message.finish_reason == "length":
        return QCoreApplication.translate(
            "Bubble", "Cut off at the token limit before any text (raise the limit).")
    if reasoned:
        return QCoreApplication.translate(
            "Bubble", "The model wrote only reasoning and no answer.")
    if message.content:  # its tokens were spaces and line breaks
        return QCoreApplication.translate(
            "Bubble", "The model wrote only spaces and line breaks.")
    if message.from_base_model:
        return QCoreApplication.translate(
            "Bubble", "The model ended its answer without writing anything. It is a base "
            "model: it goes on with text rather than answering, so begin a sentence for it to "
            "finish (\"The capital of France is\").")
    return QCoreApplication.translate(
        "Bubble", "The model ended its answer without writing anything.")


def template_source_text(source: str | None, name: str | None) -> str:
    """Where a chat template comes from, in words: the model's own, a standard one for its
    family (named), or the user's."""
    if source == "fallback" and name == "plain":  # no family's: a base model's transcript
        return QCoreApplication.translate(
            "Provenance", "a question/answer transcript (a base model has no chat format)")
    return {
        "gguf": QCoreApplication.translate("Provenance", "the model's own template"),
        "fallback": QCoreApplication.translate(
            "Provenance", "a standard template for its family ({name})").format(name=name or ""),
        "override": QCoreApplication.translate("Provenance", "your template"),
    }.get(source or "", source or "")


def template_text(message: Message) -> str:
    """Where the chat template of an answer came from, with its sha256's start."""
    text = template_source_text(message.template_source, message.template_name)
    if message.template_sha256:
        text += f" (sha256 {message.template_sha256[:12]})"
    return text


def provenance_rows(message: Message) -> list[tuple[str, str]]:
    """(label, value) pairs describing how an answer was made; unknown values left out."""
    translate = QCoreApplication.translate
    m = message
    rows: list[tuple[str, str]] = [(translate("Provenance", "Model"), short_name(m))]

    def add(label: str, value: object, when: object = True) -> None:
        if when:
            rows.append((label, str(value)))

    if m.endpoint:  # where it was made: the connection, the server, what the server ran
        add(translate("Provenance", "Connection"), m.endpoint)
        add(translate("Provenance", "Server"), m.endpoint_host, m.endpoint_host)
        add(translate("Provenance", "Model the server ran"), m.served_model,
            m.served_model and m.served_model != m.model_name)
        add(translate("Provenance", "Server build"), m.system_fingerprint, m.system_fingerprint)
    else:
        file = m.model_path or m.model_name
        add(translate("Provenance", "File"), file, file)
    add(translate("Provenance", "Quantization"), m.model_quant, m.model_quant)
    add(translate("Provenance", "Architecture"), m.model_arch, m.model_arch)
    add(translate("Provenance", "Chat template"), template_text(m) if m.template_source else "",
        m.template_source)
    add(translate("Provenance", "System prompt"), shortened(m.system_prompt or "", SYSTEM_CHARS),
        m.system_prompt)
    params = dict(m.sampling)
    params.pop("continue", None)
    written_in = params.pop(PARTS_KEY, None)
    params.pop(PANE_KEY, None)  # where a comparison showed it, not how it was made
    drawn = params.pop("seed_random", False)
    adapters = params.pop("adapters", None) or []
    docs = params.pop("docs", None) or []
    variant = params.pop("variant", None)
    add(translate("Provenance", "Variant"), str(variant), variant)
    add(translate("Provenance", "Document collections"), ", ".join(map(str, docs)), docs)
    add(translate("Provenance", "LoRA adapters"), ", ".join(
        f"{os.path.basename(str(a.get('path')))} ×{a.get('scale', 1.0)}"
        for a in adapters if isinstance(a, dict)), adapters)
    add(translate("Provenance", "Written in"), translate(
        "Provenance", "{n} parts (Continue); the sampling below is the last part's, the "
        "numbers are the whole answer's").format(n=written_in),
        isinstance(written_in, int) and written_in > 1)
    add(translate("Provenance", "Sampling"), ", ".join(  # named as the dialogs name them
        f"{param_name(k)} {_value(v)}" for k, v in sorted(params.items())) + (
        " " + translate("Provenance", "(the seed was drawn at random)") if drawn else ""), params)
    add(translate("Provenance", "Prompt tokens"),  # (a server that sent no usage: unknown)
        translate("Provenance", "unknown") if m.prompt_tokens is None
        else number(m.prompt_tokens), m.prompt_tokens is not None
        or m.completion_tokens is not None)
    add(translate("Provenance", "Completion tokens"), number(m.completion_tokens or 0),
        m.completion_tokens is not None)
    add(translate("Provenance", "Time to first token"), translate("Provenance", "{s} s").format(
        s=decimal(m.first_token_s or 0.0, 2)), m.first_token_s is not None)
    add(translate("Provenance", "Speed"), translate("Provenance", "{rate} tokens/s").format(
        rate=decimal(m.tokens_per_s or 0.0, 1)), m.tokens_per_s)
    if m.draft_tokens:
        how = m.speculation or ""
        source = (translate("Provenance", "draft model {name}").format(
            name=how.removeprefix("draft:")) if how.startswith("draft:")
            else translate("Provenance", "prompt lookup"))
        add(translate("Provenance", "Speculation"), translate(
            "Provenance", "{source}: {accepted} of {drafted} draft tokens taken ({rate:.0f} %)"
        ).format(source=source, accepted=m.accepted_tokens or 0, drafted=m.draft_tokens,
                 rate=100 * (m.accepted_tokens or 0) / m.draft_tokens))
    add(translate("Provenance", "Duration"),
        translate("Provenance", "{s} s").format(s=decimal(m.duration_s or 0.0, 2)),
        m.duration_s is not None)
    add(translate("Provenance", "Finish reason"), translate(
        "Provenance", "cut off where the context was full")
        if m.finish_reason == "length" and m.filled_context
        else finish_words(m.finish_reason, translate))
    add(translate("Provenance", "Device"), translate("Provenance", "GPU ({n} layers)").format(
        n=m.n_gpu_layers) if m.n_gpu_layers else translate("Provenance", "CPU"),
        m.n_gpu_layers is not None)
    add(translate("Provenance", "Context length"), number(m.n_ctx or 0), m.n_ctx)
    attention = {None: "", True: translate("Provenance", ", flash attention on"),
                 False: translate("Provenance", ", flash attention off")}[
        None if m.flash_attn is None else bool(m.flash_attn)]
    add(translate("Provenance", "KV cache"), f"{m.kv_type}{attention}", m.kv_type)
    add(translate("Provenance", "Left out"), translate(
        "Provenance", "{n} oldest messages, to fit the context").format(n=m.dropped_messages),
        m.dropped_messages)
    add(translate("Provenance", "Error"), answer_error_text(m), m.error)
    return rows


class ProvenancePopup(QFrame):
    """A popover with an answer's provenance; Escape or a click outside closes it."""

    def __init__(self, message: Message, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("provenancePopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(QCoreApplication.translate("Provenance", "How this answer was made"))
        column = QVBoxLayout(self)
        title = Label(QCoreApplication.translate("Provenance", "How this answer was made"), self,
                      objectName="provenanceTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        column.addWidget(title)
        form = QFormLayout(labelAlignment=Qt.AlignmentFlag.AlignLeft)
        self.values: dict[str, QLabel] = {}
        for label, value in provenance_rows(message):
            shown = Label(wrappable(value), self, wordWrap=True)  # (a long path wraps)
            shown.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            # a fixed width: the popup's height is then measured for the lines the value
            # really wraps into (wrapped rows were cut at the bottom)
            natural = max((shown.fontMetrics().horizontalAdvance(line)
                           for line in value.splitlines()), default=0)
            shown.setFixedWidth(min(420, natural + 2 * shown.margin() + 4))
            shown.setAccessibleName(label)
            form.addRow(label, shown)
            self.values[label] = shown
        column.addLayout(form)
        copy = QPushButton(QCoreApplication.translate("Provenance", "Copy details"), self)
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(
                "\n".join(f"{k}: {v}" for k, v in provenance_rows(message))
            )
        )
        column.addWidget(copy, 0, Qt.AlignmentFlag.AlignRight)
        copy.setFocus()

    def show_at(self, point: QPoint) -> None:
        """Show below a point (global coordinates), kept on the screen."""
        self.adjustSize()
        screen = QGuiApplication.screenAt(point) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        x = min(point.x(), area.right() - self.width())
        y = point.y() if point.y() + self.height() <= area.bottom() else point.y() - self.height()
        self.move(max(area.left(), x), max(area.top(), y))
        self.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


__all__ = ["ProvenancePopup", "empty_answer_text", "provenance_rows", "short_name",
           "template_source_text"]
