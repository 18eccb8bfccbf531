"""The download manager: a queue of Hub files fetched in parallel, resumable, verified.

Each file is written to ``data/downloads/ID.incomplete`` and resumed with an HTTP Range
request (also after the app restarts: the queue is kept in ``data/downloads/queue.json``).
A finished file must have the size and the sha256 the Hub's LFS metadata gives, and a
readable GGUF header; only then is it moved atomically into the library (copied, then
renamed, to a models folder on another disk).  A file that fails the check is deleted,
never offered as a model.  The parts of a split model are moved only when every part has
passed (until then a checked part waits as ``verified``): installed whole or not at all.

Network errors, 429 and 5xx answers are retried with exponential backoff (a waiting one
says why and when it tries again: ``Download.retry_message``); one that keeps failing ends
as ``failed`` with a message for the user. Callbacks run on the download threads.

Several processes (the window, ``chatapp pull``) may share the folder: a download holds a
file lock (``ID.lock``) while it writes its partial file, so a second process refuses to
fetch the same file (``LOCKED``), and ``queue.json`` is read, merged and written under a
lock (per download the newer record wins), so no process drops another's state.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from filelock import Timeout

from chatapp.errors import QT_TRANSLATE_NOOP, UserError, os_reason
from chatapp.hub import files as hub_files
from chatapp.hub.config import HubConfig
from chatapp.hub.disk_space import space_problem
from chatapp.hub.download_lock import delete_unless_held, hold, is_held
from chatapp.hub.download_others import OtherProcesses
from chatapp.hub.download_queue import merge_queue, read_queue
from chatapp.hub.download_record import (
    ACTIVE,
    CANCELLED,
    DONE,
    FAILED,
    INSTALL_FAILED,
    LOCKED,
    PAUSED,
    QUEUED,
    RUNNING,
    TARGET_EXISTS,
    VERIFIED,
    VERIFYING,
    Download,
    download_id,
    record_origin,
)
from chatapp.hub.errors import HubError, translate_exception
from chatapp.hub.files import HubFile, library_target, safe_relative_path
from chatapp.hub.hashing import Hasher
from chatapp.hub.transfer import Sink, fetch
from chatapp.hub.verify import check_partial, in_place
from chatapp.paths import Paths

log = logging.getLogger(__name__)

# seconds before each retry: up to a minute apart (a network back is used within a minute),
# four minutes in all (a laptop's Wi-Fi gone a couple of minutes: it goes on by itself)
RETRY_DELAYS = (1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 60.0, 60.0, 60.0)
RESERVE = 256 << 20

class _Stop(Exception):
    """The user paused or cancelled."""


class DownloadManager:
    """Queue, run, pause, resume, cancel and verify downloads into the library.

    Attributes:
        folder: where incomplete files and the queue file live (data/downloads).
        max_parallel: how many files download at once.
        reserve_bytes: free space to leave on the disk after a download.
        retry_delays: seconds to wait before each retry of a failing download.
    """

    def __init__(self, paths: Paths, config: Callable[[], HubConfig], *,
                 max_parallel: int = 2, reserve_bytes: int = RESERVE,
                 retry_delays: Iterable[float] = RETRY_DELAYS) -> None:
        self.paths = paths
        self.config = config
        self.folder = paths.data / "downloads"
        self.max_parallel = max_parallel
        self.reserve_bytes = reserve_bytes
        self.retry_delays = tuple(retry_delays)
        self._lock = threading.RLock()
        self._install_lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._downloads: dict[str, Download] = {}
        self._stops: dict[str, str] = {}
        self._threads: dict[str, threading.Thread] = {}
        self._hashers: dict[str, Hasher] = {}
        self._listeners: list[Callable[[Download], None]] = []
        self._finished: list[Callable[[Download], None]] = []
        self._removed: set[str] = set()
        self._wakes: set[str] = set()  # downloads waiting to try again that try now
        self._others = OtherProcesses(self.folder)
        self._last_save = 0.0
        self._running = False
        self._load()

    # state

    @staticmethod
    def interrupted(paths: Paths) -> list[Download]:
        """The downloads that stopped (or waited their turn) because the app or the computer
        did, not the user: read from the queue file without loading it (none is resumed)."""
        folder = paths.data / "downloads"
        return [d for d in read_queue(folder / "queue.json")
                if d.status == PAUSED and d.interrupted
                or d.status in (RUNNING, VERIFYING, QUEUED) and not is_held(folder, d)]

    @property
    def queue_file(self) -> Path:
        return self.folder / "queue.json"

    def partial_path(self, d: Download) -> Path:
        return self.folder / f"{d.id}.incomplete"

    def _delete_partial(self, d: Download) -> None:
        """Delete d's partial file unless another process is downloading it."""
        delete_unless_held(self.folder, d, self.partial_path(d))

    def _load(self) -> None:
        for d in read_queue(self.queue_file):
            if d.status in (RUNNING, VERIFYING):
                d.status = PAUSED  # the app stopped while it ran: resume on request
                d.interrupted = True
            partial = self.partial_path(d)
            if d.status != DONE:
                d.done_bytes = partial.stat().st_size if partial.is_file() else 0
            if d.status == VERIFIED and d.done_bytes != d.size:
                d.status = PAUSED  # its checked file is gone: fetch it again
            self._downloads[d.id] = d

    def _save(self, force: bool = True) -> None:
        now = time.monotonic()
        if not force and now - self._last_save < 2.0:
            return
        self._last_save = now
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            merge_queue(self.queue_file, self._downloads, self._removed, self._lock)
        except (OSError, Timeout) as exc:
            log.warning("could not save the download queue: %s", exc)

    def subscribe(self, on_change: Callable[[Download], None],
                  on_finished: Callable[[Download], None] | None = None) -> None:
        """Call on_change on every change (from download threads), on_finished when a file is
        in the library."""
        self._listeners.append(on_change)
        if on_finished is not None:
            self._finished.append(on_finished)

    def _notify(self, d: Download, save: bool = True, touch: bool = True) -> None:
        if touch:  # (a record another process wrote keeps its time)
            d.updated_at = time.time()
        if save:
            self._save()
        with self._changed:
            self._changed.notify_all()
        for listener in list(self._listeners):
            try:
                listener(d)
            except Exception:  # noqa: BLE001 - a broken listener must not stop a download
                log.exception("download listener failed")

    def refresh(self) -> list[Download]:
        """Take in what other processes (``chatapp pull``, another window) changed of the
        downloads since the last call (chatapp.hub.download_others); the listeners hear of
        each, and of those now installed. Returns them."""
        with self._lock:
            changed = self._others.take_in(self._downloads, self._runs, self._removed)
        self._announce(changed, touch=False)
        return changed

    def elsewhere(self, download_id: str) -> bool:
        """Whether another process runs this download now (only it can pause or cancel)."""
        return download_id in self._others.running

    def _runs(self, download_id: str) -> bool:
        thread = self._threads.get(download_id)
        return thread is not None and thread.is_alive()

    def downloads(self) -> list[Download]:
        """All downloads, oldest first."""
        with self._lock:
            return sorted(self._downloads.values(), key=lambda d: d.added_at)

    def get(self, download_id: str) -> Download:
        return self._downloads[download_id]

    # queueing

    def add(self, repo_id: str, files: list[HubFile], revision: str, group: str = "",
            start: bool = True) -> list[Download]:
        """Queue files of a repo (all parts of a split model); already queued ones are resumed."""
        added = []
        for f in files:
            safe_relative_path(f.path)
            target = library_target(self.paths.models, repo_id, f.path.rsplit("/", 1)[-1])
            did = download_id(repo_id, revision, f.path)
            with self._lock:
                d = self._downloads.get(did)
                if d is None or d.status in (CANCELLED, DONE) and not Path(d.target).is_file():
                    d = Download(did, repo_id, f.path, revision, f.size or 0, f.sha256,
                                 str(target), group or f.path)
                    self._downloads[did] = d
                    self._removed.discard(did)
                elif d.status in (PAUSED, FAILED):
                    d.status, d.interrupted = QUEUED, False
                    d.error = d.error_template = ""
            added.append(d)
        self._save()
        for d in added:
            self._notify(d, save=False)
        if start:
            self.start()
        return added

    def start(self) -> None:
        """Run queued downloads (up to max_parallel at once); install models whose parts
        were all checked before the app stopped."""
        self._running = True
        for d in self.downloads():
            if d.status == VERIFIED:
                try:
                    installed = self._install_group(d)
                except UserError as exc:
                    self._fail(d, exc)
                    installed = [d]
                self._announce(installed)
        self._schedule()

    def _schedule(self) -> None:
        with self._lock:
            if not self._running:
                return
            current = threading.current_thread()  # a download thread that is ending

            def busy(download_id: str) -> bool:
                return self._runs(download_id) and self._threads[download_id] is not current

            slots = self.max_parallel - sum(1 for i in self._threads if busy(i))
            for d in self.downloads():
                if slots <= 0:
                    break
                if d.status == QUEUED and not busy(d.id):
                    self._stops.pop(d.id, None)
                    thread = threading.Thread(target=self._run, args=(d,),
                                              name=f"download-{d.id}", daemon=True)
                    self._threads[d.id] = thread
                    d.status = RUNNING
                    thread.start()
                    slots -= 1

    def pause(self, download_id: str) -> None:
        """Stop a download, keeping what was downloaded."""
        self._stop(download_id, PAUSED)

    def cancel(self, download_id: str) -> None:
        """Stop a download and delete what was downloaded; with it the other parts of its
        model that are not installed (a split model is installed whole or not at all)."""
        with self._lock:
            d = self._downloads.get(download_id)
            if d is None:
                return
            key = self._group_key(d)
            parts = [x.id for x in self._downloads.values()
                     if self._group_key(x) == key and x.status != DONE]
        for part in parts or [download_id]:
            self._stop(part, CANCELLED)

    def _stop(self, download_id: str, status: str) -> None:
        with self._lock:
            d = self._downloads.get(download_id)
            if d is None or d.status in (DONE, CANCELLED) or self.elsewhere(download_id):
                return
            thread = self._threads.get(download_id)
            if thread is not None and thread.is_alive():
                self._stops[download_id] = status
                return
            d.status = status
            d.speed = 0.0
            if status == CANCELLED:
                self._delete_partial(d)
                d.done_bytes = 0
        self._notify(d)

    def resume(self, download_id: str) -> None:
        """Queue a paused or failed download again (it continues where it stopped)."""
        with self._lock:
            d = self._downloads.get(download_id)
            if d is None or d.status not in (PAUSED, FAILED, CANCELLED):
                return
            d.status, d.interrupted = QUEUED, False
            d.error = d.error_template = ""
            d.error_params = {}
        self._notify(d)
        self.start()

    retry = resume

    def retry_now(self, download_id: str) -> None:
        """Cut short the wait of a download waiting to try again (the network is back)."""
        if (d := self._downloads.get(download_id)) is not None and d.retry_at:
            self._wakes.add(download_id)

    def remove(self, download_id: str) -> None:
        """Forget a finished, failed or cancelled download (deleting any partial file)."""
        with self._lock:
            d = self._downloads.get(download_id)
            if d is None or self.elsewhere(download_id):
                return
            if d.status in ACTIVE:
                self.cancel(download_id)
                self.wait([download_id], 30)
            self._delete_partial(d)
            self._downloads.pop(download_id, None)
            self._removed.add(download_id)
        self._save()

    def wait(self, ids: Iterable[str] | None = None, timeout: float | None = None) -> bool:
        """Wait until the given downloads (default all) are no longer queued or running."""
        wanted = list(ids) if ids is not None else None
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._changed:
            while True:
                items = [self._downloads[i] for i in wanted if i in self._downloads] \
                    if wanted is not None else list(self._downloads.values())
                busy = [d for d in items if d.status in ACTIVE or self._runs(d.id)]
                if not busy:
                    return True
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._changed.wait(0.2 if left is None else min(left, 0.2))

    def close(self, timeout: float = 10.0) -> None:
        """Pause running downloads (they resume after the next start) and wait for them."""
        self._running = False
        with self._lock:
            running = [i for i, t in self._threads.items() if t.is_alive()]
            for i in running:
                self._stops[i] = PAUSED
                if i in self._downloads:  # (not by the user; one removed as it ends is gone)
                    self._downloads[i].interrupted = True
        for i in running:
            self._threads[i].join(timeout)
        self._save()

    # the work

    def _run(self, d: Download) -> None:
        installed: list[Download] = []
        try:
            with hold(self.folder, d, self.partial_path(d)):
                if in_place(d):  # another chatapp fetched it meanwhile: not fetched again
                    self._delete_partial(d)
                    d.status, d.done_bytes, d.finished_at = DONE, d.size, time.time()
                    installed = [d]
                else:
                    self._fetch_with_retries(d)
                    installed = self._finish(d)
        except (_Stop, UserError) as exc:
            # a failure after a pause or cancel was asked (the offline switch that paused it
            # turned on as its next request went out) is that pause or cancel
            status = str(exc) if isinstance(exc, _Stop) else self._stops.get(d.id)
            if status:
                d.status = status
                if status == CANCELLED:
                    self._delete_partial(d)
                    d.done_bytes = 0
            else:
                self._fail(d, exc)
        except Exception as exc:  # noqa: BLE001 - a bug: keep the app up, log the traceback
            log.exception("download %s failed", d.id)
            self._fail(d, UserError(QT_TRANSLATE_NOOP("errors", "The download failed: {reason}"),
                                    reason=str(exc) or type(exc).__name__))
        finally:
            if (hasher := self._hashers.pop(d.id, None)) is not None:
                hasher.close()
            d.speed, d.retry_at = 0.0, 0.0
            if d.status == FAILED and d.error_template != LOCKED:
                with contextlib.suppress(OSError):  # (before its first byte: no empty file)
                    if (partial := self.partial_path(d)).stat().st_size == 0:
                        partial.unlink()
            with self._lock:
                self._stops.pop(d.id, None)
            self._announce([d] + [x for x in installed if x is not d])
            self._schedule()

    def _announce(self, changed: list[Download], touch: bool = True) -> None:
        """Tell the listeners about changed downloads, and about the ones now installed
        (touch: changed here, so saved with the time now)."""
        for d in changed:
            self._notify(d, save=touch, touch=touch)
        for d in changed:
            if d.status == DONE:
                for callback in list(self._finished):
                    try:
                        callback(d)
                    except Exception:  # noqa: BLE001
                        log.exception("download finished callback failed")

    def _fail(self, d: Download, exc: UserError) -> None:
        d.status = FAILED
        d.error = str(exc)
        d.error_template = exc.template
        d.error_params = exc.to_dict()["params"]
        log.info("download %s of %s failed: %s", d.path, d.repo_id, exc)

    def _check_stop(self, d: Download) -> None:
        status = self._stops.get(d.id)
        if status:
            raise _Stop(status)

    def space_problem(self, file_name: str, need: int) -> UserError | None:
        """Why need more bytes do not fit on the downloads' disk (its free space less the
        reserve_bytes kept free), or None when they fit."""
        return space_problem(self.folder, self.reserve_bytes, file_name, need)

    def _fetch_with_retries(self, d: Download) -> None:
        delays = list(self.retry_delays)
        while True:
            self._check_stop(d)
            before = d.done_bytes
            try:
                self._fetch(d)
                return
            except HubError as exc:
                if not exc.retryable or not delays:
                    raise
                if d.done_bytes > before:  # progress was made: start counting again
                    delays = list(self.retry_delays)
                delay = getattr(exc, "retry_after", None) or delays.pop(0)
                d.attempts += 1
                d.retry_attempts = len(self.retry_delays) + 1
                d.retry_attempt = len(self.retry_delays) - len(delays) + 1
                d.retry_status = exc.status or 0
                d.retry_error = exc
                d.retry_at = time.time() + delay
                d.speed = 0.0
                log.info("download %s of %s: %s; retrying in %.1f s", d.path, d.repo_id, exc,
                         delay)
                self._notify(d, save=False)
                try:
                    self._sleep(d, delay)
                finally:
                    d.retry_at, d.retry_error = 0.0, None
                    self._wakes.discard(d.id)

    def _sleep(self, d: Download, seconds: float) -> None:
        """Wait seconds (stopping at a pause or cancel; cut short by retry_now), telling the
        listeners once a second (the countdown of retry_message)."""
        end = time.monotonic() + seconds
        told = time.monotonic()
        while time.monotonic() < end and d.id not in self._wakes:
            self._check_stop(d)
            time.sleep(min(0.05, max(end - time.monotonic(), 0)))
            if time.monotonic() - told >= 1.0:
                told = time.monotonic()
                self._notify(d, save=False)

    def _fetch(self, d: Download) -> None:
        """One attempt: continue the partial file up to the full size."""
        from huggingface_hub import hf_hub_url
        from huggingface_hub.errors import HfHubHTTPError

        from chatapp.hub._http import httpx as httpx2
        from chatapp.hub._http import rate_wait_s

        config = self.config()
        partial = self.partial_path(d)
        have = partial.stat().st_size if partial.is_file() else 0
        if d.size and have > d.size:
            os.truncate(partial, 0)
            have = 0
        d.done_bytes = have
        if d.size and have == d.size:
            return
        if (problem := self.space_problem(d.file_name, max(d.size - have, 0))) is not None:
            raise problem
        config.apply()
        config.check_online()
        url = hf_hub_url(d.repo_id, d.path, revision=d.revision, endpoint=config.endpoint)
        headers = config.headers()
        headers["Accept-Encoding"] = "identity"
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)

        def progress() -> None:
            self._notify(d, save=False)
            self._save(force=False)

        with open(partial, "r+b" if partial.exists() else "w+b", buffering=0) as out:
            out.truncate(have)
            out.seek(have)
            sink = Sink(out, d, self._hasher_at(d, partial, have), progress,
                        self.reserve_bytes)
            try:
                fetch(url, sink, have, headers, lambda: self._check_stop(d))
            except HfHubHTTPError as exc:
                response = exc.response
                if response is not None and response.status_code == 416 and have:
                    return  # nothing left to fetch; the size check decides
                error = translate_exception(exc, d.repo_id, config.endpoint,
                                            token=bool(config.token), file=d.path)
                if response is not None and (wait_s := rate_wait_s(response)):
                    error.retry_after = min(float(wait_s), 60.0)  # type: ignore[attr-defined]
                raise error from None
            except (httpx2.TransportError, httpx2.StreamError, OSError) as exc:
                if isinstance(exc, OSError) and not str(exc).startswith("Consistency check"):
                    raise
                raise translate_exception(exc, d.repo_id, config.endpoint,
                                          file=d.path) from exc
            finally:
                self._hashers[d.id] = sink.hasher
                sink.sync()

    def _hasher_at(self, d: Download, partial: Path, have: int) -> Hasher:
        """The running sha256 of the partial file's first `have` bytes."""
        hasher = self._hashers.get(d.id)
        if hasher is None or hasher.count != have:
            if hasher is not None:
                hasher.close()
            hasher = Hasher()
            if have:
                hasher.feed_file(partial, have)
            self._hashers[d.id] = hasher
        return hasher

    def _finish(self, d: Download) -> list[Download]:
        """Check size, sha256 and GGUF header, then install the model once all its parts are
        checked; the downloads installed now (none while other parts are still missing)."""
        d.status = VERIFYING
        self._notify(d)
        check_partial(d, self.partial_path(d), self._hashers.pop(d.id, None))
        return self._install_group(d)

    @staticmethod
    def _group_key(d: Download) -> tuple[str, str, str]:
        return d.repo_id, d.revision, d.group or d.path

    def _install_group(self, d: Download) -> list[Download]:
        """d has passed its checks: move every part of its model into the library when all
        have, the last part first and part 1 at the end; until then d waits as VERIFIED.
        A failed move puts the moved parts back."""
        with self._install_lock:
            key = self._group_key(d)
            with self._lock:
                group = sorted((x for x in self._downloads.values()
                                if self._group_key(x) == key), key=lambda x: x.path)
            if any(x.status != VERIFIED for x in group if x is not d):
                d.status = VERIFIED
                return []
            moves = []
            for x in group:
                target = library_target(self.paths.models, x.repo_id, x.file_name)
                target.parent.mkdir(parents=True, exist_ok=True)
                library_target(self.paths.models, x.repo_id, x.file_name)  # no symlink appeared
                if target.is_symlink() or (target.exists() and not target.is_file()):
                    raise UserError(TARGET_EXISTS, path=str(target))
                moves.append((x, self.partial_path(x), target))
            moved: list[tuple[Path, Path, bool]] = []
            failing = d
            try:
                for part, partial, target in reversed(moves):
                    failing = part
                    moved.append((partial, target, hub_files.put_in_place(partial, target)))
            except OSError as exc:
                for partial, target, copied in reversed(moved):
                    with contextlib.suppress(OSError):  # a copy goes, a move goes back
                        if copied:
                            os.unlink(target)
                        else:
                            os.replace(target, partial)
                raise UserError(INSTALL_FAILED, file=failing.file_name,
                                reason=os_reason(exc)) from exc
            for partial in (partial for partial, _, copied in moved if copied):
                with contextlib.suppress(OSError):  # copied to another disk: in place now
                    os.unlink(partial)
            hub_files.sync_folders({target.parent for _, _, target in moves})
            now = time.time()
            for x, _, target in moves:
                x.target = str(target)
                x.status = DONE
                x.finished_at = now
                with self._lock:
                    record_origin(self.paths, x)
            return [x for x, _, _ in moves]
