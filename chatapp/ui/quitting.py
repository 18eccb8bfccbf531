"""Before the window closes: unsent text that the settings cannot keep is not lost unasked."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from chatapp.errors import known_error
from chatapp.ui.errors import error_text, message_box

log = logging.getLogger(__name__)


def keep_drafts(window) -> bool:
    """Save the unsent text of every conversation (and the one shown) in the settings; when
    they cannot be written (a full or read-only disk) and some text would be lost, ask:
    False when the user keeps the window open."""
    session = window.session
    session.keep(window.composer.edit.toPlainText())
    try:
        window.ctx.save_settings()
        return True
    except OSError as exc:
        log.warning("the settings could not be saved: %s", exc.strerror)
        if not window.ctx.settings.drafts:
            return True
        reason = known_error(exc)
        translate = QCoreApplication.translate
        return message_box(window, translate("MainWindow", "The unsent text is not kept"),
                           translate("MainWindow", "The settings, which keep the text not sent "
                                     "yet, could not be saved: {reason} Quit all the same and "
                                     "lose it?").format(
                               reason=error_text(reason) if reason else exc.strerror),
                           question=True, risky=True)
