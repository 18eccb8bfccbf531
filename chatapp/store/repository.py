"""Conversations and their message trees: every read and write the app makes."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import sqlite_utils

from chatapp.store.database import connect

FINISH_REASONS = ("stop", "length", "stopped", "error", "interrupted")


@dataclass
class Conversation:
    """One conversation: a tree of messages and the leaf being shown."""

    id: int
    title: str
    system_prompt: str
    current_leaf_id: int | None
    created_at: float
    updated_at: float
    deleted_at: float | None = None


@dataclass
class Message:
    """One message; assistant messages carry provenance and stats."""

    id: int
    conversation_id: int
    parent_id: int | None
    role: str
    content: str
    created_at: float
    finish_reason: str | None = None
    error: str | None = None
    model_name: str | None = None
    model_key: str | None = None
    model_quant: str | None = None
    model_arch: str | None = None
    template_source: str | None = None
    template_name: str | None = None
    template_sha256: str | None = None
    params: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    ttft_s: float | None = None
    tokens_per_s: float | None = None
    duration_s: float | None = None

    @property
    def streaming(self) -> bool:
        """True while an assistant answer is still being written."""
        return self.role == "assistant" and self.finish_reason is None

    @property
    def sampling(self) -> dict[str, Any]:
        """The sampling parameters the answer was made with."""
        return json.loads(self.params) if self.params else {}


_MESSAGE_FIELDS = {f.name for f in fields(Message)}
_PROVENANCE = _MESSAGE_FIELDS - {"id", "conversation_id", "parent_id", "role", "content",
                                 "created_at", "finish_reason", "error"}


def _conversation(row: dict[str, Any]) -> Conversation:
    return Conversation(**row)


def _message(row: dict[str, Any]) -> Message:
    return Message(**{k: v for k, v in row.items() if k in _MESSAGE_FIELDS})


class Store:
    """The conversation database; safe to share between threads (one lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db: sqlite_utils.Database = connect(path)
        self._lock = threading.RLock()

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self.db.conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite_utils.Database]:
        """One write transaction."""
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    def _rows(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with self._lock:
            cursor = self.db.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    # conversations

    def create_conversation(self, title: str = "", system_prompt: str = "") -> Conversation:
        """Start an empty conversation."""
        now = time.time()
        with self._tx() as db:
            cursor = db.execute(
                "INSERT INTO conversations (title, system_prompt, created_at, updated_at)"
                " VALUES (?, ?, ?, ?)",
                [title, system_prompt, now, now],
            )
            new_id = cursor.lastrowid
        return self.conversation(new_id)

    def conversation(self, conversation_id: int) -> Conversation:
        """One conversation; KeyError if there is none with that id."""
        rows = self._rows("SELECT * FROM conversations WHERE id = ?", [conversation_id])
        if not rows:
            raise KeyError(conversation_id)
        return _conversation(rows[0])

    def conversations(self) -> list[Conversation]:
        """All conversations, the most recently used first."""
        rows = self._rows(
            "SELECT * FROM conversations WHERE deleted_at IS NULL"
            " ORDER BY updated_at DESC, id DESC"
        )
        return [_conversation(r) for r in rows]

    def latest_conversation(self) -> Conversation | None:
        """The conversation used last, if any."""
        found = self.conversations()
        return found[0] if found else None

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        """Give a conversation a new title."""
        with self._tx() as db:
            db.execute("UPDATE conversations SET title = ? WHERE id = ?", [title, conversation_id])

    def set_system_prompt(self, conversation_id: int, text: str) -> None:
        """Set the system prompt used for the conversation's next answers."""
        with self._tx() as db:
            db.execute(
                "UPDATE conversations SET system_prompt = ? WHERE id = ?", [text, conversation_id]
            )

    def delete_conversation(self, conversation_id: int) -> None:
        """Move a conversation to the trash (restore_conversation brings it back)."""
        with self._tx() as db:
            db.execute("UPDATE conversations SET deleted_at = ? WHERE id = ?",
                       [time.time(), conversation_id])

    def restore_conversation(self, conversation_id: int) -> None:
        """Take a conversation out of the trash."""
        with self._tx() as db:
            db.execute("UPDATE conversations SET deleted_at = NULL WHERE id = ?", [conversation_id])

    def empty_trash(self, older_than_s: float = 0.0) -> int:
        """Delete for good the conversations trashed more than older_than_s ago."""
        with self._tx() as db:
            cursor = db.execute(
                "DELETE FROM conversations WHERE deleted_at IS NOT NULL AND deleted_at <= ?",
                [time.time() - older_than_s],
            )
            return cursor.rowcount

    # messages

    def add_message(
        self,
        conversation_id: int,
        parent_id: int | None,
        role: str,
        content: str = "",
        **provenance: Any,
    ) -> Message:
        """Append a message under parent_id and make it the conversation's current leaf."""
        unknown = set(provenance) - _PROVENANCE - {"finish_reason", "error"}
        if unknown:
            raise TypeError(f"unknown message fields: {sorted(unknown)}")
        if isinstance(provenance.get("params"), dict):
            provenance["params"] = json.dumps(provenance["params"], sort_keys=True)
        now = time.time()
        if role != "assistant" and "finish_reason" not in provenance:
            provenance["finish_reason"] = None
        values = {
            "conversation_id": conversation_id,
            "parent_id": parent_id,
            "role": role,
            "content": content,
            "created_at": now,
            **provenance,
        }
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with self._tx() as db:
            cursor = db.execute(
                f"INSERT INTO messages ({columns}) VALUES ({marks})", list(values.values())
            )
            new_id = cursor.lastrowid
            db.execute(
                "UPDATE conversations SET current_leaf_id = ?, updated_at = ? WHERE id = ?",
                [new_id, now, conversation_id],
            )
        return self.message(new_id)

    def message(self, message_id: int) -> Message:
        """One message; KeyError if there is none with that id."""
        rows = self._rows("SELECT * FROM messages WHERE id = ?", [message_id])
        if not rows:
            raise KeyError(message_id)
        return _message(rows[0])

    def messages(self, conversation_id: int) -> list[Message]:
        """Every message of a conversation, in the order they were written."""
        rows = self._rows(
            "SELECT * FROM messages WHERE conversation_id = ? ORDER BY id", [conversation_id]
        )
        return [_message(r) for r in rows]

    def branch(self, leaf_id: int | None) -> list[Message]:
        """The messages from the root down to leaf_id."""
        if leaf_id is None:
            return []
        rows = self._rows(
            """WITH RECURSIVE up(id, parent_id, depth) AS (
                   SELECT id, parent_id, 0 FROM messages WHERE id = ?
                   UNION ALL
                   SELECT m.id, m.parent_id, up.depth + 1
                   FROM messages m JOIN up ON m.id = up.parent_id
               )
               SELECT messages.* FROM up JOIN messages ON messages.id = up.id
               ORDER BY up.depth DESC""",
            [leaf_id],
        )
        return [_message(r) for r in rows]

    def current_branch(self, conversation_id: int) -> list[Message]:
        """The messages shown for the conversation: root to its current leaf."""
        return self.branch(self.conversation(conversation_id).current_leaf_id)

    def children(self, message_id: int | None, conversation_id: int) -> list[Message]:
        """The direct replies to a message (siblings of one another), oldest first."""
        if message_id is None:
            rows = self._rows(
                "SELECT * FROM messages WHERE conversation_id = ? AND parent_id IS NULL"
                " ORDER BY id",
                [conversation_id],
            )
        else:
            rows = self._rows("SELECT * FROM messages WHERE parent_id = ? ORDER BY id",
                              [message_id])
        return [_message(r) for r in rows]

    def set_current_leaf(self, conversation_id: int, leaf_id: int) -> None:
        """Show the branch ending at leaf_id."""
        with self._tx() as db:
            db.execute(
                "UPDATE conversations SET current_leaf_id = ?, updated_at = ? WHERE id = ?",
                [leaf_id, time.time(), conversation_id],
            )

    def flush_text(self, message_id: int, content: str) -> None:
        """Save the text streamed so far."""
        with self._tx() as db:
            db.execute("UPDATE messages SET content = ? WHERE id = ?", [content, message_id])

    def finish_message(
        self,
        message_id: int,
        content: str,
        finish_reason: str,
        error: str | None = None,
        **stats: Any,
    ) -> Message:
        """Store an answer's final text, how it ended and its stats."""
        if finish_reason not in FINISH_REASONS:
            raise ValueError(f"unknown finish reason {finish_reason!r}")
        with self._tx() as db:
            self._update(db, message_id, content=content, finish_reason=finish_reason,
                         error=error, **stats)
            db.execute(
                "UPDATE conversations SET updated_at = ? WHERE id ="
                " (SELECT conversation_id FROM messages WHERE id = ?)",
                [time.time(), message_id],
            )
        return self.message(message_id)

    def update_message(self, message_id: int, **fields: Any) -> None:
        """Set provenance or stats fields of a message."""
        with self._tx() as db:
            self._update(db, message_id, **fields)

    @staticmethod
    def _update(db: sqlite_utils.Database, message_id: int, **values: Any) -> None:
        unknown = set(values) - _PROVENANCE - {"content", "finish_reason", "error"}
        if unknown:
            raise TypeError(f"unknown message fields: {sorted(unknown)}")
        assignments = ", ".join(f"{name} = ?" for name in values)
        db.execute(f"UPDATE messages SET {assignments} WHERE id = ?",
                   [*values.values(), message_id])

    def mark_interrupted(self) -> int:
        """Mark answers left streaming by a crash as interrupted; return how many."""
        with self._tx() as db:
            cursor = db.execute(
                "UPDATE messages SET finish_reason = 'interrupted'"
                " WHERE role = 'assistant' AND finish_reason IS NULL"
            )
            return cursor.rowcount

    def search(self, query: str, limit: int = 50) -> list[Message]:
        """Messages whose text matches the words of query, best matches first."""
        words = [w.replace('"', '""') for w in query.split()]
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words)
        rows = self._rows(
            """SELECT messages.* FROM messages_fts
               JOIN messages ON messages.id = messages_fts.rowid
               JOIN conversations ON conversations.id = messages.conversation_id
               WHERE messages_fts MATCH ? AND conversations.deleted_at IS NULL
               ORDER BY rank LIMIT ?""",
            [match, limit],
        )
        return [_message(r) for r in rows]

    def integrity_check(self) -> str:
        """SQLite's own verdict on the file ("ok" when healthy)."""
        return self._rows("PRAGMA integrity_check")[0]["integrity_check"]
