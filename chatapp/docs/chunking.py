"""Documents cut into overlapping chunks of about the same number of tokens, ending at a
paragraph or sentence where one is near, each keeping its page and heading.

Tokens here are words and punctuation marks (what a word-piece tokenizer makes about
1.3 of on English text, more on Indonesian, Malay or Filipino), counted without a model so
that indexing works before any model is chosen; a chunk of CHUNK_TOKENS fits the 512-token
context of the smallest embedding models.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chatapp.docs.extract import Section

CHUNK_TOKENS = 200
OVERLAP_TOKENS = 40

_TOKEN = re.compile(r"\w+|[^\w\s]")
_SENTENCE_END = frozenset(".!?。！？")


@dataclass
class Chunk:
    """A piece of a document for the index.

    Attributes:
        seq: its place in the document (0, 1, …).
        text: the chunk's text.
        heading: the heading path above it ("" for none).
        page: its page (PDF), or None.
        tokens: its size in tokens (words and punctuation marks).
    """

    seq: int
    text: str
    heading: str
    page: int | None
    tokens: int


def count_tokens(text: str) -> int:
    """The size of text in tokens (words and punctuation marks)."""
    return len(_TOKEN.findall(text))


def chunk_sections(sections: list[Section], size: int = CHUNK_TOKENS,
                   overlap: int = OVERLAP_TOKENS) -> list[Chunk]:
    """The chunks of a document's sections, in order; a section never shares a chunk with
    another (so every chunk has one page and one heading)."""
    chunks: list[Chunk] = []
    for section in sections:
        for text, tokens in _split(section.text, size, overlap):
            chunks.append(Chunk(len(chunks), text, section.heading, section.page, tokens))
    return chunks


def _split(text: str, size: int, overlap: int) -> list[tuple[str, int]]:
    """(chunk text, tokens) pieces of one section."""
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    n = len(spans)
    if n == 0:
        return []
    if n <= size:
        return [(text[spans[0][0]:spans[-1][1]], n)]
    pieces = []
    start = 0
    while start < n:
        end = min(n, start + size)
        if end < n:
            end = _boundary(text, spans, start, end)
        pieces.append((text[spans[start][0]:spans[end - 1][1]], end - start))
        if end >= n:
            break
        start = max(start + 1, _sentence_start(text, spans, end - overlap, end))
    return pieces


def _boundary(text: str, spans: list[tuple[int, int]], start: int, end: int) -> int:
    """Where to end a chunk of spans[start:end]: after a paragraph break or a sentence end
    in its last third, else at end."""
    low = start + (end - start) * 2 // 3
    best = None
    for i in range(end - 1, low, -1):
        gap = text[spans[i][1]:spans[i + 1][0]] if i + 1 < len(spans) else ""
        if "\n\n" in gap:
            return i + 1
        if best is None and text[spans[i][0]] in _SENTENCE_END:
            best = i + 1
    return best or end


def _sentence_start(text: str, spans: list[tuple[int, int]], low: int, end: int) -> int:
    """Where the next chunk starts: the first sentence start in spans[low:end], else low."""
    low = max(0, low)
    for i in range(low, end):
        if i > 0 and text[spans[i - 1][0]] in _SENTENCE_END:
            return i
    return low
