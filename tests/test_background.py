"""Work off the GUI thread ends on the GUI thread: a Background or an answer's runner is
deleted there, never on its own thread and never while that thread is still returning from
its last signal (real Qt objects offscreen, real threads)."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt

from chatapp.ui.app import make_application
from chatapp.ui.background import Background


def test_a_background_nobody_keeps_is_deleted_on_the_gui_thread(qtbot) -> None:
    """A Background started and not kept (as the welcome's machine check is) is let go on
    the GUI thread once its call ended (was: its last reference went with its thread, which
    deleted the QObject there while the GUI thread delivered its done signal: a crash in
    libshiboken, now and then)."""
    make_application()
    results: list[object] = []
    where: list[str] = []
    job = Background(lambda: 42, name="lone", done=results.append)
    job.destroyed.connect(lambda *_: where.append(threading.current_thread().name),
                          Qt.ConnectionType.DirectConnection)
    job.start()
    del job
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    qtbot.waitUntil(lambda: where != [], timeout=5000)
    assert where == [threading.main_thread().name]


def test_delete_later_waits_for_the_thread_to_end(qtbot) -> None:
    """deleteLater in a done handler deletes the object only once its thread has returned
    from the signal (was: the GUI thread could delete it while the thread was still inside
    emit)."""
    make_application()
    job = Background(lambda: 1, name="tail")
    thread = job._thread
    told = job._tell

    def tell_then_linger(signal, value) -> None:  # the thread is slow to return from emit
        told(signal, value)
        time.sleep(0.3)

    job._tell = tell_then_linger
    running_at_deletion: list[bool] = []
    job.destroyed.connect(lambda *_: running_at_deletion.append(thread.is_alive()),
                          Qt.ConnectionType.DirectConnection)

    def done(_value: object) -> None:
        job.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    job.done.connect(done)
    job.start()
    qtbot.waitUntil(lambda: running_at_deletion != [], timeout=5000)
    assert running_at_deletion == [False]
