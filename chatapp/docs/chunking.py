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
MAX_CHARS_PER_TOKEN = 12

_TOKEN = re.compile(r"\w+|[^\w\s]")


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
    """(chunk text, tokens) pieces of one section: windows of about size tokens (measured
    in characters at the section's own characters-per-token), ended at a paragraph or
    sentence end where one is near, each counted exactly and shrunk until it fits."""
    text = text.strip()
    sample = text[:20000]
    sampled = len(_TOKEN.findall(sample))
    if sampled == 0:
        return []
    longest = size * MAX_CHARS_PER_TOKEN  # a blob without spaces is cut all the same
    if len(sample) == len(text) and sampled <= size and len(text) <= longest:
        return [(text, sampled)]
    per_token = len(sample) / sampled
    window = max(1, min(longest, int(size * per_token)))
    back = max(1, min(window // 2, int(overlap * per_token)))
    pieces = []
    start = 0
    while start < len(text):
        end = min(len(text), start + window)
        while True:
            if end < len(text):
                end = _boundary(text, start, end)
            piece = text[start:end].strip()
            tokens = len(_TOKEN.findall(piece))
            if (tokens <= size and end - start <= longest) or end - start <= 1:
                break
            end = start + max(1, int((end - start) * size / tokens * 0.95))
        if piece:
            pieces.append((piece, tokens))
        if end >= len(text):
            break
        # the next chunk overlaps this one by about overlap tokens, at most half of it
        start = max(start + 1, _next_start(text, max(start + (end - start) // 2, end - back),
                                           end))
    return pieces


def _boundary(text: str, start: int, end: int) -> int:
    """Where to end the chunk text[start:end]: after a paragraph break or a sentence end in
    its last third, else after a space, else at end."""
    low = start + (end - start) * 2 // 3
    found = text.rfind("\n\n", low, end)
    if found >= 0:
        return found
    best = max(text.rfind(mark, low, end) for mark in (". ", "! ", "? ", ".\n", "。"))
    if best >= 0:
        return best + 1
    space = text.rfind(" ", low, end)
    return space if space > start else end


def _next_start(text: str, low: int, end: int) -> int:
    """Where the next chunk starts: the first sentence start in text[low:end], else the
    first word start after low."""
    low = max(0, low)
    best = min((i for i in (text.find(mark, low, end) for mark in (". ", "! ", "? "))
                if i >= 0), default=-1)
    if best >= 0:
        return best + 2
    space = text.find(" ", low, end)
    return space + 1 if space >= 0 else low
