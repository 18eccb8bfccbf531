"""The fit badge: "fits", "tight" or "too big" for a model on this machine, coloured, with
the memory breakdown as its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

from chatapp.fit import FITS, TIGHT, TOO_BIG, Estimate, Machine
from chatapp.ui.label import Label
from chatapp.ui.theme import status_color
from chatapp.ui.units import data_size, number

BADGE_KINDS = {FITS: "good", TIGHT: "warn", TOO_BIG: "bad"}
BADGE_PADDING = 8  # pixels left and right of a coloured badge's text


def verdict_text(verdict: str) -> str:
    """The badge text, translated."""
    return {
        FITS: QCoreApplication.translate("fit", "fits"),
        TIGHT: QCoreApplication.translate("fit", "tight"),
        TOO_BIG: QCoreApplication.translate("fit", "too big"),
    }[verdict]


def need_text(size: float, result: Estimate) -> str:
    """A memory figure (size: bytes, result's own or more) saying what it is: "≈ 594 MB
    (estimate)" from the file's header, "606 MB (llama.cpp's count)" once llama.cpp counted
    the file at these settings (Model settings or `chatapp fit` asked it)."""
    if result.source == "llama.cpp":
        return QCoreApplication.translate("fit", "{size} (llama.cpp's count)").format(
            size=data_size(size))
    return QCoreApplication.translate("fit", "≈ {size} (estimate)").format(size=data_size(size))


def source_line(result: Estimate) -> str:
    """The line that says where a memory figure comes from, for its tooltip."""
    if result.source == "llama.cpp":
        return QCoreApplication.translate(
            "fit", "Counted by llama.cpp for this file with these settings.")
    return QCoreApplication.translate(
        "fit", "Estimated from the file's header; Model settings asks llama.cpp for its own "
        "count.")


def estimate_tip(result: Estimate, batch_bytes: int = 0) -> str:
    """Where the figure comes from (source_line), then the sum of what a model needs, part by
    part, with the answers decoded together beside it (batch_bytes, bytes; 0: none) and the
    total, then one line that compares that total with the free memory."""
    translate = QCoreApplication.translate
    where = {"gpu": translate("Badge", "free GPU memory"),
             "gpu+cpu": translate("Badge", "free GPU memory and RAM"),
             "cpu": translate("Badge", "free RAM")}[result.device]
    total = result.total + batch_bytes
    lines = [source_line(result), translate(
        "Badge", "Weights {weights} + context {kv} ({ctx} tokens) + work buffers {work} + "
        "fixed cost {fixed}").format(
        weights=data_size(result.weights), kv=data_size(result.kv_cache),
        ctx=number(result.n_ctx), work=data_size(result.compute),
        fixed=data_size(result.overhead))]
    if batch_bytes:
        lines.append(translate(
            "Badge", "+ {size} for the answers of the local API and of evaluations decoded "
            "together (Model settings → Answers together)").format(size=data_size(batch_bytes)))
    lines.append(translate("Badge", "= {total}").format(total=data_size(total)))
    lines.append(translate("Badge", "{total} needed of {free} {where}").format(
        total=data_size(total), free=data_size(result.budget), where=where))
    if result.reread:
        lines.append(translate(
            "Badge", "Loading also reads {size} of the file once more; the system takes that "
            "memory back when it runs short.").format(size=data_size(result.reread)))
    return "\n".join(lines)


class Badge(Label):
    """A coloured "fits" / "tight" / "too big" label with the memory breakdown as tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_problem("", "…")  # (no verdict yet)

    def set_estimate(self, result: Estimate, machine: Machine,
                     largest: int | None = None, batch_bytes: int = 0) -> None:
        """Show a verdict with its breakdown; largest: the largest context that fits, offered
        when the one asked for does not; batch_bytes: the answers decoded together beside
        it (bytes), in the sum."""
        self.verdict = result.verdict
        self.largest = largest if result.verdict != FITS else None
        self.setText(verdict_text(result.verdict))
        self._paint()
        tip = estimate_tip(result, batch_bytes)
        if self.largest:
            tip += "\n" + self.tr("Fits with a context of {n} tokens.").format(
                n=number(self.largest))
        self.setToolTip(tip)

    def widest(self, *texts: str) -> QSize:
        """The size that fits any verdict or texts (bold, with the coloured padding) on this
        badge: its column is made that wide (was: "akses terkawal" ran into the button)."""
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        width = max(metrics.horizontalAdvance(t) for t in (*map(verdict_text, BADGE_KINDS),
                                                           *texts))
        return QSize(width + 2 * BADGE_PADDING + 8, metrics.height() + 6)

    def set_problem(self, text: str, label: str = "?") -> None:
        """No verdict: why (text, the tooltip) and label in its place."""
        self.verdict = ""
        self.largest: int | None = None
        self._color = ""
        self.setText(label)
        self.setStyleSheet("")
        self.setToolTip(text)

    def _paint(self) -> None:
        """The verdict's colour for the theme in use."""
        color = status_color(BADGE_KINDS[self.verdict])
        if color == self._color:
            return
        self._color = color
        self.setStyleSheet(f"QLabel {{ background: {color}; color: white; border-radius: 8px;"
                           f" padding: 1px {BADGE_PADDING}px; font-weight: 600; }}")

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.verdict:
            self._paint()
