"""Full-text search over the messages (FTS5): best matches, or newest hits with excerpts."""

from __future__ import annotations

import re

from chatapp.store.records import FINDABLE, HIT_END, HIT_START, Message, SearchHit, message_from

# the most words a search looks for: each is a condition of the query, and SQLite refuses a
# query deeper than 1000 ("Expression tree is too large")
MAX_SEARCH_WORDS = 32


def searched_words(query: str) -> tuple[list[str], int]:
    """The words of query a search looks for (each once, whatever its case; the first
    MAX_SEARCH_WORDS) and how many other different words it leaves out."""
    first: dict[str, str] = {}
    for word in query.split():
        first.setdefault(word.casefold(), word)
    unique = list(first.values())
    return unique[:MAX_SEARCH_WORDS], max(0, len(unique) - MAX_SEARCH_WORDS)


class MessageSearch:
    """The store's searches (part of Store: uses its _rows)."""

    @staticmethod
    def _match(query: str) -> str | None:
        words = [w.replace('"', '""') for w in searched_words(query)[0]]
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
        """Conversations matching query, one hit each, at most limit: first those whose
        title holds every word (the hit is their first message), newest first; then the
        newest message of each other conversation whose text matches the words (whole
        words, the last one also as a prefix), or, when no text does, holds them anywhere
        (inside words, Chinese and Japanese, symbols). Each with the conversation's title
        and an excerpt with the matches between HIT_START and HIT_END (a title's hit is at
        its newest matching message when it has one). Only the words of searched_words count."""
        words = searched_words(query)[0]
        if not words:
            return []
        found: dict[int, SearchHit] = {}  # conversation -> its newest matching message
        for hit in self._word_hits(query, limit * 4) or self._substring_hits(words, limit * 4):
            found.setdefault(hit.conversation_id, hit)
        titled = [found.pop(hit.conversation_id, hit)  # at a matching message if it has one
                  for hit in self._title_hits(words, limit)]
        return (titled + list(found.values()))[:limit]

    def _word_hits(self, query: str, limit: int) -> list[SearchHit]:
        """Messages whose words match (full-text index), newest first."""
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
            [HIT_START, HIT_END, match, limit],
        )
        return [SearchHit(r["id"], r["conversation_id"], r["title"], r["role"],
                          " ".join(r["snip"].split())) for r in rows]

    def _substring_hits(self, words: list[str], limit: int) -> list[SearchHit]:
        """Messages that hold every word anywhere (LIKE: a scan), newest first."""
        holds = " AND ".join(["messages.content LIKE ? ESCAPE '\\'"] * len(words))
        rows = self._rows(
            f"""SELECT messages.id, messages.conversation_id, messages.role, messages.content,
                      conversations.title
               FROM messages JOIN conversations ON conversations.id = messages.conversation_id
               WHERE {FINDABLE} AND messages.deleted_at IS NULL AND {holds}
               ORDER BY messages.id DESC LIMIT ?""",
            [*map(_like, words), limit],
        )
        return [SearchHit(r["id"], r["conversation_id"], r["title"], r["role"],
                          excerpt(r["content"], words)) for r in rows]

    def _title_hits(self, words: list[str], limit: int) -> list[SearchHit]:
        """Conversations whose title holds every word, newest first, each at its first
        message."""
        holds = " AND ".join(["conversations.title LIKE ? ESCAPE '\\'"] * len(words))
        rows = self._rows(
            f"""SELECT messages.id, messages.conversation_id, messages.role, messages.content,
                      conversations.title
               FROM conversations JOIN messages ON messages.id = (
                   SELECT min(id) FROM messages AS m
                   WHERE m.conversation_id = conversations.id AND m.deleted_at IS NULL)
               WHERE {FINDABLE} AND {holds}
               ORDER BY conversations.updated_at DESC LIMIT ?""",
            [*map(_like, words), limit],
        )
        rows = sorted(rows, key=lambda r: _title_rank(r["title"], words))  # (stable)
        return [SearchHit(r["id"], r["conversation_id"], r["title"], r["role"],
                          excerpt(r["content"], words)) for r in rows]


def _title_rank(title: str, words: list[str]) -> int:
    """How well a title that holds every word matches them: 0 the words as typed, each at
    the start of a word of the title; 1 each at the start of a word; 2 some only inside
    words ("3" in "193")."""
    folded = _folded(title)
    starts = all(re.search(r"(?<!\w)" + re.escape(_folded(w)), folded) for w in words)
    if starts and _folded(" ".join(words)) in folded:
        return 0
    return 1 if starts else 2


def _like(word: str) -> str:
    """A LIKE pattern for text that holds word (its % and _ taken literally)."""
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def excerpt(text: str, words: list[str], width: int = 80) -> str:
    """One line of text around the first of words it holds (case-insensitive), every
    occurrence of the words marked with HIT_START and HIT_END; its start when none."""
    line = " ".join(text.split())
    folded = _folded(line)
    at = min((i for i in (folded.find(_folded(w)) for w in words) if i >= 0), default=0)
    start = max(0, at - width // 3)
    part = line[start:start + width]
    for word in sorted(set(words), key=len, reverse=True):
        part = _mark(part, word)
    return ("…" if start else "") + part + ("…" if start + width < len(line) else "")


def _mark(text: str, word: str) -> str:
    """text with every occurrence of word (case-insensitive) between the hit marks."""
    out, folded, key, i = [], _folded(text), _folded(word), 0
    while key and (j := folded.find(key, i)) >= 0:
        out += [text[i:j], HIT_START, text[j:j + len(word)], HIT_END]
        i = j + len(word)
    return "".join(out) + text[i:]


def _folded(text: str) -> str:
    """text in lower case where that keeps every character at its place, else as it is."""
    lower = text.lower()
    return lower if len(lower) == len(text) else text
