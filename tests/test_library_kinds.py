"""Files that are not chat models (vision projectors, embedding models, rerankers, LoRA
adapters, control vectors, vocabulary-only files, …) are told apart by their header, listed
apart as what they are, never offered for chatting, and `chat -m` on one says what it is."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from gguf_factory import NOT_CHAT_KINDS, write_not_chat, write_tiny_llama

from chatapp.gguf_meta import read_gguf_info
from chatapp.library import Library
from chatapp.library_kinds import CHAT, EMBEDDING, LABELS, file_kind
from chatapp.paths import app_paths

# the factory's kinds that llama.cpp counts as embedding models though their names differ
EXPECTED = {"pooled-decoder": EMBEDDING, "non-causal": EMBEDDING}


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=120, env=os.environ.copy())


@pytest.fixture(scope="module")
def kind_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("kinds")
    files = {kind: write_not_chat(folder / f"{kind}-F32.gguf", kind) for kind in NOT_CHAT_KINDS}
    files[CHAT] = write_tiny_llama(folder / "chat-F32.gguf")
    return files


@pytest.mark.parametrize("kind", (*NOT_CHAT_KINDS, CHAT))
def test_header_says_what_a_file_is(kind_files: dict[str, Path], kind: str) -> None:
    info = read_gguf_info(kind_files[kind], read_tensors=True)
    assert file_kind(info) == EXPECTED.get(kind, kind)


def test_library_lists_only_chat_models_for_chatting(kind_files: dict[str, Path]) -> None:
    paths = app_paths().ensure()
    folder = paths.models / "acme" / "Mixed-GGUF"
    folder.mkdir(parents=True)
    for kind, path in kind_files.items():
        if kind != CHAT:
            shutil.copy(path, folder / path.name)
    library = Library(paths)
    assert [m for m in library.models() if not m.starter] == []
    assert library.default_model() is None or library.default_model().starter
    others = {m.file_name: m.kind for m in library.others()}
    assert others == {p.name: EXPECTED.get(k, k) for k, p in kind_files.items() if k != CHAT}
    shutil.copy(kind_files[CHAT], folder / "chat-F32.gguf")
    library = Library(paths)
    assert [m.file_name for m in library.models() if not m.starter] == ["chat-F32.gguf"]
    assert library.default_model("size:1:mtime:1", [
        m for m in library.entries() if not m.starter]).file_name == "chat-F32.gguf"
    # a model that went away gives way to the starter, else to the smallest chat model
    with open(folder / "a-big-chat-F32.gguf", "wb") as big:
        big.write((folder / "chat-F32.gguf").read_bytes())
        big.write(b"\0" * 4096)  # the same model, a larger file (padding after its data)
    listed = [m for m in Library(paths).entries() if m.is_chat]
    if any(m.starter for m in listed):
        assert library.default_model("gone", listed).starter
    without_starter = [m for m in listed if not m.starter]
    assert library.default_model("gone", without_starter).file_name == "chat-F32.gguf"


def test_cli_lists_other_files_apart_and_refuses_to_chat_with_them(
        kind_files: dict[str, Path]) -> None:
    paths = app_paths().ensure()
    for kind in ("vision-projector", "embedding", "lora-adapter", CHAT):
        shutil.copy(kind_files[kind], paths.models / kind_files[kind].name)
    listing = run_cli("models")
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    header = lines.index("Not chat models (they go with a chat model or do other work):")
    assert any(line.startswith("  chat-F32.gguf") for line in lines[:header])
    assert [line.split("  ")[:2] for line in lines[header:] if line.startswith("- ")] == [
        ["- embedding-F32.gguf", "embedding model"],
        ["- lora-adapter-F32.gguf", "LoRA adapter"],
        ["- vision-projector-F32.gguf", "vision projector"]]
    for spec, says in (("vision-projector-F32", "is a vision projector"),
                       (str(paths.models / "embedding-F32.gguf"), "is an embedding model"),
                       ("lora-adapter-F32.gguf", "is a LoRA adapter")):
        result = run_cli("chat", "-m", spec, "--max-tokens", "4", "hi")
        assert result.returncode == 1 and "Traceback" not in result.stderr
        [line] = result.stderr.strip().splitlines()
        assert says in line and "cannot" in line


def test_every_kind_has_a_label_and_a_sentence() -> None:
    from chatapp.library_kinds import NOT_CHAT

    assert set(NOT_CHAT) | {CHAT} == set(LABELS)
    assert all("{name}" in text for text in NOT_CHAT.values())


def test_kinds_and_refusals_are_translated(kind_files: dict[str, Path]) -> None:
    paths = app_paths().ensure()
    shutil.copy(kind_files["vision-projector"], paths.models / "proj-F16.gguf")
    env = dict(os.environ, LANG="id_ID.UTF-8")
    listing = subprocess.run([sys.executable, "-m", "chatapp", "models"], capture_output=True,
                             text=True, timeout=120, env=env)
    assert "- proj-F16.gguf  proyektor visi" in listing.stdout
    assert "Bukan model obrolan" in listing.stdout
    result = subprocess.run([sys.executable, "-m", "chatapp", "chat", "-m", "proj-F16", "hi"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "chatapp: proj-F16.gguf adalah proyektor visi: memberi model obrolan masukan gambar dan "
        "tidak dapat mengobrol sendiri. Pilih model obrolannya.")
