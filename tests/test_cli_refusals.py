"""A command that is refused changes nothing, and every refusal is one clear translated
line: arguments are checked before anything is stored; numbers out of range name their
option; the language chosen in Settings holds on the command line too."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def run_cli(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=300, input=stdin, env={**environment, **env})


def one_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode in (1, 2), (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def rows(home: Path, sql: str) -> list[tuple]:
    path = home / "data" / "chatapp.db"
    if not path.exists():
        return []
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_chat_with_a_collection_that_is_none_stores_nothing(tiny_home: Path) -> None:
    line = one_line(run_cli("chat", "--docs", "Nope", "--max-tokens", "2", "x"))
    assert line == "chatapp: There is no document collection named Nope."
    assert rows(tiny_home, "SELECT id FROM conversations") == []
    first = run_cli("chat", "--max-tokens", "2", "--system", "Be brief.", "hello")
    assert first.returncode == 0, first.stderr
    before = rows(tiny_home, "SELECT id, system_prompt FROM conversations")
    messages = rows(tiny_home, "SELECT count(*) FROM messages")
    line = one_line(run_cli("chat", "--continue", "--system", "Changed.", "--docs", "Nope",
                            "again"))
    assert "Nope" in line
    assert rows(tiny_home, "SELECT id, system_prompt FROM conversations") == before
    assert rows(tiny_home, "SELECT count(*) FROM messages") == messages


def test_chat_with_a_model_or_options_refused_stores_nothing(tiny_home: Path) -> None:
    line = one_line(run_cli("chat", "-m", "no-such-model", "x"))
    assert "no-such-model" in line
    line = one_line(run_cli("chat", "--kv-type", "q8_0", "--flash-attn", "off", "x"))
    assert "flash" in line.lower()
    assert rows(tiny_home, "SELECT id FROM conversations") == []


def test_docs_add_with_an_embedding_model_refused_makes_no_collection(
        tiny_home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text("Some words.", encoding="utf-8")
    line = one_line(run_cli("docs", "add", "Menu", str(folder), "--embed", "tiny-llama-F32"))
    assert "tiny-llama-F32" in line
    line = one_line(run_cli("docs", "add", "Menu", str(folder), "--embed", "nothing-here"))
    assert "nothing-here" in line
    assert "No document collections yet" in run_cli("docs", "list").stdout
