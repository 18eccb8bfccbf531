"""Sampling parameters' names as the app's dialogs call them, in the language shown (a
summary of changed parameters uses them: "Temperature 1,2 · Longest answer 64")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from chatapp.errors import QT_TRANSLATE_NOOP

NAMES = {
    "max_tokens": QT_TRANSLATE_NOOP("Parameters", "Longest answer"),
    "temperature": QT_TRANSLATE_NOOP("Parameters", "Temperature"),
    "top_k": QT_TRANSLATE_NOOP("Parameters", "Top K"),
    "top_p": QT_TRANSLATE_NOOP("Parameters", "Top P"),
    "min_p": QT_TRANSLATE_NOOP("Parameters", "Min P"),
    "repeat_penalty": QT_TRANSLATE_NOOP("Parameters", "Repeat penalty"),
    "seed": QT_TRANSLATE_NOOP("Parameters", "Seed"),
    "stop": QT_TRANSLATE_NOOP("Parameters", "Stop strings"),
}


def param_name(key: str) -> str:
    """A sampling parameter's name in the language shown ("max_tokens" -> "Longest answer");
    a key the app has no name for, as it is."""
    name = NAMES.get(key)
    return QCoreApplication.translate("Parameters", name) if name else key
