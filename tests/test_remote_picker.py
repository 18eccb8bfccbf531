"""An endpoint's model in the window's picker: picked last, it is shown again once its endpoint
lists it (never a silent switch to another model); an endpoint that did not answer is asked
again until it does; regenerating with another model leaves the conversation's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from openai_server import OpenAIServer
from test_compare_window import send as compare
from test_compare_window import wait_done
from test_conversation_window import close_window, send, two_models, wait_answer  # noqa: F401

from chatapp.remote.endpoints import EndpointStore, make_endpoint


@pytest.fixture
def server():
    srv = OpenAIServer().serve()
    yield srv
    srv.close()


def wait_picked(qtbot, window, key: str) -> None:
    """Wait until the window's picked model is the one of key (a server's: once listed)."""
    qtbot.waitUntil(lambda: window.current_model() is not None
                    and window.current_model().key == key, timeout=10000)


def window_with(qtbot, url: str | None, default_model: str = ""):
    """The main window over the home, with the connection "lab" to url (none when None)."""
    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.main_window import MainWindow

    make_application()
    ctx = open_app()
    if url is not None:
        EndpointStore(ctx.paths).add(make_endpoint("lab", url))
    ctx.settings.sampling.max_tokens = 4
    ctx.settings.default_model = default_model
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_endpoints_model_picked_last_comes_back_when_it_is_listed(
        qtbot, tiny_home: Path, server) -> None:
    server.models_status = 503  # the endpoint does not answer at first
    window = window_with(qtbot, server.url, "lab/tiny")
    try:
        qtbot.waitUntil(lambda: "lab/tiny is not listed now" in window.model_status.text(),
                        timeout=10000)
        assert window.current_model().key != "lab/tiny"
        server.models_status = 200  # it is up again: asked again without a click
        window.model_list._retry.setInterval(200)
        window.model_list._retry.start()
        qtbot.waitUntil(lambda: window.current_model().key == "lab/tiny", timeout=10000)
        assert "not listed" not in window.model_status.text()
        assert window.ctx.settings.default_model == "lab/tiny"
        send(qtbot, window, "hello")
        assert window.ctx.store.conversation(window.conversation_id).model_key == "lab/tiny"
        assert server.chat_requests()
    finally:
        close_window(window)


def test_an_answer_from_the_model_shown_meanwhile_keeps_it_when_the_server_is_back(
        qtbot, tiny_home: Path, server) -> None:
    """Once the model shown meanwhile has answered, the conversation goes on with it: the
    server's model coming back does not take the next message (and the documents of it)
    to the server by itself."""
    server.models_status = 503
    window = window_with(qtbot, server.url, "lab/tiny")
    try:
        qtbot.waitUntil(lambda: "lab/tiny is not listed now" in window.model_status.text(),
                        timeout=10000)
        local = window.current_model().key
        send(qtbot, window, "hello")  # answered by the model shown
        assert "not listed" not in window.model_status.text()
        server.models_status = 200
        window.model_list._retry.setInterval(50)
        window.model_list._retry.start()
        qtbot.waitUntil(lambda: window.model_list.find("lab/tiny") is not None, timeout=10000)
        qtbot.wait(200)
        assert window.current_model().key == local
        assert not server.chat_requests()
    finally:
        close_window(window)


def test_a_server_failing_since_its_listing_is_marked_after_a_failed_answer(
        qtbot, tiny_home: Path, server) -> None:
    """The list keeps an endpoint's models as last listed (a server away for a moment does
    not take them from conversations); an answer that fails asks it again, and while it does
    not answer its models say so in the picker, and the status bar says why."""
    from openai_server import Canned

    window = window_with(qtbot, server.url, "lab/tiny")
    try:
        wait_picked(qtbot, window, "lab/tiny")
        server.canned["/v1/chat/completions"] = Canned(503)  # it fails since it was listed
        server.models_status = 503
        send(qtbot, window, "hello")
        index = window.model_box.currentIndex()
        qtbot.waitUntil(lambda: window.model_list._failing.keys() == {"lab"}, timeout=10000)
        assert window.current_model().key == "lab/tiny"  # still picked, not swapped
        assert window.model_box.itemText(index).endswith(" · not answering")
        assert window.statusBar().currentMessage().startswith("lab: ")
        # under the message, the model's own line says so too (not "runs on")
        assert "is not answering (asked again every 30 seconds)" in window.model_status.text()
        server.canned.clear()  # back: asked again, the mark goes
        server.models_status = 200
        window.model_list._retry.setInterval(50)
        window.model_list._retry.start()
        qtbot.waitUntil(lambda: not window.model_list._failing, timeout=10000)
        assert not window.model_box.itemText(index).endswith(" · not answering")
        assert "runs on" in window.model_status.text()
    finally:
        close_window(window)


def test_the_template_viewer_of_a_servers_model_says_why_there_is_none(
        qtbot, tiny_home: Path, server) -> None:
    """Chat → Chat template… with a server's model picked says the server applies it (was:
    nothing at all)."""
    window = window_with(qtbot, server.url, "lab/tiny")
    try:
        wait_picked(qtbot, window, "lab/tiny")
        window.template_action.trigger()
        assert window.statusBar().currentMessage().startswith(
            "lab/tiny runs on 127.0.0.1:") and "its server applies the chat template" in \
            window.statusBar().currentMessage()
    finally:
        close_window(window)


def test_a_server_that_refuses_the_key_is_not_said_not_answering(
        qtbot, tiny_home: Path, server) -> None:
    """A server that answers, refusing the key it was given (or not), is marked as not
    listing its models, and the model's line says why: not "not answering"."""
    window = window_with(qtbot, server.url, "lab/tiny")
    try:
        wait_picked(qtbot, window, "lab/tiny")
        server.models_status = 401
        window.model_box.activated.emit(window.model_box.currentIndex())  # picked again
        qtbot.waitUntil(lambda: window.model_list.failing("lab"), timeout=10000)
        index = window.model_box.currentIndex()
        assert window.model_box.itemText(index).endswith(" · its models not listed")
        qtbot.waitUntil(lambda: "HTTP 401" in window.model_status.text(), timeout=10000)
        assert window.model_status.text().startswith("lab: ")
        assert "not answering" not in window.model_status.text()
    finally:
        close_window(window)


def test_a_model_picked_while_waiting_stays_picked(qtbot, tiny_home: Path, server) -> None:
    server.models_status = 503
    window = window_with(qtbot, server.url, "lab/tiny")
    try:
        qtbot.waitUntil(lambda: "not listed now" in window.model_status.text(), timeout=10000)
        local = window.current_model().key
        window.model_box.activated.emit(window.model_box.currentIndex())  # the user's pick
        assert "not listed" not in window.model_status.text()
        server.models_status = 200
        window.model_list.refresh_remote()
        qtbot.waitUntil(lambda: window.model_list.index_of("lab/tiny") >= 0, timeout=10000)
        assert window.current_model().key == local
    finally:
        close_window(window)


def test_regenerating_with_another_model_keeps_the_conversations_model(
        qtbot, tiny_home: Path, server) -> None:
    window = window_with(qtbot, server.url, "")
    try:
        qtbot.waitUntil(lambda: window.model_list.index_of("lab/tiny") >= 0, timeout=10000)
        local = window.current_model().key
        assert local != "lab/tiny"
        send(qtbot, window, "hello")
        conversation = window.conversation_id
        bubble = window.chat_view.bubbles[-1]
        bubble._fill_models()  # the server's model is marked as in the pickers
        assert "lab/tiny · on 127.0.0.1:" in "\n".join(a.text() for a in bubble.with_menu.actions())
        window.tree.regenerate_with(window.chat_view.bubbles[-1].message.id, "lab/tiny")
        wait_answer(qtbot, window)
        store = window.ctx.store
        assert store.message(window.chat_view.bubbles[-1].message.id).model_key == "lab/tiny"
        assert store.conversation(conversation).model_key == local
        window.new_conversation()
        window.open_conversation(conversation)
        assert window.current_model().key == local
    finally:
        close_window(window)


@pytest.mark.usefixtures("two_models")
def test_a_model_that_leaves_the_library_is_not_swapped_in_silence(qtbot) -> None:
    from test_conversation_window import open_window, pick

    window = open_window(qtbot)
    try:
        pick(window, "tiny-other-F32")
        gone = window.current_model()
        kept = Path(gone.path).read_bytes()
        Path(gone.path).unlink()
        window.model_list.reload()
        other = window.current_model()
        assert other.key != gone.key
        assert window.notice.isVisible() and window.notice.label.text() == (
            f"tiny-other-F32 is not in the library any more: {other.display_name} answers "
            f"now (until tiny-other-F32 is back).")
        # the file is back: so is the choice, and the line says so
        Path(gone.path).write_bytes(kept)
        window.model_list.reload()
        assert window.current_model().key == gone.key
        assert not window.notice.isVisible()
        assert window.statusBar().currentMessage() == (
            "tiny-other-F32 is back in the library and answers again.")
        # a file still there that cannot be read says why (was: "not in the library")
        Path(gone.path).write_text("not a model anymore\n", encoding="utf-8")
        window.model_list.reload()
        said = window.notice.label.text()
        assert said.startswith("tiny-other-F32 cannot be used now: ") and said.endswith(
            f". {window.current_model().display_name} answers now (until tiny-other-F32 "
            f"can be used again)."), said
        assert "GGUF" in said
        Path(gone.path).write_text("x", encoding="utf-8")  # changed again: the reason too
        window.model_list.reload()
        again = window.notice.label.text()
        assert again != said and again.startswith("tiny-other-F32 cannot be used now: "), again
        Path(gone.path).write_bytes(kept)
        window.model_list.reload()
        assert window.current_model().key == gone.key
        # a model picked meanwhile stays picked when the file comes back
        Path(gone.path).unlink()
        window.model_list.reload()
        assert window.notice.isVisible()
        index = window.model_list.index_of(other.key)
        window.model_box.setCurrentIndex(index)
        window.model_box.activated.emit(index)  # as a click picks it
        assert not window.notice.isVisible()  # (was: kept naming the model that answers)
        Path(gone.path).write_bytes(kept)
        window.model_list.reload()
        assert window.current_model().key == other.key
    finally:
        close_window(window)


@pytest.mark.usefixtures("two_models")
def test_a_conversation_whose_model_went_away_says_so_when_opened(qtbot) -> None:
    """A conversation answered by a model whose file went away while another conversation
    was shown: opening it says so, and the model is picked again once its file is back (was:
    the next answer came from another model without a word)."""
    from test_conversation_window import open_window, pick

    window = open_window(qtbot)
    try:
        pick(window, "tiny-other-F32")
        gone = window.current_model()
        send(qtbot, window, "hello")
        conversation = window.conversation_id
        window.new_conversation()
        other = next(m for m in window.models if m.key != gone.key and not m.problem)
        window.select_model(other.key)
        kept = Path(gone.path).read_bytes()
        Path(gone.path).unlink()
        window.model_list.reload()
        assert not window.notice.isVisible()  # (the model picked now is there)
        window.open_conversation(conversation)
        assert window.current_model().key == other.key
        assert window.notice.isVisible() and window.notice.label.text() == (
            f"tiny-other-F32 is not in the library any more: {other.display_name} answers "
            f"now (until tiny-other-F32 is back).")
        window.new_conversation()  # another conversation shown: the line goes
        window.open_conversation(conversation)
        Path(gone.path).write_bytes(kept)
        window.model_list.reload()
        assert window.current_model().key == gone.key and not window.notice.isVisible()
    finally:
        close_window(window)


def test_the_meter_says_when_a_servers_context_is_not_known(qtbot, tiny_home: Path,
                                                             server) -> None:
    window = window_with(qtbot, server.url, "lab/tiny")
    try:
        qtbot.waitUntil(lambda: window.current_model().key == "lab/tiny", timeout=10000)
        window.composer.edit.setPlainText("How long is your context?")
        window.update_meter()
        meter = window.composer.meter
        assert meter.format().endswith(" / ? tokens"), meter.format()  # no made-up length
        assert "does not say how long its model's context is" in meter.toolTip()
        # Model settings… asks for it (no dialog of a local file: "The file '' does not exist")
        asked = []

        def answer() -> None:
            from PySide6.QtWidgets import QApplication, QInputDialog

            dialog = next(w for w in QApplication.topLevelWidgets()
                          if isinstance(w, QInputDialog) and w.isVisible())
            asked.append(dialog.labelText())
            dialog.setIntValue(3072)
            dialog.accept()

        from PySide6.QtCore import QTimer

        QTimer.singleShot(300, answer)
        window.composer.model_settings_button.click()
        assert "does not say how long the context of" in asked[0]
        assert meter.format().replace(",", "").endswith("/ 3072 tokens"), meter.format()
        assert window.ctx.settings.model_options["lab/tiny"]["n_ctx"] == 3072
        assert window.ctx.chat.pipeline.context_size(window.current_model()) == 3072
        server.models[0]["max_model_len"] = 2048  # as vLLM says it: the server's word wins
        window.model_list.refresh_remote()
        qtbot.waitUntil(lambda: window.current_model().context_length == 2048, timeout=10000)
        window.update_meter()
        assert meter.format().replace(",", "").endswith("/ 2048 tokens"), meter.format()
        told = []

        def read() -> None:
            from PySide6.QtWidgets import QApplication, QMessageBox

            box = next(w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QMessageBox) and w.isVisible())
            told.append(box.text())
            box.accept()

        QTimer.singleShot(300, read)
        window.composer.model_settings_button.click()
        assert "with 2048 tokens of context" in told[0].replace(",", "")
    finally:
        close_window(window)


def test_the_empty_chat_says_where_a_model_on_another_machine_sends_the_text(
        qtbot, tiny_home: Path, server, monkeypatch: pytest.MonkeyPatch) -> None:
    from chatapp.catalogue import RemoteEntry

    window = window_with(qtbot, server.url, "lab/tiny")
    try:
        qtbot.waitUntil(lambda: window.current_model().key == "lab/tiny", timeout=10000)
        welcome = window.welcome
        welcome.update_model()
        assert welcome.where.text().startswith("lab/tiny runs in another program on this "
                                               "computer (127.0.0.1:")
        assert "llama.cpp" not in welcome.where.text() and welcome.model_line.text() == ""
        elsewhere = RemoteEntry("lan", "big", host="192.0.2.2:9001")
        monkeypatch.setattr(window, "current_model", lambda: elsewhere)
        welcome.update_model()
        assert welcome.where.text() == (
            "lan/big runs on another computer (192.0.2.2:9001): what you write is sent there, "
            "and chatting needs it to be reachable.")
        monkeypatch.undo()
        window.model_box.setCurrentIndex(next(i for i, m in enumerate(window.models)
                                              if not getattr(m, "remote", False)))
        welcome.update_model()
        assert "nothing you write leaves this computer" in welcome.where.text()
    finally:
        close_window(window)


def test_a_connection_added_on_the_command_line_shows_in_the_open_window(
        qtbot, tiny_home: Path, server) -> None:
    window = window_with(qtbot, None)
    try:
        assert not any(getattr(m, "remote", False) for m in window.models)
        EndpointStore(window.ctx.paths).add(make_endpoint("lab", server.url))  # `remote add`
        qtbot.waitUntil(lambda: any(m.key == "lab/tiny" for m in window.models), timeout=10000)
    finally:
        close_window(window)


def test_only_the_endpoints_that_failed_are_asked_again(qtbot, tiny_home: Path,
                                                        server) -> None:
    """An endpoint that does not answer is asked again every RETRY_S; the one that answered
    is not (a server such as llama-cpp-python's stops the answer it is writing when another
    request comes)."""
    import socket

    with socket.socket() as probe:  # a port where nothing listens
        probe.bind(("127.0.0.1", 0))
        dead = probe.getsockname()[1]
    window = window_with(qtbot, server.url)
    try:
        EndpointStore(window.ctx.paths).add(make_endpoint("down",
                                                          f"http://127.0.0.1:{dead}/v1"))
        window.model_list.refresh_remote()
        qtbot.waitUntil(lambda: window.model_list._failing.keys() == {"down"}, timeout=10000)
        asked = len([r for r in server.requests if r.path.endswith("/models")])
        listed: list[bool] = []
        window.model_list.listChanged.connect(lambda: listed.append(True))
        window.model_list._retry.setInterval(50)
        window.model_list._retry.start()
        qtbot.waitUntil(lambda: len(listed) >= 3, timeout=10000)  # asked three more times
        assert window.model_list._failing.keys() == {"down"}
        assert len([r for r in server.requests if r.path.endswith("/models")]) == asked
    finally:
        close_window(window)


def test_a_model_offline_mode_blocks_says_so_in_the_users_language(qtbot,
                                                                    chatapp_home: Path) -> None:
    """The status bar and the picker's tooltip say in the user's language why a server's
    model is blocked while offline."""
    from chatapp.catalogue import RemoteEntry
    from chatapp.context import open_app
    from chatapp.ui.app import install_language, make_application
    from chatapp.ui.model_list import ModelList

    app = make_application()
    ctx = open_app()
    try:
        install_language(app, "fil")
        blocked = RemoteEntry("lan", "big", None, "192.0.2.2:8770", "Offline mode is on: …")
        status = ModelList(ctx).status(blocked)
        assert "lan (192.0.2.2:8770)" in status and "Offline mode" not in status
        free = ModelList(ctx).status(RemoteEntry("lan", "big", None, "192.0.2.2:8770"))
        assert "192.0.2.2:8770" in free and "lan (192.0.2.2:8770)" not in free
    finally:
        install_language(app, "en")
        ctx.close()


def try_again(qtbot, view, pane) -> None:
    """Click a compare pane's Try again (it answers the failed turn)."""
    assert pane.answer_button.text() == "Try a&gain"
    with qtbot.waitSignal(view.busyChanged, timeout=5000):
        pane.answer_button.click()


def test_a_compare_pane_whose_answer_failed_offers_to_answer_again(
        qtbot, tiny_home: Path, server) -> None:
    from openai_server import Canned

    window = window_with(qtbot, server.url, "lab/tiny")
    try:
        qtbot.waitUntil(lambda: window.model_list.find("lab/tiny") is not None, timeout=10000)
        next(a for a in window.compare_menu.actions() if a.text() == "&Side by side…").trigger()
        view = window.compare_window
        local, remote = view.panes
        local.select_model(next(m.key for m in view.models if m.key != "lab/tiny"))
        remote.select_model("lab/tiny")
        server.canned["/v1/chat/completions"] = Canned(503)
        compare(qtbot, view, "hello")
        wait_done(qtbot, view)
        store = window.ctx.store
        failed = store.message(remote.message.id)
        assert failed.finish_reason == "error"
        assert remote.answer_button.isVisible() and not local.answer_button.isVisible()
        assert remote.answer_button.text() == "Try a&gain"
        server.canned.clear()  # the server is back: the pane answers the same prompt
        try_again(qtbot, view, remote)
        wait_done(qtbot, view)
        again = store.message(remote.message.id)
        assert again.id != failed.id and again.parent_id == failed.parent_id
        assert again.finish_reason != "error" and not remote.answer_button.isVisible()
        # at a later turn, Try again answers that turn only, under the pane's own earlier one
        server.canned["/v1/chat/completions"] = Canned(503)
        compare(qtbot, view, "and then?")
        wait_done(qtbot, view)
        failed = store.message(remote.message.id)
        assert failed.finish_reason == "error" and remote.answer_button.isVisible()
        server.canned.clear()
        before = len(server.chat_requests())
        try_again(qtbot, view, remote)
        assert "every turn" not in view.status.text()
        wait_done(qtbot, view)
        retried = store.message(remote.message.id)
        assert retried.parent_id == failed.parent_id and retried.finish_reason != "error"
        assert len(server.chat_requests()) == before + 1  # one turn asked, not both again
        view.close()
    finally:
        close_window(window)


def test_a_server_that_stopped_is_said_not_answering_when_its_model_is_picked(
        qtbot, tiny_home: Path, server) -> None:
    window = window_with(qtbot, server.url, "lab/tiny")
    try:
        wait_picked(qtbot, window, "lab/tiny")
        assert "runs on" in window.model_status.text()
        server.models_status = 503  # it stopped answering since it was listed
        window.model_box.activated.emit(window.model_box.currentIndex())  # picked again
        qtbot.waitUntil(lambda: "is not answering" in window.model_status.text(),
                        timeout=10000)
        server.models_status = 200
        window.model_box.activated.emit(window.model_box.currentIndex())
        qtbot.waitUntil(lambda: "runs on" in window.model_status.text(), timeout=10000)
    finally:
        close_window(window)


def test_an_answer_from_a_server_said_not_answering_takes_the_word_back(
        qtbot, tiny_home: Path, server) -> None:
    """The server is back before it is asked again: an answer from it asks it at once, so
    that "not answering" is not shown beside its answer, and the status bar's line about it
    goes."""
    window = window_with(qtbot, server.url, "lab/tiny")
    try:
        wait_picked(qtbot, window, "lab/tiny")
        server.models_status = 503
        window.model_list.refresh_remote(["lab"])
        qtbot.waitUntil(lambda: window.model_list.failing("lab"), timeout=10000)
        assert window.statusBar().currentMessage().startswith("lab: ")
        server.models_status = 200  # back, and asked again only in 30 s
        send(qtbot, window, "hello")
        wait_answer(qtbot, window)
        qtbot.waitUntil(lambda: not window.model_list.failing("lab"), timeout=10000)
        assert "runs on" in window.model_status.text()
        assert not window.statusBar().currentMessage().startswith("lab: ")
    finally:
        close_window(window)


def test_turning_offline_mode_off_asks_the_servers_that_failed_at_once(
        qtbot, tiny_home: Path, server) -> None:
    """Not at the next retry, 30 s later: "not answering" goes as soon as they answer."""
    window = window_with(qtbot, server.url, "lab/tiny")
    try:
        wait_picked(qtbot, window, "lab/tiny")
        (offline,) = [a for a in window.models_menu.actions() if a.text() == "Work &offline"]
        offline.setChecked(True)
        server.models_status = 503  # (as a server elsewhere is, to a window offline)
        window.model_list.refresh_remote(["lab"])
        qtbot.waitUntil(lambda: window.model_list.failing("lab"), timeout=10000)
        server.models_status = 200
        offline.setChecked(False)
        qtbot.waitUntil(lambda: not window.model_list.failing("lab"), timeout=10000)
    finally:
        close_window(window)


def _open_connections(port: int) -> int:
    """The TCP connections this machine has open (established) to port, as `ss -tn` lists
    them (Linux's /proc/net/tcp; -1 elsewhere)."""
    try:
        lines = Path("/proc/net/tcp").read_text().splitlines()[1:]
    except OSError:
        return -1
    return sum(1 for line in lines if line.split()[3] == "01"
               and int(line.split()[2].split(":")[1], 16) == port)


def test_work_offline_closes_the_connections_kept_open_to_other_machines(
        qtbot, tiny_home: Path, server, monkeypatch: pytest.MonkeyPatch) -> None:
    """Turning Work offline on closes the connection kept open (keep-alive) to a server that
    is not on this machine's loopback (http://0.0.0.0:PORT here), and leaves the one to a
    loopback server (was: kept open for minutes, as `ss -tnp` showed)."""
    if _open_connections(server.port) < 0:
        pytest.skip("no /proc/net/tcp to count connections in")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)  # (the tests' own: the switch decides)
    here = OpenAIServer().serve()
    window = window_with(qtbot, server.url.replace("127.0.0.1", "0.0.0.0"), "lab/tiny")
    try:
        EndpointStore(window.ctx.paths).add(make_endpoint("here", here.url))
        window.model_list.refresh_remote(["lab", "here"])
        wait_picked(qtbot, window, "lab/tiny")
        qtbot.waitUntil(lambda: _open_connections(server.port) >= 1
                        and _open_connections(here.port) >= 1, timeout=10000)
        (offline,) = [a for a in window.models_menu.actions() if a.text() == "Work &offline"]
        offline.setChecked(True)
        qtbot.waitUntil(lambda: _open_connections(server.port) == 0, timeout=5000)
        assert _open_connections(here.port) >= 1
        offline.setChecked(False)  # (a request after it opens a new one)
        window.model_list.refresh_remote(["lab"])
        qtbot.waitUntil(lambda: _open_connections(server.port) >= 1, timeout=10000)
    finally:
        close_window(window)
        here.close()
