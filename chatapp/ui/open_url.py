"""Open a file, folder or web address with the desktop's programs, and say so when that
fails: without an opener (no xdg-open, no file manager) the path or address is shown with a
Copy button, so the user can open it by hand."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chatapp.ui.label import Label
from chatapp.ui.layouts import fill

_shown: set[LocationDialog] = set()


class LocationDialog(QDialog):
    """Shows a path or address that could not be opened, with a Copy button.

    Attributes:
        field: the read-only line with the path or address.
    """

    def __init__(self, url: QUrl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        local = url.isLocalFile()
        self.setWindowTitle(self.tr("Could not open"))
        message = Label(
            self.tr("No program on this computer opened this folder or file. Here is its "
                    "path, to open it yourself:") if local else
            self.tr("No program on this computer opened this address. Here it is, to open "
                    "it yourself:"), self, wordWrap=True)
        self.field = QLineEdit(url.toLocalFile() if local else url.toString(), self,
                               readOnly=True,
                               accessibleName=self.tr("Path") if local else self.tr("Address"),
                               cursorPosition=0)
        self.copy_button = QPushButton(self.tr("&Copy"), self, clicked=self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self,
                                   rejected=self.reject)
        column = fill(QVBoxLayout(self), message,
                      fill(QHBoxLayout(), (self.field, 1), self.copy_button), buttons)
        self.setMinimumWidth(480)
        margins = column.contentsMargins()
        message.setMinimumHeight(message.heightForWidth(480 - margins.left() - margins.right()))

    def copy(self) -> None:
        """Put the path or address on the clipboard."""
        QGuiApplication.clipboard().setText(self.field.text())
        self.copy_button.setText(self.tr("Copied"))


def open_url(parent: QWidget | None, url: QUrl) -> bool:
    """Open url with the desktop's program for it; True if that worked. Otherwise show the
    path or address in a LocationDialog (non-blocking) and return False."""
    if QDesktopServices.openUrl(url):
        return True
    dialog = LocationDialog(url, parent)
    dialog.setModal(True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _shown.add(dialog)  # a dialog without a parent lives as long as it is open
    dialog.finished.connect(lambda _result: _shown.discard(dialog))
    dialog.show()
    return False


def open_report(parent: QWidget, page: Path) -> bool:
    """Open an evaluation report in the browser (open_url says so when nothing can); when
    there is no report yet, say so with the run's folder. True if it was opened."""
    if page.is_file():
        return open_url(parent, QUrl.fromLocalFile(str(page)))
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Information, translate("EvalDialog", "Report"),
                      translate("EvalDialog", "There is no report yet: run the evaluation to "
                                "its end to write it. Its folder:\n{path}").format(
                                    path=str(page.parent)),
                      QMessageBox.StandardButton.Ok, parent,
                      textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return False
