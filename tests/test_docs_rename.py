"""Renaming a document collection: in the Documents dialog (Rename…, F2) and with
`chatapp docs rename OLD NEW`; real Qt widgets offscreen, a real model and database, real
processes."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from test_window import close_window, open_window  # noqa: E402

from chatapp.ui.docs_dialog import DocumentsDialog  # noqa: E402


def answer_boxes(answers: list[str | None], seen: list[str]) -> None:
    """Answer the boxes that come up in turn: a name for each question for a name (None:
    Cancel), OK for each message (its text noted in seen), until answers run out."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QInputDialog):
        seen.append("asked: " + box.textValue())
        name = answers.pop(0)
        if name is None:
            box.reject()
        else:
            box.setTextValue(name)
            box.accept()
    elif isinstance(box, QMessageBox):
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()
    if answers or isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: answer_boxes(answers, seen))


def test_the_dialog_renames_a_dropped_files_collection(qtbot, roomy_home: Path,
                                                       tmp_path: Path) -> None:
    """F2 or Rename… on the selected collection asks its new name; a name another
    collection has, or one without a letter or digit, is refused in one line and asked
    again; the collection keeps its files, index and conversation (was: a collection made by
    a drop kept its first file's name, "report.txt", and the dialog could not rename it)."""
    report = tmp_path / "report.txt"
    report.write_text("The quarterly revenue grew by nine percent.", encoding="utf-8")
    window = open_window(qtbot)
    try:
        controller, documents = window.docs, window.docs.documents
        documents.create("Office")
        controller.add_paths([str(report)])  # what a drop on the message box does
        qtbot.waitUntil(lambda: controller.runner is None, timeout=30000)
        (dropped,) = controller.attached()
        assert dropped.name == "report.txt"
        dialog = DocumentsDialog(controller, window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()  # (F2 is the dialog's key: it works where it is active)
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        dialog.refresh(select="report.txt")
        assert dialog.rename_button.isEnabled()
        seen: list[str] = []
        QTimer.singleShot(0, lambda: answer_boxes(["office", "!!!", "Quarterly report"], seen))
        dialog.list.setFocus()
        qtbot.keyClick(dialog.list, Qt.Key.Key_F2)
        assert seen == ["asked: report.txt",
                        "A document collection named office already exists.",
                        "asked: office",
                        "A collection name needs a letter or digit and at most 100 characters.",
                        "asked: !!!"]
        renamed = documents.collection("Quarterly report")
        assert (renamed.id, renamed.files, renamed.chunks, renamed.roots) == (
            dropped.id, dropped.files, dropped.chunks, dropped.roots)
        assert [c.name for c in controller.attached()] == ["Quarterly report"]
        assert window.docs.button.text() == "Documents: Quarterly report"
        assert dialog.selected().name == "Quarterly report"
        assert dialog.status.text() == ("Renamed the collection report.txt to Quarterly "
                                        "report.")
        assert sorted(c.name for c in documents.collections()) == ["Office",
                                                                   "Quarterly report"]
        assert documents.search_words([renamed.id], "quarterly revenue")  # its index stays
        seen.clear()  # the button, cancelled: nothing changes
        QTimer.singleShot(0, lambda: answer_boxes([None], seen))
        dialog.rename_button.click()
        assert seen == ["asked: Quarterly report"]
        assert documents.collection("Quarterly report").id == dropped.id
        dialog.reject()
    finally:
        close_window(window)


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=300, stdin=subprocess.DEVNULL,
                          env=dict(os.environ))


def test_docs_rename_on_the_command_line(chatapp_home: Path, tmp_path: Path) -> None:
    """`chatapp docs rename OLD NEW` renames a collection, keeping its files; a name taken
    is refused in one line (was: no way to rename a collection from the command line)."""
    note = tmp_path / "notes.txt"
    note.write_text("Rapat koordinasi setiap hari Senin.", encoding="utf-8")
    for name in ("notes.txt", "Lain"):
        assert cli("docs", "add", name, str(note)).returncode == 0
    done = cli("docs", "rename", "notes.txt", "Rapat")
    assert (done.returncode, done.stdout.strip()) == (
        0, "Renamed the collection notes.txt to Rapat.")
    taken = cli("docs", "rename", "Rapat", "lain")
    assert (taken.returncode, taken.stderr.strip()) == (
        1, "chatapp: A document collection named lain already exists.")
    listed = cli("docs", "list").stdout
    assert "Rapat" in listed and "notes.txt" not in listed.split("\n")[0]
    found = cli("docs", "search", "Rapat", "koordinasi")
    assert found.returncode == 0 and "Senin" in found.stdout
