"""The parameters dialog keeps its layout still when the stop strings' problem line shows
(the real dialog, offscreen, with a real store)."""

from __future__ import annotations

from pathlib import Path

from chatapp.context import open_app
from chatapp.settings import Sampling
from chatapp.ui.app import make_application
from chatapp.ui.conversation_settings import ConversationSettingsDialog


def test_the_stop_strings_problem_line_moves_nothing_and_follows_the_typing(
        qtbot, chatapp_home: Path) -> None:
    """was: as "At most 4 stop strings…" appeared under the field, the System prompt box
    above shrank to make room (the dialog jumped; then, growing the dialog for it, the box
    grew and the fields below moved down under a window manager); the line appeared only at
    OK and kept "(5 now)" once a line was taken out."""
    make_application()
    ctx = open_app()
    try:
        dialog = ConversationSettingsDialog(Sampling(), "Be brief.", {}, None, ctx.store)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        form = dialog.form
        prompt, stops, height = form.system.height(), form.stops.geometry(), dialog.height()
        form.stops.setPlainText("a\nb\nc\nd\ne")  # (as typed: said at once, before OK)
        assert form.stop_problem.text().endswith("(5 now).")
        qtbot.wait(50)  # (the layout would follow a new size)
        assert (form.system.height(), form.stops.geometry(), dialog.height()) == (
            prompt, stops, height)  # nothing moved
        line = form.stop_problem.geometry()
        assert line.top() >= stops.bottom() and line.height() > 0
        form.stops.setPlainText("a\nb\nc\nd")  # right again: the line empties
        assert form.stop_problem.text() == "" and form.check()
        qtbot.wait(50)
        assert (form.system.height(), dialog.height()) == (prompt, height)
    finally:
        ctx.close()
