"""Where chatapp keeps its files: platformdirs locations, or one folder under CHATAPP_HOME."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from collections.abc import Iterable
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
    def evals(self) -> Path:
        """The folder of the evaluations' reports (one folder each), unless one is chosen."""
        return self.data / "evals"

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
    write_files({path: text}, newline)


def _write_beside(path: Path, text: str, newline: str | None, mode: int | None) -> str:
    """The name of a new file beside path holding text (with mode's permissions where path
    has them); on failure nothing is left and an OSError names path, not that file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as f:
            f.write(text)
        if mode is not None:
            os.chmod(tmp, stat.S_IMODE(mode))
    except BaseException as exc:
        _drop(tmp)
        if isinstance(exc, OSError) and exc.filename in (None, tmp):  # the file it is for
            exc.filename = str(path)
        raise
    return tmp


def _drop(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def write_files(texts: dict[Path, str], newline: str | None = None) -> None:
    """Write each text (UTF-8) to its file, all or none: every text goes into a file beside
    its own first, and only when all are written are they moved over theirs, so that a full
    disk leaves the files that were there as they were (no new one, no part of one). New
    files are 0600, as write_file makes them. OSError names the file that could not be
    written."""
    written: list[tuple[str, Path]] = []
    try:
        for given, text in texts.items():
            path = Path(os.path.realpath(given))  # (a link: the file it points to)
            try:
                mode: int | None = os.stat(path).st_mode
            except FileNotFoundError:
                mode = None
            written.append((_write_beside(path, text, newline, mode), path))
        for tmp, path in written:
            try:
                os.replace(tmp, path)
            except OSError as exc:
                exc.filename, exc.filename2 = str(path), None
                raise
    except BaseException:
        for tmp, _path in written:
            _drop(tmp)
        raise


def append_text(path: Path, text: str) -> None:
    """Add text (UTF-8) at the end of path (made when missing), whole or not at all: a write
    the disk cannot take is cut back to where the file ended, so no torn line is left for
    the next one to run into. A new file is this user's alone (0600), as write_file makes
    them; one there keeps its permissions. OSError names path."""
    data = text.encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "ab", buffering=0) as f:
        end = f.seek(0, os.SEEK_END)
        try:
            view = memoryview(data)
            while view:
                view = view[f.write(view) or 0:]
        except OSError as exc:
            with contextlib.suppress(OSError):
                f.truncate(end)
            if exc.filename is None:
                exc.filename = str(path)
            raise


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


def read_lines(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSON-lines file, in order ([] when there is none); a line that
    is no object (torn inside a character or cut short by a crash) is left out."""
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            out.append(record)
    return out


def append_lines(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """Add records to a JSON-lines file, one a line, whole or not at all (append_text)."""
    append_text(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


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
