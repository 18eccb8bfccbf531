"""The context length field: what is typed becomes the length llama.cpp will use."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QSpinBox, QToolTip, QWidget

from chatapp.fit import CTX_PAD, padded_context


class ContextSpinBox(QSpinBox):
    """A spin box of context lengths in steps of 256. Any whole number can be typed (more
    digits than the largest length allowed too); when the typing ends, and for every value
    set, it becomes the nearest length allowed: within the range, and rounded up to the
    multiple of 256 that llama.cpp allocates anyway (the largest allowed where that is
    beyond it), so that what is shown is what the model loads with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSingleStep(CTX_PAD)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.setGroupSeparatorShown(True)  # "32,768", Indonesian "32.768"

    def allowed(self, n: int) -> int:
        """The context length that n tokens become."""
        return min(self.maximum(), max(self.minimum(), padded_context(n)))

    def setValue(self, value: int) -> None:  # noqa: N802 - Qt's name
        super().setValue(self.allowed(value))

    def _typed(self, text: str) -> int | None:
        """The number in the field's text (its suffix and group separators left out)."""
        digits = text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        digits = digits.replace(self.locale().groupSeparator(), "")
        return int(digits) if digits.isascii() and digits.isdigit() else None

    def validate(self, text: str, pos: int) -> object:
        n = self._typed(text)
        if n is None:
            return super().validate(text, pos)
        state = (QValidator.State.Acceptable if n == self.allowed(n)
                 else QValidator.State.Intermediate)
        return state, text, pos

    def fixup(self, text: str) -> str:
        n = self._typed(text)
        if n is None:
            return super().fixup(text)
        if n > self.maximum():  # said where it is typed, not changed in silence
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.tr(
                "At most {n} tokens here: {typed} became {n}.").format(
                    n=self.textFromValue(self.maximum()), typed=n), self)
        return self.prefix() + self.textFromValue(self.allowed(n)) + self.suffix()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Reached by Tab or its shortcut, the whole number is selected (what is typed
        replaces it), also after its text changed length while the field was away."""
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                              Qt.FocusReason.ShortcutFocusReason):
            self.selectAll()
