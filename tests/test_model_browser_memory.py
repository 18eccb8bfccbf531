"""The Models window's memory line (real widgets offscreen, the machine's real memory)."""

from __future__ import annotations

from chatapp.context import open_app
from chatapp.machine import ram
from chatapp.ui.app import make_application
from chatapp.ui.model_browser import ModelBrowser

HELD = 2 << 30  # bytes taken, then given back, while the window shows


def test_the_memory_line_follows_the_free_memory_while_the_window_shows(qtbot) -> None:
    """Memory taken and given back while the window shows (as a model loaded and let go) is
    seen on its RAM line within seconds; hidden, it is not measured, and shown again it is
    (was: the line, and the fit estimates, kept the figure of when the window was made,
    however long it stayed open or often it was shown again)."""
    make_application()
    ctx = open_app()
    window = ModelBrowser(ctx)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.machine is not None, timeout=10000)
        said = window.machine_label.text()

        def follows() -> bool:  # the window's figure is the machine's now (give or take)
            return abs(window.machine.ram_available - ram()[1]) < HELD // 4

        held = b"\x01" * HELD  # written, so really taken
        qtbot.waitUntil(follows, timeout=15000)
        assert window.machine_label.text() != said
        del held
        qtbot.waitUntil(follows, timeout=15000)
        window.hide()
        assert not window.memory_timer.isActive()
        window.show()
        assert window.memory_timer.isActive()
    finally:
        window.shutdown()
        window.close()
        ctx.close()
