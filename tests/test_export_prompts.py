"""The Markdown export names a system prompt once, and again only where it changes (in a
chat, and in each pane of a comparison). A real SQLite file."""

from __future__ import annotations

from chatapp.export import export_markdown
from chatapp.store import Store


def prompts_said(text: str) -> list[tuple[str, str]]:
    """(the heading above, the prompt) of each system prompt line of an export."""
    said, heading = [], ""
    for line in text.splitlines():
        if line.startswith("#"):
            heading = line
        elif line.startswith("> **System prompt:** "):
            said.append((heading, line.removeprefix("> **System prompt:** ")))
    return said


def test_a_system_prompt_is_said_once_and_where_it_changes(store: Store) -> None:
    """Five answers made with "Be kind." and "Be brief." in a chat whose own prompt is empty:
    each is said where it begins (was: under every answer that used it)."""
    c = store.create_conversation("Prompts", kind="chat")
    parent = None
    for turn, prompt in enumerate(["Be kind.", "Be kind.", "Be kind.", "Be brief.", "Be kind."]):
        question = store.add_message(c.id, parent, "user", f"Question {turn}")
        parent = store.add_message(c.id, question.id, "assistant", f"Answer {turn}",
                                   model_name=f"m{turn}.gguf", system_prompt=prompt,
                                   finish_reason="stop").id
    assert prompts_said(export_markdown(store, [store.conversation(c.id)])) == [
        ("## Assistant (m0)", "Be kind."), ("## Assistant (m3)", "Be brief."),
        ("## Assistant (m4)", "Be kind.")]
    store.set_system_prompt(c.id, "Be kind.")  # said at the top: not again under m0
    assert prompts_said(export_markdown(store, [store.conversation(c.id)])) == [
        ("# Prompts", "Be kind."), ("## Assistant (m3)", "Be brief."),
        ("## Assistant (m4)", "Be kind.")]


def test_each_pane_of_a_comparison_says_its_prompt_once(store: Store) -> None:
    """Two panes with prompts of their own, over two turns: each pane's prompt is said at its
    first answer only (was: at every answer)."""
    c = store.create_conversation("Side by side", kind="compare")
    question = store.add_message(c.id, None, "user", "First")
    for pane, prompt in ((1, "Pane one."), (2, "Pane two.")):
        answer = store.add_message(c.id, question.id, "assistant", f"A{pane}",
                                   model_name=f"p{pane}.gguf", system_prompt=prompt,
                                   params={"pane": pane}, finish_reason="stop")
        again = store.add_message(c.id, answer.id, "user", "Second")
        store.add_message(c.id, again.id, "assistant", f"B{pane}", model_name=f"p{pane}.gguf",
                          system_prompt=prompt, params={"pane": pane}, finish_reason="stop")
    text = export_markdown(store, [store.conversation(c.id)])
    assert "B1" in text and "B2" in text
    assert prompts_said(text) == [("## Assistant (p1)", "Pane one."),
                                  ("## Assistant (p2)", "Pane two.")]
