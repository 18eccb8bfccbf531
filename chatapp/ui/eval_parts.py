"""Parts of the Evaluate dialog: its variant list (one line an entry, the whole in a
tooltip), its status area (wraps in a fixed height, scrolls rather than resize the dialog)
and its progress line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from chatapp.compare.evaluate import Progress
from chatapp.ui.label import WrappedLabel
from chatapp.units import format_duration

STATUS_LINES = 4  # the status area's height, in lines (more scroll)
MODEL_ROWS = 5  # the models' list at most this many rows high (more scroll)


class VariantList(QListWidget):
    """The variants that run: an entry a line, cut with "…" where the list is narrower, the
    whole text in its tooltip; it takes the dialog's spare height (vertical stretch 2)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, wordWrap=False, uniformItemSizes=True,
                         textElideMode=Qt.TextElideMode.ElideRight,
                         horizontalScrollBarPolicy=Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setVerticalStretch(2)
        self.setSizePolicy(policy)

    def set_lines(self, lines: list[str]) -> None:
        """Show these entries (each in one line, its tooltip the whole)."""
        self.clear()
        for line in lines:
            item = QListWidgetItem(line)
            item.setToolTip(line)
            self.addItem(item)


def room_for_rows(box: QListWidget, rows: int) -> None:
    """Keep a list at most rows entries high, and no taller than it asks (vertical stretch
    1): the spare height goes to a list that expands (such as VariantList)."""
    row = max(box.sizeHintForRow(0), box.fontMetrics().lineSpacing() + 8)
    box.setMaximumHeight(rows * row + 2 * box.frameWidth())
    policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    policy.setVerticalStretch(1)
    box.setSizePolicy(policy)


def status_area(parent: QWidget, text: str) -> tuple[QScrollArea, WrappedLabel]:
    """A frameless area STATUS_LINES lines high holding a word-wrapped label (a path longer
    than its width is cut, whole in the tooltip); a longer text scrolls there, so the
    dialog keeps its size and its fields stay put: (the area to lay out, the label)."""
    label = WrappedLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    area = QScrollArea(parent, widgetResizable=True, frameShape=QFrame.Shape.NoFrame,
                       focusPolicy=Qt.FocusPolicy.NoFocus,
                       horizontalScrollBarPolicy=Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(label)
    area.setFixedHeight(STATUS_LINES * label.fontMetrics().lineSpacing() + 4)
    area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    return area, label


def progress_line(progress: Progress, left: float | None, notes: list[str]) -> str:
    """The progress line of a run: answers made of all, those from an earlier run, the
    time left (left: seconds, None: not known) and what is being answered now; then the
    notes, a line each."""
    done, total = progress.done, progress.total
    translate = QCoreApplication.translate
    parts = [translate("EvalDialog", "{done} of {total} answers").format(done=done,
                                                                         total=total)]
    if progress.skipped:
        parts.append(translate("EvalDialog", "{n} from an earlier run").format(
            n=progress.skipped))
    if left is not None and left >= 1 and done < total:
        parts.append(translate("EvalDialog", "about {time} left").format(
            time=format_duration(round(left))))
    if progress.now_model and done < total:  # several: how many
        now = (translate("EvalDialog", "now: {model}, prompt {prompt}")
               if progress.now_count <= 1 else translate(
                   "EvalDialog", "now: {n} answers at once (latest: {model}, prompt {prompt})"))
        parts.append(now.format(model=progress.now_model, prompt=progress.now_prompt,
                                n=progress.now_count))
    return "\n".join([" · ".join(parts), *notes])
