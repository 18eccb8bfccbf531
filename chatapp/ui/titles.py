"""Titles a conversation in the background (the model when it is loaded, else a rule)."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from chatapp.chat import Chat
from chatapp.library import LocalModel

log = logging.getLogger(__name__)


class TitleRunner(QObject):
    """Makes one conversation's title off the GUI thread.

    Signals:
        titleChanged(int, str): conversation id and its new title.
    """

    titleChanged = Signal(int, str)

    def __init__(self, chat: Chat, conversation_id: int, model: LocalModel | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chat = chat
        self.conversation_id = conversation_id
        self.model = model
        self._thread = threading.Thread(target=self._run, daemon=True, name="title")

    def start(self) -> None:
        """Begin."""
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until done; True if it is."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            title = self.chat.make_title(self.conversation_id, self.model)
        except Exception:
            log.exception("making a title failed")
            title = self.chat.store.conversation(self.conversation_id).title
        self.titleChanged.emit(self.conversation_id, title)
