"""Model worker processes that end with the app, however the app ends.

The app starts each worker with the pid to watch (``CHATAPP_PARENT_PID``). On Linux the worker
asks the kernel for SIGKILL when its parent goes (``PR_SET_PDEATHSIG``): that works even while
one of its threads is busy and holds Python's lock. The signal follows the *thread* that
started the child, so workers are started from one thread that lives as long as the app.
Elsewhere, and as a second guard, a thread in the worker checks the parent every second.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

PARENT_ENV = "CHATAPP_PARENT_PID"
WATCH_INTERVAL_S = 1.0
_PR_SET_PDEATHSIG = 1

_spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker-spawner")


def spawn(args: list[str], env: dict[str, str], **options: Any) -> subprocess.Popen[bytes]:
    """Start a worker process (from the app's long-lived spawner thread); options go to
    subprocess.Popen. OSError as Popen raises it."""
    env = {**env, PARENT_ENV: str(os.getpid())}
    return _spawner.submit(subprocess.Popen, args, env=env, **options).result()


def die_with_parent() -> None:
    """Make this process end when the process that started it ends (call first thing)."""
    try:
        parent = int(os.environ.get(PARENT_ENV) or 0)
    except ValueError:
        parent = 0
    if not parent:
        return
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != parent:  # it ended before the request above took effect
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(WATCH_INTERVAL_S)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()
