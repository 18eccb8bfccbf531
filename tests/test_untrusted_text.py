"""Text from outside (a template's error, a file name, a server's reply) is only ever a value
in a message, never a format string: braces in it reach the user as they are."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from gguf_factory import write_tiny_llama
from hub_server import FakeHub

from chatapp.errors import UserError
from chatapp.i18n import translate_error

pytest_plugins = ("hub_fixtures",)

BRACES = "Roles must alternate } user/assistant {0} {x.y} {{"


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=120, env=env or os.environ.copy())


def one_line(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_values_and_bad_templates_never_break_a_message() -> None:
    error = UserError("The answer failed: {reason}", reason=BRACES)
    assert str(error) == f"The answer failed: {BRACES}"
    assert translate_error(error, "id") == f"Jawaban gagal: {BRACES}"
    # a value is never read as a template, whatever it holds
    error = UserError("Could not write {path}: {reason}", path="{reason}}", reason="a {0} b")
    assert str(error) == "Could not write {reason}}: a {0} b"
    # a template that does not fit its values (a stray brace, attribute or index lookups)
    # is shown as it is instead of raising
    assert str(UserError("only } here")) == "only } here"
    assert str(UserError("{path.__class__}", path="x")) == "{path.__class__}"
    assert str(UserError("{0}", path="x")) == "{0}"
    # a broken translation gives way to the English template
    error = UserError("The file {path} is broken.", path="a{b}.gguf")
    assert error.format("Berkas {jalur} rusak.") == "The file a{b}.gguf is broken."
    assert error.format("Berkas {path} rusak }") == "The file a{b}.gguf is broken."


@pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                    reason="llama-cpp-python is not installed")
def test_a_template_error_with_braces_is_one_line(chatapp_home: Path) -> None:
    folder = chatapp_home / "data" / "models"
    folder.mkdir(parents=True)
    write_tiny_llama(folder / "strict.gguf",
                     chat_template="{{ raise_exception('" + BRACES + "') }}")
    result = run_cli("chat", "-m", "strict", "hello")
    assert result.returncode == 1
    line = one_line(result)
    assert line.startswith("chatapp: The chat template refused the conversation: ")
    assert BRACES in line
    env = {**os.environ, "LANG": "id_ID.UTF-8"}
    line = one_line(run_cli("chat", "-m", "strict", "--continue", "hello", env=env))
    assert line.startswith("chatapp: Templat obrolan menolak percakapan ini: ") and BRACES in line
    assert line.endswith(" (baris 1)")


def test_file_names_with_braces_are_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "{conversations}} {0}.json"
    line = one_line(run_cli("import", str(missing)))
    assert str(missing) in line and "Nothing was changed" in line
    target = tmp_path / "no-folder-{x}}" / "out.json"
    line = one_line(run_cli("export", "--all", "-o", str(target)))
    assert str(target) in line


def test_a_server_reply_with_braces_is_one_line(hub: FakeHub) -> None:
    line = one_line(run_cli("pull", "tester/tiny-GGUF", "--file", "tiny-{Q4}}.gguf"))
    assert "tiny-{Q4}}.gguf" in line
    hub.faults.fail("/api/models/tester/tiny-GGUF*", 403, times=5,
             **{"X-Error-Message": "no {access} } for {0}"})
    result = run_cli("pull", "tester/tiny-GGUF")
    assert result.returncode == 1
    assert "tester/tiny-GGUF" in one_line(result)
