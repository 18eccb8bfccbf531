"""The window's one way to run blocking core work off the GUI thread, its outcome as signals."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)


class Background(QObject):
    """Runs one blocking core call on a thread; the signals arrive on the GUI thread.

    `fn` may call `report(value)` from the thread to send progress. An exception without a
    translation template (a bug) is logged with its traceback before `failed` carries it.
    The done, failed and progressed arguments, where given, are connected to the signals.

    Signals:
        progressed(object): a value the call reported.
        done(object): the call's result.
        failed(object): the exception that ended it.
    """

    progressed = Signal(object)
    done = Signal(object)
    failed = Signal(object)
    _ended = Signal()  # (from the thread, as its last act: let go on the GUI thread)
    _alive: set[Background] = set()
    _quiet = False  # the app is closing: nothing is emitted any more

    def __init__(self, fn: Callable[[], object], parent: QObject | None = None,
                 name: str = "background", *, done: Callable | None = None,
                 failed: Callable | None = None, progressed: Callable | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        for signal, slot in ((self.done, done), (self.failed, failed),
                             (self.progressed, progressed)):
            if slot is not None:
                signal.connect(slot)
        self._thread = threading.Thread(target=self._run, daemon=True, name=name)
        self._ended.connect(self._let_go, Qt.ConnectionType.QueuedConnection)

    def start(self) -> Background:
        """Begin; returns self (the object is kept alive until the call ends)."""
        Background._alive.add(self)
        self._thread.start()
        return self

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the call to end (seconds; None: no limit); True if it has."""
        if self._thread.ident is not None:
            self._thread.join(timeout)
        return not self._thread.is_alive()

    @classmethod
    def wait_all(cls, timeout: float) -> bool:
        """When the app closes: from now on no call emits anything, and wait up to timeout
        seconds (in all) for the calls still running to end, before what they use is
        closed. True if they all have."""
        cls._quiet = True
        deadline = time.monotonic() + timeout
        return all([job.wait(max(0.0, deadline - time.monotonic())) for job in list(cls._alive)])

    def report(self, value: object) -> None:
        """Send progress (from the call's thread)."""
        self._tell(self.progressed, value)

    def _run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread to show
            if not getattr(exc, "template", None):
                log.exception("a background call failed")
            self._tell(self.failed, exc)
        else:
            self._tell(self.done, result)
        finally:
            try:
                self._ended.emit()
            except RuntimeError:  # deleted with its parent: nothing is left to let go
                Background._alive.discard(self)

    def _let_go(self) -> None:
        """(GUI thread) The call ended: once its thread is gone the object is no longer
        kept, so that its last reference never goes on another thread (where a QObject
        would be deleted under the GUI thread's feet)."""
        self.wait()
        Background._alive.discard(self)

    def deleteLater(self) -> None:  # noqa: N802 - Qt's name
        """Delete it once its thread has ended (a signal of the call's may still be
        returning there: deleting it then would pull the object from under it)."""
        self._let_go()
        super().deleteLater()

    def _tell(self, signal: Signal, value: object) -> None:
        """Emit value, unless the window that asked is gone (closed while the call ran:
        nobody is left to tell)."""
        if Background._quiet:
            return
        try:
            signal.emit(value)
        except RuntimeError:
            log.debug("a call ended after its window closed")
