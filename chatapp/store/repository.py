"""Conversations and their message trees: every read and write the app makes."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils.db import NotFoundError

from chatapp.store.database import (
    BAD_TEXT,
    MIGRATIONS,
    SQLITE_FAILURES,
    BadText,
    DatabaseBusy,
    Migration,
    ReadOnlyDatabase,
    busy_error,
    connect,
    is_busy,
    known_database_error,
)
from chatapp.store.doc_records import imported_retrieval, write_retrieval
from chatapp.store.presets import PresetStore
from chatapp.store.records import (
    BLIND,
    CONVERSATION_FIELDS,
    FINISH_REASONS,
    IN_IDS,
    KINDS,
    LISTED,
    MESSAGE_FIELDS,
    MESSAGE_ORDER,
    PROVENANCE,
    Conversation,
    EvalRunRecord,
    Message,
    conversation_from,
    json_ids,
    message_from,
)
from chatapp.store.search import MessageSearch
from chatapp.store.trash import TrashStore
from chatapp.store.tree import TreeStore

# how long a write waits for another program's lock before on_busy hears of it (ms)
SAY_BUSY_AFTER_MS = 250


class Store(MessageSearch, PresetStore, TreeStore, TrashStore):
    """The conversation database; safe to share between threads (one lock).

    Every failure of a known cause is a UserError with one line for the user: DatabaseBusy
    (another program holds the lock), ReadOnlyDatabase, DatabaseFull (a DiskFull), BadText.

    Attributes:
        read_only: why nothing can be saved (None when the database can be written); writes
            then raise it again without touching the file.
        on_busy: told (with the DatabaseBusy that the wait may end in) when a write has
            waited SAY_BUSY_AFTER_MS for another program's lock, before it waits the busy
            timeout (BUSY_TIMEOUT_MS) more; None: the wait is silent.
    """

    def __init__(self, path: Path, migrations: list[Migration] = MIGRATIONS) -> None:
        self.path = path
        self.db: sqlite_utils.Database
        self.db, self.read_only = connect(path, migrations)
        self._lock = threading.RLock()
        self.on_busy: Callable[[DatabaseBusy], None] | None = None
        self._wait_ms = self.db.execute("PRAGMA busy_timeout").fetchone()[0]

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self.db.conn.close()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """SQLite's failures of known causes as the user's one-line errors."""
        try:
            yield
        except SQLITE_FAILURES as exc:
            error = known_database_error(exc, self.path)
            if error is None:
                raise
            if isinstance(error, ReadOnlyDatabase):
                self.read_only = error
            raise error from exc
        except UnicodeEncodeError as exc:
            raise BadText(BAD_TEXT) from exc

    @contextmanager
    def patience(self, ms: int) -> Iterator[None]:
        """Within the block, wait at most ms (not the busy timeout, BUSY_TIMEOUT_MS) for another
        program's lock: for tidying that can wait for the next start."""
        with self._lock:
            before = self._wait_ms
            self._set_wait(ms)
            try:
                yield
            finally:
                self._set_wait(before)

    def _set_wait(self, ms: int) -> None:
        self.db.execute(f"PRAGMA busy_timeout = {int(ms)}")
        self._wait_ms = ms

    def _begin(self) -> None:
        """Take the write lock; on_busy hears when another program holds it for long."""
        if self.on_busy is not None and self._wait_ms > SAY_BUSY_AFTER_MS:
            try:
                with self.patience(SAY_BUSY_AFTER_MS):
                    self.db.execute("BEGIN IMMEDIATE")
                return
            except SQLITE_FAILURES as exc:
                if not is_busy(exc):
                    raise
            self.on_busy(busy_error(self.path))
        self.db.execute("BEGIN IMMEDIATE")

    @contextmanager
    def _tx(self) -> Iterator[sqlite_utils.Database]:
        """One write transaction; all or nothing."""
        with self._lock, self._errors():
            if self.read_only is not None:
                raise ReadOnlyDatabase(self.read_only.template, **self.read_only.params)
            self._begin()
            try:
                yield self.db
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.conn.in_transaction:  # SQLite may have rolled back already
                    self.db.execute("ROLLBACK")
                raise

    def _set(self, table: str, row_id: int, **values: Any) -> None:
        """Set columns of one row (sqlite-utils' table API) in a transaction of its own; a
        row that is gone for good changes nothing."""
        with self._tx() as db, suppress(NotFoundError):
            db[table].update(row_id, values)

    def _rows(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with self._lock, self._errors():
            cursor = self.db.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _row(self, sql: str, row_id: int) -> dict[str, Any]:
        """The one row a query of `... WHERE id = ?` finds; KeyError when there is none."""
        rows = self._rows(sql + " WHERE id = ?", [row_id])
        if not rows:
            raise KeyError(row_id)
        return rows[0]

    def _message_rows(self, sql: str, params: list[Any]) -> list[Message]:
        """Messages from a query of messages.* (fast: no dict per row)."""
        with self._lock, self._errors():
            cursor = self.db.execute(sql, params)
            names = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
        keep = [i for i, name in enumerate(names) if name in MESSAGE_FIELDS]
        if len(keep) == len(names) and names == MESSAGE_ORDER[:len(names)]:
            return [Message(*row) for row in rows]
        kept = [names[i] for i in keep]
        return [Message(**dict(zip(kept, (row[i] for i in keep), strict=True))) for row in rows]

    # conversations

    def create_conversation(self, title: str = "", system_prompt: str = "", kind: str = "chat",
                            eval_run_id: int | None = None) -> Conversation:
        """Start an empty conversation of a kind (KINDS), in an evaluation run or not."""
        if kind not in KINDS:
            raise ValueError(f"unknown conversation kind {kind!r}")
        now = time.time()
        with self._tx() as db:
            new_id = db["conversations"].insert({
                "title": title, "system_prompt": system_prompt, "created_at": now,
                "updated_at": now, "kind": kind, "eval_run_id": eval_run_id}).last_pk
        return self.conversation(new_id)

    def conversation(self, conversation_id: int) -> Conversation:
        """One conversation; KeyError if there is none with that id."""
        return conversation_from(self._row("SELECT * FROM conversations", conversation_id))

    def message_counts(self) -> dict[int, int]:
        """{conversation id: its messages not deleted, every branch counted}."""
        rows = self._rows("SELECT conversation_id, COUNT(*) AS n FROM messages"
                          " WHERE deleted_at IS NULL GROUP BY conversation_id")
        return {r["conversation_id"]: r["n"] for r in rows}

    def conversations(self, eval_run_id: int | None = None) -> list[Conversation]:
        """The chat list, the most recently used first: every conversation but those in the
        trash, those of evaluation runs and blind arena rounds not voted on yet. With
        eval_run_id: that run's conversations instead, in the order they were made."""
        if eval_run_id is not None:
            rows = self._rows("SELECT * FROM conversations WHERE eval_run_id = ?"
                              " AND deleted_at IS NULL ORDER BY id", [eval_run_id])
        else:
            rows = self._rows(f"SELECT * FROM conversations WHERE {LISTED}"
                              " ORDER BY updated_at DESC, id DESC")
        return [conversation_from(r) for r in rows]

    def trashed_conversations(self) -> list[Conversation]:
        """The conversations in the trash that were deleted on their own (not with their
        evaluation run)."""
        return [conversation_from(r) for r in self._rows(
            "SELECT * FROM conversations WHERE deleted_at IS NOT NULL AND eval_run_id IS NULL")]

    def recent_conversations(self, kind: str, limit: int = 20) -> list[Conversation]:
        """The conversations of one kind (KINDS) in the chat list, the most recently used
        first, at most limit."""
        rows = self._rows(f"SELECT * FROM conversations WHERE {LISTED} AND kind = ?"
                          " ORDER BY updated_at DESC, id DESC LIMIT ?", [kind, limit])
        return [conversation_from(r) for r in rows]

    def latest_conversation(self, preferred: int | None = None,
                            kind: str | None = None) -> Conversation | None:
        """The conversation preferred when it is in the chat list, else the one of the list
        used last (of that kind, when given: "chat", see KINDS); None when there is none."""
        rows = self._rows(
            f"SELECT * FROM conversations WHERE {LISTED} AND kind = coalesce(?, kind)"
            " ORDER BY id = ? DESC, updated_at DESC, id DESC LIMIT 1", [kind, preferred or 0]
        )
        return conversation_from(rows[0]) if rows else None

    def is_blind(self, conversation_id: int) -> bool:
        """Whether the conversation is an arena round whose vote is still to come (its
        models must not be shown anywhere yet)."""
        return bool(self._rows(f"SELECT 1 FROM conversations WHERE id = ? AND {BLIND}",
                               [conversation_id]))

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        """Pin a conversation to the top of the list, or unpin it."""
        self._set("conversations", conversation_id, pinned=int(pinned))

    def set_conversation_params(self, conversation_id: int, params: dict[str, Any] | None) -> None:
        """Set the conversation's own sampling parameters (None: the app's defaults)."""
        value = json.dumps(params, sort_keys=True) if params else None
        self._set("conversations", conversation_id, params=value)

    def set_conversation_model(self, conversation_id: int, model_key: str | None) -> None:
        """Remember the model picked last in the conversation."""
        self._set("conversations", conversation_id, model_key=model_key)

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        """Give a conversation a new title."""
        self._set("conversations", conversation_id, title=title)

    def set_system_prompt(self, conversation_id: int, text: str) -> None:
        """Set the system prompt used for the conversation's next answers."""
        self._set("conversations", conversation_id, system_prompt=text)

    def delete_conversation(self, conversation_id: int) -> None:
        """Move a conversation to the trash (restore_conversation brings it back)."""
        self._set("conversations", conversation_id, deleted_at=time.time())

    def restore_conversation(self, conversation_id: int) -> None:
        """Take a conversation out of the trash."""
        self._set("conversations", conversation_id, deleted_at=None)

    def delete_conversations(self, ids: list[int]) -> None:
        """Move conversations to the trash in one step (restore_conversations brings them
        back)."""
        with self._tx() as db:
            db.execute(f"UPDATE conversations SET deleted_at = ? WHERE id IN {IN_IDS}",
                       [time.time(), json_ids(ids)])

    def restore_conversations(self, ids: list[int]) -> None:
        """Take conversations out of the trash in one step."""
        with self._tx() as db:
            db.execute(f"UPDATE conversations SET deleted_at = NULL WHERE id IN {IN_IDS}",
                       [json_ids(ids)])

    # evaluation runs

    def create_eval_run(self, name: str, folder: str, models: list[str],
                        prompts: int) -> EvalRunRecord:
        """Record an evaluation run: its name, output folder, model file names, prompt count."""
        now = time.time()
        with self._tx() as db:
            new_id = db["eval_runs"].insert({
                "name": name, "folder": folder, "models": json.dumps(models, ensure_ascii=False),
                "prompts": prompts, "created_at": now, "updated_at": now}).last_pk
        return self.eval_run(new_id)

    _RUN_SQL = ("SELECT eval_runs.*, (SELECT count(*) FROM conversations c"
                " WHERE c.eval_run_id = eval_runs.id AND c.deleted_at IS NULL)"
                " AS conversations, (SELECT count(*) FROM messages m JOIN conversations c"
                " ON m.conversation_id = c.id WHERE c.eval_run_id = eval_runs.id"
                " AND c.deleted_at IS NULL AND m.deleted_at IS NULL AND m.role = 'assistant'"
                " AND m.finish_reason IN ('stop', 'length')) AS answers,"
                " (SELECT group_concat(m.conversation_id) FROM messages m"
                " JOIN conversations c ON m.conversation_id = c.id"
                " WHERE c.eval_run_id = eval_runs.id AND c.deleted_at IS NULL"
                " AND m.deleted_at IS NULL AND m.role = 'assistant'"
                " AND m.finish_reason IN ('stop', 'length')) AS answered FROM eval_runs")

    def eval_run(self, run_id: int) -> EvalRunRecord:
        """One evaluation run (trashed or not); KeyError if there is none with that id."""
        return EvalRunRecord(**self._row(self._RUN_SQL, run_id))

    def eval_runs(self) -> list[EvalRunRecord]:
        """The evaluation runs not in the trash, the most recently used first."""
        return [EvalRunRecord(**r) for r in self._rows(
            self._RUN_SQL + " WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC")]

    def add_to_eval_run(self, conversation_id: int, run_id: int) -> None:
        """Make a conversation one of a run's (it leaves the chat list)."""
        with self._tx() as db:
            db["conversations"].update(conversation_id, {"eval_run_id": run_id, "kind": "compare"})
            db["eval_runs"].update(run_id, {"updated_at": time.time()})

    def delete_eval_run(self, run_id: int) -> float:
        """Move a run and its conversations to the trash, all at once; returns the time it
        was trashed at, for restore_eval_run."""
        now = time.time()
        with self._tx() as db:
            db["eval_runs"].update(run_id, {"deleted_at": now})
            db.execute("UPDATE conversations SET deleted_at = ? WHERE eval_run_id = ?"
                       " AND deleted_at IS NULL", [now, run_id])
        return now

    def restore_eval_run(self, run_id: int, deleted_at: float) -> None:
        """Take a run out of the trash with the conversations that went with it."""
        with self._tx() as db:
            db["eval_runs"].update(run_id, {"deleted_at": None})
            db.execute("UPDATE conversations SET deleted_at = NULL WHERE eval_run_id = ?"
                       " AND deleted_at = ?", [run_id, deleted_at])

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
        unknown = set(provenance) - PROVENANCE - {"finish_reason", "error"}
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
        with self._tx() as db:
            new_id = db["messages"].insert(values).last_pk
            self._show_leaf(db, conversation_id, new_id, updated_at=now)
        return self.message(new_id)

    def add_turns(self, conversation_id: int, parent_id: int | None,
                  turns: list[tuple[str, str]]) -> list[int]:
        """Append a chain of (role, text) turns under parent_id in one transaction (a
        client's history: its assistant turns ended "stop"), the last one the
        conversation's current leaf; their ids, in order."""
        now = time.time()
        with self._tx() as db:
            first = db.execute("SELECT coalesce(max(id), 0) + 1 FROM messages").fetchone()[0]
            ids = list(range(first, first + len(turns)))
            db["messages"].insert_all(
                ({"id": id_, "conversation_id": conversation_id, "parent_id": parent,
                  "role": role, "content": text, "created_at": now,
                  "finish_reason": "stop" if role == "assistant" else None}
                 for id_, parent, (role, text) in zip(ids, [parent_id, *ids], turns,
                                                      strict=False)), batch_size=500)
            if ids:
                self._show_leaf(db, conversation_id, ids[-1], updated_at=now)
        return ids

    def message(self, message_id: int) -> Message:
        """One message; KeyError if there is none with that id."""
        return message_from(self._row("SELECT * FROM messages", message_id))

    def messages(self, conversation_id: int) -> list[Message]:
        """Every message of a conversation (deleted branches left out), in the order written."""
        rows = self._rows(
            "SELECT * FROM messages WHERE conversation_id = ? AND deleted_at IS NULL ORDER BY id",
            [conversation_id],
        )
        return [message_from(r) for r in rows]

    def flush_text(self, message_id: int, content: str, reasoning: str | None = None) -> None:
        """Save the text (and reasoning, when given) streamed so far."""
        values = {"content": content} if reasoning is None else {"content": content,
                                                                  "reasoning": reasoning}
        self._set("messages", message_id, **values)

    def finish_message(
        self,
        message_id: int,
        content: str,
        finish_reason: str,
        error: str | None = None,
        error_data: str | None = None,
        **stats: Any,
    ) -> Message:
        """Store an answer's final text, how it ended and its stats; error: why it failed
        (English), error_data: the same as UserError.to_dict() JSON, translatable."""
        if finish_reason not in FINISH_REASONS:
            raise ValueError(f"unknown finish reason {finish_reason!r}")
        with self._tx() as db:
            self._update(db, message_id, content=content, finish_reason=finish_reason,
                         error=error, error_data=error_data, **stats)
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
        unknown = set(values) - PROVENANCE - {"content", "finish_reason", "error", "error_data"}
        if unknown:
            raise TypeError(f"unknown message fields: {sorted(unknown)}")
        with suppress(NotFoundError):
            db["messages"].update(message_id, values)

    def mark_interrupted(self) -> int:
        """Mark answers left streaming by a crash as interrupted; return how many (without
        taking the write lock when there are none)."""
        if not self._rows("SELECT 1 FROM messages WHERE role = 'assistant'"
                          " AND finish_reason IS NULL LIMIT 1"):
            return 0
        with self._tx() as db:
            cursor = db.execute(
                "UPDATE messages SET finish_reason = 'interrupted'"
                " WHERE role = 'assistant' AND finish_reason IS NULL"
            )
            return cursor.rowcount

    # import

    def insert_conversations(
            self, items: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> list[int]:
        """Add whole conversations at once (import), all or nothing. Each item is the
        conversation's fields and its messages, parents before children, referring to one
        another by their own ids (mapped to new ones); current_leaf_id uses those ids too. A
        message's "retrieval" (export.py's checked fields) is stored as what it retrieved; a
        conversation's "collections" (names) are attached where this store has them, its
        "votes" and "judgements" (a judge's verdicts; answers named by those ids) stored with the
        answers they judged."""
        new_ids = []
        with self._tx() as db:
            named = {r[0]: r[1] for r in db.execute("SELECT name, id FROM doc_collections")}
            for conversation, messages in items:
                values = {k: v for k, v in conversation.items()
                          if k in CONVERSATION_FIELDS - {"id", "current_leaf_id"}}
                new_id = db["conversations"].insert(values).last_pk
                mapped: dict[Any, int] = {}
                for message in messages:
                    row = {k: v for k, v in message.items()
                           if k in MESSAGE_FIELDS - {"id", "deleted_at"}}
                    row["conversation_id"] = new_id
                    parent = message.get("parent_id")
                    row["parent_id"] = mapped[parent] if parent is not None else None
                    mapped[message["id"]] = db["messages"].insert(row).last_pk
                    if (retrieval := message.get("retrieval")) is not None:
                        write_retrieval(db, imported_retrieval(mapped[message["id"]], retrieval,
                                                               named))
                for name in conversation.get("collections", []):  # those this store has
                    if name in named:
                        db.execute("INSERT OR IGNORE INTO conversation_collections"
                                   " VALUES (?, ?)", [new_id, named[name]])
                for vote in conversation.get("votes", []):  # (export.py checked them)
                    a, b = mapped[vote["a"]], mapped[vote["b"]]
                    db.execute(
                        "INSERT INTO votes (conversation_id, prompt_message_id, message_a_id,"
                        " message_b_id, model_a, model_b, outcome, tag, created_at) VALUES"
                        " (?, (SELECT parent_id FROM messages WHERE id = ?), ?, ?, ?, ?, ?, ?, ?)",
                        [new_id, a, a, b, vote["model_a"], vote["model_b"], vote["outcome"],
                         vote.get("tag") or "", vote["created_at"]])
                for verdict in conversation.get("judgements", []):  # (checked there too)
                    db["judgements"].insert({
                        **{k: v for k, v in verdict.items() if k not in ("a", "b")},
                        "message_a_id": mapped[verdict["a"]], "tag": verdict.get("tag") or "",
                        "message_b_id": mapped.get(verdict.get("b"))})
                leaf = conversation.get("current_leaf_id")
                db["conversations"].update(new_id, {
                    "current_leaf_id": mapped.get(leaf) if leaf is not None else None})
                new_ids.append(new_id)
        return new_ids

    def version(self) -> tuple[int, int]:
        """A value that changes whenever the database changes: (this connection's writes,
        outside_version())."""
        with self._lock:
            return self.db.conn.total_changes, self.outside_version()

    def outside_version(self) -> int:
        """SQLite's data_version: it changes when another connection or process commits."""
        with self._lock:
            return self.db.execute("PRAGMA data_version").fetchone()[0]

    def integrity_check(self) -> str:
        """SQLite's own verdict on the file ("ok" when healthy)."""
        return self._rows("PRAGMA integrity_check")[0]["integrity_check"]
