"""Runs a core Answer on a thread (a Background's) and turns its stream into batched Qt
signals."""

from __future__ import annotations

import json
import logging
import time

from PySide6.QtCore import QObject, Signal

from chatapp.answers import Answer
from chatapp.errors import UserError, unexpected_error
from chatapp.logs import log_file
from chatapp.ui.background import Background

log = logging.getLogger(__name__)

BATCH_S = 0.03


class AnswerRunner(QObject):
    """Streams one answer off the GUI thread.

    Signals:
        textChanged(int, str, int): message id, new text since the last signal (≤ 1 per
            30 ms), and the length of the whole text once it is added (`text` up to there).
        reasoningChanged(int, str, int): the same for the model's reasoning.
        finished(int): message id; the stored message is final (unless answer.unsaved).
        unsavedChanged(int, bool): message id, whether the text so far could not be saved
            (a full disk): it is kept in memory meanwhile.

    Attributes:
        text: the answer's text as sent so far; it only grows (but once, when the text
            before was reasoning after all), so a view that missed some signals (it showed
            another conversation) catches up from a prefix of it.
        reasoning: the reasoning as sent so far (grows the same way).
        error: the known failure that ended the answer before it could be stored, if any.
    """

    textChanged = Signal(int, str, int)
    reasoningChanged = Signal(int, str, int)
    finished = Signal(int)
    unsavedChanged = Signal(int, bool)

    def __init__(self, answer: Answer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.answer = answer
        self.message_id = answer.message.id
        self.conversation_id = answer.message.conversation_id
        self.text = answer.text
        self.reasoning = answer.reasoning
        self.error: UserError | None = None
        self._unsaved = False
        self._job = Background(self._run, self, "answer")

    def start(self) -> None:
        """Begin streaming."""
        self._job.start()

    def cancel(self) -> None:
        """Stop the answer at the next token."""
        self.answer.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the stream to end (one never started has nothing to wait for); True if
        it did."""
        return self._job.wait(timeout)

    def deleteLater(self) -> None:  # noqa: N802 - Qt's name
        """Delete it once its thread has ended (finished may still be returning there:
        deleting it then would pull the object from under it)."""
        self._job.deleteLater()
        super().deleteLater()

    def _run(self) -> None:
        last = time.monotonic()
        try:
            for _piece in self.answer:
                now = time.monotonic()
                if now - last >= BATCH_S:
                    self._emit("reasoning", self.reasoningChanged)
                    self._emit("text", self.textChanged)
                    last = now
                    self._report_unsaved()
        except UserError as exc:  # a known failure (busy database, full disk): one line
            log.warning("an answer stopped: %s", exc.template)
            self.error = exc
            try:
                self.answer.store.finish_message(
                    self.message_id, self.answer.text, "error", error=str(exc),
                    error_data=json.dumps(exc.to_dict(), ensure_ascii=False))
            except UserError:
                log.warning("could not store the failed answer")
        except Exception as exc:
            log.exception("an answer stream failed")
            # the same line as every unexpected failure: its kind and the log file's path,
            # stored as data too so that the bubble says it in the user's language
            failure = unexpected_error(exc, log_file())
            try:
                self.answer.store.finish_message(
                    self.message_id, self.answer.text, "error", error=str(failure),
                    error_data=json.dumps(failure.to_dict(), ensure_ascii=False),
                )
            except Exception:
                log.exception("could not store the failed answer")
        self._emit("reasoning", self.reasoningChanged)
        self._emit("text", self.textChanged)
        self._report_unsaved()
        self.finished.emit(self.message_id)

    def _emit(self, part: str, signal: Signal) -> None:
        """Say the answer's new text (part "text") or reasoning ("reasoning") with signal;
        all of it when the text before was taken back (it was reasoning after all): then the
        piece is the whole text."""
        text, before = getattr(self.answer, part), getattr(self, part)
        if text != before:
            piece = text[len(before):] if text.startswith(before) else text
            setattr(self, part, text)
            signal.emit(self.message_id, piece, len(text))

    def _report_unsaved(self) -> None:
        unsaved = self.answer.unsaved is not None
        if unsaved != self._unsaved:
            self._unsaved = unsaved
            self.unsavedChanged.emit(self.message_id, unsaved)
