"""`chatapp conversations rm` deletes for good at once, also while a window has the database
open: real `chatapp` processes, a real window (offscreen) and the real SQLite files."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from chatapp.paths import app_paths
from chatapp.store import Store

SECRET = "kuihlapisrahsia7731"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=120)


def files_hold(database: Path, text: str) -> list[str]:
    """The names of the database's files (main, -wal) whose bytes hold text."""
    return [p.name for p in (database, database.with_name(database.name + "-wal"))
            if p.exists() and text.encode() in p.read_bytes()]


def _holder(ready: str) -> subprocess.Popen:
    """Another chatapp process with the app (and its database) open, as a window has it,
    until its stdin closes."""
    code = ("import sys\nfrom chatapp.context import open_app\nctx = open_app()\n"
            f"print({ready!r}, flush=True)\nsys.stdin.readline()\nctx.close()\n")
    holder = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == ready
    return holder


def test_rm_purges_the_text_while_another_chatapp_has_the_database_open(
        chatapp_home: Path) -> None:
    """was: "Deleted 1 conversation." while the row and its text stayed in the database file
    and its -wal file (only deleted_at set) until the other chatapp closed."""
    database = app_paths().ensure().database
    store = Store(database)
    gone = store.create_conversation("Recipes")
    user = store.add_message(gone.id, None, "user", f"The family recipe: {SECRET}")
    store.add_message(gone.id, user.id, "assistant", f"Noted: {SECRET} stays between us.")
    kept = store.create_conversation("Kept")
    store.add_message(kept.id, None, "user", "nothing secret")
    store.close()
    holder = _holder("open")
    try:
        assert files_hold(database, SECRET)  # (it is there before)
        done = run_cli("conversations", "rm", str(gone.id), "--yes")
        assert (done.returncode, done.stdout, done.stderr) == (
            0, "Deleted 1 conversation.\n", "")
        assert files_hold(database, SECRET) == []
        wal = database.with_name(database.name + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0
    finally:
        holder.communicate("\n", timeout=60)
    rows = sqlite3.connect(database).execute("SELECT id FROM conversations").fetchall()
    assert rows == [(kept.id,)]


def test_rm_says_when_a_transaction_elsewhere_keeps_the_text_in_the_journal(
        chatapp_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A program reading the database in a transaction keeps the -wal file from being
    emptied: the deletion is done and one line says where the text stays until that
    program is done (was: nothing said; the text stayed in the file too)."""
    database = app_paths().ensure().database
    store = Store(database)
    gone, also = store.create_conversation("Recipes"), store.create_conversation("Again")
    for conversation in (gone, also):
        store.add_message(conversation.id, None, "user", f"The family recipe: {SECRET}")
    store.close()
    reader = subprocess.Popen(  # another program, in a read transaction until told
        [sys.executable, "-c", "import sqlite3, sys\n"
         f"c = sqlite3.connect({str(database)!r}, isolation_level=None)\nc.execute('BEGIN')\n"
         "print(c.execute('SELECT count(*) FROM messages').fetchone()[0], flush=True)\n"
         "sys.stdin.readline()\nc.execute('ROLLBACK')\n"], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "2"
        done = run_cli("conversations", "rm", str(gone.id), "--yes")
        assert (done.returncode, done.stdout) == (0, "Deleted 1 conversation.\n")
        assert done.stderr.strip() == (
            "Another program is reading or writing the database now: the deleted text stays "
            "in its journal file (chatapp.db-wal) until that program is done with it.")
        monkeypatch.setenv("LANG", "ms_MY.UTF-8")
        said = run_cli("conversations", "rm", str(also.id), "--yes")
        assert said.returncode == 0 and "chatapp.db-wal" in said.stderr
        assert "Another program" not in said.stderr
    finally:
        reader.communicate("\n", timeout=60)
    assert sqlite3.connect(database).execute("SELECT count(*) FROM messages").fetchone() == (0,)
    assert run_cli("conversations").stderr.strip() == "Belum ada perbualan."


@pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                    reason="llama-cpp-python is not installed")
def test_the_window_shows_that_its_conversation_was_deleted_on_the_command_line(
        qtbot, chatapp_home: Path, tiny_model: Path) -> None:
    """The conversation on screen deleted by `chatapp conversations rm` leaves the window's
    list and screen, which say so (was: still shown, and its next message went to a
    conversation only marked deleted)."""
    from test_window import close_window, open_window, type_and_send

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    shutil.copy(tiny_model, models / tiny_model.name)
    window = open_window(qtbot, max_tokens=3)
    type_and_send(qtbot, window, f"hello {SECRET}")
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    conversation_id = window.conversation_id
    done = run_cli("conversations", "rm", str(conversation_id), "--yes")
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    assert files_hold(window.ctx.paths.database, SECRET) == []
    qtbot.waitUntil(lambda: window.conversation_id is None, timeout=5000)  # (every 2 s)
    assert window.chat_view.messages == []
    assert window.sidebar.list.count() == 0
    assert "deleted in another window" in window.statusBar().currentMessage()
    close_window(window)


def test_the_start_after_a_crash_purges_the_trash_from_the_files(chatapp_home: Path) -> None:
    """A conversation deleted in a chatapp killed (kill -9) before it closed is deleted for
    good as the next one starts, and its text is out of the database file and its journal
    while that one runs (was: left in the database file until it closed normally)."""
    database = app_paths().ensure().database
    store = Store(database)
    gone = store.create_conversation("Recipes")
    store.add_message(gone.id, None, "user", f"The family recipe: {SECRET}")
    store.close()  # (closed normally: the text is in the database file)
    code = ("import os, signal\nfrom chatapp.context import open_app\nctx = open_app()\n"
            f"ctx.store.delete_conversation({gone.id})\nprint('deleted', flush=True)\n"
            "os.kill(os.getpid(), signal.SIGKILL)\n")
    crashed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=60)
    assert crashed.stdout.strip() == "deleted" and crashed.returncode == -9
    assert files_hold(database, SECRET)
    holder = _holder("open")
    try:
        assert files_hold(database, SECRET) == []
    finally:
        holder.communicate("\n", timeout=60)
