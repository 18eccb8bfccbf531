"""The rotating log file. Only events go in: never message text, prompts or tokens."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Send chatapp's log records to a rotating file in folder; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "chatapp.log"
    root = logging.getLogger("chatapp")
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
