"""File dialogs open where a file was last chosen, else in the user's documents folder, with
a clean suggested name; a saved file's extension follows the format chosen in the dialog
(real Qt dialog offscreen, real SQLite database)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from chatapp.ui.file_dialogs import file_stem, user_folder

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def test_suggested_names_keep_the_words_of_a_title() -> None:
    assert file_stem("Capitals & a poem <b>test</b>", "conversation") == "Capitals a poem test"
    assert file_stem("Résumé: 2026/11 — draft_v2", "x") == "Résumé 2026 11 draft_v2"
    assert file_stem("<>&!?", "conversation") == "conversation"
    assert len(file_stem("word " * 100, "x")) <= 80


def test_dialogs_start_in_the_documents_folder_or_home(tmp_path: Path, monkeypatch) -> None:
    from chatapp.ui import file_dialogs

    monkeypatch.setattr(file_dialogs, "_last_folder", {})
    monkeypatch.chdir(tmp_path)  # never the folder the app was started from
    folder = Path(user_folder())
    assert folder.is_dir() and folder != tmp_path
    assert folder in (Path.home(), *Path.home().iterdir())
    assert Path(user_folder("x.json")) == folder / "x.json"
    # then where a file was last chosen (an import finds the file just exported)
    assert file_dialogs.remember(str(tmp_path / "chat.json")) == str(tmp_path / "chat.json")
    assert Path(user_folder()) == tmp_path
    file_dialogs.remember(str(tmp_path / "gone" / "chat.json"))  # a folder since removed
    assert Path(user_folder()) == folder
    # a folder chosen: the next dialog opens in it
    (tmp_path / "exports").mkdir()
    file_dialogs.remember(str(tmp_path / "exports"), folder=True)
    assert Path(user_folder()) == tmp_path / "exports"
    # documents and models keep their own folder: an export is not saved among the
    # documents a collection indexes (it would be cited as a source)
    (tmp_path / "docs").mkdir()
    file_dialogs.remember(str(tmp_path / "docs"), folder=True, kind=file_dialogs.DOCUMENTS)
    assert Path(user_folder(kind=file_dialogs.DOCUMENTS)) == tmp_path / "docs"
    assert Path(user_folder()) == tmp_path / "exports"
    assert Path(user_folder(kind=file_dialogs.MODELS)) == folder


def test_a_name_gets_the_chosen_format_extension() -> None:
    from chatapp.ui.file_dialogs import with_extension

    assert with_extension("Trip.json", "md", ["json"]) == "Trip.md"
    assert with_extension("Trip", "md", ["json"]) == "Trip.md"
    assert with_extension("Trip.", "md", ["json"]) == "Trip.md"
    assert with_extension("Trip.MD", "md", ["json"]) == "Trip.MD"
    assert with_extension("v1.2 notes", "json", ["md"]) == "v1.2 notes.json"
    assert with_extension(".json", "md", ["json"]) == ".json.md"


def export_with(qtbot, window, folder: Path, steps) -> Path | None:
    """Export the shown conversation with Ctrl+Shift+E; steps(dialog, name box, filter box)
    acts in the dialog, which is in folder. Returns the file written."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

    from chatapp.ui.file_dialogs import SaveDialog

    seen = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SaveDialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)  # the keyboard is in the dialog, as for a user
        dialog.setDirectory(str(folder))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        seen.append(name.text())
        steps(dialog, name, dialog.findChild(QComboBox, "fileTypeCombo"))

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before = set(folder.iterdir())
    QTimer.singleShot(0, act)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL | SHIFT)
    assert seen == ["Trip to Rome.json"]  # the dialog was shown, with JSON first
    made = set(folder.iterdir()) - before
    return made.pop() if made else None


def test_the_exported_file_ends_as_its_chosen_format(qtbot, chatapp_home: Path,
                                                     tmp_path: Path) -> None:
    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.main_window import MainWindow

    make_application()
    ctx = open_app()
    conversation = ctx.store.create_conversation("Trip to Rome")
    question = ctx.store.add_message(conversation.id, None, "user", "Where to eat?")
    ctx.store.add_message(conversation.id, question.id, "assistant", "Trastevere.",
                          finish_reason="stop")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    folder = tmp_path / "out"
    folder.mkdir()
    try:
        def markdown_by_keyboard(dialog, name, filters) -> None:
            filters.setFocus()
            qtbot.keyClick(filters, Qt.Key.Key_Down)  # as a user picks it
            assert name.text() == "Trip to Rome.md" and dialog.defaultSuffix() == "md"
            dialog.grab().save(str(chatapp_home / "export.png"))
            qtbot.keyClick(name, Qt.Key.Key_Return)

        written = export_with(qtbot, window, folder, markdown_by_keyboard)
        assert written == folder / "Trip to Rome.md"
        assert written.read_text(encoding="utf-8").startswith("# Trip to Rome")

        def typed_without_extension(dialog, name, filters) -> None:
            filters.setFocus()
            qtbot.keyClick(filters, Qt.Key.Key_Down)
            name.setFocus()
            name.selectAll()
            qtbot.keyClicks(name, "notes")
            qtbot.keyClick(name, Qt.Key.Key_Return)

        written = export_with(qtbot, window, folder, typed_without_extension)
        assert written == folder / "notes.md" and "Trastevere." in written.read_text()
        # the dialogs' recent folders stay in the app's config folder (was: QtProject.conf
        # in the system's, also with CHATAPP_HOME)
        from PySide6.QtCore import QSettings

        kept = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
        assert kept.parent == chatapp_home / "config", kept

        def filter_set_then_enter(dialog, name, filters) -> None:
            filters.setCurrentIndex(1)  # no signal: the name is set right when accepted
            name.setFocus()
            name.selectAll()
            qtbot.keyClicks(name, "plan")
            qtbot.keyClick(name, Qt.Key.Key_Return)

        written = export_with(qtbot, window, folder, filter_set_then_enter)
        assert written == folder / "plan.md" and not (folder / "plan.json").exists()

        def typed_markdown_name(dialog, name, filters) -> None:  # the filter left at JSON
            name.setFocus()
            name.selectAll()
            qtbot.keyClicks(name, "typed.md")
            qtbot.keyClick(name, Qt.Key.Key_Return)

        written = export_with(qtbot, window, folder, typed_markdown_name)
        assert written == folder / "typed.md" and not (folder / "typed.json").exists()
        assert written.read_text(encoding="utf-8").startswith("# Trip to Rome")

        def json_kept(dialog, name, filters) -> None:
            qtbot.keyClick(name, Qt.Key.Key_Return)

        written = export_with(qtbot, window, folder, json_kept)
        assert written == folder / "Trip to Rome.json"
        assert json.loads(written.read_text(encoding="utf-8"))
    finally:
        window.close()
        ctx.close()
