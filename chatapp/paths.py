"""Where chatapp keeps its files: platformdirs locations, or one folder under CHATAPP_HOME."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from chatapp import APP_NAME
from chatapp.errors import QT_TRANSLATE_NOOP, UserError

HOME_NOT_A_FOLDER = QT_TRANSLATE_NOOP(
    "errors", "CHATAPP_HOME is {path}, which is not a folder: set it to a folder (it is made "
    "when it does not exist yet).")


@dataclass(frozen=True)
class Paths:
    """The folders chatapp writes to."""

    data: Path
    config: Path
    cache: Path
    logs: Path

    @property
    def database(self) -> Path:
        """The SQLite file holding all conversations."""
        return self.data / "chatapp.db"

    @property
    def models(self) -> Path:
        """The folder of the local model library."""
        return self.data / "models"

    @property
    def card_claims(self) -> Path:
        """Where the evaluation results model cards declare are kept (hub.card_cache)."""
        return self.cache / "card-claims"

    @property
    def settings_file(self) -> Path:
        """The settings file."""
        return self.config / "settings.json"

    def ensure(self) -> Paths:
        """Create every folder (private to the user) and return self. A folder that cannot
        be created (a read-only disk) is left out: what needs it says so when used."""
        for folder in (self.data, self.config, self.cache, self.logs, self.models):
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError:
                continue
        return self


def write_private(path: Path, text: str) -> None:
    """Write text to path atomically as a file only this user can read (mode 0600, its folder
    0700): for secrets such as access tokens and API keys. OSError names path (not the
    file beside it the text goes through)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:  # said of the file the user knows, not of the one beside it
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.filename == str(tmp):
            exc.filename = str(path)
        raise


def write_file(path: str | os.PathLike[str], text: str, newline: str | None = None) -> None:
    """Write text (UTF-8) to a file the user chose, whole or not at all: into a file beside
    it, then moved over it, so that a full disk or a crash leaves the old file as it was and
    no part of the new one. A new file is this user's alone (0600, as conversations are
    private); one written over keeps its permissions, a link the file it points to. What
    is no regular file (a pipe, /dev/stdout) is written as it is. OSError as open() raises
    it."""
    path = Path(os.path.realpath(path))
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        with open(path, "w", encoding="utf-8", newline=newline) as f:
            f.write(text)
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as f:
            f.write(text)
        if mode is not None:
            os.chmod(tmp, stat.S_IMODE(mode))
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and exc.filename in (None, tmp):  # the file it is for
            exc.filename = str(path)
        raise


def append_file(path: str | os.PathLike[str], text: str) -> None:
    """Add text (UTF-8) at the end of a file that grows (an evaluation's results): a new
    file is this user's alone (0600), as write_file makes them; one there keeps its
    permissions. OSError as open() raises it."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as f:
        f.write(text)


def read_json(path: Path, kind: type[dict] | type[list] = dict) -> Any:
    """What one of the app's JSON files holds, where it is a kind (dict or list); an empty
    one where the file is missing, unreadable, damaged or holds something else."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return kind()
    return data if isinstance(data, kind) else kind()


def write_json(path: Path, data: object, indent: int | None = 1) -> None:
    """Write data as JSON to one of the app's files (its folder made), whole or not at all
    (see write_file); OSError names path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_file(path, json.dumps(data, indent=indent))


def app_paths() -> Paths:
    """The folders for this user; CHATAPP_HOME moves all of them under one folder.
    UserError when CHATAPP_HOME names something that is not a folder."""
    home = os.environ.get("CHATAPP_HOME")
    if home:
        root = Path(home).expanduser().resolve()
        if root.exists() and not root.is_dir():
            raise UserError(HOME_NOT_A_FOLDER, path=str(root))
        return Paths(root / "data", root / "config", root / "cache", root / "logs")
    return Paths(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
