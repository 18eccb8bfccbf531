"""The window offers the largest context that fits when a model does not fit at the chosen
one: the answer is written again with it, and Model settings keep it (real llama.cpp, the
starter model, the real window offscreen)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from test_conversation_window import close_window, open_window  # noqa: E402

from chatapp import fit, fit_file  # noqa: E402


def test_a_model_too_big_at_its_context_is_offered_the_largest_that_fits(
        qtbot, starter_home: Path, starter_file: Path) -> None:
    roomy = fit.Machine(1 << 40, 1 << 40)
    at_8k = fit_file.estimate_file(starter_file, 8192, roomy, n_gpu_layers=0)
    at_32k = fit_file.estimate_file(starter_file, 32768, roomy, n_gpu_layers=0)
    window = open_window(qtbot, max_tokens=3)
    model = window.current_model()
    # this machine's free memory cannot be chosen: the engine is given one where the starter
    # fits at 8k tokens of context and not at 32k
    small = fit.Machine(4 << 30, int((at_8k.total + at_32k.total) / 2 / fit.HEADROOM))
    window.ctx.engine.machine = small
    window.ctx.engine.n_ctx = 32768
    seen: dict = {}

    def answer_the_offer() -> None:
        box = getattr(window, "_fit_offer", None)
        if box is None or not box.isVisible():
            QTimer.singleShot(100, answer_the_offer)
            return
        seen["text"] = box.text() + "\n" + box.informativeText()
        seen["buttons"] = [b.text() for b in box.buttons()]
        # asked before the answer is shown as failed (was: a failure card and "The answer
        # failed" behind the question)
        seen["behind"] = (window.chat_view.bubbles[-1].footer.text(),
                          window.statusBar().currentMessage())
        box.grab().save(str(starter_home / "fit-offer.png"))
        use = next(b for b in box.buttons() if b.text().startswith("&Use"))
        use.click()

    QTimer.singleShot(100, answer_the_offer)
    qtbot.keyClicks(window.composer.edit, "hello")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)

    def answers() -> list:
        return [m for m in window.ctx.store.messages(window.conversation_id)
                if m.role == "assistant"]

    def tried() -> list:  # the answers made, those hidden too
        conversation = window.conversation_id
        return [window.ctx.store.message(r["id"]) for r in window.ctx.store._rows(
            "SELECT id FROM messages WHERE conversation_id = ? AND role = 'assistant' "
            "ORDER BY id", [conversation])]

    qtbot.waitUntil(lambda: window.runner is None and any(
        m.finish_reason in ("stop", "length") for m in tried()), timeout=240_000)
    assert "needs about" in seen["text"]
    assert "failed" not in " ".join(seen["behind"]).lower()
    # the try that did not fit is not kept beside the answer made at the context that fits,
    # not even hidden (was: an empty failed answer left in the database)
    (again,) = tried()
    assert [m.id for m in answers()] == [again.id]
    fits = window.ctx.settings.model_options[model.key]["n_ctx"]
    from chatapp.ui.units import number

    assert 8192 < fits < 32768 and f"{number(fits)} tokens" in seen["text"]
    assert f"&Use {number(fits)} tokens" in seen["buttons"]  # as the window writes numbers
    assert any("Load anyway" in text for text in seen["buttons"])
    # (another dry run of the same file: the process's own size varies by a few MiB)
    need = fit_file.estimate_file(starter_file, fits, small, n_gpu_layers=0).total
    assert need <= small.ram_available * fit.HEADROOM * 1.02
    assert again.finish_reason in ("stop", "length") and again.n_ctx == fits
    close_window(window)
