"""`chatapp docs add` counts a file of a kind it never indexes apart from the files that
could not be read: real processes on a real database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=300, stdin=subprocess.DEVNULL,
                          env=dict(os.environ))


def test_an_unsupported_file_is_not_counted_as_failed(chatapp_home: Path,
                                                      tmp_path: Path) -> None:
    """(was: "…, 2 failed, …" counting foto.jpg, then "foto.jpg was not added: it could not
    be indexed")"""
    folder = tmp_path / "dok"
    folder.mkdir()
    (folder / "SOP_Cuti.md").write_text("# Cuti\n\nCuti tahunan 14 hari.\n", encoding="utf-8")
    (folder / "kosong.txt").write_text("", encoding="utf-8")  # could not be indexed
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not a document")
    done = cli("docs", "add", "Arsip Kantor", str(folder), str(photo))
    assert done.returncode == 1
    assert "Arsip Kantor: 1 file indexed, 0 unchanged, 1 failed, 0 removed" in done.stdout
    assert (f"1 file not added, not a supported kind (.txt, .md, .pdf, .docx, .html, .csv): "
            f"{photo}") in done.stderr
    assert "was not added: it could not be indexed" not in done.stderr
    listed = cli("docs", "list").stdout
    assert "foto.jpg" not in listed and str(folder) in listed
    alone = cli("docs", "add", "Foto", str(photo))  # nothing else: no collection is made
    assert alone.returncode == 1
    assert "No file could be indexed, so the collection Foto was not made." in alone.stderr
    assert "Foto" not in cli("docs", "list").stdout
