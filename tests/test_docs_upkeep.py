"""Keeping collections, where a tester found faults: a collection made for attached files is
named after those it kept, the status bar's line stays short with the rest one click away,
collections are made from a folder and kept when their first pick is cancelled, taking a
folder out counts what left and says which other entries went with it, and the file list
marks the files not indexed. Real Qt widgets offscreen, real SQLite, real llama.cpp (a tiny
model), real subprocesses."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from test_cli_refusals import run_cli
from test_docs_answers import cli
from test_window import close_window, open_window

from chatapp.docs.extract import EMPTY, NOT_TEXT
from chatapp.docs.indexer import run_to_end
from chatapp.ui.docs_dialog import DocumentsDialog

needs_llama = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                                 reason="llama-cpp-python is not installed")


def damaged_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    return path


@needs_llama
def test_attached_files_name_the_collection_after_those_indexed_and_the_bar_stays_short(
        qtbot, roomy_home: Path, tmp_path: Path) -> None:
    """was: "binari.txt and 2 more" for a collection that held latin1.txt only, and the
    status bar's one long line cut at "(ter…"."""
    binary = tmp_path / "binari.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Sejarah kampung Kuala Selangor. Penghulu pertama: Tok Pendek, "
                      "di kafé.".encode("latin-1"))
    damaged = damaged_pdf(tmp_path / "rosak.pdf")
    window = open_window(qtbot, max_tokens=2)
    try:
        docs = window.docs
        docs.add_paths([str(binary), str(latin), str(damaged)])
        qtbot.waitUntil(lambda: docs.runner is None, timeout=30000)
        (attached,) = docs.attached()
        assert attached.name == "latin1.txt" and attached.roots == [str(latin.resolve())]
        assert [c.name for c in docs.documents.collections()] == ["latin1.txt"]
        assert docs.button.text() == "Documents: latin1.txt"
        whole = docs.notice
        first, *rest = whole.splitlines()
        assert first == "latin1.txt: 1 file indexed; 2 files not indexed."
        assert any("rosak.pdf" in line and "damaged" in line for line in rest)
        bar = window.statusBar()
        assert bar.currentMessage() == first  # short: the first line only
        assert bar.toolTip() == whole  # the whole of it on hover
        details = docs.details_button
        assert details.isVisible() and details.text() == "Details…"
        shown: list[str] = []

        def read_and_close() -> None:  # the Documents dialog, with the whole text
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, DocumentsDialog):
                QTimer.singleShot(20, read_and_close)
                return
            shown.append(dialog.status.text())
            dialog.reject()
        QTimer.singleShot(0, read_and_close)
        qtbot.mouseClick(details, Qt.MouseButton.LeftButton)
        assert shown == [whole]
        assert not details.isVisible()  # (seen)
        # files of which one is kept, named the same as another collection: told apart
        window.new_conversation()
        other = tmp_path / "again"
        other.mkdir()
        shutil.copy(latin, other / "latin1.txt")
        docs.add_paths([str(damaged), str(other / "latin1.txt")])
        qtbot.waitUntil(lambda: docs.runner is None, timeout=30000)
        (attached,) = docs.attached()
        assert attached.name == "latin1.txt (2)"
        assert docs.notice.splitlines()[0] == "latin1.txt (2): 1 file indexed; 1 file not " \
            "indexed."
        bar.showMessage("something else")
        assert not details.isVisible()  # it goes with the line it was for
    finally:
        close_window(window)


@needs_llama
def test_a_collection_is_made_from_a_folder_and_kept_when_its_pick_is_cancelled(
        qtbot, roomy_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """was: Add folder… without a selection did nothing and said nothing, New collection…
    offered files only, and cancelling that pick dropped the named collection silently."""
    arkib = tmp_path / "arkib"
    arkib.mkdir()
    (arkib / "minit.md").write_text("# Minit\n\nMesyuarat pada hari Isnin.", encoding="utf-8")
    (arkib / "nota.txt").write_text("Nota tentang cuti.", encoding="utf-8")
    window = open_window(qtbot)
    try:
        docs = window.docs
        docs.documents.create("Kerja")
        dialog = DocumentsDialog(docs, window)
        qtbot.addWidget(dialog)
        dialog.list.setCurrentRow(-1)
        assert dialog.selected() is None
        picked: list[bool] = []
        monkeypatch.setattr(dialog, "_pick_paths", lambda folder: picked.append(folder) or [])
        dialog.add_folder()
        assert picked == []  # no folder asked for: what to do is said
        assert dialog.status.text() == ("Select a collection in the list first, or make one "
                                        "with New collection (from files or a folder).")
        # New collection offers a folder as well as files
        menu = dialog.new_button.menu()
        assert [a.text() for a in menu.actions()] == ["From &files…", "From a f&older…"]
        names = iter(["Arkib", "Kosong"])
        monkeypatch.setattr("chatapp.ui.docs_dialog.ask_name", lambda *_args: next(names))
        monkeypatch.setattr(dialog, "_pick_paths",
                            lambda folder: picked.append(folder) or ([str(arkib)]
                                                                     if folder else []))
        dialog.new_folder_action.trigger()
        qtbot.waitUntil(lambda: docs.runner is None, timeout=30000)
        made = docs.documents.collection("Arkib")
        assert picked == [True] and made.roots == [str(arkib.resolve())] and made.files == 2
        assert [c.name for c in docs.attached()] == ["Arkib"]
        assert dialog.selected().name == "Arkib"
        # named, then the pick cancelled: kept, empty and not searched, and said so
        dialog.new_files_action.trigger()
        assert picked == [True, False]
        kept = docs.documents.collection("Kosong")
        assert kept.files == 0 and kept.roots == []
        assert [c.name for c in docs.attached()] == ["Arkib"]
        assert dialog.selected().name == "Kosong"
        assert dialog.status.text().startswith("Made the collection Kosong, with no files yet")
    finally:
        close_window(window)


def test_taking_a_folder_out_counts_indexed_files_and_names_entries_that_went_with_it(
        chatapp_home: Path, tmp_path: Path) -> None:
    """was: "14 files out of the index" where 11 were indexed (3 had failed), and a folder
    added on its own before went silently with its parent."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "cuti.md").write_text("# Cuti\n\nCuti sakit ialah 22 hari.", encoding="utf-8")
    (docs / "resipi.txt").write_text("Resipi rendang daging.", encoding="utf-8")
    (docs / "binari.txt").write_bytes(bytes(range(256)) * 8)
    (docs / "kosong.txt").write_text("", encoding="utf-8")
    older = tmp_path / "docs2"
    (older / "arkib").mkdir(parents=True)
    (older / "arkib" / "lama.txt").write_text("Minit lama.", encoding="utf-8")
    (older / "mesyuarat.md").write_text("Mesyuarat pada hari Isnin.", encoding="utf-8")
    assert cli("docs", "add", "Peribadi", str(docs)).returncode == 0
    assert cli("docs", "add", "Peribadi", str(older / "arkib"),
               str(older / "mesyuarat.md")).returncode == 0
    removed = cli("docs", "rm", "Peribadi", str(docs))
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.splitlines() == [
        f"Took {docs} out of Peribadi: 2 files left the index (your files were not touched).",
        "2 files in it that could not be indexed are no longer listed either."]
    parent = cli("docs", "rm", "Peribadi", str(older))
    assert parent.returncode == 0, parent.stderr
    assert parent.stdout.splitlines() == [
        f"Took {older} out of Peribadi: 2 files left the index (your files were not "
        "touched).",
        f"{older / 'arkib'}, added on its own before, is inside {older}: it was taken out "
        "too.",
        f"{older / 'mesyuarat.md'}, added on its own before, is inside {older}: it was taken "
        "out too."]
    assert cli("docs", "add", "Peribadi", str(docs)).returncode == 0
    ms = run_cli("docs", "rm", "Peribadi", str(docs), LANG="ms_MY.UTF-8")
    assert ms.stdout.splitlines()[1] == ("2 fail di dalamnya yang tidak dapat diindeks juga "
                                         "tidak lagi disenaraikan.")


@needs_llama
def test_the_dialog_asks_before_a_folder_takes_entries_inside_it_along(
        qtbot, roomy_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """was: the question named the folder only, and nothing said what else went."""
    older = tmp_path / "docs2"
    (older / "arkib").mkdir(parents=True)
    (older / "arkib" / "lama.txt").write_text("Minit lama.", encoding="utf-8")
    window = open_window(qtbot)
    try:
        docs = window.docs
        collection = docs.documents.create("Peribadi")
        docs.documents.add_roots(collection.id, [str(older / "arkib")])
        run_to_end(docs.documents, docs.documents.collection("Peribadi"))
        asked: list[str] = []
        monkeypatch.setattr("chatapp.ui.docs_dialog.message_box",
                            lambda _parent, _title, text, **_kw: asked.append(text) or True)
        dialog = DocumentsDialog(docs, window)
        qtbot.addWidget(dialog)
        dialog.list.setCurrentRow(0)
        # (a parent that is not an entry itself, as `chatapp docs rm` may name)
        docs.documents.add_roots(collection.id, [str(older / "arkib")])
        item = dialog.contents.topLevelItem(0)
        item.setData(0, Qt.ItemDataRole.UserRole, str(older))
        dialog.contents.setCurrentItem(item)
        dialog.take_out_selected()
        assert "These were added on their own before and are inside it: they go too." in \
            asked[0] and str(older / "arkib") in asked[0]
        assert docs.notice.splitlines() == [
            f"Took {older} out of Peribadi.",
            f"{older / 'arkib'}, added on its own before, is inside {older}: it was taken out "
            "too."]
    finally:
        close_window(window)


@needs_llama
def test_the_file_list_marks_files_not_indexed_and_counts_chunks(qtbot, roomy_home: Path,
                                                                 tmp_path: Path) -> None:
    """was: binari.txt and kosong.txt listed like the indexed files."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "cuti.md").write_text("# Cuti\n\nCuti sakit ialah 22 hari.", encoding="utf-8")
    (folder / "binari.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "kosong.txt").write_text("", encoding="utf-8")
    window = open_window(qtbot)
    try:
        documents = window.docs.documents
        collection = documents.create("Peribadi")
        documents.add_roots(collection.id, [str(folder)])
        run_to_end(documents, documents.collection("Peribadi"))
        dialog = DocumentsDialog(window.docs, window)
        qtbot.addWidget(dialog)
        dialog.list.setCurrentRow(0)
        top = dialog.contents.topLevelItem(0)
        top.setExpanded(True)
        rows = {top.child(i).text(0): top.child(i) for i in range(top.childCount())}
        assert sorted(rows) == ["binari.txt (not indexed)", "cuti.md · 1 chunk",
                                "kosong.txt (not indexed)"]
        assert rows["binari.txt (not indexed)"].toolTip(0) == (
            f"{folder / 'binari.txt'}\n" + NOT_TEXT.format(name="binari.txt"))
        assert rows["kosong.txt (not indexed)"].toolTip(0).endswith(
            EMPTY.format(name="kosong.txt"))
        assert rows["cuti.md · 1 chunk"].toolTip(0) == str(folder / "cuti.md")
    finally:
        close_window(window)
