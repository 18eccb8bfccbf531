"""What produced an answer: the model's short name on the bubble and a popover with the
file, quantization, template, sampling parameters, token counts, speed, finish reason
and device."""

from __future__ import annotations

import json
import os

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from chatapp.answer_parts import PARTS_KEY
from chatapp.compare.side_by_side import PANE_KEY
from chatapp.store import Message
from chatapp.store.records import finish_words
from chatapp.ui.errors import answer_error_text
from chatapp.ui.label import Label
from chatapp.ui.units import decimal, number

SYSTEM_CHARS = 300  # of an answer's system prompt shown in its provenance

def short_name(message: Message) -> str:
    """The model's name as the pickers show it: its file name without .gguf, and for a split
    model without the part number ("model-00001-of-00002.gguf" → "model"); a server's model
    as ENDPOINT/MODEL_ID."""
    from chatapp.library_model import without_gguf
    from chatapp.library_split import split_name

    if message.endpoint:  # a model on a server, as the pickers name it: ENDPOINT/MODEL_ID
        return f"{message.endpoint}/{message.model_name or ''}"
    split = split_name(message.model_name or "")
    return split.base if split is not None else without_gguf(message.model_name or "")


def finish_text(reason: str | None) -> str:
    """How an answer ended, in words."""
    return finish_words(reason, QCoreApplication.translate)


def empty_answer_text(message: Message) -> str:
    """What an answer that ended without any text shows in place of it: that it was cut off
    before its text began (while reasoning or not, at the token limit or a full context), that
    it held only reasoning, or that the model wrote nothing ("" for others)."""
    if message.role != "assistant" or message.content.strip() \
            or message.finish_reason not in ("stop", "length"):
        return ""
    reasoned = bool((message.reasoning or "").strip())
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
    return QCoreApplication.translate(
        "Bubble", "The model ended its answer without writing anything.")


def template_source_text(source: str | None, name: str | None) -> str:
    """Where a chat template comes from, in words: the model's own, a standard one for its
    family (named), or the user's."""
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


def _server_rows(message: Message) -> list[tuple[str, str]]:
    """Where an answer of a model on a server was made: the connection, the server's address,
    and what the server said it ran."""
    rows = [(QCoreApplication.translate("Provenance", "Connection"), message.endpoint or "")]
    if message.endpoint_host:
        rows.append((QCoreApplication.translate("Provenance", "Server"),
                     message.endpoint_host))
    if message.served_model and message.served_model != message.model_name:
        rows.append((QCoreApplication.translate("Provenance", "Model the server ran"),
                     message.served_model))
    if message.system_fingerprint:
        rows.append((QCoreApplication.translate("Provenance", "Server build"),
                     message.system_fingerprint))
    return rows


def provenance_rows(message: Message) -> list[tuple[str, str]]:
    """(label, value) pairs describing how an answer was made; unknown values left out."""
    rows: list[tuple[str, str]] = [
        (QCoreApplication.translate("Provenance", "Model"), short_name(message))
    ]
    if message.endpoint:
        rows += _server_rows(message)
    elif message.model_path:
        rows.append((QCoreApplication.translate("Provenance", "File"), message.model_path))
    elif message.model_name:
        rows.append((QCoreApplication.translate("Provenance", "File"), message.model_name))
    if message.model_quant:
        rows.append((QCoreApplication.translate("Provenance", "Quantization"), message.model_quant))
    if message.model_arch:
        rows.append((QCoreApplication.translate("Provenance", "Architecture"), message.model_arch))
    if message.template_source:
        rows.append(
            (QCoreApplication.translate("Provenance", "Chat template"), template_text(message))
        )
    if message.system_prompt:
        shown = " ".join(message.system_prompt.split())
        rows.append((QCoreApplication.translate("Provenance", "System prompt"),
                     shown if len(shown) <= SYSTEM_CHARS else shown[:SYSTEM_CHARS - 1] + "…"))
    params = dict(message.sampling)
    params.pop("continue", None)
    written_in = params.pop(PARTS_KEY, None)
    params.pop(PANE_KEY, None)  # where a comparison showed it, not how it was made
    drawn = params.pop("seed_random", False)
    adapters = params.pop("adapters", None) or []
    if adapters:
        rows.append((QCoreApplication.translate("Provenance", "LoRA adapters"), ", ".join(
            f"{os.path.basename(str(a.get('path')))} ×{a.get('scale', 1.0)}"
            for a in adapters if isinstance(a, dict))))
    if isinstance(written_in, int) and written_in > 1:
        rows.append((QCoreApplication.translate("Provenance", "Written in"),
                     QCoreApplication.translate(
                         "Provenance", "{n} parts (Continue); the sampling below is the last "
                         "part's, the numbers are the whole answer's").format(n=written_in)))
    if params:
        rows.append(
            (
                QCoreApplication.translate("Provenance", "Sampling"),
                ", ".join(f"{k} {json.dumps(v)}" for k, v in sorted(params.items()))
                + (" " + QCoreApplication.translate(
                    "Provenance", "(the seed was drawn at random)") if drawn else ""),
            )
        )
    if message.prompt_tokens is not None:
        rows.append((QCoreApplication.translate("Provenance", "Prompt tokens"),
                     number(message.prompt_tokens)))
    if message.completion_tokens is not None:
        rows.append(
            (
                QCoreApplication.translate("Provenance", "Completion tokens"),
                number(message.completion_tokens),
            )
        )
    if message.ttft_s is not None:
        rows.append(
            (
                QCoreApplication.translate("Provenance", "Time to first token"),
                QCoreApplication.translate("Provenance", "{s} s").format(
                    s=decimal(message.ttft_s, 2)),
            )
        )
    if message.tokens_per_s:
        rows.append(
            (
                QCoreApplication.translate("Provenance", "Speed"),
                QCoreApplication.translate("Provenance", "{rate} tokens/s").format(
                    rate=decimal(message.tokens_per_s, 1)
                ),
            )
        )
    if message.draft_tokens:
        how = message.speculation or ""
        source = (QCoreApplication.translate("Provenance", "draft model {name}").format(
            name=how.removeprefix("draft:")) if how.startswith("draft:")
            else QCoreApplication.translate("Provenance", "prompt lookup"))
        rows.append((
            QCoreApplication.translate("Provenance", "Speculation"),
            QCoreApplication.translate(
                "Provenance", "{source}: {accepted} of {drafted} draft tokens taken "
                "({rate:.0f} %)").format(source=source, accepted=message.accepted_tokens or 0,
                                         drafted=message.draft_tokens,
                                         rate=100 * (message.accepted_tokens or 0)
                                         / message.draft_tokens)))
    if message.duration_s is not None:
        rows.append(
            (
                QCoreApplication.translate("Provenance", "Duration"),
                QCoreApplication.translate("Provenance", "{s} s").format(
                    s=decimal(message.duration_s, 2)),
            )
        )
    rows.append(
        (
            QCoreApplication.translate("Provenance", "Finish reason"),
            finish_text(message.finish_reason),
        )
    )
    if message.n_gpu_layers is not None:
        device = (
            QCoreApplication.translate("Provenance", "GPU ({n} layers)").format(
                n=message.n_gpu_layers
            )
            if message.n_gpu_layers
            else QCoreApplication.translate("Provenance", "CPU")
        )
        rows.append((QCoreApplication.translate("Provenance", "Device"), device))
    if message.n_ctx:
        rows.append(
            (QCoreApplication.translate("Provenance", "Context length"), number(message.n_ctx))
        )
    if message.kv_type:
        attention = {
            None: "",
            True: QCoreApplication.translate("Provenance", ", flash attention on"),
            False: QCoreApplication.translate("Provenance", ", flash attention off"),
        }[None if message.flash_attn is None else bool(message.flash_attn)]
        rows.append((QCoreApplication.translate("Provenance", "KV cache"),
                     f"{message.kv_type}{attention}"))
    if message.dropped_messages:
        rows.append(
            (
                QCoreApplication.translate("Provenance", "Left out"),
                QCoreApplication.translate(
                    "Provenance", "{n} oldest messages, to fit the context"
                ).format(n=message.dropped_messages),
            )
        )
    if message.error:
        rows.append((QCoreApplication.translate("Provenance", "Error"),
                     answer_error_text(message)))
    return rows


class ProvenancePopup(QFrame):
    """A popover with an answer's provenance; Escape or a click outside closes it."""

    def __init__(self, message: Message, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("provenancePopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(QCoreApplication.translate("Provenance", "How this answer was made"))
        column = QVBoxLayout(self)
        title = Label(QCoreApplication.translate("Provenance", "How this answer was made"), self)
        title.setObjectName("provenanceTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        column.addWidget(title)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.values: dict[str, QLabel] = {}
        for label, value in provenance_rows(message):
            shown = Label(value, self)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setWordWrap(True)
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
