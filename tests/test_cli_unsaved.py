"""`chatapp chat` when the database cannot take the answer at its end (another program holds
it, or the disk is full): the answer is saved once it can be, else written to a file of its
own. A real answer of a tiny model in a real SQLite file, locked by a second connection."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from chatapp import cli_unsaved
from chatapp.cli import chosen_model
from chatapp.context import open_app
from chatapp.errors import UserError


def answered_while_locked(app, database: Path, max_tokens: int = 12,
                          n_ctx: int | None = None):
    """An answer whose end could not be stored: the database was locked by another
    connection once its first piece came; the answer and that connection."""
    conversation = app.store.create_conversation()
    sampling = app.settings.sampling
    sampling.max_tokens, sampling.temperature, sampling.seed = max_tokens, 0.0, 1
    model = chosen_model(app, None)
    if n_ctx is not None:
        app.chat.pipeline.model_options = {model.key: {"n_ctx": n_ctx}}
    _, answer = app.chat.send(conversation.id, "hello", model, sampling)
    pieces = iter(answer)
    next(pieces)
    other = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN EXCLUSIVE")
    for _ in pieces:
        pass
    assert answer.unsaved is not None and answer.text
    return answer, other


def test_the_answer_is_saved_once_the_database_is_free(tiny_home: Path, capsys) -> None:
    app = open_app()
    try:
        answer, other = answered_while_locked(app, app.paths.database)
        threading.Timer(3.0, other.rollback).start()  # the other program lets go
        cli_unsaved.keep(answer, wait_s=40)
        assert answer.unsaved is None
        stored = app.store.message(answer.message.id)
        assert stored.content == answer.text and stored.finish_reason in ("stop", "length")
        said = capsys.readouterr().err
        assert "Trying again for a minute to save the answer (Ctrl+C stops)." in said
        other.close()
    finally:
        app.close()


def test_an_answer_that_cannot_be_saved_is_written_to_a_file(tiny_home: Path) -> None:
    """The file is in the data folder (unsaved/, private), where the user's data lives (was:
    /tmp/chatapp-unsaved-answer-*.md, outside CHATAPP_HOME)."""
    app = open_app()
    try:
        answer, other = answered_while_locked(app, app.paths.database)
        with pytest.raises(UserError) as kept:
            cli_unsaved.keep(answer, wait_s=1)
        text = str(kept.value)
        assert text.startswith("The answer could not be saved in the conversation database (")
        path = Path(text.rsplit(" was written to ", 1)[1].removesuffix(" instead."))
        assert path.parent == app.paths.data / "unsaved"
        assert path.name.startswith("chatapp-unsaved-answer-") and path.suffix == ".md"
        assert (path.parent.stat().st_mode & 0o777, path.stat().st_mode & 0o777) == (
            0o700, 0o600)
        written = path.read_text(encoding="utf-8")  # the question is kept with its answer
        assert written == (f"## You\n\nhello\n\n## Assistant ({answer.model.display_name})"
                           f"\n\n{answer.text.rstrip()}\n")
        path.unlink()
        other.rollback()
        other.close()
    finally:
        app.close()


def test_an_answer_the_data_folder_cannot_take_goes_to_the_temporary_folder(
        tiny_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where unsaved/ cannot be made (a file has its name here; a full or read-only disk
    alike), the temporary folder takes the answer, and the message names that file."""
    import tempfile

    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    app = open_app()
    try:
        (app.paths.data / "unsaved").write_text("in the way", encoding="utf-8")
        answer, other = answered_while_locked(app, app.paths.database)
        with pytest.raises(UserError) as kept:
            cli_unsaved.keep(answer, wait_s=1)
        (path,) = temporary.glob("chatapp-unsaved-answer-*.md")
        assert str(kept.value).endswith(f" was written to {path} instead.")
        assert path.read_text(encoding="utf-8").endswith(f"{answer.text.rstrip()}\n")
        other.rollback()
        other.close()
    finally:
        app.close()


def test_an_answer_kept_in_memory_that_filled_the_context_says_so(
        tiny_home: Path, long_answers) -> None:
    """The answer in memory knows the context it was made with: one that filled it is not
    said to be cut off at the token limit (was: "--max-tokens gives more")."""
    from chatapp.cli_endings import ending_note

    app = open_app()
    try:
        answer, other = answered_while_locked(app, app.paths.database, max_tokens=4000,
                                              n_ctx=256)
        message = answer.message
        assert (message.finish_reason, message.n_ctx, message.filled_context) == (
            "length", 256, True)
        assert ending_note(message, True, 4000).startswith(
            "Cut off where the model's context (256 tokens) was full")
        other.rollback()
        other.close()
    finally:
        app.close()
