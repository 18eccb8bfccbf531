"""The conversation tree: branches, siblings, the shown leaf, and deleting a branch with undo."""

from __future__ import annotations

import time
from contextlib import suppress
from typing import Any

import sqlite_utils
from sqlite_utils.db import NotFoundError

from chatapp.store.records import IN_IDS, DeletedBranch, Message, json_ids, message_from

# each message above a leaf, with the reply on the leaf's way and the reply it picks now
_PATH_UP = """
    WITH RECURSIVE up(id, parent_id) AS (
        SELECT id, parent_id FROM messages WHERE id = ?
        UNION ALL
        SELECT m.id, m.parent_id FROM messages m JOIN up ON m.id = up.parent_id)
    SELECT up.id, up.parent_id, p.picked_child_id FROM up JOIN messages p ON p.id = up.parent_id"""


class TreeStore:
    """The store's message tree (part of Store: uses its _rows, _message_rows, _tx, message
    and conversation)."""

    def branch(self, leaf_id: int | None) -> list[Message]:
        """The messages from the root down to leaf_id."""
        if leaf_id is None:
            return []
        return self._message_rows(
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

    def current_branch(self, conversation_id: int) -> list[Message]:
        """The messages shown for the conversation: root to its current leaf."""
        return self.branch(self.conversation(conversation_id).current_leaf_id)

    def children(self, message_id: int | None, conversation_id: int) -> list[Message]:
        """The direct replies to a message (siblings of one another), oldest first."""
        rows = self._rows("SELECT * FROM messages WHERE conversation_id = ? AND parent_id IS ?"
                          " AND deleted_at IS NULL ORDER BY id", [conversation_id, message_id])
        return [message_from(r) for r in rows]

    def sibling_ids(self, messages: list[Message]) -> dict[int, list[int]]:
        """For each message, the ids of it and its siblings (oldest first)."""
        if not messages:
            return {}
        conversation_id = messages[0].conversation_id
        parents = {m.parent_id for m in messages}
        by_parent: dict[int | None, list[int]] = {}
        if None in parents:
            by_parent[None] = [r["id"] for r in self._rows(
                "SELECT id FROM messages WHERE conversation_id = ? AND parent_id IS NULL"
                " AND deleted_at IS NULL ORDER BY id", [conversation_id])]
        ids = [p for p in parents if p is not None]
        for row in self._rows(
            f"SELECT id, parent_id FROM messages WHERE parent_id IN {IN_IDS}"
            " AND deleted_at IS NULL ORDER BY id", [json_ids(ids)]):
            by_parent.setdefault(row["parent_id"], []).append(row["id"])
        return {m.id: by_parent.get(m.parent_id, [m.id]) for m in messages}

    def leaf_below(self, message_id: int) -> int:
        """The end of the branch through message_id, following each time the reply shown last
        there, else the newest."""
        rows = self._rows(
            """WITH RECURSIVE down(id) AS (
                   SELECT ?
                   UNION ALL
                   SELECT coalesce(
                       (SELECT c.id FROM messages p JOIN messages c ON c.id = p.picked_child_id
                        WHERE p.id = down.id AND c.parent_id = p.id AND c.deleted_at IS NULL),
                       (SELECT max(m.id) FROM messages m
                        WHERE m.parent_id = down.id AND m.deleted_at IS NULL))
                   FROM down WHERE down.id IS NOT NULL
               )
               SELECT id FROM down WHERE id IS NOT NULL""",
            [message_id],
        )
        return rows[-1]["id"] if rows else message_id

    def switch_branch(self, conversation_id: int, message_id: int) -> int:
        """Show the branch through message_id (a sibling was picked); return its leaf."""
        leaf = self.leaf_below(message_id)
        self.set_current_leaf(conversation_id, leaf)
        return leaf

    def _subtree(self, message_id: int) -> list[int]:
        return [r["id"] for r in self._rows(
            """WITH RECURSIVE down(id) AS (
                   SELECT ? UNION ALL
                   SELECT m.id FROM messages m JOIN down ON m.parent_id = down.id
               ) SELECT id FROM down""", [message_id])]

    def delete_branch(self, message_id: int) -> DeletedBranch:
        """Hide a message and every reply below it (restore_branch undoes it).

        The conversation then shows a sibling's branch, or the branch up to the parent.
        """
        message = self.message(message_id)
        conversation = self.conversation(message.conversation_id)
        subtree = self._subtree(message_id)
        now = time.time()
        siblings = [m.id for m in self.children(message.parent_id, message.conversation_id)
                    if m.id != message_id]
        with self._tx() as db:  # (replies deleted before are not counted again)
            hidden = db.execute(f"UPDATE messages SET deleted_at = ? WHERE id IN {IN_IDS}"
                                " AND deleted_at IS NULL", [now, json_ids(subtree)]).rowcount
        leaf = conversation.current_leaf_id
        if leaf is None or leaf in subtree:
            before = [s for s in siblings if s < message_id]
            if siblings:
                leaf = self.leaf_below(before[-1] if before else siblings[0])
            else:
                leaf = message.parent_id
            with self._tx() as db:
                self._show_leaf(db, conversation.id, leaf, updated_at=now)
        return DeletedBranch(conversation.id, message_id, conversation.current_leaf_id, now,
                             hidden, conversation.updated_at)

    def drop_failed_answer(self, message_id: int) -> None:
        """Delete for good an answer that failed before it wrote anything and has no replies
        (a model the fit check refused, answered again once the user said to load it
        anyway): the conversation then shows its question's branch, or a sibling's, as
        delete_branch does. ValueError for any other message (those go to delete_branch,
        which Undo can take back)."""
        message = self.message(message_id)
        if (message.role != "assistant" or message.finish_reason != "error" or message.content
                or self._rows("SELECT 1 FROM messages WHERE parent_id = ? LIMIT 1",
                              [message_id])):
            raise ValueError("only a failed answer with no text and no replies can be dropped")
        self.delete_branch(message_id)
        with self._tx() as db:
            db.execute("UPDATE messages SET picked_child_id = NULL WHERE picked_child_id = ?",
                       [message_id])
            db.execute("DELETE FROM messages WHERE id = ?", [message_id])

    def restore_branch(self, deleted: DeletedBranch) -> None:
        """Bring back a deleted branch and show it again, with the conversation's updated
        time as before the delete (its place in the list comes back)."""
        subtree = self._subtree(deleted.message_id)
        with self._tx() as db:
            db.execute(f"UPDATE messages SET deleted_at = NULL WHERE id IN {IN_IDS}"
                       " AND deleted_at = ?", [json_ids(subtree), deleted.deleted_at])
            self._show_leaf(db, deleted.conversation_id, deleted.previous_leaf_id)
            if deleted.previous_updated_at is not None:  # (unless changed since the delete)
                db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?"
                           " AND updated_at = ?", [deleted.previous_updated_at,
                                                   deleted.conversation_id, deleted.deleted_at])

    def set_current_leaf(self, conversation_id: int, leaf_id: int) -> None:
        """Show the branch ending at leaf_id (viewing is not a change: the conversation keeps
        its place in the list)."""
        with self._tx() as db, suppress(NotFoundError):
            self._show_leaf(db, conversation_id, leaf_id)

    @staticmethod
    def _show_leaf(db: sqlite_utils.Database, conversation_id: int, leaf_id: int | None,
                   **values: Any) -> None:
        """Make leaf_id the conversation's shown leaf (with other values of its row) and
        remember, at each message above it, the reply on its way: leaf_below follows them."""
        db["conversations"].update(conversation_id, {"current_leaf_id": leaf_id, **values})
        if leaf_id is not None:  # (one walk up, then the picks that change: a reply's)
            db.conn.executemany("UPDATE messages SET picked_child_id = ? WHERE id = ?", [
                (child, parent) for child, parent, picked in db.execute(_PATH_UP, [leaf_id])
                if picked != child])
