"""Symbolic links in folders the user adds (and in LM Studio's folder): a link to a regular
file is followed, links that loop, dangle or lead to pipes and devices are skipped, and
every skipped entry is reported with its reason; LM Studio files in the root are found."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from gguf_factory import write_tiny_llama

from chatapp.library import Library
from chatapp.library_sources import LMSTUDIO, Links, scan
from chatapp.library_walk import walk_gguf
from chatapp.paths import app_paths


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, **env})


@pytest.fixture
def linked_folder(tmp_path: Path, tiny_model: Path) -> tuple[Path, Path]:
    """A folder with a real model, links to models on "another disk", and every kind of
    link that must be refused; returns (folder, other disk)."""
    folder, disk = tmp_path / "models", tmp_path / "other-disk"
    (folder / "sub").mkdir(parents=True)
    (disk / "more").mkdir(parents=True)
    shutil.copy(tiny_model, folder / "real-F32.gguf")
    write_tiny_llama(disk / "sha256-1111", seed=7)  # a blob named by its hash, as Ollama's
    write_tiny_llama(disk / "more" / "deep-F32.gguf", seed=8)
    os.symlink(disk / "sha256-1111", folder / "sub" / "linked-F32.gguf")
    os.symlink(disk / "more", folder / "disk-folder")  # a linked folder is searched once
    os.symlink(folder, folder / "sub" / "back-up")  # a loop through a folder link
    os.symlink(folder / "self-a.gguf", folder / "self-b.gguf")
    os.symlink(folder / "self-b.gguf", folder / "self-a.gguf")
    os.symlink(disk / "gone.gguf", folder / "dangling.gguf")
    os.mkfifo(folder / "pipe.gguf")
    os.symlink("/dev/zero", folder / "device.gguf")
    os.symlink(folder / "real-F32.gguf", folder / "sub" / "again.gguf")
    return folder, disk


def test_walk_follows_links_to_files_and_reports_the_rest(
        linked_folder: tuple[Path, Path]) -> None:
    folder, disk = linked_folder
    walk = walk_gguf(folder)
    assert [str(p.relative_to(folder)) for p in walk.files] == [
        "real-F32.gguf", "disk-folder/deep-F32.gguf", "sub/linked-F32.gguf"]
    assert sorted(str(s) for s in walk.skipped) == sorted([
        f"{folder / 'dangling.gguf'} is a symbolic link to {disk / 'gone.gguf'}, which does "
        "not exist; skipped.",
        f"{folder / 'device.gguf'} is a device, not a model file; skipped.",
        f"{folder / 'pipe.gguf'} is a named pipe (FIFO), not a model file; skipped.",
        f"{folder / 'self-a.gguf'} is a symbolic link that leads back to itself (a loop); "
        "skipped.",
        f"{folder / 'self-b.gguf'} is a symbolic link that leads back to itself (a loop); "
        "skipped.",
        f"{folder / 'sub' / 'again.gguf'} is the same file as {folder / 'real-F32.gguf'}; "
        "listed once.",
        f"{folder / 'sub' / 'back-up'} links back to a folder that was already searched "
        "(a loop); skipped.",
    ])


def test_link_prints_every_skipped_entry_and_the_linked_file_chats(
        linked_folder: tuple[Path, Path]) -> None:
    folder, _disk = linked_folder
    result = run_cli("link", str(folder))
    assert result.returncode == 0, result.stderr
    assert "Added 3 models (not copied):" in result.stdout
    skipped = [line for line in result.stderr.splitlines()  # warnings: on stderr
               if line.endswith(("skipped.", "listed once."))]
    assert len(skipped) == 7
    listing = run_cli("models").stdout
    assert "linked-F32.gguf" in listing and "deep-F32.gguf" in listing
    chat = run_cli("chat", "-m", "linked-F32", "--max-tokens", "4", "--seed", "1", "hi")
    assert chat.returncode == 0, chat.stderr


def test_lmstudio_finds_files_in_the_root_one_level_down_and_through_links(
        tmp_path: Path, tiny_model: Path) -> None:
    root = tmp_path / ".lmstudio" / "models"
    (root / "loose").mkdir(parents=True)
    (root / "acme" / "Tiny-GGUF").mkdir(parents=True)
    (root / "ollama" / "llama-tiny").mkdir(parents=True)
    shutil.copy(tiny_model, root / "root-F32.gguf")
    shutil.copy(tiny_model, root / "loose" / "one-level-F32.gguf")
    write_tiny_llama(root / "acme" / "Tiny-GGUF" / "nested-F32.gguf", seed=2)
    blob = tmp_path / "blobs" / ("sha256-" + "a" * 64)
    blob.parent.mkdir()
    write_tiny_llama(blob, seed=3)
    os.symlink(os.path.relpath(blob, root / "ollama" / "llama-tiny"),
               root / "ollama" / "llama-tiny" / "llama-tiny.gguf")
    result = scan(root)
    assert result.skipped == []
    assert sorted((Path(m.path).name, m.repo_id, m.source) for m in result.models) == [
        ("llama-tiny.gguf", "ollama/llama-tiny", LMSTUDIO),
        ("nested-F32.gguf", "acme/Tiny-GGUF", LMSTUDIO),
        ("one-level-F32.gguf", "", LMSTUDIO),
        ("root-F32.gguf", "", LMSTUDIO)]
    paths = app_paths().ensure()
    Links(paths).add(result.models, paths.models)
    names = sorted(m.list_name for m in Library(paths).models() if not m.starter)
    assert names == ["llama-tiny.gguf", "nested-F32.gguf", "one-level-F32.gguf",
                     "root-F32.gguf"]
    # linked later, listed by name all the same (every picker: in the order they are read)
    write_tiny_llama(tmp_path / "alpha-F32.gguf", seed=5)
    Links(paths).add(scan(tmp_path / "alpha-F32.gguf").models, paths.models)
    listed = [m.display_name for m in Library(paths).models() if not m.starter]
    assert listed == sorted(listed, key=str.lower) and listed[0] == "alpha-F32"


def test_models_folder_lists_linked_files_and_reports_linked_folders(
        tmp_path: Path, tiny_model: Path) -> None:
    paths = app_paths().ensure()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(tiny_model, elsewhere / "kept-F32.gguf")
    os.symlink(elsewhere / "kept-F32.gguf", paths.models / "kept-F32.gguf")
    os.symlink(elsewhere, paths.models / "a-folder")
    library = Library(paths)
    [model] = [m for m in library.models() if not m.starter]
    assert model.path == str(paths.models / "kept-F32.gguf") and model.source == "library"
    assert [str(s) for s in library.skipped()] == [
        f"{paths.models / 'a-folder'} is a link to a folder, which is not followed here; "
        "skipped."]
    listing = run_cli("models").stdout
    assert "Left out of the library:" in listing and "a-folder is a link" in listing
    library.delete(model)  # removes the link, never the file it leads to
    assert not os.path.lexists(paths.models / "kept-F32.gguf")
    assert (elsewhere / "kept-F32.gguf").is_file()


def test_link_skips_damaged_gguf_files_with_their_reason(tmp_path: Path,
                                                          tiny_model: Path) -> None:
    folder = tmp_path / "downloads"
    folder.mkdir()
    whole = tiny_model.read_bytes()
    (folder / "cut-F32.gguf").write_bytes(whole[: len(whole) // 2])
    (folder / "short-F32.gguf").write_bytes(whole[:8])
    flipped = bytearray(whole)
    flipped[6] ^= 0x80  # the version number
    (folder / "flipped-F32.gguf").write_bytes(bytes(flipped))
    value = bytearray(whole)
    value[265] ^= 0x10  # a metadata key's length
    (folder / "badkey-F32.gguf").write_bytes(bytes(value))
    result = run_cli("link", str(folder))
    assert result.returncode == 1, result.stderr  # nothing linked
    assert "Added" not in result.stdout
    damaged = " is a damaged GGUF file and was skipped. "
    skipped = sorted(line.removeprefix("chatapp: ") for line in result.stderr.splitlines()
                     if damaged in line)
    assert [line.split(damaged)[0] for line in skipped] \
        == [str(folder / n) for n in ("badkey-F32.gguf", "cut-F32.gguf", "flipped-F32.gguf",
                                      "short-F32.gguf")]
    assert "truncated" in next(line for line in skipped if "cut-F32" in line)
    # with no model in it the folder is not linked (said), so the damaged files are said
    # once, here (was: linked all the same, and every `chatapp models` said them again)
    assert f"No GGUF models found in {folder}, so it is not linked" in result.stderr
    listing = run_cli("models").stdout
    assert "unreadable" not in listing and damaged not in listing
    shutil.copy(tiny_model, folder / "good-F32.gguf")
    result = run_cli("link", str(folder / "good-F32.gguf"))
    assert "Added 1 model (not copied):" in result.stdout
    translated = run_cli("link", str(folder / "cut-F32.gguf"), LANG="id_ID.UTF-8")
    assert "berkas GGUF yang rusak" in translated.stderr, translated.stderr


def test_one_file_linked_from_two_places_is_told_apart_in_the_pickers(tmp_path: Path) -> None:
    """The pickers name a model by its file; the same file in two folders (the library's and
    a linked one) gets its folder after the name, so the two never look like one."""
    from chatapp.ui.model_list import told_apart

    paths = app_paths().ensure()
    here = write_tiny_llama(paths.models / "twin-F32.gguf")
    elsewhere = tmp_path / "usb-stick"
    elsewhere.mkdir()
    shutil.copy(here, elsewhere / "twin-F32.gguf")
    write_tiny_llama(paths.models / "single-F32.gguf", seed=3)
    library = Library(paths)
    models = [library.describe(p) for p in (here, elsewhere / "twin-F32.gguf",
                                             paths.models / "single-F32.gguf")]
    labels = ["twin-F32 · F32", "twin-F32 · F32", "single-F32 · F32"]
    assert told_apart(models, labels) == [
        f"twin-F32 · F32 · {paths.models.name}", "twin-F32 · F32 · usb-stick", "single-F32 · F32"]
    same_name = tmp_path / "models"
    same_name.mkdir()
    shutil.copy(here, same_name / "twin-F32.gguf")
    models[1] = library.describe(same_name / "twin-F32.gguf")
    told = told_apart(models, labels)
    assert told[0] == f"twin-F32 · F32 · {paths.models}" and told[1].endswith(str(same_name))


def test_a_model_is_named_as_pull_names_it_and_a_missing_file_name_says_what_to_do(
        chatapp_home: Path, tmp_path: Path) -> None:
    """`-m OWNER/NAME:QUANT` picks that quantization of a downloaded repo (as `pull` takes
    it); a file name that is not in the library says to give its path or link it."""
    from chatapp.errors import UserError

    paths = app_paths().ensure()
    folder = paths.models / "acme" / "Tiny-GGUF"
    folder.mkdir(parents=True)
    for quant in ("Q8_0", "F16"):
        write_tiny_llama(folder / f"tiny-{quant}.gguf", seed=len(quant))
    library = Library(paths)
    assert library.resolve("acme/Tiny-GGUF:f16").file_name == "tiny-F16.gguf"
    assert library.resolve("acme/Tiny-GGUF:Q8_0").file_name == "tiny-Q8_0.gguf"
    with pytest.raises(UserError) as missing:
        library.resolve("elsewhere-tiny.gguf")
    assert "give its path, or add it with `chatapp link PATH`" in str(missing.value)


def test_a_repo_id_picks_the_quantization_used_last_else_q4_k_m_else_the_smallest(
        chatapp_home: Path) -> None:
    """`-m OWNER/NAME` where several of the repo's quantizations are here picks by one rule,
    the one `chatapp chat --help` gives (was: whichever file was found first)."""
    from chatapp.store import Store

    paths = app_paths().ensure()
    folder = paths.models / "acme" / "Tiny-GGUF"
    folder.mkdir(parents=True)
    write_tiny_llama(folder / "tiny-Q8_0.gguf", seed=1)
    write_tiny_llama(folder / "tiny-F16.gguf", seed=2, f16=True)
    # no Q4_K_M, nothing used: the smallest file
    assert Library(paths).resolve("acme/Tiny-GGUF").file_name == "tiny-F16.gguf"
    write_tiny_llama(folder / "tiny-Q4_K_M.gguf", seed=3)
    assert Library(paths).resolve("acme/tiny-gguf").file_name == "tiny-Q4_K_M.gguf"
    used = Library(paths).resolve("acme/Tiny-GGUF:Q8_0")  # the user answers with it
    store = Store(paths.database)
    try:
        conversation = store.create_conversation("with Q8_0")
        question = store.add_message(conversation.id, None, "user", "hi")
        store.add_message(conversation.id, question.id, "assistant", "hello",
                          finish_reason="stop", model_key=used.key, model_path=used.path)
    finally:
        store.close()
    assert Library(paths).resolve("acme/Tiny-GGUF").file_name == "tiny-Q8_0.gguf"
    helped = run_cli("chat", "--help")
    assert "else Q4_K_M, else the smallest file" in " ".join(helped.stdout.split())


def test_a_repo_id_of_several_files_says_which_it_took_and_how_to_name_another(
        chatapp_home: Path) -> None:
    """`chatapp chat -m OWNER/NAME` with several quantizations here says on standard error,
    in the user's language, which file it took and how to name another; with one file, or
    with the quantization named, nothing (was: a file picked by a rule without a word)."""
    paths = app_paths().ensure()
    folder = paths.models / "acme" / "Tiny-GGUF"
    folder.mkdir(parents=True)
    write_tiny_llama(folder / "tiny-Q8_0.gguf", seed=1)
    def told(*args: str, **env: str) -> list[str]:  # (not the "Cut off at the token limit")
        done = run_cli("chat", *args, "-n", "2", "hi", **env)
        assert done.returncode == 0, done.stderr
        return [line for line in done.stderr.splitlines() if not line.startswith("chatapp: ")]

    assert told("-m", "acme/Tiny-GGUF") == []
    write_tiny_llama(folder / "tiny-F16.gguf", seed=2, f16=True)
    write_tiny_llama(folder / "tiny-Q4_K_M.gguf", seed=3)
    assert told("-m", "acme/Tiny-GGUF") == [  # the one that answered last
        "Using acme/Tiny-GGUF Q8_0 (tiny-Q8_0.gguf); others here: F16, Q4_K_M — name one "
        "as acme/Tiny-GGUF:F16"]
    assert told("-m", "acme/Tiny-GGUF:Q8_0") == []
    (filipino,) = told("-m", "acme/Tiny-GGUF", LANG="fil_PH.UTF-8")
    assert filipino.startswith("Ginagamit ang acme/Tiny-GGUF Q8_0 (tiny-Q8_0.gguf)")


def test_two_files_of_one_name_are_not_taken_for_each_other(chatapp_home: Path) -> None:
    """Two different models whose files share a name: that name is refused as naming more
    than one (the path picks one); the local API lists the second as NAME:TAG, which -m
    takes too."""
    from chatapp.api.models import offered
    from chatapp.context import open_app
    from chatapp.errors import UserError

    paths = app_paths().ensure()
    first = write_tiny_llama(paths.models / "twin-F32.gguf")
    (paths.models / "other").mkdir()
    second = write_tiny_llama(paths.models / "other" / "twin-F32.gguf", n_embd=256, n_ff=512)
    library = Library(paths)
    for name in ("twin-F32", "twin-F32.gguf"):
        with pytest.raises(UserError) as both:
            library.resolve(name)
        assert str(both.value).startswith(f'"{name}" is the name of more than one model: ')
        assert str(first) in str(both.value) and str(second) in str(both.value)
    assert library.resolve(str(second)).path == str(second)
    with open_app() as ctx:
        twins = {o.id: o.model.path for o in offered(ctx) if "twin" in o.model.path}
    tags = {m.path: m.path_tag for m in library.entries()}
    other = next(p for p in (str(first), str(second)) if p != twins["twin-F32"])
    assert twins == {"twin-F32": twins["twin-F32"], f"twin-F32:{tags[other]}": other}
    assert library.resolve(f"twin-F32:{tags[other]}").path == other


def test_part_of_two_models_names_is_refused_part_of_one_picks_it(chatapp_home: Path) -> None:
    """`-m tiny` with tiny-a and tiny-b in the library names neither: refused with both
    names, as the whole name of two models is; a part only one name has picks that one."""
    from chatapp.errors import UserError

    paths = app_paths().ensure()
    write_tiny_llama(paths.models / "tiny-a-F32.gguf")
    write_tiny_llama(paths.models / "tiny-b-F32.gguf", n_embd=256, n_ff=512)
    library = Library(paths)
    with pytest.raises(UserError) as both:
        library.resolve("tiny")
    assert str(both.value) == (
        '"tiny" is part of the names of more than one model: tiny-a-F32.gguf, '
        'tiny-b-F32.gguf. Give more of the name of the one you mean, or its path.')
    assert library.resolve("a-F3").file_name == "tiny-a-F32.gguf"


def test_copies_of_one_file_are_one_model_by_name(chatapp_home: Path) -> None:
    """The same file twice (one name, one size: a model copied into a second folder) is
    not refused as two models: the name picks one of the copies."""
    import shutil

    paths = app_paths().ensure()
    first = write_tiny_llama(paths.models / "copy-F32.gguf")
    (paths.models / "other").mkdir()
    second = shutil.copy(first, paths.models / "other" / "copy-F32.gguf")
    library = Library(paths)
    assert len([m for m in library.entries() if m.file_name == "copy-F32.gguf"]) == 2
    for name in ("copy-F32", "copy-F32.gguf", "copy"):
        assert library.resolve(name).path in (str(first), str(second))


def test_a_linked_file_gone_gives_way_to_one_of_its_name_that_is_there(
        chatapp_home: Path, tmp_path: Path) -> None:
    """The other app moved its folder and it is linked again from there: the old entry is
    forgotten (was: listed as missing beside the new one, and the name refused as naming
    two models). One gone while a copy is linked elsewhere gives way to the copy."""
    from chatapp.library_sources import find_models

    paths = app_paths().ensure()
    (tmp_path / "old-place").mkdir()
    old = write_tiny_llama(tmp_path / "old-place" / "same-F32.gguf")
    Links(paths).add(find_models(old.parent), paths.models)
    old.parent.rename(tmp_path / "new-place")
    Links(paths).add(find_models(tmp_path / "new-place"), paths.models)
    library = Library(paths)
    (listed,) = [m for m in library.entries() if m.file_name == "same-F32.gguf"]
    assert listed.path == str(tmp_path / "new-place" / "same-F32.gguf") and not listed.problem
    (tmp_path / "copy").mkdir()
    shutil.copy(listed.path, tmp_path / "copy" / "same-F32.gguf")
    Links(paths).add(find_models(tmp_path / "copy"), paths.models)
    Path(listed.path).unlink()  # gone after the copy was linked: listed as missing
    library = Library(paths)
    listed = [m for m in library.entries() if m.file_name == "same-F32.gguf"]
    assert sorted(bool(m.problem) for m in listed) == [False, True]
    assert library.resolve("same-F32").path == str(tmp_path / "copy" / "same-F32.gguf")


def test_a_link_in_the_models_folder_to_a_linked_file_is_listed_once(
        chatapp_home: Path, tmp_path: Path) -> None:
    """A file linked from another app's folder, and a symbolic link to it put in the models
    folder: one model, the other said to be the same file (was: two rows)."""
    from chatapp.library_sources import find_models

    paths = app_paths().ensure()
    (tmp_path / "lmstudio").mkdir()
    real = write_tiny_llama(tmp_path / "lmstudio" / "small-Q8_0.gguf")
    Links(paths).add(find_models(real.parent), paths.models)
    os.symlink(real, paths.models / "via-link.gguf")
    library = Library(paths)
    listed = [m for m in library.entries() if not m.starter]
    assert [m.path for m in listed] == [str(paths.models / "via-link.gguf")]
    (said,) = [s for s in library.skipped() if s.path == str(real)]
    assert str(said.reason) == (f"{real} is the same file as {paths.models / 'via-link.gguf'}; "
                                "listed once.")
    # named as the file it leads to, it is still found (was: "No local model matches")
    assert library.resolve("small-Q8_0.gguf").path == str(paths.models / "via-link.gguf")
