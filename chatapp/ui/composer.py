"""Where the user writes: Enter sends, Shift+Enter starts a new line; Send turns into Stop."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from chatapp.settings import SAMPLING_RANGES
from chatapp.ui.label import ElidedButton, Label, shortened
from chatapp.ui.layouts import fill
from chatapp.ui.model_list import ModelPicker
from chatapp.ui.units import number

MAX_LINES = 8
LEAST_BUTTON_PX = 72  # the settings buttons' width at the least (their text cut with "…")
METER_LEAST_PX, METER_MOST_PX = 150, 260  # the context meter's width (more when its text needs)
METER_PADDING_PX = 20  # beside the meter's text: its frame and a margin each side


class MessageEdit(QPlainTextEdit):
    """A text box that grows with its text up to a few lines.

    Signals:
        submitted(): Enter was pressed without Shift.
        filesDropped(list): local files or folders were dropped on it (their paths).
    """

    submitted = Signal()
    filesDropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.document().contentsChanged.connect(self._grow)
        self._hints = ("", "")
        self._grow()

    def set_hint(self, full: str, short: str) -> None:
        """The placeholder: full where it fits on one line, else short, else short cut with
        "…"."""
        self._hints = (full, short)
        self._fit_hint()

    def _fit_hint(self) -> None:
        full, short = self._hints
        metrics = self.fontMetrics()
        room = self.viewport().width() - 2 * int(self.document().documentMargin()) - 4
        text = next((t for t in (full, short) if metrics.horizontalAdvance(t) <= room),
                    metrics.elidedText(short, Qt.TextElideMode.ElideRight, max(0, room)))
        if text != self.placeholderText():
            self.setPlaceholderText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (a new width wraps the lines anew)
        super().resizeEvent(event)
        self._grow()
        self._fit_hint()

    def canInsertFromMimeData(self, source) -> bool:  # noqa: N802
        return bool(_local_paths(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source) -> None:  # noqa: N802
        paths = _local_paths(source)
        if paths:
            self.filesDropped.emit(paths)
            return
        super().insertFromMimeData(source)

    def _grow(self) -> None:
        lines = max(1, int(self.document().size().height()))
        shown = min(MAX_LINES, lines)
        margins = self.contentsMargins()
        height = (self.fontMetrics().lineSpacing() * shown
                  + int(2 * self.document().documentMargin())
                  + margins.top() + margins.bottom() + 4)
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if lines > MAX_LINES
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setFixedHeight(height)


def _local_paths(source) -> list[str]:
    """The local files and folders a drop carries (none for text)."""
    if source is None or not source.hasUrls():
        return []
    return [url.toLocalFile() for url in source.urls() if url.isLocalFile()]


class FileDropRouter(QObject):
    """Files dropped anywhere on `area` (the conversation, the model row) go to the message
    box, as if dropped on it: its filesDropped signal carries their paths. Text dropped
    elsewhere than the box is left alone."""

    def __init__(self, area: QWidget, edit: MessageEdit) -> None:
        super().__init__(area)
        self.edit = edit
        area.setAcceptDrops(True)
        area.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop) \
                and _local_paths(event.mimeData()):
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                self.edit.insertFromMimeData(event.mimeData())
            return True
        return super().eventFilter(watched, event)


class Composer(QWidget):
    """The message box with its Send/Stop button, the model for the next answer, the
    conversation's settings and the context meter.

    Signals:
        sendRequested(str): the user sent a message.
        stopRequested(): the user wants the answer to stop.
        draftChanged(str): the text being written changed (after a short pause).
        settingsRequested(): open the conversation's system prompt and parameters.
        modelSettingsRequested(): open the picked model's settings (context, GPU layers).
        filesDropped(list): documents were dropped on the message box (their paths).
        attachRequested(): the user wants to pick documents for the conversation.
    """

    sendRequested = Signal(str)
    stopRequested = Signal()
    draftChanged = Signal(str)
    settingsRequested = Signal()
    modelSettingsRequested = Signal()
    filesDropped = Signal(list)
    attachRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_box = ModelPicker(self)
        self.model_box.setAccessibleName(self.tr("Model for the next answer"))
        self.model_box.setToolTip(self.tr("Model for the next answer"))
        # long model names are cut, so that the window fits small screens (1024 px)
        self.model_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_box.setMinimumContentsLength(10)  # narrower before the buttons are cut
        self.model_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.model_box.setMaximumWidth(420)
        model_label = Label(self.tr("Mod&el:"), self)  # not M: the Models menu has it
        model_label.setBuddy(self.model_box)
        # in a narrow window the buttons go to a row of their own, and in a narrower one
        # their texts are cut, not the window kept wide
        self.model_settings_button = ElidedButton(self.tr("Model settings…"), self,
                                                  least=LEAST_BUTTON_PX)
        self.model_settings_button.setAccessibleName(self.tr("Model settings"))
        self.model_settings_button.setToolTip(
            self.tr("Context length, GPU layers and what the model file recommends"))
        self.model_settings_button.clicked.connect(self.modelSettingsRequested)
        self.settings_button = ElidedButton(self.tr("System prompt && parameters…"), self,
                                            least=LEAST_BUTTON_PX)
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setAccessibleName(self.tr("System prompt and parameters"))
        self.settings_button.clicked.connect(self.settingsRequested)
        self.meter = QProgressBar(self, objectName="contextMeter",
                                  accessibleName=self.tr("Context used"),
                                  minimumWidth=METER_LEAST_PX, maximumWidth=METER_MOST_PX,
                                  textVisible=True)
        self.meter.setRange(0, 1)
        self.meter.setValue(0)
        self.meter.setFormat("")
        tools = fill(QHBoxLayout(), model_label,
                     (self.model_box, 1),  # widens (to 420 px) before the gap does
                     self.model_settings_button, self.settings_button, 0, self.meter)
        tools.setContentsMargins(0, 0, 0, 0)
        self.tools = tools
        self.tools_below = fill(QHBoxLayout(), 1)  # the buttons, where one row is too narrow
        self.tools_below.setContentsMargins(0, 0, 0, 0)
        self._one_row = [model_label, self.model_box, self.meter]
        self._buttons: list[QWidget] = [self.model_settings_button, self.settings_button]
        self._buttons_below = False
        self._draft_timer = QTimer(self, singleShot=True, interval=250,
                                   timeout=lambda: self.draftChanged.emit(self.edit.toPlainText()))
        self.edit = MessageEdit(self)
        self.edit.set_hint(self.tr("Write a message… (Enter sends, Shift+Enter: new line)"),
                           self.tr("Write a message…"))
        self.edit.setAccessibleName(self.tr("Message"))
        self.attach_button = QPushButton(self.tr("Attach…"), self, flat=True,
                                         accessibleName=self.tr("Attach documents"))
        self.attach_button.clicked.connect(self.attachRequested)
        self.button = QPushButton(self.tr("Stop"), self, objectName="sendButton",
                                  accessibleName=self.tr("Send"), default=True)
        stop = self.button.sizeHint().width()  # Send and Stop as wide: the box keeps its width
        self.button.setText(self.tr("Send"))
        self.button.setMinimumWidth(max(stop, self.button.sizeHint().width()))
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 6, 16, 12)
        column.setSpacing(4)
        fill(column, tools, self.tools_below)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(layout)
        self.edit.textChanged.connect(self._draft_timer.start)
        self.edit.submitted.connect(self.submit)
        self.edit.filesDropped.connect(self.filesDropped)
        self.button.clicked.connect(self._clicked)
        self.busy = False

    def add_button(self, button: QWidget) -> None:
        """Put button after the last one (System prompt & parameters first), on its row."""
        row = self.tools_below if self._buttons_below else self.tools
        row.insertWidget(row.indexOf(self._buttons[-1]) + 1, button)
        self._buttons.append(button)
        self._place_buttons()

    def _one_row_width(self) -> int:
        """Pixels the model, the buttons (whole) and the meter need on one row."""
        shown = [w for w in self._one_row + self._buttons if not w.isHidden()]
        hints = [self.model_box.minimumSizeHint().width() if w is self.model_box
                 else self.meter.minimumWidth() if w is self.meter
                 else min(w.sizeHint().width(), w.maximumWidth())
                 for w in shown]
        margins = self.layout().contentsMargins()
        return sum(hints) + self.tools.spacing() * len(hints) + margins.left() + margins.right()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as one row of tools needs (the conversation list gives up width for it
        before the buttons go to a row below)."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._one_row_width()), hint.height())

    def _place_buttons(self) -> None:
        """The buttons beside the model where they fit there whole, else on a row below."""
        below = self.width() < self._one_row_width()
        if below == self._buttons_below:
            return
        self._buttons_below = below
        for i, button in enumerate(self._buttons):
            if below:
                self.tools_below.insertWidget(i, button)
            else:
                self.tools.insertWidget(2 + i, button)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_buttons()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a button's text changed its width
            self._place_buttons()
        return super().event(event)

    def set_draft(self, text: str) -> None:
        """Put a conversation's unsent text in the box, the cursor at its end."""
        self.edit.setPlainText(text)
        self.edit.moveCursor(QTextCursor.MoveOperation.End)

    def set_busy(self, busy: bool) -> None:
        """Show Stop while an answer streams, Send otherwise."""
        self.busy = busy
        self.button.setText(self.tr("Stop") if busy else self.tr("Send"))
        self.button.setAccessibleName(self.button.text())
        self.button.setObjectName("stopButton" if busy else "sendButton")
        self.button.style().unpolish(self.button)
        self.button.style().polish(self.button)

    def show_settings(self, system_prompt: str, params: dict) -> None:
        """Mark the System prompt & parameters button while the conversation has a system
        prompt or parameters of its own; its tooltip says which."""
        own = [f"{key} = {value}" for key, value in sorted(params.items())
               if key in SAMPLING_RANGES or key == "max_tokens"]
        lines = ([self.tr("System prompt: {text}").format(text=shortened(system_prompt))]
                 if system_prompt.strip() else [])
        if own:
            lines.append(self.tr("Own parameters: {list}").format(list=", ".join(own)))
        if self.settings_button.property("own") != bool(lines):  # coloured (not bold: as wide)
            self.settings_button.setProperty("own", bool(lines))
            self.settings_button.style().unpolish(self.settings_button)
            self.settings_button.style().polish(self.settings_button)
        said = "\n".join(lines) or self.tr("No system prompt; the default parameters")
        self.settings_button.setToolTip(said)
        self.settings_button.setAccessibleDescription(said)  # not by its colour alone

    def set_meter(self, used: int, total: int, estimated: bool = False,
                  sources: int = 0, room: int = 0, left_out: int = 0) -> None:
        """Show how much of the model's context the conversation and draft would use (with
        sources: that many tokens of it set aside for document sources; total 0: the
        context length is not known, as of a server that does not say it). It turns red
        past 90 % or where the answer's room (tokens kept free for it) would be cut into:
        sending then asks what to leave out. left_out: the oldest messages the next send
        leaves out (not counted in used; marked ✂, the tooltip says how many)."""
        self.meter.setRange(0, max(total, 1))
        self.meter.setValue(min(used, total) if total > 0 else 0)
        self.meter.setProperty("full", total > 0 and used > min(total * 0.9, total - room))
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        if total <= 0:
            self.meter.setFormat(("≈ " if estimated else "") + self.tr(
                "{used} / ? tokens").format(used=number(used)))
            self.meter.setToolTip(self.tr(
                "The server does not say how long its model's context is: answers that end "
                "early may mean the conversation filled it."))
            return
        text = self.tr("{used} / {total} tokens").format(used=number(used), total=number(total))
        self._fit_meter(max(total, used))  # (the room of its own context: a window's
        # least width grows only for a model of a longer one)
        if left_out:  # marked where it shows: the meter alone looks nearly empty then
            text = "✂ " + text
        self.meter.setFormat(("≈ " if estimated else "") + text)
        tip = (self.tr("Context used: about {used} of {total} tokens (≈: an estimate from the "
                       "text's length; the model counts them once it is loaded and free)")
               if estimated else self.tr("Context used: {used} of {total} tokens")).format(
                   used=number(used), total=number(total))
        if sources:
            tip += "\n" + self.tr("of which up to {sources} for document sources").format(
                sources=number(sources))
        if room:
            tip += "\n" + self.tr("Kept free for the answer: {room} tokens").format(
                room=number(room))
        if left_out:
            tip += "\n" + self.tr("Left out to fit, as chosen for this conversation: the "
                                   "oldest {count} messages").format(count=number(left_out))
        self.meter.setToolTip(tip)

    def _fit_meter(self, top: int) -> None:
        """Make the meter wide enough for its longest text, a count of top tokens of top
        marked ✂ and ≈, in the language shown (was: "≈ 12 / 1,048,576 tokens" filled it
        edge to edge, and a longer language's words were cut)."""
        widest = "✂ ≈ " + self.tr("{used} / {total} tokens").format(used=number(top),
                                                                     total=number(top))
        need = self.meter.fontMetrics().horizontalAdvance(widest) + METER_PADDING_PX
        self.meter.setMinimumWidth(max(METER_LEAST_PX, need))
        self.meter.setMaximumWidth(max(METER_MOST_PX, need))

    def submit(self) -> None:
        """Send the text unless an answer is still streaming or the box is empty."""
        text = self.edit.toPlainText()
        if self.busy and text.strip():  # said where the user looks: Enter did nothing
            why = self.tr("An answer is being written: your message waits here until it ends "
                          "(Esc stops the answer).")
            QToolTip.showText(self.button.mapToGlobal(QPoint(0, -self.button.height())), why,
                              self.button)
            window = self.window()
            if isinstance(window, QMainWindow):  # and where it stays a while
                window.statusBar().showMessage(why, 10000)
        if self.busy or not text.strip():
            return
        self.edit.clear()
        self.sendRequested.emit(text)

    def _clicked(self) -> None:
        if self.busy:
            self.stopRequested.emit()
        else:
            self.submit()
