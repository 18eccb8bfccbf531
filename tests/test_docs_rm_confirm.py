"""`chatapp docs rm NAME` removes a whole collection only after a y/N question at a
terminal, or with --yes: real processes, a real pseudo-terminal, a real database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from terminal_run import run_in_terminal


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=300, stdin=subprocess.DEVNULL,
                          env=dict(os.environ))


def test_removing_a_whole_collection_asks_first(chatapp_home: Path, tmp_path: Path) -> None:
    """Without a terminal `docs rm NAME` refuses and keeps the collection; at one it asks
    and "n" keeps it, "y" removes it; --yes removes it without asking (was: the whole
    collection removed at once, no question, even with stdin not a terminal)."""
    note = tmp_path / "arsip.txt"
    note.write_text("Rapat koordinasi setiap hari Senin.", encoding="utf-8")
    for name in ("Arsip Kantor", "Lain"):
        assert cli("docs", "add", name, str(note)).returncode == 0
    piped = cli("docs", "rm", "Arsip Kantor")
    assert (piped.returncode, piped.stderr.strip()) == (
        1, "chatapp: Deleting needs confirmation: run it in a terminal or add --yes.")
    assert "Arsip Kantor" in cli("docs", "list").stdout
    kept = " ".join(run_in_terminal(["docs", "rm", "Arsip Kantor"], {"[y/N]": "n\n"}).split())
    assert ("Remove the collection Arsip Kantor (1 file, 1 chunk)? Your files are not "
            "touched. [y/N]") in kept and "Nothing deleted." in kept
    assert "Arsip Kantor" in cli("docs", "list").stdout
    gone = " ".join(run_in_terminal(["docs", "rm", "Arsip Kantor"], {"[y/N]": "y\n"}).split())
    assert "Removed the collection Arsip Kantor" in gone
    assert "Arsip Kantor" not in cli("docs", "list").stdout
    forced = cli("docs", "rm", "Lain", "--yes")
    assert forced.returncode == 0 and "Removed the collection Lain" in forced.stdout
    assert note.exists()
