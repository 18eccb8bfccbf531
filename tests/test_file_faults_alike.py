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


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CHATAPP_HOME": str(home), "LC_ALL": "en_US.UTF-8"}
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
