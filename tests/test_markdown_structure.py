"""A message's text stays inside its message in the Markdown export: a code block it leaves
open is closed, and its lines never read as the export's headings or separators (checked
by parsing the export with markdown-it, CommonMark)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from chatapp.export import export_markdown
from chatapp.store import Store

PARSER = MarkdownIt("commonmark")


def _conversation(store: Store, title: str, answer: str, reason: str = "stop",
                  reasoning: str | None = None, question: str = "hi") -> None:
    c = store.create_conversation(title)
    u = store.add_message(c.id, None, "user", question)
    a = store.add_message(c.id, u.id, "assistant", "", model_name="tiny.gguf")
    store.finish_message(a.id, answer, reason, reasoning=reasoning)


def _top(tokens: list[Token]) -> list[tuple[str, str]]:
    """The export's structure as CommonMark reads it: (h1 / h2 / hr, heading text)."""
    out = []
    for i, token in enumerate(tokens):
        if token.level == 0 and token.type == "heading_open":
            out.append((token.tag, tokens[i + 1].content))
        elif token.level == 0 and token.type == "hr":
            out.append(("hr", ""))
    return out


def _structure(*titles: str) -> list[tuple[str, str]]:
    """The structure an export of conversations with one exchange each must have."""
    out: list[tuple[str, str]] = []
    for title in titles:
        out += [("hr", "")] if out else []
        out += [("h1", title), ("h2", "You"), ("h2", "Assistant (tiny)")]
    return out


OPEN_FENCES = ["```", "```python", "~~~", "````", "   ```", "~~~~~~ js", "``` py {x}"]


@pytest.mark.parametrize("opening", OPEN_FENCES)
def test_a_code_block_left_open_ends_with_its_message(store: Store, opening: str) -> None:
    run = opening.split()[0]
    other = "~~~~~~" if run[0] == "`" else "``````"
    shorter = run[:-1]  # a shorter run does not close the block
    code = f"line_1 = 1\n{shorter}\n{other}\n# not a heading\n---\n\n\nline_38 = 38"
    _conversation(store, "first", f"Here it is:\n{opening}\n{code}", reason="length")
    _conversation(store, "second", "All fine.")
    text = export_markdown(store, store.conversations()[::-1])
    tokens = PARSER.parse(text)
    assert _top(tokens) == _structure("first", "second")
    (fence,) = [t for t in tokens if t.type == "fence"]
    assert fence.content == code + "\n"
    notes = [t.content for t in tokens if t.type == "inline" and "token limit" in t.content]
    assert notes == ["*(cut off at the token limit)*"]  # the finish note is text, not code


def test_a_fence_left_open_inside_a_list_ends_with_its_list(store: Store) -> None:
    _conversation(store, "first", "1. Run:\n   ```sh\n   make\n\n   ## still code")
    _conversation(store, "second", "ok")
    tokens = PARSER.parse(export_markdown(store, store.conversations()[::-1]))
    assert _top(tokens) == _structure("first", "second")


STRUCTURE_LINES = ["## User", "## You", "## Assistant", "# Title", "## Assistant (tiny)",
                   "---", "***", "___", "- - -", "  ---", "#", "##"]


@pytest.mark.parametrize("line", STRUCTURE_LINES)
def test_lines_like_the_exports_own_structure_show_as_text(store: Store, line: str) -> None:
    answer = f"Before\n\n{line}\n\nafter\n{line}\nend"
    _conversation(store, "first", answer, question=line)
    _conversation(store, "second", "ok")
    text = export_markdown(store, store.conversations()[::-1])
    tokens = PARSER.parse(text)
    assert _top(tokens) == _structure("first", "second")
    shown = PARSER.render(text)
    assert shown.count(line.strip()) >= 3 or line.strip() in ("#", "##")


@pytest.mark.parametrize("answer", [
    "Title\n===\nmore", "Title\n---", "Title\n-", "<!-- a comment left open\n# Heading",
    "<pre>\nleft open", "<script>\nx", "<![CDATA[ open", "<?php open", "<!DOCTYPE open",
    "</details>\n\n## You", "<details>\n", "a\r## You\r\n---\rb",
])
def test_setext_html_and_other_breaks_never_reach_the_structure(store: Store,
                                                               answer: str) -> None:
    _conversation(store, "first", answer)
    _conversation(store, "second", "ok")
    tokens = PARSER.parse(export_markdown(store, store.conversations()[::-1]))
    assert _top(tokens) == _structure("first", "second")


def test_a_closed_code_block_and_its_headings_stay_as_they_are(store: Store) -> None:
    answer = "### Steps\n\n```python\n## User\n---\n```\n\n~~~\nx\n~~~\n\n#### Notes"
    _conversation(store, "first", answer)
    text = export_markdown(store, store.conversations())
    assert answer in text
    tokens = PARSER.parse(text)
    assert [t.tag for t in tokens if t.type == "heading_open"] == ["h1", "h2", "h2", "h3",
                                                                  "h4"]
    assert [t.content for t in tokens if t.type == "fence"] == ["## User\n---\n", "x\n"]


def test_reasoning_left_open_in_code_stays_in_its_details(store: Store) -> None:
    _conversation(store, "first", "Answer", reasoning="Plan:\n```\ncode\n</details>\n## You")
    _conversation(store, "second", "ok")
    text = export_markdown(store, store.conversations()[::-1])
    tokens = PARSER.parse(text)
    assert _top(tokens) == _structure("first", "second")
    html = [t.content.strip() for t in tokens if t.type == "html_block"]
    assert html == ["<details><summary>Thinking</summary>", "</details>"]


def test_titles_and_model_names_with_line_breaks_stay_one_heading(store: Store) -> None:
    _conversation(store, "first\n---\nline", "ok")
    (c,) = store.conversations()
    text = export_markdown(store, [c])
    assert _top(PARSER.parse(text)) == _structure("first --- line")


def test_cli_markdown_export_keeps_later_conversations(tmp_path: Path) -> None:
    from chatapp.paths import app_paths

    app_store = Store(app_paths().ensure().database)
    try:
        _conversation(app_store, "first", "```python\nline_1 = 1\n## User", reason="length")
        _conversation(app_store, "second", "All fine.")
    finally:
        app_store.close()
    target = tmp_path / "all.md"
    out = subprocess.run([sys.executable, "-m", "chatapp", "export", "--all", "--format", "md",
                          "-o", str(target)], capture_output=True, text=True, timeout=60,
                         env=os.environ.copy())
    assert out.returncode == 0, out.stderr
    tokens = PARSER.parse(target.read_text(encoding="utf-8"))
    assert sorted(text for tag, text in _top(tokens) if tag == "h1") == ["first", "second"]
    assert [t.content for t in tokens if t.type == "fence"] == ["line_1 = 1\n## User\n"]
