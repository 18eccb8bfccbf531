"""A long conversation opens on its last messages; the earlier ones come a page at a time,
with a click, Space or Enter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from chatapp.store import Store
from chatapp.ui.chat_view import FIRST_PAGE, ChatView


def test_enter_on_show_earlier_messages_shows_them(qtbot, tmp_path: Path) -> None:
    store = Store(tmp_path / "chat.db")
    conversation = store.create_conversation("Long")
    parent = None
    for n in range(FIRST_PAGE + 6):
        parent = store.add_message(conversation.id, parent,
                                   "user" if n % 2 == 0 else "assistant", f"message {n}").id
    view = ChatView()
    qtbot.addWidget(view)
    view.show()
    view.show_messages(store.branch(parent))
    assert view.start == 6 and view.earlier_button.isVisible()
    view.earlier_button.setFocus()
    qtbot.keyClick(view.earlier_button, Qt.Key.Key_Return)
    assert view.start == 0 and len(view.bubbles) == FIRST_PAGE + 6
    store.close()
