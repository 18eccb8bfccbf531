"""Dialogs the window makes for one use are deleted once closed: a long session that opens
them again and again keeps its memory (was: each opening of Settings → Defaults… or System
prompt & parameters… stayed a child of the window, ≈1.85 MB never freed each time)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from test_conversation_window import close_window, open_window  # noqa: E402

from chatapp.ui.conversation_settings import (  # noqa: E402
    ConversationSettingsDialog,
    PresetsDialog,
)
from chatapp.ui.defaults_dialog import DefaultsDialog  # noqa: E402
from chatapp.ui.template_view import TemplateDialog  # noqa: E402

TIMES = 4


def close_when_shown(kind: type[QDialog], seen: list[str]) -> None:
    """Cancel the dialog of that kind once it is on screen."""
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    if not shown:
        QTimer.singleShot(10, lambda: close_when_shown(kind, seen))
        return
    seen.append(kind.__name__)
    shown[0].reject()


@pytest.mark.parametrize("action, kind", [
    ("defaults_action", DefaultsDialog), ("settings_action", ConversationSettingsDialog),
    ("template_action", TemplateDialog), ("presets", PresetsDialog)])
def test_a_dialog_opened_again_and_again_is_not_kept(qtbot, tiny_home: Path, action: str,
                                                     kind: type[QDialog]) -> None:
    window = open_window(qtbot)
    try:
        trigger = (getattr(window, action) if action != "presets" else next(
            a for a in window.findChildren(type(window.defaults_action))
            if a.text() == "Pre&sets…"))
        seen: list[str] = []
        for _ in range(TIMES):
            QTimer.singleShot(0, lambda: close_when_shown(kind, seen))
            trigger.trigger()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert seen == [kind.__name__] * TIMES
        # none is left (was: TIMES of them, children of the window for as long as it lives)
        assert len(window.findChildren(kind)) <= 1
    finally:
        close_window(window)
