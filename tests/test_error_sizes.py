"""Sizes inside stored errors (an out-of-memory answer) are written in the language shown
when the answer is shown, not the one the error was made in (a real SQLite file, Qt's
translators installed in turn)."""

from __future__ import annotations

import json
from pathlib import Path

from chatapp.engine.load_errors import NO_MEMORY
from chatapp.engine.outcomes import EngineError
from chatapp.errors import Bytes, stored_error
from chatapp.store import Store


def _failed_answer(store: Store, error_data: str, error: str) -> int:
    c = store.create_conversation("too big")
    u = store.add_message(c.id, None, "user", "hi")
    a = store.add_message(c.id, u.id, "assistant", "")
    store.finish_message(a.id, "", "error", error=error, error_data=error_data)
    return a.id


def test_an_out_of_memory_error_writes_its_sizes_in_the_language_shown_now(
        tmp_path: Path) -> None:
    """was: "40,5 GB" still shown in English after the user switched from Indonesian (the
    size was written into the error when it was made)."""
    from languages import in_each_language
    from PySide6.QtWidgets import QApplication

    from chatapp.ui.app import install_language, make_application
    from chatapp.ui.errors import answer_error_text

    app = QApplication.instance() or make_application()
    store = Store(tmp_path / "chats.db")
    try:
        install_language(app, "id")  # the error is made while the window is in Indonesian
        error = EngineError(NO_MEMORY, name="big.gguf", need=Bytes(40_500_000_000),
                            free=Bytes(7_200_000_000))
        answer = _failed_answer(store, json.dumps(error.to_dict()), str(error))
        store.close()
        store = Store(tmp_path / "chats.db")  # read back from the file
        said = {language: answer_error_text(store.message(answer))
                for language in in_each_language()}
    finally:
        install_language(app, "en")
        store.close()
    assert "40.5 GB" in said["en"] and "7.2 GB" in said["en"] and "40,5" not in said["en"]
    for language in ("id", "ms", "fil"):  # each as its language writes decimals
        decimal = "," if language == "id" else "."
        assert f"40{decimal}5 GB" in said[language], said[language]
    assert len(set(said.values())) == len(said)  # each in its own words


def test_errors_stored_before_keep_their_sizes_as_they_were_written(tmp_path: Path) -> None:
    """An older database's error (its sizes stored as text) still reads as it was stored;
    a size of 0 bytes stays a size."""
    old = {"template": NO_MEMORY, "params": {"name": "big.gguf", "need": "40,5 GB",
                                             "free": "7,2 GB"}}
    error = stored_error(json.dumps(old))
    assert error is not None and "40,5 GB" in str(error) and "7,2 GB" in str(error)
    zero = stored_error(json.dumps(EngineError(NO_MEMORY, name="x", need=Bytes(5),
                                               free=Bytes(0)).to_dict()))
    assert zero is not None and isinstance(zero.params["free"], Bytes)
    assert "5 B" in str(zero) and "0 B free" in str(zero)
