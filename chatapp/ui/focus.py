"""Where the keyboard goes when what it is on changes: a list whose row is current when the
keyboard comes in has that row selected too."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject
from PySide6.QtWidgets import QTreeView


class _SelectOnFocus(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QTreeView):
            select_current(watched)
        return False


def select_current(view: QTreeView) -> None:
    """Select view's current row, or its first shown row when none is current, unless a row
    is selected already (what the buttons beside a list act on is then what the keyboard is
    on)."""
    selection, model = view.selectionModel(), view.model()
    if selection is None or model is None or selection.hasSelection():
        return
    index = view.currentIndex()
    if not index.isValid() or view.isRowHidden(index.row(), index.parent()):
        top = QModelIndex()
        row = next((r for r in range(model.rowCount(top)) if not view.isRowHidden(r, top)), None)
        if row is None:
            return
        index = model.index(row, 0)
    flags = QItemSelectionModel.SelectionFlag
    selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)


def select_current_on_focus(view: QTreeView) -> None:
    """When the keyboard comes into view (a tree of rows), its current row is selected (see
    select_current)."""
    keeper = _SelectOnFocus(view)
    view.installEventFilter(keeper)
