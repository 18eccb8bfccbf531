"""The *Models → Connections…* dialog: servers on other machines (OpenAI-compatible
endpoints) added, edited, removed and tested, showing a server's models or its error line.
Header values are shown masked, like the API key, until asked for (also while typed: a dot
a character, as a password field shows them); a form with changes asks before another
connection takes its place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chatapp.errors import UserError
from chatapp.remote.endpoints import (
    ANSWER_TIMEOUT_MAX_S,
    ANSWER_TIMEOUT_S,
    Endpoint,
    EndpointStore,
    header_name,
    make_endpoint,
    parse_header,
)
from chatapp.ui.background import Background
from chatapp.ui.errors import error_text, message_box
from chatapp.ui.label import Label
from chatapp.ui.layouts import bring_to_front, exec_once, fill
from chatapp.ui.sizing import HintedLineEdit
from chatapp.ui.units import number

if TYPE_CHECKING:
    from chatapp.context import AppContext

ERROR_STYLE = "QLabel { color: #c0392b; }"
MASK = "•••"
TYPED_MASK = "•"  # a character of a header value being typed, masked


def masked_typing(text: str) -> str:
    """The headers' text with every character of each value (after a line's first ":") but
    spaces shown as TYPED_MASK: as long as text, so a position in one is the same in the
    other."""
    lines = []
    for line in text.split("\n"):
        colon = line.find(":")
        lines.append(line if colon < 0 else line[:colon + 1] + "".join(
            c if c.isspace() else TYPED_MASK for c in line[colon + 1:]))
    return "\n".join(lines)


class ConnectionsDialog(QDialog):
    """Endpoints: a list on the left, the chosen one's form on the right, and what a test of
    the connection found (its models with their context lengths, or one error line).

    Signals:
        endpointsChanged(): an endpoint was saved or removed.
        testFinished(): a connection test ended (its models or its error are shown).

    Attributes:
        store: the endpoints file.
        editing: the name of the endpoint in the form, or None for a new one.
        show_headers: checked while the header values are shown (and can be edited);
            unchecked, each header shows as its name and a mask.
    """

    endpointsChanged = Signal()
    testFinished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = EndpointStore(ctx.paths)
        self.editing: str | None = None
        self._test: Background | None = None
        self._headers = ""  # the headers' text while it is masked
        self._typed = ""  # the headers' text while typed masked (masked_typing)
        self._typing_masked = False  # the field is editable, its values masked
        self._masking = False  # the dialog itself changes the field's text
        self._loaded: tuple[str, ...] = ()  # the form as it was filled
        self.setWindowTitle(self.tr("Connections"))

        intro = Label(self.tr(
            "Use models that run on another machine: any server with an OpenAI-compatible "
            "API (llama.cpp's llama-server, vLLM, Ollama, LM Studio). Their models appear as "
            "NAME/MODEL."), self, wordWrap=True)

        self.list = QListWidget(self, accessibleName=self.tr("Connections"),
                                currentItemChanged=self._chosen)
        self.add_button = QPushButton(self.tr("&New"), self, clicked=self.new)
        self.remove_button = QPushButton(self.tr("&Remove"), self, clicked=self.remove)
        left = fill(QVBoxLayout(), self.list,
                    fill(QHBoxLayout(), self.add_button, self.remove_button))

        self.name_edit = QLineEdit(self, placeholderText=self.tr("e.g. gpu-box"))
        self.url_edit = QLineEdit(self, placeholderText="http://192.168.1.20:8080/v1")
        self.key_edit = HintedLineEdit(self)
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("optional; kept in a file only you can read"))
        self.key_env_edit = HintedLineEdit(self)
        self.key_env_edit.setPlaceholderText(self.tr("or the name of a variable, e.g. "
                                                     "VLLM_API_KEY"))
        self.headers_edit = QPlainTextEdit(self)
        self.headers_edit.setPlaceholderText(self.tr("optional, one per line: Name: value"))
        self.headers_edit.setTabChangesFocus(True)
        self.headers_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.show_headers = QCheckBox(self.tr("Sho&w values"), self)
        self.show_headers.setToolTip(self.tr(
            "The API key and the header values may be secrets: they are masked until shown "
            "(header values can be edited once shown)."))
        self.show_headers.toggled.connect(self._reveal)
        self.headers_edit.installEventFilter(self)  # values typed are masked once left
        self.headers_edit.document().contentsChange.connect(self._typing)
        headers = fill(QVBoxLayout(), self.headers_edit, self.show_headers)
        self.timeout_edit = QSpinBox(self, minimum=1, maximum=int(ANSWER_TIMEOUT_MAX_S),
                                     value=int(ANSWER_TIMEOUT_S))
        self.timeout_edit.setToolTip(self.tr(
            "The longest wait for each part of an answer, in seconds; a slow server reading a "
            "long prompt may need more."))
        form = QFormLayout()
        form.addRow(self.tr("Na&me:"), self.name_edit)
        form.addRow(self.tr("&Address:"), self.url_edit)
        form.addRow(self.tr("API &key:"), self.key_edit)
        form.addRow(self.tr("Key from &variable:"), self.key_env_edit)
        headers_label = QLabel(self.tr("&Headers:"), self)
        headers_label.setBuddy(self.headers_edit)
        form.addRow(headers_label, headers)
        form.addRow(self.tr("Answer time&out (s):"), self.timeout_edit)
        self.test_button = QPushButton(self.tr("&Test connection"), self, clicked=self.test)
        self.save_button = QPushButton(self.tr("&Save"), self, clicked=self.save)
        for button in (self.add_button, self.remove_button, self.test_button):
            button.setAutoDefault(False)  # Enter in the form saves it
        self.save_button.setDefault(True)
        actions = fill(QHBoxLayout(), 1, self.test_button, self.save_button)
        self.status = Label(self, wordWrap=True,
                            textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.models = QListWidget(self, accessibleName=self.tr("Models of the server"))
        right = fill(QVBoxLayout(), form, actions, self.status, (self.models, 1))

        body = fill(QHBoxLayout(), (left, 1), (right, 2))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self,
                                   rejected=self.reject)
        column = QVBoxLayout(self)
        fill(column, intro, (body, 1), buttons)
        self.resize(820, 460)
        self.reload()

    # the list

    def reload(self, select: str | None = None) -> None:
        """Fill the list from the endpoints file and choose select (else the first one)."""
        with QSignalBlocker(self.list):
            self.list.clear()
            problem = None
            try:
                endpoints = self.store.load()
            except UserError as exc:
                endpoints, problem = [], exc
            for endpoint in endpoints:
                item = QListWidgetItem(f"{endpoint.name}  ({endpoint.host})", self.list)
                item.setData(Qt.ItemDataRole.UserRole, endpoint.name)
                item.setToolTip(endpoint.base_url)
        names = [e.name for e in endpoints]
        wanted = select if select in names else (names[0] if names else None)
        if wanted is None:
            self._blank()
        else:
            self._open(wanted)
        if problem is not None:
            self._show_error(problem)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        """Another connection was clicked: show it, once the form's changes are saved or
        dropped (Cancel keeps the form and its connection chosen)."""
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        if not self.may_leave():
            self._select(self.editing)
            return
        self._open(name)

    def _select(self, name: str | None) -> None:
        """Make the connection called name (None: none) the list's current one, quietly."""
        names = [self.list.item(row).data(Qt.ItemDataRole.UserRole)
                 for row in range(self.list.count())]
        with QSignalBlocker(self.list):
            self.list.setCurrentRow(names.index(name) if name in names else -1)
            if name not in names:
                self.list.clearSelection()

    def _open(self, name: str) -> None:
        """Choose the stored connection called name and show it in the form."""
        self._select(name)
        try:
            endpoint = self.store.get(name)
        except UserError as exc:
            self._show_error(exc)
            return
        self._fill(endpoint)

    def _fill(self, endpoint: Endpoint | None) -> None:
        """Show endpoint in the form (None: an empty form for a new one)."""
        self.editing = endpoint.name if endpoint else None
        self.name_edit.setText(endpoint.name if endpoint else "")
        self.url_edit.setText(endpoint.base_url if endpoint else "")
        self.key_edit.setText(endpoint.api_key if endpoint else "")
        self.key_env_edit.setText(endpoint.api_key_env if endpoint else "")
        self._set_headers(
            "\n".join(f"{k}: {v}" for k, v in endpoint.headers.items()) if endpoint else "")
        self.timeout_edit.setValue(round(endpoint.answer_timeout_s) if endpoint
                                   else int(ANSWER_TIMEOUT_S))
        self._loaded = self._form()
        self.remove_button.setEnabled(endpoint is not None)
        self._testing = None  # a test still running was of another form: its outcome goes
        self.test_button.setEnabled(True)
        self.models.clear()
        self.status.clear()
        self.status.setStyleSheet("")

    def new(self) -> None:
        """An empty form for a new connection (once the form's changes are saved or
        dropped)."""
        if self.may_leave():
            self._blank()
            self.name_edit.setFocus()

    def _blank(self) -> None:
        self._select(None)
        self._fill(None)

    # the form

    def _form(self) -> tuple[str, ...]:
        """What the form holds now (to tell whether it was changed)."""
        return (self.name_edit.text(), self.url_edit.text(), self.key_edit.text(),
                self.key_env_edit.text(), self.headers_text(), str(self.timeout_edit.value()))

    @property
    def changed(self) -> bool:
        """Whether the form holds changes that are not saved."""
        return self._form() != self._loaded

    def may_leave(self) -> bool:
        """Whether another connection may take the form's place: yes when nothing changed,
        else as the user answers (Save: when it saved; Discard; Cancel: no)."""
        if not self.changed:
            return True
        buttons = QMessageBox.StandardButton
        text = (self.tr("Save the changes to the connection {name}?").format(
            name=self.editing) if self.editing else self.tr("Save the new connection?"))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Connections"), text,
                          buttons.Save | buttons.Discard | buttons.Cancel, self,
                          textFormat=Qt.TextFormat.PlainText)
        box.setDefaultButton(buttons.Save)
        choice = exec_once(box)
        if choice == buttons.Save:
            return self.save()
        return choice == buttons.Discard

    def headers_text(self) -> str:
        """The headers as written (their values too, also while they are masked)."""
        if self.headers_edit.isReadOnly():
            return self._headers
        return self._typed if self._typing_masked else self.headers_edit.toPlainText()

    def _set_headers(self, text: str) -> None:
        """Put text in the headers field; the key and any header values masked (an empty
        field stays editable, what is typed in it masked)."""
        self.headers_edit.setReadOnly(False)
        self._typing_masked = False
        self._show_text(text)
        with QSignalBlocker(self.show_headers):
            self.show_headers.setChecked(False)
        self._reveal(False)

    def _show_text(self, text: str) -> None:
        """Put text in the headers field as it is (not taken for typing)."""
        self._masking = True
        try:
            self.headers_edit.setPlainText(text)
        finally:
            self._masking = False

    def _reveal(self, shown: bool) -> None:
        """Show the key and the header values (editable), or mask them (each header by its
        name; no headers: the field stays editable, values typed masked as they come)."""
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown
                                  else QLineEdit.EchoMode.Password)
        text = self.headers_text()
        self.headers_edit.setUndoRedoEnabled(shown)  # (undoing would show masked text)
        if shown:
            self._typing_masked = False
            self.headers_edit.setReadOnly(False)
            if self.headers_edit.toPlainText() != text:
                self._show_text(text)
        elif text.strip():
            self._typing_masked = False
            self._headers = text
            self._show_text("\n".join(f"{header_name(line)}: {MASK}"
                                      for line in text.splitlines() if line.strip()))
            self.headers_edit.setReadOnly(True)
        elif not self.headers_edit.isReadOnly():
            self._typed, self._typing_masked = text, True
            self._show_text(masked_typing(text))

    def _typing(self, position: int, removed: int, added: int) -> None:
        """Text typed, pasted or deleted in the field while its values are masked: taken
        into the headers' text, and the field shows it masked (the cursor where it was)."""
        if self._masking or not self._typing_masked:
            return
        shown = self.headers_edit.toPlainText()
        # (counts may pass the text's end by its last paragraph's end: slices stop there)
        self._typed = (self._typed[:position] + shown[position:position + added]
                       + self._typed[position + removed:])
        masked = masked_typing(self._typed)
        if masked == shown:
            return
        cursor = self.headers_edit.textCursor()
        anchor, at = cursor.anchor(), cursor.position()
        self._show_text(masked)
        cursor = self.headers_edit.textCursor()
        cursor.setPosition(min(anchor, len(masked)))
        cursor.setPosition(min(at, len(masked)), cursor.MoveMode.KeepAnchor)
        self.headers_edit.setTextCursor(cursor)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's
        if (watched is self.headers_edit and event.type() == QEvent.Type.FocusOut
                and not self.show_headers.isChecked()):
            self._reveal(False)
        return super().eventFilter(watched, event)

    def endpoint_from_form(self) -> Endpoint:
        """The endpoint the form describes; EndpointError when a field is unusable."""
        headers = dict(parse_header(line) for line in self.headers_text().splitlines()
                       if line.strip())
        return make_endpoint(self.name_edit.text(), self.url_edit.text(),
                             api_key=self.key_edit.text(),
                             api_key_env=self.key_env_edit.text(), headers=headers,
                             answer_timeout_s=self.timeout_edit.value())

    def save(self) -> bool:
        """Store the form's endpoint (a new one, or in place of the one being edited)."""
        try:
            endpoint = self.endpoint_from_form()
            self.store.add(endpoint, replace=self.editing)
        except UserError as exc:
            self._show_error(exc)
            return False
        self.reload(select=endpoint.name)
        self.status.setText(self.tr("Saved."))
        self.endpointsChanged.emit()
        return True

    def remove(self) -> None:
        """Remove the chosen endpoint, after asking."""
        if self.editing is None:
            return
        if not message_box(self, self.tr("Connections"), self.tr(
                "Remove the connection {name}? Answers already written with its models are "
                "kept.").format(name=self.editing), question=True):
            return
        try:
            self.store.remove(self.editing)
        except UserError as exc:
            self._show_error(exc)
            return
        self.reload()
        self.endpointsChanged.emit()

    # testing

    def test(self) -> None:
        """List the form's server's models (off the GUI thread); shows them or the error."""
        try:
            endpoint = self.endpoint_from_form()
        except UserError as exc:
            self._show_error(exc)
            return
        from chatapp.remote.client import RemoteClient

        client = RemoteClient(endpoint, offline=lambda: self.ctx.settings.offline)
        self.models.clear()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Connecting to {host}…").format(host=endpoint.host))
        self.test_button.setEnabled(False)
        self._testing = token = object()

        def listing():
            try:
                return client.list_models()
            finally:
                client.close()

        def mine(show):  # the outcome is shown only while its connection is
            def shown(outcome) -> None:
                if self._testing is token:
                    self._testing = None
                    show(outcome)
            return shown

        self._test = Background(listing, self, done=mine(self._tested),
                                failed=mine(self._test_failed)).start()

    def reject(self) -> None:
        """Close (and Esc, and the title bar's button) once the form's changes are saved or
        dropped."""
        if self.may_leave():
            super().reject()

    def _tested(self, models: list) -> None:
        self.test_button.setEnabled(True)
        self.models.clear()
        for model in models:
            text = model.model_id
            if model.context_length:
                text += "  " + self.tr("({tokens} tokens of context)").format(
                    tokens=number(model.context_length))
            self.models.addItem(text)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Connected. Models on the server: {count}").format(
            count=len(models)) if models else self.tr("Connected, but the server lists no "
                                                      "models."))
        self.testFinished.emit()

    def _test_failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        self._show_error(error)
        self.testFinished.emit()

    def _show_error(self, error: Exception) -> None:
        """Say what went wrong; a key refused or missing is mended in this form."""
        from chatapp.remote.errors import BAD_KEY, NEEDS_KEY

        template = getattr(error, "template", None)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(
            self.tr("The server refused this API key (HTTP 401): check the API key or the "
                    "variable above.") if template == BAD_KEY else
            self.tr("The server wants an API key (HTTP 401): enter it above, or the variable "
                    "that holds it.") if template == NEEDS_KEY else error_text(error))


def add_connections_action(window) -> None:
    """Put *Connections…* into the window's Models menu (before its first separator), and
    have the window's model list show each endpoint's models as soon as it answers."""
    menu = window.models_menu
    if getattr(window, "model_list", None) is not None:
        window.model_list.follow_listings()

    def show() -> None:
        dialog = getattr(window, "connections_dialog", None)
        if dialog is None:
            dialog = ConnectionsDialog(window.ctx, window)
            window.connections_dialog = dialog
            model_list = getattr(window, "model_list", None)
            if model_list is not None:  # the pickers list the endpoints' models anew
                dialog.endpointsChanged.connect(model_list.refresh_remote)
                dialog.testFinished.connect(model_list.refresh_remote)
        elif not dialog.isVisible():
            # shown again: the endpoints file as it is now (`chatapp remote add` or `rm`
            # may have changed it meanwhile), without the last message
            dialog.reload(dialog.editing)
            dialog.status.clear()
        bring_to_front(dialog)

    action = menu.addAction(QCoreApplication.translate("ModelsMenu", "&Connections…"), show)
    separators = [a for a in menu.actions() if a.isSeparator()]
    if separators:
        menu.removeAction(action)
        menu.insertAction(separators[0], action)
