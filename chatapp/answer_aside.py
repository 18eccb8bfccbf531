"""An answer the conversation database could not take, written to a file of its own so that
nothing is lost (the command line after its retries, the window when it closes)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from chatapp.answers import Answer
from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.export import MD_ASSISTANT_OF, MD_THINKING, MD_YOU
from chatapp.i18n import translate_text
from chatapp.markdown_text import hard_breaks, markdown_block

KEPT_ASIDE = QT_TRANSLATE_NOOP(
    "errors", "The answer could not be saved in the conversation database ({reason}); it "
    "was written to {path} instead.")


def aside_markdown(answer: Answer) -> str:
    """The question and its answer (with its reasoning) as Markdown, headed as an export
    heads them (chatapp.export), in the user's language."""
    def t(text: str) -> str:
        return translate_text("export", text)

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
    """The question and the answer (aside_markdown) in a new Markdown file of the temporary
    folder, under a name that says what it is; OSError when it cannot be written."""
    handle, name = tempfile.mkstemp(prefix="chatapp-unsaved-answer-", suffix=".md")
    with open(handle, "w", encoding="utf-8") as out:
        out.write(aside_markdown(answer))
    return Path(name)
