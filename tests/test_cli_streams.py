"""What the command line prints where: data on stdout, what is said about it (nothing
found, left out, warnings, errors) on stderr, with exit codes to match; real processes
against the local Hub, real folders and real servers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hub_server import FakeHub

pytest_plugins = ("hub_fixtures",)


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], input=stdin,
                          capture_output=True, text=True, timeout=120, env=os.environ.copy())


def test_search_says_more_match_only_when_more_do(hub: FakeHub,
                                                  tiny_files: dict[str, Path]) -> None:
    """Was: "The first 1 models are shown; more match" with exactly one match."""
    one = run_cli("search", "tiny-GGUF", "--limit", "1")
    assert one.returncode == 0, one.stderr
    assert len(one.stdout.splitlines()) == 2 and one.stderr == ""
    hub.add_repo("tester/tiny-GGUF-2", {"t-Q8_0.gguf": tiny_files["small"]})
    two = run_cli("search", "tiny-GGUF", "--limit", "1")
    assert len(two.stdout.splitlines()) == 2
    assert two.stderr.strip() == (
        "Only the first model is shown; more match: refine the search or raise --limit.")
    both = run_cli("search", "tiny-GGUF", "--limit", "2")
    assert len(both.stdout.splitlines()) == 3 and both.stderr == ""
    none = run_cli("search", "nothing-like-this")
    assert (none.returncode, none.stdout, none.stderr.strip()) == (0, "", "No GGUF models found.")
