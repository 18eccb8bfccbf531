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
    assert run_cli("conversations").stderr.strip() == "No conversations yet."
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


def _three_conversations() -> list[int]:
    app_paths().ensure()
    store = Store(app_paths().database)
    made = []
    for title in ("Secret plans", "Holiday", "Recipes"):
        conversation = store.create_conversation(title)
        store.add_message(conversation.id, None, "user", f"About {title.lower()}")
        made.append(conversation.id)
    store.close()
    return made


def test_conversations_rm_asks_and_deletes_for_good(chatapp_home: Path,
                                                     monkeypatch) -> None:
    """`conversations rm ID…` asks y/N at a terminal (each language's yes), needs --yes
    elsewhere, refuses a wrong id changing nothing, and leaves nothing of the deleted ones in
    the database (was: no way to delete a conversation without the window)."""
    from test_cli import db_rows
    from test_cli_converse import Terminal

    first, second, third = _three_conversations()
    piped = run_cli("conversations", "rm", str(first))
    assert (piped.returncode, piped.stderr.strip()) == (
        1, "chatapp: Deleting needs confirmation: run it in a terminal or add --yes.")
    wrong = run_cli("conversations", "rm", str(first), "99", "--yes")
    assert (wrong.returncode, wrong.stderr.strip()) == (
        1, "chatapp: There is no conversation 99.")
    word = run_cli("conversations", "rm", "Holiday", "--yes")
    assert word.stderr.strip() == ("chatapp: Holiday is not a conversation id: give the "
                                   "numbers `chatapp conversations` lists.")
    with Terminal("conversations", "rm", str(first), str(second)) as term:
        term.wait_for("[y/N] ")
        assert "Delete these 2 conversations for good?" in term.text
        assert "Secret plans" in term.text and "Holiday" in term.text
        term.type("n\r")
        term.wait_for("Nothing deleted.")
        assert term.close() == 1
    assert db_rows(chatapp_home, "SELECT count(*) FROM conversations") == [(3,)]
    # Ctrl+D at the question is no, as Enter is (was: "Something unexpected went wrong
    # (EOFError)")
    with Terminal("conversations", "rm", str(first)) as term:
        term.wait_for("[y/N] ")
        term.type("\x04")
        term.wait_for("Nothing deleted.")
        assert term.close() == 1 and "unexpected" not in term.text
    # the output to a file: the conversations asked about are listed with the question,
    # on the screen (was: in the file)
    listing = chatapp_home / "rm-out.txt"
    with listing.open("w") as out, Terminal("conversations", "rm", str(first),
                                            stdout=out) as term:
        term.wait_for("[y/N] ")
        assert "Secret plans" in term.text
        term.type("n\r")
        assert term.close() == 1
    assert "Secret plans" not in listing.read_text()
    monkeypatch.setenv("LANG", "ms_MY.UTF-8")
    with Terminal("conversations", "rm", str(first), str(second)) as term:
        term.wait_for("[y/N] ")
        term.type("ya\r")
        term.wait_for("Dipadam 2 perbualan.")
        assert term.close() == 0, term.text
    assert db_rows(chatapp_home, "SELECT id FROM conversations") == [(third,)]
    assert db_rows(chatapp_home, "SELECT content FROM messages") == [("About recipes",)]
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert run_cli("conversations", "rm", str(third), "-y").stdout == "Deleted 1 conversation.\n"
    assert run_cli("conversations").stderr.strip() == "No conversations yet."


def test_conversations_rename_gives_a_new_title(chatapp_home: Path) -> None:
    """`conversations rename ID TITLE` (was: only in the window)."""
    first, _, _ = _three_conversations()
    renamed = run_cli("conversations", "rename", str(first), "Garden", "plans")
    assert (renamed.returncode, renamed.stdout) == (
        0, f"Conversation {first} is now titled: Garden plans\n")
    assert "Garden plans" in run_cli("conversations").stdout
    untitled = run_cli("conversations", "rename", str(first))
    assert (untitled.returncode, untitled.stderr.strip()) == (
        1, "chatapp: Give a conversation's id and its new title: chatapp conversations "
           "rename ID TITLE")
