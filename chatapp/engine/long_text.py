"""Long texts through llama.cpp's tokenizer in pieces.

Its time grows faster than the text with some vocabularies: a 32,000-token SentencePiece
vocabulary took 0.6 s for 60,000 characters and 21 s for 240,000, so a 2 MB message sent to
the local API held its model for ten minutes before it could be refused as too long for the
context. Pieces of PIECE_CHARS characters, cut at white space, take time in proportion to
the text instead; counted in pieces, a text far longer than the context is refused after
reading only as much of it as the context holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

LONG_TEXT = 16_384  # characters: a text this long or shorter is tokenized whole
PIECE_CHARS = 2048  # characters tokenized at a time
CUT_TOKENS = 16  # the most tokens a cut between two pieces may add to their count
OVERLAP = 256  # characters a piece shares with the next where a marker must not be cut


def pieces(text: str, overlap: int = 0) -> Iterator[str]:
    """text in pieces of about PIECE_CHARS characters, each cut before white space where
    the last OVERLAP characters of a piece have some, each beginning overlap characters
    before the previous one's end (0: the pieces join to text)."""
    at = 0
    while at < len(text):
        end = min(at + PIECE_CHARS, len(text))
        if end < len(text):
            space = max(text.rfind(" ", end - OVERLAP, end), text.rfind("\n", end - OVERLAP, end))
            end = space if space > at else end
        yield text[max(at - overlap, 0):end]
        at = end


def surely_over(llm: Any, text: str, limit: int, special: bool = True) -> int | None:
    """About how many tokens text makes, when it surely makes more than limit; None when it
    may not (or is short enough to tokenize whole). Pieces are tokenized until their tokens,
    less CUT_TOKENS a cut, pass limit; the rest is counted in proportion."""
    if len(text) <= LONG_TEXT:
        return None
    count = read = 0
    for cuts, part in enumerate(pieces(text)):  # (cuts: between the pieces read)
        count += len(llm.tokenize(part.encode("utf-8"), add_bos=False, special=special))
        read += len(part)
        if count - CUT_TOKENS * cuts > limit:
            return max(int(count * len(text) / read), limit + 1)
    return None


def tokenize_long(llm: Any, text: str, special: bool) -> list[int]:
    """text's tokens; a long one's in pieces (within CUT_TOKENS a cut of the whole's)."""
    if len(text) <= LONG_TEXT:
        return llm.tokenize(text.encode("utf-8"), add_bos=False, special=special)
    return [token for part in pieces(text)
            for token in llm.tokenize(part.encode("utf-8"), add_bos=False, special=special)]
