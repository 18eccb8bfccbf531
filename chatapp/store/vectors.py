"""sqlite-vec in every database connection this process opens, for vector search over
document chunks.

Python's own ``sqlite3`` may be built without ``enable_load_extension`` (pyenv's and some
distributions' builds are), while the SQLite library under it still runs extensions. So the
extension is registered with SQLite's ``sqlite3_auto_extension``, found in the very library
that Python's ``_sqlite3`` module uses: every connection opened afterwards has ``vec0`` and
the ``vec_*`` functions. Where that cannot work, vector search is off and search goes by
words only (BM25).
"""

from __future__ import annotations

import ctypes
import logging
import threading

log = logging.getLogger(__name__)

_lock = threading.Lock()
_state: dict[str, object] = {}


def enable_vectors() -> bool:
    """Make sqlite-vec part of every SQLite connection opened from now on (once per process).
    Returns whether it is available; never raises."""
    with _lock:
        if "ok" in _state:
            return bool(_state["ok"])
        try:
            _register()
            _state["ok"] = True
        except Exception as exc:  # noqa: BLE001 - no vectors: words only, said once
            log.warning("vector search is not available: %s", exc)
            _state["ok"] = False
            _state["reason"] = str(exc)
        return bool(_state["ok"])


def vectors_available() -> bool:
    """Whether sqlite-vec is loaded into new connections (registering it if needed)."""
    return enable_vectors()


def _register() -> None:
    """Register sqlite-vec's entry point as an automatic extension of Python's SQLite."""
    import _sqlite3

    import sqlite_vec

    library = ctypes.CDLL(_sqlite3.__file__)  # its symbols and those of libsqlite3 under it
    extension = ctypes.CDLL(sqlite_vec.loadable_path() + _suffix())
    entry = extension.sqlite3_vec_init
    auto_extension = library.sqlite3_auto_extension
    auto_extension.argtypes = [ctypes.c_void_p]
    auto_extension.restype = ctypes.c_int
    address = ctypes.cast(entry, ctypes.c_void_p).value
    code = auto_extension(address)
    if code != 0:
        raise RuntimeError(f"sqlite3_auto_extension returned {code}")
    _state["keep"] = (library, extension)  # the entry point must outlive every connection
    import sqlite3

    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("SELECT vec_version()").fetchone()
    finally:
        probe.close()


def _suffix() -> str:
    """The file suffix sqlite_vec.loadable_path() leaves out (it names the file for
    SQLite's loader, which adds it)."""
    import sys

    if sys.platform == "win32":
        return ".dll"
    if sys.platform == "darwin":
        return ".dylib"
    return ".so"
