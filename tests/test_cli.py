"""The `chatapp` command: real processes, real models, the same database as the window."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)


def run_cli(*args: str, stdin: str | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], input=stdin,
                          capture_output=True, text=True, timeout=timeout, env=os.environ.copy())


@pytest.fixture
def tiny_home(chatapp_home: Path, tiny_model: Path) -> Path:
    models = chatapp_home / "data" / "models" / "tester" / "tiny-repo"
    models.mkdir(parents=True)
    shutil.copy(tiny_model, models / tiny_model.name)
    return chatapp_home


def db_rows(home: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(home / "data" / "chatapp.db")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_help_and_version() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for word in ("models", "chat"):
        assert word in result.stdout
    assert run_cli("--version").stdout.startswith("chatapp ")
    fit = run_cli("fit", "--help")  # a command's own help says what it does
    assert "\nThe memory a model needs here, from llama.cpp itself.\n" in fit.stdout


def test_models_lists_size_quant_and_architecture(tiny_home: Path) -> None:
    result = run_cli("models")
    assert result.returncode == 0, result.stderr
    assert "tiny-llama-F32.gguf" in result.stdout
    assert "F32" in result.stdout and "llama" in result.stdout
    assert "tester/tiny-repo" in result.stdout


@pytest.mark.parametrize("spec", ["tiny-llama-F32.gguf", "tiny-llama-F32", "tester/tiny-repo"])
def test_chat_streams_and_stores_the_exchange(tiny_home: Path, spec: str) -> None:
    result = run_cli("chat", "-m", spec, "--max-tokens", "8", "--seed", "3", "hello world")
    assert result.returncode == 0, result.stderr
    rows = db_rows(tiny_home, "SELECT role, content, finish_reason, model_name, completion_tokens"
                              " FROM messages ORDER BY id")
    assert rows[0][:2] == ("user", "hello world")
    assert rows[1][0] == "assistant" and rows[1][2] in ("length", "stop")
    assert rows[1][3] == "tiny-llama-F32.gguf"
    assert result.stdout.rstrip("\n") == rows[1][1]


def test_continue_adds_to_the_last_conversation_and_stdin_works(tiny_home: Path) -> None:
    first = run_cli("chat", "-m", "tiny-llama-F32", "-n", "4", "--continue", "first")
    assert first.returncode == 0
    assert "chatapp: There is no conversation to continue yet: this is a new one." \
        in first.stderr.splitlines()
    second = run_cli("chat", "-m", "tiny-llama-F32", "--max-tokens", "4", "--continue",
                     stdin="second from stdin")
    assert second.returncode == 0, second.stderr
    rows = db_rows(tiny_home, "SELECT conversation_id, role, content FROM messages ORDER BY id")
    assert len({r[0] for r in rows}) == 1
    assert [r[2] for r in rows if r[1] == "user"] == ["first", "second from stdin"]
    parents = db_rows(tiny_home, "SELECT id, parent_id FROM messages ORDER BY id")
    assert [p[1] for p in parents] == [None, parents[0][0], parents[1][0], parents[2][0]]


def test_a_message_too_long_for_the_context_does_not_block_the_next_ones(
        tiny_home: Path) -> None:
    """A message that alone overflows the context fails with one line and is not kept, in
    a new conversation or one continued (was: kept with its failed answer, a copy a try);
    the conversation's next question is answered."""
    long = run_cli("chat", "-m", "tiny-llama-F32", "--max-tokens", "4", "word " * 5000)
    assert long.returncode != 0
    assert long.stderr.startswith("chatapp: The message is too long"), long.stderr
    assert db_rows(tiny_home, "SELECT id FROM conversations WHERE deleted_at IS NULL") == []
    for question in ("short one", "word " * 5000, "and another"):
        result = run_cli("chat", "--continue", "--max-tokens", "4", question)
        assert (result.returncode == 0) == (len(question) < 100), result.stderr
    rows = db_rows(tiny_home, "SELECT role, content, finish_reason FROM messages"
                              " WHERE deleted_at IS NULL ORDER BY id")
    assert [(role, content) for role, content, _ in rows if role == "user"] == [
        ("user", "short one"), ("user", "and another")]
    assert [finish in ("length", "stop") for role, _, finish in rows if role == "assistant"] \
        == [True, True]
    # one far too long for any tokenizer is refused before anything is written (was: written,
    # then taken back: the database file grew by its size at each try)
    database = tiny_home / "data" / "chatapp.db"
    size = database.stat().st_size
    huge = run_cli("chat", "--continue", "--max-tokens", "4", "hugeword " * 10_000)
    assert huge.returncode == 1 and huge.stderr.startswith("chatapp: The message is too long")
    assert database.stat().st_size == size and b"hugeword" not in database.read_bytes()


def test_ctx_sets_the_context_length_of_one_run(tiny_home: Path) -> None:
    """chat --ctx loads the model with that context for this run (the message too long
    for the context says how to give it more); the model's settings stay as they were."""
    words = "word " * 100  # about 200 tokens of the tiny model
    small = run_cli("chat", "-m", "tiny-llama-F32", "--max-tokens", "64", "--ctx", "256", words)
    assert small.returncode == 1
    assert "context of 256 tokens" in small.stderr, small.stderr
    # it fits the context, but not beside the room kept for the answer (the 64 tokens an
    # answer may use; with 2 it would fit): said so
    assert "leaves too little of this model's context of 256 tokens for the answer (64 " \
        "tokens are kept for it)" in " ".join(small.stderr.split()), small.stderr
    # answers of 2 tokens keep 2 free: the same message is answered (was: refused, 64 kept)
    short = run_cli("chat", "-m", "tiny-llama-F32", "--max-tokens", "2", "--ctx", "256", words)
    assert short.returncode == 0, short.stderr
    again = run_cli("chat", "-m", "tiny-llama-F32", "--max-tokens", "2", words)
    assert again.returncode == 0, again.stderr
    # it leaves less than the room kept for the answer (256 of 512) but 64 tokens at least:
    # answered in what is left (was: refused as too long, with 200 tokens free)
    room = run_cli("chat", "-m", "tiny-llama-F32", "--max-tokens", "512", "--ctx", "512",
                   "word " * 150)
    assert room.returncode == 0, room.stderr
    more = run_cli("chat", "-m", "tiny-llama-F32", "--max-tokens", "2", "--ctx", "4096", "hi")
    assert more.returncode == 0, more.stderr
    assert "chatapp: --ctx 4096 is more than tiny-llama-F32.gguf was trained for: it runs " \
        "with its largest context, 512 tokens." in more.stderr.splitlines()
    assert run_cli("chat", "--ctx", "9", "hi").stderr.splitlines() == [
        "chatapp chat: error: --context must be a whole number from 256 to 1048576"]


def test_continue_goes_on_with_your_own_conversation_and_the_list_marks_the_apis(
        tiny_home: Path) -> None:
    """--continue takes the latest conversation of one's own, not a newer one another
    program made through the API (was: answered there, with the API's model); the list marks
    API conversations and comparisons as the window does."""
    from chatapp.store import Store

    assert run_cli("chat", "-m", "tiny-llama-F32", "--max-tokens", "2", "mine").returncode == 0
    store = Store(tiny_home / "data" / "chatapp.db")
    try:
        for kind, title in (("compare", "Two models"), ("api", "A script's")):
            conversation = store.create_conversation(title=title, kind=kind)
            store.add_message(conversation.id, None, "user", "theirs")
    finally:
        store.close()
    listed = run_cli("conversations").stdout
    assert "API · A script's" in listed and "⇆ Two models" in listed
    found = run_cli("conversations", "theirs").stdout  # and so does a search
    assert "API · A script's" in found and "⇆ Two models" in found
    assert run_cli("chat", "--continue", "--max-tokens", "2", "again").returncode == 0
    rows = db_rows(tiny_home, "SELECT c.kind, m.content FROM messages m JOIN conversations c"
                              " ON c.id = m.conversation_id WHERE m.role = 'user' ORDER BY m.id")
    assert rows == [("chat", "mine"), ("compare", "theirs"), ("api", "theirs"),
                    ("chat", "again")]


def test_continue_with_another_system_prompt_says_it_replaces_the_conversations(
        tiny_home: Path) -> None:
    first = run_cli("chat", "-m", "tiny-llama-F32", "--max-tokens", "3", "--system",
                    "You are a pirate.", "Hello")
    assert first.returncode == 0 and "--system" not in first.stderr
    same = run_cli("chat", "--continue", "--max-tokens", "3", "--system", "You are a pirate.",
                   "Again")
    assert same.returncode == 0 and "--system replaces" not in same.stderr
    other = run_cli("chat", "--continue", "--max-tokens", "3", "--system", "New system",
                    "And then?")
    assert other.returncode == 0, other.stderr
    assert "--system replaces the conversation's system prompt from this answer on" \
        in other.stderr
    assert db_rows(tiny_home, "SELECT system_prompt FROM conversations") == [("New system",)]


def test_continue_goes_on_with_the_conversations_model(tiny_home: Path) -> None:
    """Without -m, --continue answers with the model the conversation was held with, not
    the default one (-m still picks another)."""
    models = tiny_home / "data" / "models" / "tester" / "tiny-repo"
    shutil.copy(models / "tiny-llama-F32.gguf", models / "other-tiny-F32.gguf")
    assert run_cli("chat", "-m", "other-tiny-F32", "--max-tokens", "3", "first").returncode == 0
    assert run_cli("chat", "--continue", "--max-tokens", "3", "second").returncode == 0
    fresh = run_cli("chat", "--max-tokens", "3", "a new one")  # the default model
    assert fresh.returncode == 0, fresh.stderr
    answered = db_rows(tiny_home, "SELECT model_name FROM messages WHERE role = 'assistant'"
                                  " ORDER BY id")
    assert [r[0] for r in answered][:2] == ["other-tiny-F32.gguf"] * 2
    assert answered[2][0] != "other-tiny-F32.gguf"


def test_errors_are_one_line_without_traceback(tiny_home: Path, tmp_path: Path) -> None:
    from gguf_factory import write_corrupt_gguf

    unknown = run_cli("chat", "-m", "no-such-model", "hi")
    bad_arg = run_cli("chat", "--max-tokens", "-3", "hi")
    bad_temp = run_cli("chat", "--temperature", "hot", "hi")
    corrupt = write_corrupt_gguf(tmp_path / "corrupt.gguf", "truncated")
    broken = run_cli("chat", "-m", str(corrupt), "hi")
    for result, code in ((unknown, 1), (bad_arg, 2), (bad_temp, 2), (broken, 1)):
        assert result.returncode == code
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "no-such-model" in unknown.stderr
    assert "corrupt.gguf" in broken.stderr
    missing = run_cli("chat", "-m", str(tmp_path / "gone" / "model.gguf"), "hi")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert missing.stderr.strip() == f"chatapp: {tmp_path / 'gone' / 'model.gguf'} does not exist."
    typed = run_cli("chat", "-m", "box//gone/model.gguf", "hi")  # named as it was typed
    assert typed.stderr.strip() == "chatapp: box//gone/model.gguf does not exist."


def test_errors_are_translated(tiny_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    result = run_cli("chat", "-m", "no-such-model", "hi")
    assert result.returncode == 1
    assert "No local model matches" not in result.stderr
    assert "no-such-model" in result.stderr


def slow_chat(chatapp_home: Path, text: bool = False) -> subprocess.Popen:
    """`chatapp chat` of 3,000 greedy tokens on a model big enough to take seconds for them
    (they never reach an end token), started: its output piped."""
    from gguf_factory import write_slow_llama

    write_slow_llama(chatapp_home)
    return subprocess.Popen(
        [sys.executable, "-m", "chatapp", "chat", "-m", "slow-llama", "--max-tokens", "3000",
         "--temperature", "0", "hello"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=text, env=os.environ.copy())


def test_killed_mid_stream_keeps_the_flushed_text_as_interrupted(chatapp_home: Path) -> None:
    process = slow_chat(chatapp_home)
    try:
        deadline = time.monotonic() + 60
        assert process.stdout is not None
        os.set_blocking(process.stdout.fileno(), False)
        seen = b""
        while time.monotonic() < deadline and len(seen) < 40:
            chunk = process.stdout.read(4096)
            seen += chunk or b""
            time.sleep(0.05)
        assert len(seen) >= 40, "no streamed text"
        time.sleep(1.6)
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        process.stdout.close()
        process.stderr.close()
    stored = db_rows(chatapp_home, "SELECT content, finish_reason FROM messages"
                                   " WHERE role = 'assistant'")
    assert stored[0][1] is None and len(stored[0][0]) > 0
    from chatapp.context import open_app

    app = open_app()
    try:
        message = app.store.messages(app.store.latest_conversation().id)[-1]
        assert message.finish_reason == "interrupted"
        assert message.content == stored[0][0]
        assert app.store.integrity_check() == "ok"
    finally:
        app.close()


def test_an_answer_whose_reader_goes_away_is_kept_with_what_it_wrote(tiny_home: Path) -> None:
    """`chatapp chat … | head -c 5`, or an output on a full disk: the answer stops and is
    stored with its text so far, as stopped, not left empty."""
    command = [sys.executable, "-m", "chatapp", "chat", "-m", "tiny-llama-F32",
               "--max-tokens", "200", "--seed", "3", "Tell me a story"]
    reader = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=os.environ.copy())
    assert reader.stdout.read(5)
    reader.stdout.close()  # as head does once it has its bytes
    assert reader.wait(120) == 1
    reader.stderr.close()
    with open("/dev/full", "w") as full:
        result = subprocess.run(command, stdout=full, capture_output=False,
                                stderr=subprocess.PIPE, text=True, timeout=120,
                                env=os.environ.copy())
    assert result.returncode == 1 and "disk is full" in result.stderr, result.stderr
    rows = db_rows(tiny_home, "SELECT content, finish_reason FROM messages "
                              "WHERE role = 'assistant' ORDER BY id")
    assert len(rows) == 2 and all(content and finish == "stopped" for content, finish in rows), \
        rows


def test_log_holds_no_message_text(tiny_home: Path) -> None:
    secret = "my secret banana sentence"
    assert run_cli("chat", "-m", "tiny-llama-F32", "--max-tokens", "4", secret).returncode == 0
    log_text = "".join(p.read_text() for p in (tiny_home / "logs").glob("chatapp.log*"))
    assert "banana" not in log_text


def test_text_shown_before_tokens_stall_is_saved_before_a_kill(chatapp_home: Path) -> None:
    """Tokens stop coming (the model process is paused), then the CLI is killed: what it
    had printed is in the database, although no new piece arrived to trigger a save."""
    process = slow_chat(chatapp_home)
    worker = None
    try:
        assert process.stdout is not None
        os.set_blocking(process.stdout.fileno(), False)
        seen = b""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(seen) < 40:
            seen += process.stdout.read(4096) or b""
            time.sleep(0.02)
        tasks = Path(f"/proc/{process.pid}/task")
        worker = next(int(p) for t in tasks.glob("*") for p in (t / "children").read_text().split())
        os.kill(worker, signal.SIGSTOP)
        time.sleep(0.3)
        seen += process.stdout.read(1 << 20) or b""  # everything printed before the stall
        time.sleep(1.5)
        seen += process.stdout.read(1 << 20) or b""
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        if worker is not None:
            with contextlib.suppress(OSError):
                os.kill(worker, signal.SIGKILL)
        if process.poll() is None:
            process.kill()
        process.wait()
        process.stdout.close()
        process.stderr.close()
    (stored,) = db_rows(chatapp_home, "SELECT content FROM messages WHERE role = 'assistant'")
    assert stored[0] == seen.decode("utf-8")


def test_an_eval_stopped_with_ctrl_c_says_how_to_go_on(tiny_home: Path, tmp_path: Path) -> None:
    prompts = tmp_path / "set.txt"
    prompts.write_text("".join(f"Tell me fact number {i}.\n" for i in range(30)),
                       encoding="utf-8")
    out = tmp_path / "run"
    argv = [sys.executable, "-m", "chatapp", "eval", "--models", "tiny-llama-F32",
            "--prompts", str(prompts), "--max-tokens", "64", "--out", str(out)]
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=os.environ.copy())
    first = process.stderr.readline()  # the first answer's progress line
    assert first.startswith("1/30"), first
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert stdout.splitlines()[-1].startswith("Report: ") and "Traceback" not in stderr
    assert stderr.strip().endswith(
        "Stopped: the report holds the answers made so far; run the same command to go on.")
    again = subprocess.run(argv, capture_output=True, text=True, timeout=300,
                           env=os.environ.copy())
    assert again.returncode == 0, again.stderr
    assert "already done" in again.stderr.splitlines()[0]


def test_a_kv_cache_type_llama_cpp_refuses_is_named(tiny_home: Path) -> None:
    """The tiny model's heads are too small for a q8_0 cache: the line says which setting
    to change, not llama.cpp's "Failed to create llama_context"."""
    refused = run_cli("chat", "-m", "tiny-llama-F32", "--max-tokens", "2", "--kv-type", "q8_0",
                      "hi")
    assert refused.returncode == 1
    said = " ".join(refused.stderr.split())
    assert ("Could not load the model tiny-llama-F32.gguf with a q8_0 KV cache: llama.cpp "
            "could not make its context with it. Choose f16 under KV cache in Model "
            "settings (--kv-type f16 on the command line).") in said, said
    assert "Traceback" not in said


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_a_chat_stopped_with_ctrl_c_says_so_and_keeps_the_answer(chatapp_home: Path,
                                                                  stop: int) -> None:
    """Ctrl+C, or a SIGTERM (was: the process ended at once, and the answer kept only what
    the last flush had saved, marked interrupted)."""
    process = slow_chat(chatapp_home, text=True)
    assert process.stdout is not None
    assert process.stdout.read(8)  # it is writing
    process.send_signal(stop)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1] == (
        "chatapp: Stopped: the answer is kept as far as it was written; --continue goes on "
        "with the conversation."), stderr
    assert "Traceback" not in stderr
    (stored,) = db_rows(chatapp_home, "SELECT finish_reason FROM messages WHERE role = "
                        "'assistant'")
    assert stored[0] == "stopped"


def test_continue_waits_for_no_answer_another_window_is_writing(tiny_home: Path) -> None:
    """--continue on a conversation whose last answer the window is still writing is refused
    in one line, nothing stored (was: the question went under the unfinished answer)."""
    from chatapp.store import Store

    store = Store(tiny_home / "data" / "chatapp.db")
    try:
        conversation = store.create_conversation(title="Writing")
        question = store.add_message(conversation.id, None, "user", "tell me a story")
        store.add_message(conversation.id, question.id, "assistant", "Once upon")  # streaming
    finally:
        store.close()
    import fcntl

    with open(tiny_home / "data" / "instance.lock", "ab") as window:  # the window runs
        fcntl.flock(window, fcntl.LOCK_SH)
        result = run_cli("chat", "--continue", "-m", "tiny-llama-F32", "--max-tokens", "2",
                         "more")
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        "chatapp: The last answer of this conversation is still being written (in the window "
        "or another program): wait until it ends, or start a new conversation.")
    assert db_rows(tiny_home, "SELECT count(*) FROM messages") == [(2,)]


def test_an_evals_files_are_the_users_alone_and_no_lock_file_stays(tiny_home: Path,
                                                                    tmp_path: Path) -> None:
    """`chatapp eval -o FOLDER` makes the folder 0700 and every file in it 0600, as exports
    are, and leaves no .lock behind (was: report.html, answers.csv, results.jsonl 0644 in a
    0755 folder, and an empty .lock left)."""
    prompts = tmp_path / "set.txt"
    prompts.write_text("Say hi.\nSay bye.\n", encoding="utf-8")
    out = tmp_path / "out" / "eval"
    made = subprocess.run([sys.executable, "-m", "chatapp", "eval", "--models", "tiny-llama-F32",
                           "--prompts", str(prompts), "--max-tokens", "4", "-o", str(out)],
                          capture_output=True, text=True, timeout=300, env=os.environ.copy())
    assert made.returncode == 0, made.stderr
    names = sorted(p.name for p in out.iterdir())
    assert {"report.html", "answers.csv", "results.jsonl", "summary.csv"} <= set(names)
    assert ".lock" not in names
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()} == dict.fromkeys(
        names, 0o600)
