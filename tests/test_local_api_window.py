"""Settings → Local API… in the real window: nothing listens until the user turns it on, then
only 127.0.0.1; the token copied from the dialog is what the official openai client needs; the
status bar and the request log follow the requests (numbers, never message text); API
conversations reach the sidebar only when asked for; a port in use is one line."""

from __future__ import annotations

import json
import os
import shutil
import socket
from pathlib import Path

import pytest
from api_server import listening
from llama_server import free_port
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from test_conversation_window import close_window, open_window
from text_room import placeholder_fits

from chatapp.context import open_app

openai = pytest.importorskip("openai")
pytest.importorskip("uvicorn")

SECRET_TEXT = "my-private-question-about-lighthouses"
MODEL = "tiny-llama-F32"


def open_dialog(qtbot, window):
    """Settings → Local API…, as a user opens it."""
    settings = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Settings")
    (action,) = [a for a in settings.actions() if a.text() == "Local AP&I…"]
    action.trigger()
    dialog = window.local_api_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def turn_on(qtbot, window, dialog, port: int, save: bool = False) -> None:
    dialog.enabled_box.setChecked(True)
    dialog.port_box.setValue(port)
    dialog.save_box.setChecked(save)
    with qtbot.waitSignal(window.local_api.stateChanged, timeout=20000):
        dialog.apply_button.click()


def serving(qtbot, timeout: float = 30):
    """A window whose local API was turned on in its dialog: (window, dialog, client of the
    official openai package with the window's token)."""
    window = open_window(qtbot)
    dialog = open_dialog(qtbot, window)
    port = free_port()
    turn_on(qtbot, window, dialog, port)
    client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1",
                           api_key=window.local_api.token(), max_retries=0, timeout=timeout)
    return window, dialog, client


def ports_of(pid: int) -> set[tuple[str, int]]:
    return set(listening(pid))


def test_off_until_turned_on_then_only_this_computer(qtbot, tiny_home: Path) -> None:
    before = ports_of(os.getpid())
    window = open_window(qtbot)
    try:
        api = window.local_api
        qtbot.wait(200)
        assert api.server is None and not window.api_status.isVisible()
        assert ports_of(os.getpid()) == before  # the window listens on nothing
        dialog = open_dialog(qtbot, window)
        assert "Off" in dialog.status.text() and not dialog.warning.isVisible()
        assert not (window.ctx.paths.config / "api-token").exists()  # made on first use

        port = free_port()
        turn_on(qtbot, window, dialog, port)
        assert ports_of(os.getpid()) - before == {("127.0.0.1", port)}
        assert window.api_status.isVisible() and f"127.0.0.1:{port}" in window.api_status.text()
        assert f"http://127.0.0.1:{port}/v1" in dialog.status.text()
        settings = json.loads(window.ctx.paths.settings_file.read_text())
        assert settings["api"]["enabled"] is True and settings["api"]["port"] == port

        dialog.copy_button.click()
        token = QGuiApplication.clipboard().text()
        assert len(token) >= 32 and dialog.token_edit.text() == token
        assert dialog.copy_button.text() == "Copied"  # and where it listens is still said
        assert f"http://127.0.0.1:{port}/v1" in dialog.status.text()
        qtbot.waitUntil(lambda: dialog.copy_button.text() == "&Copy", timeout=5000)
        assert dialog.token_edit.echoMode() == dialog.token_edit.EchoMode.Password
        dialog.show_button.click()  # the button says what it does next
        assert dialog.token_edit.echoMode() == dialog.token_edit.EchoMode.Normal
        assert dialog.show_button.text() == "&Hide"
        dialog.show_button.click()
        assert dialog.token_edit.echoMode() == dialog.token_edit.EchoMode.Password
        assert dialog.show_button.text() == "S&how"
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=token,
                               max_retries=0, timeout=120)
        reply = client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": SECRET_TEXT}], max_tokens=4)
        assert 1 <= reply.usage.completion_tokens <= 4  # a random model may end sooner
        # the example request the dialog copies works as it is, in a shell
        window.model_box.setCurrentIndex(window.model_box.findText(MODEL,
                                                                   Qt.MatchFlag.MatchStartsWith))
        dialog.example_button.click()
        example = QGuiApplication.clipboard().text()
        assert example.startswith(f"curl http://127.0.0.1:{port}/v1/chat/completions ")
        assert token not in example  # read from its file: not in `ps` or the shell's history
        assert dialog.example_button.text() == "Copied"
        assert f"http://127.0.0.1:{port}/v1" in dialog.status.text()
        if shutil.which("curl"):
            import subprocess

            short = example.replace('"max_tokens": 100}', '"max_tokens": 2}')
            made = subprocess.run(["bash", "-c", short + " -s"], capture_output=True,
                                  text=True, timeout=120)
            assert 1 <= json.loads(made.stdout)["usage"]["completion_tokens"] <= 2
        with pytest.raises(openai.AuthenticationError):
            openai.OpenAI(base_url=client.base_url, api_key="wrong",
                          max_retries=0).models.list()
        client.close()
        qtbot.waitUntil(lambda: dialog.log_table.rowCount() >= 2, timeout=10000)
        qtbot.wait(200)
        count = dialog.log_table.rowCount()
        rows = [[dialog.log_table.item(r, c).text() for c in range(7)] for r in range(count)]
        assert rows[0][1].startswith("127.0.0.1:") and rows[0][2:4] == [
            "/v1/chat/completions", MODEL]
        assert rows[0][4].endswith(f"+ {reply.usage.completion_tokens}") and rows[0][6] == "200"
        assert rows[-1][2:4] == ["/v1/models", "—"] and rows[-1][6].startswith("401: ")
        assert rows[-1][6] == dialog.log_table.item(count - 1, 6).toolTip()
        # the newest failure, whole, after its time and request
        assert dialog.log_detail.text() == f"{rows[-1][0]} /v1/models — {rows[-1][6]}"
        assert count == (3 if shutil.which("curl") else 2)  # and the example's request
        with openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=token,
                           max_retries=0) as again:
            again.models.list()  # a later request goes well: the failure's line goes
        qtbot.waitUntil(lambda: dialog.log_table.rowCount() == count + 1, timeout=10000)
        assert dialog.log_detail.text() == "" and dialog.log_table.currentRow() == -1
        dialog.log_table.setCurrentCell(count - 1, 0)  # picked: read out again
        assert dialog.log_detail.text().endswith(rows[-1][6])
        dialog.log_table.setCurrentCell(0, 0)
        assert dialog.log_detail.text() == ""  # a request that went well says nothing more
        with openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=token,
                           max_retries=0) as again:
            for _ in range(29):
                again.models.list()
            with pytest.raises(openai.NotFoundError):  # a wider row: a scroll bar comes
                again.chat.completions.create(model="m" * 300, messages=[
                    {"role": "user", "content": "Hi"}])
        table = dialog.log_table
        qtbot.waitUntil(lambda: table.rowCount() == count + 31, timeout=10000)
        qtbot.wait(50)  # the newest row is shown whole
        newest = table.visualItemRect(table.item(table.rowCount() - 1, 0))
        assert newest.top() >= 0 and newest.bottom() <= table.viewport().height()
        assert not any(SECRET_TEXT in cell for row in rows for cell in row)
        assert window.ctx.store.conversations() == []  # not kept unless asked for

        # an address that is not this computer's: refused in one line, nothing changed
        dialog.host_edit.setText("203.0.113.7")
        with qtbot.waitSignal(window.local_api.stateChanged, timeout=20000):
            dialog.apply_button.click()
        assert "203.0.113.7 is not an address of this computer" in dialog.status.text()
        assert "Errno" not in dialog.status.text() and "\n" not in dialog.status.text()
        # and says that the API that ran before still runs
        assert dialog.status.text().endswith(
            f"The API still listens on http://127.0.0.1:{port}/v1.")
        assert api.running and ports_of(os.getpid()) - before == {("127.0.0.1", port)}
        assert window.ctx.settings.api.host == "127.0.0.1"
        assert json.loads(window.ctx.paths.settings_file.read_text())["api"]["host"] == (
            "127.0.0.1")
        dialog.host_edit.setText("127.0.0.1")

        dialog.enabled_box.setChecked(False)
        with qtbot.waitSignal(window.local_api.stateChanged, timeout=20000):
            dialog.apply_button.click()
        assert ports_of(os.getpid()) == before
        assert not window.api_status.isVisible() and "Off" in dialog.status.text()
        dialog.example_button.click()
        assert "paste it in a terminal once the API is on" in dialog.status.text()
        # a port another program holds: the reason, and that the API is off
        import socket

        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            dialog.port_box.setValue(taken.getsockname()[1])
            dialog.enabled_box.setChecked(True)
            with qtbot.waitSignal(window.local_api.stateChanged, timeout=20000):
                dialog.apply_button.click()
            assert "is in use by another program" in dialog.status.text(), dialog.status.text()
            assert dialog.status.text().endswith(" Off: nothing listens.")
            assert not api.running and not window.api_status.isVisible()
    finally:
        close_window(window)
    # neither the question nor the token is in the database, the settings or the logs
    for path in Path(os.environ["CHATAPP_HOME"]).rglob("*"):
        if path.is_file() and path.name != "api-token" and path.suffix != ".gguf":
            data = path.read_bytes()
            assert SECRET_TEXT.encode() not in data and token.encode() not in data, path


def test_api_conversations_reach_the_sidebar_when_asked_for(qtbot, tiny_home: Path) -> None:
    window = open_window(qtbot)
    try:
        dialog = open_dialog(qtbot, window)
        port = free_port()
        turn_on(qtbot, window, dialog, port, save=True)
        window.model_box.setCurrentIndex(window.model_box.findText(MODEL,
                                                                   Qt.MatchFlag.MatchStartsWith))
        assert "loads with the next message" in window.model_status.text()
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1",
                               api_key=window.local_api.token(), max_retries=0, timeout=120)
        client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "Kept from the API"}],
            max_tokens=3)
        client.close()
        qtbot.waitUntil(lambda: [i.text() for i in window.sidebar.conversation_items()]
                        == ["API · Kept from the API"], timeout=10000)
        (item,) = window.sidebar.conversation_items()
        assert item.toolTip() == "Kept from the API (from another program, through the local API)"
        # the model the API answered with is loaded now, and the status bar says so
        qtbot.waitUntil(lambda: f"{MODEL} loaded · " in window.model_status.text(),
                        timeout=10000)
        (kept,) = window.ctx.store.conversations()
        assert kept.kind == "api"
        # shown in the window, then gone on with by the program: the window shows the new
        # turns (was: the old ones, and a message sent there went after turns not shown)
        window.open_conversation(kept.id)
        history = [{"role": m.role, "content": m.content}
                   for m in window.ctx.store.current_branch(kept.id)]
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1",
                               api_key=window.local_api.token(), max_retries=0, timeout=120)
        client.chat.completions.create(model=MODEL, max_tokens=3, messages=[
            *history, {"role": "user", "content": "Asked later from the API"}])
        client.close()
        qtbot.waitUntil(lambda: any(m.content == "Asked later from the API"
                                    for m in window.chat_view.messages), timeout=10000)
        assert len(window.chat_view.messages) == 4
    finally:
        close_window(window)


def test_turned_on_at_start_and_a_port_in_use_is_one_line(qtbot, tiny_home: Path) -> None:
    ctx = open_app()
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    ctx.settings.api.enabled = True
    ctx.settings.api.port = blocker.getsockname()[1]
    ctx.save_settings()
    ctx.close()
    window = open_window(qtbot)
    try:
        qtbot.waitUntil(lambda: window.local_api.error is not None, timeout=10000)
        assert window.local_api.server is None and not window.api_status.isVisible()
        message = window.statusBar().currentMessage()
        assert message.startswith("The local API is off: Port ") and "in use" in message
        dialog = open_dialog(qtbot, window)
        assert "is in use by another program" in dialog.status.text()
        assert "\n" not in dialog.status.text()
        assert not dialog.enabled_box.isChecked()  # off, as it is (was: ticked)
        blocker.close()
        dialog.enabled_box.setChecked(True)
        with qtbot.waitSignal(window.local_api.stateChanged, timeout=20000):
            dialog.apply_button.click()
        assert window.local_api.running and window.api_status.isVisible()

        dialog.host_edit.setText("0.0.0.0")
        assert dialog.warning.isVisible() and "other computers" in dialog.warning.text()
        with qtbot.waitSignal(window.local_api.stateChanged, timeout=20000):
            dialog.apply_button.click()  # the status says where it really listens
        server = window.local_api.server
        assert server is not None and server.host == "0.0.0.0"
        said = dialog.status.text()
        assert said.startswith(f"Listening on {server.base_url} — requests waiting or "
                               "answering: 0. It is open to other computers on the network: ")
        dialog.host_edit.setText("my laptop")  # no address: no warning, and Apply says why
        assert not dialog.warning.isVisible()
        with qtbot.waitSignal(window.local_api.stateChanged, timeout=20000):
            dialog.apply_button.click()
        said = dialog.status.text()
        assert "The API still listens on" in said
        assert "It is open to other computers on the network: " in said, said
        dialog.host_edit.setText("localhost")
        assert not dialog.warning.isVisible()
    finally:
        blocker.close()
        close_window(window)


def test_a_port_in_use_unticks_the_box_and_names_a_free_port(qtbot, tiny_home: Path) -> None:
    """A port another program listens on: the box unticks and one line names a free port,
    which then works (was: the box stayed ticked though nothing listened, and "Choose another
    port." named none)."""
    import re

    window = open_window(qtbot)
    try:
        dialog = open_dialog(qtbot, window)
        with socket.socket() as taken, socket.socket() as after:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            port = taken.getsockname()[1]
            try:  # the port after it taken too (where it was free): the one named is free
                after.bind(("127.0.0.1", port + 1))
                after.listen()
            except OSError:
                pass
            turn_on(qtbot, window, dialog, port)
            said = dialog.status.text()
            found = re.search(r"Port (\d+) is free", said)
            assert found is not None, said
            free = int(found.group(1))
            assert said == (f"Port {port} on 127.0.0.1 is in use by another program. Port "
                            f"{free} is free: choose that one. Off: nothing listens.")
            assert free > port + 1
            assert not dialog.enabled_box.isChecked() and not window.local_api.running
            assert not window.ctx.settings.api.enabled
        turn_on(qtbot, window, dialog, free)
        assert window.local_api.running and window.local_api.server.bound_port == free
        assert dialog.enabled_box.isChecked()
    finally:
        close_window(window)


@pytest.mark.parametrize("language", ["en", "id", "ms", "fil"])
def test_the_token_fields_placeholder_is_shown_whole_in_every_language(
        qtbot, tiny_home: Path, language: str) -> None:
    from chatapp.ui.app import install_language, make_application
    from chatapp.ui.local_api import LocalApi, LocalApiDialog

    app = make_application()
    ctx = open_app()
    try:
        install_language(app, language)
        dialog = LocalApiDialog(ctx, LocalApi(ctx))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for field in (dialog.token_edit, dialog.cors_edit):
            field.clear()
            assert placeholder_fits(field), (language, field.placeholderText())
    finally:
        install_language(app, "en")
        ctx.close()


@pytest.mark.parametrize("language", ["ms", "fil"])
def test_a_cut_cell_of_the_request_log_has_its_whole_text_in_its_tooltip(
        qtbot, tiny_home: Path, language: str) -> None:
    """The request log in the narrowest dialog, in the languages of the longest words: no column
    pushes the others out of sight (a long model name is cut), the Status column takes the
    room left, and every cell, cut or not, has its whole text in its tooltip (a failed row's
    with why) (was: a long model name's column as wide as the name, scrolling Status away;
    a cut Model cell's tooltip the failure, not the name; the dialog as wide as the long name
    in the line under the table)."""
    import time

    from chatapp.api.service import CLIENT_GONE, LogEntry
    from chatapp.errors import UserError
    from chatapp.ui.app import install_language, make_application
    from chatapp.ui.local_api import LocalApi, LocalApiDialog

    app = make_application()
    ctx = open_app()
    try:
        install_language(app, language)
        api = LocalApi(ctx)
        now = time.time()
        api.entries[:] = [
            LogEntry(now, "127.0.0.1:51234", "/v1/models"),
            LogEntry(now, "127.0.0.1:51236", "/v1/chat/completions", "qwen2.5-0.5b-instruct",
                     499, 12, 40, 35.2, error=UserError(CLIENT_GONE)),
            LogEntry(now, "127.0.0.1:51238", "/v1/chat/completions", "m" * 120, 404,
                     error=UserError("The model {name} is not listed.", name="m" * 120))]
        dialog = LocalApiDialog(ctx, api)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.resize(dialog.minimumSizeHint().width(), dialog.height())  # as narrow as it goes
        table = dialog.log_table
        qtbot.waitUntil(lambda: dialog.width() == dialog.minimumSizeHint().width())
        qtbot.wait(50)  # (the header lays its sections out after the event loop turns)
        assert dialog.width() < 800  # (not widened by the long name in the line under it)
        assert table.horizontalScrollBar().maximum() == 0  # every column in sight
        status = table.item(1, 6)
        room = table.visualItemRect(status).width()
        assert room >= table.columnWidth(3)  # Status has the room the model names leave
        assert table.fontMetrics().horizontalAdvance(status.text()) > room  # (it is cut)
        for row in range(table.rowCount()):
            for column in range(7):
                cell = table.item(row, column)
                assert cell.toolTip().split("\n")[0] == cell.text() or not cell.text()
        assert table.item(2, 3).toolTip() == "m" * 120 + "\n" + table.item(2, 6).text()
        table.setCurrentCell(1, 0)  # the row's whole status under the table
        assert dialog.log_detail.text().endswith(" — " + status.text())
    finally:
        install_language(app, "en")
        ctx.close()


def test_a_token_easy_to_guess_keeps_the_api_off_and_renew_mends_it(qtbot, tiny_home: Path,
                                                                    monkeypatch) -> None:
    window = open_window(qtbot)
    try:
        token = window.ctx.paths.config / "api-token"
        token.parent.mkdir(parents=True, exist_ok=True)
        token.write_text("a\n", encoding="utf-8")
        dialog = open_dialog(qtbot, window)  # opens, its token field empty
        assert dialog.token_edit.text() == ""
        turn_on(qtbot, window, dialog, free_port())
        assert window.local_api.server is None
        assert "is shorter than 16 characters" in dialog.status.text()
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *_a, **_k: QMessageBox.StandardButton.Yes)
        dialog.renew_button.click()
        turn_on(qtbot, window, dialog, free_port())
        assert window.local_api.running
        dialog.renew_button.click()  # while it runs: where it listens stays said
        assert dialog.status.text().startswith("Listening on http://127.0.0.1:")
        assert dialog.status.text().endswith(": 0 · A new token is in use."), dialog.status.text()
        # a port in use refused while it runs: a new token leaves it on, and its box ticked
        # (was: the box unticked, so the next Apply turned the API off)
        import socket

        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            listening = window.local_api.server.base_url
            dialog.port_box.setValue(taken.getsockname()[1])
            with qtbot.waitSignal(window.local_api.stateChanged, timeout=20000):
                dialog.apply_button.click()
            assert "is in use by another program" in dialog.status.text()
            dialog.renew_button.click()
            assert window.local_api.server.base_url == listening
            assert dialog.enabled_box.isChecked() and window.local_api.running
            assert dialog.status.text().endswith(" · A new token is in use."), (
                dialog.status.text())
        token.write_text("b\n", encoding="utf-8")  # changed by hand while it runs: read again
        turn_on(qtbot, window, dialog, free_port())
        assert window.local_api.server is None
        assert "is shorter than 16 characters" in dialog.status.text()
    finally:
        close_window(window)


def test_the_request_log_stays_when_the_window_opens_again_in_another_language(
        qtbot, tiny_home: Path) -> None:
    """A language switch opens the window again: the Local API dialog of the new window still
    lists the requests made before (was: an empty log)."""
    from chatapp.ui.app import reopened

    window, dialog, client = serving(qtbot)
    client.models.list()
    client.close()
    qtbot.waitUntil(lambda: dialog.log_table.rowCount() == 1, timeout=10000)
    window.close()  # as the language switch closes it
    again = reopened(window)
    qtbot.addWidget(again)
    try:
        qtbot.waitUntil(lambda: again.local_api.running, timeout=20000)
        shown = open_dialog(qtbot, again)
        assert shown.log_table.rowCount() == 1
        assert shown.log_table.item(0, 2).text() == "/v1/models"
    finally:
        close_window(again)


def test_quitting_asks_first_while_another_program_waits_for_an_answer(
        qtbot, tiny_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing the window while the local API writes an answer for another program asks
    first, No by default (was: the program's answer ended without a word)."""
    import threading

    from gguf_factory import write_tiny_llama
    from PySide6.QtWidgets import QMessageBox

    write_tiny_llama(tiny_home / "data" / "models" / "long-F32.gguf", ctx=32768)
    window, _dialog, client = serving(qtbot, timeout=120)
    ended: list[str] = []

    def ask() -> None:
        try:
            for _chunk in client.chat.completions.create(
                    model="long-F32", messages=[{"role": "user", "content": "Go on"}],
                    max_tokens=30000, stream=True, extra_body={"ignore_eos": True}):
                pass
            ended.append("whole")
        except openai.APIError as exc:
            ended.append(str(exc))

    asking = threading.Thread(target=ask)
    asked: list[str] = []
    try:
        asking.start()
        qtbot.waitUntil(lambda: window.local_api.active == 1, timeout=30000)

        def answer(button):
            def exec_(box) -> QMessageBox.StandardButton:
                asked.append(box.text())
                assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
                return button
            return exec_

        monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.No))
        window.close()
        assert window.isVisible() and not ended
        assert asked == ["Another program waits for an answer from the local API: quitting "
                         "ends it. Quit all the same?"]
        monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Yes))
        window.close()
        assert not window.isVisible()
        asking.join(60)
        assert ended and ended[0] != "whole", ended
    finally:
        client.close()
        close_window(window)


def test_the_example_request_names_the_model_as_the_api_lists_it(
        qtbot, tiny_home: Path, tiny_model: Path, tmp_path: Path) -> None:
    """An Ollama model picked in the window is named in the example request by its Ollama
    name, as /v1/models lists it (was: its blob's sha256-… file name)."""
    from test_library_sources import make_ollama

    from chatapp.api.models import offered
    from chatapp.library_sources import Links, find_models

    root = tmp_path / ".ollama" / "models"
    make_ollama(root, tiny_model, "tiny", "1b")
    window = open_window(qtbot)
    try:
        paths = window.ctx.paths
        Links(paths).add(find_models(root), paths.models)
        window.model_list.reload()
        key = next(o.model.key for o in offered(window.ctx) if o.id == "tiny:1b")
        window.select_model(key)
        dialog = open_dialog(qtbot, window)
        assert '"model": "tiny:1b"' in dialog.example()
    finally:
        close_window(window)


def test_a_client_that_goes_away_mid_answer_is_said_in_words_in_the_log(
        qtbot, tiny_home: Path) -> None:
    """A program that closes its stream mid-answer is a 499 row that says what happened, in
    the user's language, as a 401 or 404 row does (was: a bare "499", nginx's private code,
    with no explanation)."""
    from gguf_factory import write_tiny_llama
    from PySide6.QtCore import QCoreApplication

    from chatapp.api.service import CLIENT_GONE
    from chatapp.ui.app import install_language, make_application

    write_tiny_llama(tiny_home / "data" / "models" / "long-F32.gguf", ctx=32768)
    window, dialog, client = serving(qtbot, timeout=120)
    app = make_application()
    try:
        install_language(app, "fil")
        said = QCoreApplication.translate("errors", CLIENT_GONE)
        assert said != CLIENT_GONE  # (translated)
        stream = client.chat.completions.create(
            model="long-F32", messages=[{"role": "user", "content": "Go on"}],
            max_tokens=30000, stream=True, extra_body={"ignore_eos": True})
        for count, _chunk in enumerate(stream):
            if count == 3:
                break
        stream.close()
        qtbot.waitUntil(lambda: dialog.log_table.rowCount() == 1, timeout=30000)
        cell = dialog.log_table.item(0, 6)
        assert cell.text() == "499: " + said and cell.toolTip() == cell.text()
        assert dialog.log_detail.text().endswith(" — 499: " + said)
    finally:
        install_language(app, "en")
        client.close()
        close_window(window)


def test_a_request_without_the_token_is_told_its_file_not_a_menu(
        qtbot, tiny_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The 401 for a request without the token names the file that keeps it (under the home
    folder as ~/…, so that a client on another computer learns no user name), which reads the
    same whatever the language of the window's menus (was: "The window shows it under
    Settings → Local API", English menu names that a Filipino window calls otherwise)."""
    import urllib.error
    import urllib.request

    from chatapp.api.token import token_path

    monkeypatch.setenv("HOME", str(tiny_home.parent))
    window, dialog, client = serving(qtbot)
    try:
        file = token_path(window.ctx.paths)
        assert file.is_file()
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(str(client.base_url) + "models", timeout=30)
        assert refused.value.code == 401
        message = json.loads(refused.value.read())["error"]["message"]
        shown = str(Path("~", file.relative_to(tiny_home.parent)))
        assert message == ('This API needs its token, sent as "Authorization: Bearer TOKEN": '
                           f"the one kept in {shown} on the computer it runs on."), message
        assert shown.startswith("~/") and "Settings" not in message
    finally:
        client.close()
        close_window(window)


def test_a_token_file_outside_the_home_folder_is_named_without_its_folders(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Outside the home folder the 401 names only the token file's last two parts (was: the
    whole path, /srv/alice/… naming the user to any client without the token)."""
    from chatapp.api.token import shown_path

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert shown_path(Path("/srv/alice/chatapp/config/api-token")) == "…/config/api-token"
    assert shown_path(tmp_path / "home" / ".config" / "api-token") == "~/.config/api-token"


def test_a_missing_package_keeps_the_api_off_in_one_line(qtbot, tiny_home: Path,
                                                         monkeypatch) -> None:
    """An installation without fastapi (a bundle built without it) says so once in the status
    bar and keeps the setting (was: "Something unexpected went wrong (ModuleNotFoundError)"
    in a box at every start)."""
    import sys

    for name in ("chatapp.api.server", "chatapp.api.app"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    monkeypatch.setitem(sys.modules, "fastapi", None)  # import fastapi fails, as if missing
    ctx = open_app()
    ctx.settings.api.enabled = True
    ctx.settings.api.port = free_port()
    ctx.save_settings()
    ctx.close()
    window = open_window(qtbot)
    try:
        qtbot.waitUntil(lambda: window.local_api.error is not None, timeout=10000)
        assert window.local_api.server is None
        assert window.statusBar().currentMessage() == (
            "The local API is off: The Python package fastapi, which the local API needs, is "
            "missing from this installation of ChatApp.")
        assert QApplication.activeModalWidget() is None
        assert window.ctx.settings.api.enabled  # kept: it starts once the package is there
    finally:
        close_window(window)
