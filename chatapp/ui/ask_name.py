"""A one-line question for a name (a title, a preset, a collection), wide enough for its
title and a long answer, its OK button enabled only while the answer is not blank."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QWidget

BOX_PX = 480  # the box's width at least


def ask_name(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """The name typed, stripped; None when cancelled."""
    dialog = QInputDialog(parent, windowTitle=title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setOkButtonText(dialog.okButtonText())  # (the buttons are made now)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.setEnabled(bool(text.strip()))
    dialog.textValueChanged.connect(lambda typed: ok.setEnabled(bool(typed.strip())))
    title_px = dialog.fontMetrics().horizontalAdvance(title) * 5 // 4 + 160  # and its buttons
    dialog.resize(max(dialog.sizeHint().width(), BOX_PX, title_px), dialog.sizeHint().height())
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    name = dialog.textValue().strip()
    dialog.deleteLater()
    return name if accepted and name else None
