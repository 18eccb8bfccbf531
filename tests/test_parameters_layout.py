"""The parameters dialog keeps its layout still when the stop strings' problem line shows
(the real dialog, offscreen, with a real store)."""

from __future__ import annotations

from pathlib import Path

from chatapp.context import open_app
from chatapp.settings import Sampling
from chatapp.ui.app import make_application
from chatapp.ui.conversation_settings import ConversationSettingsDialog


def test_the_stop_strings_problem_line_grows_the_dialog_not_shrinks_the_prompt(
        qtbot, chatapp_home: Path) -> None:
    """was: as "At most 4 stop strings…" appeared under the field, the System prompt box
    above shrank to make room (the dialog jumped)."""
    make_application()
    ctx = open_app()
    try:
        dialog = ConversationSettingsDialog(Sampling(), "Be brief.", {}, None, ctx.store)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        form = dialog.form
        prompt, stops, height = form.system.height(), form.stops.geometry(), dialog.height()
        form.stops.setPlainText("a\nb\nc\nd\ne")
        assert not form.check() and form.stop_problem.isVisible()
        qtbot.waitUntil(lambda: dialog.height() > height, timeout=3000)
        qtbot.wait(50)  # (the layout follows the new size)
        assert form.system.height() == prompt
        assert form.stops.geometry() == stops  # nothing above the line moved
        line = form.stop_problem.geometry()
        assert line.top() >= stops.bottom() and line.height() > 0
        form.stops.setPlainText("a\nb")  # right again: the line goes, and its room
        assert form.check() and not form.stop_problem.isVisible()
        qtbot.waitUntil(lambda: dialog.height() == height, timeout=3000)
        qtbot.wait(50)
        assert form.system.height() == prompt
    finally:
        ctx.close()
