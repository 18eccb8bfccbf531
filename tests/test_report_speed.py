"""The evaluation report's speed: a spread beside the median, what tokens/s measures, and a
warning where a variant's answers differ in speed more than twofold."""

from __future__ import annotations

import html
from dataclasses import replace

from chatapp.compare.evaluate import PairResult
from chatapp.compare.prompts import Check, Prompt
from chatapp.compare.report import render_html, summarize, summary_text
from chatapp.compare.report_csv import summary_csv
from chatapp.compare.report_speed import SPEED_NOTE, WIDE, range_text
from chatapp.compare.report_stats import html_text
from chatapp.i18n import translate_text

PROMPTS = [Prompt(f"p{i}", f"Question {i}?", [Check("contains", "4")]) for i in range(3)]
BASE = PairResult("p0", "steady", "k", 1, 2, "4", "stop", ttft_s=0.2, tokens_per_s=40.0,
                  completion_tokens=30, checks=[True])
# steady: 38–42 tok/s; busy: 20–90 tok/s (a machine busy with other work part of the time)
RESULTS = [replace(BASE, prompt_id=f"p{i}", tokens_per_s=v) for i, v in
           enumerate((38.0, 40.0, 42.0))] + [
    replace(BASE, prompt_id=f"p{i}", model="busy", tokens_per_s=v) for i, v in
    enumerate((20.0, 45.0, 90.0))]


def test_the_report_shows_each_variants_speed_spread_and_what_it_measures() -> None:
    """was: one median tok/s per variant, no spread, not saying that tok/s leaves the
    prompt's time out, nor that a busy machine changes it."""
    for language in ("en", "fil"):
        page = render_html("set.jsonl", PROMPTS, ["steady", "busy"], RESULTS, None, language)
        t = html_text(language)
        assert f"<td class=num>{range_text(38.0, 42.0, language)}</td>" in page
        assert f"<td class=num>{range_text(20.0, 90.0, language)}</td>" in page
        assert t(SPEED_NOTE) in page and t(SPEED_NOTE) != html_text("en")(SPEED_NOTE) or \
            language == "en"
        wide = translate_text("report", WIDE, language).format(variants="busy")
        assert html.escape(wide) in page


def test_the_terminal_table_and_csv_show_the_spread_and_flag_only_the_wide_one() -> None:
    """was: the terminal's table had one median tok/s per variant and no words on it."""
    text = summary_text(RESULTS, ["steady", "busy"], "en")
    assert "38.0–42.0" in text and "20.0–90.0" in text
    assert "(tokens − 1) / (duration − time to first token)" in text
    assert "between answers of busy:" in text and "of steady" not in text
    steady = summary_text(RESULTS[:3], ["steady"], "en")
    assert "Speed varied widely" not in steady and "decode speed only" in steady
    header, first, second = summary_csv(summarize(RESULTS, ["steady", "busy"])).splitlines()
    assert header.endswith("min_tokens_per_s,max_tokens_per_s")
    assert first.endswith("38.00,42.00") and second.endswith("20.00,90.00")


def test_no_speed_no_speed_words() -> None:
    """A run whose answers have no speed (one token each, or none) says nothing of speed."""
    results = [replace(r, tokens_per_s=None) for r in RESULTS]
    text = summary_text(results, ["steady", "busy"], "en")
    assert "decode speed" not in text and "–" in text
