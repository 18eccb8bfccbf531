"""A command that is refused changes nothing, and every refusal is one clear translated
line: arguments are checked before anything is stored; numbers out of range name their
option; the language chosen in Settings holds on the command line too."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def run_cli(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=300, input=stdin, env={**environment, **env})


def said(stderr: str) -> list[str]:
    """The lines of stderr but for the one saying that the computer is busy (other tests'
    work may make it so)."""
    return [line for line in stderr.splitlines() if not line.startswith("This computer is busy")]


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


def test_docs_add_refused_makes_no_collection(
        tiny_home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text("Some words.", encoding="utf-8")
    line = one_line(run_cli("docs", "add", "Menu", str(folder), "--embed", "tiny-llama-F32"))
    assert "tiny-llama-F32" in line
    line = one_line(run_cli("docs", "add", "Menu", str(folder), "--embed", "nothing-here"))
    assert "nothing-here" in line
    missing = tmp_path / "typo"
    line = one_line(run_cli("docs", "add", "Menu", str(folder), str(missing)))
    assert line == f"chatapp: {missing} does not exist."
    assert "No document collections yet" in run_cli("docs", "list").stderr


@pytest.mark.parametrize("args, line", [
    (["chat", "--temperature", "abc", "x"],
     "chatapp chat: error: --temperature must be a number between 0 and 5"),
    (["chat", "--temperature", "nan", "x"],
     "chatapp chat: error: --temperature must be a number between 0 and 5"),
    (["chat", "--max-tokens", "0", "x"],
     "chatapp chat: error: --max-tokens must be a whole number from 1 to 32768"),
    (["chat", "--seed", "1.5", "x"],
     "chatapp chat: error: --seed must be a whole number from -1 to 2147483647"),
    (["eval", "--temperature", "-1"],
     "chatapp eval: error: --temperature must be a number between 0 and 5"),
    (["fit", "--ctx", "many"],
     "chatapp fit: error: --context must be a whole number from 256 to 1048576"),
    (["fit", "--ctx", "1"],  # as chat refuses it (was: 256 said, the extra counted at 1)
     "chatapp fit: error: --context must be a whole number from 256 to 1048576"),
    (["serve", "--port", "99999"],
     "chatapp serve: error: --port must be a whole number from 0 to 65535"),
    (["docs", "search", "a", "b", "--min-similarity", "2"],
     "chatapp docs search: error: --min-similarity must be a number between -1 and 1"),
    (["bench", "--gpu-layers", "x"],
     "chatapp bench: error: --gpu-layers must be a whole number from -1 to 1000"),
    (["bench", "--threads", "999"],
     f"chatapp bench: error: --threads must be a whole number from 0 to {os.cpu_count()}"),
    (["search", "q", "--limit", "0"],
     "chatapp search: error: --limit must be a whole number of at least 1"),
    *((["serve", "--token", token],
       "chatapp serve: error: --token must be at least 16 characters without spaces: a "
       "shorter one is easy to guess (leave it out to use the one kept in the config folder)")
      for token in ("", "abc", "sixteen chars ok")),
])
def test_every_numeric_option_refuses_with_one_line_naming_it(
        chatapp_home: Path, args: list[str], line: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [line]
    assert not (chatapp_home / "data" / "chatapp.db").exists()


def test_a_token_written_by_hand_that_is_easy_to_guess_is_refused(chatapp_home: Path) -> None:
    """The token file holds the same rule as --token, and is made the user's alone."""
    token = chatapp_home / "config" / "api-token"
    token.parent.mkdir(parents=True, exist_ok=True)
    token.write_text("a\n", encoding="utf-8")
    token.chmod(0o644)
    line = one_line(run_cli("serve", "--port", "0"))
    assert line == (
        f"chatapp: The local API's token in {token} is shorter than 16 characters or holds "
        "blanks, so anyone could guess it: write a longer one there, or delete the file to "
        "have a new one made.")
    assert token.stat().st_mode & 0o777 == 0o600
    # bytes that are not text: said, and the file kept (was: replaced by a new token without
    # a word, and the clients refused)
    token.write_bytes(b"\xff\xfe\xfd0123456789abcdefgh")
    assert one_line(run_cli("serve", "--port", "0")) == (
        f"chatapp: The local API's token in {token} is not text (UTF-8): write a token there, "
        "or delete the file to have a new one made.")
    assert token.read_bytes() == b"\xff\xfe\xfd0123456789abcdefgh"


def choose(home: Path, language: str) -> None:
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "settings.json").write_text(json.dumps({"language": language}),
                                                   encoding="utf-8")


def test_the_command_line_speaks_the_language_chosen_in_settings(chatapp_home: Path) -> None:
    choose(chatapp_home, "id")
    refused = run_cli("chat", "--temperature", "abc", "x")
    assert refused.stderr.splitlines() == [
        "chatapp chat: galat: --temperature harus berupa angka antara 0 dan 5"]
    choice = run_cli("chat", "--kv-type", "zz", "x")
    assert "pilihan tidak valid: 'zz'" in choice.stderr
    assert "argumen tidak dikenal: --bogus" in run_cli("--bogus").stderr
    for command, actions in (("docs", "{add,list,rm,rename,search}"), ("remote", "{add,list,rm}")):
        assert run_cli(command).stderr.splitlines()[-1] == (  # the choices, not a name inside
            f"chatapp {command}: galat: argumen berikut wajib diisi: {actions}")
    assert one_line(run_cli("frob")).startswith(  # the command's word in the language too
        "chatapp: galat: argumen perintah: pilihan tidak valid: 'frob'")
    assert run_cli("chat", "-h").stdout.startswith("penggunaan: chatapp chat")
    assert run_cli("docs", "add").stderr.splitlines()[-1] == (  # the argument's name too
        "chatapp docs add: galat: argumen berikut wajib diisi: nama")
    assert one_line(run_cli("export", "99")) == "chatapp: Tidak ada percakapan 99."
    assert one_line(run_cli("export")) == (
        "chatapp: Belum ada percakapan untuk diekspor.")  # none yet: not an empty export
    choose(chatapp_home, "fil")
    assert "Walang koleksyon ng dokumento" in one_line(run_cli("chat", "--docs", "Nope", "x"))
    # the setting wins over the system's language, as in the window
    choose(chatapp_home, "ms")
    line = one_line(run_cli("chat", "--seed", "x", "y", LANG="id_ID.UTF-8"))
    assert line == "chatapp chat: ralat: --seed mesti nombor bulat dari -1 hingga 2147483647"
    choose(chatapp_home, "")
    line = one_line(run_cli("chat", "--seed", "x", "y", LANG="id_ID.UTF-8"))
    assert line == ("chatapp chat: galat: --seed harus berupa bilangan bulat dari -1 sampai "
                    "2147483647")


def test_fit_says_which_option_it_changed_and_why(tiny_home: Path) -> None:
    from chatapp.gguf_meta import file_info
    from chatapp.machine import gpu_offload_supported

    trained = file_info(next((tiny_home / "data" / "models").glob("*.gguf"))).context_length
    result = run_cli("fit", "-m", "tiny-llama-F32", "--ctx", "1000000", "--gpu-layers", "5",
                     "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["n_ctx"] == trained
    notes = result.stderr.splitlines()
    assert notes[0] == (f"--ctx 1000000 is more than tiny-llama-F32.gguf was trained for: the "
                        f"estimate is for its largest context, {trained} tokens.")
    if not gpu_offload_supported():
        assert notes[1:] == ["--gpu-layers 5 is ignored: this build of llama.cpp cannot use a "
                             "GPU, so the estimate is for the CPU alone."]
        assert json.loads(result.stdout)["n_gpu_layers"] == 0  # what the estimate is for
        default = run_cli("fit", "-m", "tiny-llama-F32", "--json")  # the model's -1: none here
        assert json.loads(default.stdout)["n_gpu_layers"] == 0 and default.stderr == ""
        bench = run_cli("bench", "-m", "tiny-llama-F32", "-p", "8", "-n", "2", "-r", "1",
                        "--gpu-layers", "5", "--json")
        assert bench.returncode == 0, bench.stderr
        assert said(bench.stderr) == [
            "--gpu-layers 5 is ignored: this build of llama.cpp cannot use a GPU, so the "
            "benchmark runs on the CPU alone."]
    # bench's default test (512 + 128 tokens) is made to fit a model trained for fewer
    assert trained < 640
    shorter = run_cli("bench", "-m", "tiny-llama-F32", "-r", "1", "--json", "--threads", "0")
    assert shorter.returncode == 0, shorter.stderr  # (0: every core, as in Settings)
    assert json.loads(shorter.stdout)["threads"] == os.cpu_count()
    # a busy computer is said to be (other programs' share of the processor, here made high;
    # measured, it is a share)
    from chatapp.machine import cpu_busy

    assert 0.0 <= cpu_busy(0.05) <= 1.0
    busy = subprocess.run(
        [sys.executable, "-c", "import sys; from chatapp import machine; "
         "from chatapp.cli import main; machine.cpu_busy = lambda: 0.93; "
         "sys.exit(main(sys.argv[1:]))",
         "bench", "-m", "tiny-llama-F32", "-p", "8", "-n", "2", "-r", "1", "--json"],
        capture_output=True, text=True, timeout=300)
    assert busy.returncode == 0, busy.stderr
    assert busy.stderr.splitlines()[0] == (
        "This computer is busy (other programs use 93% of its processor): the speeds measured "
        "may be lower than usual, and the model list says they were measured while busy.")
    n_gen = 128 * trained // 640
    assert said(shorter.stderr) == [
        f"This model was trained for {trained} tokens of context: the benchmark uses "
        f"-p {trained - n_gen} -n {n_gen}."]
    asked = run_cli("bench", "-m", "tiny-llama-F32", "-p", str(trained), "-n", "8")
    assert asked.returncode != 0 and "The benchmark needs" in asked.stderr  # asked: refused
    quiet = run_cli("fit", "-m", "tiny-llama-F32", "--ctx", str(trained), "--gpu-layers", "0")
    assert quiet.returncode == 0 and quiet.stderr == ""
    # what the answers decoded together take beside the model, as the engine loads it
    data = json.loads(result.stdout)
    assert data["answers_together"] >= 1 and data["answers_together_bytes"] > 0
    together = [line for line in quiet.stdout.splitlines() if "answers decoded together" in line]
    assert len(together) == 1 and together[0].startswith("+ ")
    choose(tiny_home, "ms")
    translated = run_cli("fit", "-m", "tiny-llama-F32", "--ctx", "1000000")
    assert "tiny-llama-F32.gguf" in translated.stderr and "--ctx 1000000" in translated.stderr
    assert "was trained for" not in translated.stderr
    # bench's table in the chosen language: its column names and decimal separator
    for language, head, point in (("ms", "| model | bebenang | lapisan GPU | ujian | t/s |", "."),
                                  ("id", "| model | thread | lapisan GPU | uji | t/s |", ",")):
        choose(tiny_home, language)
        table = run_cli("bench", "-m", "tiny-llama-F32", "-p", "8", "-n", "2", "-r", "1")
        assert table.returncode == 0, table.stderr
        lines = table.stdout.splitlines()
        assert lines[0] == head
        number = rf"\d+{re.escape(point)}\d\d"
        assert re.fullmatch(rf"\| tiny-llama-F32.gguf \| \d+ \| -?\d+ \| tg2 \| {number} ± "
                            rf"{number} \|", lines[3]), lines


def test_a_prompt_from_stdin_loses_only_the_line_end_the_pipe_added(tiny_home: Path) -> None:
    for stdin in ("hi\n", "  two\n\nlines  \n", "crlf\r\n", "no line end", "blank line\n\n"):
        result = run_cli("chat", "--continue", "--max-tokens", "1", stdin=stdin)
        assert result.returncode == 0, result.stderr
    # a file in another encoding than UTF-8 (here Windows-1252) is read in its own
    for data in ("caf\u00e9 cr\u00e8me \u2013 na\u00efve\r\n".encode("cp1252"),
                 "UTF-16 \u00e9t\u00e9".encode("utf-16")):
        result = subprocess.run([sys.executable, "-m", "chatapp", "chat", "--continue",
                                 "--max-tokens", "1"], input=data, capture_output=True,
                                timeout=120, env=os.environ.copy())
        assert result.returncode == 0, result.stderr
    # piped in with a prompt: the two together, the piped text first (was: dropped)
    result = run_cli("chat", "--continue", "--max-tokens", "1", "Sum this up",
                     stdin="Report: sales rose.\n")
    assert result.returncode == 0, result.stderr
    # binary content is refused before anything is stored (was: a GGUF sent as its bytes)
    conversations = rows(tiny_home, "SELECT count(*) FROM conversations")
    for args in ([], ["Explain"]):
        result = subprocess.run([sys.executable, "-m", "chatapp", "chat", *args],
                                input=(tiny_home / "data" / "models" / "tiny-llama-F32.gguf")
                                .read_bytes()[:20_000], capture_output=True, timeout=120,
                                env=os.environ.copy())
        assert result.returncode == 1 and result.stderr.decode().strip() == (
            "chatapp: What came on standard input is not text (20 kB), so nothing was sent: "
            "pipe in a text file, or give the prompt as an argument."), result.stderr
    assert rows(tiny_home, "SELECT count(*) FROM conversations") == conversations
    stored = [content for (content,) in rows(
        tiny_home, "SELECT content FROM messages WHERE role = 'user' ORDER BY id")]
    assert stored == ["hi", "  two\n\nlines  ", "crlf", "no line end", "blank line\n",
                      "caf\u00e9 cr\u00e8me \u2013 na\u00efve", "UTF-16 \u00e9t\u00e9",
                      "Report: sales rose.\n\nSum this up"]


def damaged_and_good(home: Path, tiny_model: Path) -> None:
    whole = tiny_model.read_bytes()
    models = home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    (models / "cut-F32.gguf").write_bytes(whole[: len(whole) // 2])
    (models / "good-F32.gguf").write_bytes(whole)


def test_eval_goes_on_past_a_model_that_cannot_load(chatapp_home: Path, tiny_model: Path,
                                                     tmp_path: Path) -> None:
    damaged_and_good(chatapp_home, tiny_model)
    prompts = tmp_path / "set.jsonl"
    prompts.write_text('{"prompt": "hello", "expected": "zzz"}\n{"prompt": "world"}\n',
                       encoding="utf-8")
    out = tmp_path / "out"
    command = ("eval", "--models", "cut-F32,good-F32", "--prompts", str(prompts),
               "--out", str(out), "--max-tokens", "3")
    result = run_cli(*command)
    assert result.returncode == 1, result.stderr  # not every answer was made
    lines = result.stderr.splitlines()
    assert lines[0].startswith("cut-F32.gguf cannot answer: it is tried once, its other answers"
                               " wait for a later run. The file is truncated")
    assert "3/4 answered" in result.stderr  # the model's second answer is not tried
    # said once, where it is: not as an answer that the same command makes again
    assert lines[-1] == "Not tried, as their model could not be loaded: cut-F32.gguf."
    assert "1 answer failed" not in result.stderr
    # not tried is no pass rate: "–", not 0 % (the good model's answer failed its check)
    table = {line.split()[0]: line.split()[1] for line in result.stdout.splitlines()
             if line.startswith(("cut-F32", "good-F32"))}
    assert table == {"cut-F32.gguf": "–", "good-F32.gguf": "0%"}, result.stdout
    results = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    by_model = {(r["model"], r["prompt_id"]): r for r in results}
    bad = by_model[("cut-F32.gguf", "1")]
    assert bad["finish_reason"] == "error" and "truncated" in bad["error"]
    assert "\n" not in bad["error"] and bad["error_kind"] == "load"
    assert ("cut-F32.gguf", "2") not in by_model
    for prompt in ("1", "2"):
        good = by_model[("good-F32.gguf", prompt)]
        assert good["finish_reason"] in ("stop", "length") and good["error"] is None
    answers = (out / "answers.csv").read_text(encoding="utf-8")
    assert sum(",cut-F32.gguf,,error," in line for line in answers.splitlines()) == 1
    summary = (out / "summary.csv").read_text(encoding="utf-8").splitlines()
    assert summary[1].startswith("cut-F32.gguf,1,") and summary[1].split(",")[7] == "1"
    assert "truncated" in (out / "report.html").read_text(encoding="utf-8")
    # the file mended, the same command makes the failed and the untried answers, only those
    (chatapp_home / "data" / "models" / "cut-F32.gguf").write_bytes(tiny_model.read_bytes())
    again = run_cli(*command)
    assert again.returncode == 0, again.stderr
    assert "2 answers were already done; they are not run again." in again.stderr
    summary = (out / "summary.csv").read_text(encoding="utf-8").splitlines()
    assert summary[1].startswith("cut-F32.gguf,2,") and summary[1].split(",")[7] == "0"
    from chatapp.compare.evaluate import load_results

    final = load_results(out)
    assert len(final) == 4 and not any(r.failed for r in final)
    assert {r.message_id for r in final} >= {good["message_id"] for good in results
                                             if good["model"] == "good-F32.gguf"}
    (chatapp_home / "data" / "models" / "cut-F32.gguf").write_bytes(
        tiny_model.read_bytes()[:1000])
    config = tmp_path / "eval.yaml"
    config.write_text("prompts: [\"Say {{word}}\"]\nproviders:\n  - id: cut-F32\n"
                      "  - id: good-F32\ntests:\n  - vars: {word: hello}\n", encoding="utf-8")
    configured = run_cli("eval", "--config", str(config), "--out", str(tmp_path / "out2"),
                         "--max-tokens", "3")
    assert configured.returncode == 1, configured.stderr
    rows_ = [json.loads(line) for line in
             (tmp_path / "out2" / "results.jsonl").read_text().splitlines()]
    assert sorted((r["model"], r["finish_reason"] == "error") for r in rows_) == [
        ("cut-F32", True), ("good-F32", False)]
    # a name that is no model at all is a mistake in the command: it changes nothing
    assert "nope" in one_line(run_cli("eval", "--models", "nope,good-F32", "--prompts",
                                      str(prompts), "--out", str(tmp_path / "out3")))
    assert not (tmp_path / "out3").exists()


@pytest.mark.parametrize(("lang", "words"), [
    ("id_ID.UTF-8", ("Mengobrol dengan model terbuka", "buka jendela", "tanyai model")),
    ("ms_MY.UTF-8", ("Bersembang dengan model terbuka", "buka tetingkap", "tanya model")),
    ("fil_PH.UTF-8", ("Makipag-chat sa mga bukas na model", "buksan ang window",
                      "magtanong sa isang model")),
])
def test_help_is_in_one_language(lang: str, words: tuple[str, ...]) -> None:
    main = run_cli("--help", LANG=lang)
    chat = run_cli("chat", "--help", LANG=lang)
    assert main.returncode == 0 and chat.returncode == 0
    for word in words:
        assert word in main.stdout, word
    for english in ("Chat with open models", "open the window", "ask a model and print",
                    "longest answer in tokens", "add to the most recent conversation",
                    "one message a line"):
        assert english not in main.stdout + chat.stdout, english


def test_why_a_file_is_not_a_model_is_said_in_the_users_language(chatapp_home: Path,
                                                                  tmp_path: Path) -> None:
    html = tmp_path / "page.gguf"
    html.write_text("<!DOCTYPE html><html>Sign in</html>\n" * 20, encoding="utf-8")
    greedy = tmp_path / "greedy.gguf"
    greedy.write_bytes(b"GGUF" + (3).to_bytes(4, "little") + (1).to_bytes(8, "little")
                       + (10**12).to_bytes(8, "little") + bytes(64))
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    (models / "copy.gguf").write_bytes(greedy.read_bytes())
    line = one_line(run_cli("chat", "-m", str(html), "hi", LANG="id_ID.UTF-8"))
    assert line == ("chatapp: Tidak dapat memuat model page.gguf: Ini halaman web atau dokumen "
                    "teks, bukan berkas model GGUF; unduhan mungkin gagal.")
    line = one_line(run_cli("chat", "-m", str(greedy), "hi", LANG="ms_MY.UTF-8"))
    assert "mendakwa ada 1,000,000,000,000 entri metadata" in line  # (grouped as ms writes)
    linked = run_cli("link", str(greedy), LANG="fil_PH.UTF-8")
    assert linked.returncode == 1 and not linked.stdout
    assert len(linked.stderr.splitlines()) == 1  # only the reason, as the other refusals
    assert linked.stderr.startswith("chatapp: ")
    assert "sinasabi nitong may 1,000,000,000,000 metadata entry" in linked.stderr
    listed = run_cli("models", LANG="id_ID.UTF-8").stdout
    assert "copy.gguf" in listed and "mengaku memiliki 1.000.000.000.000 entri metadata" in listed
    assert "claims" not in listed


def test_the_systems_reasons_and_every_help_text_are_translated(chatapp_home: Path,
                                                                tmp_path: Path) -> None:
    line = one_line(run_cli("import", str(tmp_path / "nope.json"), LANG="fil_PH.UTF-8"))
    assert "Walang ganoong file o folder" in line and "No such file" not in line
    assert "tampilkan versi lalu keluar" in run_cli("--help", LANG="id_ID.UTF-8").stdout
    pull = run_cli("pull", "--help", LANG="ms_MY.UTF-8").stdout
    assert "e.g. Q4_K_M" not in pull and "file name in the repository" not in pull


def test_a_second_eval_into_a_folder_in_use_is_refused(tiny_home: Path, tmp_path: Path) -> None:
    from filelock import FileLock

    from chatapp.compare.evaluate import LOCK_FILE

    prompts = tmp_path / "set.txt"
    prompts.write_text("hello\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    command = ("eval", "--models", "tiny-llama-F32", "--prompts", str(prompts), "--out", str(out),
               "--max-tokens", "2")
    with FileLock(out / LOCK_FILE, timeout=0):  # another run is writing the folder
        busy = run_cli(*command)
    assert busy.returncode == 1
    assert busy.stderr.strip() == (f"chatapp: Another evaluation is writing to {out} now: wait "
                                   "for it to end, or choose another output folder.")
    assert not (out / "results.jsonl").exists()
    done = run_cli(*command)
    assert done.returncode == 0, done.stderr
    assert len((out / "results.jsonl").read_text().splitlines()) == 1


def test_a_chatapp_home_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    home = tmp_path / "not-a-folder"
    home.write_text("x")
    result = run_cli("models", CHATAPP_HOME=str(home))
    assert result.returncode == 1
    assert one_line(result) == (f"chatapp: CHATAPP_HOME is {home}, which is not a folder: set "
                                "it to a folder (it is made when it does not exist yet).")


@pytest.mark.parametrize(("lang", "name"), [("ms_MY.UTF-8", "NAMA"), ("id_ID.UTF-8", "NAMA"),
                                            ("fil_PH.UTF-8", "PANGALAN")])
def test_option_placeholders_are_english_identifiers(lang: str, name: str) -> None:
    """An option's value is named as its errors and help texts name it, in every language
    (was: `--docs NAMA` / `--docs PANGALAN` in help, NAME in the texts); a positional
    argument written as a word (`gesaan`) is still translated."""
    shown = run_cli("chat", "--help", LANG=lang).stdout
    assert "--docs NAME" in shown and f"--docs {name}" not in shown
    assert "--docs NAME" in run_cli("chat", "--help", LANG="C.UTF-8").stdout
