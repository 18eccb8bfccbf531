"""`chatapp eval --out DIR` on a full disk (a real small tmpfs, the real CLI, the tiny model):
one line naming the file that could not be written, and the run's files whole or not at
all."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from disk_conditions import fill, small_disk

from chatapp.errors import DiskFull, known_error
from chatapp.paths import append_text

RUN_FILES = ["answers.csv", "report.html", "results.jsonl", "run.json", "stats.json",
             "summary.csv"]


def _eval(prompts: Path, out: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "chatapp", "eval", "--models", "tiny-llama-F32", "--prompts",
         str(prompts), "--max-tokens", "4", "--out", str(out)],
        capture_output=True, text=True, timeout=300, env={**os.environ, **env})


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != ".lock"}


def test_a_report_the_full_disk_cannot_take_is_named_and_leaves_the_last_one_whole(
        tiny_home: Path, tmp_path: Path) -> None:
    """was: "The disk is full: the standard output could not be written", with run.json.tmp
    left in the folder, and a report rewritten in place (report.html, summary.csv… cut
    short where the disk ran out)."""
    prompts = tmp_path / "set.jsonl"
    prompts.write_text("".join(json.dumps({"id": i, "prompt": f"Say {i}", "expected": "x"})
                               + "\n" for i in "ab"), encoding="utf-8")
    with small_disk(tmp_path / "disk", "1m") as disk:
        out = disk / "run"
        assert _eval(prompts, out).returncode == 0
        before = _files(out)
        assert sorted(before) == RUN_FILES
        filler = fill(disk, keep=8192)  # room for run.json again, not for the report
        try:
            for env in ({}, {"LANG": "id_ID.UTF-8"}):
                done = _eval(prompts, out, **env)
                assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
                line = done.stderr.strip().splitlines()[-1]
                named = [name for name in RUN_FILES if f"{out / name} " in line]
                assert named and "standard output" not in line, line
                assert _files(out) == before  # each as it was: none cut short, no part left
            assert "Disk penuh" in line, line  # (in the user's language)
            os.truncate(filler, 0)
            fill(disk)  # not even room for run.json
            done = _eval(prompts, out)
            assert done.stderr.strip().splitlines()[-1] == (
                f"chatapp: The disk is full: {out / 'run.json'} could not be written. Free "
                "some space and try again.")
            assert _files(out) == before
        finally:
            filler.unlink()
        assert _eval(prompts, out).returncode == 0  # room again: the same command goes on


def test_a_line_the_full_disk_cannot_take_is_not_left_torn(tmp_path: Path) -> None:
    """An answer's line added to results.jsonl goes in whole or not at all (was: the part
    that fitted stayed, and the next line was glued to it and lost)."""
    with small_disk(tmp_path / "disk", "1m") as disk:
        results = disk / "results.jsonl"
        results.write_text("x" * 4000 + "\n", encoding="utf-8")  # its page has 95 bytes free
        filler = fill(disk)
        try:
            with pytest.raises(OSError) as raised:
                append_text(results, "y" * 300 + "\n")
            assert results.read_text(encoding="utf-8") == "x" * 4000 + "\n"
            error = known_error(raised.value)
            assert isinstance(error, DiskFull) and error.params["path"] == str(results)
        finally:
            filler.unlink()
        append_text(results, "y\n")
        assert results.read_text(encoding="utf-8").endswith("x\ny\n")


def test_a_file_size_limit_is_said_as_a_full_disk() -> None:
    """EFBIG (a file-size limit, RLIMIT_FSIZE) is no room for the file, as ENOSPC is."""
    error = known_error(OSError(errno.EFBIG, "File too large", "/x/report.html"))
    assert isinstance(error, DiskFull) and error.params["path"] == "/x/report.html"
