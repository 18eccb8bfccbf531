"""A compare pane's header widgets: its documents picker and its title row (the model's
name and the answer's state)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import QBoxLayout, QStyle, QStyleOptionComboBox, QWidget

from chatapp.ui.label import ElidedLabel, Label
from chatapp.ui.model_list import ElidingComboBox


class DocsBox(ElidingComboBox):
    """A pane's documents picker: as wide as its first entry ("No documents" in the
    language shown) where there is room, down to a few letters where there is not.

    Signals:
        opening(): its list is about to open, or it takes the focus (arrow keys pick from
            it): the owner fills it with the collections there are now.
    """

    opening = Signal()

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self.opening.emit()
        super().showPopup()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.opening.emit()
        super().focusInEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = self.fontMetrics().horizontalAdvance(self.itemText(0)) + 2
        whole = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, QSize(text, hint.height()), self)
        return QSize(max(hint.width(), whole.width()), hint.height())


class PaneTitle(QWidget):
    """A pane's header (its model and what is changed, cut with "…" where it is too long;
    whole in the tooltip and for screen readers) with the answer's state at its right, or
    under it when both do not fit on one line, so that the model's name is kept as long as
    it can be."""

    def __init__(self, header: ElidedLabel, state: Label, parent: QWidget | None = None):
        super().__init__(parent)
        self.header, self.state = header, state
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(header, 1)
        self.row.addWidget(state)

    def stacked(self) -> bool:
        """Whether the state is under the header (the two do not fit on one line)."""
        return self.row.direction() == QBoxLayout.Direction.TopToBottom

    def _arrange(self) -> None:
        header, state = self.header, self.state
        margins = header.contentsMargins()  # (2 px: a fraction of a pixel rounded up)
        need = (header.fontMetrics().horizontalAdvance(header.text()) + 2 + margins.left()
                + margins.right() + self.row.spacing() + state.sizeHint().width())
        side = not state.text() or need <= self.width()
        direction = (QBoxLayout.Direction.LeftToRight if side
                     else QBoxLayout.Direction.TopToBottom)
        if self.row.direction() != direction:
            self.row.setDirection(direction)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a label's text changed
            self._arrange()
        return super().event(event)
