"""Show what other programs changed in the conversation database (the command line, another
window, the local API): the list of conversations, and the conversation on screen when it
grew there, checked every few seconds and before a message is sent."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 2000


class OutsideChanges(QObject):
    """Watches SQLite's data_version of the window's connection (a query, no file watch)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._version = window.ctx.store.outside_version()
        self._pending = False  # changed elsewhere, not looked at yet (an answer was running)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(CHECK_MS)

    def check(self) -> bool:
        """Refresh what changed elsewhere since the last check; True when the conversation
        on screen was shown again (it has messages that were not shown)."""
        w = self.window
        if not w.isVisible():  # closed (its database may be closed too)
            return False
        version = w.ctx.store.outside_version()
        if version != self._version:
            self._version, self._pending = version, True
            w.refresh_sidebar()
        conversation_id = w.conversation_id
        if (not self._pending or conversation_id is None or w.runner is not None
                or w.chat_view.editing()):
            return False  # (looked at once the answer ends or the editor closes)
        self._pending = False
        shown = w.chat_view.messages[-1].id if w.chat_view.messages else None
        try:
            stored = w.ctx.store.conversation(conversation_id)
        except KeyError:
            return False
        if stored.current_leaf_id == shown or stored.deleted_at is not None:
            return False
        w.open_conversation(conversation_id)
        return True

    def before_send(self, text: str) -> bool:
        """Check before text is sent; True (the text back in the message box, and why in
        the status bar) when the conversation grew elsewhere and is shown again first."""
        if not self.check():
            return False
        w = self.window
        w.composer.edit.setPlainText(text)
        w.statusBar().showMessage(self.tr(
            "This conversation changed in another window or program; it is shown again. "
            "Send again to go on."), 10000)
        return True
