"""*Settings → Local API…*: the window's OpenAI-compatible API turned on and off, its token
shown with a copy button, its state in the status bar and its request log (numbers only)."""

from __future__ import annotations

import contextlib
import re
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chatapp.errors import UserError
from chatapp.remote.endpoints import is_loopback
from chatapp.ui.card_claims import read_only_table
from chatapp.ui.connections import ERROR_STYLE
from chatapp.ui.errors import error_text, guarded, message_box
from chatapp.ui.label import Label, WrappedLabel
from chatapp.ui.layouts import bring_to_front, fill
from chatapp.ui.sizing import HintedLineEdit, fit_to_screen
from chatapp.ui.units import decimal

if TYPE_CHECKING:
    from chatapp.api.server import ApiServer
    from chatapp.api.service import LogEntry
    from chatapp.context import AppContext

WARNING_STYLE = "QLabel { color: #b9770e; }"
LOG_ROWS = 500
# an IP address or a host name (a name with spaces or other signs is refused on Apply)
_HOST = re.compile(r"\[?[0-9A-Fa-f:.]+\]?"
                   r"|[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*\.?")


class LocalApi(QObject):
    """The window's local API: listens only while the settings say it is on.

    Signals:
        stateChanged(): it started or stopped, or requests began or ended.
        requestLogged(object): a request ended (a chatapp.api.service.LogEntry).
        conversationSaved(int): an API conversation was stored (its id).

    Attributes:
        server: the server while it listens, else None.
        error: why the last start failed, if it did.
        entries: the requests logged since the app started, oldest first (the app
            context's, so a window opened again in another language shows them too).
    """

    stateChanged = Signal()
    requestLogged = Signal(object)
    conversationSaved = Signal(int)
    # the same, emitted from the API's threads and delivered on the GUI thread
    _changed = Signal()
    _logged = Signal(object)
    _saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.server: ApiServer | None = None
        self.error: UserError | None = None
        self.entries: list[LogEntry] = ctx.api_log
        self._token = ""
        queued = Qt.ConnectionType.QueuedConnection
        self._changed.connect(self.stateChanged, queued)
        self._logged.connect(self._keep, queued)
        self._saved.connect(self.conversationSaved, queued)

    def token(self) -> str:
        """The bearer token (made and kept on first use). OSError when it cannot be kept."""
        if not self._token:
            from chatapp.api.token import load_token

            self._token = load_token(self.ctx.paths)
        return self._token

    def has_token(self) -> bool:
        """Whether a token was made already."""
        from chatapp.api.token import token_path

        return bool(self._token) or token_path(self.ctx.paths).is_file()

    def renew_token(self) -> str:
        """A new token; the old one stops working at once."""
        from chatapp.api.token import renew_token

        self._token = renew_token(self.ctx.paths)
        return self._token

    @property
    def running(self) -> bool:
        """Whether it listens now."""
        return self.server is not None and self.server.running

    @property
    def active(self) -> int:
        """Requests that wait for or use a model now."""
        return self.server.service.active if self.server is not None else 0

    def may_quit(self) -> bool:
        """Whether the app may close now: no other program waits for an answer from the
        API, or the user says to end theirs (asked; No is the default)."""
        count = self.active
        if not count:
            return True
        translate = QCoreApplication.translate
        text = (translate("LocalApi", "Another program waits for an answer from the local API: "
                          "quitting ends it. Quit all the same?") if count == 1 else
                translate("LocalApi", "Other programs wait for {count} answers from the local "
                          "API: quitting ends them. Quit all the same?").format(count=count))
        return message_box(self.parent(), translate("LocalApi", "Local API"), text,
                           question=True, risky=True)

    def apply(self) -> None:
        """Stop, then listen again as the settings say (nothing when they say off). A start
        that fails is kept in error (and the settings stay as they are), as is one that
        cannot start here at all (a package it needs is missing)."""
        from chatapp.api import check_installed

        self.stop()
        self.error = None
        self._token = ""  # read again: the file may have been changed by hand
        options = self.ctx.settings.api
        if options.enabled:
            try:
                check_installed()
            except UserError as exc:
                self.error = exc
                self.stateChanged.emit()
                return
            from chatapp.api.server import ApiServer
            from chatapp.api.service import ApiService
            from chatapp.api.token import token_path

            service = ApiService(self.ctx, save_conversations=options.save_conversations)
            service.on_log.append(self._logged.emit)
            service.on_change.append(self._changed.emit)
            service.on_saved.append(self._saved.emit)
            server = ApiServer(service, self.token, host=options.host, port=options.port,
                               cors_origins=[o for o in options.cors_origins
                                             if isinstance(o, str)],
                               token_file=token_path(self.ctx.paths))
            try:
                self.token()
                server.start()
            except UserError as exc:
                self.error = exc
            except OSError as exc:  # the token file cannot be written
                from chatapp.errors import unexpected_error
                from chatapp.logs import log_file

                self.error = unexpected_error(exc, log_file())
            else:
                self.server = server
        self.stateChanged.emit()

    def stop(self) -> None:
        """Stop listening (answers in flight end at their next token)."""
        server, self.server = self.server, None
        if server is not None:
            server.stop()
            self.stateChanged.emit()

    def _keep(self, entry: LogEntry) -> None:
        self.entries.append(entry)
        del self.entries[:-LOG_ROWS]
        self.requestLogged.emit(entry)

    def status_text(self) -> str:
        """One short line for the status bar ("" while it is off)."""
        if self.server is None:
            return ""
        text = QCoreApplication.translate("LocalApi", "API on {address}").format(
            address=f"{self.server.host}:{self.server.bound_port}")
        if self.active:
            text += " · " + QCoreApplication.translate("LocalApi", "requests: {count}").format(
                count=self.active)
        return text


FAILED_ROLE = Qt.ItemDataRole.UserRole  # (a Status cell's) the request failed


def entry_cells(entry: LogEntry) -> list[str]:
    """A log entry as the table's cells: time, client, path, model, tokens, tok/s, status
    (with why the request failed, where it did: "502: …")."""
    prompt = "?" if entry.prompt_tokens is None else entry.prompt_tokens  # (no usage sent)
    tokens = "" if entry.completion_tokens is None else f"{prompt} + {entry.completion_tokens}"
    rate = "" if entry.tokens_per_s is None else decimal(entry.tokens_per_s, 1)
    return [time.strftime("%H:%M:%S", time.localtime(entry.at)), entry.client, entry.path,
            entry.model or "—", tokens, rate,
            entry.status_text(error_text)
            + ("" if entry.unsaved is None else " · " + entry.not_saved())]


class LocalApiDialog(QDialog):
    """The local API's settings, state, token and request log.

    Attributes:
        api: the window's LocalApi.
    """

    def __init__(self, ctx: AppContext, api: LocalApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.api = api
        self.setWindowTitle(self.tr("Local API"))
        intro = Label(self.tr(
            "Let other programs (editors, notebooks, scripts, agents) use the models through "
            "an OpenAI-compatible API. Nothing listens until you turn it on; every request "
            "needs the token."), self, wordWrap=True)

        options = ctx.settings.api
        self.enabled_box = QCheckBox(self.tr("&Turn on the local API"), self,
                                     checked=options.enabled)
        self.host_edit = QLineEdit(options.host, self, placeholderText="127.0.0.1",
                                   textChanged=self._show_warning)
        self.port_box = QSpinBox(self)
        self.port_box.setRange(1, 65535)
        self.port_box.setValue(options.port if 0 < options.port < 65536 else 8765)
        self.warning = Label(self, wordWrap=True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.token_edit = HintedLineEdit(self)
        self.token_edit.setReadOnly(True)
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setAccessibleName(self.tr("Token"))
        self.token_edit.setPlaceholderText(self.tr("made when the API is first turned on"))
        if api.has_token():
            with contextlib.suppress(UserError):  # one easy to guess: said when it starts
                self.token_edit.setText(api.token())
        self.show_button = QPushButton(self.tr("S&how"), self, checkable=True,
                                       toggled=self._show_token)
        self.copy_button = QPushButton(self.tr("&Copy"), self,
                                       clicked=guarded(self.copy_token, self))
        self.renew_button = QPushButton(self.tr("&New token"), self,
                                        clicked=guarded(self.renew_token, self))
        token_row = QHBoxLayout()
        fill(token_row, (self.token_edit, 1), self.show_button, self.copy_button,
             self.renew_button)
        self.save_box = QCheckBox(self.tr("&Save the API's conversations in the conversation "
                                          "list"), self, checked=options.save_conversations)
        self.cors_edit = HintedLineEdit(" ".join(o for o in options.cors_origins
                                            if isinstance(o, str)), self,
                                   placeholderText=self.tr("none (web pages cannot use the API)"))
        form = QFormLayout()
        form.addRow(self.enabled_box)
        form.addRow(self.tr("&Address:"), self.host_edit)
        form.addRow(self.tr("&Port:"), self.port_box)
        form.addRow(self.warning)
        form.addRow(self.tr("Token:"), token_row)
        form.addRow(self.save_box)
        form.addRow(self.tr("&Web pages allowed:"), self.cors_edit)
        self.example_button = QPushButton(self.tr("Copy an e&xample request"), self)
        self.example_button.setToolTip(self.tr(
            "A curl command (bash or zsh) with this API's address and a model, which reads the "
            "token from its file: paste it in a terminal to try the API"))
        self.example_button.clicked.connect(guarded(self.copy_example, self))
        form.addRow(self.example_button)

        self.status = Label(self, wordWrap=True,
                            textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_table = read_only_table(self, [
            self.tr("Time"), self.tr("Client"), self.tr("Request"), self.tr("Model"),
            self.tr("Tokens"), self.tr("tok/s"), self.tr("Status")],
            accessibleName=self.tr("Request log"))
        self.log_table.setWordWrap(False)  # one line a row, a cut text ending in "…"
        header = self.log_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)  # see _fit_model
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)  # what room is left
        log_label = Label(self.tr("Requests (numbers only; message text is never logged):"),
                           self)
        self.log_detail = WrappedLabel(self)  # the whole status of the row picked (a long
        # model name in it cut at the dialog's edge, never widening it)
        self.log_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_table.currentCellChanged.connect(self._show_detail)
        # the newest row stays in sight when a wider row brings a scroll bar under it
        self.log_table.verticalScrollBar().rangeChanged.connect(self.log_table.scrollToBottom)
        self._newest_failure = False  # the row picked is the newest failure, picked for it

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply
                                   | QDialogButtonBox.StandardButton.Close, self,
                                   rejected=self.reject)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(guarded(self.apply, self))
        column = QVBoxLayout(self)
        fill(column, intro, form, self.status, log_label, (self.log_table, 1), self.log_detail,
             buttons)
        # lower, the wrapped warning and status lines would be squeezed over their neighbours;
        # as narrow as the fields and buttons allow (the token field's hint whole)
        self.setMinimumHeight(480)
        fit_to_screen(self, 720, 560)

        for entry in api.entries:
            self._add_row(entry)
        api.requestLogged.connect(self._add_row)
        api.stateChanged.connect(self.show_state)
        self._show_warning()
        self.show_state()

    # the token

    def _show_token(self, shown: bool) -> None:
        if shown and not self.token_edit.text():
            self.token_edit.setText(self.api.token())
        self.show_button.setText(self.tr("&Hide") if shown else self.tr("S&how"))
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown
                                    else QLineEdit.EchoMode.Password)

    def copy_token(self) -> None:
        """Put the token on the clipboard (made first if there is none yet)."""
        token = self.api.token()
        self.token_edit.setText(token)
        QGuiApplication.clipboard().setText(token)
        self._say_copied(self.copy_button)

    def example(self) -> str:
        """A curl request to this API (its address as set, the window's model) for bash or
        zsh: the token is read from its file as curl runs, so that it is not on the command
        line (seen by every program in `ps`) or in the shell's history."""
        import json
        import shlex

        from chatapp.api.models import offered
        from chatapp.api.token import token_path

        host = self.host_edit.text().strip() or "127.0.0.1"
        server = self.api.server
        base = server.base_url if server is not None else (
            f"http://{'[' + host + ']' if ':' in host else host}:{self.port_box.value()}/v1")
        picked = getattr(self.parent(), "current_model", lambda: None)()
        model = "MODEL" if picked is None else next(  # the name /v1/models gives it
            (o.id for o in offered(self.ctx) if o.model.key == picked.key), picked.display_name)
        body = json.dumps({"model": model, "messages": [{"role": "user", "content": "Hello"}],
                           "max_tokens": 100})
        self.api.token()  # (made now when there is none)
        token = shlex.quote(str(token_path(self.ctx.paths)))
        return (f"curl {base}/chat/completions -H @<(printf 'Authorization: Bearer %s\\n' "
                f"\"$(cat {token})\") -H 'Content-Type: application/json' -d {shlex.quote(body)}")

    def copy_example(self) -> None:
        """Put the example request on the clipboard."""
        QGuiApplication.clipboard().setText(self.example())
        self.token_edit.setText(self.api.token())  # made for it when there was none
        self._say_copied(self.example_button)
        if not self.api.running:  # (while it runs, the line says where it listens)
            self.status.setStyleSheet("")
            self.status.setText(self.tr("An example request is on the clipboard: paste it in "
                                        "a terminal once the API is on."))

    def _say_copied(self, button: QPushButton) -> None:
        """Show on button for two seconds that what it copies is on the clipboard."""
        label = button.property("label") or button.text()
        button.setProperty("label", label)
        button.setText(self.tr("Copied"))
        QTimer.singleShot(2000, button, lambda: button.setText(label))

    def renew_token(self) -> None:
        """Make a new token after asking: programs that use the old one must get the new."""
        answer = QMessageBox.question(self, self.tr("Local API"), self.tr(
            "Make a new token? Programs that use the old one stop working until they get the "
            "new one."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.token_edit.setText(self.api.renew_token())
        if self.api.server is None and self.api.error is not None and (
                self.ctx.settings.api.enabled):
            self.api.apply()  # it was refused (its token, say): it starts with the new one
            if self.api.error is not None:
                return
        self.show_state()  # where it listens stays said
        self.status.setText(self.status.text() + " · " + self.tr("A new token is in use.")
                            if self.api.running else
                            self.tr("A new token is made; the API is off."))

    # settings and state

    def _show_warning(self) -> None:
        host = self.host_edit.text().strip() or "127.0.0.1"
        open_to_network = not is_loopback(host) and _HOST.fullmatch(host) is not None
        self.warning.setVisible(open_to_network)
        self.warning.setText(self.tr(
            "{host} is not this computer only: other computers on the network can use the "
            "models (with the token).").format(host=host) if open_to_network else "")

    def apply(self) -> None:
        """Start or stop the API as the form says and keep the form in the settings; a start
        that fails keeps the settings (and the API) as they were, the form as typed and the
        reason shown."""
        settings = self.ctx.settings
        before = settings.api
        settings.api = replace(
            before, enabled=self.enabled_box.isChecked(),
            host=self.host_edit.text().strip() or "127.0.0.1", port=self.port_box.value(),
            save_conversations=self.save_box.isChecked(),
            cors_origins=[o for o in self.cors_edit.text().replace(",", " ").split() if o])
        self.api.apply()
        failure = self.api.error
        if failure is not None:
            settings.api = before
            self.api.apply()
            self.api.error = failure
            self.api.stateChanged.emit()
            return
        self.ctx.save_settings()
        if settings.api.enabled:
            self.token_edit.setText(self.api.token())

    def show_state(self) -> None:
        """Say whether it listens, where, or why it could not start (then the box is ticked
        only where an API started before still listens)."""
        api = self.api
        self.status.setStyleSheet(ERROR_STYLE if api.error is not None else "")
        if api.error is not None:
            self.enabled_box.setChecked(api.server is not None)
            still = " " + (self.tr("The API still listens on {url}.").format(
                url=api.server.base_url) + self._reach() if api.server is not None
                else self.tr("Off: nothing listens."))
            self.status.setText(error_text(api.error) + still)
        elif api.server is not None:
            reach = self._reach()
            self.status.setText(self.tr(
                "Listening on {url} — requests waiting or answering: {count}").format(
                    url=api.server.base_url, count=api.active) + ("." + reach if reach else ""))
        else:
            self.status.setText(self.tr("Off: nothing listens."))

    def _reach(self) -> str:
        """Where other computers reach the API it listens on beyond this computer ("" for
        loopback), as a sentence after another."""
        server = self.api.server
        if server is None or not server.open_to_network:
            return ""
        return " " + self.tr("It is open to other computers on the network: {where}.").format(
            where=server.network_url or f"{server.host}:{server.bound_port or server.port}")

    def _add_row(self, entry: LogEntry) -> None:
        table = self.log_table
        if table.rowCount() >= LOG_ROWS:
            table.removeRow(0)
        row = table.rowCount()
        table.insertRow(row)
        cells = entry_cells(entry)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            # every cell's whole text, however narrow its column; a failed row's cells with why
            item.setToolTip(text if column == 6 or entry.error is None
                            else "\n".join(t for t in (text, cells[6]) if t))
            table.setItem(row, column, item)
        table.item(row, 6).setData(FAILED_ROLE, entry.error is not None)
        self._fit_model()
        table.scrollToBottom()
        if entry.error is not None:  # the newest failure is read out whole
            table.setCurrentCell(row, 6)
            self._newest_failure = True
        elif self._newest_failure:  # until a later request goes well
            table.setCurrentCell(-1, -1)

    def _show_detail(self, row: int, *_columns: int) -> None:
        """The whole status of the row picked, after its time and request ("" for a request
        that went well)."""
        self._newest_failure = False
        item = self.log_table.item(row, 6)
        cells = [self.log_table.item(row, c).text() for c in (0, 2)] if item else []
        self.log_detail.setText("" if item is None or not item.data(FAILED_ROLE)
                                else " ".join(cells) + " — " + item.text())

    def _fit_model(self) -> None:
        """The Model column as wide as its names, up to about 24 characters (a longer name is
        cut, whole in its tooltip), so that the Status column keeps the room left."""
        table = self.log_table
        table.resizeColumnToContents(3)
        widest = table.fontMetrics().averageCharWidth() * 24
        if table.columnWidth(3) > widest:
            table.setColumnWidth(3, widest)


def install_local_api(window, menu) -> LocalApi:
    """Give the window its local API: *Local API…* in menu, its state in the status bar,
    saved API conversations in the sidebar; started once the window is up when the settings
    say it is on (a start that fails is one line in the status bar)."""
    api = LocalApi(window.ctx, window)
    window.local_api = api
    state = QPushButton(window, flat=True, objectName="apiStatus")
    state.hide()
    window.api_status = state
    window.statusBar().addPermanentWidget(state)

    def show() -> None:
        dialog = getattr(window, "local_api_dialog", None)
        if dialog is None:
            dialog = LocalApiDialog(window.ctx, api, window)
            window.local_api_dialog = dialog
        bring_to_front(dialog)

    def update() -> None:
        text = api.status_text()
        state.setText(text)
        state.setVisible(bool(text))
        if api.server is not None:
            state.setToolTip(api.server.base_url)

    def started() -> None:
        update()
        if api.error is not None:
            window.statusBar().showMessage(QCoreApplication.translate(
                "LocalApi", "The local API is off: {reason}").format(
                    reason=error_text(api.error)), 15000)

    menu.addAction(QCoreApplication.translate("LocalApi", "Local AP&I…"), guarded(show, window))
    state.clicked.connect(guarded(show, window))
    api.stateChanged.connect(update)
    api.stateChanged.connect(window.show_model_status)  # a request may have loaded the model
    api.conversationSaved.connect(lambda _id: (window.refresh_sidebar(),
                                               window.outside.changed_here()))
    if window.ctx.settings.api.enabled:  # once the window is up
        QTimer.singleShot(0, api, lambda: (api.apply(), started()))
    return api
