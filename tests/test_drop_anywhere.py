"""Files dropped anywhere on the chat part of the window (the conversation, the model row,
the message box) make or extend the conversation's document collection, as a drop on the
message box does; the drops go through the real window's drag and drop handling."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from test_window import close_window, open_window  # noqa: E402


def drop_on(window, widget: QWidget, paths: list[Path]) -> bool:
    """Drag files over the middle of widget and drop them there, as the window system does
    (the events go to the window, which finds the widget under the pointer); whether the
    drop was taken."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at = QPointF(widget.mapTo(window, QPoint(widget.width() // 2, widget.height() // 2)))
    handle = window.windowHandle()
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(at.toPoint(), action, data, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(handle, enter)
    move = QDragMoveEvent(at.toPoint(), action, data, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(handle, move)
    if not move.isAccepted():
        return False
    drop = QDropEvent(at, action, data, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(handle, drop)
    return drop.isAccepted()


def test_files_dropped_on_the_conversation_or_model_row_go_to_the_documents(
        qtbot, roomy_home: Path, tmp_path: Path) -> None:
    """was: a drop on the conversation view or the model row was refused (no drop cursor);
    only the message box took files."""
    files = []
    for name in ("durian.txt", "mango.txt", "salak.txt"):
        files.append(tmp_path / name)
        files[-1].write_text(f"Notes on {name[:-4]}.\n", encoding="utf-8")
    window = open_window(qtbot, max_tokens=2)
    try:
        controller, store = window.docs, window.ctx.store
        conversation = store.create_conversation("Fruit")
        question = store.add_message(conversation.id, None, "user", "Which fruit smells?")
        store.add_message(conversation.id, question.id, "assistant", "The durian does.")
        window.open_conversation(conversation.id)
        assert drop_on(window, window.chat_view.bubbles[-1], files[:2])  # on an answer
        qtbot.waitUntil(lambda: controller.runner is None, timeout=30000)
        (collection,) = controller.attached()
        assert (collection.name, collection.files) == ("durian.txt and 1 more", 2)
        assert window.composer.edit.toPlainText() == ""
        assert drop_on(window, window.model_box, files[2:])
        qtbot.waitUntil(lambda: controller.runner is None, timeout=30000)
        (collection,) = controller.attached()
        assert collection.files == 3
        assert [c.name for c in window.docs.documents.attached(conversation.id)] == [
            "durian.txt and 1 more"]
        empty = tmp_path / "empty"  # the space below the bubbles
        empty.mkdir()
        assert drop_on(window, window.chat_view.viewport(), [empty])
        qtbot.waitUntil(lambda: controller.runner is None, timeout=30000)
        # the message box itself takes them as before; text dropped elsewhere is refused
        text = QMimeData()
        text.setText("hello")
        at = window.chat_view.viewport()
        point = at.mapTo(window, at.rect().center())
        enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, text, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(window.windowHandle(), enter)
        assert not enter.isAccepted()
    finally:
        close_window(window)
