"""Models → Connections… in the real window: add, edit, test (models or one error line) and
remove servers; the endpoints file follows."""

from __future__ import annotations

import pytest
from llama_server import free_port
from openai_server import OpenAIServer
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from test_conversation_window import close_window, open_window

from chatapp.remote import errors
from chatapp.remote.endpoints import EndpointStore, make_endpoint


@pytest.fixture
def server():
    srv = OpenAIServer()
    srv.models = [{"id": "llama-70b", "object": "model", "owned_by": "vllm",
                   "max_model_len": 65536}]
    srv.serve()
    yield srv
    srv.close()


def open_connections(qtbot):
    window = open_window(qtbot)
    (action,) = [a for a in window.models_menu.actions() if a.text() == "&Connections…"]
    action.trigger()
    dialog = window.connections_dialog
    qtbot.waitUntil(dialog.isVisible)
    return window, dialog


def fill(dialog, name: str, url: str, key: str = "", headers: str = "") -> None:
    dialog.name_edit.setText(name)
    dialog.url_edit.setText(url)
    dialog.key_edit.setText(key)
    dialog.headers_edit.setPlainText(headers)


def test_add_test_edit_and_remove(qtbot, server, monkeypatch):
    window, dialog = open_connections(qtbot)
    try:
        changed = []
        dialog.endpointsChanged.connect(lambda: changed.append(1))
        assert dialog.list.count() == 0 and dialog.editing is None
        fill(dialog, "lab", server.url.removesuffix("/v1"), key="sk-dialog-key",
             headers="X-Team: blue")
        with qtbot.waitSignal(dialog.testFinished, timeout=20000):
            dialog.test_button.click()
        assert dialog.models.count() == 1
        assert dialog.models.item(0).text() == (  # the count as the locale writes it
                f"llama-70b  ({QLocale().toString(65536)} tokens of context)")
        assert "1" in dialog.status.text()
        sent = server.requests[-1]
        assert sent.headers["authorization"] == "Bearer sk-dialog-key"
        assert sent.headers["x-team"] == "blue"

        dialog.save_button.click()
        store = EndpointStore(window.ctx.paths)
        (saved,) = store.load()
        assert (saved.name, saved.base_url, saved.api_key, saved.headers) == (
            "lab", server.url, "sk-dialog-key", {"X-Team": "blue"})
        assert dialog.list.count() == 1 and dialog.editing == "lab" and changed

        dialog.name_edit.setText("lab-gpu")  # an edit renames in place
        dialog.save_button.click()
        assert [e.name for e in store.load()] == ["lab-gpu"]

        monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
        dialog.remove_button.click()
        assert store.load() == [] and dialog.list.count() == 0
    finally:
        close_window(window)


def test_errors_are_one_line_in_the_dialog(qtbot, monkeypatch):
    window, dialog = open_connections(qtbot)
    try:
        fill(dialog, "bad/name", "http://h:1")
        dialog.save_button.click()
        assert '"bad/name" cannot name a connection' in dialog.status.text()
        assert EndpointStore(window.ctx.paths).load() == []

        fill(dialog, "dead", f"http://127.0.0.1:{free_port()}", key="sk-never-shown")
        with qtbot.waitSignal(dialog.testFinished, timeout=20000):
            dialog.test_button.click()
        text = dialog.status.text()
        assert text.startswith("dead: nothing answers at 127.0.0.1:")
        assert "\n" not in text and "sk-never-shown" not in text
        assert dialog.models.count() == 0 and dialog.test_button.isEnabled()

        monkeypatch.setenv("HF_HUB_OFFLINE", "1")
        fill(dialog, "far", "http://192.0.2.9:8000/v1")
        with qtbot.waitSignal(dialog.testFinished, timeout=20000):
            dialog.test_button.click()
        assert dialog.status.text() == errors.OFFLINE.format(endpoint="far",
                                                             host="192.0.2.9:8000")
    finally:
        close_window(window)


def test_a_damaged_file_is_shown_not_replaced(qtbot, chatapp_home):
    path = chatapp_home / "config" / "endpoints.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{oops")
    window, dialog = open_connections(qtbot)
    try:
        assert "could not be read" in dialog.status.text()
        fill(dialog, "new", "http://127.0.0.1:9")
        dialog.save_button.click()
        assert path.read_text() == "{oops"
        assert "could not be read" in dialog.status.text()
    finally:
        close_window(window)


def answer_with(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    """QMessageBox answers button; returns the texts it was asked with."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return button

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_header_values_are_masked_until_shown(qtbot, chatapp_home):
    from chatapp.paths import app_paths

    store = EndpointStore(app_paths())
    store.add(make_endpoint("lab", "http://127.0.0.1:9/v1",
                            headers={"X-Token": "tok-SECRET-1", "X-Team": "blue"}))
    window, dialog = open_connections(qtbot)
    try:
        edit = dialog.headers_edit
        assert edit.toPlainText() == "X-Token: •••\nX-Team: •••" and edit.isReadOnly()
        assert not dialog.show_headers.isChecked() and not dialog.changed
        password = dialog.key_edit.EchoMode.Password
        assert dialog.key_edit.echoMode() == password
        dialog.show_headers.setChecked(True)  # shown: the values, to be edited
        assert edit.toPlainText() == "X-Token: tok-SECRET-1\nX-Team: blue"
        assert dialog.key_edit.echoMode() != password  # the key too
        assert not edit.isReadOnly()
        edit.setPlainText("X-Token: tok-SECRET-2")
        dialog.show_headers.setChecked(False)  # masked again, the edit kept
        assert edit.toPlainText() == "X-Token: •••" and dialog.changed
        assert dialog.key_edit.echoMode() == password
        dialog.save_button.click()
        assert store.get("lab").headers == {"X-Token": "tok-SECRET-2"}
        assert edit.toPlainText() == "X-Token: •••"

        dialog.show_headers.setChecked(True)
        edit.setPlainText("Authorization Bearer tok-SECRET-3")  # the colon missing
        dialog.save_button.click()
        assert "Authorization" in dialog.status.text()
        assert "SECRET" not in dialog.status.text() and "Bearer" not in dialog.status.text()
        assert store.get("lab").headers == {"X-Token": "tok-SECRET-2"}
    finally:
        close_window(window)


def test_header_values_typed_are_masked_once_left_and_enter_saves(qtbot, chatapp_home):
    from PySide6.QtCore import Qt

    from chatapp.paths import app_paths

    window, dialog = open_connections(qtbot)
    try:
        store = EndpointStore(app_paths())
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)  # focus moves within it
        dialog.new()
        qtbot.keyClicks(dialog.name_edit, "lab")
        qtbot.keyClicks(dialog.url_edit, "http://127.0.0.1:9/v1")
        dialog.headers_edit.setFocus()
        qtbot.keyClicks(dialog.headers_edit, "X-Secret: HEADERSECRET")
        # masked while typed too (was: shown as typed until the field was left)
        assert dialog.headers_edit.toPlainText() == "X-Secret: " + "•" * 12
        assert dialog.headers_text() == "X-Secret: HEADERSECRET"
        dialog.name_edit.setFocus()  # left: masked, as the key is
        qtbot.waitUntil(lambda: dialog.headers_edit.toPlainText() == "X-Secret: •••")
        assert dialog.headers_text() == "X-Secret: HEADERSECRET"
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # saves: not New, nor Test
        assert store.get("lab").headers == {"X-Secret": "HEADERSECRET"}
        assert dialog.editing == "lab" and dialog.isVisible()
        dialog.headers_edit.setFocus()  # Enter in the masked field saves too
        qtbot.keyClick(dialog.headers_edit, Qt.Key.Key_Return)
        assert dialog.editing == "lab" and dialog.name_edit.text() == "lab"
    finally:
        close_window(window)


def test_header_values_are_masked_as_they_are_typed_unless_shown(qtbot, chatapp_home):
    """With Show values unticked, each character of a header value shows as a dot while it
    is typed, pasted or deleted, and what was typed is what is saved; ticked, the values
    show as typed (was: shown in plain text while typed, masked only once saved or left)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from chatapp.paths import app_paths

    window, dialog = open_connections(qtbot)
    try:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.new()
        qtbot.keyClicks(dialog.name_edit, "lab")
        qtbot.keyClicks(dialog.url_edit, "http://127.0.0.1:9/v1")
        edit = dialog.headers_edit
        edit.setFocus()
        qtbot.keyClicks(edit, "X-Token: tok-SECRET9")
        assert edit.toPlainText() == "X-Token: " + "•" * 11
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # the last character goes
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        QGuiApplication.clipboard().setText("X-Team: PASTEDSECRET")
        qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert edit.toPlainText() == "X-Token: " + "•" * 10 + "\nX-Team: " + "•" * 12
        assert "SECRET" not in edit.toPlainText()
        assert dialog.headers_text() == "X-Token: tok-SECRET\nX-Team: PASTEDSECRET"
        dialog.show_headers.setChecked(True)  # asked for: the values as typed
        assert edit.toPlainText() == "X-Token: tok-SECRET\nX-Team: PASTEDSECRET"
        dialog.save_button.click()
        assert EndpointStore(app_paths()).get("lab").headers == {
            "X-Token": "tok-SECRET", "X-Team": "PASTEDSECRET"}
    finally:
        close_window(window)


def test_unsaved_changes_are_asked_about_before_another_connection_shows(
        qtbot, chatapp_home, monkeypatch):
    from chatapp.paths import app_paths

    store = EndpointStore(app_paths())
    store.add(make_endpoint("one", "http://127.0.0.1:1/v1"))
    store.add(make_endpoint("two", "http://127.0.0.1:2/v1"))
    window, dialog = open_connections(qtbot)
    try:
        assert dialog.editing == "one" and not dialog.changed
        dialog.list.setCurrentRow(1)  # nothing changed: no question
        assert dialog.editing == "two"
        dialog.list.setCurrentRow(0)

        dialog.url_edit.setText("http://127.0.0.1:9999/v1")
        asked = answer_with(monkeypatch, QMessageBox.StandardButton.Cancel)
        dialog.list.setCurrentRow(1)
        assert asked == ["Save the changes to the connection one?"]
        assert dialog.editing == "one" and dialog.list.currentRow() == 0
        assert dialog.url_edit.text() == "http://127.0.0.1:9999/v1"  # the edit is kept

        answer_with(monkeypatch, QMessageBox.StandardButton.Save)
        dialog.list.setCurrentRow(1)
        assert store.get("one").base_url == "http://127.0.0.1:9999/v1"
        assert dialog.editing == "two" and dialog.list.currentRow() == 1
        assert dialog.url_edit.text() == "http://127.0.0.1:2/v1"

        dialog.url_edit.setText("http://127.0.0.1:7777/v1")
        answer_with(monkeypatch, QMessageBox.StandardButton.Discard)
        dialog.list.setCurrentRow(0)
        assert store.get("two").base_url == "http://127.0.0.1:2/v1"
        assert dialog.editing == "one" and not dialog.changed

        dialog.name_edit.setText("bad/name")  # Save fails: the form stays
        answer_with(monkeypatch, QMessageBox.StandardButton.Save)
        dialog.new()
        assert dialog.editing == "one" and dialog.name_edit.text() == "bad/name"
        assert "cannot name a connection" in dialog.status.text()

        asked = answer_with(monkeypatch, QMessageBox.StandardButton.Discard)
        dialog.new()
        assert dialog.editing is None and dialog.name_edit.text() == ""
        dialog.url_edit.setText("http://127.0.0.1:3/v1")
        dialog.list.setCurrentRow(1)
        assert asked[-1] == "Save the new connection?"
        assert [e.name for e in store.load()] == ["one", "two"]

        # Close asks too: Cancel keeps the dialog and the form, Save keeps the connection
        dialog.new()
        fill(dialog, "three", "http://127.0.0.1:3/v1")
        asked = answer_with(monkeypatch, QMessageBox.StandardButton.Cancel)
        dialog.close()
        assert asked == ["Save the new connection?"] and dialog.isVisible()
        assert dialog.name_edit.text() == "three"
        answer_with(monkeypatch, QMessageBox.StandardButton.Save)
        dialog.reject()  # (Esc and the Close button)
        assert not dialog.isVisible()
        assert [e.name for e in store.load()] == ["one", "two", "three"]
    finally:
        close_window(window)


def test_a_test_that_ends_after_another_connection_was_chosen_is_not_shown_on_it(
        qtbot, chatapp_home):
    import threading

    from chatapp.paths import app_paths

    slow = OpenAIServer()
    slow.models = [{"id": "late-model", "object": "model"}]
    slow.models_gate = threading.Event()
    slow.serve()
    store = EndpointStore(app_paths())
    store.add(make_endpoint("slow", slow.url))
    store.add(make_endpoint("other", "http://127.0.0.1:2/v1"))
    window, dialog = open_connections(qtbot)
    try:
        assert dialog.editing == "slow"
        dialog.test()
        assert not dialog.test_button.isEnabled()
        dialog.list.setCurrentRow(1)  # chosen while the test runs: it may be tested at once
        assert dialog.editing == "other" and dialog.test_button.isEnabled()
        with qtbot.waitSignal(dialog._test.done, timeout=20000):
            slow.models_gate.set()  # the slow server answers now
        assert dialog.models.count() == 0 and "Connected" not in dialog.status.text()
    finally:
        slow.models_gate.set()
        close_window(window)
        slow.close()


def test_the_headers_field_has_its_label_and_tab_follows_the_layout(qtbot, chatapp_home):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel
    from tab_chain import tab_chain
    from test_keyboard import clashes, widget_texts

    window, dialog = open_connections(qtbot)
    try:
        (label,) = [w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.headers_edit]
        assert label.text() == "&Headers:" and label.isVisible()  # shown as "Headers:"
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)  # the keyboard is in the dialog
        dialog.name_edit.setFocus()
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
        assert dialog.headers_edit.hasFocus()  # Alt+H
        assert clashes(widget_texts(dialog)) == {}  # each Alt letter is one field's
        form = [dialog.name_edit, dialog.url_edit, dialog.key_edit, dialog.key_env_edit,
                dialog.headers_edit, dialog.show_headers, dialog.timeout_edit, dialog.test_button,
                dialog.save_button, dialog.models]
        chain = tab_chain(dialog.list)
        assert chain[:len(form) + 2] == [dialog.add_button, dialog.remove_button, *form]
    finally:
        close_window(window)


def test_show_values_shows_and_hides_the_key_and_headers_together(qtbot, chatapp_home):
    from chatapp.paths import app_paths

    EndpointStore(app_paths()).add(make_endpoint("lab", "http://127.0.0.1:9/v1",
                                                 api_key="key-SECRET",
                                                 headers={"X-Test": "hdr-SECRET"}))
    window, dialog = open_connections(qtbot)
    try:
        password = dialog.key_edit.EchoMode.Password
        for _ in range(2):  # the stored one, then a new one: hidden, whatever came before
            assert not dialog.show_headers.isChecked()
            assert dialog.key_edit.echoMode() == password
            assert "SECRET" not in dialog.headers_edit.toPlainText()
            dialog.show_headers.setChecked(True)
            assert dialog.key_edit.echoMode() != password
            dialog.add_button.click()
        assert dialog.headers_edit.toPlainText() == "" and not dialog.headers_edit.isReadOnly()
        dialog.show_headers.setChecked(True)
        dialog.show_headers.setChecked(False)  # nothing to mask: the field stays editable
        assert not dialog.headers_edit.isReadOnly()
    finally:
        close_window(window)


def test_shown_again_it_lists_the_connections_the_file_has_now(qtbot, chatapp_home):
    """Connections added with `chatapp remote add` while the dialog was closed are listed
    when it opens again, and the last message is gone."""
    window, dialog = open_connections(qtbot)
    try:
        fill(dialog, "lab", "http://127.0.0.1:9/v1")
        dialog.save_button.click()
        assert dialog.status.text() == "Saved."
        dialog.close()
        EndpointStore(window.ctx.paths).add(make_endpoint("lan", "http://192.0.2.2:8770/v1"))
        (action,) = [a for a in window.models_menu.actions() if a.text() == "&Connections…"]
        action.trigger()
        assert [dialog.list.item(i).text().split()[0] for i in range(dialog.list.count())
                ] == ["lab", "lan"]
        assert dialog.editing == "lab" and dialog.status.text() == ""
    finally:
        close_window(window)


def test_a_key_refused_or_missing_is_mended_in_the_form(qtbot, server):
    """In the dialog, a 401 says to mend the key in the form (not the command line's way)."""
    from openai_server import Canned

    server.canned["/v1/models"] = Canned(401, {"error": {"message": "Invalid API key"}})
    window, dialog = open_connections(qtbot)
    try:
        for key, said in (
                ("sk-wrong", "The server refused this API key (HTTP 401): check the API key "
                             "or the variable above."),
                ("", "The server wants an API key (HTTP 401): enter it above, or the "
                     "variable that holds it.")):
            fill(dialog, "gem", server.url, key=key)
            with qtbot.waitSignal(dialog.testFinished, timeout=20000):
                dialog.test_button.click()
            assert dialog.status.text() == said
            assert "chatapp remote" not in dialog.status.text()
    finally:
        close_window(window)


def test_the_key_fields_hints_are_shown_whole_in_every_language(qtbot, chatapp_home):
    """Was: Malay's "pilihan; disimpan dalam fail yang hanya anda boleh baca" cut short."""
    from languages import in_each_language
    from text_room import placeholder_fits

    from chatapp.context import open_app
    from chatapp.ui.connections import ConnectionsDialog

    ctx = open_app()
    try:
        for language in in_each_language():
            dialog = ConnectionsDialog(ctx)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            for field in (dialog.key_edit, dialog.key_env_edit):
                assert placeholder_fits(field), (language, field.placeholderText())
            dialog.close()
    finally:
        ctx.close()
