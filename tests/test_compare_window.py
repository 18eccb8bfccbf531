"""The Compare window, arena, leaderboard and evaluate dialog: real Qt widgets offscreen,
real llama.cpp workers on the starter and tiny models, a real database."""

from __future__ import annotations

import importlib.util
import random
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from chatapp.context import open_app  # noqa: E402
from chatapp.ui.app import make_application  # noqa: E402
from chatapp.ui.compare_view import CompareWindow  # noqa: E402
from chatapp.ui.main_window import MainWindow  # noqa: E402
from chatapp.ui.model_list import MODEL_ROLE  # noqa: E402


@pytest.fixture
def home(starter_home: Path, tiny_model: Path) -> Path:
    models = starter_home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    shutil.copy(tiny_model, models / tiny_model.name)
    return starter_home


def main_window(qtbot, max_tokens: int) -> Iterator[MainWindow]:
    """The main window on the app's home, shown, its answers of at most max_tokens tokens
    (seed 3): for a fixture to yield from; it and its app are closed at the end."""
    make_application()
    ctx = open_app()
    ctx.settings.sampling.max_tokens = max_tokens
    ctx.settings.sampling.seed = 3
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()
    ctx.close()


@pytest.fixture
def window(qtbot, home: Path):
    yield from main_window(qtbot, 16)


def open_compare(qtbot, main: MainWindow, arena: bool = False) -> CompareWindow:
    action = next(a for a in main.compare_menu.actions()
                  if a.text() == ("&Arena…" if arena else "&Side by side…"))
    action.trigger()
    view = main.compare_window
    assert view.isVisible() and view.arena_box.isChecked() == arena
    return view


def pick(view: CompareWindow, *names: str) -> None:
    for pane, name in zip(view.panes, names, strict=True):
        index = next(i for i, m in enumerate(view.models) if name in m.file_name)
        pane.picker.setCurrentIndex(index)


def send(qtbot, view: CompareWindow, text: str) -> None:
    qtbot.keyClicks(view.composer, text)
    with qtbot.waitSignal(view.busyChanged, timeout=5000):
        qtbot.keyClick(view.composer, Qt.Key.Key_Return)


def wait_done(qtbot, view: CompareWindow, timeout: int = 120000) -> None:
    qtbot.waitUntil(lambda: not view.busy, timeout=timeout)


def test_two_panes_stream_and_show_their_stats(qtbot, window: MainWindow) -> None:
    view = open_compare(qtbot, window)
    assert len(view.panes) == 2
    view.add_pane()
    assert len(view.panes) == 3
    view.remove_pane()
    assert len(view.panes) == 2
    pick(view, "tiny", "gemma")
    started = time.monotonic()
    send(qtbot, view, "Say hello")
    assert view.ctx.engine.max_loaded >= 2
    assert [p.header.text() for p in view.panes] == [m.display_name for m in
                                                       (p.chosen() for p in view.panes)]
    wait_done(qtbot, view)
    elapsed = time.monotonic() - started
    store = view.ctx.store
    a, b = (store.message(p.message.id) for p in view.panes)
    assert a.parent_id == b.parent_id and a.conversation_id == b.conversation_id
    assert store.conversation(a.conversation_id).title == "Say hello"
    for pane, message in zip(view.panes, (a, b), strict=True):
        assert message.finish_reason in ("stop", "length")
        assert pane.view.source_text == message.content
        assert pane.state_label.text().startswith("done")
        assert "tokens" in pane.stats_label.text() and "first token" in pane.stats_label.text()
        assert pane.continue_button.isEnabled() and not pane.stop_button.isEnabled()
        assert pane.repaints <= elapsed / 0.03 + 4  # batched, not one repaint per token
    # a second prompt goes on along each pane's branch of the same conversation
    send(qtbot, view, "And again")
    wait_done(qtbot, view)
    c, d = (store.message(p.message.id) for p in view.panes)
    assert c.conversation_id == a.conversation_id
    assert store.message(c.parent_id).parent_id == a.id
    assert store.message(d.parent_id).parent_id == b.id
    # continue with the second pane's answer in the main window
    view.panes[1].continue_button.click()
    assert window.conversation_id == d.conversation_id
    assert window.chat_view.bubbles[-1].message.id == d.id
    view.close()
    assert view.ctx.engine.max_loaded == 1
    # the main window's own chat still works
    qtbot.keyClicks(window.composer.edit, "one more")
    with qtbot.waitSignal(window.composer.sendRequested, timeout=2000):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    last = store.message(window.chat_view.bubbles[-1].message.id)
    assert last.finish_reason in ("stop", "length") and last.parent_id is not None


def test_each_pane_can_have_its_own_parameters(qtbot, window: MainWindow) -> None:
    import json

    view = open_compare(qtbot, window)
    pick(view, "tiny", "tiny")
    dialog = view.edit_pane_params(view.panes[1])
    assert dialog.form.system.isVisible()  # a pane's own system prompt: a variant
    dialog.form.system.setPlainText("Answer like a pirate.")
    dialog.form.fields["temperature"].setValue(1.25)
    dialog.form.fields["top_k"].setValue(7)
    dialog.accept()
    second = view.panes[1]
    assert second.overrides == {"temperature": 1.25, "top_k": 7,
                                "system_prompt": "Answer like a pirate."}
    assert second.params_button.text() == "Parameters (3 changed)…"
    assert "“Answer like a pirate.” · Temperature 1.25" in second.header.text()
    send(qtbot, view, "hello")
    wait_done(qtbot, view)
    first, other = (json.loads(view.ctx.store.message(p.message.id).params)
                    for p in view.panes)
    assert first["temperature"] == window.ctx.settings.sampling.temperature
    assert other["temperature"] == 1.25 and other["top_k"] == 7
    assert other["seed"] == first["seed"] == 3
    assert other["system_prompt"] == "Answer like a pirate." and "system_prompt" not in first
    plain, pirate = (p.pane.messages for p in view.panes)
    assert pirate[0] == {"role": "system", "content": "Answer like a pirate."}
    assert all(m["role"] != "system" for m in plain)
    again = view.edit_pane_params(second)  # opens with what the pane has
    assert again.form.system.toPlainText() == "Answer like a pirate."
    again.reject()
    # the arena is fair: both draws use the app's parameters and no pane shows its own
    view.arena_box.setChecked(True)
    assert not second.params_button.isVisible()


def long_story(qtbot, window: MainWindow, *names: str) -> CompareWindow:
    """A Compare window whose panes (models named by names) write long answers now."""
    window.ctx.settings.sampling.max_tokens = 3000
    view = open_compare(qtbot, window)
    pick(view, *names)
    send(qtbot, view, "Write a very long story about a lighthouse, in many chapters.")
    return view


def test_stop_one_pane_then_all(qtbot, window: MainWindow, long_answers) -> None:
    view = long_story(qtbot, window, "gemma", "tiny")
    first, second = view.panes
    qtbot.waitUntil(lambda: first.pane.pieces > 2, timeout=60000)
    first.stop_button.click()
    qtbot.waitUntil(lambda: first.message is not None, timeout=30000)
    assert first.message.finish_reason == "stopped"
    assert first.state_label.text() == "stopped"
    assert view.ctx.store.message(first.message.id).finish_reason == "stopped"
    view.stop_all_button.click()
    wait_done(qtbot, view, 30000)
    assert second.message.finish_reason in ("stopped", "length", "stop")
    assert view.ctx.store.message(first.message.id).content == first.view.source_text


def test_closing_the_window_mid_answer_stops_and_it_opens_ready_again(
        qtbot, window: MainWindow, long_answers) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox
    from risky_question import answer_risky

    view = long_story(qtbot, window, "gemma", "tiny")
    first, second = view.panes
    qtbot.waitUntil(lambda: first.pane.pieces > 2, timeout=60000)
    asked: list[str] = []  # (test_compare_retry: what it asks first)
    QTimer.singleShot(0, lambda: answer_risky(QMessageBox.StandardButton.Yes, asked))
    view.close()
    assert len(asked) == 1 and not view.isVisible()
    view = open_compare(qtbot, window)  # the same window, shown again
    assert not view.busy and view.send_button.isEnabled() and view.status.text() == ""
    for pane in (first, second):
        stored = view.ctx.store.message(pane.message.id)
        assert stored.finish_reason in ("stopped", "length", "stop")
        assert pane.state_label.text() in ("stopped", "done", "done (token limit)",
                                           "done (context full)",
                                           "stopped before the first token")
        assert not pane.stop_button.isEnabled()
    assert not view.stop_all_button.isEnabled()


def test_closing_a_comparison_keeps_the_chats_model_loaded_and_says_what_is(
        qtbot, window: MainWindow) -> None:
    """The chat's model loaded, then compared beside another: closing the comparison unloads
    the other one, not the chat's (was: the chat's, the one used least recently, and its
    next message loaded it again), and the status bar says what is loaded (was: "… loaded"
    for a model whose process had ended)."""
    from test_conversation_window import wait_answer

    chat_model = next(m for m in window.models if "tiny" in m.file_name)
    window.select_model(chat_model.key)
    qtbot.keyClicks(window.composer.edit, "hello")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    wait_answer(qtbot, window)
    view = open_compare(qtbot, window)
    pick(view, "tiny", "gemma")
    send(qtbot, view, "Say hello")
    wait_done(qtbot, view)
    other = next(p.chosen() for p in view.panes if "gemma" in p.chosen().file_name)
    view.close()
    engine = window.ctx.engine
    assert engine.loaded_info(chat_model.path) is not None
    assert engine.loaded_info(other.path) is None
    assert window.model_status.text().startswith(f"{chat_model.display_name} loaded · ")
    window.select_model(other.key)  # the status bar follows the one it names
    assert "loads with the next message" in window.model_status.text()


def test_ctrl_w_and_escape_close_the_compare_window(qtbot, window: MainWindow) -> None:
    """As the model browser: a window of its own closes from the keyboard too."""
    for key, modifier in ((Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
                          (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)):
        view = open_compare(qtbot, window)
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow, timeout=5000)
        qtbot.keyClick(view.composer, key, modifier)
        qtbot.waitUntil(lambda view=view: not view.isVisible(), timeout=5000)


def test_ctrl_q_in_the_compare_window_quits(qtbot, window: MainWindow) -> None:
    """Ctrl+Q, the File menu's Quit, works from the compare window too (was: nothing)."""
    view = open_compare(qtbot, window)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)
    qtbot.keyClick(view.composer, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_a_pane_follows_its_answer_until_scrolled_up(qtbot, window: MainWindow,
                                                     long_answers) -> None:
    view = long_story(qtbot, window, "gemma", "tiny")
    first = view.panes[0]
    bar = first.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100, timeout=60000)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=5000)  # it follows
    grown = bar.maximum()
    qtbot.waitUntil(lambda: bar.maximum() > grown + 50, timeout=60000)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=5000)
    bar.setValue(0)  # the user scrolls up to read: it stays there
    grown = bar.maximum()
    qtbot.waitUntil(lambda: bar.maximum() > grown + 50, timeout=60000)
    assert bar.value() == 0
    view.stop_all_button.click()
    wait_done(qtbot, view, 30000)


def test_a_pane_says_how_far_its_long_prompt_was_read(qtbot, window: MainWindow) -> None:
    window.ctx.settings.sampling.max_tokens = 8
    view = open_compare(qtbot, window)
    pick(view, "gemma", "tiny")
    view.composer.setPlainText(
        " ".join(f"Line {i}: the river carries sand to the sea." for i in range(110)))
    with qtbot.waitSignal(view.busyChanged, timeout=5000):
        qtbot.keyClick(view.composer, Qt.Key.Key_Return)
    first = view.panes[0]
    seen = []

    def sampled() -> bool:
        text = first.state_label.text()
        if text.startswith("reading the prompt…") and text not in seen:
            seen.append(text)
        return not view.busy

    qtbot.waitUntil(sampled, timeout=120000)
    percents = [int(re.search(r"(\d+) %", text).group(1)) for text in seen]
    assert percents and percents == sorted(percents) and percents[-1] < 100, seen
    assert first.message.finish_reason in ("stop", "length")
    view.close()


def shown_texts(widget) -> list[str]:
    """Every text a person (or a screen reader) can get from widget and its children."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        texts += [child.toolTip(), child.accessibleName(), child.windowTitle()]
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
    return [t for t in texts if t]


def test_arena_stays_blind_until_the_vote(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from chatapp.compare.votes import votes

    view = open_compare(qtbot, window, arena=True)
    view.rng = random.Random(7)
    assert len(view.panes) == 2 and not view.add_button.isEnabled()
    assert not view.panes[0].picker.isVisible()
    view.tag_edit.setText("smoke")
    send(qtbot, view, "Tell me a joke")
    assert [p.header.text() for p in view.panes] == ["Model A", "Model B"]
    assert view.prompt_label.text() == "Prompt: Tell me a joke"
    assert not view.vote_panel.isVisible()
    wait_done(qtbot, view)
    assert view.vote_panel.isVisible()
    names = [m.display_name for m in view.arena_models]
    assert sorted(names) == sorted(m.display_name for m in view.models)
    # before the vote: no name, no numbers, no way into the main window, not in its lists
    secret = names + [m.file_name for m in view.arena_models]
    for pane in view.panes:
        assert not any(s in t for s in secret for t in shown_texts(pane)), shown_texts(pane)
        assert pane.stats_label.text() == "" and not pane.continue_button.isEnabled()
        assert "after your vote" in pane.continue_button.toolTip()
        assert pane.state_label.text().startswith("done")
    conversation_id = view.conversation_id
    window.refresh_sidebar()
    assert conversation_id not in [i.data(Qt.ItemDataRole.UserRole)
                                   for i in window.sidebar.conversation_items()]
    window.sidebar.search.setText("joke")
    qtbot.waitUntil(lambda: window.sidebar.showing_hits, timeout=2000)
    assert window.sidebar.conversation_items() == []
    window.sidebar.search.clear()
    qtbot.waitUntil(lambda: not window.sidebar.showing_hits, timeout=2000)
    assert not any(s in t for s in secret for t in shown_texts(window.sidebar))
    with qtbot.waitSignal(view.voted, timeout=2000):
        view.vote_buttons["b"].click()
    stored = votes(view.ctx.store, "smoke")
    assert [(v.model_a, v.model_b, v.outcome) for v in stored] == [
        (view.arena_models[0].file_name, view.arena_models[1].file_name, "b")]
    assert [p.header.text() for p in view.panes] == [
        f"Model A: {names[0]}", f"Model B: {names[1]}"]
    assert not view.vote_buttons["a"].isEnabled()
    # after it: the names, the numbers, Continue, and the round at the top of the list
    for pane in view.panes:
        assert "tokens" in pane.stats_label.text() and pane.continue_button.isEnabled()
    assert any(names[0] in t for t in shown_texts(view.panes[0]))  # the check sees names
    rows = window.sidebar.conversation_items()
    assert rows[0].data(Qt.ItemDataRole.UserRole) == conversation_id
    assert rows[0].text() == "⇆ Tell me a joke"
    view.panes[0].continue_button.click()
    assert window.conversation_id == conversation_id
    view.grab().save(str(tmp_path / "arena.png"))


def test_an_arena_round_where_a_model_cannot_answer_gets_no_vote(
        qtbot, window: MainWindow, home: Path) -> None:
    from gguf_factory import write_corrupt_gguf

    write_corrupt_gguf(home / "data" / "models" / "zero-layers-F32.gguf", "zero_layers")
    window.model_list.reload()
    view = open_compare(qtbot, window, arena=True)
    view.arena_list.set_checked({m.key for m in view.models
                                 if "tiny" in m.file_name or "zero" in m.file_name})
    send(qtbot, view, "Tell me a joke")
    wait_done(qtbot, view)
    failed = next(p for p in view.panes if p.message.finish_reason == "error")
    assert not any(b.isEnabled() for b in view.vote_buttons.values())
    assert "could not answer, so this round gets no vote" in view.vote_label.text()
    assert "zero-layers-F32" in view.vote_label.text()  # named now: there is no vote
    assert failed.header.text().endswith("zero-layers-F32")


def test_the_arena_draws_presets_as_variants_and_ranks_them_by_name(
        qtbot, window: MainWindow) -> None:
    from chatapp.compare.votes import votes

    store = window.ctx.store
    tiny = next(m for m in window.ctx.catalogue.local() if "tiny" in m.file_name)
    store.save_preset("pirate", "Answer like a pirate.", {"temperature": 0.3}, tiny.key)
    store.save_preset("nowhere", "", {}, "sha256:not-here")  # its model is gone: not offered
    store.save_preset("terse", "Be brief.", {}, "")  # the model picked at the time
    window.ctx.settings.default_model = tiny.key
    view = open_compare(qtbot, window, arena=True)
    presets = view.arena_presets
    assert presets.isVisible() and presets.count() == 2
    assert sorted(presets.item(i).text() for i in range(2)) == [
        f"pirate — {tiny.display_name}", f"terse — {tiny.display_name}"]
    pirate_row = next(i for i in range(2) if presets.item(i).text().startswith("pirate"))
    view.arena_list.set_checked({tiny.key})
    view.send("Ahoy")  # one model and no preset: nothing is drawn
    hint = "Tick at least two models or presets to draw from."
    assert view.status.text() == hint
    presets.item(pirate_row).setCheckState(Qt.CheckState.Checked)
    assert view.status.text() == ""  # the hint goes once the pool changes
    presets.item(pirate_row).setCheckState(Qt.CheckState.Unchecked)
    view.send("Ahoy")
    assert view.status.text() == hint
    from chatapp.compare.variants import Variant

    made = Variant("brief", tiny.file_name, system="Be brief.", resolved=tiny)
    presets.add_variant(made)  # a new variant joins the pool ticked: the hint goes too
    assert view.status.text() == ""
    presets.item(presets.count() - 1).setCheckState(Qt.CheckState.Unchecked)
    presets.item(pirate_row).setCheckState(Qt.CheckState.Checked)
    view.rng = random.Random(3)
    send(qtbot, view, "Ahoy")
    wait_done(qtbot, view)
    assert sorted(v.name for v in view.arena_variants) == sorted(["pirate", tiny.file_name])
    for pane in view.panes:  # still blind: no preset name before the vote
        assert not any("pirate" in t for t in shown_texts(pane))
    answers = {v.name: store.message(p.message.id)
               for v, p in zip(view.arena_variants, view.panes, strict=True)}
    assert answers["pirate"].sampling["system_prompt"] == "Answer like a pirate."
    assert answers["pirate"].sampling["variant"] == "pirate"
    assert answers["pirate"].sampling["temperature"] == 0.3
    assert "variant" not in answers[tiny.file_name].sampling
    with qtbot.waitSignal(view.voted, timeout=2000):
        view.vote_buttons["a"].click()
    [vote] = votes(store)
    assert {vote.model_a, vote.model_b} == {"pirate", tiny.file_name}
    headers = [p.header.text() for p in view.panes]
    assert f"pirate ({tiny.display_name})" in " ".join(headers)
    from chatapp.compare.claims import ranked_models

    assert ranked_models(store)["pirate"] == tiny.file_name


def test_a_later_pane_answers_the_same_prompt_and_a_comparison_reopens(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    view = open_compare(qtbot, window)
    pick(view, "tiny", "gemma")
    send(qtbot, view, "Name a colour")
    assert view.prompt_label.isVisible() and view.prompt_label.text() == "Prompt: Name a colour"
    assert not any(p.answer_button.isVisible() for p in view.panes)
    wait_done(qtbot, view)
    third = view.add_pane()
    qtbot.waitUntil(third.answer_button.isVisible, timeout=2000)
    assert not any(p.answer_button.isVisible() for p in view.panes[:2])
    pick(view, "tiny", "gemma", "tiny")
    assert "A new comparison began" not in view.status.text()
    third.set_overrides({"temperature": 0.9})
    with qtbot.waitSignal(view.busyChanged, timeout=5000):
        third.answer_button.click()
    assert not third.answer_button.isVisible() and view.panes[0].message is not None
    wait_done(qtbot, view)
    store = view.ctx.store
    first, second, later = (store.message(p.message.id) for p in view.panes)
    assert later.parent_id == first.parent_id == second.parent_id  # the same user turn
    assert later.sampling["temperature"] == 0.9 and "tokens" in third.stats_label.text()
    assert [m.content for m in store.messages(first.conversation_id)
            if m.role == "user"] == ["Name a colour"]
    conversation_id = first.conversation_id
    # another comparison, then the first one back side by side from the sidebar
    view.new_comparison()
    assert not view.prompt_label.isVisible() and view.panes[0].view.source_text == ""
    assert view.status.text() == "The comparison shown before is kept in the conversation list."
    view.close()
    row = next(i for i in window.sidebar.conversation_items()  # listed once stored
               if i.data(Qt.ItemDataRole.UserRole) == conversation_id)
    assert row.text() == "⇆ Name a colour"
    action = next(a for a in window.sidebar.conversation_menu(row).actions()
                  if a.text() == "Open &side by side")
    action.trigger()
    view = window.compare_window
    assert view.isVisible() and view.conversation_id == conversation_id
    assert view.windowTitle() == "Compare models: Name a colour"
    assert view.prompt_label.text() == "Prompt: Name a colour"
    assert len(view.panes) == 3
    assert not any(p.earlier.isVisible() for p in view.panes)  # a first turn has none
    for widget, message in zip(view.panes, (first, second, later), strict=True):
        assert widget.view.source_text == message.content
        assert widget.header.text().startswith(message.model_name.removesuffix(".gguf"))
        assert widget.chosen().key == message.model_key
        assert "tokens" in widget.stats_label.text() and widget.continue_button.isEnabled()
        assert not widget.answer_button.isVisible()
    # a pane goes on with the parameters its answer was made with
    assert view.panes[2].header.text() == "tiny-llama-F32 · Temperature 0.9"
    assert [p.overrides for p in view.panes] == [{}, {}, {"temperature": 0.9}]
    view.grab().save(str(tmp_path / "compare-reopened.png"))
    # and it goes on: the next prompt follows each pane's branch
    send(qtbot, view, "Another")
    wait_done(qtbot, view)
    assert [store.message(store.message(p.message.id).parent_id).parent_id
            for p in view.panes] == [first.id, second.id, later.id]
    latest = [p.message for p in view.panes]  # each pane's answer to turn 2
    assert view.prompt_label.text() == (
        "Turn 2 (each model also reads its own earlier turns; New comparison starts afresh): "
        "Another")
    # each pane keeps its earlier turn at hand, closed: the prompt and its own answer
    for widget, message in zip(view.panes, (first, second, later), strict=True):
        earlier = widget.earlier
        assert earlier.isVisible() and not earlier.view.isVisible()
        assert earlier.toggle.text() == "Earlier turns (1)"
        earlier.toggle.click()
        assert earlier.view.isVisible()
        shown = earlier.view.source_text
        assert shown.startswith("**You**\n\n> Name a colour"), shown
        assert f"**{message.model_name.removesuffix('.gguf')}**" in shown, shown
        assert shown.rstrip().endswith(message.content.rstrip()), shown
    view.grab().save(str(tmp_path / "compare-turn-2.png"))
    # a pane given another model offers to answer the prompt shown with it
    pick(view, "gemma", "gemma", "tiny")
    qtbot.waitUntil(view.panes[0].answer_button.isVisible, timeout=2000)
    assert not any(p.answer_button.isVisible() for p in view.panes[1:])
    with qtbot.waitSignal(view.busyChanged, timeout=5000):
        view.panes[0].answer_button.click()
    wait_done(qtbot, view)
    late = store.message(view.panes[0].message.id)
    assert late.model_key == view.panes[1].chosen().key
    assert not view.panes[0].answer_button.isVisible()
    # a later turn: the new pane's model answered every turn in order, along its own branch
    branch = store.branch(late.id)
    assert [m.content for m in branch if m.role == "user"] == ["Name a colour", "Another"]
    assert {m.model_key for m in branch if m.role == "assistant"} == {late.model_key}
    assert branch[0].parent_id is None and branch[1].parent_id == branch[0].id
    assert view.panes[0].earlier.toggle.text() == "Earlier turns (1)"
    assert view.panes[0].earlier.view.source_text.endswith(branch[1].content.strip())
    # and it comes back as a fourth pane with the others
    view.close()
    assert view.open_conversation(conversation_id)
    assert len(view.panes) == 4
    assert sorted(p.message.id for p in view.panes) == sorted(
        [m.id for m in (*latest, late)])


def test_a_prompt_sent_past_a_pane_that_did_not_answer_says_a_new_comparison_began(
        qtbot, window: MainWindow) -> None:
    view = open_compare(qtbot, window)
    pick(view, "tiny", "gemma")
    send(qtbot, view, "Name a colour")
    wait_done(qtbot, view)
    first = view.conversation_id
    view.add_pane()  # not asked to answer the prompt shown
    pick(view, "tiny", "gemma", "tiny")
    send(qtbot, view, "Another")
    wait_done(qtbot, view)
    assert view.conversation_id != first  # (as before), and now it is said
    assert view.status.text().startswith(
        "A new comparison began: a pane had not answered the earlier turns")
    assert view.prompt_label.text() == "Prompt: Another"


def test_pane_numbers_are_the_answers_own(qtbot, window: MainWindow, long_answers) -> None:
    window.ctx.settings.sampling.max_tokens = 400
    view = open_compare(qtbot, window)
    pick(view, "tiny", "tiny")  # one model file: the panes take turns on it
    first, second = view.panes
    live = []  # (tokens shown, tokens and text pieces of the pane) at each repaint
    first.timer.timeout.connect(lambda: live.append(
        (int(re.search(r"(\d+) tokens", first.stats_label.text() + " 0 tokens").group(1)),
         first.pane.tokens, first.pane.pieces)))
    send(qtbot, view, "Count")
    second.stop_button.click()  # before its model has written anything
    wait_done(qtbot, view)
    stopped = view.ctx.store.message(second.message.id)
    assert stopped.finish_reason == "stopped" and stopped.content == ""
    assert stopped.ttft_s is None and not stopped.completion_tokens
    assert second.state_label.text() == "stopped before the first token"
    assert second.stats_label.text() == "0 tokens"  # no time to a token that never came
    answer = view.ctx.store.message(first.message.id)
    assert first.pane.tokens == answer.completion_tokens > 300
    # the live count is the worker's token count, not the number of text pieces
    # (read just after each repaint: the pane may have gone on since, never back)
    shown = [(n, tokens, pieces) for n, tokens, pieces in live if n]
    assert shown and all(n <= tokens for n, tokens, _ in shown), live
    assert any(n > pieces for n, _, pieces in shown), live
    assert first.pane.pieces < first.pane.tokens
    rate = first.pane.tokens_per_s
    assert 0.5 < rate / answer.tokens_per_s < 2, (rate, answer.tokens_per_s)


def test_leaderboard_shows_stored_votes_and_exports_csv(qtbot, tmp_path: Path) -> None:
    from chatapp.compare.votes import add_vote
    from chatapp.store import Store
    from chatapp.ui.leaderboard import LeaderboardDialog

    make_application()
    store = Store(tmp_path / "chat.db")
    try:
        conversation = store.create_conversation("votes")
        for outcome, tag in (("a", "set1"), ("a", "set1"), ("tie", "set1"), ("b", "other")):
            user = store.add_message(conversation.id, None, "user", "q")
            answers = [store.add_message(conversation.id, user.id, "assistant", "x",
                                         model_name=name) for name in ("big.gguf", "small.gguf")]
            add_vote(store, answers[0].id, answers[1].id, outcome, tag=tag)
        dialog = LeaderboardDialog(store, rounds=30)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.table.rowCount() == 2
        # what a rating is, and the prior the numbers depend on, is said at the column
        said = dialog.table.horizontalHeaderItem(2).toolTip()
        assert "Elo scale: 1000 is the average model" in said and "virtual tie" in said
        assert [dialog.tag_box.itemText(i) for i in range(dialog.tag_box.count())] == [
            "All votes", "other", "set1"]
        dialog.select_tag("set1")
        assert dialog.board.votes == 3
        assert dialog.table.item(0, 1).text() == "big"  # as the pickers name it
        assert dialog.summary.text().startswith("3 votes · 2 models")
        assert dialog.table.item(0, 4).text() == "3 · few votes"
        assert dialog.table.item(0, 5).text() == "83%"  # 2.5 of 3
        from PySide6.QtCore import QLocale

        def read(text: str) -> int:  # written as the locale groups thousands ("1,095")
            return int(text.replace(QLocale().groupSeparator(), ""))

        low, high = (read(v) for v in dialog.table.item(0, 3).text().split(" – "))
        assert low <= read(dialog.table.item(0, 2).text()) <= high
        assert dialog.matrix.rowCount() == 2 and dialog.matrix.item(0, 1).text() == "83%"
        assert dialog.matrix.verticalHeaderItem(0).text() == "big"  # in the ranking's order
        dialog.grab().save("/tmp/leaderboard.png")
        out = dialog.export_csv(tmp_path / "board.csv")
        lines = out.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("rank,model,rating") and lines[1].startswith("1,big,")
        dialog.close()
    finally:
        store.close()


def test_eval_dialog_runs_two_prompts_on_two_models(qtbot, chatapp_home: Path,
                                                    tiny_model: Path, tmp_path: Path) -> None:
    from chatapp.compare.evaluate import load_results
    from chatapp.ui.eval_dialog import EvalDialog

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    for name in ("tiny-a-F32.gguf", "tiny-b-F32.gguf"):
        shutil.copy(tiny_model, models / name)
    prompts = tmp_path / "set.txt"
    prompts.write_text("Say hi\nCount to three\n", encoding="utf-8")
    make_application()
    ctx = open_app()
    try:
        dialog = EvalDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.prompt_edit.setText(str(prompts))
        assert dialog.folder_edit.placeholderText().endswith("set")
        # a folder the user types stays when the prompt file changes afterwards
        qtbot.keyClicks(dialog.folder_edit, str(tmp_path / "out"))
        dialog.prompt_edit.setText(str(prompts) + " ")
        dialog.prompt_edit.setText(str(prompts))
        assert dialog.folder_edit.text() == str(tmp_path / "out")
        dialog.max_tokens.setValue(8)
        dialog.model_list.set_checked({m.key for m in dialog.models if "tiny" in m.file_name})
        assert len(dialog.ticked()) == 2
        with qtbot.waitSignal(dialog.done, timeout=120000) as blocker:
            dialog.start_button.click()
            assert dialog.running and dialog.stop_button.isEnabled()
            assert not any(w.isEnabled() for w in (  # what the run goes by stays as it is
                dialog.max_tokens, dialog.repeats, dialog.pairwise, dialog.judge_box))
        page = blocker.args[0]
        assert page == tmp_path / "out" / "report.html" and page.exists()
        results = load_results(tmp_path / "out")
        assert sorted((r.prompt_id, r.model) for r in results) == [
            ("1", "tiny-a-F32.gguf"), ("1", "tiny-b-F32.gguf"),
            ("2", "tiny-a-F32.gguf"), ("2", "tiny-b-F32.gguf")]
        assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == 4
        assert dialog.open_button.isEnabled() and dialog.start_button.isEnabled()
        assert dialog.max_tokens.isEnabled() and dialog.repeats.isEnabled()
        assert "report" in dialog.progress_label.text()
        dialog.grab().save("/tmp/eval.png")
        dialog.close()
    finally:
        ctx.close()


def test_eval_dialog_says_which_answers_failed_and_that_a_new_start_makes_them(
        qtbot, chatapp_home: Path, tiny_model: Path, tmp_path: Path) -> None:
    import numpy as np
    from gguf_factory import write_tiny_llama

    from chatapp.ui.eval_dialog import EvalDialog

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    shutil.copy(tiny_model, models / "tiny-a-F32.gguf")
    # its header is whole, its tensors are not of the shapes it declares: llama.cpp refuses it
    write_tiny_llama(models / "cut-F32.gguf",
                     extra_metadata={"llama.attention.head_count_kv": np.uint32(3)})
    prompts = tmp_path / "set.txt"
    prompts.write_text("Say hi\nCount to three\n", encoding="utf-8")
    make_application()
    ctx = open_app()
    try:
        dialog = EvalDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.prompt_edit.setText(str(prompts))
        dialog.folder_edit.setText(str(tmp_path / "out"))
        dialog.max_tokens.setValue(4)
        dialog.model_list.set_checked({m.key for m in dialog.models
                           if m.file_name in ("tiny-a-F32.gguf", "cut-F32.gguf")})
        assert len(dialog.ticked()) == 2
        with qtbot.waitSignal(dialog.done, timeout=120000):
            dialog.start_button.click()
        lines = dialog.progress_label.text().splitlines()
        assert lines[0].startswith("Done, but 1 answer failed: Could not load the model "
                                   "cut-F32.gguf")
        assert lines[1] == "Not tried, as their model could not be loaded: cut-F32.gguf."
        assert lines[2].startswith("Start again with the same output folder to make them "
                                   "again. The report is in ")
        dialog.close()
    finally:
        ctx.close()


def open_evaluate(window: MainWindow, prompts: Path, max_tokens: int, model: str = ""):
    """Compare → Evaluate a prompt set…, over prompts, with every model whose file name holds
    model ticked; the dialog."""
    next(a for a in window.compare_menu.actions()
         if a.text() == "&Evaluate a prompt set…").trigger()
    dialog = window.eval_dialog
    dialog.prompt_edit.setText(str(prompts))
    dialog.max_tokens.setValue(max_tokens)
    dialog.model_list.set_checked({m.key for m in dialog.models if model in m.file_name})
    return dialog


def test_an_eval_run_is_one_row_of_the_sidebar(qtbot, window: MainWindow,
                                               tmp_path: Path) -> None:
    prompts = tmp_path / "colours.txt"
    prompts.write_text("Name a colour\nName a fruit\nName a tree\n", encoding="utf-8")
    before = [i.text() for i in window.sidebar.conversation_items()]
    dialog = open_evaluate(window, prompts, 4)
    assert not dialog.answers_button.isEnabled()
    shown = []  # the run's row each time the list is told (after the window's refresh)
    dialog.runsChanged.connect(lambda: shown.extend(
        (r.text().split(" · ")[1], dialog.running,
         [made.split(" (")[0] for made in r.text().split(" · ")[2:3] if "(" in made],
         dialog.progress_label.text().split(" · ")[0]) for r in window.sidebar.run_items()))
    with qtbot.waitSignal(dialog.runsChanged, timeout=20000):
        dialog.start_button.click()
    assert len(window.sidebar.run_items()) == 1  # listed from its start
    qtbot.waitUntil(lambda: not dialog.running, timeout=120000)
    # the row follows the run as its prompts are answered, not only at its start and end
    # (was: "1 of 4 prompts" while the dialog said "10 of 12 answers")
    assert len([text for text, running, *_ in shown if running]) >= 2, shown
    # the row counts the answers the dialog counts, each time (was: "3 of 6 answers" in the
    # row while the dialog said "5 of 6 answers": the row was told only of prompts' first)
    assert [made[0] for _, running, made, said in shown if running and made
            and said.endswith(" answers")] == [
        said for _, running, made, said in shown if running and made
        and said.endswith(" answers")], shown
    assert len([made for _, running, made, _ in shown if running and made]) >= 5, shown
    assert [i.text() for i in window.sidebar.conversation_items()] == before  # no flood
    runs = window.sidebar.run_items()
    assert [r.text().rsplit(" · ", 1)[0] for r in runs] == [
        "▸ colours.txt · 3 prompts × " + " & ".join(  # the two models named
            Path(name).stem for name in window.ctx.store.eval_runs()[0].model_names)]
    assert dialog.answers_button.isEnabled()
    dialog.answers_button.click()
    assert not dialog.isVisible()  # out of the way of what it shows
    store = window.ctx.store
    first = store.conversations(dialog.run.run_id)[0]
    assert window.conversation_id == first.id
    assert [i.text() for i in window.sidebar.conversation_items()][-3:] == [
        "      1: Name a colour", "      2: Name a fruit", "      3: Name a tree"]
    assert window.sidebar.current_id() == first.id
    assert len(window.chat_view.bubbles) == 2  # the prompt and one model's answer
    assert window.compare_menu.actions()[-1].text() == "&Evaluate a prompt set…"
    window.compare_menu.actions()[-1].trigger()
    assert dialog.isVisible() and dialog.answers_button.isEnabled()  # as it was left
    dialog.close()


def test_runs_alike_are_told_apart_by_their_folders_and_titles_keep_to_one_line(
        window: MainWindow, tmp_path: Path) -> None:
    store = window.ctx.store
    runs = [store.create_eval_run("p.jsonl", str(tmp_path / folder), ["a.gguf", "b.gguf"], 3)
            for folder in ("out-judge", "out-plain", "other")]
    store.create_eval_run("q.jsonl", str(tmp_path / "out-q"), ["a.gguf"], 1)
    conversation = store.create_conversation(title="p.jsonl · 2: Q: What is 2 + 2?\nA:",
                                             kind="compare", eval_run_id=runs[0].id)
    window.refresh_sidebar()
    window.sidebar.set_run_expanded(runs[0].id)
    texts = [item.text() for item in window.sidebar.run_items()]
    alike = [t for t in texts if "p.jsonl" in t]
    # (the folder right after the name, where a narrow list does not cut it off)
    assert len(set(alike)) == 3 and {t.split(" · ")[0] for t in alike} == {
        "▾ p.jsonl (out-judge)", "▸ p.jsonl (out-plain)", "▸ p.jsonl (other)"}
    (alone,) = [t for t in texts if "q.jsonl" in t]
    assert "out-q" not in alone  # its name tells it apart already
    # a run stopped part way says how far it got (was: as a finished one)
    assert [t.split(" · ")[1:3] for t in alike if "out-judge" in t] == [
        ["a & b", "0 of 6 answers (3 prompts × 2 variants)"]]
    (row,) = [item.text() for item in window.sidebar.conversation_items()
              if item.data(Qt.ItemDataRole.UserRole) == conversation.id]
    assert row == "      2: Q: What is 2 + 2? A:"
    window.open_conversation(conversation.id)
    assert window.title_label.text() == "p.jsonl · 2: Q: What is 2 + 2? A:"


def test_a_reopened_comparison_keeps_a_random_seed_random(qtbot, window: MainWindow) -> None:
    from chatapp.ui.provenance import provenance_rows

    window.ctx.settings.sampling.seed = -1
    view = open_compare(qtbot, window)
    pick(view, "tiny", "tiny")
    send(qtbot, view, "Name a colour")
    wait_done(qtbot, view)
    store = view.ctx.store
    stored = [store.message(p.message.id) for p in view.panes]
    assert all(m.sampling["seed"] >= 0 and m.sampling["seed_random"] for m in stored)
    sampling_row = dict(provenance_rows(stored[0]))["Sampling"]
    assert "(the seed was drawn at random)" in sampling_row
    view.new_comparison()
    assert view.open_conversation(stored[0].conversation_id)
    for pane in view.panes:
        assert "seed" not in pane.overrides and pane.params_button.text() == "Parameters…"


def test_a_pane_stopped_while_it_waits_its_turn_ends_at_once(
        qtbot, window: MainWindow, long_answers) -> None:
    view = long_story(qtbot, window, "gemma", "gemma")  # one model file: they take turns
    first, second = view.panes
    qtbot.waitUntil(lambda: first.pane.pieces > 2, timeout=60000)
    assert second.state_label.text() == "waiting" and second.pane.pieces == 0
    second.stop_button.click()
    qtbot.waitUntil(lambda: second.message is not None, timeout=3000)
    assert second.state_label.text() == "stopped before the first token"
    assert first.message is None  # the other goes on
    assert view.status.text() == "1 at once (panes of one model file take turns)"
    view.stop_all_button.click()
    wait_done(qtbot, view, 30000)
    assert "waited" in second.stats_label.text() and "waited" not in first.stats_label.text()


def test_tab_goes_as_the_window_reads(qtbot, window: MainWindow) -> None:
    """The bar left to right, the arena's set-up, each pane in turn, then the message box."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication
    from tab_chain import tab_chain

    view = open_compare(qtbot, window)

    def owners(chain: list) -> list:
        """The pane of each widget in chain (None: not in a pane), one entry per run."""
        runs: list = []
        for widget in chain:
            pane = next((p for p in view.panes if p.isAncestorOf(widget)), None)
            if not runs or runs[-1] is not pane:
                runs.append(pane)
        return runs

    bar = [view.new_button, view.add_button, view.remove_button, view.stop_all_button]
    view.add_pane()  # a pane made later goes before the message box too
    QApplication.processEvents()
    chain = tab_chain(view.arena_box)
    assert chain[:len(bar)] == bar and chain[-2:] == [view.composer, view.send_button]
    assert owners(chain[len(bar):-2]) == view.panes
    view.arena_box.setChecked(True)  # two panes: the third one goes
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    chain = tab_chain(view.arena_box)
    arena = [view.arena_list, view.variant_button, view.tag_edit]
    assert chain[:len(bar) + len(arena)] == bar + arena
    assert owners(chain[len(bar) + len(arena):-2]) == view.panes
    assert chain[-2:] == [view.composer, view.send_button]
    view.close()


def test_a_pane_added_takes_a_model_no_pane_shows(qtbot, window: MainWindow) -> None:
    view = open_compare(qtbot, window)
    pick(view, "gemma", "gemma")  # the user put one model in both panes
    third = view.add_pane()
    assert "tiny" in third.picker.currentData(MODEL_ROLE).file_name
    fourth = view.add_pane()  # every model is shown: the first, as before
    assert fourth.picker.currentData(MODEL_ROLE) is not None
    view.close()


def test_a_panes_model_that_leaves_keeps_its_name_on_its_answer(qtbot,
                                                                window: MainWindow) -> None:
    """A reopened comparison's answer keeps its model's name when that model's file goes:
    the pane says which model answers next, and stops saying so once the file is back."""
    view = open_compare(qtbot, window)
    pick(view, "tiny", "gemma")
    send(qtbot, view, "Say hi")
    wait_done(qtbot, view)
    conversation = view.conversation_id
    view.new_comparison()
    assert view.open_conversation(conversation)
    pane = next(p for p in view.panes if "tiny" in p.header.text())
    name = pane.header.text()
    path = Path(pane.chosen().path)
    kept = path.read_bytes()
    path.unlink()
    window.model_list.reload()
    assert pane.header.text() == name  # the answer shown is still the tiny model's
    lost = pane.stats_label.text()
    assert lost.startswith(f"{pane.message.model_name.removesuffix('.gguf')} is not in the "
                           "library any more: ")
    path.write_bytes(kept)
    window.model_list.reload()
    assert "tiny" in pane.chosen().file_name
    assert pane.stats_label.text() != lost and "is back in the library" in pane.stats_label.text()


def test_a_stopped_pane_offers_to_try_again_with_its_model(qtbot, window: MainWindow) -> None:
    view = open_compare(qtbot, window)
    pick(view, "gemma", "tiny")
    send(qtbot, view, "Tell me about the sea")
    view.stop_pane(view.panes[0])  # stopped at once, maybe before its first token
    wait_done(qtbot, view)
    pane = view.panes[0]
    stopped = pane.message
    assert stopped.finish_reason == "stopped"
    assert pane.answer_button.isVisible() and pane.answer_button.text() == "Try a&gain"
    assert not view.panes[1].answer_button.isVisible()
    with qtbot.waitSignal(view.busyChanged, timeout=5000):
        pane.answer_button.click()
    wait_done(qtbot, view)
    again = window.ctx.store.message(pane.message.id)
    assert again.id != stopped.id and again.model_key == stopped.model_key
    assert again.finish_reason in ("stop", "length") and not pane.answer_button.isVisible()


def test_removing_a_pane_with_answers_says_they_stay(qtbot, window: MainWindow) -> None:
    view = open_compare(qtbot, window)
    view.add_pane()
    pick(view, "tiny", "tiny", "tiny")
    send(qtbot, view, "Hi")
    wait_done(qtbot, view)
    gone = view.panes[-1].message
    view.remove_pane()
    assert view.status.text() == ("The removed pane's answers stay in the conversation: Open "
                                  "this conversation side by side shows them.")
    assert window.ctx.store.message(gone.id).deleted_at is None


def test_a_reopened_pane_whose_latest_turn_is_another_says_which_prompt_it_answers(
        qtbot, window: MainWindow) -> None:
    import json

    store = window.ctx.store
    c = store.create_conversation("turns").id
    first = store.add_message(c, None, "user", "First question")
    one, two = (store.add_message(c, first.id, "assistant", text, finish_reason="stop",
                                  model_name="tiny-llama-F32.gguf",
                                  params=json.dumps({"pane": pane}))
                for pane, text in ((1, "one"), (2, "two")))
    second = store.add_message(c, one.id, "user", "Second question")
    store.add_message(c, second.id, "assistant", "three", finish_reason="stop",
                      model_name="tiny-llama-F32.gguf", params=json.dumps({"pane": 1}))
    view = open_compare(qtbot, window)
    assert view.open_conversation(c)
    headers = [p.header.text() for p in view.panes]
    assert not headers[0].endswith("”")  # the prompt shown above the panes
    assert headers[1].endswith(" · answers “First question”"), headers
    assert two.id == view.panes[1].message.id


def start_stories(qtbot, window: MainWindow, tmp_path: Path):
    """The Evaluate dialog running 12 prompts of 16 tokens each on the starter (recorded)."""
    prompts = tmp_path / "many.txt"
    prompts.write_text("".join(f"Tell a story about {n}\n" for n in range(12)),
                       encoding="utf-8")
    dialog = open_evaluate(window, prompts, 16, "gemma")
    with qtbot.waitSignal(dialog.runsChanged, timeout=20000):
        dialog.start_button.click()
    return dialog


def test_esc_in_the_evaluate_dialog_stops_its_run_where_it_is(qtbot, window: MainWindow,
                                                               tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox
    from risky_question import answer_risky

    dialog = start_stories(qtbot, window, tmp_path)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        answer_risky(button, asked)

    # closing asks first: No keeps the run going
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.running
    assert len(asked) == 1 and asked[0].startswith("The run has made ") and asked[0].endswith(
        " answers. Closing stops it; the answers made so far are kept, and Start with the same "
        "output folder goes on from there. Stop it and close?")
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # not left running unseen
    assert not dialog.isVisible() and len(asked) == 2
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
    made = window.ctx.store.conversations(dialog.run.run_id)
    assert len(made) < 12  # stopped where it was; Start goes on with the rest later


def test_a_stopped_evaluation_says_how_far_it_came(qtbot, window: MainWindow,
                                                   tmp_path: Path) -> None:
    dialog = start_stories(qtbot, window, tmp_path)
    dialog.stop_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    text = dialog.progress_label.text()
    made = len(window.ctx.store.conversations(dialog.run.run_id))
    assert text.startswith("Stopped with ") and text.endswith(
        " of 12 answers made. Start again with the same output folder to go on."), text
    assert 0 <= int(text.split()[2]) <= made
    dialog.close()

