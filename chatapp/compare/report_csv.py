"""The evaluation report's CSV files, for programs and spreadsheets: the per variant summary
and every answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatapp.compare.evaluate import PairResult
from chatapp.compare.prompts import Prompt
from chatapp.compare.ratings import csv_text, spreadsheet_text
from chatapp.i18n import translate_text

if TYPE_CHECKING:
    from chatapp.compare.report import ModelSummary


def _cell(value: float | None, digits: int) -> str:
    """A CSV number, for programs: a decimal point whatever the app's language, its
    thousands not grouped; empty where there is none (a spreadsheet reads "–" as text)."""
    return "" if value is None else f"{value:.{digits}f}"


def summary_csv(summaries: list[ModelSummary]) -> str:
    """The per model summary as CSV (see csv_text; a model name a spreadsheet could run as a
    formula starts with "'", see spreadsheet_text)."""
    header = ["model", "answers", "checked", "passed", "pass_rate", "pass_ci_low",
              "pass_ci_high", "errors", "cut_off", "median_ttft_s", "median_tokens_per_s",
              "median_answer_chars", "peak_memory_mb", "min_tokens_per_s", "max_tokens_per_s"]
    return csv_text([header, *(
        [spreadsheet_text(s.model), s.answers, s.checked, s.passed, _cell(s.pass_rate, 4),
         _cell(s.pass_low, 4), _cell(s.pass_high, 4), s.errors, s.cut_off,
         _cell(s.median_ttft_s, 4), _cell(s.median_tokens_per_s, 2), _cell(s.median_chars, 0),
         _cell(s.peak_memory_mb, 0), _cell(s.tps_low, 2), _cell(s.tps_high, 2)]
        for s in summaries)])


def answers_csv(results: list[PairResult], prompts: list[Prompt],
                language: str | None = None) -> str:
    """Every answer as CSV (one row per prompt and model), in the prompts' order, then the
    variants' (as they first come in results), then the repeats'; an error in language (as the
    report says it; None: the user's). Any text reads back exactly
    (see csv_text), but a text cell a spreadsheet could run as a formula (an answer
    "=HYPERLINK(...)") starts with "'" (see spreadsheet_text); numbers go as they are."""
    texts = {p.id: p.text for p in prompts}
    place = {p.id: i for i, p in enumerate(prompts)}
    variants = {name: i for i, name in enumerate(dict.fromkeys(r.model for r in results))}
    header = ["prompt_id", "prompt", "model", "passed", "finish_reason", "ttft_s",
              "tokens_per_s", "completion_tokens", "answer", "error", "message_id", "repeat",
              "seed", "sources"]
    ordered = sorted(results, key=lambda r: (place.get(r.prompt_id, len(place)),
                                             variants[r.model], r.repeat))
    return csv_text([header, *(
        [*map(spreadsheet_text, (r.prompt_id, texts.get(r.prompt_id, ""), r.model)),
         "" if r.passed is None else int(r.passed), spreadsheet_text(r.finish_reason),
         _cell(r.first_token_s, 4), _cell(r.tokens_per_s, 2), r.completion_tokens or 0,
         spreadsheet_text(r.answer), spreadsheet_text(r.error_text(language)), r.message_id,
         r.repeat + 1, "" if r.seed is None else r.seed, spreadsheet_text(sources_text(r))]
        for r in ordered)])


def sources_text(r: PairResult, language: str | None = None) -> str:
    """A docs variant's passages in one line, named as answers cite them, in language:
    "[1] guide.pdf, page 3 — Parking; [2] faq.txt"."""
    from chatapp.docs.retrieval import ON_PAGE, label

    on_page = translate_text("docs", ON_PAGE, language)
    return "; ".join(f"[{s.get('number')}] " + label(str(s.get("file") or "?"), s.get("page"),
                                                      str(s.get("heading") or ""), on_page)
                     for s in r.sources)
