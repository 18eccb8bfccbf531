"""One vote, one wording: what the arena's button calls a vote ("Both are bad") is what
`chatapp leaderboard` and the Leaderboard window call it, in every language. A real vote in a
real database, the real command line and the real translation files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from chatapp.i18n import LANGUAGES, translate_text

BUTTON = ("CompareWindow", "Both are bad")
HEAD = "rank|model|rating|95% interval|votes|win rate (ties ½)|won/tied/both are bad/lost"
TIP = ("{won} won, {tied} tied, {both_bad} “both are bad”, {lost} lost (a tie or “both are "
       "bad” counts as half a win)")


def voted_home(home: Path, language: str) -> None:
    """A database with one "both are bad" vote, and language chosen in the settings."""
    from chatapp.compare.votes import add_vote
    from chatapp.store import Store

    store = Store(home / "data" / "chatapp.db")
    try:
        conversation = store.create_conversation("Ang kabisera", kind="arena")
        prompt = store.add_message(conversation.id, None, "user", "Ang kabisera ng Pilipinas ay")
        a, b = (store.add_message(conversation.id, prompt.id, "assistant", text,
                                  finish_reason="stop", model_name=name)
                for text, name in (("Maynila.", "a.gguf"), ("Cebu.", "b.gguf")))
        add_vote(store, a.id, b.id, "both_bad")
    finally:
        store.close()
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "settings.json").write_text(json.dumps({"language": language}),
                                                   encoding="utf-8")


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_leaderboard_calls_the_vote_what_its_button_says(chatapp_home: Path,
                                                             language: str) -> None:
    """was: the button said "Parehong hindi maganda" and `chatapp leaderboard` "parehong
    pangit" (Malay: "Kedua-duanya teruk", "kedua-dua buruk" and "kedua-duanya buruk";
    Indonesian: "sama-sama buruk" beside "keduanya buruk"; English "both bad")."""
    (chatapp_home / "data").mkdir(parents=True, exist_ok=True)
    voted_home(chatapp_home, language)
    button = translate_text(*BUTTON, language)
    words = button[0].lower() + button[1:]  # (mid-sentence)
    shown = subprocess.run([sys.executable, "-m", "chatapp", "leaderboard"],
                           capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert shown.returncode == 0, shown.stderr
    head = next(line for line in shown.stdout.splitlines() if "/" in line and "|" not in line)
    assert f"/{words}/" in head, (head, words)
    tip = translate_text("LeaderboardDialog", TIP, language)
    assert tip.count(f"“{words}”") == 2, (tip, words)
    if language == "en":
        assert translate_text("cli", HEAD, language) == HEAD
