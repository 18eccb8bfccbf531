"""The keyboard stays somewhere useful when what it is on changes, and shows where it is: a
regenerated answer, the recommended models' Try again, the Models window's table as it
refreshes, Enter on buttons and in dialogs' fields, the search hits, the focus frames in both
themes. Real Qt widgets offscreen (QApplication.focusWidget(), keys through qtbot), real
llama.cpp on a tiny GGUF, real SQLite files."""

from __future__ import annotations

import importlib.util
import os
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from chatapp.context import open_app
from chatapp.ui.app import make_application
from chatapp.ui.main_window import MainWindow

pytest_plugins = ("hub_fixtures",)
needs_llama = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                                 reason="llama-cpp-python is not installed")
CTRL = Qt.KeyboardModifier.ControlModifier


def open_window(qtbot, size: tuple[int, int] = (1000, 700), max_tokens: int = 4) -> MainWindow:
    make_application()
    ctx = open_app()
    ctx.settings.sampling.max_tokens = max_tokens
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def close_window(window: MainWindow) -> None:
    browser = getattr(window, "model_browser", None)
    if browser is not None:
        browser.shutdown()
    window.close()
    window.ctx.close()


def wait_answer(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.runner is None and window.answers.titler is None, timeout=60000)


def test_enter_in_a_path_field_does_not_open_a_file_browser(qtbot, chatapp_home: Path) -> None:
    """In the Evaluate dialog Start is the default and no Browse… is: Enter in the prompt
    file's field starts (here: says what is wrong with the file), no file dialog opens (was:
    Browse…, the first button after the field, was the default)."""
    from chatapp.ui.eval_dialog import EvalDialog

    window = open_window(qtbot)
    try:
        dialog = EvalDialog(window.ctx, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible, timeout=2000)
        for button in (dialog.browse_prompts_button, dialog.browse_folder_button):
            assert not button.isDefault() and not button.autoDefault()
        assert dialog.start_button.isDefault()
        dialog.prompt_edit.setFocus()
        qtbot.waitUntil(dialog.prompt_edit.hasFocus, timeout=2000)
        qtbot.keyClicks(dialog.prompt_edit, str(chatapp_home / "nothing-here.txt"))
        qtbot.keyClick(dialog.prompt_edit, Qt.Key.Key_Return)
        assert QApplication.activeModalWidget() is None  # no file dialog
        assert not [w for w in QApplication.topLevelWidgets()
                    if w.isVisible() and w.inherits("QFileDialog")]
        assert "nothing-here.txt" in dialog.progress_label.text()
        assert dialog.prompt_edit.hasFocus()
        dialog.close()
    finally:
        close_window(window)
