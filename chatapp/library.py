"""The local model library: GGUF files in the models folder, linked files elsewhere, and the
starter model.

Each file's header is read once (cached by size and modification time) to say what it is
(:mod:`chatapp.library_kinds`): only chat models are offered for chatting; projectors,
adapters, embedding models and the like are listed apart.  The parts of a split model are
one entry (:mod:`chatapp.library_split`).  A listing is kept until the folders or the
linked files change, which :meth:`Library.changed` tells from file sizes and times alone.
"""

from __future__ import annotations

import importlib
import logging
import math
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from chatapp.errors import (
    MISSING_PATH,
    QT_TRANSLATE_NOOP,
    DiskFull,
    UserError,
    is_disk_full,
    known_error,
    os_reason,
    user_error_from,
)
from chatapp.gguf_meta import GGUFError, file_info, is_gguf_file
from chatapp.library_folders import LinkedFolders
from chatapp.library_kinds import ADAPTER, CHAT, file_kind
from chatapp.library_model import LocalModel
from chatapp.library_names import name_tests
from chatapp.library_split import (
    COUNT_MISMATCH,
    PART_MISSING,
    PART_UNREADABLE,
    part_paths,
    shared_path,
)
from chatapp.library_twins import AMBIGUOUS, PART_OF_SEVERAL, AmbiguousModel, distinct
from chatapp.library_used import last_used_times
from chatapp.library_walk import (
    ALONE,
    Skipped,
    Walk,
    file_problem,
    is_regular,
    listed_once,
    stat_key,
    walk_gguf,
)
from chatapp.paths import Paths, read_json, write_json
from chatapp.starter import STARTER_MODULE
from chatapp.units import format_bytes

log = logging.getLogger(__name__)

CACHE_FILE = "model-headers-v4.json"  # v4: a context length past MAX_CONTEXT not believed
# (s) a file that cannot be read and was modified this recently may still be being written:
# what its header says is read again, not kept
COPYING_S = 60
LINK_GONE = QT_TRANSLATE_NOOP(
    "errors", "The linked file {path} is not there any more (moved, deleted, or on a disk "
    "that is not connected).")
NOT_IN_LIBRARY = QT_TRANSLATE_NOOP("errors", "{path} is not a model file in the library.")
class ModelNotFound(UserError):
    """No local model matches what the user named."""


STARTER_DISK_FULL = QT_TRANSLATE_NOOP(
    "errors", "There is not enough free space for the starter model in {path} (it needs "
    "{size} free). Free some space and try again.")

STARTER_NOT_READY = QT_TRANSLATE_NOOP(
    "errors", "The starter model could not be prepared: {reason}")

# how long after the starter model could not be prepared it is tried again (seconds)
STARTER_RETRY_S = 60


def starter_model_path(paths: Paths, on_prepare: Callable[[], None] | None = None,
                       ) -> tuple[Path, str] | None:
    """The starter model's file (assembled on first use, after on_prepare is called) and
    sha256, if its package is there. DiskFull when there is no room for it (no partial copy
    is left behind)."""
    try:
        starter = importlib.import_module(STARTER_MODULE)
    except ImportError:
        return None
    target = paths.cache / "starter" / starter.MODEL_NAME
    expected = sum(p.stat().st_size for p in starter.chunk_paths())
    if not (target.is_file() and target.stat().st_size == expected):
        if on_prepare is not None:
            on_prepare()
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".incomplete")
        partial.unlink(missing_ok=True)
        try:
            starter.assemble(output_path=partial)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            if is_disk_full(exc):
                raise DiskFull(STARTER_DISK_FULL, path=str(target.parent),
                               size=format_bytes(expected)) from exc
            raise
        os.replace(partial, target)
    return target, starter.EXPECTED_SHA256


def _identity_mtime(cached: dict | None, st: os.stat_result) -> float:
    """The time a file's key is made of: the one it was first seen with while its size stays
    the same, so a new modification time alone (touch, a copy tool, a backup restore) keeps the
    model's settings and conversations; a new size is a new file."""
    if cached and cached.get("size") == st.st_size:
        return cached.get("identity_mtime") or cached.get("mtime") or st.st_mtime
    return st.st_mtime


_HEADER_FIELDS = ("architecture", "quantization", "context_length", "has_template", "title",
                  "parameters", "kind", "problem", "problem_reason", "base_model",
                  "identity_mtime")


@dataclass
class _Listing:
    """One scan of the library: the models and what identifies this state of the disk."""

    signature: tuple
    models: list[LocalModel]
    skipped: list[Skipped]


class Library:
    """Finds and describes the local models; caches header reads by size and mtime, and the
    listing until the folders or linked files change.

    Attributes:
        starter_problem: why the starter model could not be prepared at the last listing
            (a full disk, no permission), or None.
    """

    def __init__(self, paths: Paths) -> None:
        self.paths = paths
        self.starter_problem: UserError | None = None
        self._starter_tried = 0.0  # when preparing it was last tried (monotonic seconds)
        self._starter_said = ""  # the reason last logged for it
        self._cache_file = paths.cache / CACHE_FILE
        self._cache: dict[str, dict] = read_json(self._cache_file)
        self._cache_changed = False
        self._listing: _Listing | None = None
        self.folders = LinkedFolders(paths)
        # told (chosen, the repository's files here) when a repo id picks one of several
        self.on_repo_pick: Callable[[LocalModel, list[LocalModel]], None] | None = None
        self.on_starter_prepare: Callable[[], None] | None = None  # (a copy of 9–70 s begins)

    # the header cache

    def _save_cache(self) -> None:
        if not self._cache_changed:
            return
        self._cache_changed = False
        try:
            write_json(self._cache_file, self._cache, indent=None)
        except OSError:
            log.warning("could not write the model header cache")

    def _header(self, path: Path, st: os.stat_result) -> dict:
        """What one file's header says (the _HEADER_FIELDS and split_count), cached."""
        cached = self._cache.get(str(path))
        if (cached and cached.get("size") == st.st_size and cached.get("mtime") == st.st_mtime
                and "base_model" in cached and "problem_reason" in cached):
            return cached
        from chatapp.engine.templates import looks_like_base_model

        facts: dict = {"size": st.st_size, "mtime": st.st_mtime, "problem": "", "kind": CHAT,
                       "base_model": False, "problem_reason": {},
                       "identity_mtime": _identity_mtime(cached, st)}
        try:
            try:
                info = file_info(path, read_tensors=True)
            except GGUFError as whole:  # the metadata may still read without the tensors;
                try:  # if not, the whole reading's reason says it (as every other check)
                    info = file_info(path)
                except GGUFError:
                    raise whole from None
        except GGUFError as exc:
            facts["problem"] = str(exc)
            facts["problem_reason"] = exc.to_dict()
        else:
            count = info.metadata.get("split.count")
            facts.update(
                architecture=info.architecture, quantization=info.quantization,
                context_length=info.context_length, has_template=bool(info.chat_template),
                title=info.name, parameters=sum(t.n_elements for t in info.tensors),
                kind=file_kind(info),
                base_model=looks_like_base_model(info.metadata, path.name),
                split_count=count if isinstance(count, int) and not isinstance(count, bool)
                else 0)
        if not facts["problem"] or time.time() - st.st_mtime >= COPYING_S:
            self._cache[str(path)] = facts
            self._cache_changed = True
        return facts

    # describing files

    def describe(self, path: Path, *, starter: bool = False, sha256: str = "") -> LocalModel:
        """A LocalModel for a file; for any part of a split model, the whole model.

        OSError when a one-file model (or every part) cannot be found.
        """
        parts = part_paths(path)
        if len(parts) == 1:
            st = path.stat()
            model = LocalModel(str(path), path.name, st.st_size, st.st_mtime)
            self._fill(model, self._header(path, st))
        else:
            model = self._describe_split(parts)
        model.starter = starter
        model.sha256 = sha256 or model.sha256
        model.repo_id = self._repo_id(path)
        return model

    @staticmethod
    def _fill(model: LocalModel, facts: dict) -> None:
        for name in _HEADER_FIELDS:
            if name in facts:
                setattr(model, name, facts[name])

    def _describe_split(self, parts: list[Path]) -> LocalModel:
        """The model made of these parts; the first missing or unreadable part is its problem."""
        stats = {}
        for part in parts:
            try:
                st = part.stat()
                if stat.S_ISREG(st.st_mode):
                    stats[part] = st
            except OSError:
                pass
        if not stats:
            raise FileNotFoundError(parts[0])
        first = parts[0] if parts[0] in stats else next(iter(stats))
        model = LocalModel(str(first), parts[0].name, sum(s.st_size for s in stats.values()),
                           stats[first].st_mtime, parts=[str(p) for p in parts])
        total = len(parts)
        problem: UserError | None = None
        parameters = 0
        for number, part in enumerate(parts, 1):
            if part not in stats:
                problem = problem or UserError(PART_MISSING, part=number, total=total,
                                               file=part.name)
                continue
            facts = self._header(part, stats[part])
            if number == 1:
                self._fill(model, facts)
                model.problem = ""
                count = facts.get("split_count") or 0
                if count and count != total:
                    problem = problem or UserError(COUNT_MISMATCH, file=part.name,
                                                   count=count, total=total)
            if facts.get("problem"):
                problem = problem or UserError(PART_UNREADABLE, part=number, total=total,
                                               file=part.name,
                                               reason=user_error_from(facts.get("problem_reason"))
                                               or facts["problem"])
            parameters += facts.get("parameters") or 0
        model.parameters = parameters
        if problem is not None:
            model.set_problem(problem)
        return model

    def _repo_id(self, path: Path) -> str:
        """owner/name for files under models/owner/name/."""
        try:
            parts = path.relative_to(self.paths.models).parts
        except ValueError:
            return ""
        return f"{parts[0]}/{parts[1]}" if len(parts) >= 3 else ""

    # listing

    def _scan_state(self) -> tuple[tuple[Path, str] | None, Walk | None, list, tuple]:
        """The starter, the models folder's walk, the links, and the signature of them all."""
        from chatapp.hub.download_record import origins_file
        from chatapp.library_sources import Links

        if self.starter_problem is not None \
                and time.monotonic() - self._starter_tried < STARTER_RETRY_S:
            starter = None  # (the listing is read several times a second: not each time)
        else:
            self._starter_tried = time.monotonic()
            try:
                starter = starter_model_path(self.paths, self.on_starter_prepare)
                self.starter_problem = None
            except (OSError, ValueError, UserError) as exc:
                if str(exc) != self._starter_said:  # (once, not at each try)
                    self._starter_said = str(exc)
                    log.warning("the starter model could not be prepared: %s", exc)
                problem = known_error(exc)
                if not isinstance(problem, DiskFull):  # (that one names the starter itself)
                    problem = UserError(STARTER_NOT_READY, reason=problem or os_reason(exc))
                self.starter_problem = problem
                starter = None
        walk = walk_gguf(self.paths.models, follow_folder_links=False) \
            if self.paths.models.is_dir() else None
        links = Links(self.paths)
        entries = links.entries()
        signature = (
            (str(starter[0]), stat_key(starter[0])) if starter else None,
            tuple(sorted(walk.folders.items())) if walk else (),
            tuple(sorted(walk.stats.items())) if walk else (),
            stat_key(links.file),
            tuple((p, stat_key(p)) for e in entries for p in map(str, part_paths(Path(e.path)))),
            stat_key(origins_file(self.paths)),
        )
        return starter, walk, entries, signature

    def changed(self) -> bool:
        """Whether the library on disk differs from the last listing (cheap: no file is read,
        only folders listed and files' sizes and times compared); what appeared in linked
        folders since is linked first."""
        self.folders.take_in()
        if self._listing is None or self._scan_state()[3] != self._listing.signature:
            return True
        now = time.time()  # a file written in a moment's time keeps its stat: read it again
        for model in self._listing.models:
            if model.problem and now - model.mtime < COPYING_S and os.path.isfile(model.path) \
                    and not self._header(Path(model.path), os.stat(model.path))["problem"]:
                self._listing = None
                return True
        return False

    def entries(self) -> list[LocalModel]:
        """Everything listed: the starter model first, then the library's files by name, then
        linked files by name — chat models and the other kinds (see models() and others()). The
        first listing links what appeared in linked folders since (changed() does later)."""
        if self._listing is None:
            self.folders.take_in()
        starter, walk, links, signature = self._scan_state()
        if self._listing is None or self._listing.signature != signature:
            found: list[LocalModel] = []
            skipped: list[Skipped] = list(walk.skipped) if walk else []
            if starter:
                found.append(self.describe(starter[0], starter=True, sha256=starter[1]))
            files = sorted(walk.files, key=lambda p: p.name.lower()) if walk else []
            for path in self._group(files):
                found.append(self.describe(path))
            found += sorted(self._linked(links), key=lambda m: (m.display_name.lower(), m.path))
            found = listed_once(found, skipped)
            _tell_apart(found)
            self._save_cache()
            self._listing = _Listing(signature, found, skipped)
        found = list(self._listing.models)
        self._add_sources(found)
        return found

    def models(self) -> list[LocalModel]:
        """The chat models (those with a problem included, marked): what pickers offer."""
        return [m for m in self.entries() if m.is_chat]

    def others(self) -> list[LocalModel]:
        """Files that are not chat models: projectors, adapters, embedding models, …"""
        return [m for m in self.entries() if not m.is_chat]

    def adapters(self) -> list[LocalModel]:
        """The LoRA adapters (in the models folder or linked), to apply on a base model."""
        return [m for m in self.entries() if m.kind == ADAPTER]

    def skipped(self) -> list[Skipped]:
        """What the last listing left out of the models folder, and what the linked folders
        got since that could not be linked, with the reasons."""
        starter = [Skipped("", self.starter_problem)] if self.starter_problem else []
        return (starter + (list(self._listing.skipped) if self._listing else [])
                + self.folders.refused())

    @staticmethod
    def _group(files: list[Path]) -> list[Path]:
        """One path per model: split parts stand for their model once (by their first part
        when it is there)."""
        chosen: dict[Path, Path] = {}
        for path in files:
            first = part_paths(path)[0]
            if first not in chosen or path == first:
                chosen[first] = path
        return list(chosen.values())

    def _linked(self, links) -> list[LocalModel]:
        """Models used where they are (HF cache, LM Studio, Ollama, folders)."""
        found = []
        seen: set[Path] = set()
        for link in links:
            path = Path(link.path)
            first = part_paths(path)[0]
            if first in seen:
                continue
            seen.add(first)
            try:
                model = self.describe(path, sha256=link.sha256)
            except OSError:
                model = LocalModel(link.path, path.name, 0, 0.0, sha256=link.sha256)
                model.set_problem(UserError(LINK_GONE, path=link.path))
            model.source, model.name = link.source, link.name
            model.repo_id = link.repo_id or model.repo_id
            found.append(model)
        return found

    def _add_sources(self, models: list[LocalModel]) -> None:
        """Fill in where each model came from and when it last answered."""
        from chatapp.hub.download_record import read_origins

        origins = read_origins(self.paths)
        used = last_used_times(self.paths.database)
        for model in models:
            if model.starter:
                model.source = "starter"
            elif not model.source or model.source in ("library", "downloaded"):
                origin = origins.get(model.path)
                model.source = "downloaded" if origin else "library"
                if origin and not model.sha256:
                    model.sha256 = str(origin.get("sha256") or "")
            model.last_used = used.get(model.key, 0.0) or used.get(model.path, 0.0)

    # changing the library

    def delete(self, model: LocalModel) -> None:
        """Delete a library model (every part; a link in the models folder, not its target),
        or for a linked model only forget the link."""
        from chatapp.library_sources import Links

        if model.starter:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "The starter model comes with the app and cannot be deleted."))
        self._listing = None
        if Links(self.paths).remove(*model.all_paths):
            self.folders.leave_out(list(model.all_paths))
            return
        root = self.paths.models.resolve()
        targets = [Path(p) for p in model.all_paths if os.path.lexists(p)]
        for path in targets:
            inside = os.path.commonpath([root, path.parent.resolve()]) == str(root)
            if not inside or not (path.is_symlink() or (
                    is_regular(path)
                    and os.path.commonpath([root, path.resolve()]) == str(root))):
                raise UserError(NOT_IN_LIBRARY, path=str(path))
        if not targets:
            raise UserError(NOT_IN_LIBRARY, path=model.path)
        for path in targets:
            path.unlink()
            self._cache_changed |= self._cache.pop(str(path), None) is not None
        self._save_cache()
        for path in targets:
            parent = path.parent
            while parent != root and parent.is_dir() and not any(parent.iterdir()):
                parent.rmdir()
                parent = parent.parent

    # choosing a model

    def default_model(self, preferred_key: str = "",
                      listed: list[LocalModel] | None = None) -> LocalModel | None:
        """The preferred chat model if it is still there, else the starter, else the
        smallest (the quickest to load and answer; from listed, when the caller already has
        the listing)."""
        models = [m for m in (self.models() if listed is None else listed)
                  if m.is_chat and not m.problem]
        for model in models:
            if preferred_key and model.key == preferred_key:
                return model
        return min(models, key=lambda m: (not m.starter, m.size), default=None)

    def installed(self, repo_id: str, file_name: str, sha256: str = "",
                  size: int = 0) -> LocalModel | None:
        """The listed model that is this Hub file (its first part for a split model): the
        same sha256, or the same repository and file name, or (size: a file of one part, in
        bytes) a file linked from another app with its name and size, whose sha256 is not
        known."""
        for model in self.entries():
            if sha256 and model.sha256 == sha256:
                return model
            if model.repo_id == repo_id and model.file_name == file_name:
                return model
            if size and model.size == size and model.file_name == file_name \
                    and not model.sha256 and len(model.all_paths) == 1:
                return model
        return None

    def resolve(self, spec: str) -> LocalModel:
        """The model named by a path (any part of a split model, or its shared name), a file
        name, its stem, another app's name, a repo id (of its files here: the one used last,
        else Q4_K_M, else the smallest; see library_repo) or OWNER/NAME:QUANT.  Any kind:
        callers that chat call LocalModel.check_chat()."""
        if not spec.strip():  # "" is part of every name: it would pick any model
            raise ModelNotFound(QT_TRANSLATE_NOOP(
                "errors", "The model name is empty: name a model by its path, file name, stem "
                "or repo id (see `chatapp models`)."))
        candidate = Path(spec).expanduser()
        looks_like_path = candidate.suffix.lower() == ".gguf" or os.sep in spec
        if looks_like_path and not os.path.lexists(candidate):
            candidate = shared_path(candidate) or candidate
        if looks_like_path and os.path.lexists(candidate):
            problem = file_problem(candidate)  # the same check as a folder's search
            if problem is not None:
                template, params = problem
                raise ModelNotFound(ALONE[template], path=str(candidate), **params)
            path = Path(os.path.abspath(candidate))
            listed = [m for m in self.entries()
                      if str(path) in m.all_paths
                      or os.path.realpath(path) in map(os.path.realpath, m.all_paths)]
            return listed[0] if listed else self.describe(path)
        wanted = spec.lower()
        # chat models first; of copies of one file, not the starter's
        models = sorted(self.entries(), key=lambda m: (not m.is_chat, m.starter))
        tests = name_tests(spec)
        for number, test in enumerate(tests):
            matches = [m for m in models if test(m)]
            chats = [m for m in matches if m.is_chat and not m.problem] or [
                m for m in matches if m.is_chat]
            # several files (a listed file gone or unreadable gives way to one there), unless
            # they are copies of one (the starter copied, say); a repo id picks one of them
            several = distinct(chats or matches) if number != 4 and len(matches) > 1 else []
            if len(several) > 1 and number < len(tests) - 1:  # a name two files may share
                raise AmbiguousModel(AMBIGUOUS, spec=spec,
                                     paths=", ".join(m.path for m in several))
            if len(several) > 1:  # a part of a name, which fits any number
                names = [m.list_name for m in several]
                raise AmbiguousModel(PART_OF_SEVERAL, spec=spec, names=", ".join(
                    names if len(set(names)) == len(names) else [m.path for m in several]))
            if matches and number == 4:  # a repo id: one of its quantizations, by a rule
                from chatapp.library_repo import pick_from_repo

                chosen = pick_from_repo(chats or matches)
                if self.on_repo_pick is not None:
                    self.on_repo_pick(chosen, distinct(chats or matches))
                return chosen
            if matches:
                return (chats or matches)[0]
        if os.sep in spec:  # a path, not a name: as typed, with "~" expanded
            raise ModelNotFound(MISSING_PATH, path=os.path.expanduser(spec))
        if is_regular(candidate) and not is_gguf_file(candidate):  # a file named, not a model
            raise ModelNotFound(QT_TRANSLATE_NOOP(
                "errors", "{path} is not a GGUF model file."), path=os.path.abspath(candidate))
        if wanted.endswith(".gguf"):
            raise ModelNotFound(QT_TRANSLATE_NOOP(
                "errors", "No model of the library is called \"{spec}\": to use a file that is "
                "not in it, give its path, or add it with `chatapp link PATH`."), spec=spec)
        raise ModelNotFound(QT_TRANSLATE_NOOP(  # (said in the window and on the command line)
            "errors", "No local model matches \"{spec}\": the models here are listed under "
            "Models → Browse models… in the window, and by `chatapp models`."), spec=spec)


def _tell_apart(models: list[LocalModel]) -> None:
    """Mark the files whose key another file shares (the same size and time, no sha256
    known) but the one that was there first (the oldest inode change: `cp -p` keeps the
    time, not that): their keys then hold their file names, so no two files are one model,
    and the first keeps its settings and history."""
    for model in models:
        model.same_as_another = False  # (a model described before may have been)
    sharing: dict[str, list[LocalModel]] = {}
    for model in models:
        if not model.sha256:
            sharing.setdefault(model.key, []).append(model)
    for group in sharing.values():
        if len({m.path for m in group}) > 1:
            first = min(group, key=lambda m: (_changed_at(m.path), m.path))
            for model in group:
                model.same_as_another = model.path != first.path


def _changed_at(path: str) -> float:
    """When the file's inode last changed (made, renamed, its mode set); inf if unknown."""
    try:
        return os.stat(path).st_ctime
    except OSError:
        return math.inf
