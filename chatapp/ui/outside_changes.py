"""Show what other programs changed in the conversation database (the command line, another
window, the local API): the list of conversations, the conversation on screen when it grew
there, and its document collections when one was deleted there, checked every few seconds
and before a message is sent."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 2000
# checks the list waits while the pointer is over it, so that rows do not move under a
# click (an API answer that ends sorts its conversation to the top)
HOVER_WAITS = 3


class OutsideChanges(QObject):
    """Watches SQLite's data_version of the window's connection (a query, no file watch)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._version = window.ctx.store.outside_version()
        self._pending = False  # changed elsewhere, not looked at yet (an answer was running)
        self._gone: tuple[int | None, list[str]] = (None, [])  # deleted collections, not sent
        self._held = ""  # why the last message was held back (said in the status bar)
        self._waited = 0  # checks the list waited for the pointer to leave it
        self._timer = QTimer(self, timeout=self.check)
        self._timer.start(CHECK_MS)

    def check(self, now: bool = False) -> bool:
        """Refresh what changed elsewhere since the last check (while the pointer is over
        the conversation list, up to HOVER_WAITS checks later, unless now); True when the
        conversation on screen was shown again (it has messages that were not shown)."""
        w = self.window
        if not w.isVisible():  # closed (its database may be closed too)
            return False
        version = w.ctx.store.outside_version()
        if version != self._version and not now and self._waited < HOVER_WAITS \
                and w.sidebar.list.viewport().underMouse():
            self._waited += 1
            return False
        if version != self._version:
            self._version, self._pending, self._waited = version, True, 0
            gone = w.docs.deleted_since_shown()
            w.refresh_sidebar()
            w.docs.show_state()
            if gone:
                self._gone = (w.conversation_id, gone)
                w.statusBar().showMessage(self._gone_text(gone), 15000)
        conversation_id = w.conversation_id
        if (not self._pending or conversation_id is None or w.runner is not None
                or w.chat_view.editing()):
            return False  # (looked at once the answer ends or the editor closes)
        self._pending = False
        last = w.chat_view.messages[-1] if w.chat_view.messages else None
        try:
            stored = w.ctx.store.conversation(conversation_id)
        except KeyError:  # deleted for good there (`chatapp conversations rm`)
            w.new_conversation()
            w.statusBar().showMessage(self.tr(
                "The conversation on screen was deleted in another window or program."), 15000)
            return False
        # (an answer another program writes grows in place: shown again until it ends)
        writing = last is not None and last.role == "assistant" and last.finish_reason is None
        if stored.deleted_at is not None or (
                stored.current_leaf_id == (last.id if last else None) and not writing):
            return False
        w.open_conversation(conversation_id)
        return True

    def changed_here(self) -> None:
        """This process's local API stored an answer (its commits are not in data_version):
        the conversation on screen is shown again when it grew, as for a change elsewhere."""
        self._pending = True
        self.check(now=True)

    def _gone_text(self, names: list[str]) -> str:
        return self.tr("The document collection {names} was deleted in another window or "
                       "program: this conversation's answers no longer search it.").format(
            names=", ".join(names))

    def before_send(self, text: str) -> bool:
        """Check before text is sent; True (the text back in the message box, and why in
        the status bar) when the conversation grew elsewhere and is shown again first, or
        when a collection it searched was deleted there since the last message."""
        shown_again = self.check(now=True)
        w = self.window
        (conversation_id, gone), self._gone = self._gone, (None, [])
        gone = gone if conversation_id == w.conversation_id else []
        if not shown_again and not gone:
            if w.statusBar().currentMessage() == self._held:  # said: sent now after all
                w.statusBar().clearMessage()
            return False
        w.composer.set_draft(text)
        self._held = self.tr(
            "This conversation changed in another window or program; it is shown again. "
            "Send again to go on.") if shown_again else self._gone_text(gone) + " " + self.tr(
            "Send again to go on.")
        w.statusBar().showMessage(self._held, 15000)
        return True
