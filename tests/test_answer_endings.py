"""How an answer ended, said where it is shown: cut off at the token limit (with text, while
reasoning, at a full context), only reasoning, nothing; in `chatapp chat`, the window's bubble
and the compare panes (which show reasoning collapsed as the window does); and what a terminal
gets of an answer's control characters. Real llama.cpp on scripted tiny models, the real
`chatapp` command on pipes and a pseudo-terminal, real Qt widgets."""

from __future__ import annotations

import importlib.util
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from scripted_gguf import write_scripted
from terminal_run import run_in_terminal

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

TEMPLATE = ("{{ bos_token }}{% for m in messages %}{% if m['role'] == 'assistant' %}<|assistant|>"
            "{{ m['content'] }}</s>{% else %}<|user|>{{ m['content'] }}{% endif %}{% endfor %}"
            "{% if add_generation_prompt %}<|assistant|>{% endif %}")
SPECIALS = [("<|user|>", "control"), ("<|assistant|>", "control"), ("<think>", "user"),
            ("</think>", "user"), ("<unused0>", "control")]
A = "<|assistant|>"
SCRIPTS = {
    # reasons in a loop: any token limit cuts it while reasoning
    "ponder": [A, "<think>", "▁hmm", "▁let", "▁me", "▁see", "▁hmm"],
    # reasoning, closed, then the end of its turn
    "musing": [A, "<think>", "▁just", "▁musing", "</think>", "</s>"],
    # reasoning, then an answer
    "thinker": [A, "<think>", "▁weigh", "▁it", "</think>", "▁Fine", "</s>"],
    # reasoning the template opened (only its end is written), then an answer
    "unopened": [A, "▁ponder", "▁it", "</think>", "▁Fine", "</s>"],
    # reasoning never closed, then the end of its turn
    "open": [A, "<think>", "▁still", "▁musing", "</s>"],
    # answer text in a loop
    "chatter": [A, "▁again", "▁and", "▁again"],
    "mute": [A, "</s>"],
    # control tokens in a loop, none of them text (as a damaged file writes)
    "garbled": [A, "<unused0>", "<unused0>"],
    # ESC [2J (clear the screen), NUL, a lone CR, C1 CSI, BEL
    "hostile": [A, "▁Hi", 0x1B, "[2J", 0x00, "▁a", 0x0D, "▁b", 0xC2, 0x9B, 0x07, "▁end", "</s>"],
}
CUT_REASONING = "Cut off at the token limit while reasoning: no answer yet (raise the limit)."
ONLY_REASONING = "The model wrote only reasoning and no answer."


def write_models(home: Path, *names: str) -> None:
    folder = home / "data" / "models"
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        write_scripted(folder / f"{name}-tiny.gguf", template=TEMPLATE, specials=SPECIALS,
                       script=SCRIPTS[name], name=f"{name.title()} Tiny")


def chat(*args: str) -> subprocess.CompletedProcess[str]:
    """`chatapp chat --seed 1 ARGS` on pipes; its output as written (no line end changed)."""
    done = subprocess.run([sys.executable, "-m", "chatapp", "chat", "--seed", "1", *args],
                          capture_output=True, timeout=120, env=os.environ.copy())
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(),
                                       done.stderr.decode())


def last_answer(home: Path) -> tuple[int, int, int]:
    """(completion tokens, prompt tokens, context length) of the newest answer stored."""
    conn = sqlite3.connect(home / "data" / "chatapp.db")
    try:
        return conn.execute("SELECT completion_tokens, prompt_tokens, n_ctx FROM messages "
                            "WHERE role = 'assistant' ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()


def test_the_cli_says_on_stderr_that_an_answer_was_cut_at_the_token_limit(
        chatapp_home: Path) -> None:
    write_models(chatapp_home, "chatter")
    done = chat("-m", "chatter-tiny", "--max-tokens", "6", "hi")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "again and again and again and\n"
    tokens, _prompt, _n_ctx = last_answer(chatapp_home)
    assert tokens == 6
    assert done.stderr == (
        "chatapp: Cut off at the token limit (6 tokens); --max-tokens gives more.\n")


def test_an_answer_cut_by_a_full_context_does_not_ask_for_more_tokens(
        chatapp_home: Path) -> None:
    write_models(chatapp_home, "chatter")
    done = chat("-m", "chatter-tiny", "--max-tokens", "5000", "hi")
    assert done.returncode == 0, done.stderr
    tokens, prompt, n_ctx = last_answer(chatapp_home)
    assert prompt + tokens == n_ctx
    assert done.stderr == (
        f"chatapp: Cut off where the model's context ({n_ctx} tokens) was full: a longer "
        "answer needs a longer context or a shorter conversation.\n")


def test_an_answer_of_tokens_that_are_not_text_says_so_and_not_to_raise_the_limit(
        chatapp_home: Path) -> None:
    write_models(chatapp_home, "garbled")
    done = chat("-m", "garbled-tiny", "--max-tokens", "40", "hi")
    assert (done.returncode, done.stdout) == (0, "")
    assert done.stderr == (
        "chatapp: The model wrote 40 tokens and none of them is text: its file may be damaged, "
        "or its chat template may not suit it; more tokens will not help.\n")
    few = chat("-m", "garbled-tiny", "--max-tokens", "3", "hi")  # too few to tell
    assert few.stderr == ("chatapp: Cut off at the token limit (3 tokens) before any text; "
                          "--max-tokens gives more.\n")


def test_the_cli_shows_an_answer_cut_while_reasoning_as_reasoning_and_says_so(
        chatapp_home: Path) -> None:
    write_models(chatapp_home, "ponder")
    done = chat("-m", "ponder-tiny", "--max-tokens", "6", "hi")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""  # standard output is for the answer: there is none
    assert done.stderr == (
        "chatapp: The model's reasoning:\n"
        "hmm let me see hmm\n"
        "chatapp: Cut off at the token limit while reasoning (6 tokens): no answer yet; "
        "--max-tokens gives more.\n")


@pytest.mark.parametrize(("name", "reasoning"), [("musing", "just musing"),
                                                 ("open", "still musing")])
def test_the_cli_says_when_a_model_wrote_only_reasoning(chatapp_home: Path, name: str,
                                                        reasoning: str) -> None:
    write_models(chatapp_home, name)
    done = chat("-m", f"{name}-tiny", "hi")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert done.stderr == (f"chatapp: The model's reasoning:\n{reasoning}\n"
                           f"chatapp: {ONLY_REASONING}\n")


def test_an_answer_with_nothing_in_it_still_says_so(chatapp_home: Path) -> None:
    write_models(chatapp_home, "mute")
    done = chat("-m", "mute-tiny", "hi")
    assert (done.returncode, done.stdout) == (0, "")
    assert done.stderr == "chatapp: The model ended its answer without writing anything.\n"


def test_an_answer_of_blank_space_says_so(chatapp_home: Path) -> None:
    from chatapp.cli_endings import ending_note
    from chatapp.store import Store

    store = Store(chatapp_home / "chat.db")
    conversation = store.create_conversation()
    user = store.add_message(conversation.id, None, "user", "hi")
    blank = store.add_message(conversation.id, user.id, "assistant", "")
    blank = store.finish_message(blank.id, " \n\n", "stop", completion_tokens=3)
    assert ending_note(blank, True, 64) == "The model wrote only spaces and line breaks."
    text = store.add_message(conversation.id, user.id, "assistant", "")
    text = store.finish_message(text.id, "Hi.\n", "stop", completion_tokens=2)
    assert ending_note(text, True, 64) == ""
    stopped = store.add_message(conversation.id, user.id, "assistant", "")
    stopped = store.finish_message(stopped.id, "", "stopped")  # Ctrl+C before its first word
    assert ending_note(stopped, False, 64) == "Stopped before the answer began."
    assert ending_note(stopped, False, 64, talking=True) == "Stopped before the answer began."
    # a base model asked in a question/answer transcript: what to ask it instead
    base = store.add_message(conversation.id, user.id, "assistant", "",
                             template_source="fallback", template_name="plain")
    base = store.finish_message(base.id, "", "stop", completion_tokens=3)
    assert ending_note(base, False, 64) == (
        "The model ended its answer without writing anything. It is a base model: it goes on "
        "with text rather than answering, so begin a sentence for it to finish (\"The capital "
        "of France is\").")
    from chatapp.ui.provenance import empty_answer_text

    assert empty_answer_text(base).startswith(
        "The model ended its answer without writing anything. It is a base model:")
    store.close()


def after_waiting_line(shown: str, start: str) -> str:
    """What a terminal showed from the answer on (a slow start shows a waiting line first,
    erased with carriage returns), with the terminal's CR LF line ends made LF."""
    shown = shown.replace("\r\n", "\n")
    at = shown.index(start)
    return shown[shown.rfind("\r", 0, at) + 1:]


def test_a_terminal_gets_no_control_characters_and_a_pipe_gets_them_all(
        chatapp_home: Path) -> None:
    write_models(chatapp_home, "hostile")
    piped = chat("-m", "hostile-tiny", "hi")
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == "Hi\x1b[2J\x00 a\r b\x9b\x07 end\n"
    shown = run_in_terminal(["chat", "--seed", "1", "-m", "hostile-tiny", "hi"])
    assert after_waiting_line(shown, "Hi") == "Hi a b end\n"


def test_the_cut_line_follows_the_answer_on_a_terminal(chatapp_home: Path) -> None:
    write_models(chatapp_home, "chatter")
    shown = run_in_terminal(["chat", "--seed", "1", "-m", "chatter-tiny", "--max-tokens", "4",
                             "hi"])
    assert after_waiting_line(shown, "again") == (
        "again and again and\n"
        "chatapp: Cut off at the token limit (4 tokens); --max-tokens gives more.\n")


@pytest.fixture
def app(chatapp_home: Path):
    from chatapp.context import open_app
    from chatapp.ui.app import make_application

    make_application()
    write_models(chatapp_home, "ponder", "musing", "thinker", "chatter", "garbled", "unopened")
    context = open_app()
    context.settings.sampling.max_tokens = 6
    context.settings.sampling.seed = 1
    yield context
    context.close()


def test_the_windows_bubble_says_what_an_answer_of_reasoning_alone_is(qtbot, app,
                                                                      tmp_path: Path) -> None:
    from chatapp.ui.bubble import Bubble

    shown = {}
    for name in ("ponder", "musing"):
        model = app.library.resolve(f"{name}-tiny")
        conversation = app.store.create_conversation()
        _user, answer = app.chat.send(conversation.id, "hi", model, app.settings.sampling)
        list(answer)
        bubble = Bubble(answer.message)
        qtbot.addWidget(bubble)
        bubble.resize(640, 200)
        bubble.show()
        assert bubble.thinking.isVisible() and not bubble.thinking.toggle.isChecked()
        shown[name] = bubble.body.placeholderText()
        bubble.grab().save(str(tmp_path / f"bubble-{name}.png"))
    assert shown == {"ponder": CUT_REASONING, "musing": ONLY_REASONING}


def test_the_windows_bubble_says_an_answer_of_no_text_needs_no_more_tokens(qtbot, app) -> None:
    from chatapp.ui.bubble import Bubble

    app.settings.sampling.max_tokens = 32
    model = app.library.resolve("garbled-tiny")
    conversation = app.store.create_conversation()
    _user, answer = app.chat.send(conversation.id, "hi", model, app.settings.sampling)
    list(answer)
    bubble = Bubble(answer.message)
    qtbot.addWidget(bubble)
    bubble.show()
    assert bubble.body.placeholderText() == (
        "The model wrote 32 tokens and none of them is text: its file may be damaged, or its "
        "chat template may not suit it. More tokens will not help.")
    assert not bubble.continue_button.isVisible()
    from PySide6.QtCore import QRect, Qt

    for width in (360, 640, 1000):  # the note wraps, and the body is tall enough for it all
        bubble.resize(width, 200)
        qtbot.waitUntil(lambda: bubble.body.document().textWidth()
                        == bubble.body.viewport().width())
        body = bubble.body
        room = QRect(0, 0, body.viewport().width() - 8, 10000)
        need = body.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap,
                                               body.placeholderText()).height()
        assert body.viewport().height() >= need, width
        if width == 360:
            assert need >= 3 * body.fontMetrics().lineSpacing()
            # and drawn: the last of its lines has ink too (Qt draws a note on one line)
            image = body.viewport().grab().toImage()
            line = body.fontMetrics().lineSpacing()
            band = range(need - line, min(need, image.height()))
            inked = {image.pixel(x, y) for y in band for x in range(0, image.width(), 2)}
            assert len(inked) > 1, "the note's last line is not drawn"


def open_compare(qtbot, app, stems: tuple[str, str], arena: bool = False):
    """A Compare window that answered "hi" with these two models (in the arena: drawn from
    them)."""
    from chatapp.ui.compare_view import CompareWindow

    view = CompareWindow(app)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    keys = [next(m.key for m in view.models if m.stem == f"{stem}-tiny") for stem in stems]
    if arena:
        view.rng = random.Random(3)
        view.arena_box.setChecked(True)
        view.arena_list.set_checked(set(keys))
    else:
        for pane, key in zip(view.panes, keys, strict=True):
            pane.picker.setCurrentIndex(pane.picker.findData(key))
    with qtbot.waitSignal(view.busyChanged, timeout=5000):
        view.send("hi")
    qtbot.waitUntil(lambda: not view.busy, timeout=120000)
    return view


def test_compare_panes_show_reasoning_collapsed_and_what_the_answer_is(qtbot, app,
                                                                       tmp_path: Path) -> None:
    view = open_compare(qtbot, app, ("ponder", "musing"))
    cut, only = view.panes
    for pane, reasoning, note in ((cut, "hmm let me see hmm", CUT_REASONING),
                                  (only, "just musing", ONLY_REASONING)):
        thinking = pane.thinking
        assert thinking.isVisible() and not thinking.toggle.isChecked()
        assert thinking.toggle.text().startswith("Thought for ")
        assert pane.empty_note.isVisible() and pane.empty_note.text() == note
        assert not pane.view.isVisible()  # no empty answer box above the note
        thinking.toggle.click()
        assert thinking.view.isVisible() and thinking.view.toPlainText() == reasoning
    qtbot.wait(100)
    view.grab().save(str(tmp_path / "compare-reasoning.png"))
    # a new comparison starts with no reasoning and no note
    view.new_button.click()
    assert all(not p.thinking.isVisibleTo(p) and not p.empty_note.isVisibleTo(p)
               for p in view.panes)
    view.close()


def test_compare_panes_keep_reasoning_closed_but_never_opened_out_of_the_answer(
        qtbot, app) -> None:
    view = open_compare(qtbot, app, ("unopened", "thinker"))
    for pane, reasoning in zip(view.panes, ("ponder it", "weigh it"), strict=True):
        assert pane.view.plain_text().strip() == "Fine" and pane.message.content == "Fine"
        assert pane.message.reasoning == reasoning
        pane.thinking.toggle.click()
        assert pane.thinking.view.toPlainText() == reasoning
    view.close()


def test_blind_panes_show_reasoning_but_not_how_long_it_took(qtbot, app, tmp_path: Path) -> None:
    view = open_compare(qtbot, app, ("thinker", "chatter"), arena=True)
    (pane,) = [p for p in view.panes if p.message.reasoning]
    assert pane.view.plain_text().strip() == "Fine" and not pane.empty_note.isVisible()
    assert pane.thinking.isVisible() and pane.thinking.toggle.text() == "Thinking"
    view.grab().save(str(tmp_path / "arena-reasoning.png"))
    view.vote_buttons["a"].click()
    assert pane.thinking.toggle.text().startswith("Thought for ")
    view.close()
