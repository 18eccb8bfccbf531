"""Full-text search over the messages (FTS5): best matches, or newest hits with excerpts."""

from __future__ import annotations

from chatapp.store.records import FINDABLE, HIT_END, HIT_START, Message, SearchHit, message_from


class MessageSearch:
    """The store's searches (part of Store: uses its _rows)."""

    @staticmethod
    def _match(query: str) -> str | None:
        words = [w.replace('"', '""') for w in query.split()]
        if not words:
            return None
        # every word as a phrase; the last one also as a prefix, so results follow typing
        quoted = [f'"{w}"' for w in words]
        quoted[-1] += "*"
        return " ".join(quoted)

    def search(self, query: str, limit: int = 50) -> list[Message]:
        """Messages whose text matches the words of query, best matches first."""
        match = self._match(query)
        if match is None:
            return []
        rows = self._rows(
            f"""SELECT messages.* FROM messages_fts
               JOIN messages ON messages.id = messages_fts.rowid
               JOIN conversations ON conversations.id = messages.conversation_id
               WHERE messages_fts MATCH ? AND {FINDABLE}
               AND messages.deleted_at IS NULL
               ORDER BY rank LIMIT ?""",
            [match, limit],
        )
        return [message_from(r) for r in rows]

    def search_hits(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Messages matching query, newest first (fast on any number of matches), with the
        conversation's title and an excerpt with the matches marked."""
        match = self._match(query)
        if match is None:
            return []
        rows = self._rows(
            f"""SELECT hits.id, hits.snip, messages.conversation_id, messages.role,
                      conversations.title
               FROM (SELECT rowid AS id, rank,
                            snippet(messages_fts, 0, ?, ?, '…', 12) AS snip
                     FROM messages_fts WHERE messages_fts MATCH ?
                     ORDER BY rowid DESC LIMIT ?) AS hits
               JOIN messages ON messages.id = hits.id
               JOIN conversations ON conversations.id = messages.conversation_id
               WHERE {FINDABLE} AND messages.deleted_at IS NULL
               ORDER BY hits.id DESC""",
            [HIT_START, HIT_END, match, limit * 2],
        )
        return [SearchHit(r["id"], r["conversation_id"], r["title"], r["role"],
                          " ".join(r["snip"].split()))
                for r in rows[:limit]]
