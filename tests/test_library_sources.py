"""Linking models already on disk: a huggingface_hub cache (filled by real hf_hub_download
calls against the local Hub), LM Studio's folder, Ollama's blob store, folders and files."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from hub_server import FakeHub

from chatapp.errors import UserError
from chatapp.library import Library
from chatapp.library_sources import (
    HF_CACHE,
    LMSTUDIO,
    OLLAMA,
    Links,
    detect_layout,
    find_models,
    scan_hf_cache,
    scan_lmstudio,
    scan_ollama,
)
from chatapp.paths import app_paths

pytest_plugins = ("hub_fixtures",)


def link_all(path: Path, layout: str = "") -> list[str]:
    paths = app_paths().ensure()
    Links(paths).add(find_models(path, layout), paths.models)
    return sorted(m.display_name for m in Library(paths).models() if not m.starter)


def make_ollama(root: Path, model: Path, name: str = "tiny", tag: str = "latest",
                namespace: str = "library") -> str:
    digest = hashlib.sha256(model.read_bytes()).hexdigest()
    (root / "blobs").mkdir(parents=True, exist_ok=True)
    shutil.copy(model, root / "blobs" / f"sha256-{digest}")
    config = b'{"model_format":"gguf"}'
    config_digest = hashlib.sha256(config).hexdigest()
    (root / "blobs" / f"sha256-{config_digest}").write_bytes(config)
    manifest = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
        "config": {"mediaType": "application/vnd.docker.container.image.v1+json",
                   "digest": f"sha256:{config_digest}", "size": len(config)},
        "layers": [
            {"mediaType": "application/vnd.ollama.image.model", "digest": f"sha256:{digest}",
             "size": model.stat().st_size},
            {"mediaType": "application/vnd.ollama.image.template",
             "digest": f"sha256:{config_digest}", "size": len(config)},
        ],
    }
    folder = root / "manifests" / "registry.ollama.ai" / namespace / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / tag).write_text(json.dumps(manifest))
    return digest


def test_hf_cache_from_real_downloads(hub: FakeHub, tmp_path: Path) -> None:
    from huggingface_hub import hf_hub_download

    cache = tmp_path / "hf"
    for name in ("tiny-Q4_K_M.gguf", "config.json", "README.md"):
        hf_hub_download("tester/tiny-GGUF", name, cache_dir=str(cache), endpoint=hub.url)
    assert detect_layout(cache) == HF_CACHE
    found = scan_hf_cache(cache)
    assert [(m.name, m.repo_id, m.source) for m in found] == [
        ("tiny-Q4_K_M", "tester/tiny-GGUF", HF_CACHE)]
    blob = Path(found[0].path)
    assert blob.parent.name == "blobs" and not blob.is_symlink()
    assert found[0].sha256 == blob.name  # the cache names LFS blobs by their sha256
    paths = app_paths().ensure()
    Links(paths).add(found, paths.models)
    model = next(m for m in Library(paths).models() if m.source == HF_CACHE)
    assert model.display_name == "tiny-Q4_K_M"
    assert model.repo_id == "tester/tiny-GGUF" and model.architecture == "llama"
    assert model.has_template and model.key == f"sha256:{blob.name}"
    # nothing was copied into the library
    assert not list(paths.models.rglob("*.gguf"))


def test_hf_cache_symlink_out_of_the_cache_is_refused(tmp_path: Path,
                                                      tiny_files: dict[str, Path]) -> None:
    repo = tmp_path / "hf" / "models--evil--repo"
    snapshot = repo / "snapshots" / ("a" * 40)
    snapshot.mkdir(parents=True)
    os.symlink(tiny_files["small"], snapshot / "escape-Q4_0.gguf")
    assert scan_hf_cache(tmp_path / "hf") == []


def test_lmstudio_folder(tmp_path: Path, tiny_files: dict[str, Path]) -> None:
    root = tmp_path / ".lmstudio" / "models"
    folder = root / "lmstudio-community" / "tiny-GGUF"
    folder.mkdir(parents=True)
    shutil.copy(tiny_files["small"], folder / "tiny-Q4_K_M.gguf")
    (folder / "notes.txt").write_text("not a model")
    (folder / "broken.gguf").write_text("not a model either")
    assert detect_layout(root) == LMSTUDIO
    found = scan_lmstudio(root)
    assert [(Path(m.path).name, m.repo_id) for m in found] == [
        ("broken.gguf", "lmstudio-community/tiny-GGUF"),
        ("tiny-Q4_K_M.gguf", "lmstudio-community/tiny-GGUF")]
    assert link_all(root) == ["tiny-Q4_K_M"]  # only real GGUF files are linked
    model = next(m for m in Library(app_paths()).models() if m.source == LMSTUDIO)
    assert model.repo_id == "lmstudio-community/tiny-GGUF" and model.path.startswith(str(root))


def test_ollama_store(tmp_path: Path, tiny_files: dict[str, Path]) -> None:
    root = tmp_path / ".ollama" / "models"
    digest = make_ollama(root, tiny_files["small"], "tiny", "1b")
    make_ollama(root, tiny_files["medium"], "mid", "latest", namespace="someone")
    assert detect_layout(root) == OLLAMA
    found = scan_ollama(root)
    assert sorted(m.name for m in found) == ["someone/mid:latest", "tiny:1b"]
    tiny = next(m for m in found if m.name == "tiny:1b")
    assert tiny.path == str(root / "blobs" / f"sha256-{digest}") and tiny.sha256 == digest
    assert link_all(root) == ["someone/mid:latest", "tiny:1b"]
    model = next(m for m in Library(app_paths()).models() if m.name == "tiny:1b")
    assert model.source == OLLAMA and model.key == f"sha256:{digest}"
    assert Library(app_paths()).resolve("tiny:1b").path == model.path


def test_any_folder_or_file_and_delete_only_forgets_links(tmp_path: Path,
                                                         tiny_files: dict[str, Path]) -> None:
    folder = tmp_path / "mine"
    (folder / "deep").mkdir(parents=True)
    shutil.copy(tiny_files["small"], folder / "a.gguf")
    shutil.copy(tiny_files["medium"], folder / "deep" / "b.gguf")
    single = tmp_path / "single.gguf"
    shutil.copy(tiny_files["large"], single)
    assert link_all(folder) == ["a", "b"]
    assert link_all(single) == ["a", "b", "single"]
    assert link_all(folder) == ["a", "b", "single"]  # linking twice adds nothing
    paths = app_paths()
    library = Library(paths)
    model = next(m for m in library.models() if m.stem == "single")
    library.delete(model)
    assert single.exists()  # the user's file is kept
    assert "single" not in {m.stem for m in library.models()}
    with pytest.raises(UserError):
        find_models(tmp_path / "missing")


def test_delete_library_file(tiny_files: dict[str, Path]) -> None:
    paths = app_paths().ensure()
    folder = paths.models / "owner" / "repo"
    folder.mkdir(parents=True)
    shutil.copy(tiny_files["small"], folder / "x-Q4_0.gguf")
    library = Library(paths)
    model = next(m for m in library.models() if m.file_name == "x-Q4_0.gguf")
    assert model.source == "library" and model.repo_id == "owner/repo"
    library.delete(model)
    assert not folder.exists() and paths.models.is_dir()
