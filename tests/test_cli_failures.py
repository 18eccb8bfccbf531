"""Every failure that reaches the top of the `chatapp` command is one translated line: one
test per cause (a full disk, no permission, text that is not valid Unicode, a bug). A busy or
read-only database: tests/test_database_trouble.py."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from disk_conditions import fill, small_disk

from chatapp.store import Store


def run_cli(*args: str, prefix: tuple[str, ...] = (), **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, **env})


def one_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_full_disk(chatapp_home: Path, tmp_path: Path) -> None:
    export = {"format": "chatapp-conversations", "version": 1, "conversations": [{
        "title": "Big", "created_at": 1.0, "updated_at": 1.0, "messages": [
            {"id": 1, "role": "user", "content": "z" * 500_000, "created_at": 1.0}]}]}
    source = tmp_path / "big.json"
    source.write_text(json.dumps(export), encoding="utf-8")
    with small_disk(chatapp_home / "data", "2m") as data:
        Store(data / "chatapp.db").close()
        filler = fill(data)
        line = one_line(run_cli("import", str(source)))
        assert "is full" in line and "free some space" in line
        translated = one_line(run_cli("import", str(source), LANG="fil_PH.UTF-8"))
        assert "Puno na ang disk" in translated
        filler.unlink()
        conn = sqlite3.connect(data / "chatapp.db")
        assert conn.execute("SELECT count(*) FROM conversations").fetchone()[0] == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        assert run_cli("import", str(source)).returncode == 0


def test_a_full_disk_names_the_apps_file_it_could_not_write_and_leaves_no_part(
        chatapp_home: Path, tiny_model: Path) -> None:
    with small_disk(chatapp_home / "data", "2m") as data:
        Store(data / "chatapp.db").close()
        fill(data)
        line = one_line(run_cli("link", str(tiny_model)))
        assert "The disk is full" in line and str(data / "linked-models.json") in line, line
        assert "standard output" not in line
        assert not [p for p in data.iterdir() if "linked-models" in p.name]  # no part left


def test_a_question_the_full_disk_cannot_take_leaves_no_conversation(tiny_home: Path) -> None:
    """All or nothing: the conversation made for a question goes when its question cannot be
    stored."""
    with small_disk(tiny_home / "data", "2m") as data:
        Store(data / "chatapp.db").close()
        filler = fill(data, keep=96 * 1024)  # room for a conversation, not for its question
        try:
            line = one_line(subprocess.run(  # on standard input, 30 kB: not surely too long
                [sys.executable, "-m", "chatapp", "chat", "--max-tokens", "4"],
                input="word " * 6_000, capture_output=True, text=True, timeout=120))
            assert "The disk is full" in line
        finally:
            filler.unlink()
        listed = run_cli("conversations")
        assert listed.returncode == 0 and "No conversations" in listed.stderr, listed.stderr


def test_no_permission(chatapp_home: Path) -> None:
    settings = chatapp_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text("{}", encoding="utf-8")
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:  # root passes permission checks: drop that power for the command
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("setpriv is needed to run a command as root without DAC override")
        prefix = (setpriv, "--bounding-set=-dac_override,-dac_read_search")
    chatapp_home.chmod(0)
    try:
        result = run_cli("export", "--all", prefix=prefix)
    finally:
        chatapp_home.chmod(0o700)
    line = one_line(result)
    assert line.startswith("chatapp: No permission to use ") and "settings.json" in line


def test_a_file_or_folder_in_the_way_is_named(chatapp_home: Path) -> None:
    """A file where the config folder should be, or a folder where the token file should be,
    is said with its path and why, not as something unexpected."""
    chatapp_home.mkdir(parents=True, exist_ok=True)
    (chatapp_home / "config").write_text("", encoding="utf-8")
    assert one_line(run_cli("models")) == (
        f"chatapp: Cannot use {chatapp_home / 'config' / 'settings.json'}: Not a folder.")
    (chatapp_home / "config").unlink()
    (chatapp_home / "config" / "api-token").mkdir(parents=True)
    assert one_line(run_cli("serve", "--port", "0")) == (
        f"chatapp: Cannot use {chatapp_home / 'config' / 'api-token'}: It is a folder.")


def test_text_that_is_not_valid_unicode(chatapp_home: Path, tmp_path: Path) -> None:
    line = one_line(run_cli("chat", os.fsdecode(b"caf\xe9 \xff")))
    # the bytes and where, in words of the user's language (was: Python's "(surrogates
    # not allowed)")
    assert line == ("chatapp: Some text is not valid Unicode and could not be used: \\xe9 at "
                    "character 4. Nothing was saved.")
    broken = tmp_path / "latin1.json"
    broken.write_bytes('{"title": "café"}'.encode("latin-1"))
    assert "not UTF-8 text" in one_line(run_cli("import", str(broken)))
    conn = sqlite3.connect(chatapp_home / "data" / "chatapp.db")
    assert conn.execute("SELECT count(*) FROM conversations").fetchone()[0] == 0  # nothing
    conn.close()


def test_an_unexpected_failure_is_logged_and_named(chatapp_home: Path) -> None:
    code = ("import sys\n"
            "import chatapp.export\n"
            "def broken(*args):\n"
            "    raise RuntimeError('a bug {with} braces')\n"
            "chatapp.export.export_conversations = broken\n"
            "from chatapp.cli import main\n"
            "sys.exit(main(['export', '--all']))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    line = one_line(result)
    log = chatapp_home / "logs" / "chatapp.log"
    assert line == ("chatapp: Something unexpected went wrong (RuntimeError). The details are "
                    f"in the log file {log}")
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: a bug {with} braces" in text


@pytest.mark.parametrize("args", [["export", "--all"], ["models"]])
def test_a_closed_pipe_is_quiet(chatapp_home: Path, args: list[str]) -> None:
    reader = subprocess.Popen([sys.executable, "-m", "chatapp", *args], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.close()
    _, err = reader.communicate(timeout=120)
    assert b"Traceback" not in err and b"Exception ignored" not in err


@pytest.mark.parametrize("content", [b'{"language": "fil", "theme": ',  # cut short
                                     b'\xff\xfe garbage',  # not UTF-8
                                     b'{"language": "\xe9"}',  # Latin-1 inside JSON
                                     b'[1, 2, 3]'])  # not an object
def test_a_broken_settings_file_is_said_once_and_kept(chatapp_home: Path,
                                                      content: bytes) -> None:
    settings = chatapp_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_bytes(content)
    result = run_cli("models", LANG="id_ID.UTF-8")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    kept = list(settings.parent.glob("settings.json.broken-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == content
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(kept[0]) in lines[0]
    assert "Pengaturan" in lines[0] or "pengaturan" in lines[0]  # the system's language
    again = run_cli("models")
    assert again.returncode == 0 and again.stderr.strip() == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")
def test_no_display_for_the_window_is_one_line(chatapp_home: Path) -> None:
    no_display = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    for args in ((), ("gui",)):
        line = one_line(run_cli(*args, **no_display))
        assert "no display" in line and "chatapp chat" in line
    assert "Walang display" in one_line(run_cli(LANG="fil_PH.UTF-8", **no_display))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")
def test_a_display_that_cannot_be_reached_is_one_line(chatapp_home: Path) -> None:
    """DISPLAY set to an X server that is not there: one translated line naming it (was: Qt's
    English "no Qt platform plugin could be initialized… Reinstalling the application may fix
    this problem", and an abort with status 134)."""
    number = next(n for n in range(99, 400) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    unreachable = {"DISPLAY": f":{number}", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    line = one_line(run_cli(**unreachable))
    assert f":{number} cannot be reached" in line and "chatapp chat" in line
    fil = one_line(run_cli(LANG="fil_PH.UTF-8", **unreachable))
    assert f":{number}" in fil and "chatapp chat" in fil and "cannot be reached" not in fil
    wayland = one_line(run_cli(**{**unreachable, "DISPLAY": "", "WAYLAND_DISPLAY": "nowhere-0"}))
    assert "nowhere-0 cannot be reached" in wayland


@pytest.mark.parametrize("delay", [0.2, 0.35, 0.5, 0.8])
def test_ctrl_c_while_the_command_starts_ends_it_quietly(chatapp_home: Path,
                                                         delay: float) -> None:
    """Ctrl+C while the command is still loading its libraries or setting itself up (or
    later) ends it with status 130 and no traceback or crash report."""
    import signal
    import time

    process = subprocess.Popen([sys.executable, "-m", "chatapp", "chat", "--max-tokens", "50",
                                "Tell me a story"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=os.environ.copy())
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=120)
    text = err.decode(errors="replace")
    assert "Traceback" not in text and "Fatal" not in text, text
    # 0: it had finished before the signal; -SIGINT: the signal came before Python itself
    # had started (a loaded machine), killed silently before any code of its own ran
    assert process.returncode in (130, 0, -signal.SIGINT), text
    assert process.returncode != -signal.SIGINT or text == ""


def test_an_output_that_cannot_show_a_character_gets_a_question_mark(
        chatapp_home: Path) -> None:
    """A terminal or pipe whose encoding lacks a character (the C locale's ASCII, an old
    console's code page) shows "?" for it; nothing fails and nothing is lost."""
    from chatapp.paths import app_paths

    store = Store(app_paths().ensure().database)
    conversation = store.create_conversation("héllo 世界")
    store.add_message(conversation.id, None, "user", "héllo 世界 🙂")
    store.close()
    done = subprocess.run([sys.executable, "-m", "chatapp", "export", "--format", "md"],
                          capture_output=True, timeout=120,
                          env={**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0",
                               "PYTHONIOENCODING": ""})
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("ascii").startswith("# h?llo ??\n")
    assert "h?llo ?? ?" in done.stdout.decode("ascii")


def test_an_export_the_full_disk_cannot_take_leaves_the_old_file_whole(
        chatapp_home: Path, tmp_path: Path) -> None:
    store = Store(chatapp_home / "data" / "chatapp.db")
    conversation = store.create_conversation(title="Kept")
    store.add_message(conversation.id, None, "user", "y" * 200_000)
    store.close()
    with small_disk(tmp_path / "disk", "1m") as disk:
        target = disk / "backup.json"
        assert run_cli("export", "--all", "-o", str(target)).returncode == 0
        before = target.read_bytes()
        filler = fill(disk, keep=64 * 1024)  # room for less than the export
        line = one_line(run_cli("export", "--all", "--format", "md", "-o", str(target)))
        assert line.startswith(f"chatapp: Could not write {target}:")
        assert target.read_bytes() == before  # the backup that was there is still whole
        assert sorted(p.name for p in disk.iterdir()) == ["backup.json", "filler.bin"]
        fresh = disk / "new.json"  # a new file that does not fit is not left half written
        one_line(run_cli("export", "--all", "-o", str(fresh)))
        assert not fresh.exists()
        filler.unlink()


def test_serve_on_the_port_of_the_windows_api_says_whose_it_most_likely_is(
        chatapp_home: Path) -> None:
    """`chatapp serve` while the window's local API is on: its port is said to be most
    likely the window's (was: "in use by another program", the other program being
    ChatApp); a port taken with the window's API off is another program's."""
    import json
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        (chatapp_home / "config").mkdir(parents=True, exist_ok=True)
        settings = chatapp_home / "config" / "settings.json"
        settings.write_text(json.dumps({"api": {"enabled": True, "port": port}}),
                            encoding="utf-8")
        assert one_line(run_cli("serve")) == (
            f"chatapp: Port {port} on 127.0.0.1 is in use, most likely by the ChatApp window, "
            "whose local API is on (Settings → Local API…): programs can use that one, or give "
            "--port another port.")
        settings.write_text(json.dumps({"api": {"enabled": False, "port": port}}),
                            encoding="utf-8")
        said = one_line(run_cli("serve"))  # with a free port to choose
        assert said.startswith(f"chatapp: Port {port} on 127.0.0.1 is in use by another "
                               "program. Port ") and said.endswith(" is free: choose that one.")
