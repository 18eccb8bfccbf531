"""A failed answer: its error text right under the header, and selectable."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from chatapp.context import open_app
from chatapp.ui.app import make_application
from chatapp.ui.bubble import Bubble

ERROR = ("Could not load the model broken.gguf: The model process stopped unexpectedly "
         "(signal 6).")


def _failed_bubble(qtbot, content: str = "") -> Bubble:
    make_application()
    ctx = open_app()
    try:
        conversation = ctx.store.create_conversation()
        user = ctx.store.add_message(conversation.id, None, "user", "hi")
        answer = ctx.store.add_message(conversation.id, user.id, "assistant", "")
        answer = ctx.store.finish_message(answer.id, content, "error", error=ERROR)
    finally:
        ctx.close()
    bubble = Bubble(answer)
    qtbot.addWidget(bubble)
    bubble.resize(700, 200)
    bubble.show()
    qtbot.waitExposed(bubble)
    return bubble


def test_an_answer_that_failed_before_any_text_has_no_empty_row(qtbot, chatapp_home) -> None:
    """was: an empty text row between the header and "This answer failed: …"."""
    bubble = _failed_bubble(qtbot)
    assert ERROR in bubble.footer.text()
    assert not bubble.body.isVisibleTo(bubble)
    gap = bubble.footer.geometry().top() - bubble.header.geometry().bottom()
    assert gap <= 2 * bubble.layout().spacing(), gap


def test_a_failed_answer_with_text_still_shows_it(qtbot, chatapp_home) -> None:
    """The text written before a failure stays; so does the row of a streamed answer."""
    bubble = _failed_bubble(qtbot, "Half an answer")
    assert bubble.body.isVisibleTo(bubble)


def test_the_error_text_can_be_selected_with_mouse_and_keyboard(qtbot, chatapp_home) -> None:
    """was: the error text could only be copied whole with the Copy button; it could not be
    selected."""
    bubble = _failed_bubble(qtbot)
    footer = bubble.footer
    flags = footer.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    qtbot.mouseDClick(footer, Qt.MouseButton.LeftButton,
                      pos=QPoint(footer.fontMetrics().horizontalAdvance("This") // 2, 5))
    assert footer.selectedText() == "This"  # a word, by the mouse
    footer.setFocus()
    qtbot.keyClick(footer, Qt.Key.Key_Home)
    qtbot.keyClick(footer, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert footer.selectedText() and footer.text().startswith(footer.selectedText())
