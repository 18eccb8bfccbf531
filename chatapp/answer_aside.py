"""An answer the conversation database could not take, written to a file of its own so that
nothing is lost (the command line after its retries, the window when it closes)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from chatapp.answers import Answer
from chatapp.cli_endings import REASONING
from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.i18n import translate_text

KEPT_ASIDE = QT_TRANSLATE_NOOP(
    "errors", "The answer could not be saved in the conversation database ({reason}); it "
    "was written to {path} instead.")


def write_aside(answer: Answer) -> Path:
    """The answer's text (and reasoning) in a new Markdown file of the temporary folder,
    under a name that says what it is; OSError when it cannot be written."""
    handle, name = tempfile.mkstemp(prefix="chatapp-unsaved-answer-", suffix=".md")
    with open(handle, "w", encoding="utf-8") as out:
        out.write(answer.text + "\n")
        if answer.reasoning:
            out.write("\n---\n\n" + translate_text("cli", REASONING) + "\n\n"
                      + answer.reasoning + "\n")
    return Path(name)
