"""The command line's limits are the other interfaces' limits, and what it refuses it says
in one line: numbers out of range, a model named by an empty name, a file that starts with
a byte order mark, a prompt field of the wrong type, a GGUF file from a newer format, a path
that cannot be linked or that lies in /proc, /sys or /dev."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from gguf_factory import write_tiny_llama

from chatapp.compare.config import load_config
from chatapp.compare.prompts import load_prompts
from chatapp.errors import UserError
from chatapp.gguf_meta import read_gguf_info
from chatapp.gguf_stream import GGUFError
from chatapp.library_walk import walk_gguf

BOM = "\ufeff"


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=timeout, env=environment)


def one_line(result: subprocess.CompletedProcess, code: int) -> str:
    """The one line on stderr of a command that ended with code, no traceback."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


# --- 1. numbers: the same ranges as the config file, the settings and the windows ---------

@pytest.mark.parametrize("args, line", [
    (["eval", "--repeats", "1000000"],
     "chatapp eval: error: --repeats must be a whole number from 1 to 100"),
    (["eval", "--repeats", "0"],
     "chatapp eval: error: --repeats must be a whole number from 1 to 100"),
    (["eval", "--max-tokens", "40000"],
     "chatapp eval: error: --max-tokens must be a whole number from 1 to 32768"),
    (["eval", "--seed", "2147483648"],
     "chatapp eval: error: --seed must be a whole number from -1 to 2147483647"),
    (["chat", "--max-tokens", "32769", "x"],
     "chatapp chat: error: --max-tokens must be a whole number from 1 to 32768"),
    (["chat", "--seed", "-2", "x"],
     "chatapp chat: error: --seed must be a whole number from -1 to 2147483647"),
    (["bench", "-r", "99999999999999999999999"],
     "chatapp bench: error: --repetitions must be a whole number from 1 to 100"),
    (["bench", "-p", "1048577"],
     "chatapp bench: error: --n-prompt must be a whole number from 0 to 1048576"),
    (["bench", "-n", "32769"],
     "chatapp bench: error: --n-gen must be a whole number from 1 to 32768"),
    (["bench", "--gpu-layers", "1001"],
     "chatapp bench: error: --gpu-layers must be a whole number from -1 to 1000"),
    (["fit", "--gpu-layers", "1001"],
     "chatapp fit: error: --gpu-layers must be a whole number from -1 to 1000"),
])
def test_numeric_options_have_the_ranges_of_the_other_interfaces(
        chatapp_home: Path, args: list[str], line: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [line]
    assert not (chatapp_home / "data" / "chatapp.db").exists()


def test_repeats_has_the_config_files_range(tmp_path: Path) -> None:
    config = tmp_path / "run.yaml"
    for repeat, allowed in ((100, True), (101, False)):
        config.write_text(f"prompts: ['{{{{q}}}}']\nproviders: [m]\n"
                          f"tests: [{{vars: {{q: hi}}}}]\nevaluateOptions: {{repeat: {repeat}}}\n",
                          encoding="utf-8")
        if allowed:
            assert load_config(config).repeats == repeat
        else:
            with pytest.raises(UserError, match="repeat must be a whole number from 1 to 100"):
                load_config(config)
    # the largest value the file allows passes the command line's check too (then the
    # command asks for what it lacks)
    line = one_line(run_cli("eval", "--repeats", "100", "--max-tokens", "32768"), 1)
    assert line == "chatapp: Give --config FILE.yaml, or --models and --prompts."


# --- 2. an empty model name is refused, never the default model -----------------------------

@pytest.mark.parametrize("args, line", [
    (["chat", "-m", "", "hello"], "chatapp chat: error: --model must name a model"),
    (["chat", "--model", "  ", "hello"], "chatapp chat: error: --model must name a model"),
    (["bench", "-m", ""], "chatapp bench: error: --model must name a model"),
    (["fit", "-m", ""], "chatapp fit: error: --model must name a model"),
    (["eval", "--models", " , ", "--prompts", "p.txt"],
     "chatapp eval: error: --models must name a model"),
    (["eval", "--judge", ""], "chatapp eval: error: --judge must name a model"),
    (["eval", "--embedding-model", ""],
     "chatapp eval: error: --embedding-model must name a model"),
    (["rm", "", "--yes"], "chatapp rm: error: MODEL must name a model"),
    (["docs", "add", "Menu", "--embed", ""],
     "chatapp docs add: error: --embed must name a model"),
])
def test_an_empty_model_name_is_refused_by_every_command(
        tiny_home: Path, args: list[str], line: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [line]
    assert not (tiny_home / "data" / "chatapp.db").exists()
    assert (tiny_home / "data" / "models" / "tiny-llama-F32.gguf").exists()


def test_an_empty_model_name_in_a_config_is_refused(tiny_home: Path, tmp_path: Path) -> None:
    config = tmp_path / "run.yaml"
    config.write_text("prompts: ['{{q}}']\nproviders: ['']\ntests: [{vars: {q: hi}}]\n",
                      encoding="utf-8")
    line = one_line(run_cli("eval", "--config", str(config), "--out",
                            str(tmp_path / "out")), 1)
    assert line.startswith("chatapp: The model name is empty: name a model by its path"), line


@pytest.mark.parametrize("args, line", [
    (["chat", "--bogus", "x"], "chatapp chat: error: unrecognized arguments: --bogus"),
    (["docs", "add", "Menu", "--bogus"],
     "chatapp docs add: error: unrecognized arguments: --bogus"),
    (["--bogus"], "chatapp: error: unrecognized arguments: --bogus"),
    # an option's value is not said (it may be a key): `--api-key` abbreviates nothing
    (["remote", "add", "gpu", "http://127.0.0.1:9/v1", "--api-key", "sk-SECRET"],
     "chatapp remote add: error: unrecognized arguments: --api-key"),
    (["remote", "add", "gpu", "http://127.0.0.1:9/v1", "--api-key=sk-SECRET"],
     "chatapp remote add: error: unrecognized arguments: --api-key"),
    (["remote", "add", "gpu", "http://127.0.0.1:9/v1", "hf_SECRETVALUE1234567"],
     "chatapp remote add: error: unrecognized arguments: hf_S…"),
    # a path is said whole (was: "mode…" for models/cite-answerer.gguf)
    (["link", "models/first-model.gguf", "models/second-model.gguf"],
     "chatapp link: error: unrecognized arguments: models/second-model.gguf"),
    # a model's file name is said whole, with the -m it wants (was: "gemm…", no hint)
    (["bench", "gemma-3-270m-q4_k_m.gguf"],
     "chatapp bench: error: unrecognized arguments: gemma-3-270m-q4_k_m.gguf (name the model "
     "with -m: chatapp bench -m gemma-3-270m-q4_k_m.gguf)"),
    (["fit", "Qwen2.5-0.5B-Instruct-Q4_K_M.gguf"],
     "chatapp fit: error: unrecognized arguments: Qwen2.5-0.5B-Instruct-Q4_K_M.gguf (name the "
     "model with -m: chatapp fit -m Qwen2.5-0.5B-Instruct-Q4_K_M.gguf)"),
    (["bench", "some-words-that-are-not-a-model"],
     "chatapp bench: error: unrecognized arguments: some-words-that-are-not-a-model"),
    (["bench", "word-" * 15],  # only a very long word is cut
     "chatapp bench: error: unrecognized arguments: " + ("word-" * 12)[:59] + "…"),
    (["docs", "add"], "chatapp docs add: error: the following arguments are required: name"),
    # a mistyped option is named, not the value it leaves behind (was: `--form md` refused
    # as "conversation must be a whole number")
    (["export", "--form", "md"], "chatapp export: error: unrecognized arguments: --form"),
    (["chat", "-x", "-1", "--", "-hi"], "chatapp chat: error: unrecognized arguments: -x"),
    # an empty value is refused, not taken as none given (was: -o "" wrote to stdout, link ""
    # linked every store, --tag "" named an empty tag)
    (["leaderboard", "--tag", ""], "chatapp leaderboard: error: --tag must not be empty"),
    (["link", ""], "chatapp link: error: path must not be empty"),
    (["export", "1", "-o", ""], "chatapp export: error: --output must not be empty"),
    (["remote", "rm", " "], "chatapp remote rm: error: name must not be empty"),
    (["chat", "--docs", "", "hi"], "chatapp chat: error: --docs must not be empty"),
    (["remote", "add", "z", ""], "chatapp remote add: error: url must not be empty"),
    (["serve", "--host", ""], "chatapp serve: error: --host must not be empty"),
    (["import", ""], "chatapp import: error: file must not be empty"),
    (["docs", "rm"], "chatapp docs rm: error: the following arguments are required: name"),
])
def test_an_argument_error_names_the_command_and_only_what_is_missing(
        chatapp_home: Path, args: list[str], line: str) -> None:
    """Every argument error names the command it is of, as `chatapp chat: error: …` does
    (PATH may be left out of docs add and rm: it is not said to be missing)."""
    result = run_cli(*args)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [line]


def test_a_model_given_without_m_is_said_whole_in_filipino(chatapp_home: Path) -> None:
    """was: "hindi kilalang mga argumento: gemm…", the name cut and no word of -m."""
    name = "gemma-3-270m-q4_k_m.gguf"
    result = subprocess.run([sys.executable, "-m", "chatapp", "bench", name],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "LANG": "fil_PH.UTF-8"})
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert f"chatapp bench -m {name}" in line
    assert "pangalanan ang model gamit ang -m" in line


# --- 3. a UTF-8 byte order mark at the start of a file is no text ---------------------------

def test_an_export_with_a_byte_order_mark_is_imported(chatapp_home: Path,
                                                      tmp_path: Path) -> None:
    from chatapp.export import export_json
    from chatapp.store import Store

    source = Store(tmp_path / "other.db")
    conversation = source.create_conversation("From Windows")
    source.add_message(conversation.id, None, "user", "Hello")
    text = export_json(source, source.conversations())
    source.close()
    path = tmp_path / "export.json"
    path.write_bytes((BOM + text).encode("utf-8"))
    result = run_cli("import", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Imported 1 conversation.\n"
    listed = json.loads(run_cli("export", "--all").stdout)
    assert [c["title"] for c in listed["conversations"]] == ["From Windows"]


@pytest.mark.parametrize("name, text", [
    ("p.jsonl", '{"prompt": "Capital of France?", "id": "q1"}\n'),
    ("p.csv", "prompt,id\nCapital of France?,q1\n"),
    ("p.txt", "Capital of France?\n"),
])
def test_prompt_files_and_configs_with_a_byte_order_mark_are_read(
        tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_bytes((BOM + text).encode("utf-8"))
    prompts = load_prompts(path)
    assert [p.text for p in prompts] == ["Capital of France?"]
    config = tmp_path / "run.yaml"
    config.write_bytes((BOM + "description: capitals\nprompts: ['{{q}}']\nproviders: [m]\n"
                        "tests: [{vars: {q: hi}}]\n").encode("utf-8"))
    loaded = load_config(config)
    assert (loaded.name, loaded.prompts[0].text) == ("capitals", "hi")


# --- 4. a prompt field of the wrong type is named, not called missing ----------------------

@pytest.mark.parametrize("line, message", [
    ({"prompt": 5}, "Line 1: prompt must be text."),
    ({"prompt": ["a"]}, "Line 1: prompt must be text."),
    ({"prompt": "hi", "id": [1]}, "Line 1: id must be text or a number."),
    ({"prompt": "hi", "expected": {"a": 1}}, "Line 1: expected must be text or a number."),
    ({"prompt": "hi", "expected": True}, "Line 1: expected must be text or a number."),
    ({"prompt": "hi", "checks": {"contains": "x"}},
     "Line 1: checks must be a list of checks."),
    ({"prompt": "hi", "tags": 5}, "Line 1: tags must be text or a list of texts."),
    ({"prompt": "hi", "tags": ["a", 2]}, "Line 1: tags must be text or a list of texts."),
])
def test_a_prompt_field_of_the_wrong_type_is_named(tmp_path: Path, line: dict,
                                                   message: str) -> None:
    path = tmp_path / "prompts.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_prompts(path)
    assert str(caught.value) == f"{path}: {message}"


def test_the_command_line_names_a_prompt_that_is_not_text(tiny_home: Path,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "prompts.jsonl"
    path.write_text('{"prompt": "fine", "id": 0}\n{"prompt": 5}\n', encoding="utf-8")
    line = one_line(run_cli("eval", "--models", "tiny-llama-F32", "--prompts", str(path)), 1)
    assert line == f"chatapp: {path}: Line 2: prompt must be text."
    path.write_text('{"prompt": "fine", "id": 0, "tags": "a, b"}\n{"prompt": "also"}\n',
                    encoding="utf-8")
    assert [(p.id, p.tags) for p in load_prompts(path)] == [("0", ["a", "b"]), ("2", [])]


# --- 5. a GGUF file from a newer format says so ---------------------------------------------

def with_version(source: Path, target: Path, version: int) -> Path:
    data = bytearray(source.read_bytes())
    data[4:8] = struct.pack("<I", version)
    target.write_bytes(bytes(data))
    return target


def test_a_newer_gguf_version_asks_for_an_update(tmp_path: Path, tiny_model: Path,
                                                chatapp_home: Path) -> None:
    newer = with_version(tiny_model, tmp_path / "newer-F32.gguf", 99)
    with pytest.raises(GGUFError) as caught:
        read_gguf_info(newer)
    assert str(caught.value) == (
        "This model uses GGUF version 99, a newer format than this app reads (versions 2 and "
        "3): update chatapp, and with it llama.cpp, to open it.")
    noise = with_version(tiny_model, tmp_path / "noise-F32.gguf", 0x20202020)
    with pytest.raises(GGUFError, match="no real version number"):
        read_gguf_info(noise)
    line = one_line(run_cli("link", str(newer)), 1)
    assert "GGUF version 99, a newer format than this app reads" in line


@pytest.mark.parametrize("declared", [2**32 - 1, 2**31, 0])
def test_a_context_length_no_model_has_is_not_believed(qtbot, tmp_path: Path,
                                                       chatapp_home: Path,
                                                       declared: int) -> None:
    """A file that says 4,294,967,295 tokens (read by llama.cpp as -1): its Model settings
    open and it answers (was: OverflowError in the dialog, and "ValueError: Array length
    must be >= 0, not -1" for every answer: llama-cpp-python sized the tokenizer's buffer
    by it)."""
    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.model_settings import ModelSettingsDialog

    model = write_tiny_llama(tmp_path / "huge-context-F32.gguf", ctx=declared)
    assert read_gguf_info(model).context_length is None
    result = run_cli("chat", "-m", str(model), "-n", "3", "hi")
    assert result.returncode == 0 and "Error" not in result.stderr, result.stderr
    # (it wrote: text, or tokens of a random model that show nothing)
    assert result.stdout.strip() or "Cut off at the token limit" in result.stderr, result.stderr
    make_application()
    ctx = open_app()
    try:
        entry = ctx.library.resolve(str(model))
        assert entry.context_length is None
        dialog = ModelSettingsDialog(entry, None, ctx.engine.n_ctx)
        qtbot.addWidget(dialog)
        assert dialog.context.maximum() == 1 << 20 and dialog.context.value() <= 1 << 20
    finally:
        ctx.close()


# --- 6. link: a path that cannot be used exits 1; /proc, /sys and /dev are not walked ------

def test_link_of_a_path_that_cannot_be_used_fails_the_same_way(chatapp_home: Path,
                                                               tmp_path: Path) -> None:
    random_file = tmp_path / "rand.gguf"
    random_file.write_bytes(os.urandom(1000))
    line = one_line(run_cli("link", str(random_file)), 1)
    assert "rand.gguf does not start with the GGUF signature" in line
    line = one_line(run_cli("link", "/dev/null"), 1)
    assert line == "chatapp: /dev/null is a device, not a model file; skipped."
    for path, layout in (("/proc", "folder"), ("/sys", "lmstudio"), ("/dev", "")):
        result = run_cli("link", path, *(("--layout", layout) if layout else ()), timeout=60)
        assert one_line(result, 1) == (
            f"chatapp: {path} is in /proc, /sys or /dev, where the system shows its processes "
            "and devices, not model files; skipped.")
        assert result.stdout == ""
    listing = run_cli("models")
    assert "/proc/" not in listing.stdout and "/dev/" not in listing.stdout


def test_a_folder_walk_does_not_go_into_proc(chatapp_home: Path, tmp_path: Path,
                                            tiny_model: Path) -> None:
    folder = tmp_path / "models"
    folder.mkdir()
    shutil.copy(tiny_model, folder / "real-F32.gguf")
    os.symlink("/proc", folder / "proc")
    os.symlink("/proc/self/cwd", folder / "cwd")  # leads on to a real folder, through /proc
    (tmp_path / "elsewhere").mkdir()
    write_tiny_llama(tmp_path / "elsewhere" / "far-F32.gguf", seed=3)
    os.symlink("/proc/self/root" + str(tmp_path / "elsewhere" / "far-F32.gguf"),
               folder / "through-proc.gguf")
    walk = walk_gguf(folder)
    assert walk.files == [folder / "real-F32.gguf"]
    assert sorted(str(s) for s in walk.skipped) == sorted(
        f"{folder / name} is in /proc, /sys or /dev, where the system shows its processes and "
        "devices, not model files; skipped." for name in ("cwd", "proc", "through-proc.gguf"))
    result = run_cli("link", str(folder), "--layout", "folder")
    assert result.returncode == 0, result.stderr
    assert "Added 1 model (not copied):" in result.stdout
    assert "/proc/" not in run_cli("models").stdout


def test_every_positional_argument_has_a_translated_name() -> None:
    """Usage lines and "the following arguments are required" name every positional
    argument in the user's language (was: `remote add`'s url and `pull`'s repo in English)."""
    import argparse

    from chatapp.cli import build_parser
    from chatapp.cli_args import PLACEHOLDERS

    def positionals(parser: argparse.ArgumentParser):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    yield from positionals(sub)
            elif not action.option_strings:
                yield action.metavar or action.dest

    names = set(positionals(build_parser()))
    # (one written in capitals, MODEL or PATH, is an identifier: English everywhere)
    assert names and {n for n in names if not n.isupper()} <= PLACEHOLDERS, names - PLACEHOLDERS


def test_a_file_where_a_folder_or_a_model_is_wanted_is_named_for_what_it_is(
        tiny_home: Path, tmp_path: Path) -> None:
    """eval --out FILE says it is not a folder (was: "Could not write FILE: It already
    exists"); fit -m FILE of another kind says it is not a GGUF model (was: "No local model
    matches")."""
    text = tmp_path / "long.txt"
    text.write_text("hello\n", encoding="utf-8")
    prompts = tmp_path / "p.txt"
    prompts.write_text("Say hi.\n", encoding="utf-8")
    said = one_line(run_cli("eval", "--models", "tiny-llama-F32", "--prompts", str(prompts),
                            "--out", str(text)), 1)
    assert said == (f"chatapp: {text} is a file, not a folder: --out takes the folder the run "
                    "and its report go in (a new one is made).")
    assert text.read_text(encoding="utf-8") == "hello\n"
    refused = subprocess.run([sys.executable, "-m", "chatapp", "fit", "-m", "long.txt"],
                             capture_output=True, text=True, timeout=120, cwd=tmp_path,
                             env=os.environ.copy())
    assert one_line(refused, 1) == f"chatapp: {text} is not a GGUF model file."


def test_a_system_prompt_too_long_for_the_context_is_named(tiny_home: Path) -> None:
    """(was: "The message is too long for this model's context", of a message of two
    letters)"""
    said = one_line(run_cli("chat", "-m", "tiny-llama-F32", "--ctx", "512", "-n", "4",
                            "--system", "apple banana " * 400, "hi"), 1)
    assert said.startswith("chatapp: The system prompt is too long for this model's context "
                           "of 512 tokens: with the message it takes "), said
    assert said.endswith("Shorten the system prompt or raise the context length."), said


def _metavars(parser, where: str = "chatapp"):
    """(command, option or argument, metavar) of every value argparse shows in help: an
    option's, and a positional one's written in capitals."""
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _metavars(sub, f"{where} {name}")
        elif action.nargs != 0 and (action.option_strings or str(action.metavar).isupper()):
            yield where, "/".join(action.option_strings), action.metavar


def test_metavars_are_the_same_in_every_language(capsys: pytest.CaptureFixture[str]) -> None:
    """MODEL, PATH, NAME… are identifiers the help texts and errors use: English in every
    language (was: `eval --help` in Filipino showed --embedding-model MODELO while its errors
    said MODEL)."""
    from chatapp import i18n
    from chatapp.cli import build_parser
    from chatapp.i18n import chosen_language, use_language

    before = chosen_language()
    try:
        use_language("en")
        english = sorted(_metavars(build_parser()), key=str)
        assert ("chatapp eval", "--embedding-model", "MODEL") in english
        for language in ("id", "ms", "fil"):
            use_language(language)
            parser = build_parser()
            assert sorted(_metavars(parser), key=str) == english, language
            with pytest.raises(SystemExit):
                parser.parse_args(["eval", "--help"])
            assert "--embedding-model MODEL" in capsys.readouterr().out, language
    finally:
        if before:
            use_language(before)
        else:
            i18n._chosen.pop("language", None)
