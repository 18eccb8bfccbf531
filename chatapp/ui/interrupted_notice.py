"""The main window's status-bar notice of downloads that stopped when ChatApp last closed,
with a Resume button that goes on with all of them from where they stopped.

Nothing resumes unasked at the start (a browser asks too: the network may be metered now,
the model no longer wanted); one click on the notice is all it takes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QPushButton, QWidget

from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.ui.label import WrappedLabel
from chatapp.ui.layouts import fill
from chatapp.ui.units import counted

ONE = QT_TRANSLATE_NOOP("DownloadsNotice", "A download stopped when ChatApp last closed. "
                        "“Resume” goes on with it from where it stopped.")
MANY = QT_TRANSLATE_NOOP("DownloadsNotice", "{n} downloads stopped when ChatApp last closed. "
                         "“Resume” goes on with them from where they stopped.")


class InterruptedNotice(QWidget):
    """A line in the window's status bar (hidden while a passing message shows): what
    stopped, Resume (all of them, their progress shown in the model browser) and Not now.

    Attributes:
        ids: the interrupted downloads' ids.
        label, resume_button, dismiss_button: its parts.
    """

    def __init__(self, window: QMainWindow, ids: list[str]) -> None:
        super().__init__(window)
        self.setObjectName("interruptedNotice")
        self.window_ = window
        self.ids = list(ids)
        self.label = WrappedLabel(counted(  # wraps rather than widen the window
            "DownloadsNotice", ONE, MANY, len(self.ids)), self)
        translate = QCoreApplication.translate
        self.resume_button = QPushButton(translate("DownloadsNotice", "Resume"), self)
        self.dismiss_button = QPushButton(translate("DownloadsNotice", "Not now"), self)
        self.resume_button.clicked.connect(self.resume)
        self.dismiss_button.clicked.connect(self.dismiss)
        fill(QHBoxLayout(self), (self.label, 1), self.resume_button,
             self.dismiss_button).setContentsMargins(0, 0, 0, 0)

    def resume(self) -> None:
        """Go on with every interrupted download (those resumed meanwhile stay as they are)
        and show the model browser, where their progress is."""
        from chatapp.ui.model_browser import model_browser_for, show_model_browser

        browser = model_browser_for(self.window_)
        for download_id in self.ids:
            browser.manager.resume(download_id)
        self.dismiss()
        show_model_browser(self.window_, browser.tabs.currentIndex())

    def dismiss(self) -> None:
        """Take the notice off the status bar (the downloads stay listed in the browser)."""
        self.window_.statusBar().removeWidget(self)
        self.hide()
        self.deleteLater()


def show_interrupted(window: QMainWindow, ids: list[str]) -> InterruptedNotice | None:
    """Put the notice of the downloads with ids in the window's status bar (none: None);
    kept as window.interrupted_notice."""
    if not ids:
        return None
    notice = InterruptedNotice(window, ids)
    window.statusBar().addWidget(notice, 2)  # the room before the model line beside it
    window.interrupted_notice = notice
    return notice
