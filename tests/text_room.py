"""Whether a text field's placeholder is drawn whole, measured as QLineEdit lays it out."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame


def placeholder_fits(field: QLineEdit) -> bool:
    """Whether field's placeholder text fits the room QLineEdit gives its text: the style's
    contents rectangle less the text margins and 2 px on each side."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    rect = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    room = rect.width() - margins.left() - margins.right() - 2 * 2
    return field.fontMetrics().horizontalAdvance(field.placeholderText()) <= room
