"""The HTML evaluation report is written in the user's language; data stays as it is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chatapp.compare.evaluate import PairResult
from chatapp.compare.prompts import Check, Prompt
from chatapp.compare.report import render_html, write_report

PROMPTS = [Prompt("p1", "What is 2 + 2?", [Check("contains", "4")]),
           Prompt("p2", "Capital of France?", [Check("exact", "Paris")])]
RESULTS = [PairResult("p1", "model-a.gguf", "k", 1, 2, "4", "stop", ttft_s=0.2,
                      tokens_per_s=40.0, completion_tokens=3, checks=[True])]


def _visible(page: str) -> str:
    """The page's text without tags, styles or the answers' own text."""
    page = re.sub(r"<style>.*?</style>", "", page, flags=re.DOTALL)
    return re.sub(r"<[^>]+>", " ", page)


@pytest.mark.parametrize(("language", "words"), [
    ("en", ["Summary", "Pass rate", "Answers side by side", "not run yet", "pass"]),
    ("id", ["Ringkasan", "Tingkat lulus", "Jawaban berdampingan", "belum dijalankan",
            "lulus"]),
    ("ms", ["Ringkasan", "Kadar lulus", "Jawapan bersebelahan", "belum dijalankan",
            "lulus"]),
    ("fil", ["Buod", "Rate ng pasado", "Magkakatabing mga sagot", "hindi pa napapatakbo",
             "pasado"]),
])
def test_report_speaks_the_users_language(language: str, words: list[str],
                                          tmp_path: Path) -> None:
    page = write_report(tmp_path, "set.jsonl", PROMPTS, ["model-a.gguf"], RESULTS,
                        {"temperature": 0.0, "seed": 1}, language)
    text = page.read_text(encoding="utf-8")
    assert f'<html lang="{language}">' in text
    shown = _visible(text)
    for word in words:
        assert word in shown, word
    if language != "en":
        for english in ("Summary", "Answers side by side", "not run yet", "Median answer"):
            assert english not in shown, english
    if language == "en":  # the header counts the variants (was: "2 prompts × Variant")
        assert "2 prompts × 1 variant · 1 of 2 answers" in shown
    # names, prompts and answers are data: never translated
    assert "model-a.gguf" in shown and "What is 2 + 2?" in shown and "icontains: 4" in shown


def test_untrusted_names_stay_escaped_in_every_language() -> None:
    page = render_html("<script>x</script>", PROMPTS, ["<b>m</b>"], [], None, "id")
    assert "<script>x" not in page and "&lt;script&gt;" in page and "<b>m</b>" not in page


def test_a_run_without_checks_claims_no_interval_and_plots_no_pass_rate(tmp_path: Path) -> None:
    from chatapp.compare.report import SPEED_VS_PASS

    unchecked = [Prompt("p1", "Name a colour.")]
    results = [PairResult("p1", "model-a.gguf", "k", 1, 2, "Blue", "stop", ttft_s=0.2,
                          tokens_per_s=4.58, completion_tokens=3, checks=[])]
    page = write_report(tmp_path, "set.txt", unchecked, ["model-a.gguf"], results, {}, "en")
    text = page.read_text(encoding="utf-8")
    summary = (tmp_path / "summary.csv").read_text(encoding="utf-8").splitlines()
    assert summary[1].split(",")[4:7] == ["", "", ""]  # no pass rate, no interval: empty
    assert "0–0%" not in _visible(text)
    assert SPEED_VS_PASS not in text  # nothing to plot against speed


def test_the_speed_axis_is_labelled_at_its_ticks(tmp_path: Path) -> None:
    results = [PairResult("p1", "model-a.gguf", "k", 1, 2, "4", "stop", ttft_s=0.2,
                          tokens_per_s=4.58, completion_tokens=3, checks=[True])]
    text = write_report(tmp_path, "set.jsonl", PROMPTS, ["model-a.gguf"], results, {},
                        "en").read_text(encoding="utf-8")
    chart = text[text.index("<svg"):text.index("</svg>")]
    labels = re.findall(r'text-anchor="middle" font-size="11">([0-9.]+)</text>', chart)
    assert labels == ["0", "1", "2", "3", "4", "5"]


def test_speeds_far_apart_are_plotted_on_a_log_scale(tmp_path: Path) -> None:
    """A model at 2 tokens/s beside one at 900 is not squeezed onto 0 (was: a linear axis
    to 1,000 that put every slow variant at one point, their labels over each other)."""
    results = [PairResult("p1", name, "k", 1, 2, "4", "stop", ttft_s=0.2,
                          tokens_per_s=speed, completion_tokens=30, checks=[True])
               for name, speed in (("slow.gguf", 2.0), ("fast.gguf", 900.0))]
    text = write_report(tmp_path, "set.jsonl", PROMPTS, ["slow.gguf", "fast.gguf"], results,
                        {}, "en").read_text(encoding="utf-8")
    chart = text[text.index("<svg"):text.index("</svg>")]
    labels = re.findall(r'text-anchor="middle" font-size="11">([0-9.,]+)</text>', chart)
    assert labels == ["1", "10", "100", "1000"] and "(log scale)" in chart
    xs = [float(x) for x in re.findall(r'<circle cx="([0-9.]+)"', chart)]
    assert xs[1] - xs[0] > 300  # far apart, the slow one well off the axis's start


@pytest.mark.parametrize(("language", "ended", "cut"), [
    ("en", "cut off at the token limit", "Passed, but cut off at the token limit"),
    ("ms", "terpotong kerana mencapai had token", "Lulus, tetapi terpotong pada had token"),
])
def test_an_answer_cut_at_the_token_limit_that_passed_is_flagged(
        language: str, ended: str, cut: str, tmp_path: Path) -> None:
    prompts = [Prompt("p1", "Count to ten.", [Check("contains", "3")]),
               Prompt("p2", "Name a colour.", [Check("contains", "Blue")])]
    results = [PairResult("p1", "m.gguf", "k", 1, 2, "1, 2, 3, 4", "length",
                          completion_tokens=8, checks=[True]),
               PairResult("p2", "m.gguf", "k", 1, 3, "Blue.", "stop", completion_tokens=2,
                          checks=[True])]
    page = write_report(tmp_path, "set", prompts, ["m.gguf"], results, {}, language)
    shown = _visible(page.read_text(encoding="utf-8"))
    assert shown.count(cut) == 1  # the cut answer only, not the one that ended
    assert ended in shown and "· length" not in shown and "· stop" not in shown
    header, row = (tmp_path / "summary.csv").read_text(encoding="utf-8").splitlines()
    assert dict(zip(header.split(","), row.split(","), strict=True))["cut_off"] == "1"


def test_an_answer_cut_where_the_context_was_full_says_so(tmp_path: Path) -> None:
    """An answer that filled the model's context is not "cut off at the token limit" with
    advice to raise max_tokens, which gives no more."""
    prompts = [Prompt("p1", "Count to ten.", [Check("contains", "3")])]
    results = [PairResult("p1", "m.gguf", "k", 1, 2, "1, 2, 3, 4", "length",
                          completion_tokens=488, checks=[True], context_full=True)]
    shown = _visible(write_report(tmp_path, "set", prompts, ["m.gguf"], results, {},
                                  "en").read_text(encoding="utf-8"))
    assert "cut off where the context was full" in shown and "token limit" not in shown
    assert "Passed, but cut off where the model" in shown


def test_a_run_with_repeats_counts_them_and_its_interval_counts_prompts(tmp_path: Path) -> None:
    import csv
    import json

    from chatapp.compare.ratings import wilson

    prompts = [Prompt(f"p{n}", f"Say {n}.", [Check("contains", str(n))]) for n in range(4)]
    (tmp_path / "run.json").write_text(json.dumps({"repeats": 3}), encoding="utf-8")
    first = [PairResult(p.id, "m.gguf", "k", 1, 0, p.text[4], "stop", checks=[True],
                        repeat=0, seed=7) for p in prompts]
    page = write_report(tmp_path, "set", prompts, ["m.gguf"], first[:1], {}, "en")
    shown = _visible(page.read_text(encoding="utf-8"))
    assert "· 1 of 12 answers ·" in shown  # not 1 of 4
    assert "Run it again into the same folder (the same command, or Start in the Evaluate " \
        "dialog) to go on." in shown
    every = [PairResult(p.id, "m.gguf", "k", 1, 0, p.text[4], "stop", checks=[True],
                        repeat=k, seed=7 + k) for p in prompts for k in range(3)]
    write_report(tmp_path, "set", prompts, ["m.gguf"], every, {}, "en")
    with open(tmp_path / "summary.csv", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["passed"], row["checked"]) == ("12", "12")
    low, _high = wilson(4, 4)  # four prompts, each asked three times: four samples
    assert float(row["pass_ci_low"]) == pytest.approx(low, abs=1e-4)
    with open(tmp_path / "answers.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["prompt_id"], r["repeat"], r["seed"]) for r in rows[:3]] == [
        ("p0", "1", "7"), ("p0", "2", "8"), ("p0", "3", "9")]


@pytest.mark.parametrize(("language", "speed", "ttft"), [
    ("en", "40.5", "0.250 s"), ("ms", "40.5", "0.250 s"), ("fil", "40.5", "0.250 s"),
    ("id", "40,5", "0,250 dtk")])
def test_the_reports_numbers_use_the_languages_decimal_separator(
        language: str, speed: str, ttft: str, tmp_path: Path, monkeypatch) -> None:
    from chatapp import units

    monkeypatch.setattr(units, "chosen_language", lambda: language)  # the app's language too
    results = [PairResult("p1", "model-a.gguf", "k", 1, 2, "4", "stop", ttft_s=0.25,
                          tokens_per_s=40.5, completion_tokens=3, checks=[True])]
    page = write_report(tmp_path, "set.jsonl", PROMPTS, ["model-a.gguf"], results,
                        {"temperature": 0.0, "seed": 1}, language)
    shown = _visible(page.read_text(encoding="utf-8"))
    assert speed in shown and ttft in shown
    other = "40.5" if language == "id" else "40,5"
    assert other not in shown
    # the CSV next to it is for programs: a point in every language
    assert "40.5" in (tmp_path / "summary.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize(("language", "ttft", "tokens", "chars"), [
    ("en", "0.200 s", "12,345 tokens", "1,234"), ("id", "0,200 dtk", "12.345 token", "1.234"),
    ("ms", "0.200 s", "12,345 token", "1,234")])
def test_units_and_large_numbers_are_written_as_the_language_writes_them(
        tmp_path: Path, language: str, ttft: str, tokens: str, chars: str) -> None:
    """Seconds in the language's unit everywhere on the page (the judge's line too), whole
    numbers with their thousands grouped; the CSV files keep plain numbers."""
    import json

    answer = "x" * 1234
    results = [PairResult("p1", "model-a.gguf", "k", 1, 2, answer, "stop", ttft_s=0.2,
                          tokens_per_s=40.0, completion_tokens=12345, checks=[True])]
    (tmp_path / "grades.jsonl").write_text(json.dumps(
        {"prompt_id": "p1", "model": "model-a.gguf", "repeat": 0, "index": 0, "passed": True,
         "judge": "judge.gguf", "tokens": 40254, "seconds": 2.5, "calls": 1}) + "\n",
        encoding="utf-8")
    page = write_report(tmp_path, "set.jsonl", PROMPTS, ["model-a.gguf"], results,
                        {"temperature": 0.5, "seed": 1}, language).read_text(encoding="utf-8")
    shown = " ".join(_visible(page).split())
    # a list of numbers is not cut where the language writes a decimal comma
    assert {"en": "temperature=0.5, seed=1", "id": "temperature=0,5; seed=1",
            "ms": "temperature=0.5, seed=1"}[language] in shown
    assert f"<td class=num>{ttft}</td>" in page and f" · {tokens} · " in shown
    assert f"<td class=num>{chars}</td>" in page
    judged = {"en": "40,254 tokens, 2.5 s", "id": "40.254 token, 2,5 dtk",
              "ms": "40,254 token, 2.5 s"}[language]
    assert judged in shown, shown[shown.find("judge.gguf"):][:120]
    assert "40254" not in shown and "12345" not in shown
    summary = (tmp_path / "summary.csv").read_text(encoding="utf-8").splitlines()[1]
    assert summary.split(",")[11] == "1234"


def test_a_variants_numbers_and_a_checks_threshold_use_the_languages_decimals() -> None:
    """In Indonesian a report writes "temperature=0,8", "×0,5" and "(≥ 0,5)" as its header
    writes "temperature=0,0" (was: a point in the variants' table and the checks)."""
    from chatapp.compare.assertions import Assertion
    from chatapp.compare.report_variants import variants_section

    variants = [{"name": "base", "model": "m.gguf"},
                {"name": "warm", "model": "m.gguf", "params": {"temperature": 0.8},
                 "adapters": [{"path": "/x/terse.gguf", "scale": 0.5}]}]
    table = variants_section(variants, "id", {"temperature": 0.0})
    assert "temperature=0,8" in table and "terse.gguf ×0,5" in table
    assert "0.8" not in table
    similar = Assertion("similar", "Paris", threshold=0.5)
    assert similar.describe("id") == "similar: Paris (≥ 0,5)"
    assert similar.describe("en") == "similar: Paris (≥ 0.5)"


def test_the_charts_words_are_translated_and_escaped_as_the_pages_others(tmp_path: Path) -> None:
    """The charts' labels and notes go through the report's one HTML helper, as its headings
    do (was: some were escaped by hand beside it)."""
    from dataclasses import replace

    from chatapp.compare.report import (
        MEDIAN_TPS,
        MEMORY_EARLIER,
        MEMORY_NOTE,
        PASS_CI,
        SPEED_VS_PASS,
    )
    from chatapp.compare.report_stats import html_text

    t = html_text("ms")
    # a peak reset as its answer began says so; one that could not be says it holds the
    # process's earlier work (was: one note for both, the peak always the process's so far)
    for own, note in ((True, MEMORY_NOTE), (False, MEMORY_EARLIER)):
        results = [replace(RESULTS[0], peak_rss_bytes=512_000_000, peak_own=own)]
        page = render_html("set.jsonl", PROMPTS, ["model-a.gguf"], results, None, "ms")
        for text in (SPEED_VS_PASS, PASS_CI, note):
            assert t(text) != html_text("en")(text) and t(text) in page, text
        assert t(MEDIAN_TPS).lower() in page


def test_filipino_says_pass_rate_one_way() -> None:
    """Every Filipino text about the pass rate says "rate ng pasado", as the report's headers
    do (was: the significance paragraph said "standard deviation ng pass rate", and the
    notes on ungraded checks "anumang pass rate")."""
    import xml.etree.ElementTree as ET

    ts = Path(__file__).parent.parent / "resources" / "translations" / "chatapp_fil.ts"
    pairs = [(m.findtext("source") or "", m.findtext("translation") or "")
             for m in ET.parse(ts).iter("message")]
    about = [(s, t) for s, t in pairs if "pass rate" in s.lower()]
    assert about
    for source, text in about:
        assert "pass rate" not in text.lower() and "rate ng pasado" in text.lower(), source
