"""An answer the conversation database could not take, written to a file of its own so that
nothing is lost (the command line after its retries, the window when it closes): in the
data folder beside the database (unsaved/), or in the temporary folder when that folder
cannot take it (its disk is full or read-only)."""

from __future__ import annotations

import tempfile
from functools import partial
from pathlib import Path

from chatapp.answers import Answer
from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.export import MD_ASSISTANT_OF, MD_THINKING, MD_YOU
from chatapp.i18n import translate_text
from chatapp.markdown_text import hard_breaks, markdown_block

KEPT_ASIDE = QT_TRANSLATE_NOOP(
    "errors", "The answer could not be saved in the conversation database ({reason}); it "
    "was written to {path} instead.")
UNSAVED_FOLDER = "unsaved"  # in the database's folder
PREFIX = "chatapp-unsaved-answer-"


def aside_markdown(answer: Answer) -> str:
    """The question and its answer (with its reasoning) as Markdown, headed as an export
    heads them (chatapp.export), in the user's language."""
    t = partial(translate_text, "export")
    question = next((m.get("content") for m in reversed(answer.messages)
                     if m.get("role") == "user"), None)
    lines = []
    if isinstance(question, str) and question.strip():
        lines += [f"## {t(MD_YOU)}", "", markdown_block(hard_breaks(question)), ""]
    lines.append("## " + t(MD_ASSISTANT_OF).format(model=answer.model.display_name))
    if answer.reasoning:
        lines += ["", f"<details><summary>{t(MD_THINKING)}</summary>", "",
                  markdown_block(answer.reasoning.strip()), "", "</details>"]
    return "\n".join([*lines, "", markdown_block(answer.text), ""])


def write_aside(answer: Answer) -> Path:
    """Write the question and the answer (aside_markdown) to a new Markdown file, named to
    say what it is, in the folder unsaved/ beside the conversation database (made private
    to the user), else in the temporary folder; its path. OSError when neither can take it
    (a file begun and not finished is deleted)."""
    text = aside_markdown(answer)
    try:
        folder = Path(answer.pipeline.store.path).parent / UNSAVED_FOLDER
        folder.mkdir(mode=0o700, exist_ok=True)
        return _write_new(folder, text)
    except OSError:
        return _write_new(None, text)


def _write_new(folder: Path | None, text: str) -> Path:
    """text in a new file of folder (None: the temporary folder), readable by this user
    only; its path, or OSError (nothing left behind)."""
    handle, name = tempfile.mkstemp(prefix=PREFIX, suffix=".md", dir=folder)
    try:
        with open(handle, "w", encoding="utf-8") as out:
            out.write(text)
    except OSError:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)
