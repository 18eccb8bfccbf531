"""Document sources take only what a message leaves of the context: with documents on, a
message that fits without them is answered with fewer passages, or none (and the note that
they did not fit), never refused; an answer that never came prints no sources. The starter
model through the command line, real SQLite, real llama.cpp."""

from __future__ import annotations

from pathlib import Path

from test_docs_answers import cli

from chatapp.docs.retrieval import source_budget
from chatapp.store import Store
from chatapp.store.documents import Documents

LEAVE = ("# Polisi Cuti\n\n## Cuti Tahunan\nSetiap pekerja berhak mendapat 18 hari cuti "
         "tahunan selepas tamat percubaan.\n\n## Cuti Sakit\nCuti sakit ialah 22 hari setahun "
         "dengan sijil doktor dari klinik panel.\n\n## Cuti Bersalin\nCuti bersalin ialah 98 "
         "hari mengikut Akta Kerja.\n")
WORDS = "padi sawah hujan angin laut gunung sungai hutan bandar kampung "


def question(chars: int) -> str:
    return (WORDS * (chars // len(WORDS) + 1))[:chars] + " Berapa hari cuti sakit?"


def answers(home: Path) -> list:
    store = Store(home / "data" / "chatapp.db")
    try:
        documents = Documents(store)
        found = []
        for conversation in store.conversations():
            for message in store.messages(conversation.id):
                if message.role == "assistant":
                    found.append((message, documents.retrieval_of(message)))
        return found
    finally:
        store.close()


def test_documents_never_make_a_message_that_fits_fail(starter_home: Path,
                                                       tmp_path: Path) -> None:
    """was: the sources' share (a third of 512 tokens) went in whole after a 387-token
    message, which then failed as too long (538 tokens) after the sources were printed, and
    the exchange was not kept."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "cuti.md").write_text(LEAVE, encoding="utf-8")
    assert cli("docs", "add", "Kerja", str(folder)).returncode == 0
    args = ("chat", "--ctx", "512", "-n", "64", "--seed", "1", "--docs", "Kerja")
    # the tester's message: it leaves no room for a passage; answered without one
    full = cli(*args, question(1900))
    assert full.returncode == 0, full.stderr
    assert "Sources:" not in full.stdout and "no room for them" in full.stdout
    # a shorter one: as many passages as its room takes, in the order found
    some = cli(*args, question(1550))
    assert some.returncode == 0, some.stderr
    assert "Sources:\n[1] cuti.md" in some.stdout
    assert "no room left for" in some.stdout  # (not all three fitted)
    stored = answers(starter_home)
    assert len(stored) == 2  # both exchanges kept
    for message, retrieval in stored:
        assert message.finish_reason != "error"
        assert message.prompt_tokens + 64 <= 512
        assert retrieval is not None and retrieval.budget_tokens < source_budget(512)
    assert sorted(len(r.sources) for _, r in stored) == [0, 1]


def test_an_answer_that_never_came_prints_no_sources(starter_home: Path,
                                                     tmp_path: Path) -> None:
    """was: "Sources: [1] …" printed above the failure of a message too long by itself."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "cuti.md").write_text(LEAVE, encoding="utf-8")
    assert cli("docs", "add", "Kerja", str(folder)).returncode == 0
    failed = cli("chat", "--ctx", "512", "-n", "30", "--docs", "Kerja", question(2600))
    assert failed.returncode == 1
    assert failed.stdout.strip() == ""  # no sources, no note about them
    assert "leaves too little" in failed.stderr and "Sources" not in failed.stderr
    assert answers(starter_home) == []  # (a question that cannot be asked is not kept)
