"""Failures as one line in the user's language: known ones with their message (and Retry
when trying again may work), unknown ones logged with their traceback and shown with the
log file's path. Slots are guarded, and sys.excepthook catches what reaches the event loop."""

from __future__ import annotations

import functools
import inspect
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QWidget,
)

from chatapp.errors import QT_TRANSLATE_NOOP, known_error, stored_error, unexpected_error
from chatapp.hub.errors import WORK_OFFLINE_HINT, is_unreachable
from chatapp.logs import log_file
from chatapp.store.database import DAMAGED, NOT_A_DATABASE, DamagedDatabase
from chatapp.store.records import Message
from chatapp.ui.label import Label
from chatapp.ui.layouts import exec_once, fill
from chatapp.ui.units import data_size, number

log = logging.getLogger(__name__)


def error_text(error: BaseException) -> str:
    """The message of a failure, translated: a known one's own, else its text."""
    known = known_error(error)
    if known is not None:
        def translate(template: str) -> str:
            return QCoreApplication.translate("errors", template)

        return known.format(translate(known.template), translate, number, data_size)
    return str(error)


def hub_error_text(error: BaseException) -> str:
    """error_text, and where the Hub cannot be reached at all, how to stop asking it."""
    text = error_text(error)
    if is_unreachable(error):
        text += " " + QCoreApplication.translate("errors", WORK_OFFLINE_HINT)
    return text


def answer_error_text(message: Message) -> str:
    """Why an answer failed, in the user's language where it was stored as data
    (Message.error_data), else as stored (English)."""
    data = stored_error(message.error_data)
    return error_text(data) if data is not None else (message.error or "")


# what the window says instead of the command line's words (its Recover button, not
# `chatapp recover`)
WINDOW_TEXTS = {
    DAMAGED: QT_TRANSLATE_NOOP(
        "App", "The conversation database {path} is damaged: a part of it cannot be read. It "
        "was left untouched. Recover puts a copy of what can still be read in its place and "
        "keeps the damaged file beside it."),
    NOT_A_DATABASE: QT_TRANSLATE_NOOP(
        "App", "The file {path} is not a readable conversation database. It was left "
        "untouched. Recover puts a copy of what can still be read in its place and keeps the "
        "file beside it."),
}


def failure_text(error: BaseException) -> str:
    """One line for any failure: a known one's message (in the window's words where the
    command line's differ); for an unknown one, a line naming the log file, after its
    traceback went there."""
    known = known_error(error)
    if known is None:
        log.error("unexpected failure", exc_info=error)
        known = unexpected_error(error, log_file())
    if known.template in WINDOW_TEXTS:
        return QCoreApplication.translate("App", WINDOW_TEXTS[known.template]).format(
            **known.params)
    return " ".join(error_text(known).split())


_SHOWN: set[str] = set()  # the failures on screen now


def show_failure(parent: QWidget | None, error: BaseException,
                 retry: Callable[[], None] | None = None) -> None:
    """Tell the user about a failure in one line; offer Retry when it may pass (a busy
    database, a full disk) and retry is given. A failure that says what one on screen says
    already (the same fault again, while its box waits) is only logged."""
    text = failure_text(error)
    if text in _SHOWN:
        return
    _SHOWN.add(text)
    try:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("errors", "ChatApp"),
                          text, QMessageBox.StandardButton.NoButton, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and server replies are not markup
        retry_button = None
        known = known_error(error)
        window = _main_window(parent) if isinstance(error, DamagedDatabase) else None
        if window is not None:  # the window closes, and opens again on what can be recovered
            retry = functools.partial(_recover_in_place, window)
            retry_button = box.addButton(QCoreApplication.translate("App", "&Recover"),
                                         QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.setDefaultButton(retry_button)
        elif retry is not None and known is not None and known.retryable:
            retry_button = box.addButton(QCoreApplication.translate("errors", "&Retry"),
                                         QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(retry_button)
        else:
            box.addButton(QMessageBox.StandardButton.Ok)
        exec_once(box)
        if retry_button is not None and box.clickedButton() is retry_button:
            retry()
    finally:
        _SHOWN.discard(text)


def _main_window(parent: QWidget | None) -> QWidget | None:
    """The main window shown (parent's own first)."""
    from chatapp.ui.main_window import MainWindow

    widgets = ([parent.window()] if parent is not None else []) + QApplication.topLevelWidgets()
    return next((w for w in widgets if isinstance(w, MainWindow) and w.isVisible()), None)


def _recover_in_place(window: QWidget) -> None:
    """Close the window to recover the damaged database; the app opens it again after."""
    window.reopen = "recover"
    window.close()


def message_box(parent: QWidget | None, title: str, text: str, *, question: bool = False,
                risky: bool = False, until: SignalInstance | None = None,
                follow: tuple[SignalInstance, Callable[[], str]] | None = None) -> bool:
    """A warning (OK) or a question (Yes/No) whose text is shown as text: names and replies
    in it are never read as markup; risky: No is the default (Enter does not say Yes);
    until: a signal whose emitting with a false first argument (or none) closes the box
    unanswered, as No (e.g. a view's busyChanged: nothing is left to ask about); follow: a
    signal and the text the box shows each time it is emitted ("" keeps the one shown; e.g.
    a count of what is still running). True when the question was answered Yes."""
    buttons = (QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No if question
               else QMessageBox.StandardButton.Ok)
    box = QMessageBox(QMessageBox.Icon.Question if question else QMessageBox.Icon.Warning,
                      title, text, buttons, parent, textFormat=Qt.TextFormat.PlainText)
    if risky:
        box.setDefaultButton(QMessageBox.StandardButton.No)

    def settled(*args: object) -> None:
        if not (args and args[0]):
            box.done(QMessageBox.StandardButton.No)

    def retext(*_args: object) -> None:
        if new_text := follow[1]():
            box.setText(new_text)

    if until is not None:
        until.connect(settled)
    if follow is not None:
        # queued: after the slots the signal's own queued connections run (the view's state)
        follow[0].connect(retext, Qt.ConnectionType.QueuedConnection)
    try:
        return exec_once(box) == QMessageBox.StandardButton.Yes
    finally:
        if until is not None:
            until.disconnect(settled)
        if follow is not None:
            follow[0].disconnect(retext)


def _arity(slot: Callable) -> int | None:
    """How many positional arguments slot takes (None: any number)."""
    try:
        parameters = inspect.signature(slot).parameters.values()
    except (TypeError, ValueError):
        return None
    if any(parameter.kind is parameter.VAR_POSITIONAL for parameter in parameters):
        return None
    return sum(parameter.kind in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD)
               for parameter in parameters)


def guarded(slot: Callable, parent: QWidget | None) -> Callable:
    """slot, with every failure shown in one line (Retry runs it again with the same
    arguments). Takes as many of a signal's arguments as slot does."""
    arity = _arity(slot)

    @functools.wraps(slot)
    def run(*args):
        args = args if arity is None else args[:arity]
        try:
            return slot(*args)
        except Exception as exc:  # noqa: BLE001 - shown to the user, unknown ones logged
            show_failure(parent, exc, retry=lambda: run(*args))
            return None

    del run.__wrapped__  # Qt hands it every argument of the signal; run keeps what slot takes
    return run


def install_excepthook() -> None:
    """Show what reaches the event loop unhandled (a slot that raised) as one line, in
    front of the active window, instead of a traceback on the terminal."""
    previous = sys.excepthook

    def hook(kind, value, traceback) -> None:
        if not isinstance(value, Exception) or QApplication.instance() is None:
            previous(kind, value, traceback)
            return
        show_failure(QApplication.activeWindow(), value.with_traceback(traceback))

    sys.excepthook = hook


class NoticeBar(QFrame):
    """A one-line notice above the chat (a read-only database, an answer kept in memory),
    with a Retry button when there is something to try again.

    Signals:
        retryRequested(): Retry was pressed.
    """

    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.label = Label(self, wordWrap=True)
        self.retry_button = QPushButton(QCoreApplication.translate("errors", "&Retry"), self)
        self.retry_button.clicked.connect(self.retryRequested)
        fill(QHBoxLayout(self), (self.label, 1), self.retry_button).setContentsMargins(
            12, 6, 12, 6)
        self.lasting = False
        self.hide()

    def show_notice(self, text: str, retry: bool = False, lasting: bool = False) -> None:
        """Show text (one line of it); with retry, the Retry button too. A notice with
        retry, or lasting, is about the app (an answer kept in memory, a read-only
        database); the others are about the conversation shown (see leave)."""
        self.label.setText(" ".join(text.split()))
        self.retry_button.setVisible(retry)
        self.lasting = retry or lasting
        self.show()

    def leave(self) -> None:
        """Another conversation is shown: a notice about the one left goes."""
        if not self.lasting:
            self.hide()

    def take_back(self, text: str) -> None:
        """Hide the notice if it is the one show_notice gave for text ("": none)."""
        if text and self.label.text() == " ".join(text.split()):
            self.hide()
