"""`chatapp conversations`: the word search follows the list's rule for the conversations of
evaluation runs, `show ID` prints one, and `search WORDS` looks for any word: real
processes on a real database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from chatapp.paths import app_paths
from chatapp.store import Store


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=120)


def _chat_and_eval() -> tuple[int, int]:
    """A chat and an evaluation run's conversation, both about lighthouses: their ids."""
    app_paths().ensure()
    store = Store(app_paths().database)
    ids = []
    for title in ("Lighthouses", "Eval: lighthouse keepers"):
        conversation = store.create_conversation(title)
        user = store.add_message(conversation.id, None, "user", "Who kept the lighthouse lit?")
        store.add_message(conversation.id, user.id, "assistant", "The keeper rm'd the soot.")
        ids.append(conversation.id)
    run = store.create_eval_run("run1", "/tmp/run1", ["tiny.gguf"], 1)
    store.add_to_eval_run(ids[1], run.id)
    store.close()
    return ids[0], ids[1]


def test_the_word_search_lists_evaluation_conversations_only_with_all(
        chatapp_home: Path) -> None:
    """Was: the search listed the evaluation run's conversation, with or without --all,
    while the list hid it without --all."""
    chat, evaluated = _chat_and_eval()
    found = run_cli("conversations", "lighthouse")
    assert found.returncode == 0, found.stderr
    assert [line.split()[0] for line in found.stdout.splitlines()[1:]] == [str(chat)]
    assert found.stderr.strip() == (
        "1 conversation of an evaluation run that holds these words is not listed "
        "(--all lists it).")
    every = run_cli("conversations", "lighthouse", "--all")
    assert sorted(int(line.split()[0]) for line in every.stdout.splitlines()[1:]) == [
        chat, evaluated]
    assert every.stderr == ""
    limited = run_cli("conversations", "search", "lighthouse", "--all", "--limit", "1")
    assert len(limited.stdout.splitlines()) == 2
    assert limited.stderr.strip() == "… and 1 more (--limit shows more)."


def test_show_prints_one_conversation_and_search_finds_the_actions_words(
        chatapp_home: Path) -> None:
    """Was: `conversations show 3` searched for the words "show 3", and rm / rename could
    not be searched for."""
    chat, _ = _chat_and_eval()
    shown = run_cli("conversations", "show", str(chat))
    assert shown.returncode == 0, shown.stderr
    exported = run_cli("export", str(chat), "--format", "md")
    assert shown.stdout == exported.stdout and "Who kept the lighthouse lit?" in shown.stdout
    found = run_cli("conversations", "search", "rm")
    assert found.returncode == 0, found.stderr
    assert [line.split()[0] for line in found.stdout.splitlines()[1:]] == [str(chat)]
    for args, said in (
            (("show",), "Give one conversation's id to show: chatapp conversations show ID"),
            (("show", "x"), "x is not a conversation id: give the numbers `chatapp "
                            "conversations` lists."),
            (("show", "999"), "There is no conversation 999."),
            (("search",), "Give the words to look for: chatapp conversations search WORDS")):
        refused = run_cli("conversations", *args)
        assert (refused.returncode, refused.stdout, refused.stderr.strip()) == (
            1, "", f"chatapp: {said}"), args
    assert "search WORDS" in run_cli("conversations", "--help").stdout


def test_an_empty_list_is_said_on_stderr(chatapp_home: Path) -> None:
    """Stdout holds the table only (was: "No conversations yet." on stdout, while "No
    conversation holds these words." went to stderr)."""
    empty = run_cli("conversations")
    assert (empty.returncode, empty.stdout, empty.stderr.strip()) == (
        0, "", "No conversations yet.")


def test_text_and_json_list_the_same_conversations(chatapp_home: Path) -> None:
    """The table and --json come from one gathering (was: --json gathered again on its own,
    free to list other conversations or count "more" otherwise than the table)."""
    import json

    chat, evaluated = _chat_and_eval()
    for args in (("lighthouse",), ("lighthouse", "--all"), ("lighthouse", "--all", "--limit",
                                                            "1"),
                 (), ("--all",), ("--all", "--limit", "1")):
        text = run_cli("conversations", *args)
        data = json.loads(run_cli("conversations", *args, "--json").stdout)
        rows = data["hits"] if "hits" in data else data["conversations"]
        assert [int(line.split()[0]) for line in text.stdout.splitlines()[1:]] == [
            r.get("conversation_id", r.get("id")) for r in rows], args
        more = f"… and {data['more']} more (--limit shows more)."
        assert (more in text.stderr) == (data["more"] > 0), args
    every = json.loads(run_cli("conversations", "--all", "--json").stdout)
    assert sorted(c["id"] for c in every["conversations"]) == [chat, evaluated]
