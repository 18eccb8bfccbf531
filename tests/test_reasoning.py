"""A reasoning model's thinking: stored apart from the answer, shown collapsed, never a title,
sent back only to the model that wrote it; real llama.cpp on a scripted tiny model."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
from pathlib import Path

import pytest
from scripted_gguf import write_scripted

from chatapp.chat import prompt_messages
from chatapp.export import export_conversations, import_file
from chatapp.store import SCHEMA_VERSION, Store
from chatapp.store.migrations import MIGRATIONS

needs_llama = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

TEMPLATE = ("{{ bos_token }}{% for m in messages %}{% if m['role'] == 'assistant' %}<|assistant|>"
            "{{ m['content'] }}</s>{% else %}<|user|>{{ m['content'] }}{% endif %}{% endfor %}"
            "{% if add_generation_prompt %}<|assistant|>{% endif %}")
THOUGHT = ["Okay", "the", "person", "wants", "a", "short", "heading", "about", "cactus", "plants"]
QUESTION = "How do I repot a cactus without getting pricked?"


def write_reasoning_model(home: Path, opened: bool = True) -> Path:
    """A model that answers every prompt with <think> + 10 words + </think> + a title
    (opened=False: without the <think>, as when the template opens it in the prompt)."""
    models = home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    path = models / ("reasoning-tiny.gguf" if opened else "reasoning-unopened.gguf")
    write_scripted(path, template=TEMPLATE,
                   specials=[("<|user|>", "control"), ("<|assistant|>", "control"),
                             ("<think>", "user"), ("</think>", "user")],
                   script=["<|assistant|>", *(["<think>"] if opened else []),
                           *("▁" + w for w in THOUGHT), "</think>", 0x0A, "▁Repotting",
                           "▁Cacti", "</s>"], name="Reasoning Tiny")
    return path


@pytest.fixture
def reasoning_model(chatapp_home: Path) -> Path:
    return write_reasoning_model(chatapp_home)


@pytest.fixture
def unopened_model(chatapp_home: Path) -> Path:
    return write_reasoning_model(chatapp_home, opened=False)


def ask(app, model, text: str = QUESTION, max_tokens: int = 64):
    conversation = app.store.create_conversation()
    sampling = app.settings.sampling
    sampling.max_tokens, sampling.seed = max_tokens, 1
    _user, answer = app.chat.send(conversation.id, text, model, sampling)
    pieces = list(answer)
    return conversation, answer, pieces


@needs_llama
def test_reasoning_is_stored_apart_from_the_answer(reasoning_model: Path) -> None:
    from chatapp.context import open_app

    app = open_app()
    try:
        model = app.library.resolve(str(reasoning_model))
        conversation, answer, pieces = ask(app, model)
        message = answer.message
        assert "".join(pieces) == message.content == "Repotting Cacti"
        assert message.reasoning == " ".join(THOUGHT)
        assert message.finish_reason == "stop"
        assert message.reasoning_tokens == len(THOUGHT) and message.reasoning_s >= 0
        stored = app.store.message(message.id)
        assert (stored.content, stored.reasoning) == (message.content, message.reasoning)
        # full-text search finds the answer, not the reasoning
        assert [m.id for m in app.store.search("Cacti")] == [message.id]
        assert app.store.search("heading") == []
        # exports keep it apart; an import brings it back
        document = json.loads(export_conversations(app.store, [conversation], "json"))
        exported = document["conversations"][0]["messages"][-1]
        assert exported["reasoning"] == message.reasoning
        assert exported["content"] == "Repotting Cacti"
        markdown = export_conversations(app.store, [conversation], "md")
        assert "<details><summary>Thinking</summary>" in markdown
        path = reasoning_model.parent.parent / "export.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        (copy,) = import_file(app.store, path).ids
        assert app.store.messages(copy)[-1].reasoning == message.reasoning
    finally:
        app.close()


@needs_llama
def test_a_reasoning_models_title_is_never_its_reasoning(reasoning_model: Path) -> None:
    """The title is the answer after the reasoning (clean_title's tests cover a title answer
    that never leaves its reasoning: the first message's title stays)."""
    from chatapp.context import open_app

    app = open_app()
    try:
        model = app.library.resolve(str(reasoning_model))
        conversation, _answer, _pieces = ask(app, model)
        title = app.chat.make_title(conversation.id, model)
        assert title == "Repotting Cacti"
    finally:
        app.close()


@needs_llama
def test_reasoning_closed_but_never_opened_is_not_the_answer_nor_the_title(
        unopened_model: Path) -> None:
    from chatapp.context import open_app

    app = open_app()
    try:
        model = app.library.resolve(str(unopened_model))
        conversation, answer, _pieces = ask(app, model)
        message = app.store.message(answer.message.id)
        assert (message.content, message.reasoning) == ("Repotting Cacti", " ".join(THOUGHT))
        assert message.reasoning_tokens == len(THOUGHT) and message.reasoning_s >= 0
        assert app.chat.make_title(conversation.id, model) == "Repotting Cacti"
    finally:
        app.close()


@needs_llama
def test_an_answer_cut_inside_its_reasoning_is_marked_length_and_kept(
        reasoning_model: Path) -> None:
    from chatapp.context import open_app

    app = open_app()
    try:
        model = app.library.resolve(str(reasoning_model))
        _conversation, answer, pieces = ask(app, model, max_tokens=5)
        assert "".join(pieces) == "" and answer.message.content == ""
        assert answer.message.finish_reason == "length"
        assert answer.message.reasoning.split() == THOUGHT[:4]
    finally:
        app.close()


@needs_llama
def test_continue_after_a_cut_inside_reasoning_goes_on_reasoning(chatapp_home: Path) -> None:
    """Continue on an answer cut off while reasoning: the model gets its reasoning so far
    (opened again after the generation prompt) and goes on with it; the new reasoning joins
    the old, the answer after it is the answer (a model whose words tokenize back as one
    token each, so the script goes on where it stopped)."""
    from chatapp.context import open_app

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    letters = [f"\u2581{c}" for c in "abcdefgh"]
    write_scripted(models / "letters-tiny.gguf", template=TEMPLATE,
                   specials=[("<|user|>", "control"), ("<|assistant|>", "control"),
                             ("<think>", "user"), ("</think>", "user")],
                   script=["<|assistant|>", "<think>", *letters, "</think>", 0x0A,
                           "\u2581Yes", "</s>"], name="Letters Tiny")
    app = open_app()
    try:
        model = app.library.resolve("letters-tiny")
        _conversation, answer, pieces = ask(app, model, max_tokens=4)
        cut = app.store.message(answer.message.id)
        assert (cut.content, cut.reasoning, cut.finish_reason) == ("", "a b c", "length")
        app.settings.sampling.max_tokens = 32
        more = app.chat.continue_answer(cut.id, model, app.settings.sampling)
        assert more.params["continue"] == "reasoning"
        assert "".join(more) == "Yes"
        grown = app.store.message(cut.id)
        assert (grown.content, grown.reasoning, grown.finish_reason) == (
            "Yes", "a b c d e f g h", "stop")
        assert grown.reasoning_tokens >= 8 and grown.completion_tokens >= 10
    finally:
        app.close()


def test_reasoning_goes_back_only_to_the_model_that_wrote_it(tmp_path: Path) -> None:
    store = Store(tmp_path / "chat.db")
    conversation = store.create_conversation()
    user = store.add_message(conversation.id, None, "user", "Hi")
    answer = store.add_message(conversation.id, user.id, "assistant", "Hello!", model_key="a")
    store.finish_message(answer.id, "Hello!", "stop", reasoning="Greet back.")
    same = prompt_messages(store, answer.id, "", model_key="a")
    other = prompt_messages(store, answer.id, "", model_key="b")
    assert same[-1] == {"role": "assistant", "content": "Hello!",
                        "reasoning_content": "Greet back."}
    assert other[-1] == {"role": "assistant", "content": "Hello!"}
    store.close()


def test_m004_adds_reasoning_to_a_version_3_database(tmp_path: Path) -> None:
    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at REAL)")
    for number, migration in enumerate(MIGRATIONS[:3], start=1):
        from sqlite_utils import Database

        migration(Database(conn))
        conn.execute("INSERT INTO _migrations VALUES (?, 0)", [migration.__name__])
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute("INSERT INTO conversations (id, title, created_at, updated_at, current_leaf_id)"
                 " VALUES (1, 'old', 1, 1, 2)")
    conn.execute("INSERT INTO messages (id, conversation_id, parent_id, role, content, created_at)"
                 " VALUES (1, 1, NULL, 'user', 'q', 1)")
    conn.execute("INSERT INTO messages (id, conversation_id, parent_id, role, content, created_at,"
                 " finish_reason) VALUES (2, 1, 1, 'assistant', 'a', 2, 'stop')")
    conn.commit()
    conn.close()
    store = Store(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    old = store.message(2)
    assert (old.content, old.reasoning, old.reasoning_tokens) == ("a", None, None)
    store.finish_message(2, "a", "stop", reasoning="why", reasoning_tokens=3, reasoning_s=0.5)
    assert store.message(2).reasoning == "why"
    store.close()


@needs_llama
@pytest.mark.parametrize("opened", [True, False])
def test_the_window_shows_reasoning_collapsed_with_its_time(qtbot, chatapp_home: Path,
                                                            opened: bool) -> None:
    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.main_window import MainWindow

    reasoning_model = write_reasoning_model(chatapp_home, opened)
    make_application()
    ctx = open_app()
    ctx.settings.sampling.max_tokens = 64
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.select_model(next(m.key for m in ctx.library.models()
                             if m.file_name == reasoning_model.name))
    seen: list[str] = []  # the status line at each token while the model reasons
    presenter = window.answers
    writing = presenter._writing

    def watch(bubble) -> None:
        writing(bubble)
        if bubble is not None and not bubble.text.strip():
            seen.append(window.model_status.text())
    presenter._writing = watch
    window.send(QUESTION)
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    # once it reasons, the status line says the model is loaded (was: "Loading…" until the
    # answer's own text began)
    assert (bool(seen) or not opened) and not any("Loading" in status for status in seen), seen
    bubble = window.chat_view.bubbles[-1]
    assert bubble.text == "Repotting Cacti"
    assert bubble.body.plain_text().strip() == "Repotting Cacti"
    thinking = bubble.thinking
    assert thinking.isVisible() and not thinking.toggle.isChecked()
    assert thinking.toggle.text().startswith("Thought for ")
    assert thinking.view is None or not thinking.view.isVisible()
    thinking.toggle.click()
    assert thinking.view.isVisible()
    assert thinking.view.toPlainText() == " ".join(THOUGHT)
    window.close()
    ctx.close()


def test_the_thinking_time_uses_the_locales_decimal_separator(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale

    from chatapp.ui.thinking import ThinkingSection

    store = Store(tmp_path / "chat.db")
    conversation = store.create_conversation("Numbers")
    user = store.add_message(conversation.id, None, "user", "Hi")
    answer = store.add_message(conversation.id, user.id, "assistant", "Hello")
    store.finish_message(answer.id, "Hello", "stop", reasoning="plan", reasoning_s=2.44)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    try:
        section = ThinkingSection()
        qtbot.addWidget(section)
        section.show_message(store.message(answer.id))
        assert section.toggle.text() == "Thought for 2,4 s"
        store.finish_message(answer.id, "Hello", "stop", reasoning="plan", reasoning_s=0.01)
        section.show_message(store.message(answer.id))  # (was: "Thought for 0,0 s")
        assert section.toggle.text() == "Thought for less than 0,1 s"
    finally:
        QLocale.setDefault(before)
    store.close()


@needs_llama
def test_marker_text_the_model_wrote_shows_the_same_in_its_bubble_and_its_title(
        qtbot, chatapp_home: Path) -> None:
    """Characters "<end_of_turn>" that a model writes as text (not its control token) stay
    text in the answer's bubble and in the title made from the same text (was: the bubble
    showed "Sure.<end_of_turn> done", the title "Sure. done")."""
    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.bubble import Bubble

    path = chatapp_home / "data" / "models" / "literal-tiny.gguf"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_scripted(path, template=TEMPLATE,
                   specials=[("<|user|>", "control"), ("<|assistant|>", "control")],
                   script=["<|assistant|>", "▁Sure.", "<", "end", "_of", "_turn", ">",
                           "▁done", "</s>"], name="Literal Tiny")
    make_application()
    app = open_app()
    try:
        model = app.library.resolve(str(path))
        conversation, answer, _pieces = ask(app, model)
        written = "Sure.<end_of_turn> done"
        assert app.store.message(answer.message.id).content == written
        bubble = Bubble(app.store.message(answer.message.id))
        qtbot.addWidget(bubble)
        assert bubble.body.toPlainText().strip() == written
        assert app.chat.make_title(conversation.id, model) == written
        assert app.store.conversation(conversation.id).title == written
    finally:
        app.close()
