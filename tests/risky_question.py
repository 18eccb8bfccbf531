"""Answering a risky question (a QMessageBox whose default is No) when it comes up."""

from __future__ import annotations


def answer_risky(button, asked: list[str]) -> None:
    """Note the open question's text in asked (its default must be No: Enter does not say
    Yes), then press button (a QMessageBox.StandardButton) on it."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QApplication.activeModalWidget()
    asked.append(box.text())
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(button).click()
