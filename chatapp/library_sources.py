"""Models already on disk, used where they are (no copy): the huggingface_hub cache,
LM Studio's models folder, Ollama's blob store, and any folder or file the user picks.

Linked files are listed in ``data/linked-models.json``; removing a link never deletes the
file.  Only regular files that start with the GGUF signature are linked; symlinks are
followed only inside the store they belong to (an HF cache snapshot into its blobs).
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.gguf_meta import is_gguf_file
from chatapp.paths import Paths

log = logging.getLogger(__name__)

HF_CACHE, LMSTUDIO, OLLAMA, FOLDER, FILE = "hf-cache", "lmstudio", "ollama", "folder", "file"
OLLAMA_MODEL_LAYER = "application/vnd.ollama.image.model"
MAX_FILES = 10_000
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass
class LinkedModel:
    """A GGUF file outside the library that the library lists.

    Attributes:
        path: the file (absolute, symlinks resolved).
        source: which kind of store it came from (HF_CACHE, LMSTUDIO, OLLAMA, FOLDER, FILE).
        name: the name to show ("llama3.2:1b" for Ollama; "" uses the file name).
        repo_id: OWNER/NAME when the store knows it.
        sha256: the content hash when the store names files by it.
    """

    path: str
    source: str
    name: str = ""
    repo_id: str = ""
    sha256: str = ""
    linked_at: float = field(default_factory=time.time)


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _inside(path: Path, root: Path) -> bool:
    try:
        return os.path.commonpath([str(path), str(root)]) == str(root)
    except ValueError:
        return False


def _walk_gguf(root: Path) -> list[Path]:
    """*.gguf regular files under root, without following symlinked folders."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(".gguf"):
                path = Path(folder) / name
                if not path.is_symlink() and _regular(path):
                    found.append(path)
                    if len(found) >= MAX_FILES:
                        return found
    return found


def scan_hf_cache(root: Path) -> list[LinkedModel]:
    """GGUF files in a huggingface_hub cache (models--OWNER--NAME/snapshots/REV/...)."""
    root = root.resolve()
    repos = [root] if root.name.startswith("models--") else sorted(root.glob("models--*"))
    found: list[LinkedModel] = []
    for repo in repos:
        parts = repo.name.split("--")
        repo_id = f"{parts[1]}/{'--'.join(parts[2:])}" if len(parts) >= 3 else ""
        snapshots = repo / "snapshots"
        if not snapshots.is_dir():
            continue
        # newest snapshot first, so one file name maps to its latest revision
        revisions = sorted(snapshots.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)
        seen: set[str] = set()
        for revision in revisions:
            for folder, _dirs, files in os.walk(revision, followlinks=False):
                for name in sorted(files):
                    if not name.lower().endswith(".gguf"):
                        continue
                    link = Path(folder) / name
                    relative = str(link.relative_to(revision))
                    if relative in seen:
                        continue
                    target = link.resolve()
                    if not _inside(target, repo) or not _regular(target):
                        log.warning("skipped %s: it points outside its cache folder", link)
                        continue
                    seen.add(relative)
                    blob = target.name if _HEX64.match(target.name) else ""
                    label = name[:-5] if name.lower().endswith(".gguf") else name
                    found.append(LinkedModel(str(target), HF_CACHE, label, repo_id, blob))
    return found


def scan_lmstudio(root: Path) -> list[LinkedModel]:
    """GGUF files in LM Studio's models folder (OWNER/REPO/FILE.gguf)."""
    root = root.resolve()
    found = []
    for path in _walk_gguf(root):
        parts = path.relative_to(root).parts
        repo_id = f"{parts[0]}/{parts[1]}" if len(parts) >= 3 else ""
        found.append(LinkedModel(str(path), LMSTUDIO, "", repo_id))
    return found


def scan_ollama(root: Path) -> list[LinkedModel]:
    """Models in Ollama's store: each manifest's model layer is a GGUF blob."""
    root = root.resolve()
    manifests, blobs = root / "manifests", root / "blobs"
    found: list[LinkedModel] = []
    if not manifests.is_dir():
        return found
    for folder, _dirs, files in os.walk(manifests, followlinks=False):
        for tag in sorted(files):
            manifest = Path(folder) / tag
            try:
                if manifest.stat().st_size > 1 << 20:
                    continue
                data = json.loads(manifest.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            layers = data.get("layers") if isinstance(data, dict) else None
            for layer in layers if isinstance(layers, list) else []:
                if not isinstance(layer, dict) or layer.get("mediaType") != OLLAMA_MODEL_LAYER:
                    continue
                digest = str(layer.get("digest", ""))
                algo, _, hexdigest = digest.partition(":")
                if algo != "sha256" or not _HEX64.match(hexdigest):
                    continue
                blob = blobs / f"sha256-{hexdigest}"
                if blob.is_symlink() or not _regular(blob) or not is_gguf_file(blob):
                    continue
                parts = manifest.relative_to(manifests).parts  # registry/namespace/model/tag
                model = parts[-2] if len(parts) >= 2 else "model"
                namespace = parts[-3] if len(parts) >= 3 else "library"
                name = f"{model}:{tag}" if namespace == "library" else f"{namespace}/{model}:{tag}"
                found.append(LinkedModel(str(blob), OLLAMA, name, "", hexdigest))
    return found


def scan_folder(root: Path) -> list[LinkedModel]:
    """Every GGUF file under a folder (or the file itself)."""
    root = root.resolve()
    if _regular(root):
        return [LinkedModel(str(root), FILE)]
    return [LinkedModel(str(p), FOLDER) for p in _walk_gguf(root)]


def detect_layout(path: Path) -> str:
    """Which kind of store a path is."""
    if path.is_file():
        return FILE
    if (path / "manifests").is_dir() and (path / "blobs").is_dir():
        return OLLAMA
    if path.name.startswith("models--") or any(path.glob("models--*")):
        return HF_CACHE
    text = str(path).lower()
    if ".lmstudio" in text or "lm-studio" in text or "lmstudio" in path.name.lower():
        return LMSTUDIO
    return FOLDER


SCANNERS = {HF_CACHE: scan_hf_cache, LMSTUDIO: scan_lmstudio, OLLAMA: scan_ollama,
            FOLDER: scan_folder, FILE: scan_folder}


def find_models(path: Path, layout: str = "") -> list[LinkedModel]:
    """The GGUF models in a file, folder or store (layout detected unless given)."""
    path = path.expanduser()
    if not path.exists():
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} does not exist."), path=str(path))
    layout = layout or detect_layout(path)
    models = SCANNERS[layout](path)
    return [m for m in models if is_gguf_file(m.path)]


def known_stores() -> dict[str, Path]:
    """The other apps' model stores found on this machine."""
    home = Path.home()
    candidates: list[tuple[str, Path]] = []
    hf = os.environ.get("HF_HUB_CACHE") or (
        os.path.join(os.environ["HF_HOME"], "hub") if os.environ.get("HF_HOME") else "")
    candidates.append((HF_CACHE, Path(hf) if hf else home / ".cache" / "huggingface" / "hub"))
    candidates += [(LMSTUDIO, home / ".lmstudio" / "models"),
                   (LMSTUDIO, home / ".cache" / "lm-studio" / "models")]
    ollama = os.environ.get("OLLAMA_MODELS")
    candidates += [(OLLAMA, Path(ollama) if ollama else home / ".ollama" / "models"),
                   (OLLAMA, Path("/usr/share/ollama/.ollama/models"))]
    found: dict[str, Path] = {}
    for kind, path in candidates:
        if kind not in found and path.is_dir():
            found[kind] = path
    return found


class Links:
    """The list of linked files, in data/linked-models.json."""

    def __init__(self, paths: Paths) -> None:
        self.file = paths.data / "linked-models.json"

    def entries(self) -> list[LinkedModel]:
        try:
            raw = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        out = []
        for item in raw if isinstance(raw, list) else []:
            if isinstance(item, dict) and isinstance(item.get("path"), str):
                known = {k: v for k, v in item.items() if k in LinkedModel.__dataclass_fields__}
                try:
                    out.append(LinkedModel(**known))
                except TypeError:
                    continue
        return out

    def _write(self, entries: list[LinkedModel]) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.file.with_name(self.file.name + ".tmp")
        tmp.write_text(json.dumps([asdict(e) for e in entries], indent=1), encoding="utf-8")
        os.replace(tmp, self.file)

    def add(self, models: list[LinkedModel], models_root: Path | None = None) -> list[LinkedModel]:
        """Link models (skipping ones already linked or inside the library); the new ones."""
        entries = self.entries()
        known = {e.path for e in entries}
        root = str(models_root.resolve()) if models_root else None
        added = []
        for model in models:
            if model.path in known or (root and _inside(Path(model.path), Path(root))):
                continue
            known.add(model.path)
            entries.append(model)
            added.append(model)
        if added:
            self._write(entries)
        return added

    def remove(self, path: str) -> bool:
        """Forget a linked file (the file stays where it is)."""
        entries = self.entries()
        kept = [e for e in entries if e.path != path]
        if len(kept) != len(entries):
            self._write(kept)
            return True
        return False
