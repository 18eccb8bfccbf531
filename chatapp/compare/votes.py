"""Arena votes in the store, kept with the messages they judged, and the leaderboard."""

from __future__ import annotations

import time

from chatapp.compare.ratings import OUTCOMES, Leaderboard, Vote, leaderboard
from chatapp.store import Store


def _ranked_as(message) -> str:
    """The name an answer is ranked under: its variant's (a preset drawn in the arena, an
    evaluation's variant), else its model file's."""
    variant = message.sampling.get("variant")
    return variant if isinstance(variant, str) and variant else message.model_name or "?"


def add_vote(store: Store, message_a_id: int, message_b_id: int, outcome: str,
             tag: str = "") -> int:
    """Record a vote between two answers to the same prompt (each ranked under its variant's
    name, else its model's); returns its id. A blind arena round is shown (chat list,
    search, export) from its first vote on."""
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    a, b = store.message(message_a_id), store.message(message_b_id)
    if a.parent_id != b.parent_id or a.role != "assistant" or b.role != "assistant":
        raise ValueError("a vote judges two answers to the same prompt")
    with store._tx() as db:
        cursor = db.execute(
            "INSERT INTO votes (conversation_id, prompt_message_id, message_a_id, message_b_id,"
            " model_a, model_b, outcome, tag, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [a.conversation_id, a.parent_id, a.id, b.id, _ranked_as(a), _ranked_as(b), outcome,
             tag, time.time()])
        # the round joins the chat list now: at the top, as the conversation used last
        db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?",
                   [time.time(), a.conversation_id])
        return int(cursor.lastrowid)


def votes(store: Store, tag: str | None = None) -> list[Vote]:
    """The votes, all or of one tag (prompt set)."""
    sql = "SELECT model_a, model_b, outcome FROM votes"
    params: list = []
    if tag is not None:
        sql += " WHERE tag = ?"
        params.append(tag)
    return [Vote(r["model_a"], r["model_b"], r["outcome"])
            for r in store._rows(sql + " ORDER BY id", params)]


def tags(store: Store) -> list[str]:
    """The tags votes were given under."""
    return [r["tag"] for r in store._rows("SELECT DISTINCT tag FROM votes ORDER BY tag")]


def board(store: Store, tag: str | None = None, rounds: int = 200) -> Leaderboard:
    """The leaderboard of the stored votes."""
    return leaderboard(votes(store, tag), rounds=rounds)
