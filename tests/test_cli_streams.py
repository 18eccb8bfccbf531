"""What the command line prints where: data on stdout, what is said about it (nothing
found, left out, warnings, errors) on stderr, with exit codes to match; real processes
against the local Hub, real folders and real servers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from hub_server import FakeHub

pytest_plugins = ("hub_fixtures",)


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], input=stdin,
                          capture_output=True, text=True, timeout=120, env=os.environ.copy())


def test_search_says_more_match_only_when_more_do(hub: FakeHub,
                                                  tiny_files: dict[str, Path]) -> None:
    """Was: "The first 1 models are shown; more match" with exactly one match."""
    one = run_cli("search", "tiny-GGUF", "--limit", "1")
    assert one.returncode == 0, one.stderr
    assert len(one.stdout.splitlines()) == 2 and one.stderr == ""
    hub.add_repo("tester/tiny-GGUF-2", {"t-Q8_0.gguf": tiny_files["small"]})
    two = run_cli("search", "tiny-GGUF", "--limit", "1")
    assert len(two.stdout.splitlines()) == 2
    assert two.stderr.strip() == (
        "Only the first model is shown; more match: refine the search or raise --limit.")
    both = run_cli("search", "tiny-GGUF", "--limit", "2")
    assert len(both.stdout.splitlines()) == 3 and both.stderr == ""
    none = run_cli("search", "nothing-like-this")
    assert (none.returncode, none.stdout, none.stderr.strip()) == (0, "", "No GGUF models found.")


def test_link_says_its_warnings_and_refusals_on_stderr(tmp_path: Path,
                                                       tiny_files: dict[str, Path]) -> None:
    """Was: "No GGUF models found in …, so it is not linked" (exit 1) and the skipped files'
    lines on stdout."""
    empty = tmp_path / "emptydir"
    empty.mkdir()
    refused = run_cli("link", str(empty))
    assert (refused.returncode, refused.stdout) == (1, "")
    assert refused.stderr.startswith(f"chatapp: No GGUF models found in {empty}, so it is not")
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(tiny_files["small"], folder / "mine-Q4_0.gguf")
    (folder / "junk.gguf").write_text("not a model")
    linked = run_cli("link", str(folder))
    assert linked.returncode == 0, linked.stderr
    assert linked.stdout.splitlines()[0] == "Added 1 model (not copied):"
    assert "junk" not in linked.stdout
    assert linked.stderr == (f"{folder / 'junk.gguf'} does not start with the GGUF signature, "
                             "so it is not a GGUF model; skipped.\n")


def test_a_layout_the_folder_does_not_have_is_refused(tmp_path: Path,
                                                      tiny_files: dict[str, Path]) -> None:
    """Was: `link DIR --layout ollama` on a plain folder said "No new GGUF models found" and
    exited 0."""
    folder = tmp_path / "plain"
    folder.mkdir()
    shutil.copy(tiny_files["small"], folder / "mine-Q4_0.gguf")
    for layout, expected in (
            ("ollama", "an Ollama models folder (manifests and blobs folders)"),
            ("hf-cache", "a Hugging Face cache (models--OWNER--NAME folders)")):
        refused = run_cli("link", str(folder), "--layout", layout)
        assert (refused.returncode, refused.stdout) == (1, "")
        assert refused.stderr == (
            f"chatapp: --layout {layout} expects {expected}, but {folder} looks like a folder "
            "of GGUF files: leave out --layout, or give --layout folder.\n")
    assert "Added 1 model " in run_cli("link", str(folder), "--layout", "folder").stdout


def test_models_says_a_server_that_does_not_answer_on_stderr_and_exits_1(
        tiny_files: dict[str, Path]) -> None:
    """As `remote list` does: the listing on stdout, the failure on stderr, exit 1 (was: the
    failure on stdout, exit 0)."""
    from llama_server import free_port

    dead = f"http://127.0.0.1:{free_port()}"
    assert run_cli("remote", "add", "dead", dead).returncode == 0
    for command in (("models",), ("remote", "list")):
        listed = run_cli(*command)
        assert listed.returncode == 1, command
        assert "nothing answers" not in listed.stdout
        (line,) = listed.stderr.splitlines()
        assert line.startswith("chatapp: dead: nothing answers at 127.0.0.1:"), command


def test_pull_takes_the_context_as_chat_and_fit_do(hub: FakeHub) -> None:
    """One option, one range, fit's warning (was: pull took 0 and 99999999, the estimate
    silently at the model's trained context, and only --context)."""
    for value in ("0", "99999999"):
        refused = run_cli("pull", "tester/tiny-GGUF", "--ctx", value)
        assert (refused.returncode, refused.stdout) == (2, "")
        assert refused.stderr.strip() == (
            "chatapp pull: error: --context must be a whole number from 256 to 1048576")
    pulled = run_cli("pull", "tester/tiny-GGUF", "--ctx", "1048576")
    assert pulled.returncode == 0, pulled.stderr
    assert "--ctx 1048576 is more than tiny-Q4_K_M.gguf was trained for: the estimate is for its " \
           "largest context, " in pulled.stderr
    assert " at 1,048,576 tokens of context" not in pulled.stderr
