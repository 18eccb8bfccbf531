"""A file that is no usable model gets the same reason from `chatapp fit -m FILE` (a file
named) as from `chatapp link FOLDER` (a folder searched): one check each, real files, the
real command in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from gguf_factory import write_tiny_llama

from chatapp.gguf_meta import read_gguf_info
from chatapp.gguf_stream import GGUFError


def _cli(home: Path, *args: str, language: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "CHATAPP_HOME": str(home), "LC_ALL": "en_US.UTF-8"}
    if language:
        env["LANGUAGE"] = language
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, env=env, timeout=300)


def test_a_truncated_file_needs_one_figure_named_or_searched(tmp_path: Path) -> None:
    """was: adding the folder said the header needs at least 5 467 925 bytes, `chatapp fit
    -m` 5 462 261 (the window's reading left the tensor table out of the figure)."""
    whole = write_tiny_llama(tmp_path / "whole-F32.gguf")
    info = read_gguf_info(whole, read_tensors=True)
    folder = tmp_path / "cut"
    folder.mkdir()
    cut = folder / "truncated.gguf"
    cut.write_bytes(whole.read_bytes()[:info.metadata_size - 80])  # in the metadata
    with pytest.raises(GGUFError) as whole_reading:  # metadata, then the tensor table
        read_gguf_info(cut, read_tensors=True)
    reason = str(whole_reading.value)
    assert "header needs at least" in reason
    home = tmp_path / "home"
    fit = _cli(home, "fit", "-m", str(cut))
    assert fit.returncode == 1 and fit.stderr == (
        f"chatapp: Could not load the model truncated.gguf: {reason}\n"), fit.stderr
    link = _cli(home, "link", str(folder))
    assert f"{cut} is a damaged GGUF file and was skipped. {reason}" in link.stderr, link.stderr


def test_a_link_loop_is_called_one_both_ways(tmp_path: Path) -> None:
    """was: `chatapp fit -m loop.gguf` said only "… is not a regular file", while adding its
    folder said "symbolic link that leads back to itself (a loop)"."""
    folder = tmp_path / "models"
    folder.mkdir()
    loop = folder / "loop.gguf"
    os.symlink(loop.name, loop)
    home = tmp_path / "home"
    fit = _cli(home, "fit", "-m", str(loop))
    assert fit.returncode == 1 and fit.stderr == (
        f"chatapp: {loop} is a symbolic link that leads back to itself (a loop).\n")
    link = _cli(home, "link", str(folder))
    assert f"{loop} is a symbolic link that leads back to itself (a loop); skipped." \
        in link.stderr, link.stderr


def test_counts_are_grouped_as_the_language_writes_them_in_the_terminal_and_window(
        tmp_path: Path) -> None:
    """was: byte counts set apart by spaces ("5 000 000 bytes") in every language while other
    numbers read "32,768", and `chatapp fit` said "at a context of 32768 tokens"."""
    model = write_tiny_llama(tmp_path / "long-F32.gguf", ctx=32768)
    home = tmp_path / "home"
    fit = _cli(home, "fit", "-m", str(model), "--ctx", "16384")
    assert fit.returncode == 0, fit.stderr
    assert fit.stdout.startswith("long-F32.gguf at a context of 16,384 tokens,"), fit.stdout
    whole = model.read_bytes()
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(whole[:-10])  # both counts exact: they round alike
    said = _cli(home, "fit", "-m", str(cut))
    have, need = f"{len(whole) - 10:,}", f"{len(whole):,}"
    assert f"should take {need} bytes, but the file has only {have} bytes" in said.stderr, \
        said.stderr
    indonesian = _cli(home, "fit", "-m", str(cut), language="id")
    assert f"{have.replace(',', '.')} byte" in indonesian.stderr, indonesian.stderr
    # the window says the same counts with its QLocale
    from chatapp.ui.app import install_language, make_application
    from chatapp.ui.errors import error_text

    with pytest.raises(GGUFError) as caught:
        read_gguf_info(cut, read_tensors=True)
    app = make_application()
    install_language(app, "id")
    try:
        assert f"{have.replace(',', '.')} byte" in error_text(caught.value)
    finally:
        install_language(app, "en")
    assert f"{have} bytes" in error_text(caught.value)
