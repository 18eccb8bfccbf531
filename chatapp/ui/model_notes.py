"""What a newcomer must know about the picked model: a base model continues text instead of
answering, so a chat model is one click away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from chatapp.ui.label import Label


def base_model_tag() -> str:
    """The short label for a base model in lists ("base model")."""
    return QCoreApplication.translate("BaseModelNote", "base model")


def base_model_text() -> str:
    """The sentence that says what a base model does and what to get instead."""
    return QCoreApplication.translate(
        "BaseModelNote",
        "Base model — continues text; for a chat assistant, get an instruction-tuned model.")


class BaseModelNote(QFrame):
    """A banner: the picked model is a base model, with a button to find a chat model.

    Signals:
        browseRequested(): the user wants to find an instruction-tuned model.
    """

    browseRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteBanner")
        self.label = Label(base_model_text(), self, wordWrap=True)
        self.button = QPushButton(self.tr("Find a chat model…"), self,
                                  toolTip=self.tr("Open the model browser"))
        self.button.clicked.connect(self.browseRequested)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(base_model_text())
