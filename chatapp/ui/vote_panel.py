"""The arena's vote: which of the two answers is better, one vote a round. Its texts are the
Compare window's (translation context "CompareWindow")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from chatapp.compare.variants import Variant
from chatapp.compare.votes import unanswered
from chatapp.store.records import Message
from chatapp.ui.label import WrappedLabel
from chatapp.ui.layouts import fill


def arena_name(index: int) -> str:
    """A blind pane's name: "Model A" for the first, else "Model B"."""
    translate = QCoreApplication.translate
    return (translate("CompareWindow", "Model A") if index == 0
            else translate("CompareWindow", "Model B"))


def drawn_name(variant: Variant) -> str:
    """What was drawn, as revealed: the model's name, or "PRESET (MODEL)"."""
    model = variant.resolved.display_name
    return model if variant.plain else QCoreApplication.translate(
        "CompareWindow", "{preset} ({model})").format(preset=variant.name, model=model)


class VotePanel(QWidget):
    """The question and the four outcomes.

    Signals:
        chosen(str): an outcome was clicked ("a", "b", "tie" or "both_bad").

    Attributes:
        label: the question, then what became of the round's vote.
        buttons: the outcomes' buttons, enabled while the round takes its vote.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        # the names revealed are long: never wider than the window
        self.label = WrappedLabel(translate("CompareWindow", "Which answer is better?"), self)
        self.buttons: dict[str, QPushButton] = {
            outcome: QPushButton(text, self, clicked=lambda _=False, o=outcome: self.chosen.emit(o))
            for outcome, text in (("a", translate("CompareWindow", "A is better")),
                                  ("b", translate("CompareWindow", "B is better")),
                                  ("tie", translate("CompareWindow", "Tie")),
                                  ("both_bad", translate("CompareWindow", "Both are bad")))}
        fill(QHBoxLayout(self), (self.label, 1), *self.buttons.values()).setContentsMargins(
            0, 0, 0, 0)
        self._set_open(False)
        self.hide()

    def is_open(self) -> bool:
        """Whether the round shown takes its vote now."""
        return not self.isHidden() and any(b.isEnabled() for b in self.buttons.values())

    def offer(self, answers: list[Message], reveal: Callable[[], list[str]]) -> None:
        """Ask for the vote on the two answers (one that the model ended without text is a
        bad answer, voted on like any other). A round where a model could not answer, or an
        answer was stopped before it wrote anything, gets none: reveal() shows the models'
        names at once and gives them."""
        translate = QCoreApplication.translate
        failed = any(m.finish_reason == "error" for m in answers)
        empty = any(unanswered(m) for m in answers)
        self._set_open(not empty)
        self.label.setText(translate("CompareWindow", "Which answer is better? (A new prompt "
                                     "skips this round.)"))
        if empty:
            text = (translate("CompareWindow", "A model could not answer, so this round gets "
                              "no vote. Model A was {a}, Model B was {b}.") if failed
                    else translate("CompareWindow", "An answer was stopped before it wrote "
                                   "anything, so this round gets no vote. Model A was {a}, "
                                   "Model B was {b}."))
            names = reveal()
            self.label.setText(text.format(a=names[0], b=names[1]))
        self.show()

    def close_with(self, text: str) -> None:
        """The round takes no more votes; say text (the vote saved, or why there is none)."""
        self._set_open(False)
        self.label.setText(text)

    def _set_open(self, on: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(on)
