"""A model whose own chat template is broken, in the real window (offscreen): the template
viewer says why in the user's language, wrapped, and the failed answer offers the way out
(the template editor). Real llama.cpp on a tiny GGUF, real Qt widgets."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from chatapp.context import open_app  # noqa: E402
from chatapp.ui.app import install_language, make_application  # noqa: E402
from chatapp.ui.main_window import MainWindow  # noqa: E402

BROKEN = "{% for m in messages %}{{ m.content }}{% endfor %}{% endfor %}"


@pytest.fixture
def broken_window(qtbot, chatapp_home: Path):
    """The window in Indonesian, with a model whose own template is broken picked."""
    from gguf_factory import write_tiny_llama

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    write_tiny_llama(models / "broken-F32.gguf", chat_template=BROKEN)
    app = make_application()
    install_language(app, "id")
    ctx = open_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.select_model(next(m.key for m in window.models if m.stem == "broken-F32"))
    try:
        yield window
    finally:
        window.close()
        ctx.close()
        install_language(app, "en")


def test_the_next_prompt_tab_says_why_in_the_users_language_wrapped(qtbot,
                                                                     broken_window) -> None:
    """was: "Templat tidak dapat merender percakapan ini: The chat template is broken: …",
    the inner part in English, on one line that ran off to the right; then "Templat tidak
    dapat merender percakapan ini: Templat obrolan rusak: …", the template named twice.
    The override's check says it once too (was: "Templat ini tidak berfungsi: Templat
    obrolan rusak: …")."""
    from chatapp.ui.template_view import TemplateDialog

    window = broken_window
    messages = window.session.next_messages("Hello")
    dialog = TemplateDialog(window.current_model(), messages, None, window)
    qtbot.addWidget(dialog)
    text = dialog.prompt.toPlainText()
    assert text == ("Templat obrolan rusak: {% endfor %} tidak punya blok terbuka tempatnya "
                    "berada (baris 1)"), text
    assert dialog.prompt.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    dialog.editor.setPlainText("{% if messages %}{{ messages[0].content }}")
    assert not dialog.check()
    assert dialog.error.text() == ("Templat obrolan rusak: blok {% if %} tidak ditutup: "
                                   "{% endif %} tidak ada (baris 1)"), dialog.error.text()
    # a template that works shows its prompt as the model gets it: not wrapped
    dialog.editor.setPlainText("{% for m in messages %}<{{ m.role }}>{{ m.content }}"
                               "{% endfor %}<assistant>")
    assert dialog.check()
    assert dialog.prompt.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap


def test_an_answer_that_failed_on_its_models_template_offers_to_edit_it(qtbot,
                                                                        broken_window) -> None:
    """was: the bubble said only "…The chat template is broken: Encountered unknown tag
    'endfor'…", with nothing pointing to the fix (Chat → Chat template…)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from chatapp.ui.template_view import TemplateDialog

    window = broken_window
    window.send("Hello")
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    bubble = window.chat_view.bubbles[-1]
    assert "Templat obrolan rusak: " in bubble.footer.text()
    button = bubble.template_button
    assert not button.isHidden() and button.text() != "Edit template…"  # (in Indonesian)
    seen: list[tuple[int, bool]] = []

    def mend() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TemplateDialog):
            QTimer.singleShot(20, mend)
            return
        seen.append((dialog.tabs.currentIndex(), dialog.model.stem == "broken-F32"))
        dialog.editor.setPlainText("{% for m in messages %}<{{ m.role }}>{{ m.content }}"
                                   "{% endfor %}<assistant>")
        dialog._save()

    QTimer.singleShot(0, mend)
    button.click()
    assert seen == [(2, True)]  # the editor, for the model that failed
    assert window.ctx.chat.pipeline.template_overrides
    # the way out works: answered again, the answer is written, and offers no edit
    window.tree.message_action("regenerate", bubble.message.id)
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    again = window.chat_view.bubbles[-1]
    assert again.message.finish_reason != "error" and again.template_button.isHidden()
