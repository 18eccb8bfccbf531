"""Word (BM25) and vector search over the chunks of document collections (part of Documents).

Word search ranks by BM25 with statistics of the searched collections alone (so what one
collection finds never depends on another), and function words ("is", "yang", "ang")
never make a passage match. Text in scripts written without spaces between words (Chinese,
Japanese, Thai…), which the index's tokenizer keeps as whole runs, is indexed and searched
by its two-character pieces too (bigrams, as Lucene's CJK analyzer cuts it): each chunk's
`pieces` column holds them, with the words of spaced scripts glued to such runs ("GPU显卡").
"""

from __future__ import annotations

import functools
import math
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from chatapp.store.doc_records import Collection
from chatapp.store.records import IN_IDS, json_ids
from chatapp.store.repository import Store

RRF_K = 60  # reciprocal rank fusion: score = sum of 1 / (RRF_K + rank)
# A word found in more than this share of the searched collections' chunks says little
# about any of them: it is left out of the search (unless every word is that common) when
# they have at least COMMON_MIN_CHUNKS chunks (fewer cannot tell common from rare).
COMMON_SHARE = 0.5
COMMON_MIN_CHUNKS = 50
# BM25's term-frequency saturation and length normalization (FTS5's own values), and the
# weight of a word in a chunk's heading against one in its text.
BM25_K1, BM25_B = 1.2, 0.75
HEADING_WEIGHT = 2.0
# Merges the chunk index into one segment: FTS5 keeps the words of deleted chunks in its
# older segments (and the deletions as markers) until they are merged, so every removal of
# document text ends with it (about 0.3 s for 40,000 chunks of 80 words on 2 cores).
CHUNKS_OPTIMIZE = "INSERT INTO doc_chunks_fts (doc_chunks_fts) VALUES ('optimize')"


@functools.cache
def word_pattern() -> re.Pattern[str]:
    """A word as the index's tokenizer (unicode61) cuts text: letters, digits and marks (the
    vowel signs of Thai or Devanagari, combining accents), which Python's \\w leaves out."""
    marks, start = [], None
    for code in range(0x20000):  # no marks above but the variation selectors, added below
        if unicodedata.category(chr(code))[0] == "M":
            start = code if start is None else start
        elif start is not None:
            marks.append(f"{chr(start)}-{chr(code - 1)}")
            start = None
    marks.append("\U000e0100-\U000e01ef")
    return re.compile(f"(?:[^\\W_]|[{''.join(marks)}])+")

MAX_PIECES = 64  # a query's bigrams searched (as its words: match_terms keeps 64)
# Letters of scripts written without spaces between words: Thai, Lao, Myanmar, Khmer,
# Hiragana, Katakana, Han (with extension A and compatibility ideographs), Hangul
# syllables and half-width Katakana.
SPACELESS = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff"
                       "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
                       "\uff66-\uff9f]+")


def match_terms(query: str) -> list[str]:
    """The query's words, lowercased, each once, in order (at most 64)."""
    return list(dict.fromkeys(w.lower() for w in word_pattern().findall(query)))[:64]


def split_spaceless(words: Iterable[str]) -> tuple[list[str], list[str]]:
    """(words, pieces): the words with their runs of spaceless scripts cut out (what stays
    of a word is a word of its own), and those runs as the pieces a search looks for: the
    run itself when it has at most two characters, else its overlapping bigrams (the
    first MAX_PIECES)."""
    kept: list[str] = []
    pieces: list[str] = []
    for word in words:
        bits, rest = _cut(word)
        pieces += bits
        kept += rest
    return list(dict.fromkeys(kept)), list(dict.fromkeys(pieces))[:MAX_PIECES]


def _cut(word: str) -> tuple[list[str], list[str]]:
    """(the bigrams of a word's runs of spaceless scripts, the words glued to them)."""
    return ([piece for run in SPACELESS.findall(word) for piece in bigrams(run)],
            [w for w in SPACELESS.split(word) if w])


def bigrams(run: str) -> list[str]:
    """A run of a spaceless script as the pieces it is searched by: itself when it has at
    most two characters, else its overlapping bigrams."""
    return [run] if len(run) <= 2 else [run[i:i + 2] for i in range(len(run) - 1)]


def pieces_of(*texts: str) -> str:
    """What a chunk's `pieces` column holds for its texts (heading, text): for each word of
    the index's tokenizer that holds a spaceless script and is not itself a run of at most
    two characters (the index has those as they are), the bigrams of its runs and the
    words glued to them, space-separated; "" for text without such scripts."""
    found: list[str] = []
    for text in texts:
        if not SPACELESS.search(text):
            continue
        for word in word_pattern().findall(text):
            if not SPACELESS.search(word) or (len(word) <= 2 and SPACELESS.fullmatch(word)):
                continue
            bits, rest = _cut(word)
            found += bits + rest
    return " ".join(found)


def stems(words: Iterable[str]) -> dict[str, str]:
    """word -> the form FTS5's porter tokenizer indexes it under (asked of SQLite itself:
    lowercased, without accents, stemmed); a word it makes no token of stays as it is."""
    words = list(dict.fromkeys(words))
    found: dict[str, str] = {}
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter unicode61"
                     " remove_diacritics 2')")
        conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
        conn.executemany("INSERT INTO t (rowid, x) VALUES (?, ?)",
                         [(i + 1, w) for i, w in enumerate(words)])
        for doc, term in conn.execute("SELECT doc, term FROM v ORDER BY doc, offset DESC"):
            found[words[doc - 1]] = term  # a word cut in several tokens: its first
    finally:
        conn.close()
    return {w: found.get(w, w) for w in words}


def _bm25(tf: float, length: int, average: float, idf: float) -> float:
    """One word's part of a chunk's BM25 score (higher is better)."""
    norm = BM25_K1 * (1 - BM25_B + BM25_B * length / max(average, 1e-9))
    return idf * tf * (BM25_K1 + 1) / (tf + norm)


def pack(vector: Sequence[float]) -> bytes:
    """A vector as sqlite-vec's float32 blob."""
    import numpy as np

    return np.asarray(vector, dtype=np.float32).tobytes()


def vec_table(collection_id: int) -> str:
    """The name of a collection's vector table (sqlite-vec)."""
    return f"doc_vectors_{int(collection_id)}"


class DocumentSearch:
    """The searches of document collections (part of Documents: uses its store)."""

    store: Store
    _sizes: dict[tuple, tuple[int, int]]  # see _size (set by Documents)

    def search_words(self, collection_ids: Sequence[int], query: str,
                     limit: int = 20) -> list[tuple[int, float]]:
        """BM25 search: (chunk id, score — lower is better) of the best chunks of the
        collections for the query's words (any of them), ranked with the statistics of these
        collections alone. Function words never make a chunk match (a query of nothing else
        finds nothing), nor words found in most of the chunks (unless every word is that
        common)."""
        words = match_terms(query)
        if not words or not collection_ids:
            return []
        from chatapp.docs.stopwords import is_stop_word

        spaced, pieces = split_spaceless(words)
        kept = [w for w in spaced if not is_stop_word(w)]
        if not kept and not pieces:
            return []
        terms = list(dict.fromkeys([*stems(kept).values(), *pieces]))
        total, tokens = self._size(collection_ids)
        if not total:
            return []
        average = tokens / total
        # (term, chunk) -> weighted count: a word in the heading counts HEADING_WEIGHT times
        counts: dict[str, dict[int, float]] = {t: {} for t in terms}
        sizes: dict[int, int] = {}
        self._count_words(collection_ids, terms, counts, sizes)
        found = {t: c for t, c in counts.items() if c}
        telling = {t: c for t, c in found.items() if total < COMMON_MIN_CHUNKS
                   or len(c) <= total * COMMON_SHARE} or found
        scores: dict[int, float] = {}
        for chunks in telling.values():
            # never negative: a word in most chunks still counts a little (Lucene's form)
            idf = math.log(1 + (total - len(chunks) + 0.5) / (len(chunks) + 0.5))
            for chunk_id, tf in chunks.items():
                scores[chunk_id] = scores.get(chunk_id, 0.0) + _bm25(
                    tf, sizes[chunk_id], average, idf)
        best = sorted(scores, key=lambda i: (-scores[i], i))[:limit]
        return [(i, -scores[i]) for i in best]

    def _count_words(self, collection_ids: Sequence[int], terms: list[str],
                     counts: dict[str, dict[int, float]], sizes: dict[int, int]) -> None:
        """counts[term][chunk] += the term's weighted count in each live chunk of the
        collections that has it (from the index); sizes[chunk] = its length in tokens."""
        self._ensure_vocabulary()
        marks = ", ".join("?" for _ in collection_ids)
        term_marks = ", ".join("?" for _ in terms)
        for row in self.store._rows(
                f"""SELECT v.term AS term, v.doc AS doc, v.col AS col, count(*) AS n,
                       c.tokens AS tokens
                   FROM temp.doc_chunks_instances v JOIN doc_chunks c ON c.id = v.doc
                   WHERE v.term IN ({term_marks}) AND c.collection_id IN ({marks})
                       AND c.live = 1
                   GROUP BY v.term, v.doc, v.col""", [*terms, *collection_ids]):
            weight = HEADING_WEIGHT if row["col"] == "heading" else 1.0
            per_chunk = counts[row["term"]]
            per_chunk[row["doc"]] = per_chunk.get(row["doc"], 0.0) + weight * row["n"]
            sizes[row["doc"]] = row["tokens"]

    def _size(self, collection_ids: Sequence[int]) -> tuple[int, int]:
        """(chunks, tokens) of the collections' live chunks: read once (a scan of their
        chunks), then kept until the database changes (this connection's writes, or another
        process's: SQLite's data_version)."""
        store = self.store
        key = (tuple(sorted(set(collection_ids))), store.version())
        if key not in self._sizes:
            marks = ", ".join("?" for _ in key[0])
            row = store._rows(
                f"SELECT count(*) AS n, coalesce(sum(tokens), 0) AS tokens FROM doc_chunks"
                f" WHERE collection_id IN ({marks}) AND live = 1", list(key[0]))[0]
            self._sizes = {key: (row["n"], row["tokens"])}  # the newest only
        return self._sizes[key]

    def _ensure_vocabulary(self) -> None:
        """The fts5vocab view of where each word stands in the chunk index (kept in memory: a
        TEMP table)."""
        try:
            self.store._rows("SELECT 1 FROM temp.doc_chunks_instances LIMIT 0")
        except sqlite3.OperationalError:
            with self.store._lock:
                self.store.db.execute(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.doc_chunks_instances"
                    " USING fts5vocab(main, doc_chunks_fts, 'instance')")

    def search_vectors(self, collection: Collection, vector: Sequence[float],
                       limit: int = 20) -> list[tuple[int, float]]:
        """Nearest chunks of one collection to a query vector: (chunk id, cosine distance)."""
        if not collection.embed_dim:
            return []
        return [(r["chunk_id"], r["distance"]) for r in self.store._rows(
            f"SELECT chunk_id, distance FROM {vec_table(collection.id)}"
            " WHERE embedding MATCH ? AND k = ? ORDER BY distance", [pack(vector), limit])]

    def chunks(self, chunk_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """Chunks by id with their file's path: id -> {collection_id, path, page, heading,
        text, tokens}."""
        return {row["id"]: row for row in self.store._rows(
            f"""SELECT c.id, c.collection_id, f.path, c.page, c.heading, c.text, c.tokens
               FROM doc_chunks c JOIN doc_files f ON f.id = c.file_id
               WHERE c.id IN {IN_IDS}""", [json_ids(chunk_ids)])}
