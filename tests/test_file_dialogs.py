"""File dialogs open in the user's documents folder with a clean suggested name."""

from __future__ import annotations

from pathlib import Path

from chatapp.ui.file_dialogs import file_stem, user_folder


def test_suggested_names_keep_the_words_of_a_title() -> None:
    assert file_stem("Capitals & a poem <b>test</b>", "conversation") == "Capitals a poem test"
    assert file_stem("Résumé: 2026/11 — draft_v2", "x") == "Résumé 2026 11 draft_v2"
    assert file_stem("<>&!?", "conversation") == "conversation"
    assert len(file_stem("word " * 100, "x")) <= 80


def test_dialogs_start_in_the_documents_folder_or_home(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # never the folder the app was started from
    folder = Path(user_folder())
    assert folder.is_dir() and folder != tmp_path
    assert folder in (Path.home(), *Path.home().iterdir())
    assert Path(user_folder("x.json")) == folder / "x.json"
