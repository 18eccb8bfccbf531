"""Settings → Defaults…: the app-wide system prompt, sampling parameters and
processor threads, edited in a real dialog of a real window and used by the next answer."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from test_conversation_window import close_window, open_window, send  # noqa: E402

from chatapp.ui.defaults_dialog import DefaultsDialog  # noqa: E402


def run_dialog(qtbot, window, act) -> dict:
    """Open the dialog from the Settings menu and let act(dialog, seen) work in it."""
    seen: dict = {}

    def inside() -> None:
        dialog = next(w for w in window.findChildren(DefaultsDialog) if w.isVisible())
        try:
            act(dialog, seen)
        except Exception as exc:  # noqa: BLE001 - reported below
            seen["error"] = exc
            dialog.reject()

    QTimer.singleShot(0, inside)
    window.defaults_action.trigger()
    assert "error" not in seen, seen.get("error")
    return seen


def test_defaults_are_saved_and_the_next_chat_answers_with_them(qtbot, tiny_home: Path) -> None:
    window = open_window(qtbot)
    assert window.session.system_prompt == ""

    def change(dialog: DefaultsDialog, seen: dict) -> None:
        seen["threads"] = dialog.threads.text()
        seen["title"] = dialog.windowTitle()
        dialog.form.system.setPlainText("Answer in one word.")
        dialog.form.fields["temperature"].setValue(0.3)
        dialog.form.fields["top_k"].setValue(7)
        dialog.threads.setValue(1)
        dialog.accept()

    seen = run_dialog(qtbot, window, change)
    assert seen["threads"].startswith("automatic (")  # 0 is said in words
    assert seen["title"] == "Defaults"
    settings = window.ctx.settings
    assert (settings.system_prompt, settings.sampling.temperature, settings.sampling.top_k,
            settings.threads) == ("Answer in one word.", 0.3, 7, 1)
    assert settings.sampling.max_tokens == 6  # what was not touched stays
    saved = json.loads((window.ctx.paths.config / "settings.json").read_text(encoding="utf-8"))
    assert saved["system_prompt"] == "Answer in one word." and saved["threads"] == 1
    assert saved["sampling"]["temperature"] == 0.3
    assert window.ctx.engine.cores == 1
    # the new chat shown takes the new system prompt; its answer the new parameters
    assert window.session.system_prompt == "Answer in one word."
    send(qtbot, window, "hello")
    answer = window.ctx.store.message(window.chat_view.bubbles[-1].message.id)
    assert answer.finish_reason in ("stop", "length"), answer.error
    assert answer.sampling["temperature"] == 0.3 and answer.sampling["top_k"] == 7
    assert " loaded · 1 thread · context " in window.model_status.text()  # one, not "threads"
    conversation = window.ctx.store.conversation(answer.conversation_id)
    assert conversation.system_prompt == "Answer in one word."

    # Cancel changes nothing; "Use the app's defaults" puts back the built-in ones
    run_dialog(qtbot, window, lambda d, s: (d.form.fields["temperature"].setValue(1.5),
                                            d.reject()))
    assert window.ctx.settings.sampling.temperature == 0.3
    run_dialog(qtbot, window, lambda d, s: (d.form.reset(), d.threads.setValue(0),
                                            d.accept()))
    assert window.ctx.settings.sampling.temperature == 0.7
    # the status line says the threads answers take now, the model loaded as it was (was:
    # the threads it was loaded with)
    cores = window.ctx.engine.cores
    assert f" loaded · {cores} thread" in window.model_status.text()
    assert window.ctx.settings.sampling.max_tokens == 512
    assert window.ctx.settings.threads == 0 and window.ctx.engine.n_threads == 0
    close_window(window)
