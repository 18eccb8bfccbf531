"""Known failures as text in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from chatapp.errors import UserError


def error_text(error: Exception) -> str:
    """The message of a known failure, translated."""
    if isinstance(error, UserError):
        return error.format(QCoreApplication.translate("errors", error.template))
    return str(error)
