"""Column widths of a list with a long column or two: the short columns as wide as their
contents (header included), the long ones sharing what is left, elided only where the
viewport has no more room (as LM Studio's My Models)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QStyle, QTreeView


class ColumnFit(QObject):
    """Keeps tree's columns fitted to its viewport's width, again as the viewport resizes.

    Every shown column gets its cells' width plus gap px, or its header's where wider. The
    columns in flexible ({column: least width in average characters}, first first) share
    the room the others leave: each gets its least width (or its cells', where less), then
    each in turn, first first, as much more as it needs to be whole while room is left;
    the first takes what is left over. Only when even the least widths do not fit does the
    view scroll sideways. fit() fits again (call it after the rows change)."""

    def __init__(self, tree: QTreeView, flexible: dict[int, int], gap: int) -> None:
        super().__init__(tree)
        self.tree, self.flexible, self.gap = tree, flexible, gap
        self._width = -1
        tree.header().setStretchLastSection(False)  # the first flexible column takes it
        tree.viewport().installEventFilter(self)
        tree.header().sortIndicatorChanged.connect(lambda *_: self.fit())  # its arrow moves

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's
        if event.type() == QEvent.Type.Resize and watched.width() != self._width:
            self.fit()
        return False

    def natural(self, column: int) -> int:
        """column's cells' width or its header's text's, the wider, plus the gap (px); the
        column sorted by, its header's whole width (with the sort arrow)."""
        header = self.tree.header()
        if column == header.sortIndicatorSection() and header.isSortIndicatorShown():
            title = header.sectionSizeHint(column)
        else:
            text = str(self.tree.model().headerData(column, Qt.Orientation.Horizontal) or "")
            title = (header.fontMetrics().horizontalAdvance(text) + self.gap
                     + 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin))
        return max(self.tree.sizeHintForColumn(column) + self.gap, title)

    def fit(self) -> None:
        """Set every shown column's width for the viewport's width now."""
        tree = self.tree
        self._width = room = tree.viewport().width()
        shown = [c for c in range(tree.header().count()) if not tree.isColumnHidden(c)]
        natural = {c: self.natural(c) for c in shown}
        flexible = [c for c in self.flexible if c in natural]
        left = room - sum(w for c, w in natural.items() if c not in flexible)
        widths = dict(natural)
        if flexible:
            char = tree.fontMetrics().averageCharWidth()
            for c in flexible:
                widths[c] = min(natural[c], self.flexible[c] * char)
            spare = left - sum(widths[c] for c in flexible)
            for c in flexible:  # the first whole first
                more = max(min(spare, natural[c] - widths[c]), 0)
                widths[c] += more
                spare -= more
            widths[flexible[0]] += max(spare, 0)
        for c in shown:
            tree.setColumnWidth(c, widths[c])
