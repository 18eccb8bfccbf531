"""Endpoints asked for their models all at once: one that accepts connections and never
answers holds up none of the others, in the catalogue and in the window's picker."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openai_server import OpenAIServer
from test_conversation_window import close_window

from chatapp.remote.endpoints import EndpointStore, make_endpoint


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    srv = OpenAIServer().serve()
    yield srv
    srv.close()


@pytest.fixture
def hanging() -> Iterator[tuple[str, Callable]]:
    """(base URL, close) of a server that accepts connections and never answers; close()
    shuts it (its clients then see the connection end)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    accepted: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()

    def close() -> None:
        with contextlib.suppress(OSError):
            listener.shutdown(socket.SHUT_RDWR)
        listener.close()
        for conn in accepted:
            conn.close()

    yield f"http://127.0.0.1:{listener.getsockname()[1]}/v1", close
    close()


def add_endpoints(paths, hanging_url: str, good_url: str) -> None:
    store = EndpointStore(paths)
    store.add(make_endpoint("hung", hanging_url))  # first: asked one after the other, it
    store.add(make_endpoint("good", good_url))     # would hold up the good one


def test_each_endpoints_models_are_listed_as_soon_as_it_answers(server, hanging):
    from chatapp.context import open_app

    hanging_url, hang_up = hanging
    with open_app() as app:
        add_endpoints(app.paths, hanging_url, server.url)
        told: dict[str, float] = {}
        app.catalogue.listeners.append(lambda name: told.setdefault(name, time.monotonic()))
        failures: list[dict] = []
        started = time.monotonic()
        listing = threading.Thread(target=lambda: failures.append(
            app.catalogue.refresh_remote()))
        listing.start()
        while "good" not in told and time.monotonic() - started < 5:
            time.sleep(0.02)
        assert told["good"] - started < 2
        assert [m.key for m in app.catalogue.remote()] == ["good/tiny"]
        assert listing.is_alive() and "hung" not in told  # still being asked
        hang_up()
        listing.join(30)
        assert not listing.is_alive()
        assert list(failures[0]) == ["hung"] and "hung" in told
        assert "hung" in app.catalogue.errors and "good" not in app.catalogue.errors


def test_the_window_lists_the_answering_endpoint_while_another_hangs(
        qtbot, chatapp_home: Path, server, hanging):
    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.main_window import MainWindow

    hanging_url, hang_up = hanging
    make_application()
    ctx = open_app()
    add_endpoints(ctx.paths, hanging_url, server.url)
    ctx.settings.default_model = "good/tiny"
    started = time.monotonic()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.model_list.index_of("good/tiny") >= 0, timeout=2000)
        assert time.monotonic() - started < 2.5
        assert window.current_model().key == "good/tiny"  # the default, not a fallback
        assert window.model_list._listing is not None  # the hanging one is still asked
        hang_up()
        qtbot.waitUntil(lambda: window.model_list._listing is None, timeout=30000)
        assert window.model_list.index_of("good/tiny") >= 0
    finally:
        close_window(window)
