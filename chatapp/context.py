"""Everything a running chatapp needs, opened in one place for the window and the CLI."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from chatapp.catalogue import Catalogue
from chatapp.chat import Chat, title_from
from chatapp.engine import Engine
from chatapp.errors import DiskFull
from chatapp.library import Library
from chatapp.logs import setup_logging
from chatapp.paths import Paths, app_paths
from chatapp.settings import Settings, SettingsFile
from chatapp.store import DatabaseBusy, DatabaseError, Store
from chatapp.store.repository import SAY_BUSY_AFTER_MS

log = logging.getLogger(__name__)

TRASH_KEEP_S = 30 * 24 * 3600


@dataclass
class AppContext:
    """The open parts of the app."""

    paths: Paths
    settings_file: SettingsFile
    settings: Settings
    store: Store
    library: Library
    engine: Engine
    chat: Chat
    instance_lock: IO[bytes] | None
    catalogue: Catalogue
    closed: bool = False
    # the local API's requests logged while the app runs (chatapp.api.service.LogEntry),
    # oldest first: kept when the window opens again in another language
    api_log: list[Any] = field(default_factory=list)
    # the variants made while the app runs, one list for compare panes, the arena and
    # Evaluate (chatapp.ui.variant_pool.VariantPool, made by the first window that asks)
    variants: Any = None

    def save_settings(self) -> None:
        """Write the settings file."""
        self.settings_file.save(self.settings)

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers, close the endpoints' connections and the database; the last
        chatapp to close deletes what was moved to the trash for good (Undo ends here). Once
        only: a second call does nothing."""
        if self.closed:
            return
        self.closed = True
        self.chat.pipeline.close()
        self.engine.close()
        self.catalogue.close()
        if self.store.read_only is None and _last_instance(self.instance_lock):
            try:
                with self.store.patience(SAY_BUSY_AFTER_MS):
                    self.store.delete_blind_rounds()
                    self.store.empty_trash(title_of=title_from)
            except DatabaseError as exc:  # busy, full or damaged: emptied at the next start
                log.info("the trash is emptied at the next start: %s", exc.template)
        self.store.close()
        if self.instance_lock is not None:
            self.instance_lock.close()


def _first_instance(paths: Paths) -> tuple[bool, IO[bytes] | None]:
    """Hold a shared lock while running; report whether no other chatapp was running."""
    try:
        import fcntl  # noqa: F401 - (no flock here: no lock to share)
    except ImportError:
        return True, None
    try:
        handle = open(paths.data / "instance.lock", "ab")  # noqa: SIM115
    except OSError:  # a read-only folder: nothing to recover, no lock to share
        return False, None
    return _last_instance(handle), handle


def _last_instance(lock: IO[bytes] | None) -> bool:
    """Whether no other chatapp runs now (the shared lock taken alone for a moment, then
    held shared again)."""
    if lock is None or lock.closed:
        return lock is None
    import fcntl

    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        alone = True
    except OSError:
        alone = False
    fcntl.flock(lock, fcntl.LOCK_SH)
    return alone


def open_app(paths: Paths | None = None,
             on_busy: Callable[[DatabaseBusy], None] | None = None) -> AppContext:
    """Open settings, the database and the library; DatabaseError if the database is unusable.
    on_busy: the store's (told when a write waits for another program's lock)."""
    paths = (paths or app_paths()).ensure()
    setup_logging(paths.logs)
    settings_file = SettingsFile(paths.settings_file)
    settings = settings_file.load()
    alone, lock = _first_instance(paths)
    try:
        store = Store(paths.database)
        store.on_busy = on_busy
    except BaseException:
        if lock is not None:
            lock.close()
        raise
    if store.read_only is None:
        try:
            with store.patience(SAY_BUSY_AFTER_MS):  # another program's lock: not waited for
                if alone:
                    count = store.mark_interrupted()
                    if count:
                        log.info("marked %d unfinished answers as interrupted", count)
                    store.delete_blind_rounds()  # of an app that ended before it could
                store.empty_trash(0.0 if alone else TRASH_KEEP_S, title_from)  # Undo ended
                # what went is out of the file now, not at the next close (after a crash the
                # journal holds it, and the file the pages it had before)
                store.checkpoint(SAY_BUSY_AFTER_MS)
        except (DatabaseBusy, DiskFull):  # tidying can wait for the next start
            log.info("the database is busy or full: recovery and trash emptying left for later")
    if settings.offline:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["CHATAPP_OFFLINE_SETTING"] = "1"  # set by the app: the switch may undo it
    engine = Engine(n_ctx=settings.context_length, n_threads=settings.threads)
    library = Library(paths)
    catalogue = Catalogue(library, paths, offline=lambda: settings.offline)
    chat = Chat(store, engine, catalogue)
    chat.pipeline.model_options = settings.model_options
    # the chat templates chosen in the window: every front end's answers use them (the
    # command line's eval, chat and serve as the window's)
    chat.pipeline.template_overrides.update(
        {k: v for k, v in getattr(settings, "template_overrides", {}).items()
         if isinstance(k, str) and isinstance(v, str)})

    def options_for(path: Path) -> dict:
        try:
            return chat.pipeline.load_options(library.describe(path))
        except OSError:
            return {}

    engine.options_for = options_for
    return AppContext(paths, settings_file, settings, store, library, engine, chat, lock,
                      catalogue)
