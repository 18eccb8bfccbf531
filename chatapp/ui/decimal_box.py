"""A spin box of decimals that takes either decimal separator as the decimal point: in a
locale that writes a decimal comma (Indonesian) "0.5" is half, not the 5 Qt reads when it
takes the dot for a group separator; where a decimal point is written, "0,5" is half too.
Its values never need a group separator."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox


class DecimalBox(QDoubleSpinBox):
    """QDoubleSpinBox reading "." and "," both as the locale's decimal separator."""

    def _decimal(self, text: str) -> str:
        point = self.locale().decimalPoint()
        return text.replace("," if point == "." else ".", point)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        text = self._decimal(text)
        return super().validate(text, pos)

    def fixup(self, text: str) -> str:
        return super().fixup(self._decimal(text))

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(self._decimal(text))
