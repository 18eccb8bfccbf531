"""Every model that can answer, in one list: the library's chat models (GGUF files run here)
and the models that the user's endpoints serve (OpenAI-compatible servers elsewhere).

Every picker, the CLI's ``-m`` and the answer pipeline read this list. Endpoint model lists
are fetched when asked for (:meth:`Catalogue.refresh_remote`: at start in the background, on
demand, by ``chatapp models``), every endpoint at once, each one's models listed as soon as it
answers (one that does not answer holds up no other); a failure is kept as one line per
endpoint, never fatal.
"""

from __future__ import annotations

import logging
import ntpath
import os
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar, Union

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.library import Library, LocalModel, ModelNotFound
from chatapp.library_model import without_gguf
from chatapp.paths import Paths
from chatapp.remote.client import RemoteClient, offline_now
from chatapp.remote.endpoints import Endpoint, EndpointError, EndpointStore, check_name, valid_name
from chatapp.remote.errors import MALFORMED, TIMEOUT, RemoteError, offline_error
from chatapp.remote.generation import RemoteModel

NO_CONNECTION = QT_TRANSLATE_NOOP(
    "errors", "There is no connection named {name} (chatapp remote list shows them).")
ELSEWHERE = QT_TRANSLATE_NOOP(
    "errors", "{spec} is a model on another machine (the connection {name}): this takes a model "
    "on this computer. `chatapp remote rm {name}` stops listing that server's models.")
NO_CONNECTION_OR_REPO = QT_TRANSLATE_NOOP(
    "errors", "There is no connection named {name} (chatapp remote list shows them), and no "
    "model from {repo} in the library (`chatapp pull {repo}` downloads it from the Hub).")
NOT_SERVED = QT_TRANSLATE_NOOP("errors", "{endpoint} has no model {model}. Its models: {models}.")
NO_MODEL_ID = QT_TRANSLATE_NOOP(
    "errors", "Name a model after {endpoint}/ (chatapp models lists them).")
# at most this many of an endpoint's models are named in a message
MODELS_NAMED = 10
# at most this many endpoints are asked for their models at once
LISTING_THREADS = 16
# a listing in the background (refresh_soon) asks every endpoint again once the last one is
# this old; endpoints added to the file since are asked at once
REFRESH_AFTER_S = 30.0
T = TypeVar("T")
R = TypeVar("R")

log = logging.getLogger(__name__)


@dataclass
class RemoteEntry:
    """A model an endpoint serves, as pickers and answers see it.

    Attributes:
        endpoint: the endpoint's name.
        model_id: the id the server lists (sent back as ``model``).
        context_length: tokens of context the server runs it with, where it says.
        host: the endpoint's host:port (for provenance and labels).
        problem: a line saying why it cannot answer now (offline), or "".
        unreachable: why the endpoint's last listing failed (its server is down or refused
            it: the model is as listed before that), or "".
    """

    endpoint: str
    model_id: str
    context_length: int | None = None
    host: str = ""
    problem: str = ""
    short_id: str = ""  # the id as people are shown it ("" until set: short_model_id)
    unreachable: str = ""

    def __post_init__(self) -> None:
        if not self.short_id:
            self.short_id = short_model_id(self.model_id)

    remote = True
    starter = False
    base_model = False
    quantization = ""
    architecture = ""
    path = ""
    size = 0
    repo_id = ""

    @property
    def key(self) -> str:
        """``ENDPOINT/MODEL_ID``: how pickers, the CLI and stored answers name it."""
        return f"{self.endpoint}/{self.model_id}"

    @property
    def display_name(self) -> str:
        """The name shown to people: ENDPOINT/MODEL_ID, a file's path as id cut to the
        file's name (``llama_cpp.server`` lists the path it was given) where that names no
        other model of the endpoint, without ".gguf" as a local model's."""
        return remote_name(self.endpoint, self.model_id, self.short_id)

    @property
    def file_name(self) -> str:
        """The model's name as answers record it (model_name)."""
        return self.model_id

    @property
    def stem(self) -> str:
        return self.model_id

    def check_chat(self) -> None:
        """A server's model is a chat model (the server says otherwise when it answers)."""


# an id that is a file's path: absolute, from the home folder, relative with a folder, or a
# Windows path (llama-cpp-python's server lists the --model it was given)
_PATH_ID = re.compile(r"^(/|~|\.{1,2}[/\\]|[A-Za-z]:[/\\]|\\\\)|[/\\][^/\\]+\.gguf$",
                      re.IGNORECASE)


def short_model_id(model_id: str) -> str:
    """An endpoint's model id as people are shown it: a file's path cut to the file's name
    ("/models/gemma-3-270m-q4_k_m.gguf" -> "gemma-3-270m-q4_k_m.gguf"), any other id
    ("Qwen/Qwen2.5-0.5B-Instruct", "llama3.2:latest") as it is."""
    if not _PATH_ID.search(model_id):
        return model_id
    return ntpath.basename(model_id.rstrip("/\\")) or model_id


def remote_name(endpoint: str, model_id: str, short_id: str | None = None) -> str:
    """An endpoint's model as pickers, answers, exports and the leaderboard name it:
    ENDPOINT/MODEL_ID, or where the id is a file's path ENDPOINT/FILE without ".gguf"
    ("lab//models/gemma-3-270m-q4_k_m.gguf" -> "lab/gemma-3-270m-q4_k_m"); short_id: the id
    as shown (None: short_model_id's; the whole id where two files share a name)."""
    short = short_model_id(model_id) if short_id is None else short_id
    return f"{endpoint}/{model_id}" if short == model_id else f"{endpoint}/{without_gguf(short)}"


def shown_names(names: list[str]) -> dict[str, str]:
    """name -> how people are shown it, for ranked or stored model names (ENDPOINT/MODEL_ID,
    a file's name, a variant's name): without ".gguf", an endpoint's path id cut to its
    file's name as remote_name cuts it, each kept whole where two would be shown alike."""
    return {name: without_gguf(label) for name, label in short_keys(names).items()}


def short_key(name: str) -> str:
    """A ranked or stored model name (ENDPOINT/MODEL_ID, a file name, a variant's name) as
    people are shown it: an endpoint's path id cut to the file's name (see short_model_id);
    what follows " + " (a variant's documents) is kept."""
    head, plus, tail = name.partition(" + ")
    endpoint, slash, model_id = head.partition("/")
    if not slash or not valid_name(endpoint) or not model_id:
        return name  # (not an endpoint's: a name of letters, digits, ".", "-" and "_")
    return f"{endpoint}/{short_model_id(model_id)}{plus}{tail}"


def short_keys(names: list[str]) -> dict[str, str]:
    """name -> short_key(name) for names, each kept whole where two would be shown alike."""
    shown = {name: short_key(name) for name in names}
    counts = Counter(shown.values())
    return {name: label if counts[label] == 1 else name for name, label in shown.items()}


def _shown_apart(entries: list[RemoteEntry]) -> list[RemoteEntry]:
    """entries (one endpoint's models) with each short_id kept only where no other entry
    shows the same: two files of one name in two folders are shown by their whole paths."""
    counts = Counter(entry.short_id for entry in entries)
    for entry in entries:
        if counts[entry.short_id] > 1:
            entry.short_id = entry.model_id
    return entries


# A model that can answer: a GGUF file here, or a model of an endpoint.
AnyModel = Union[LocalModel, RemoteEntry]  # noqa: UP007 (a runtime alias)


def is_remote(model: AnyModel) -> bool:
    """Whether the model runs on another machine."""
    return bool(getattr(model, "remote", False))


class Catalogue:
    """The local chat models and the endpoints' models.

    Attributes:
        library: the local models.
        endpoints: where the endpoints are kept.
        errors: endpoint name -> why its model list could not be read (a UserError).
        offline: called to learn whether the app works offline (no endpoint off loopback).
        listeners: called with an endpoint's name as soon as its model list was read or
            failed, while other endpoints may still be asked (from the listing's threads).
    """

    def __init__(self, library: Library, paths: Paths,
                 offline: Callable[[], bool] = lambda: False) -> None:
        self.library = library
        self.endpoints = EndpointStore(paths)
        self.offline = offline
        self.errors: dict[str, UserError] = {}
        self.listeners: list[Callable[[str], None]] = []
        self._remote: dict[str, list[RemoteEntry]] = {}
        self._clients: dict[str, tuple[Endpoint, RemoteClient]] = {}
        self._models: dict[str, RemoteModel] = {}
        self._lock = threading.Lock()
        self._closed = False
        self._listings = 0  # refresh_remote calls running; the last one closes when closed
        self._asking: set[str] = set()  # endpoints whose models are being listed now
        self._listed_at = -REFRESH_AFTER_S  # time.monotonic() of the last listing of all
        self._background: threading.Thread | None = None  # refresh_soon's listing
        self._background_at = 0.0  # when it started (time.monotonic())
        self._logged: dict[str, str] = {}  # endpoint -> the failure the log said last

    # lists

    def local(self) -> list[LocalModel]:
        """The library's chat models (the starter first)."""
        return self.library.models()

    def configured(self) -> list[Endpoint]:
        """The endpoints as stored ([] when the file cannot be read: see errors)."""
        try:
            return self.endpoints.load()
        except EndpointError as exc:
            self.errors["*"] = exc
            return []

    def remote(self) -> list[RemoteEntry]:
        """The endpoints' models as last listed, each with its problem now (offline) and, where
        the endpoint's last listing failed, why (unreachable), by endpoint name (the server's
        own order within one)."""
        names = {e.name: e for e in self.configured()}
        entries = []
        with self._lock:
            listed = {name: list(items) for name, items in self._remote.items()}
            failed = {name: str(error) for name, error in self.errors.items()}
        for name, items in sorted(listed.items(), key=lambda pair: pair[0].casefold()):
            endpoint = names.get(name)
            if endpoint is None:
                continue
            problem = self._offline_problem(endpoint)
            for entry in items:
                entry.problem = problem
                entry.unreachable = failed.get(name, "")
                entries.append(entry)
        return entries

    def models(self) -> list[AnyModel]:
        """Every model that can answer: local ones first, then the endpoints'."""
        return [*self.local(), *self.remote()]

    def refresh_remote(self, names: list[str] | None = None,
                       wait_s: float | None = None) -> dict[str, UserError]:
        """List the models of the endpoints (all, or those named) now, all at once, each one
        kept (and told to listeners) as soon as it answers; returns the failures by endpoint
        name (also kept in errors) once all have answered, or after wait_s seconds, when an
        endpoint still asked fails with TIMEOUT (its listing goes on in the background).
        Network: call it off the GUI thread."""
        with self._lock:
            self._listings += 1
        try:
            return self._refresh_remote(names, wait_s)
        finally:
            with self._lock:
                self._listings -= 1
                last = self._listings == 0
            if self._closed and last:
                self.close()

    def refresh_soon(self, wait_s: float = 0.0) -> None:
        """Start a listing in the background where one is due and none runs: of every
        endpoint when the last was REFRESH_AFTER_S ago or more, else of the endpoints added
        to the file since (by another window or ``chatapp remote add``); then wait up to
        wait_s from its start for the listing running now. Each failure that differs from
        the endpoint's last one goes to the log once (a key's variable that this process
        lacks, a server down). The wait is only while an endpoint was never listed yet (one
        just added): what is known is answered at once otherwise. Reads the endpoints file;
        no network in this thread."""
        configured = self.configured()
        with self._lock:
            running = self._background is not None and self._background.is_alive()
            known = set(self._remote) | set(self.errors) | self._asking
            never = any(e.name not in set(self._remote) | set(self.errors) for e in configured)
        if not running:
            stale = time.monotonic() - self._listed_at >= REFRESH_AFTER_S
            added = [e.name for e in configured if e.name not in known]
            if configured and (stale or added):
                thread = threading.Thread(target=self._listed_in_background,
                                          args=(None if stale else added,), daemon=True,
                                          name="endpoint-listing")
                with self._lock:
                    self._background = thread
                    self._background_at = time.monotonic()
                thread.start()
        thread = self._background
        if wait_s > 0 and never and thread is not None:
            thread.join(max(0.0, self._background_at + wait_s - time.monotonic()))

    def _listed_in_background(self, names: list[str] | None) -> None:
        failures = self.refresh_remote(names)
        with self._lock:
            for name in [n for n in self._logged if n not in failures]:
                del self._logged[name]
            new = {n: str(e) for n, e in failures.items() if self._logged.get(n) != str(e)}
            self._logged.update(new)
        for said in new.values():
            log.warning("%s", said)

    def _refresh_remote(self, names: list[str] | None,
                        wait_s: float | None = None) -> dict[str, UserError]:
        asked = [e for e in self.configured() if names is None or e.name in names]
        if names is None:
            self._listed_at = time.monotonic()
        failures: dict[str, UserError] = {}
        for endpoint, result in zip(asked, in_daemons(self._list_one, asked, LISTING_THREADS,
                                                      wait_s), strict=True):
            if result is None:  # still asked at the deadline
                failures[endpoint.name] = RemoteError(
                    TIMEOUT, endpoint=endpoint.name, host=endpoint.host, seconds=f"{wait_s:g}")
            elif result[1] is not None:
                failures[endpoint.name] = result[1]
        configured = {e.name for e in self.configured()}
        with self._lock:
            for name in list(self._remote):
                if name not in configured:
                    del self._remote[name]
            gone = [self._clients.pop(n)[1] for n in list(self._clients) if n not in configured]
        for client in gone:
            client.close()
        return failures

    def _list_one(self, endpoint: Endpoint) -> tuple[str, UserError | None]:
        """Read one endpoint's models and keep them (or its failure in errors), then tell
        the listeners; (its name, its failure or None)."""
        if self._closed:
            return endpoint.name, None
        error = None
        with self._lock:
            self._asking.add(endpoint.name)
        try:
            listed = self.client(endpoint.name).list_models(probe_context=True)
        except UserError as exc:
            error = exc
        with self._lock:
            self._asking.discard(endpoint.name)
            if error is None:
                self._remote[endpoint.name] = _shown_apart([
                    RemoteEntry(endpoint.name, info.model_id, info.context_length,
                                endpoint.host) for info in listed])
                self.errors.pop(endpoint.name, None)
            else:
                self.errors[endpoint.name] = error
        for listener in list(self.listeners):
            try:
                listener(endpoint.name)
            except Exception:  # noqa: BLE001 - a listener never ends the listing
                log.exception("a listener of the endpoints' models failed")
        return endpoint.name, error

    # finding

    def find(self, key: str, listed_only: bool = True) -> AnyModel | None:
        """A model by its key (a local model's key, or ENDPOINT/MODEL_ID of a listed model,
        or of any model of a known endpoint when listed_only is False)."""
        for model in self.local():
            if model.key == key:
                return model
        return self._remote_by_key(key, listed_only=listed_only)

    def resolve(self, spec: str) -> AnyModel:
        """The model named on a command line: ENDPOINT/MODEL_ID for an endpoint's model, else
        what Library.resolve accepts (a path, file name, stem or repo id).

        An endpoint's model must be in the endpoint's model list, read now (network) when it
        is not in the list already read; when the list cannot be read, the server decides
        when it answers. ModelNotFound (a UserError) when nothing matches: no such local
        model or file, no connection of that name, a model the endpoint does not list; the
        endpoint's RemoteError when it cannot be reached or refuses the key."""
        name, slash, model_id = spec.partition("/")
        endpoint = next((e for e in self.configured() if e.name == name), None) \
            if slash else None
        if endpoint is not None:
            return self._endpoint_model(endpoint, model_id)
        try:
            return self.library.resolve(spec)
        except ModelNotFound:
            if slash and _names_a_connection(spec):
                if _repo_id(spec):  # or a Hub repo not downloaded
                    raise ModelNotFound(NO_CONNECTION_OR_REPO, name=name, repo=spec) from None
                raise ModelNotFound(NO_CONNECTION, name=name) from None
            raise

    def resolve_local(self, spec: str) -> LocalModel:
        """The model on this computer named spec (see Library.resolve); ModelNotFound also
        where spec names a connection's model (ELSEWHERE: not "does not exist")."""
        name, slash, _ = spec.partition("/")
        if slash and not os.path.lexists(spec) and any(
                e.name == name for e in self.configured()):
            raise ModelNotFound(ELSEWHERE, spec=spec, name=name)
        return self.library.resolve(spec)

    def _endpoint_model(self, endpoint: Endpoint, model_id: str) -> RemoteEntry:
        """The endpoint's model model_id (see resolve)."""
        if not model_id:
            raise ModelNotFound(NO_MODEL_ID, endpoint=endpoint.name)
        problem = self._offline_problem(endpoint)
        entry = self._listed(endpoint.name, model_id)
        if entry is None and not problem:
            error = self.refresh_remote([endpoint.name]).get(endpoint.name)
            if error is not None and getattr(error, "status", None) in (None, 401, 403) \
                    and error.template != MALFORMED:
                raise error  # not reached: asking it for an answer would fail the same way
            entry = self._listed(endpoint.name, model_id)
        if entry is not None:
            entry.problem = problem
            return entry
        with self._lock:
            names = [e.model_id for e in self._remote.get(endpoint.name, [])]
        if names:
            shown = ", ".join(names[:MODELS_NAMED]) + (", …" if len(names) > MODELS_NAMED
                                                       else "")
            raise ModelNotFound(NOT_SERVED, endpoint=endpoint.name, model=model_id,
                                models=shown)
        # no list: the server says whether it knows the model when it answers
        return RemoteEntry(endpoint.name, model_id, None, endpoint.host, problem)

    def _listed(self, name: str, model_id: str) -> RemoteEntry | None:
        """The endpoint's model as last listed (Ollama's "NAME:latest" for "NAME"; a path
        id also by the name it is shown by, where that names one model), or None."""
        with self._lock:
            listed = list(self._remote.get(name, []))
        for wanted in (model_id, f"{model_id}:latest"):
            for entry in listed:
                if entry.model_id == wanted:
                    return entry
        shown = [e for e in listed if e.short_id != e.model_id
                 and model_id in (e.short_id, without_gguf(e.short_id))]
        return shown[0] if len(shown) == 1 else None

    def _remote_by_key(self, key: str, listed_only: bool) -> RemoteEntry | None:
        name, _, model_id = key.partition("/")
        if not model_id:
            return None
        endpoint = next((e for e in self.configured() if e.name == name), None)
        if endpoint is None:
            return None
        with self._lock:
            listed = self._remote.get(name, [])
        for entry in listed:
            if entry.model_id == model_id:
                entry.problem = self._offline_problem(endpoint)
                return entry
        if listed_only:
            return None
        # not listed yet: the server says whether it knows the model when it answers
        return RemoteEntry(name, model_id, None, endpoint.host, self._offline_problem(endpoint))

    def _offline_problem(self, endpoint: Endpoint) -> str:
        if endpoint.on_loopback or not offline_now(self.offline()):
            return ""
        return str(offline_error(endpoint))

    # clients

    def client(self, name: str) -> RemoteClient:
        """The client of the endpoint named name (one per endpoint, renewed when the endpoint
        was edited). EndpointError when there is none."""
        endpoint = self.endpoints.get(name)
        with self._lock:
            known = self._clients.get(name)
            if known is not None and known[0] == endpoint:
                return known[1]
            client = RemoteClient(endpoint, offline=self.offline)
            self._clients[name] = (endpoint, client)
            self._models = {k: m for k, m in self._models.items()
                            if not k.startswith(f"{name}/")}
        if known is not None:
            known[1].close()
        return client

    def remote_model(self, entry: RemoteEntry) -> RemoteModel:
        """What answers for an endpoint's model (kept, so that what it learnt about the
        server — which extra fields it refuses — lasts)."""
        client = self.client(entry.endpoint)
        with self._lock:
            model = self._models.get(entry.key)
            if model is None or model.client is not client:
                model = self._models[entry.key] = RemoteModel(client, entry.model_id,
                                                               entry.context_length)
        return model

    def close_off_loopback(self) -> None:
        """Close the connections kept open (keep-alive) to endpoints on other machines, as
        offline mode is turned on: none stays open to a server it blocks. An answer being
        written keeps its own connection until it ends; a request once offline mode is off
        again opens new ones."""
        with self._lock:
            clients = [c for e, c in self._clients.values() if not e.on_loopback]
        for client in clients:
            client.close_idle()

    def close(self) -> None:
        """Close the endpoints' connections (while a listing runs, it closes them when it
        ends: its request is not cut off)."""
        self._closed = True
        with self._lock:
            if self._listings:
                return
            clients = [client for _, client in self._clients.values()]
            self._clients.clear()
        for client in clients:
            client.close()


def _repo_id(spec: str) -> bool:
    """Whether spec is written as a Hugging Face repo id (OWNER/NAME)."""
    from chatapp.hub.files import check_repo_id

    try:
        check_repo_id(spec)
    except UserError:
        return False
    return True


def _names_a_connection(spec: str) -> bool:
    """Whether spec (with a "/") reads as CONNECTION/MODEL_ID rather than a path: its first
    part could name a connection and is no file or folder here, and it is not a .gguf file."""
    name = spec.partition("/")[0]
    try:
        check_name(name)
    except EndpointError:
        return False
    return name not in (".", "..") and not os.path.lexists(name) \
        and not spec.lower().endswith(".gguf")


def in_daemons(fn: Callable[[T], R], items: list[T], most: int,
               wait_s: float | None = None) -> Iterator[R | None]:
    """fn of each item, at most most at once, in daemon threads: a server that never
    answers keeps no one waiting when the process ends (a thread pool's threads are waited
    for at exit). Yields the results in the items' order, each as soon as it and those
    before it are there; after wait_s seconds (None: no limit), None for each one not there
    yet (its thread goes on). fn must not raise."""
    results: list = [None] * len(items)
    done = [threading.Event() for _ in items]
    gate = threading.BoundedSemaphore(max(1, most))

    def run(index: int, item: T) -> None:
        with gate:
            results[index] = fn(item)
        done[index].set()

    for index, item in enumerate(items):
        threading.Thread(target=run, args=(index, item), daemon=True,
                         name="endpoint-models").start()
    deadline = None if wait_s is None else time.monotonic() + wait_s
    for index in range(len(items)):
        left = None if deadline is None else max(0.0, deadline - time.monotonic())
        yield results[index] if done[index].wait(left) else None
