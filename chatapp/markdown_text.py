"""Text as a self-contained piece of a Markdown (CommonMark) document, for the Markdown export:
a code fence left open is closed, lines that would read as the document's own structure are
escaped, and typed line breaks are kept."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

_LINE_BREAK = re.compile(r"\r\n?")
# HTML blocks that run until an end marker, not until a blank line (CommonMark kinds 1 to
# 5): start, end.
_HTML_UNTIL_MARKER = (
    (re.compile(r"<(?:script|pre|style|textarea)(?:[\s>]|$)", re.IGNORECASE),
     re.compile(r"</(?:script|pre|style|textarea)>", re.IGNORECASE)),
    (re.compile(r"<!--"), re.compile(r"-->")),
    (re.compile(r"<\?"), re.compile(r"\?>")),
    (re.compile(r"<![A-Za-z]"), re.compile(r">")),
    (re.compile(r"<!\[CDATA\["), re.compile(r"\]\]>")),
)
# The HTML the export writes around reasoning.
_DETAILS = re.compile(r"</?details(?:[\s>/]|$)", re.IGNORECASE)
_STRUCTURE_HEADINGS = ("h1", "h2")  # a conversation's title, a message's heading
_PARSER = MarkdownIt("commonmark")


def _fence_closes(line: str, marker: str) -> bool:
    """Whether line closes a code fence opened with marker (CommonMark: up to three spaces,
    at least as many of the same character, then only spaces)."""
    match = re.fullmatch(r" {0,3}(`+|~+)[ \t]*", line)
    return bool(match) and match.group(1)[0] == marker[0] and len(match.group(1)) >= len(marker)


def _html_left_open(content: str) -> bool:
    """Whether an HTML block runs on to the end of the text (an HTML comment, <pre>, <script>
    ... without its end marker) or is the export's own <details>."""
    start = content.lstrip()
    if _DETAILS.match(start):
        return True
    return any(opening.match(start) and not end.search(content)
               for opening, end in _HTML_UNTIL_MARKER)


def _structure_lines(lines: list[str]) -> tuple[set[int], str | None]:
    """The lines of a message's text that CommonMark reads as the export's own structure
    (a level 1 or 2 heading, a thematic break, an HTML block that never ends, <details>),
    and the marker closing a code fence left open at its end (None when all are closed)."""
    found: set[int] = set()
    close = None
    for token in _PARSER.parse("\n".join(lines)):
        if token.level != 0 or token.map is None:
            continue
        first, end = token.map
        if token.type == "heading_open" and token.tag in _STRUCTURE_HEADINGS:
            found.add(first if token.markup.startswith("#") else end - 1)
        elif token.type == "hr" or (token.type == "html_block"
                                    and _html_left_open(token.content)):
            found.add(first)
        elif token.type == "fence" and not (
                end - first >= 2 and _fence_closes(lines[end - 1], token.markup)):
            close = token.markup
    return found, close


def hard_breaks(text: str) -> str:
    """Typed text (a user's message) for Markdown: its line breaks inside a paragraph kept
    (two spaces end the line: a hard break), code fences left as they are."""
    lines = _LINE_BREAK.sub("\n", text).split("\n")
    fence = None
    for i, line in enumerate(lines):
        opening = re.match(r" {0,3}(`{3,}|~{3,})", line)
        if fence is not None:
            fence = None if _fence_closes(line, fence) else fence
        elif opening:
            fence = opening.group(1)
        elif line.strip() and i + 1 < len(lines) and lines[i + 1].strip():
            lines[i] = line.rstrip() + "  "
    return "\n".join(lines)


def markdown_block(text: str) -> str:
    """text as a self-contained piece of a Markdown (CommonMark) document: a code fence left
    open (an answer cut off inside a code block) is closed at its end, and lines that would
    read as the document's structure (a level 1 or 2 heading such as "## You", a thematic
    break such as "---" or a setext underline, <details>, an HTML block that never ends)
    start with a backslash, so they show as the text they are. CR and CRLF line breaks
    become LF."""
    lines = _LINE_BREAK.sub("\n", text).rstrip().split("\n")
    for _ in range(len(lines) + 2):  # each pass changes at least one line for good
        found, close = _structure_lines(lines)
        if not found and close is None:
            break
        for number in found:
            line = lines[number]
            indent = len(line) - len(line.lstrip())
            lines[number] = f"{line[:indent]}\\{line[indent:]}"
        if close is not None:
            lines.append(close)
    return "\n".join(lines)
