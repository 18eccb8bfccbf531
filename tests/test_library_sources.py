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
    scan,
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
    found = scan_hf_cache(cache).models
    assert [(Path(m.path).name, m.repo_id, m.source) for m in found] == [
        ("tiny-Q4_K_M.gguf", "tester/tiny-GGUF", HF_CACHE)]
    link = Path(found[0].path)  # the snapshot's file, so split parts are found beside it
    assert link.is_symlink() and link.parent.parent.name == "snapshots"
    blob = link.resolve()
    assert blob.parent.name == "blobs"
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
    result = scan_hf_cache(tmp_path / "hf")
    assert result.models == []
    assert [str(s) for s in result.skipped] == [
        f"{snapshot / 'escape-Q4_0.gguf'} points outside its Hugging Face cache folder; "
        "skipped."]


def test_lmstudio_folder(tmp_path: Path, tiny_files: dict[str, Path]) -> None:
    root = tmp_path / ".lmstudio" / "models"
    folder = root / "lmstudio-community" / "tiny-GGUF"
    folder.mkdir(parents=True)
    shutil.copy(tiny_files["small"], folder / "tiny-Q4_K_M.gguf")
    (folder / "notes.txt").write_text("not a model")
    (folder / "broken.gguf").write_text("not a model either")
    (folder / "empty.gguf").write_bytes(b"")  # what is wrong with a file as a file is said
    assert detect_layout(root) == LMSTUDIO
    found = scan_lmstudio(root).models
    assert [(Path(m.path).name, m.repo_id) for m in found] == [
        ("broken.gguf", "lmstudio-community/tiny-GGUF"),
        ("empty.gguf", "lmstudio-community/tiny-GGUF"),
        ("tiny-Q4_K_M.gguf", "lmstudio-community/tiny-GGUF")]
    assert [str(s) for s in scan(root).skipped] == [  # only real GGUF files are linked
        f"{folder / 'broken.gguf'} does not start with the GGUF signature, so it is not a "
        "GGUF model; skipped.", f"{folder / 'empty.gguf'} was skipped. The file is empty."]
    assert link_all(root) == ["tiny-Q4_K_M"]
    model = next(m for m in Library(app_paths()).models() if m.source == LMSTUDIO)
    assert model.repo_id == "lmstudio-community/tiny-GGUF" and model.path.startswith(str(root))


def test_ollama_store(tmp_path: Path, tiny_files: dict[str, Path]) -> None:
    root = tmp_path / ".ollama" / "models"
    digest = make_ollama(root, tiny_files["small"], "tiny", "1b")
    make_ollama(root, tiny_files["medium"], "mid", "latest", namespace="someone")
    assert detect_layout(root) == OLLAMA
    found = scan_ollama(root).models
    assert sorted(m.name for m in found) == ["someone/mid:latest", "tiny:1b"]
    tiny = next(m for m in found if m.name == "tiny:1b")
    assert tiny.path == str(root / "blobs" / f"sha256-{digest}") and tiny.sha256 == digest
    assert link_all(root) == ["someone/mid:latest", "tiny:1b"]
    model = next(m for m in Library(app_paths()).models() if m.name == "tiny:1b")
    assert model.source == OLLAMA and model.key == f"sha256:{digest}"
    assert Library(app_paths()).resolve("tiny:1b").path == model.path
    # an answer is named by Ollama's name, not by its blob's (was: "sha256-…")
    import subprocess
    import sys

    from chatapp.store import Store

    chat = subprocess.run([sys.executable, "-m", "chatapp", "chat", "-m", "tiny:1b",
                           "--max-tokens", "2", "hi"], capture_output=True, text=True,
                          timeout=120, env=os.environ.copy())
    assert chat.returncode == 0, chat.stderr
    store = Store(app_paths().database)
    try:
        (conversation,) = store.conversations()
        answer = store.messages(conversation.id)[-1]
        assert (answer.role, answer.model_name) == ("assistant", "tiny:1b")
    finally:
        store.close()


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


def ollama_manifest(root: Path, parts: tuple[str, ...], layers: list[tuple[str, Path]],
                    old_blob_names: bool = False) -> None:
    """A manifest at manifests/HOST/NAMESPACE/MODEL/TAG with these (media type, file) layers,
    their blobs named sha256-HEX (or sha256:HEX as Ollama did before)."""
    (root / "blobs").mkdir(parents=True, exist_ok=True)
    entries = []
    for media, path in layers:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        blob = root / "blobs" / (f"sha256:{digest}" if old_blob_names else f"sha256-{digest}")
        shutil.copy(path, blob)
        entries.append({"mediaType": media, "digest": f"sha256:{digest}",
                        "size": path.stat().st_size})
    manifest = root / "manifests" / Path(*parts)
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_text(json.dumps({"schemaVersion": 2, "layers": entries}))


def test_ollama_names_other_registries_old_blobs_and_projectors(
        tmp_path: Path, tiny_files: dict[str, Path]) -> None:
    from gguf_factory import write_not_chat

    root = tmp_path / "ollama"
    model = "application/vnd.ollama.image.model"
    projector = write_not_chat(tmp_path / "proj.gguf", "vision-projector")
    ollama_manifest(root, ("registry.ollama.ai", "library", "llava", "7b"),
                    [(model, tiny_files["small"]),
                     ("application/vnd.ollama.image.projector", projector)])
    ollama_manifest(root, ("hf.co", "bartowski", "Tiny-GGUF", "Q4_K_M"),
                    [(model, tiny_files["medium"])])
    ollama_manifest(root, ("registry.ollama.ai", "someone", "old", "latest"),
                    [(model, tiny_files["large"])], old_blob_names=True)
    ollama_manifest(root, ("registry.ollama.ai", "library", "gone", "latest"),
                    [(model, tiny_files["small"])])
    gone = next((root / "manifests" / "registry.ollama.ai" / "library" / "gone").iterdir())
    digest = json.loads(gone.read_text())["layers"][0]["digest"].split(":")[1]
    gone.write_text(gone.read_text().replace(digest, "f" * 64))
    (root / "manifests" / "registry.ollama.ai" / "library" / "broken").mkdir()
    (root / "manifests" / "registry.ollama.ai" / "library" / "broken" / "latest").write_text("{")
    result = scan(root)
    assert sorted(m.name for m in result.models) == [
        "hf.co/bartowski/Tiny-GGUF:Q4_K_M", "llava:7b", "llava:7b mmproj",
        "someone/old:latest"]
    assert sorted(str(s).split(" ")[0].rsplit("/", 1)[-1] for s in result.skipped) == [
        "latest", f"sha256-{'f' * 64}:"]
    paths = app_paths().ensure()
    Links(paths).add(result.models, paths.models)
    library = Library(paths)
    assert sorted(m.list_name for m in library.models() if not m.starter) == [
        "hf.co/bartowski/Tiny-GGUF:Q4_K_M", "llava:7b", "someone/old:latest"]
    assert [(m.list_name, m.kind) for m in library.others()] == [
        ("llava:7b mmproj", "vision-projector")]
    assert library.resolve("someone/old:latest").path.endswith(
        "sha256:" + hashlib.sha256(tiny_files["large"].read_bytes()).hexdigest())


def test_known_stores_follow_each_apps_settings(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from chatapp.library_sources import known_stores

    home = tmp_path / "user"
    monkeypatch.setenv("HOME", str(home))
    for name in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_HOME", "XDG_CACHE_HOME",
                 "XDG_CONFIG_HOME", "OLLAMA_MODELS", "APPDATA"):
        monkeypatch.delenv(name, raising=False)
    default_hf = home / ".cache" / "huggingface" / "hub"
    old_lmstudio = home / ".cache" / "lm-studio" / "models"
    ollama = home / ".ollama" / "models"
    for folder in (default_hf, old_lmstudio, ollama / "manifests", ollama / "blobs"):
        folder.mkdir(parents=True)
    assert known_stores() == [(HF_CACHE, default_hf), (LMSTUDIO, old_lmstudio),
                              (OLLAMA, ollama)]
    # moved homes and folders: HF_HOME, LM Studio's home pointer and settings, OLLAMA_MODELS
    hf_home = tmp_path / "hf-home"
    (hf_home / "hub").mkdir(parents=True)
    monkeypatch.setenv("HF_HOME", str(hf_home))
    moved = tmp_path / "big-disk" / ".lmstudio"
    (moved / "models").mkdir(parents=True)
    (home / ".lmstudio-home-pointer").write_text(str(moved) + "\n")
    chosen = tmp_path / "big-disk" / "llms"
    chosen.mkdir()
    settings = home / ".config" / "LM Studio" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"downloadsFolder": str(chosen)}))
    other_ollama = tmp_path / "ollama-models"
    (other_ollama / "manifests").mkdir(parents=True)
    monkeypatch.setenv("OLLAMA_MODELS", str(other_ollama))
    found = known_stores()
    assert found[:2] == [(HF_CACHE, hf_home / "hub"), (HF_CACHE, default_hf)]
    assert [p for k, p in found if k == LMSTUDIO] == [chosen, moved / "models", old_lmstudio]
    assert [p for k, p in found if k == OLLAMA] == [other_ollama, ollama]
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub-cache"))
    (tmp_path / "hub-cache").mkdir()
    assert known_stores()[0] == (HF_CACHE, tmp_path / "hub-cache")


def test_split_model_in_the_hf_cache_chats_through_its_snapshot(
        hub: FakeHub, tmp_path: Path) -> None:
    import subprocess
    import sys

    from gguf_factory import write_tiny_llama
    from huggingface_hub import hf_hub_download

    folder = tmp_path / "split"
    folder.mkdir()
    write_tiny_llama(folder / "split-F32.gguf", split_max_tensors=11)
    parts = sorted(folder.iterdir())
    assert len(parts) == 2
    hub.add_repo("tester/split-GGUF", {p.name: p for p in parts})
    hf_home = tmp_path / "hf-home"
    for part in parts:
        hf_hub_download("tester/split-GGUF", part.name, cache_dir=str(hf_home / "hub"),
                        endpoint=hub.url)
    result = scan(hf_home)  # HF_HOME: its hub/ folder is the cache
    assert [Path(m.path).name for m in result.models] == [parts[0].name]
    paths = app_paths().ensure()
    Links(paths).add(result.models, paths.models)
    [model] = [m for m in Library(paths).models() if not m.starter]
    assert model.list_name == "split-F32.gguf" and len(model.parts) == 2 and not model.problem
    assert model.repo_id == "tester/split-GGUF"
    chat = subprocess.run([sys.executable, "-m", "chatapp", "chat", "-m", "split-F32",
                           "--max-tokens", "4", "hi"], capture_output=True, text=True,
                          timeout=120, env=os.environ.copy())
    assert chat.returncode == 0, chat.stderr
