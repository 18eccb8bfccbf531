"""A damaged conversation database: `chatapp recover` (and the window, at start) puts a copy
of what can still be read in its place and keeps the damaged file. Real SQLite files damaged
on one page of their messages, real CLI runs."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from chatapp.store import Store

CONVERSATIONS = 300


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=120, env=os.environ.copy())


def damaged_home(home: Path) -> Path:
    """A data folder of CONVERSATIONS conversations (a question and an answer each) whose
    database has one page of messages overwritten; the database's path."""
    conversations = [{"title": f"conv {i}", "created_at": 1.0 + i, "updated_at": 2.0 + i,
                      "current_leaf_id": 2, "messages": [
                          {"id": 1, "parent_id": None, "role": "user",
                           "content": f"question {i} " + "x" * 300, "created_at": 1.0 + i},
                          {"id": 2, "parent_id": 1, "role": "assistant",
                           "content": f"answer {i} " + "y" * 300, "created_at": 2.0 + i}]}
                     for i in range(CONVERSATIONS)]
    export = home / "many.json"
    export.write_text(json.dumps({"format": "chatapp-conversations", "version": 1,
                                  "conversations": conversations}), encoding="utf-8")
    assert run_cli("import", str(export)).returncode == 0
    database = home / "data" / "chatapp.db"
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = database.read_bytes()
    at = data.index(b"answer 150 ") // page * page  # a leaf page of the messages table
    with open(database, "r+b") as f:
        f.seek(at)
        f.write(b"\xde\xad" * (page // 2))
    return database


def test_recover_copies_what_can_be_read_and_keeps_the_damaged_file(
        chatapp_home: Path) -> None:
    database = damaged_home(chatapp_home)
    before = database.read_bytes()
    broken = run_cli("conversations", "answer")
    assert broken.returncode == 1 and "chatapp recover" in broken.stderr
    done = run_cli("recover")
    assert done.returncode == 0, done.stderr
    said = done.stdout.strip().splitlines()
    assert said[0].startswith(f"Recovered {CONVERSATIONS} conversations and ")
    kept = Path(said[0].rsplit(" is kept as ", 1)[1].removesuffix("."))
    assert kept.read_bytes() == before  # the damaged file, as it was
    beside = [p.name for p in database.parent.iterdir() if p.name.startswith(kept.name)]
    assert beside == [kept.name]  # no empty -wal or -shm beside it
    assert said[1] == "Some data could not be read and is missing: messages."
    recovered = int(said[0].split(" conversations and ")[1].split(" ")[0])
    assert CONVERSATIONS < recovered < 2 * CONVERSATIONS
    store = Store(database)
    try:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert len(store.conversations()) == CONVERSATIONS
        shown = [store.current_branch(c.id) for c in store.conversations()]
        assert sum(len(branch) for branch in shown) == recovered
        assert all(branch for branch in shown[:10])  # every kept message on its branch
    finally:
        store.close()
    found = run_cli("conversations", "answer", "10")  # far from the damaged page
    assert found.returncode == 0 and "conv 10 " in found.stdout  # the search index is back
    again = run_cli("recover")
    assert again.stdout.strip().endswith("can be read: there is nothing to recover.")


def test_the_report_names_the_kinds_of_data_lost_and_not_empty_tables(tmp_path: Path) -> None:
    """was: "Some rows could not be read and are missing: doc_collections, doc_files,
    judgements, messages": the tables' own English names, and tables that held nothing."""
    from chatapp.store.salvage import recover_text

    database = tmp_path / "chatapp.db"
    store = Store(database)
    for i in range(60):
        conversation = store.create_conversation(f"c{i}")
        question = store.add_message(conversation.id, None, "user", f"question {i} " + "x" * 300)
        store.add_message(conversation.id, question.id, "assistant", f"answer {i} " + "y" * 300,
                          finish_reason="stop")
    store.save_preset("Coder", "You write Python.", {}, None)  # (one row, no index: uncounted)
    store.close()
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    roots = dict(conn.execute("SELECT name, rootpage FROM sqlite_master WHERE type = 'table'"))
    conn.close()
    data = database.read_bytes()
    damaged = [data.index(b"answer 30 ") // page * page] + [
        (roots[t] - 1) * page for t in ("judgements", "doc_collections", "doc_files", "presets")]
    with open(database, "r+b") as f:
        for at in damaged:  # the empty tables' own pages too (their indexes, empty, are whole)
            f.seek(at)
            f.write(b"\xde\xad" * (page // 2))
    said = recover_text(database).splitlines()
    assert said[0].startswith("Recovered 60 conversations and ")
    assert said[1:] == ["Some data could not be read and is missing: messages.",
                        "Some data could not be read and may be missing: presets."]


def test_a_database_open_in_another_program_is_not_moved_under_it(chatapp_home: Path) -> None:
    database = damaged_home(chatapp_home)
    before = database.read_bytes()
    holder = subprocess.Popen(  # a program that has it open (as the window would)
        [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
         "c.execute('SELECT count(*) FROM sqlite_master').fetchone(); print('open', "
         "flush=True); sys.stdin.read()", str(database)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        refused = run_cli("recover")
        assert refused.returncode == 1 and refused.stdout == ""
        assert refused.stderr == (
            f"chatapp: The conversation database {database} is open in python -c … (process "
            f"{holder.pid}). Close that program, then recover it.\n")
        assert database.read_bytes() == before
        assert not [p for p in database.parent.iterdir() if ".damaged-" in p.name]
    finally:
        holder.communicate(timeout=10)
    assert run_cli("recover").returncode == 0  # closed: it goes


def test_a_newer_database_is_not_recovered_into_an_older_shape(chatapp_home: Path) -> None:
    database = chatapp_home / "data" / "chatapp.db"
    Store(database).close()
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    refused = run_cli("recover")
    assert refused.returncode == 1 and "written by a newer version of chatapp" in refused.stderr
    assert not [p for p in database.parent.iterdir() if ".damaged-" in p.name]


def test_a_file_with_nothing_readable_is_left_as_it_is(chatapp_home: Path) -> None:
    database = chatapp_home / "data" / "chatapp.db"
    database.parent.mkdir(parents=True)
    database.write_bytes(b"not a database at all " * 500)
    done = run_cli("recover")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"chatapp: Nothing of {database} can be read: it is not a conversation database, or "
        "all of it is damaged. It was left untouched.")
    assert database.read_bytes() == b"not a database at all " * 500
    assert not [p for p in database.parent.iterdir() if p.name.startswith("chatapp.db.")]


def test_a_schema_damaged_into_bytes_that_are_not_text_is_called_damaged(
        chatapp_home: Path) -> None:
    """SQLite quotes a damaged schema in its message; where that is not UTF-8 Python raises
    UnicodeDecodeError, not a database error: it is still "damaged", and recover runs."""
    database = chatapp_home / "data" / "chatapp.db"
    store = Store(database)
    store.create_conversation("kept")
    store.close()
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = CAST(X'435245c8205441424c45' AS TEXT) "
                 "WHERE name = 'votes'")  # "CRE\xc8 TABLE"
    conn.commit()
    conn.close()
    broken = run_cli("conversations")
    assert broken.returncode == 1 and "is damaged: a part of it cannot be read" in \
        broken.stderr and "chatapp recover" in broken.stderr, broken.stderr
    done = run_cli("recover")
    assert done.returncode == 0 and done.stdout.startswith("Recovered "), done.stderr


WINDOW_START = '''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from chatapp.ui import app
from chatapp.ui.main_window import MainWindow

app.make_application()


def step():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        print("BOX", " ".join(box.text().split()))
        wanted = [b for b in box.buttons() if b.text().replace("&", "") == "Recover"]
        (wanted or box.buttons())[0].click()
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.isVisible()]
    if windows:
        print("WINDOW", len(windows[0].ctx.store.conversations()))
        windows[0].close()
        return
    QTimer.singleShot(200, step)


QTimer.singleShot(200, step)
sys.exit(app.run())
'''


def test_the_window_offers_to_recover_at_start(chatapp_home: Path) -> None:
    database = damaged_home(chatapp_home)  # the window's list counts the messages
    result = subprocess.run([sys.executable, "-c", WINDOW_START], capture_output=True,
                            text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    boxes = [line for line in result.stdout.splitlines() if line.startswith("BOX")]
    windows = [line for line in result.stdout.splitlines() if line.startswith("WINDOW")]
    assert result.returncode == 0, result.stderr
    assert "is damaged: a part of it cannot be read" in boxes[0]
    assert boxes[1].startswith(f"BOX Recovered {CONVERSATIONS} conversations and ")
    assert windows == [f"WINDOW {CONVERSATIONS}"]
    assert list(database.parent.glob("chatapp.db.damaged-*"))


WINDOW_STARTS_ANEW = WINDOW_START.replace(
    '''        wanted = [b for b in box.buttons() if b.text().replace("&", "") == "Recover"]''',
    '''        want = CLICKS.pop(0) if CLICKS else ""
        wanted = [b for b in box.buttons() if b.text().replace("&", "") == want]''').replace(
    "app.make_application()", 'app.make_application()\nCLICKS = ["Recover", "", '
    '"Start with a new database", ""]')


def test_a_wholly_damaged_database_can_be_set_aside_for_a_new_one(chatapp_home: Path) -> None:
    """Random bytes over the database: Recover finds nothing, and the dialog comes back
    offering a new database, the damaged file kept aside in its folder under a dated name
    that it names; the window opens on the new one (was: only Recover and Close, and OK
    after "nothing can be read" closed the app without a word)."""
    database = chatapp_home / "data" / "chatapp.db"
    database.parent.mkdir(parents=True)
    damage = os.urandom(64 * 1024)
    database.write_bytes(damage)
    result = subprocess.run([sys.executable, "-c", WINDOW_STARTS_ANEW], capture_output=True,
                            text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    boxes = [line for line in lines if line.startswith("BOX")]
    assert "kept aside as chatapp.db.damaged-" in boxes[0], boxes
    assert boxes[1].startswith("BOX Nothing of ")
    assert "kept aside as chatapp.db.damaged-" in boxes[2]
    # each text names only the choices it offers (was: "Recover puts …" with no Recover
    # button, and "move the file away to start a new one" beside the button that does it)
    assert "move the file away" not in boxes[0]
    assert boxes[2].startswith(f"BOX Nothing of {database} can be recovered. Start with a new")
    assert "Recover" not in boxes[2]
    kept = list(database.parent.glob("chatapp.db.damaged-*"))
    assert [p.read_bytes() for p in kept] == [damage]
    assert boxes[3] == ("BOX ChatApp starts with a new, empty database. The damaged file is "
                        f"kept as {kept[0]}.")
    assert [line for line in lines if line.startswith("WINDOW")] == ["WINDOW 0"]
    store = Store(database)
    try:
        assert store.conversations() == []
    finally:
        store.close()
