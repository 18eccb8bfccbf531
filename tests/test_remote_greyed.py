"""A down server's models in the window's pickers: greyed, with "Server not reachable" and why
in their tooltip; picking one says so in one line at once; unmarked once the server answers
the next listing (was: they looked like any model that can answer, and picking one said
nothing until an answer had waited on its server). Real servers on real ports, real Qt
widgets (offscreen)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from openai_server import OpenAIServer
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from test_conversation_window import close_window, send, wait_answer
from test_remote_picker import wait_picked, window_with

from chatapp.ui.model_list import MODEL_ROLE


def serve_on(port: int) -> OpenAIServer:
    """The scripted server again on a port it had (a server started again)."""
    server = OpenAIServer()
    server.socket.close()
    server.server_address = ("127.0.0.1", port)
    server.socket = socket.socket(server.address_family, server.socket_type)
    server.server_bind()
    server.server_activate()
    return server.serve()


@pytest.fixture
def server():
    srv = OpenAIServer().serve()
    yield srv
    srv.close()


def grey():
    return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                           QPalette.ColorRole.Text)


def test_a_down_servers_models_are_greyed_said_when_picked_and_unmarked_when_back(
        qtbot, tiny_home: Path, server) -> None:
    window = window_with(qtbot, server.url)
    back = None
    try:
        qtbot.waitUntil(lambda: window.model_list.index_of("lab/tiny") >= 0, timeout=10000)
        send(qtbot, window, "hello")  # an answer (from the local model) to regenerate
        wait_answer(qtbot, window)
        models = window.model_list
        row = models.index_of("lab/tiny")
        local = next(i for i, m in enumerate(models.models) if not m.key.startswith("lab/"))
        assert models.data(models.index(row), Qt.ItemDataRole.ForegroundRole) is None
        port = server.port
        server.close()  # the server goes down (a process that ends closes its connections:
        window.ctx.catalogue.client("lab").close_idle()  # the test server's threads do not)
        models.refresh_remote(["lab"])
        qtbot.waitUntil(lambda: models.failing("lab"), timeout=10000)
        row = models.index_of("lab/tiny")
        index = models.index(row)
        assert models.data(index, Qt.ItemDataRole.ForegroundRole) == grey()
        assert models.data(models.index(local), Qt.ItemDataRole.ForegroundRole) is None
        tip = models.data(index, Qt.ItemDataRole.ToolTipRole)
        assert f"Server not reachable: lab: nothing answers at 127.0.0.1:{port}" in tip

        # picked in the chat's picker: one line at once, not an answer waiting on it
        window.model_box.setCurrentIndex(row)
        window.model_box.activated.emit(row)
        said = window.notice.label.text()
        assert said.startswith("lab/tiny cannot answer now. Server not reachable: lab: ")
        assert "\n" not in said and window.notice.isVisible()

        # Regenerate with…: greyed, the tooltip says why; picked anyway, it says so
        (answer,) = [m for m in window.ctx.store.messages(window.conversation_id)
                     if m.role == "assistant"]
        bubble = window.chat_view.bubble_for(answer.id)
        bubble._fill_models()
        (action,) = [a for a in bubble.with_menu.actions() if a.text().startswith("lab/tiny")]
        assert not action.isEnabled() and action.toolTip() == said
        window.tree.regenerate_with(answer.id, "lab/tiny")
        assert window.statusBar().currentMessage() == said
        assert window.answers.runner is None  # no answer started

        # the arena's and the evaluation's lists: greyed too, with why
        from chatapp.ui.model_checklist import ModelChecklist

        checklist = ModelChecklist(models)
        item = next(checklist.item(i) for i in range(checklist.count())
                    if checklist.item(i).data(MODEL_ROLE).key == "lab/tiny")
        assert item.foreground() == grey() and "Server not reachable" in item.toolTip()

        back = serve_on(port)  # the server answers again: unmarked at the next listing
        models.refresh_remote(["lab"])
        qtbot.waitUntil(lambda: not models.failing("lab"), timeout=10000)
        wait_picked(qtbot, window, "lab/tiny")
        index = models.index(models.index_of("lab/tiny"))
        assert models.data(index, Qt.ItemDataRole.ForegroundRole) is None
        assert "Server not reachable" not in models.data(index, Qt.ItemDataRole.ToolTipRole)
        assert window.notice.label.text() != said or not window.notice.isVisible()
        assert window.statusBar().currentMessage() == "lab/tiny answers again."
        checklist.reload()
        item = next(checklist.item(i) for i in range(checklist.count())
                    if checklist.item(i).data(MODEL_ROLE).key == "lab/tiny")
        assert item.foreground() != grey()
    finally:
        close_window(window)
        if back is not None:
            back.close()
