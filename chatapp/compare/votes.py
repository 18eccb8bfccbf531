"""Arena votes in the store, kept with the messages they judged, and the leaderboard; votes
and a judge's verdicts as a conversation export keeps them."""

from __future__ import annotations

import json
import time

from chatapp.compare.ratings import OUTCOMES, Leaderboard, Vote, leaderboard
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.store import Store
from chatapp.store.records import Message

VOTED_ALREADY = QT_TRANSLATE_NOOP("errors", "This round has its vote already.")
NO_ANSWER = QT_TRANSLATE_NOOP(
    "errors", "An answer of this round failed or was stopped before it wrote anything, so the "
    "round gets no vote.")


# a vote or a judge's verdict counts while the answers it judged are in the conversations:
# not deleted, nor in a deleted conversation (Undo brings it back with them)
LIVE = ("NOT EXISTS (SELECT 1 FROM messages m JOIN conversations c ON c.id = m.conversation_id"
        " WHERE m.id IN ({t}.message_a_id, {t}.message_b_id)"
        " AND (m.deleted_at IS NOT NULL OR c.deleted_at IS NOT NULL))")


class VoteRefused(UserError):
    """A vote that the round cannot take: it has one already, or an answer failed or was
    stopped before it wrote anything."""


def unanswered(message: Message) -> bool:
    """Whether an answer is not the model's to be judged on: it failed, or the user (or the
    app's end) stopped it before it wrote any text. An answer the model itself ended empty
    is judged like any other (a bad one)."""
    return message.finish_reason == "error" or (
        message.finish_reason in ("stopped", "interrupted", None)
        and not (message.content or "").strip())


def _ranked_as(message) -> str:
    """The name an answer is ranked under: its variant's (a preset drawn in the arena, an
    evaluation's variant), else its model file's (a split model's shared name), a server's
    model named as pickers name it (ENDPOINT/MODEL_ID: the same id on two servers, or a
    path as id, is not taken for a local file)."""
    from chatapp.library_split import whole_name

    variant = message.sampling.get("variant")
    if isinstance(variant, str) and variant:
        return whole_name(variant)
    name = message.model_name or "?"
    return whole_name(f"{message.endpoint}/{name}" if message.endpoint else name)


def add_vote(store: Store, message_a_id: int, message_b_id: int, outcome: str,
             tag: str = "") -> int:
    """Record a vote between two answers to the same prompt (each ranked under its variant's
    name, else its model's); returns its id. A blind arena round is shown (chat list,
    search, export) from its vote on. VoteRefused for a second vote on the same two answers,
    or when one of them failed or is empty."""
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    a, b = store.message(message_a_id), store.message(message_b_id)
    if (a.parent_id != b.parent_id or a.id == b.id or a.role != "assistant"
            or b.role != "assistant"):
        raise ValueError("a vote judges two answers to the same prompt")
    if unanswered(a) or unanswered(b):
        raise VoteRefused(NO_ANSWER)
    with store._tx() as db:
        if db.execute("SELECT 1 FROM votes WHERE message_a_id IN (?, ?) AND message_b_id IN"
                      " (?, ?)", [a.id, b.id, a.id, b.id]).fetchone():
            raise VoteRefused(VOTED_ALREADY)
        cursor = db.execute(
            "INSERT INTO votes (conversation_id, prompt_message_id, message_a_id, message_b_id,"
            " model_a, model_b, outcome, tag, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [a.conversation_id, a.parent_id, a.id, b.id, _ranked_as(a), _ranked_as(b), outcome,
             tag, time.time()])
        # the round joins the chat list now: at the top, as the conversation used last
        db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?",
                   [time.time(), a.conversation_id])
        return int(cursor.lastrowid)


def vote_stamp(store: Store) -> tuple:
    """What changes whenever a vote or a judge's verdict is stored, or deleted or brought
    back with what it judged (a cheap query: to tell whether a leaderboard shown is out of
    date)."""
    return tuple(store._rows(
        f"SELECT (SELECT count(*) FROM votes WHERE {LIVE.format(t='votes')}) AS votes,"
        " (SELECT max(id) FROM votes) AS last,"
        f" (SELECT count(*) FROM judgements WHERE {LIVE.format(t='judgements')}) AS verdicts,"
        " (SELECT max(id) FROM judgements) AS last_verdict")[0].values())


def live_rows(store: Store, table: str, kind: str | None = None,
              tag: str | None = None) -> list[dict]:
    """The rows of table ("votes", or "judgements": a judge's verdicts) that count (LIVE),
    as dicts of the table's columns, oldest first: all, or of one kind (judgements only:
    "rubric"/"pairwise") and/or one tag."""
    sql, params = f"SELECT * FROM {table} WHERE {LIVE.format(t=table)}", []
    if kind is not None:
        sql, params = sql + " AND kind = ?", [*params, kind]
    if tag is not None:
        sql, params = sql + " AND tag = ?", [*params, tag]
    return [dict(r) for r in store._rows(sql + " ORDER BY id", params)]


def votes(store: Store, tag: str | None = None) -> list[Vote]:
    """The votes that count (LIVE), all or of one tag (prompt set)."""
    return [Vote(r["model_a"], r["model_b"], r["outcome"])
            for r in live_rows(store, "votes", tag=tag)]


def tags(store: Store, tables: tuple[str, ...] = ("votes",)) -> list[str | None]:
    """The tags of the votes that count, or of the rows that count of each of tables
    ("votes", "judgements": a judge's verdicts, tagged by their evaluation runs' names):
    each once, sorted (None first)."""
    return [r["tag"] for r in store._rows(" UNION ".join(
        f"SELECT tag FROM {t} WHERE {LIVE.format(t=t)}" for t in tables) + " ORDER BY tag")]


def board(store: Store, tag: str | None = None, rounds: int = 200) -> Leaderboard:
    """The leaderboard of the stored votes."""
    return leaderboard(votes(store, tag), rounds=rounds)


# votes in a conversation export (chatapp.export): each vote with the two answers it judged,
# named by their ids local to the document
VOTE_KEYS: dict[str, type] = {"a": int, "b": int, "outcome": str, "model_a": str,
                              "model_b": str, "tag": str, "created_at": float}


def exported_votes(store: Store, conversation_id: int, local: dict[int, int]
                   ) -> list[dict[str, object]]:
    """The conversation's votes as an export keeps them ({"a", "b": local ids of the answers,
    "outcome", "model_a", "model_b": the names ranked, "tag", "created_at"}), oldest first;
    local: message id -> its id in the document (a vote on an answer left out is left out)."""
    rows = store._rows(
        "SELECT message_a_id, message_b_id, outcome, model_a, model_b, tag, created_at FROM"
        " votes WHERE conversation_id = ? ORDER BY id", [conversation_id])
    return [{"a": local[r["message_a_id"]], "b": local[r["message_b_id"]],
             "outcome": r["outcome"], "model_a": r["model_a"], "model_b": r["model_b"],
             "tag": r["tag"] or "", "created_at": r["created_at"]}
            for r in rows if r["message_a_id"] in local and r["message_b_id"] in local]


def vote_fault(vote: dict[str, object], messages: dict[int, dict[str, object]],
               seen: set[frozenset[int]]) -> bool:
    """Whether an imported vote (its fields checked as VOTE_KEYS) does not fit the
    conversation's messages (local id -> row): two answers to one prompt, an outcome and
    both names, no second vote on the same two answers (seen: the pairs before it; this one
    is added)."""
    a, b = messages.get(vote.get("a")), messages.get(vote.get("b"))
    pair = frozenset((vote.get("a"), vote.get("b")))
    if (a is None or b is None or a is b or a.get("role") != "assistant"
            or b.get("role") != "assistant" or a.get("parent_id") != b.get("parent_id")
            or vote.get("outcome") not in OUTCOMES or pair in seen
            or not vote.get("model_a") or not vote.get("model_b")
            or vote.get("created_at") is None):
        return True
    seen.add(pair)
    return False


# a judge's verdicts in a conversation export: each with the answer it graded (rubric) or
# the two it compared (pairwise), named by their ids local to the document
JUDGEMENT_KEYS: dict[str, type] = {
    "kind": str, "a": int, "b": int, "outcome": str, "score": float, "reason": str,
    "model_a": str, "model_b": str, "judge_model": str, "judge_key": str, "judge_prompt": str,
    "judge_reply": str, "provenance": dict, "tag": str, "created_at": float}
_VERDICTS = {"rubric": ("pass", "fail"), "pairwise": ("a", "b", "tie")}


def exported_judgements(store: Store, conversation_id: int, local: dict[int, int]
                        ) -> list[dict[str, object]]:
    """The judge's verdicts on the conversation's answers as an export keeps them (the
    fields of JUDGEMENT_KEYS: "a" and, compared, "b" the answers' local ids, "provenance"
    an object; fields the table holds empty are left out), oldest first; local as in
    exported_votes (a verdict on an answer left out, or on an answer of another
    conversation, is left out)."""
    rows = store._rows(
        "SELECT * FROM judgements WHERE message_a_id IN (SELECT id FROM messages WHERE"
        " conversation_id = ?) ORDER BY id", [conversation_id])
    out = []
    for r in rows:
        if r["message_a_id"] not in local or (r["message_b_id"] is not None
                                              and r["message_b_id"] not in local):
            continue
        row = {key: r.get(key) for key in JUDGEMENT_KEYS}
        row["a"], row["b"] = local[r["message_a_id"]], local.get(r["message_b_id"])
        try:
            row["provenance"] = json.loads(r["provenance"] or "null")
        except ValueError:
            row["provenance"] = None
        out.append({key: value for key, value in row.items() if value is not None})
    return out


def judgement_fault(judgement: dict[str, object], messages: dict[int, dict[str, object]]
                    ) -> bool:
    """Whether an imported verdict (its fields checked as JUDGEMENT_KEYS) does not fit the
    conversation's messages (local id -> row): a rubric's grade (pass, fail) of one answer,
    or a comparison's outcome (a, b, tie) of two answers to one prompt; a score from 0 to 1
    if any, the names, the judge, its prompt and the time."""
    kind, score = judgement.get("kind"), judgement.get("score")
    a, b = messages.get(judgement.get("a")), messages.get(judgement.get("b"))
    if kind == "pairwise":
        fits = (b is not None and a is not b and b.get("role") == "assistant"
                and a is not None and a.get("parent_id") == b.get("parent_id")
                and bool(judgement.get("model_b")))
    else:
        fits = judgement.get("b") is None and judgement.get("model_b") is None
    return not (fits and a is not None and a.get("role") == "assistant"
                and judgement.get("outcome") in _VERDICTS.get(str(kind), ())
                and (score is None or isinstance(score, float) and 0 <= score <= 1)
                and all(judgement.get(key) for key in ("model_a", "judge_model",
                                                       "judge_prompt"))
                and judgement.get("created_at") is not None)
