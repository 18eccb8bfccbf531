"""A model name that two different files answer to (one downloaded, one in a linked folder)
is refused by every command that takes a model, as a usage error listing both; a path picks
one, and copies of one file are one model (real `chatapp` processes, real GGUF files)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from gguf_factory import write_tiny_llama


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=300, env={**os.environ, **env})


def test_a_name_of_two_different_files_is_refused_with_both(tiny_home: Path,
                                                            tmp_path: Path) -> None:
    """was: `-m tiny-llama-F32` took one of the two silently where the files had one size
    (they were taken for copies of one file), and the others named it with exit status 1."""
    downloaded = tiny_home / "data" / "models" / "tiny-llama-F32.gguf"
    (tmp_path / "linked").mkdir()
    linked = write_tiny_llama(tmp_path / "linked" / "tiny-llama-F32.gguf", seed=7)
    assert linked.stat().st_size == downloaded.stat().st_size  # one name, one size,
    assert linked.read_bytes() != downloaded.read_bytes()  # other weights
    assert run_cli("link", str(linked.parent)).returncode == 0
    prompts = tmp_path / "set.txt"
    prompts.write_text("Hi\n", encoding="utf-8")
    expected = (f'chatapp: "{{name}}" is the name of more than one model: {downloaded}, '
                f"{linked}. Give the path of the one you mean.")
    for name, command in (
            ("tiny-llama-F32", ["chat", "-m", "tiny-llama-F32", "hi"]),
            ("tiny-llama-F32.gguf", ["chat", "-m", "tiny-llama-F32.gguf", "hi"]),
            ("tiny-llama-F32", ["bench", "-m", "tiny-llama-F32"]),
            ("tiny-llama-F32", ["fit", "-m", "tiny-llama-F32"]),
            ("tiny-llama-F32", ["eval", "--models", "tiny-llama-F32", "--prompts",
                                str(prompts), "--out", str(tmp_path / "run")]),
            ("tiny-llama-F32.gguf", ["eval", "--models", f"{downloaded}", "--prompts",
                                     str(prompts), "--judge", "tiny-llama-F32.gguf",
                                     "--out", str(tmp_path / "run")])):
        done = run_cli(*command)
        assert (done.returncode, done.stdout, done.stderr.strip()) == (
            2, "", expected.format(name=name)), command
    part = run_cli("chat", "-m", "tiny-llama", "hi")  # a part of both names: both paths
    assert part.returncode == 2 and part.stderr.strip() == (
        f'chatapp: "tiny-llama" is part of the names of more than one model: {downloaded}, '
        f"{linked}. Give more of the name of the one you mean, or its path.")
    translated = run_cli("fit", "-m", "tiny-llama-F32", LANG="id_ID.UTF-8")
    assert translated.returncode == 2 and "lebih dari satu model" in translated.stderr
    assert not (tmp_path / "run").exists()  # refused before anything ran
    chosen = run_cli("chat", "-m", str(linked), "--max-tokens", "2", "hi")
    assert chosen.returncode == 0, chosen.stderr  # its path picks one
    shutil.copyfile(downloaded, linked)  # now copies of one file: one model, either will do
    same = run_cli("chat", "-m", "tiny-llama-F32", "--max-tokens", "2", "hi")
    assert same.returncode == 0, same.stderr


def test_the_word_starter_names_the_model_that_comes_with_the_app(starter_home: Path) -> None:
    """The README and `chatapp models` call it the starter model. was: `chat -m starter`
    said "No local model matches "starter"" (its file is gemma-3-270m-q4_k_m.gguf)."""
    from chatapp.library import Library
    from chatapp.paths import app_paths

    paths = app_paths().ensure()
    # a file with the word in its name is matched by a part of its name, after the starter
    write_tiny_llama(paths.models / "starter-notes-F32.gguf", seed=3)
    assert Library(paths).resolve("Starter").starter
    assert not Library(paths).resolve("starter-notes").starter
    done = run_cli("chat", "-m", "starter", "--max-tokens", "2", "Hi")
    assert done.returncode == 0, done.stderr
