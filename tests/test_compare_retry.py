"""A compare pane's Try again, its locked choices, closing while panes answer, an answer cut
short by an error, and Tab inside a pane: real Qt widgets offscreen, real llama.cpp workers
on tiny models (two copies, so that the panes answer at once), a real database."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from risky_question import answer_risky  # noqa: E402
from test_compare_window import main_window  # noqa: E402

from chatapp.ui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def window(qtbot, chatapp_home: Path, roomy_model: Path, long_answers):
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    for name in ("alpha", "bravo"):
        shutil.copy(roomy_model, models / f"{name}-tiny.gguf")
    yield from main_window(qtbot, 8)


def open_compare(main: MainWindow):
    next(a for a in main.compare_menu.actions() if a.text() == "&Side by side…").trigger()
    view = main.compare_window
    for pane, name in zip(view.panes, ("alpha", "bravo"), strict=True):
        pane.picker.setCurrentIndex(next(i for i, m in enumerate(view.models)
                                         if m.file_name.startswith(name)))
    return view


def send(qtbot, view, text: str) -> None:
    view.composer.setPlainText(text)
    with qtbot.waitSignal(view.busyChanged, timeout=5000):
        view.send_button.click()


def wait_done(qtbot, view) -> None:
    qtbot.waitUntil(lambda: not view.busy, timeout=60000)


def long_turn(qtbot, view, text: str) -> None:
    """Send text; the panes' answers run on (up to 3,000 tokens) until they are stopped."""
    view.ctx.settings.sampling.max_tokens = 3000
    send(qtbot, view, text)
    view.ctx.settings.sampling.max_tokens = 8  # what is asked later is short again


def try_again(qtbot, view, pane) -> None:
    assert pane.answer_button.isVisible() and pane.answer_button.text() == "Try a&gain"
    with qtbot.waitSignal(view.busyChanged, timeout=5000):
        pane.answer_button.click()
    wait_done(qtbot, view)


def test_try_again_makes_only_the_stopped_answer_again_beside_it(qtbot, window) -> None:
    """Two turns, the second pane stopped in turn 2: Try again makes its turn-2 answer again,
    under the same prompt, the pane's turn 1 kept (was: it answered turn 1 again, then turn 2,
    "turn 1 of 2", its finished turn-1 answer left behind). Reopened, each pane shows its
    newest answer (was: an answer made again at turn 1 was a pane of its own)."""
    view = open_compare(window)
    store = window.ctx.store
    long_turn(qtbot, view, "First question")
    first, second = view.panes
    view.stop_pane(first)  # turn 1 made again too: the reopened comparison keeps two panes
    qtbot.waitUntil(lambda: second.pane.pieces > 2, timeout=30000)
    view.stop_pane(second)
    wait_done(qtbot, view)
    try_again(qtbot, view, first)
    assert store.message(first.message.id).finish_reason == "length"
    turn_1 = [p.message for p in view.panes]
    send(qtbot, view, "Second question")
    wait_done(qtbot, view)
    long_turn(qtbot, view, "Third question")
    qtbot.waitUntil(lambda: second.pane.pieces > 2, timeout=30000)
    view.stop_pane(second)
    qtbot.waitUntil(lambda: second.message is not None, timeout=30000)
    stopped = second.message
    assert stopped.finish_reason == "stopped" and stopped.content
    view.stop_all()
    wait_done(qtbot, view)
    earlier = second.earlier.view.source_text
    before = [m.id for m in store.messages(view.conversation_id)]
    try_again(qtbot, view, second)
    again = store.message(second.message.id)
    assert again.id != stopped.id and again.parent_id == stopped.parent_id  # beside it
    assert store.message(stopped.id).deleted_at is None
    made = [m for m in store.messages(view.conversation_id) if m.id not in before]
    assert [m.id for m in made] == [again.id]  # one answer, no turn asked again
    assert turn_1[1].id in [m.id for m in store.branch(again.id)]
    assert "turn 1 of" not in view.status.text() and second.earlier.view.source_text == earlier
    assert second.earlier.toggle.text() == "Earlier turns (2)"
    shown = [p.message.id for p in view.panes]
    conversation_id = view.conversation_id
    view.close()
    assert view.open_conversation(conversation_id)
    assert [p.message.id for p in view.panes] == shown
    assert view.status.text() == ""  # (was: "Showing 2 of 3 answers.")


def test_a_pane_keeps_its_model_and_settings_while_it_answers(qtbot, window) -> None:
    """The model, documents, Parameters… and Variant… of a pane that answers are locked (was:
    its model could be changed mid-answer: the header kept the old name, the answer was the
    old model's, and Answer this prompt came up after it)."""
    view = open_compare(window)
    long_turn(qtbot, view, "Tell a long story")
    for pane in view.panes:
        choices = (pane.picker, pane.docs_box, pane.params_button, pane.variant_button)
        assert not any(widget.isEnabled() for widget in choices)
    first = view.panes[0]
    name = first.header.text()
    view.stop_all()
    wait_done(qtbot, view)
    for pane in view.panes:
        assert pane.picker.isEnabled() and pane.docs_box.isEnabled()
        assert pane.params_button.isEnabled() and pane.variant_button.isEnabled()
    assert first.header.text() == name and first.message.model_name == "alpha-tiny.gguf"


def close_answering(qtbot, view, asked: list[str]) -> None:
    """Send a long prompt, then close the window while both panes answer (Yes to stop)."""
    long_turn(qtbot, view, "Tell a long story")
    qtbot.waitUntil(lambda: all(p.pane.pieces > 2 for p in view.panes), timeout=30000)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)
    QTimer.singleShot(0, lambda: answer_risky(QMessageBox.StandardButton.Yes, asked))
    qtbot.keyClick(view.composer, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not view.isVisible() and not view.busy


def test_closing_while_panes_answer_asks_first(qtbot, window) -> None:
    """Closing the window (its close button, Ctrl+W) while panes answer asks first, No the
    default, as the Evaluate dialog does for its run (was: it stopped them unasked)."""
    view = open_compare(window)
    long_turn(qtbot, view, "Tell a long story")
    qtbot.waitUntil(lambda: all(p.pane.pieces > 2 for p in view.panes), timeout=30000)
    asked: list[str] = []
    QTimer.singleShot(0, lambda: answer_risky(QMessageBox.StandardButton.No, asked))
    view.close()
    assert view.isVisible() and view.busy and len(asked) == 1
    assert asked[0] == ("2 panes are still answering. Closing stops them; what they wrote so "
                        "far is kept, and each one's Try again makes its answer again. Stop "
                        "them and close?")  # (one: "1 pane is still answering. …", not "…: 1.")
    assert all(p.message is None for p in view.panes)  # they go on
    view.stop_all()
    wait_done(qtbot, view)
    close_answering(qtbot, view, asked)  # Ctrl+W, Yes: stopped, their text kept
    assert len(asked) == 2
    store = window.ctx.store
    assert [store.message(p.message.id).finish_reason for p in view.panes] == ["stopped"] * 2
    assert all(store.message(p.message.id).content for p in view.panes)
    view = open_compare(window)
    view.close()  # nothing runs: nothing asked
    assert not view.isVisible() and len(asked) == 2


def test_the_stop_question_counts_the_panes_still_answering(qtbot, window) -> None:
    """While "Stop the answers?" is open, a pane that ends is no longer counted in its text
    (was: "2 panes are still answering" stayed after one of them had finished)."""
    view = open_compare(window)
    long_turn(qtbot, view, "Tell a long story")
    qtbot.waitUntil(lambda: all(p.pane.pieces > 2 for p in view.panes), timeout=30000)
    seen: list[str] = []

    def one_ends() -> None:
        box = QApplication.activeModalWidget()
        seen.append(box.text())
        view.stop_pane(view.panes[0])  # (as its Stop button: it ends, the other runs on)
        qtbot.waitUntil(lambda: box.text() != seen[0], timeout=10000)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, one_ends)
    view.close()
    assert view.isVisible() and view.busy  # (No: the other pane runs on)
    assert seen[0].startswith("2 panes are still answering.")
    assert seen[1] == ("1 pane is still answering. Closing stops it; what it wrote so far is "
                       "kept, and its Try again makes its answer again. Stop it and close?")
    assert view.panes[0].message is not None and view.panes[1].message is None
    view.stop_all()
    wait_done(qtbot, view)


def test_panes_a_close_stopped_offer_to_try_again(qtbot, window) -> None:
    """The panes stopped by closing the window offer Try again when it is shown again and
    when the comparison is opened from the conversation list (was: none after a close)."""
    view = open_compare(window)
    close_answering(qtbot, view, [])
    view = open_compare(window)  # the same window, shown again
    qtbot.waitUntil(lambda: all(p.answer_button.isVisible() and p.answer_button.text()
                                == "Try a&gain" for p in view.panes), timeout=10000)
    conversation_id = view.conversation_id
    view.new_comparison()
    view.close()
    row = next(i for i in window.sidebar.conversation_items()
               if i.data(Qt.ItemDataRole.UserRole) == conversation_id)
    next(a for a in window.sidebar.conversation_menu(row).actions()
         if a.text() == "Open &side by side").trigger()
    qtbot.waitUntil(lambda: all(p.answer_button.isVisible() and p.answer_button.text()
                                == "Try a&gain" for p in view.panes), timeout=10000)
    first = view.panes[0]
    stopped = first.message.id
    with qtbot.waitSignal(view.busyChanged, timeout=5000):  # its 3,000 tokens again: a while
        first.answer_button.click()
    qtbot.waitUntil(lambda: first.pane is not None and first.pane.pieces > 2, timeout=30000)
    view.stop_all()
    wait_done(qtbot, view)
    assert first.message.id != stopped and first.message.finish_reason == "stopped"


def test_an_answer_cut_short_by_an_error_goes_on_in_chat(qtbot, window) -> None:
    """A pane whose answer failed after 430 tokens (its server went away) offers Continue in
    chat, as the main window offers Continue for it (was: off, as for an answer with no
    text); one that failed with no text still does not."""
    store = window.ctx.store
    c = store.create_conversation("Describe Manila", kind="compare").id
    user = store.add_message(c, None, "user", "Describe Manila")
    cut, empty = (store.add_message(
        c, user.id, "assistant", text, finish_reason="error", completion_tokens=tokens,
        error="Server disconnected without sending a response.", model_name="alpha-tiny.gguf",
        params=json.dumps({"pane": pane})) for pane, text, tokens in (
            (1, "Manila is the capital " * 40, 430), (2, "", 0)))
    view = open_compare(window)
    assert view.open_conversation(c)
    first, second = view.panes
    assert first.message.id == cut.id and first.state_label.text() == "error"
    assert first.continue_button.isEnabled() and not second.continue_button.isEnabled()
    first.continue_button.click()
    assert window.conversation_id == c and store.conversation(c).current_leaf_id == cut.id


def test_tab_goes_through_a_pane_as_it_reads(qtbot, window) -> None:
    """Model, documents, Parameters…, Variant…, Try again (above the answer), the answer (its
    Thinking first), Stop, Continue in chat (was: Parameters… before the documents beside the
    model, Try again last, after Continue in chat, and an answer's Thinking and its text
    after the message box)."""
    from tab_chain import tab_chain

    view = open_compare(window)
    send(qtbot, view, "Hi")
    view.stop_pane(view.panes[0])
    wait_done(qtbot, view)
    pane = view.panes[0]
    QApplication.processEvents()
    assert pane.answer_button.isVisible()
    chain = [w for w in tab_chain(view.arena_box) if pane.isAncestorOf(w)]
    assert chain[:6] == [pane.picker, pane.docs_box, pane.params_button, pane.variant_button,
                         pane.answer_button, pane.scroll]
    assert chain[-3:] == [pane.stop_button, pane.go_on_button, pane.continue_button]
    # a reasoning model's Thinking (made anew for each answer), opened: above the answer
    pane.thinking.set_text("Let me think.")
    pane.thinking.toggle.click()
    QApplication.processEvents()
    chain = [w for w in tab_chain(view.arena_box) if pane.isAncestorOf(w)]
    at = chain.index(pane.thinking.toggle)
    assert chain[at - 1] is pane.scroll and chain[at + 1] is pane.thinking.view
    assert chain[at + 2] is pane.view and chain[-1] is pane.continue_button
