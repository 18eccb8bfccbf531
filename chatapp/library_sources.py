"""Models already on disk, used where they are (no copy): the huggingface_hub cache,
LM Studio's models folder, Ollama's blob store, and any folder or file the user picks.

Linked files are listed in ``data/linked-models.json``; removing a link never deletes the
file.  Only files that start with the GGUF signature are linked.  Inside a folder the user
picked (and LM Studio's), symbolic links to files and folders are followed
(:mod:`chatapp.library_walk`); an HF cache snapshot's links must stay inside their repo
folder.  A split model is linked by its first part.  Everything that looked like a model
but was not linked comes back in :attr:`ScanResult.skipped` with its reason.

Store layouts, as the apps write them on Linux, macOS and Windows:

- huggingface_hub: ``HF_HUB_CACHE`` (or the older ``HUGGINGFACE_HUB_CACHE``), else
  ``HF_HOME/hub``, else ``$XDG_CACHE_HOME/huggingface/hub``, else
  ``~/.cache/huggingface/hub`` (the same under macOS and Windows);
  ``models--OWNER--NAME/snapshots/REVISION/FILE`` links into ``../../blobs/SHA256``
  (plain copies where the file system has no links).
- LM Studio: ``~/.lmstudio/models`` (0.3 and later; ``~/.lmstudio-home-pointer`` names a
  moved home), ``~/.cache/lm-studio/models`` (before), or the ``downloadsFolder`` of its
  settings.json; ``PUBLISHER/REPO/FILE.gguf``, but files right in the root or one level
  below are found too.
- Ollama: ``OLLAMA_MODELS``, ``~/.ollama/models`` (user installs, macOS, Windows),
  ``/usr/share/ollama/.ollama/models`` (the Linux service), ``/var/lib/ollama`` and the
  snap's folder; ``manifests/HOST/NAMESPACE/MODEL/TAG`` (newer: ``…/KIND/MODEL/TAG``)
  name blobs ``blobs/sha256-HEX`` (before 0.1.30 or so: ``sha256:HEX``).
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from chatapp.errors import MISSING_PATH, QT_TRANSLATE_NOOP, UserError, os_reason
from chatapp.gguf_meta import is_gguf_file
from chatapp.gguf_stream import FILE_PROBLEMS
from chatapp.library_split import first_part, split_name
from chatapp.library_walk import UNREADABLE, Skipped, Walk, is_regular, unusable, walk_gguf
from chatapp.paths import Paths, read_json, write_json

log = logging.getLogger(__name__)

HF_CACHE, LMSTUDIO, OLLAMA, FOLDER, FILE = "hf-cache", "lmstudio", "ollama", "folder", "file"
OLLAMA_MODEL_LAYER = "application/vnd.ollama.image.model"
OLLAMA_EXTRA_LAYERS = {  # GGUF layers that go with the model: listed apart, named by the
    # terms llama.cpp's options use in every language (--mmproj, --lora)
    "application/vnd.ollama.image.projector": "mmproj",
    "application/vnd.ollama.image.adapter": "lora",
}
OLLAMA_DEFAULT_HOST, OLLAMA_DEFAULT_NAMESPACE = "registry.ollama.ai", "library"
MAX_MANIFEST = 1 << 20
_HEX64 = re.compile(r"^[0-9a-f]{64}$")

NOT_GGUF = QT_TRANSLATE_NOOP(
    "errors", "{path} does not start with the GGUF signature, so it is not a GGUF model; "
    "skipped.")
SKIPPED = QT_TRANSLATE_NOOP("errors", "{path} was skipped. {reason}")  # (a sentence)
DAMAGED_GGUF = QT_TRANSLATE_NOOP(
    "errors", "{path} is a damaged GGUF file and was skipped. {reason}")
NO_FIRST_PART = QT_TRANSLATE_NOOP(
    "errors", "{path} is a later part of a split model whose first part ({first}) is "
    "missing; skipped.")
OUTSIDE_CACHE = QT_TRANSLATE_NOOP(
    "errors", "{path} points outside its Hugging Face cache folder; skipped.")
BAD_MANIFEST = QT_TRANSLATE_NOOP(
    "errors", "{path} is not a readable Ollama manifest ({reason}); skipped.")
BLOB_MISSING = QT_TRANSLATE_NOOP(
    "errors", "{path}: the model file of Ollama's {name} is missing; skipped.")


@dataclass
class LinkedModel:
    """A GGUF file outside the library that the library lists.

    Attributes:
        path: the file (absolute; a link found in a picked folder stays a link, so that
            the other parts of a split model are found beside it).
        source: which kind of store it came from (HF_CACHE, LMSTUDIO, OLLAMA, FOLDER, FILE).
        name: the name the other app gives it ("llama3.2:1b" for Ollama; "" uses the
            file name).
        repo_id: OWNER/NAME when the store knows it.
        sha256: the content hash when the store names files by it.
    """

    path: str
    source: str
    name: str = ""
    repo_id: str = ""
    sha256: str = ""
    linked_at: float = field(default_factory=time.time)


@dataclass
class ScanResult:
    """The models found in a store, and what was skipped there with the reason."""

    models: list[LinkedModel] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def skip(self, path: Path | str, template: str, **params: object) -> None:
        """Record a skipped entry."""
        self.skipped.append(Skipped.of(path, template, **params))


def _inside(path: Path, root: Path) -> bool:
    try:
        return os.path.commonpath([str(path), str(root)]) == str(root)
    except ValueError:
        return False


def _from_walk(walk: Walk, root: Path, source: str, repo_ids: bool) -> ScanResult:
    """LinkedModels for the files of a walk (OWNER/REPO from the path when asked)."""
    result = ScanResult(skipped=list(walk.skipped))
    for path in walk.files:
        repo_id = ""
        if repo_ids:
            parts = path.relative_to(root).parts
            repo_id = f"{parts[0]}/{parts[1]}" if len(parts) >= 3 else ""
        result.models.append(LinkedModel(str(path), source, "", repo_id))
    return result


def scan_hf_cache(root: Path) -> ScanResult:
    """GGUF files in a huggingface_hub cache (models--OWNER--NAME/snapshots/REV/...).

    root may be the cache, HF_HOME (with its hub/ folder) or one models--… folder.
    """
    root = Path(os.path.abspath(root))
    if not root.name.startswith("models--") and not any(root.glob("models--*")) \
            and (root / "hub").is_dir():
        root = root / "hub"
    repos = [root] if root.name.startswith("models--") else sorted(root.glob("models--*"))
    result = ScanResult()
    for repo in repos:
        parts = repo.name.split("--")
        repo_id = f"{parts[1]}/{'--'.join(parts[2:])}" if len(parts) >= 3 else ""
        snapshots = repo / "snapshots"
        if not snapshots.is_dir():
            continue
        real_repo = repo.resolve()
        # newest snapshot first, so one file name maps to its latest revision
        try:
            revisions = sorted((p for p in snapshots.iterdir() if p.is_dir()),
                               key=lambda p: p.stat().st_mtime, reverse=True)
        except OSError as exc:
            result.skip(snapshots, UNREADABLE, reason=os_reason(exc))
            continue
        seen: set[str] = set()
        for revision in revisions:
            walk = walk_gguf(revision, follow_folder_links=False)
            result.skipped += walk.skipped
            for link in walk.files:
                relative = str(link.relative_to(revision))
                if relative in seen:
                    continue
                target = link.resolve()
                if not _inside(target, real_repo):
                    result.skip(link, OUTSIDE_CACHE)
                    continue
                seen.add(relative)
                blob = target.name if _HEX64.match(target.name) else ""
                result.models.append(LinkedModel(str(link), HF_CACHE, "", repo_id, blob))
    return result


def scan_lmstudio(root: Path) -> ScanResult:
    """GGUF files in LM Studio's models folder: PUBLISHER/REPO/FILE.gguf, and files right in
    the root or one level below (links to other disks followed)."""
    root = Path(os.path.abspath(root))
    return _from_walk(walk_gguf(root), root, LMSTUDIO, repo_ids=True)


def ollama_name(parts: tuple[str, ...]) -> str:
    """The name Ollama shows for a manifest path (HOST/NAMESPACE[/KIND]/MODEL/TAG):
    "model:tag" on the default registry and namespace, else with what differs."""
    host, namespace, *middle = parts
    *kind, model, tag = middle
    if host.lower() != OLLAMA_DEFAULT_HOST:
        prefix = f"{host}/{namespace}/"
    elif namespace.lower() != OLLAMA_DEFAULT_NAMESPACE:
        prefix = f"{namespace}/"
    else:
        prefix = ""
    return prefix + "".join(f"{k}/" for k in kind) + f"{model}:{tag}"


def _ollama_blob(blobs: Path, hexdigest: str) -> Path | None:
    """The blob file of a digest: sha256-HEX, or sha256:HEX as older versions named it."""
    for name in (f"sha256-{hexdigest}", f"sha256:{hexdigest}"):
        blob = blobs / name
        if is_regular(blob):
            return blob
    return None


def scan_ollama(root: Path) -> ScanResult:
    """Models in Ollama's store: each manifest's model layer is a GGUF blob, listed under
    Ollama's name for it; its projector or adapter layers are linked too (listed apart)."""
    root = Path(os.path.abspath(root))
    manifests, blobs = root / "manifests", root / "blobs"
    result = ScanResult()
    if not manifests.is_dir():
        return result
    for folder, _dirs, files in os.walk(manifests, followlinks=False):
        for tag in sorted(files):
            manifest = Path(folder) / tag
            parts = manifest.relative_to(manifests).parts
            if len(parts) not in (4, 5) or tag.startswith("."):
                continue
            try:
                if manifest.stat().st_size > MAX_MANIFEST:
                    raise ValueError("too large")
                data = json.loads(manifest.read_text(encoding="utf-8"))
                if not isinstance(data, dict):
                    raise ValueError("not a JSON object")
            except (OSError, ValueError) as exc:
                reason = os_reason(exc)
                result.skip(manifest, BAD_MANIFEST, reason=reason)
                continue
            name = ollama_name(parts)
            layers = data.get("layers")
            for layer in layers if isinstance(layers, list) else []:
                if not isinstance(layer, dict):
                    continue
                media = layer.get("mediaType")
                if media != OLLAMA_MODEL_LAYER and media not in OLLAMA_EXTRA_LAYERS:
                    continue
                algo, _, hexdigest = str(layer.get("digest", "")).partition(":")
                if algo != "sha256" or not _HEX64.match(hexdigest):
                    continue
                blob = _ollama_blob(blobs, hexdigest)
                if blob is None:
                    result.skip(blobs / f"sha256-{hexdigest}", BLOB_MISSING, name=name)
                    continue
                label = name if media == OLLAMA_MODEL_LAYER \
                    else f"{name} {OLLAMA_EXTRA_LAYERS[media]}"
                result.models.append(LinkedModel(str(blob), OLLAMA, label, "", hexdigest))
    return result


def scan_folder(root: Path) -> ScanResult:
    """Every GGUF file under a folder (links followed), or the file itself."""
    root = Path(os.path.abspath(root))
    if is_regular(root):
        return ScanResult([LinkedModel(str(root), FILE)])
    return _from_walk(walk_gguf(root), root, FOLDER, repo_ids=False)


def detect_layout(path: Path) -> str:
    """Which kind of store a path is."""
    if path.is_file():
        return FILE
    if (path / "manifests").is_dir() and (path / "blobs").is_dir():
        return OLLAMA
    if path.name.startswith("models--") or any(path.glob("models--*")) \
            or any((path / "hub").glob("models--*")):
        return HF_CACHE
    text = str(path).lower()
    if ".lmstudio" in text or "lm-studio" in text or "lmstudio" in path.name.lower():
        return LMSTUDIO
    return FOLDER


SCANNERS = {HF_CACHE: scan_hf_cache, LMSTUDIO: scan_lmstudio, OLLAMA: scan_ollama,
            FOLDER: scan_folder, FILE: scan_folder}


#: what each layout looks like, as a refusal of a --layout the folder does not match says
LAYOUT_LOOKS = {
    HF_CACHE: QT_TRANSLATE_NOOP("errors", "a Hugging Face cache (models--OWNER--NAME folders)"),
    OLLAMA: QT_TRANSLATE_NOOP("errors", "an Ollama models folder (manifests and blobs folders)"),
    LMSTUDIO: QT_TRANSLATE_NOOP("errors", "LM Studio's models folder"),
    FOLDER: QT_TRANSLATE_NOOP("errors", "a folder of GGUF files"),
    FILE: QT_TRANSLATE_NOOP("errors", "a file"),
}
WRONG_LAYOUT = QT_TRANSLATE_NOOP(
    "errors", "--layout {layout} expects {expected}, but {path} looks like {found}: leave out "
    "--layout, or give --layout {detected}.")


def check_layout(path: Path, layout: str) -> None:
    """UserError(WRONG_LAYOUT) when a store's layout given by name (hf-cache, ollama) is not
    what the folder at path is (nothing is found there then); others read any folder."""
    if layout not in (HF_CACHE, OLLAMA) or not path.is_dir():
        return
    detected = detect_layout(path)
    if detected != layout:
        raise UserError(WRONG_LAYOUT, layout=layout, path=str(path), detected=detected,
                        expected=UserError(LAYOUT_LOOKS[layout]),
                        found=UserError(LAYOUT_LOOKS[detected]))


#: a store's layout given for one file
LAYOUT_OF_A_FILE = QT_TRANSLATE_NOOP(
    "errors", "{path} is a file, and --layout {layout} reads a folder of models: leave out "
    "--layout to link the file.")


def scan(path: Path, layout: str = "") -> ScanResult:
    """The GGUF models in a file, folder or store (layout detected unless given): split
    models by their first part, non-GGUF files and orphan parts skipped with the reason."""
    path = path.expanduser()
    if not os.path.lexists(path):
        raise UserError(MISSING_PATH, path=str(path))
    reason = unusable(path)
    if reason is not None:  # said as the one skipped entry, as for a file that is no model
        refused = ScanResult()
        refused.skip(Path(os.path.abspath(path)), reason)
        return refused
    if layout and layout != FILE and os.path.isfile(path):
        raise UserError(LAYOUT_OF_A_FILE, path=str(path), layout=layout)
    layout = layout or detect_layout(path)
    found = SCANNERS[layout](path)
    result = ScanResult(skipped=list(found.skipped))
    listed = {m.path for m in found.models}
    for model in found.models:
        file = Path(model.path)
        name = split_name(file.name)
        if name is not None and name.part > 1:
            first = first_part(file)
            if str(first) in listed:
                continue  # linked through its first part
            if layout == FILE and is_regular(first):
                model.path = str(first)  # the user picked a later part: link the model
                file = first
            else:
                result.skip(file, NO_FIRST_PART, first=first.name)
                continue
        if not is_gguf_file(file):
            problem = header_problem(file)  # empty, out of reach: said so, else "not GGUF"
            if isinstance(problem, UserError) and problem.template in FILE_PROBLEMS:
                result.skip(file, SKIPPED, reason=problem)
            else:
                result.skip(file, NOT_GGUF)
            continue
        problem = header_problem(file)
        if problem:
            result.skip(file, DAMAGED_GGUF, reason=problem)
            continue
        result.models.append(model)
    return result


def header_problem(path: Path) -> UserError | str:
    """Why a file with the GGUF signature cannot be used (its header or tensor table does
    not read, or the file is shorter than its tensors need); "" when it reads."""
    from chatapp.gguf_meta import file_info
    from chatapp.gguf_stream import GGUFError

    try:
        file_info(path, read_tensors=True)
    except GGUFError as exc:
        return exc
    except OSError as exc:
        return os_reason(exc)
    return ""


def find_models(path: Path, layout: str = "") -> list[LinkedModel]:
    """The GGUF models in a file, folder or store (see :func:`scan`)."""
    return scan(path, layout).models


def _json_file(path: Path) -> dict:
    try:
        if path.stat().st_size > MAX_MANIFEST:
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _lmstudio_candidates(home: Path) -> list[Path]:
    """LM Studio's models folders: the one its settings name, its (moved) home, the old one."""
    found: list[Path] = []
    config_dirs = [home / ".lmstudio"]
    if os.environ.get("APPDATA"):
        config_dirs.append(Path(os.environ["APPDATA"]) / "LM Studio")
    config_dirs += [Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config") / "LM Studio",
                    home / "Library" / "Application Support" / "LM Studio"]
    for folder in config_dirs:
        downloads = _json_file(folder / "settings.json").get("downloadsFolder")
        if isinstance(downloads, str) and downloads:
            found.append(Path(downloads).expanduser())
    try:
        pointer = (home / ".lmstudio-home-pointer").read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        pointer = ""
    if pointer and len(pointer) < 4096:
        found.append(Path(pointer).expanduser() / "models")
    found += [home / ".lmstudio" / "models", home / ".cache" / "lm-studio" / "models"]
    return found


def store_candidates() -> list[tuple[str, Path]]:
    """Where the other apps keep models on this system (existing or not), most likely first."""
    home = Path.home()
    env = os.environ.get
    hf: list[Path] = [Path(p) for p in (env("HF_HUB_CACHE"), env("HUGGINGFACE_HUB_CACHE")) if p]
    if env("HF_HOME"):
        hf.append(Path(env("HF_HOME") or "") / "hub")
    if env("XDG_CACHE_HOME"):
        hf.append(Path(env("XDG_CACHE_HOME") or "") / "huggingface" / "hub")
    hf.append(home / ".cache" / "huggingface" / "hub")
    ollama = [Path(env("OLLAMA_MODELS") or "")] if env("OLLAMA_MODELS") else []
    ollama += [home / ".ollama" / "models", Path("/usr/share/ollama/.ollama/models"),
               Path("/var/lib/ollama/.ollama/models"), Path("/var/lib/ollama/models"),
               Path("/var/snap/ollama/common/models")]
    return ([(HF_CACHE, p) for p in hf] + [(LMSTUDIO, p) for p in _lmstudio_candidates(home)]
            + [(OLLAMA, p) for p in ollama])


def known_stores() -> list[tuple[str, Path]]:
    """The other apps' model stores found on this machine: (kind, folder), each folder once."""
    found: list[tuple[str, Path]] = []
    seen: set[str] = set()
    for kind, path in store_candidates():
        try:
            if not path.is_dir():
                continue
            real = str(path.resolve())
        except OSError:
            continue
        if kind == OLLAMA and not (path / "manifests").is_dir():
            continue
        if real not in seen:
            seen.add(real)
            found.append((kind, path))
    return found


class Links:
    """The list of linked files, in data/linked-models.json."""

    def __init__(self, paths: Paths) -> None:
        self.file = paths.data / "linked-models.json"

    def entries(self) -> list[LinkedModel]:
        """The linked files, in the order they were linked."""
        out = []
        for item in read_json(self.file, list):
            if isinstance(item, dict) and isinstance(item.get("path"), str):
                known = {k: v for k, v in item.items() if k in LinkedModel.__dataclass_fields__}
                try:
                    out.append(LinkedModel(**known))
                except TypeError:
                    continue
        return out

    def _write(self, entries: list[LinkedModel]) -> None:
        write_json(self.file, [asdict(e) for e in entries])

    def add(self, models: list[LinkedModel], models_root: Path | None = None) -> list[LinkedModel]:
        """Link models (skipping ones already linked, by path or by the file they lead to,
        and ones inside the library); the new ones. A linked file that is gone and has the
        name (and Ollama digest) of one linked now was moved there: it is forgotten."""
        entries = self.entries()
        known = {e.path for e in entries} | {os.path.realpath(e.path) for e in entries}
        root = str(models_root.resolve()) if models_root else None
        added = []
        for model in models:
            real = os.path.realpath(model.path)
            if model.path in known or real in known \
                    or (root and _inside(Path(real), Path(root))):
                continue
            known |= {model.path, real}
            entries.append(model)
            added.append(model)
        if added:  # a file gone whose like was linked again elsewhere was moved: forgotten
            moved = {(os.path.basename(m.path), m.sha256 or "") for m in added}
            entries = [e for e in entries if e in added or os.path.lexists(e.path)
                       or (os.path.basename(e.path), e.sha256 or "") not in moved]
            self._write(entries)
        return added

    def remove(self, *paths: str) -> bool:
        """Forget linked files (the files stay where they are); whether any was linked."""
        entries = self.entries()
        kept = [e for e in entries if e.path not in paths]
        if len(kept) != len(entries):
            self._write(kept)
            return True
        return False
