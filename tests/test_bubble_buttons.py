"""The buttons under a message: their drop-down arrows have room of their own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QToolButton

from chatapp.context import open_app
from chatapp.ui.app import install_language, make_application
from chatapp.ui.bubble import Bubble
from chatapp.ui.theme import apply_theme


def _ink_columns(button: QToolButton) -> set[int]:
    """The columns inside the button's border where something is drawn."""
    image = button.grab().toImage()
    back = image.pixelColor(3, image.height() // 2)  # (transparent where nothing is drawn)

    def ink(x: int, y: int) -> bool:
        pixel = image.pixelColor(x, y)
        return max(abs(pixel.lightness() - back.lightness()),
                   abs(pixel.alpha() - back.alpha())) > 40

    return {x for x in range(3, image.width() - 3) for y in range(3, image.height() - 3)
            if ink(x, y)}


@pytest.mark.parametrize("language", ["en", "id", "ms", "fil"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_buttons_arrow_is_beside_its_text_never_on_it(
        qtbot, chatapp_home, language: str, theme: str) -> None:
    """was: the arrow of "Copy▾" and "Regenerate with…▾" (Indonesian "Salin▾", "Buat ulang
    dengan…▾") was drawn over the end of the label."""
    app = make_application()
    install_language(app, language)
    apply_theme(app, theme)
    ctx = open_app()
    try:
        conversation = ctx.store.create_conversation()
        user = ctx.store.add_message(conversation.id, None, "user", "hi")
        answer = ctx.store.add_message(conversation.id, user.id, "assistant", "")
        answer = ctx.store.finish_message(answer.id, "Hello.", "stop")
        bubble = Bubble(answer)
        qtbot.addWidget(bubble)
        bubble.resize(700, 200)
        bubble.show()
        qtbot.waitExposed(bubble)
        for button in (bubble.copy_button, bubble.regenerate_with_button):
            # the same button without its menu (no arrow): where the text alone is drawn
            twin = QToolButton(button.parentWidget(), text=button.text(), autoRaise=True,
                               objectName="bubbleAction")
            twin.setProperty("menu", True)
            twin.setFixedSize(button.size())
            twin.show()
            text = _ink_columns(twin)
            arrow = _ink_columns(button) - text
            assert text and arrow, (button.text(), text, arrow)
            assert max(text) + 2 < min(arrow), (language, theme, button.text())
            twin.deleteLater()
    finally:
        install_language(app, "en")
        apply_theme(app, "system")
        ctx.close()
    assert QCoreApplication.translate("Bubble", "Copy") == "Copy"


@pytest.mark.parametrize("language", ["en", "id", "ms", "fil"])
def test_every_button_under_an_answer_is_as_wide_as_its_text(
        qtbot, chatapp_home, language: str) -> None:
    """was: Filipino "I-regenerate gamit ang…" read as a label cut short; each button's text
    (and a drop-down's arrow) fits inside it in every language, the bubble at its narrowest."""
    app = make_application()
    install_language(app, language)
    apply_theme(app, "light")
    ctx = open_app()
    try:
        conversation = ctx.store.create_conversation()
        user = ctx.store.add_message(conversation.id, None, "user", "hi")
        answer = ctx.store.add_message(conversation.id, user.id, "assistant", "")
        answer = ctx.store.finish_message(answer.id, "Hello.", "stop")
        bubble = Bubble(answer)
        qtbot.addWidget(bubble)
        bubble.resize(bubble.minimumSizeHint().width(), 200)
        bubble.show()
        qtbot.waitExposed(bubble)
        if language == "fil":
            assert bubble.regenerate_with_button.text() == "I-regenerate sa ibang model…"
        for button in (bubble.copy_button, bubble.edit_button, bubble.regenerate_button,
                       bubble.regenerate_with_button, bubble.continue_button,
                       bubble.delete_button):
            if button.isHidden():
                continue
            room = button.fontMetrics().horizontalAdvance(button.text()) + 2 * 4
            if button.menu() is not None:
                room += 12  # the arrow's own room (padding-right: 16px in the theme)
            assert button.width() >= room, (language, button.text(), button.width(), room)
    finally:
        install_language(app, "en")
        apply_theme(app, "system")
        ctx.close()
