"""The Compare window keeps to its size in Filipino at 1024×700 with four panes, one of them a
server's model: a long status line is cut with "…" (whole in its tooltip) rather than widen
the window, a long word in the prompt does not widen it either, and an answer the server
broke off says why inside its own pane without pushing any pane's numbers or buttons out of
view. Real Qt widgets offscreen, real llama.cpp workers on tiny models, a real local
OpenAI-compatible server, a real database."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from openai_server import OpenAIServer, Reply
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from chatapp.context import open_app  # noqa: E402
from chatapp.remote.endpoints import EndpointStore, make_endpoint  # noqa: E402
from chatapp.ui.app import install_language, make_application  # noqa: E402

SHOTS = Path("/tmp/pt-compare-room")  # the screenshots, to look at


@pytest.fixture
def app():
    application = make_application()
    yield application
    install_language(application, "en")


def send(qtbot, view, text: str) -> None:
    view.composer.setPlainText(text)
    with qtbot.waitSignal(view.busyChanged, timeout=5000):
        view.send_button.click()


def bottom_in(widget, view) -> int:
    """widget's bottom edge in view's coordinates."""
    return widget.mapTo(view, QPoint(0, widget.height())).y()


def test_four_panes_at_1024_by_700_keep_the_window_and_their_rows(
        qtbot, app, chatapp_home: Path, tiny_model: Path) -> None:
    """was: the status "Nagsimula ang bagong paghahambing: … 4 nang sabay-sabay (batay sa
    bakanteng memorya)" widened the window from 1024 to 1246 px; a server killed mid-answer
    put its error under the pane's numbers, so every pane's numbers and Stop / Continue in
    chat went below an outer scroll bar and the error was cut."""
    from chatapp.ui.compare_view import CompareWindow
    from chatapp.ui.errors import answer_error_text

    assert install_language(app, "fil") == "fil"
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    for name in ("random-tiny-F32.gguf", "random-slow-F32.gguf", "gemma-3-270m-F32.gguf"):
        shutil.copy(tiny_model, models / name)
    server = OpenAIServer().serve()
    server.models = [{"id": "gemma-3-270m-q4_k_m", "object": "model"}]
    server.replies = [Reply(pieces=["Ang kabisera ", "ng Pilipinas ", "ay Maynila. "] * 20,
                            fault="cut")]
    ctx = open_app()
    ctx.settings.sampling.max_tokens = 6
    EndpointStore(ctx.paths).add(make_endpoint("lab", server.url))
    assert ctx.catalogue.refresh_remote() == {}
    view = CompareWindow(ctx)
    qtbot.addWidget(view)
    SHOTS.mkdir(exist_ok=True)
    try:
        view.resize(1024, 700)
        view.show()
        qtbot.waitUntil(lambda: any(m.key == "lab/gemma-3-270m-q4_k_m" for m in view.models),
                        timeout=10000)
        keys = [m.key for m in view.models]
        local = [k for k in keys if not k.startswith("lab/")]
        for pane, key in zip(view.panes, local, strict=False):
            pane.select_model(key)
        send(qtbot, view, "Ang kabisera ng Pilipinas ay")
        qtbot.waitUntil(lambda: not view.busy, timeout=120000)
        view.add_pane()  # two more panes that did not answer: the next prompt starts anew
        view.add_pane()
        view.panes[2].select_model(local[2])
        view.panes[3].select_model("lab/gemma-3-270m-q4_k_m")
        view.panes[3].set_overrides({"max_tokens": 400})  # a long answer, then broken off
        long_word = "kabisera" * 40
        send(qtbot, view, f"Ano ito: {long_word}")
        QApplication.processEvents()
        status = view.status
        assert status.text().startswith("Nagsimula ang bagong paghahambing")
        assert status.text().endswith("4 nang sabay-sabay (batay sa bakanteng memorya)")
        assert view.width() == 1024 and view.minimumSizeHint().width() <= 1024
        shown = QLabel.text(status)  # cut with "…", the whole of it in the tooltip
        assert shown != status.text() and shown.endswith("…") and status.toolTip() == status.text()
        assert status.fontMetrics().horizontalAdvance(shown) <= status.contentsRect().width()
        assert view.prompt_label.toolTip() == view.prompt_label.text()  # its long word cut
        qtbot.waitUntil(lambda: not view.busy, timeout=120000)
        QApplication.processEvents()
        remote = view.panes[3]
        qtbot.waitUntil(lambda: remote.error_note.visibleRegion().boundingRect().height()
                        >= remote.error_note.height() - 1, timeout=3000)  # scrolled to it
        view.grab().save(str(SHOTS / "four-panes-1024x700-fil.png"))
        assert view.width() == 1024 and view.status.text()  # the note stays, cut
        message = ctx.store.message(remote.message.id)
        assert message.finish_reason == "error"
        error = answer_error_text(message)
        assert remote.error_note.text().replace("\u200b", "") == error
        assert remote.error_note.isVisibleTo(remote)
        assert error not in remote.stats_label.text()  # the numbers' line keeps to numbers
        assert view.pane_area.verticalScrollBar().maximum() == 0  # no outer scroll bar
        area_bottom = bottom_in(view.pane_area, view)
        for pane in view.panes:  # each pane's numbers and buttons within the window
            for row in (pane.stats_label, pane.stop_button, pane.continue_button):
                assert row.isVisible() and bottom_in(row, view) <= area_bottom, (
                    pane.index, row.objectName() or type(row).__name__)
            assert pane.scroll.height() >= 150  # the answer keeps its room
    finally:
        view.close()
        ctx.close()
        server.close()
