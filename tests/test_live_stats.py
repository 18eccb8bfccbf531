"""Numbers that do not lie (real llama.cpp on a tiny model, real widgets offscreen): the
status bar and the bubble show the current answer's live numbers, the first-token time is
fixed once the token came, and an answer stopped before its first token says so."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from chatapp.context import open_app  # noqa: E402
from chatapp.settings import Sampling  # noqa: E402
from chatapp.ui.app import make_application  # noqa: E402
from chatapp.ui.bubble import Bubble, stats_text  # noqa: E402
from chatapp.ui.main_window import MainWindow  # noqa: E402
from chatapp.ui.provenance import provenance_rows  # noqa: E402

FIRST = re.compile(r"first token (\d+\.\d\d) s")
TOKENS = re.compile(r"(\d+) tokens")


def test_status_bar_and_bubble_show_this_answers_live_numbers(qtbot, tiny_home: Path,
                                                              long_answers) -> None:
    make_application()
    ctx = open_app()
    ctx.settings.sampling = Sampling(max_tokens=6, seed=1)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.send("first")
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    previous = window.speed_status.text()
    assert "tok/s" in previous and "6 tokens" in previous

    ctx.settings.sampling = Sampling(max_tokens=3000, seed=2)
    window.send("second")
    # at once: not the previous answer's numbers
    assert window.speed_status.text() == "Waiting for the first token…"
    samples = []

    def sampled() -> bool:
        text = window.speed_status.text()
        if "tok/s" in text and (not samples or samples[-1] != text):
            samples.append(text)
        return len(samples) >= 3

    qtbot.waitUntil(sampled, timeout=60000)
    bubble = window.chat_view.bubbles[-1]
    assert bubble.footer.text().startswith("Writing… · ")
    assert "tok/s" in bubble.footer.text()
    counts = [int(TOKENS.search(s).group(1)) for s in samples]
    assert counts == sorted(counts) and counts[-1] > counts[0]
    firsts = {FIRST.search(s).group(1) for s in samples}
    assert len(firsts) == 1  # the first token came once; its time does not move
    window.stop()
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    stored = ctx.store.message(bubble.message.id)
    assert stored.finish_reason == "stopped" and stored.completion_tokens >= counts[-1]
    assert f"{stored.ttft_s:.2f}" in firsts  # the stored time is the one shown live
    assert window.speed_status.text() == stats_text(stored)
    window.close()
    ctx.close()


def test_an_answer_stopped_before_its_first_token_says_so(qtbot, tiny_home: Path) -> None:
    make_application()
    ctx = open_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.send("hello")
    window.stop()  # before the model has even loaded
    qtbot.waitUntil(lambda: window.runner is None, timeout=60000)
    bubble = window.chat_view.bubbles[-1]
    stored = ctx.store.message(bubble.message.id)
    assert stored.finish_reason == "stopped" and not stored.completion_tokens
    assert bubble.footer.text() == "Stopped before the first token"
    assert window.speed_status.text() == "Stopped before the first token"
    # and a stored answer like it, shown later
    conversation = ctx.store.create_conversation()
    user = ctx.store.add_message(conversation.id, None, "user", "hi")
    empty = ctx.store.add_message(conversation.id, user.id, "assistant", "")
    empty = ctx.store.finish_message(empty.id, "", "stopped", completion_tokens=0,
                                     ttft_s=None, tokens_per_s=None)
    shown = Bubble(empty)
    qtbot.addWidget(shown)
    assert shown.footer.text() == "Stopped before the first token"
    assert "tok/s" not in shown.footer.text() and "0 tokens" not in shown.footer.text()
    assert shown.body.placeholderText() == ""  # stopped: the footer says so
    # text kept from a model process stopped by force (no numbers came): stopped, not before
    forced = ctx.store.add_message(conversation.id, user.id, "assistant", "")
    forced = ctx.store.finish_message(forced.id, "Half an answer", "stopped")
    kept = Bubble(forced)
    qtbot.addWidget(kept)
    assert kept.footer.text() == "Stopped" and stats_text(forced) == ""
    mute = ctx.store.add_message(conversation.id, user.id, "assistant", "")
    mute = ctx.store.finish_message(mute.id, " \n", "stop", completion_tokens=2)
    said = Bubble(mute)
    qtbot.addWidget(said)
    assert said.body.placeholderText() == "The model wrote only spaces and line breaks."
    silent = ctx.store.add_message(conversation.id, user.id, "assistant", "")
    silent = ctx.store.finish_message(silent.id, "", "stop", completion_tokens=1)
    nothing = Bubble(silent)
    qtbot.addWidget(nothing)
    assert nothing.body.placeholderText() == (
        "The model ended its answer without writing anything.")
    # cut off because the context was full, not at the token limit: says which
    full = ctx.store.add_message(conversation.id, user.id, "assistant", "", n_ctx=512)
    full = ctx.store.finish_message(full.id, "long", "length", prompt_tokens=28,
                                    completion_tokens=484)
    cut = Bubble(full)
    qtbot.addWidget(cut)
    assert cut.footer.text().startswith("Cut off where the context was full")
    window.close()
    ctx.close()


def test_a_continued_answer_keeps_its_first_token_time(tiny_home: Path, long_answers) -> None:
    ctx = open_app()
    try:
        model = ctx.library.models()[0]
        sampling = Sampling(max_tokens=5, seed=3)
        conversation = ctx.store.create_conversation()
        _user, answer = ctx.chat.send(conversation.id, "hello", model, sampling)
        seen = []
        for _piece in answer:
            seen.append(answer.live)
        first = answer.message
        assert first.finish_reason == "length" and first.completion_tokens == 5
        assert seen[-1]["tokens"] <= 5 and seen[-1]["ttft_s"] == pytest.approx(first.ttft_s)
        more = ctx.chat.continue_answer(first.id, model, sampling)
        live, stored = [], []
        for _piece in more:
            live.append(more.live)
            stored.append(ctx.store.message(first.id).completion_tokens)
        grown = ctx.store.message(first.id)
        assert grown.completion_tokens == 10
        assert grown.ttft_s == first.ttft_s  # the first token came in the first run
        assert all(entry["ttft_s"] == first.ttft_s for entry in live if entry)
        assert live[-1]["tokens"] > 5  # counted with the earlier tokens
        # while it goes on, a crash would leave no count that the longer text belies
        assert set(stored) == {None}
        # the numbers are the whole answer's: its prompt, both parts' time, one decode rate
        assert grown.prompt_tokens == first.prompt_tokens
        assert grown.duration_s > first.duration_s
        assert (grown.completion_tokens - 2) / grown.tokens_per_s <= grown.duration_s
        assert grown.sampling["parts"] == 2
        rows = dict(provenance_rows(grown))
        assert rows["Written in"].startswith("2 parts (Continue)") and "parts" not in rows[
            "Sampling"]
        # going on stopped before a token: the answer and its numbers stay as they were
        again = ctx.chat.continue_answer(first.id, model, sampling)
        again.cancel()
        assert "".join(again) == ""
        kept = ctx.store.message(first.id)
        assert (kept.finish_reason, kept.completion_tokens, kept.tokens_per_s,
                kept.duration_s, kept.content, kept.sampling["parts"]) == (
            grown.finish_reason, grown.completion_tokens, grown.tokens_per_s,
            grown.duration_s, grown.content, 2)
    finally:
        ctx.close()


#: the meter's text: numbers as the locale writes them ("4,096", Indonesian "4.096")
METER = re.compile(r"^(≈ )?(\d[\d,.\u00a0\u202f]*) / (\d[\d,.\u00a0\u202f]*) tokens$")


def whole(text: str) -> int:
    """A number the meter shows, without its group separators."""
    return int(re.sub(r"\D", "", text))


def test_a_long_prompt_says_how_far_it_was_read_and_the_meter_follows_the_answer(
        qtbot, starter_home: Path, long_answers) -> None:
    make_application()
    ctx = open_app()
    ctx.settings.sampling = Sampling(max_tokens=48, seed=1)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    prompt = " ".join(f"Line {i}: the river carries sand to the sea." for i in range(110))
    window.send(prompt)
    reading, meters = [], []

    def sampled() -> bool:
        text = window.speed_status.text()
        if text.startswith("Reading the prompt…") and text not in reading:
            reading.append(text)
            bubble = window.chat_view.bubbles[-1]
            assert bubble.footer.text() == "Writing… · " + text
        runner = window.runner
        if runner is not None and runner.answer.live:
            meters.append((window.composer.meter.format(), runner.answer.context_tokens))
        return runner is None

    qtbot.waitUntil(sampled, timeout=120000)
    percents = [int(re.search(r"(\d+) %", text).group(1)) for text in reading]
    assert percents and all(0 <= p < 100 for p in percents), reading
    assert percents == sorted(percents)
    # while the answer is written the meter gives the model's own count: prompt + tokens
    assert meters
    for shown, held in meters:
        match = METER.match(shown)
        assert match and match.group(1) is None, shown
        # shown up to 250 ms before: a few tokens behind at most
        assert held - 40 <= whole(match.group(2)) <= held, (shown, held)
    message = ctx.store.message(window.chat_view.bubbles[-1].message.id)
    assert message.prompt_tokens <= whole(METER.match(meters[-1][0]).group(2)) \
        <= message.prompt_tokens + 48
    # once the model is free again (its title made), the meter counts exactly, not "≈"
    qtbot.waitUntil(lambda: window.answers.titler is None, timeout=60000)
    assert METER.match(window.composer.meter.format()).group(1) is None
    window.close()
    ctx.close()


def test_an_answer_that_filled_the_context_says_so_in_its_details_too(tmp_path: Path) -> None:
    """The bubble and "How this answer was made" give one reason for a cut-off answer."""
    from chatapp.store import Store

    make_application()
    store = Store(tmp_path / "chat.db")
    try:
        conversation = store.create_conversation()
        user = store.add_message(conversation.id, None, "user", "hello world")
        answer = store.add_message(conversation.id, user.id, "assistant", n_ctx=512)
        full = store.finish_message(answer.id, "words " * 300, "length", prompt_tokens=133,
                                    completion_tokens=379)
        assert dict(provenance_rows(full))["Finish reason"] == (
            "cut off where the context was full")
        room = store.finish_message(answer.id, "words", "length", prompt_tokens=13,
                                    completion_tokens=9)
        assert dict(provenance_rows(room))["Finish reason"] == "cut off at the token limit"
    finally:
        store.close()
