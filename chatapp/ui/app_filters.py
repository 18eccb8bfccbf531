"""What every window of the app gets: it is kept on its screen when shown, Enter in a dialog
presses its default button or nothing, and Alt with a letter that no shortcut takes is not
typed into a text field."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from chatapp.ui.sizing import keep_on_screen

TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


class AppFilters(QObject):
    """The application's event filter (install it on the QApplication):

    - a window (a main window or a dialog) that is shown is shrunk and moved into its
      screen's free area (chatapp.ui.sizing.keep_on_screen);
    - Enter on a button that has the keyboard presses it, as Space does, in every window;
    - Enter that a dialog's field leaves to the dialog presses its default button, and
      nothing where it has none: a dialog's buttons are not "auto default", which made the
      one after the first field (Browse…) the default, so that Enter in a path field opened
      a file browser. Qt would press the next button in the focus chain: in
      the Local API dialog, Enter on "Turn on" pressed Show and put the token on screen.
      A dialog whose buttons apply (Apply, Yes) but none accepts gets the first as its
      default, as QDialogButtonBox gives its first accepting button;
    - Alt with a letter is a shortcut or nothing: Qt types the letter into the text field
      that has the focus when no menu or button takes it (Alt+S typed "s", and the next
      Enter sent it). Not on macOS, where Option with a key types accents and symbols.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow() \
                and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog):
            keep_on_screen(watched)
            if isinstance(watched, QDialog):
                give_default(watched)
        elif kind == QEvent.Type.KeyPress and isinstance(watched, (QPushButton, QToolButton)) \
                and isinstance(event, QKeyEvent) and pressed_by_enter(watched, event):
            watched.click()
            return True
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QDialog) \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return not any(button.isDefault() and button.isVisible()
                           for button in watched.findChildren(QPushButton))
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and isinstance(watched, TEXT_FIELDS) and sys.platform != "darwin":
            modifiers = event.modifiers()
            alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
            # (Ctrl+Alt is AltGr on Windows: its letters are typed)
            return bool(modifiers & alt) and not modifiers & ctrl and event.text().isprintable() \
                and bool(event.text())
        return False


def pressed_by_enter(button: QAbstractButton, event: QKeyEvent) -> bool:
    """Whether event is Enter (no Shift, Ctrl or Alt) on button, shown, enabled and with the
    keyboard on it."""
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier) and button.hasFocus() and button.isEnabled() \
        and button.isVisible()


def give_default(dialog: QDialog) -> None:
    """No button of dialog is "auto default" (Qt makes the first one after the focused field
    the default when none is: a Browse…); its first Apply or Yes button becomes its default,
    unless a button is the default already or one accepts (QDialogButtonBox makes that one
    the default)."""
    buttons = dialog.findChildren(QPushButton)
    for button in buttons:
        if not button.isDefault():
            button.setAutoDefault(False)
    if any(button.isDefault() for button in buttons):
        return
    roles = QDialogButtonBox.ButtonRole
    boxed = [(box, button) for box in dialog.findChildren(QDialogButtonBox)
             for button in box.buttons() if isinstance(button, QPushButton)]
    if any(box.buttonRole(button) == roles.AcceptRole for box, button in boxed):
        return
    for box, button in boxed:
        if box.buttonRole(button) in (roles.ApplyRole, roles.YesRole):
            button.setDefault(True)
            return
