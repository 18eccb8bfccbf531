"""`chatapp conversations` lists the ids that `export` takes, newest first, and finds
conversations by words: real processes on a real database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from chatapp.paths import app_paths
from chatapp.store import Store


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=120)


def test_the_list_gives_the_ids_export_takes(chatapp_home: Path) -> None:
    assert run_cli("conversations").stdout.strip() == "No conversations yet."
    app_paths().ensure()
    store = Store(app_paths().database)
    made = []
    for title, words in (("Repotting cacti", "How do I repot a cactus?"),
                         ("Lighthouses", "Who kept the lighthouse lamps lit?"),
                         ("A title " + "long " * 20, "Hello")):
        conversation = store.create_conversation(title)
        user = store.add_message(conversation.id, None, "user", words)
        store.add_message(conversation.id, user.id, "assistant", "An answer.")
        made.append(conversation.id)
    store.close()
    listed = run_cli("conversations")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["id", "last", "used", "messages", "(all", "branches)", "title"]
    assert [int(line.split()[0]) for line in lines[1:]] == made[::-1]  # newest first
    assert lines[1].endswith("…") and max(map(len, lines)) < 120
    assert lines[3].split()[3:] == ["2", "Repotting", "cacti"]
    limited = run_cli("conversations", "--limit", "1")  # the table on stdout, the note not
    assert len(limited.stdout.splitlines()) == 2
    assert limited.stderr.strip() == "… and 2 more (--limit shows more)."
    found = run_cli("conversations", "lighthouse").stdout.splitlines()
    assert len(found) == 2 and found[1].split()[0] == str(made[1])
    assert "lighthouse lamps" in found[1]
    exported = run_cli("export", found[1].split()[0], "--format", "md")
    assert "Who kept the lighthouse lamps lit?" in exported.stdout
    none = run_cli("conversations", "zebra")
    assert (none.returncode, none.stdout, none.stderr.strip()) == (
        0, "", "No conversation holds these words.")


def test_export_refuses_an_id_with_all_and_an_id_past_sqlites(chatapp_home: Path) -> None:
    both = run_cli("export", "3", "--all")
    assert both.returncode == 1
    assert both.stderr.strip() == "chatapp: Give a conversation id or --all, not both."
    huge = "99999999999999999999999"
    beyond = run_cli("export", huge)
    assert beyond.returncode == 1
    assert beyond.stderr.strip() == f"chatapp: There is no conversation {huge}."


def test_a_query_of_a_thousand_words_searches_its_first_ones(chatapp_home: Path) -> None:
    """A long query finds what its first words find and says the rest was left out (was:
    "Something unexpected went wrong (OperationalError)": SQLite's "Expression tree is too
    large")."""
    app_paths().ensure()
    store = Store(app_paths().database)
    conversation = store.create_conversation("Lighthouses")
    words = [f"lamp{i}" for i in range(32)]
    store.add_message(conversation.id, None, "user", "Lighthouse " + " ".join(words))
    store.close()
    query = " ".join(words + [f"other{i}" for i in range(1000)])
    found = run_cli("conversations", query)
    assert found.returncode == 0, found.stderr
    assert found.stderr.strip() == (
        "Only the first 32 different words were looked for; the rest was left out.")
    assert found.stdout.splitlines()[1].split()[:2] == [str(conversation.id), "Lighthouses"]
    again = run_cli("conversations", "lighthouse " * 1000)  # one word a thousand times
    assert (again.stderr, again.stdout.splitlines()[1].split()[0]) == ("", str(conversation.id))
