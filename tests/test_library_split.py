"""Split GGUF models (gguf-split's NAME-0000k-of-0000N.gguf parts) are one model: in the
models folder, in linked folders, in `chatapp models`, `rm`, the fit estimate, and when
chatting (real llama.cpp loads the other parts through part 1); a missing part is named."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from gguf_factory import write_tiny_llama

from chatapp.fit_file import local_shape
from chatapp.gguf_meta import GGUFError
from chatapp.library import Library
from chatapp.library_sources import Links, scan
from chatapp.paths import app_paths
from chatapp.units import format_bytes

PARTS = [f"tiny-split-F32-0000{i}-of-00003.gguf" for i in (1, 2, 3)]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=120, env=os.environ.copy())


@pytest.fixture(scope="module")
def split_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny llama split into three parts by gguf-py's splitter, beside the same model in
    one file."""
    folder = tmp_path_factory.mktemp("split")
    first = write_tiny_llama(folder / "tiny-split-F32.gguf", split_max_tensors=9, seed=4)
    assert first.name == PARTS[0]
    (folder / "whole").mkdir()
    write_tiny_llama(folder / "whole" / "tiny-whole-F32.gguf", seed=4)
    return folder


def copy_parts(split_folder: Path, target: Path, parts: list[str] = PARTS) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in parts:
        shutil.copy(split_folder / name, target / name)
    return target


def rows(listing: str) -> list[str]:
    """The first word of each model row of `chatapp models` (as the field checks read it),
    the starter model left out."""
    return [line[2:].split()[0] for line in listing.splitlines()
            if line[:1] in ("*", " ") and line[1:2] == " " and not line.startswith("    ")
            and "gemma" not in line]


def mine(models: list) -> list:
    """The models a test put there (not the starter)."""
    return [m for m in models if m is not None and not m.starter]


def test_split_in_the_models_folder_is_one_model_that_chats_and_is_removed_whole(
        split_folder: Path, chatapp_home: Path) -> None:
    folder = copy_parts(split_folder, app_paths().ensure().models / "acme" / "Tiny-Split-GGUF")
    listing = run_cli("models")
    assert listing.returncode == 0, listing.stderr
    assert rows(listing.stdout) == ["tiny-split-F32.gguf"]
    assert "3 parts" in listing.stdout and "00002-of" not in listing.stdout
    [model] = mine(Library(app_paths()).models())
    assert model.parts == [str(folder / p) for p in PARTS] and model.path == str(folder / PARTS[0])
    assert model.size == sum((folder / p).stat().st_size for p in PARTS)
    assert model.display_name == "tiny-split-F32" and model.repo_id == "acme/Tiny-Split-GGUF"
    # llama.cpp loads parts 2 and 3 itself, given part 1, its shared name or part 3
    for spec in (str(folder / PARTS[0]), "tiny-split-F32", str(folder / "tiny-split-F32.gguf"),
                 str(folder / PARTS[2])):
        result = run_cli("chat", "-m", spec, "--max-tokens", "4", "--seed", "1", "hi")
        assert result.returncode == 0, (spec, result.stderr)
    from chatapp.compare.votes import _ranked_as
    from chatapp.store import Store

    store = Store(app_paths().database)  # its answers are recorded by its shared name
    try:
        answers = [m for c in store.conversations() for m in store.messages(c.id)
                   if m.role == "assistant"]
        assert {m.model_name for m in answers} == {"tiny-split-F32.gguf"}
        store.update_message(answers[0].id, model_name=PARTS[0])  # as recorded before
        assert _ranked_as(store.message(answers[0].id)) == "tiny-split-F32.gguf"
    finally:
        store.close()
    from terminal_run import run_in_terminal

    asked = run_in_terminal(["rm", "tiny-split-F32"], {"[y/N]": "n\n"})  # all its files named
    assert f"Delete tiny-split-F32 ({format_bytes(model.size)} in 3 files, the first " \
        f"{folder / PARTS[0]}) from this computer? This cannot be undone. [y/N]" in \
        " ".join(asked.split()), asked
    assert folder.exists()
    result = run_cli("rm", "tiny-split-F32", "--yes")
    assert result.returncode == 0, result.stderr
    assert not folder.exists()  # every part deleted, then the empty folders


def test_linked_split_is_one_model_and_parts_are_never_offered(split_folder: Path) -> None:
    paths = app_paths().ensure()
    result = scan(split_folder)
    assert sorted(Path(m.path).name for m in result.models) == [PARTS[0], "tiny-whole-F32.gguf"]
    assert result.skipped == []
    Links(paths).add(result.models, paths.models)
    library = Library(paths)
    names = sorted(m.list_name for m in mine(library.models()))
    assert names == ["tiny-split-F32.gguf", "tiny-whole-F32.gguf"]
    part3 = library.resolve(str(split_folder / PARTS[2]))
    assert part3.path == str(split_folder / PARTS[0]) and part3.source == "folder"
    assert library.resolve(PARTS[1]).path == part3.path
    # forgetting it forgets the model, the files stay
    library.delete(part3)
    assert [m.list_name for m in mine(library.models())] == ["tiny-whole-F32.gguf"]
    assert all((split_folder / p).exists() for p in PARTS)


def test_a_missing_or_damaged_part_is_named(split_folder: Path, tmp_path: Path) -> None:
    paths = app_paths().ensure()
    folder = copy_parts(split_folder, paths.models, PARTS[:1] + PARTS[2:])
    library = Library(paths)
    [model] = mine(library.models())
    assert model.problem == f"Part 2 of 3 of this model is missing: {PARTS[1]}"
    assert mine([library.default_model()]) == []  # never picked for chatting
    result = run_cli("chat", "-m", PARTS[0], "--max-tokens", "4", "hi")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"chatapp: Part 2 of 3 of this model is missing: {PARTS[1]}"]
    listing = run_cli("models")
    assert f"tiny-split-F32.gguf  (Part 2 of 3 of this model is missing: {PARTS[1]})" \
        in listing.stdout
    # a truncated part
    shutil.copy(split_folder / PARTS[1], folder / PARTS[1])
    os.truncate(folder / PARTS[1], (folder / PARTS[1]).stat().st_size // 2)
    [model] = mine(Library(paths).models())
    assert model.problem.startswith(f"Part 2 of 3 of this model ({PARTS[1]}) cannot be read: "
                                    "The file is truncated")
    with pytest.raises(GGUFError, match="truncated"):
        local_shape(folder / PARTS[0])


def test_a_split_model_linked_with_a_part_missing_says_why_under_its_row(
        split_folder: Path, tmp_path: Path) -> None:
    folder = copy_parts(split_folder, tmp_path / "broken", PARTS[:1] + PARTS[2:])
    linked = run_cli("link", str(folder))
    assert linked.returncode == 0
    assert linked.stdout.splitlines()[-1] == (  # (was: only its name and path)
        f"    Part 2 of 3 of this model is missing: {PARTS[1]}")


def test_later_parts_alone_are_not_a_model(split_folder: Path, tmp_path: Path) -> None:
    paths = app_paths().ensure()
    copy_parts(split_folder, paths.models, PARTS[1:])
    [model] = mine(Library(paths).models())
    assert model.problem == f"Part 1 of 3 of this model is missing: {PARTS[0]}"
    assert mine([Library(paths).default_model()]) == []
    orphans = copy_parts(split_folder, tmp_path / "orphans", PARTS[1:])
    result = scan(orphans)
    assert result.models == []
    assert sorted(str(s) for s in result.skipped) == [
        f"{orphans / name} is a later part of a split model whose first part ({PARTS[0]}) is "
        "missing; skipped." for name in PARTS[1:]]


def test_fit_estimate_counts_every_part(split_folder: Path, tmp_path: Path) -> None:
    split = local_shape(split_folder / PARTS[0])
    whole = local_shape(split_folder / "whole" / "tiny-whole-F32.gguf")
    assert split.parameters == whole.parameters > 0
    assert split.weights_bytes == whole.weights_bytes
    assert Library(app_paths()).describe(split_folder / PARTS[1]).parameters == whole.parameters
    copy_parts(split_folder, tmp_path / "two", PARTS[:2])
    with pytest.raises(GGUFError, match=f"Part 3 of 3 of this model is missing: {PARTS[2]}"):
        local_shape(tmp_path / "two" / PARTS[0])


@pytest.mark.parametrize(("stored", "shown"), [
    ("tiny-F16-00001-of-00002.gguf", "tiny-F16"), ("tiny-F16.gguf", "tiny-F16"),
    ("Model.GGUF", "Model"), ("odd-00001-of-00001.gguf", "odd-00001-of-00001"), (None, "")])
def test_an_answer_names_a_split_model_as_the_picker_does(tmp_path: Path, stored: str | None,
                                                          shown: str) -> None:
    from chatapp.store import Store
    from chatapp.ui.provenance import short_name

    store = Store(tmp_path / "chat.db")
    try:
        conversation = store.create_conversation("split")
        user = store.add_message(conversation.id, None, "user", "hi")
        answer = store.add_message(conversation.id, user.id, "assistant", "hello",
                                   model_name=stored)
        assert short_name(answer) == shown
    finally:
        store.close()


def test_chat_with_a_model_that_cannot_be_used_keeps_the_picked_one(
        qtbot, split_folder: Path, tiny_home: Path) -> None:
    """Chat with it (a recommended or downloaded model) on a model with a part missing:
    the model picked and the default kept for the next start stay as they were."""
    from test_conversation_window import close_window, open_window

    from chatapp.settings import SettingsFile
    from chatapp.ui.model_browser import use_model

    paths = app_paths().ensure()
    copy_parts(split_folder, paths.models, PARTS[:1] + PARTS[2:])
    window = open_window(qtbot)
    try:
        tiny = next(m for m in window.models if m.stem.startswith("tiny-llama"))
        use_model(window, tiny.key)
        assert window.current_model().key == tiny.key
        assert SettingsFile(window.ctx.settings_file.path).load().default_model == tiny.key
        broken = next(m for m in Library(paths).models() if m.problem)
        use_model(window, broken.key)
        assert window.current_model().key == tiny.key
        assert SettingsFile(window.ctx.settings_file.path).load().default_model == tiny.key
    finally:
        close_window(window)
