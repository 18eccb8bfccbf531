"""What a download is: its status and record in the queue file, its id, the messages of its
failures, and the record of where finished files came from."""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from chatapp.errors import QT_TRANSLATE_NOOP, UserError, user_error_from
from chatapp.paths import Paths, read_json, write_json

QUEUED, RUNNING, VERIFYING, PAUSED, DONE, FAILED, CANCELLED = (
    "queued", "running", "verifying", "paused", "done", "failed", "cancelled")
VERIFIED = "verified"  # checked, waiting for the other parts of its model
ACTIVE = (QUEUED, RUNNING, VERIFYING)
CHUNK = 256 << 10  # bytes between two looks at the stop flag and the progress
STALL_S = 3.0  # seconds without bytes after which a transfer shows how long it has waited


NO_SPACE = QT_TRANSLATE_NOOP(
    "errors", "Not enough disk space for {file}: it needs {need} more, but {free} is free "
    "on {folder}. Free some space and try again.")
DISK_FULL = QT_TRANSLATE_NOOP(
    "errors", "The disk became full while downloading {file}. Free some space and resume "
    "the download; what was downloaded is kept.")
NO_SPACE_RESERVE = QT_TRANSLATE_NOOP(
    "errors", "Not enough disk space for {file}: it needs {need} more, and {reserve} is kept "
    "free for the system, but {free} is free on {folder}. Free some space and try again.")
LOCKED = QT_TRANSLATE_NOOP(
    "errors", "{file} is already being downloaded by another ChatApp (process {pid}). Wait "
    "for it to finish: the model then appears in the library.")
CORRUPT = QT_TRANSLATE_NOOP(
    "errors", "{file} was damaged in transfer: its checksum does not match the one the Hub "
    "publishes. The file was deleted; retry to download it again.")
WRONG_SIZE = QT_TRANSLATE_NOOP(
    "errors", "{file} has {have} bytes but the Hub says it has {want}. The file was deleted; "
    "retry to download it again.")
NOT_GGUF = QT_TRANSLATE_NOOP(
    "errors", "{file} is not a usable GGUF model and was deleted: {reason}")
TARGET_EXISTS = QT_TRANSLATE_NOOP(
    "errors", "{path} already exists in the library with different content; delete it first.")
# said with the reason the failure would give (NETWORK, STALLED), in the same words
RETRY_NETWORK = QT_TRANSLATE_NOOP(
    "downloads", "No connection to the Hub ({reason}), trying again in {seconds} s (attempt "
    "{attempt} of {attempts})")
RETRY_STALLED = QT_TRANSLATE_NOOP(
    "downloads", "The Hub did not answer in time, trying again in {seconds} s (attempt "
    "{attempt} of {attempts})")
RETRY_SERVER = QT_TRANSLATE_NOOP(
    "downloads", "The Hub answered HTTP {status}, trying again in {seconds} s (attempt "
    "{attempt} of {attempts})")
RETRY_RATE = QT_TRANSLATE_NOOP(
    "downloads", "The Hub asks to wait (too many requests from this address), trying again "
    "in {seconds} s (attempt {attempt} of {attempts})")
INSTALL_FAILED = QT_TRANSLATE_NOOP(
    "errors", "Could not move {file} into the models folder ({reason}); nothing was installed. "
    "Retry the download.")


@dataclass
class Download:
    """One file in the queue.

    Attributes:
        id: stable id from the repo, revision and file.
        target: where the verified file goes in the library.
        group: the model entry this file belongs to (the parts of a split model share it).
        done_bytes: bytes on disk so far.
        fetched_bytes: body bytes received over the network in total (re-fetches included).
        error: the English message of the last failure; error_template/error_params
            let the UI translate it.
        updated_at: time.time() of the last change (the newer record wins when processes
            share the queue file).
        retry_at: time.time() when the next attempt starts while a failed attempt waits
            to be retried, else 0 (not stored).
        retry_attempt, retry_attempts: the next attempt's number and how many are made
            at most (not stored).
        retry_status: the HTTP status that failed the last attempt, 0 for a network error
            (not stored).
        retry_error: the failure of the last attempt while it waits to be retried (not
            stored).
        interrupted: paused because the app (or the computer) stopped while it ran, not
            by the user.
    """

    id: str
    repo_id: str
    path: str
    revision: str
    size: int
    sha256: str
    target: str
    group: str = ""
    status: str = QUEUED
    done_bytes: int = 0
    fetched_bytes: int = 0
    attempts: int = 0
    error: str = ""
    error_template: str = ""
    error_params: dict = field(default_factory=dict)
    added_at: float = field(default_factory=time.time)
    finished_at: float = 0.0
    updated_at: float = 0.0
    speed: float = 0.0  # bytes per second (not stored)
    data_at: float = 0.0  # time.monotonic() when bytes last came (0: none in this transfer)
    retry_at: float = 0.0
    retry_attempt: int = 0
    retry_attempts: int = 0
    retry_status: int = 0
    retry_error: UserError | None = None
    interrupted: bool = False

    @property
    def eta_s(self) -> float | None:
        if self.status != RUNNING or self.speed <= 0:
            return None
        return max(self.size - self.done_bytes, 0) / self.speed

    def waiting_s(self, now: float | None = None) -> float | None:
        """Seconds a running transfer has had no bytes, once that is well past the time the
        next CHUNK was due at its speed (three times that, STALL_S at least; STALL_S while its
        first bytes came too fast to measure): its speed and ETA mean nothing then. None
        otherwise, and before its first bytes."""
        if self.status != RUNNING or not self.data_at:
            return None
        waited = (time.monotonic() if now is None else now) - self.data_at
        due = 3 * CHUNK / self.speed if self.speed > 0 else 0.0
        return waited if waited >= max(STALL_S, due) else None

    @property
    def file_name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def retryable(self) -> bool:
        """A failed download may succeed when tried again: not when the file it got was
        whole and checked but is not a model (the same bytes would come again)."""
        return self.status == FAILED and self.error_template != NOT_GGUF

    def retry_message(self, now: float | None = None) -> tuple[str, dict] | None:
        """While a failed attempt waits to be retried: (English template, its params) that
        say why and when the next attempt starts (seconds left, rounded up); else None."""
        if not self.retry_at or self.status != RUNNING:
            return None
        left = max(math.ceil(self.retry_at - (time.time() if now is None else now)), 0)
        params: dict = {"seconds": left, "attempt": self.retry_attempt,
                        "attempts": self.retry_attempts}
        if self.retry_status == 429:  # a rate limit, not a failing server
            return RETRY_RATE, params
        if self.retry_status:
            return RETRY_SERVER, {**params, "status": self.retry_status}
        from chatapp.hub.errors import STALLED

        error = self.retry_error
        if error is not None and error.template == STALLED:
            return RETRY_STALLED, params
        reason = error.params.get("reason") if error is not None else None
        return RETRY_NETWORK, {**params, "reason": reason or "?"}

    def retry_text(self, translate: Callable[[str, str], str],
                   now: float | None = None) -> str | None:
        """retry_message as text, through translate(context, English text): its reason (a
        translated error of its own) in the same words as the failure says it."""
        message = self.retry_message(now)
        if message is None:
            return None
        template, params = message
        return UserError(template, **params).format(
            translate("downloads", template), lambda text: translate("errors", text))

    def user_error(self) -> UserError | None:
        """The failure as a UserError (for translation), or None."""
        if not self.error_template:
            return None
        return user_error_from({"template": self.error_template, "params": self.error_params})

    def to_json(self) -> dict:
        data = asdict(replace(self, retry_error=None))
        for name in ("speed", "data_at", "retry_at", "retry_attempt", "retry_attempts",
                     "retry_status", "retry_error"):
            data.pop(name)
        return data


def download_id(repo_id: str, revision: str, path: str) -> str:
    return hashlib.sha1(f"{repo_id}\0{revision}\0{path}".encode()).hexdigest()[:16]


def origins_file(paths: Paths) -> Path:
    """The file that records where downloaded files came from."""
    return paths.data / "downloads" / "origins.json"


def read_origins(paths: Paths) -> dict[str, dict]:
    """Where downloaded files came from: library path -> repo, file, revision, sha256."""
    return read_json(origins_file(paths))


def record_origin(paths: Paths, d: Download) -> None:
    """Record where a finished download came from (repo, file, revision, sha256, when)."""
    origins = read_origins(paths)
    origins[d.target] = {"repo_id": d.repo_id, "path": d.path, "revision": d.revision,
                         "sha256": d.sha256, "downloaded_at": d.finished_at}
    write_json(origins_file(paths), origins)
