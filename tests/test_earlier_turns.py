"""A compare pane's earlier turns, shown from a real database in a real widget."""

from __future__ import annotations

from pathlib import Path

from chatapp.compare.side_by_side import earlier_turns
from chatapp.store import Store
from chatapp.ui.app import make_application
from chatapp.ui.earlier_turns import EarlierTurns


def test_earlier_turns_quote_the_prompts_name_the_model_and_say_why_one_is_empty(
        qtbot, tmp_path: Path) -> None:
    make_application()
    store = Store(tmp_path / "chat.db")
    try:
        conversation = store.create_conversation("compare")
        first = store.add_message(conversation.id, None, "user", "Name a colour\nplease")
        failed = store.add_message(conversation.id, first.id, "assistant", "",
                                   model_name="tiny-llama-F32.gguf", finish_reason="error",
                                   error="The model process stopped answering.")
        second = store.add_message(conversation.id, failed.id, "user", "Again")
        answer = store.add_message(conversation.id, second.id, "assistant", "Blue.",
                                   model_name="tiny-llama-F32.gguf", finish_reason="stop")
        third = store.add_message(conversation.id, answer.id, "user", "Once more")
        assert earlier_turns(store, first.id) == []  # a first turn has none
        turns = earlier_turns(store, third.id)
        assert [m.id for m in turns] == [first.id, failed.id, second.id, answer.id]

        widget = EarlierTurns()
        qtbot.addWidget(widget)
        widget.show()
        widget.set_turns(turns)
        assert widget.toggle.text() == "Earlier turns (2)" and not widget.view.isVisible()
        assert widget.view.source_text == (
            "**You**\n\n> Name a colour\n> please\n\n"
            "**tiny-llama-F32**\n\n*The model process stopped answering.*\n\n"
            "**You**\n\n> Again\n\n**tiny-llama-F32**\n\nBlue.")
        widget.toggle.click()
        assert widget.view.isVisible() and widget.rule.isVisible()
        widget.set_turns(turns, blind=True)  # the arena names no model
        assert "tiny-llama" not in widget.view.source_text
        assert not widget.view.isVisible()  # shown closed again
        widget.set_turns([])
        assert widget.isHidden()
    finally:
        store.close()
