"""The rotating log file. Only events go in: never message text, prompts or tokens."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file; a record that cannot be written (full disk) is dropped in silence
    rather than printed with a traceback on the user's terminal."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802
        pass


def setup_logging(folder: Path, level: int = logging.INFO) -> Path | None:
    """Send chatapp's log records to a rotating file in folder; return its path (None when
    it cannot be written: a read-only or full disk; the app runs on without a log)."""
    path = folder / "chatapp.log"
    root = logging.getLogger("chatapp")
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        quiet_libraries()
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    quiet_libraries()
    return path


def keep_terminal_quiet() -> None:
    """For the command line: library log records and Python warnings go to the log file
    (once there is one), never bare onto the user's terminal."""
    quiet_libraries()
    logging.captureWarnings(True)


def log_file() -> Path | None:
    """The file chatapp's log records go to now, if any."""
    return next((Path(handler.baseFilename) for handler in logging.getLogger("chatapp").handlers
                 if isinstance(handler, logging.handlers.RotatingFileHandler)), None)


LIBRARY_LOGGERS = ("huggingface_hub", "httpx", "httpx2", "httpcore", "urllib3", "filelock")


class _Libraries(logging.Handler):
    """The root logger's handler: the records of every library (pypdf's "EOF marker not
    found", Python warnings) go to the log file, never to the terminal, where logging
    would otherwise print them bare through its last-resort handler."""

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == "chatapp" or record.name.startswith("chatapp."):
            return  # the chatapp logger writes its own records
        for handler in logging.getLogger("chatapp").handlers:
            if isinstance(handler, _LogFile) and record.levelno >= handler.level:
                handler.handle(record)


def quiet_libraries() -> None:
    """Send the libraries' log records to the log file only, never to the terminal
    (huggingface_hub prints its retries on stderr by default, pypdf its repairs)."""
    root = logging.getLogger()
    if not any(isinstance(h, _Libraries) for h in root.handlers):
        root.addHandler(_Libraries())
    files = [h for h in logging.getLogger("chatapp").handlers if isinstance(h, _LogFile)]
    for name in LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.addHandler(logging.NullHandler())
        for handler in files:
            logger.addHandler(handler)
        logger.propagate = False
