"""The evaluation report: a self-contained HTML file (inline CSS and SVG, nothing remote)
and CSV files (per model summary, every answer)."""

from __future__ import annotations

import html
import math
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chatapp.compare.evaluate import REPORT_FILE, PairResult
from chatapp.compare.judge import UNREADABLE, ungraded
from chatapp.compare.prompts import Prompt
from chatapp.compare.ratings import wilson
from chatapp.compare.report_claims import claims_json, claims_section
from chatapp.compare.report_csv import answers_csv, sources_text, summary_csv
from chatapp.compare.report_speed import TPS_RANGE, range_text, speed_notes, speed_range
from chatapp.compare.report_stats import (
    MEAN_JUDGE,
    MEAN_SIMILARITY,
    PROMPTS_MANY,
    PROMPTS_ONE,
    html_text,
    judge_section,
    mean_grades,
    stats_json,
    stats_section,
)
from chatapp.compare.report_variants import (
    greedy_note,
    run_file,
    run_repeats,
    run_variants,
    shared_params,
    together_note,
    variants_section,
)
from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.hub.card_cache import CardClaims
from chatapp.i18n import translate_count, translate_error, translate_text
from chatapp.paths import write_files
from chatapp.store.records import FILLED_CONTEXT, finish_words
from chatapp.units import aligned, decimal, decimal_text, list_separator, whole

COLORS = ("#3b6fd4", "#d4643b", "#2f9e61", "#9b4fc9", "#c9a227", "#3ba9b8", "#b83b7a")


@dataclass
class ModelSummary:
    """One model's numbers over the run."""

    model: str
    answers: int
    checked: int
    passed: int
    pass_low: float | None  # the 95 % interval of the pass rate over the prompts checked
    # (a prompt's repeats count as one sample; None without checks)
    pass_high: float | None
    errors: int
    cut_off: int  # answers cut off at the token limit: the checks saw only their start
    median_ttft_s: float | None
    median_tokens_per_s: float | None
    median_chars: float | None
    peak_memory_mb: float | None = None
    checked_errors: int = 0  # errors among the checked: counted as failed in the pass rate
    peak_own: bool = False  # every measured peak was its answer's own (reset as it began)
    tps_low: float | None = None  # the slowest and the fastest answer's tokens/s
    tps_high: float | None = None

    @property
    def pass_rate(self) -> float | None:
        """Share of checked answers that passed (None without checks)."""
        return self.passed / self.checked if self.checked else None


def _median(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def summarize(results: list[PairResult], models: list[str]) -> list[ModelSummary]:
    """Per model summary, in the order of models."""
    summaries = []
    for model in models:
        mine = [r for r in results if r.model == model]
        checked = [r for r in mine if r.passed is not None]
        passed = sum(1 for r in checked if r.passed)
        # a prompt's repeats are not independent samples: the interval counts prompts
        asked = len({r.prompt_id for r in checked})
        low, high = wilson(passed / len(checked) * asked, asked) if checked else (None, None)
        ok = [r for r in mine if r.finish_reason != "error"]
        summaries.append(ModelSummary(
            model, len(mine), len(checked), passed, low, high,
            sum(1 for r in mine if r.finish_reason == "error"),
            sum(1 for r in mine if r.finish_reason == "length"),
            _median([r.first_token_s for r in ok]), _median([r.tokens_per_s for r in ok]),
            _median([float(len(r.answer)) for r in ok]),
            max((r.peak_rss_bytes / 1e6 for r in mine if r.peak_rss_bytes), default=None),
            sum(1 for r in checked if r.failed),
            all(r.peak_own for r in mine if r.peak_rss_bytes),
            *speed_range(r.tokens_per_s for r in ok)))
    return summaries


def _fmt(value: float | None, digits: int = 2, suffix: str = "", missing: str = "–",
         language: str | None = None) -> str:
    """A number of the report in language's decimal separator, a whole one (digits 0) with its
    thousands grouped (missing where there is none)."""
    if value is None:
        return missing
    return (whole(round(value), language) if digits == 0 else decimal(value, digits, language)
            ) + suffix


def _text(text: str, language: str | None) -> str:
    """A report text (marked with QT_TRANSLATE_NOOP in the context "report") in language, not
    escaped: for text filled in or escaped later (report_stats.html_text gives it escaped)."""
    return translate_text("report", text, language)


def _scatter(summaries: list[ModelSummary], language: str | None = None) -> str:
    """Speed (x, tokens/s) against quality (y, pass rate with its interval) as inline SVG."""
    width, height, left, bottom, top, right = 560, 320, 56, 44, 16, 16
    # checked ones of a known speed only (a one-token answer has none: not 0 tokens/s)
    summaries = [s for s in summaries if s.pass_rate is not None and s.median_tokens_per_s]
    speeds = [s.median_tokens_per_s or 0.0 for s in summaries]
    top_speed = max(speeds + [1.0]) * 1.05
    # a round step (1, 2 or 5 times a power of ten) that splits 0..top in at most 6 parts
    power = 10.0 ** math.floor(math.log10(top_speed / 5))
    step = next(f * power for f in (1, 2, 5, 10) if top_speed / (f * power) <= 6)
    top_speed = step * math.ceil(top_speed / step)
    plot_w, plot_h = width - left - right, height - top - bottom
    # speeds far apart (a GPU server beside a laptop) on a log scale: else the slow ones
    # are one point at 0
    low = 10.0 ** math.floor(math.log10(min(speeds))) if speeds and min(speeds) > 0 else 0.0
    logarithmic = bool(low) and max(speeds) / min(speeds) > LOG_SCALE_SPREAD
    ticks = ([low * 10 ** i for i in range(math.ceil(math.log10(top_speed / low)) + 1)]
             if logarithmic else [step * i for i in range(round(top_speed / step) + 1)])
    if logarithmic:
        top_speed = ticks[-1]

    def x(v: float) -> float:
        if logarithmic:
            return left + plot_w * math.log10(v / low) / math.log10(top_speed / low)
        return left + plot_w * v / top_speed

    def y(v: float) -> float:
        return top + plot_h * (1 - v)

    t = html_text(language)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'role="img" aria-label="{t(SPEED_VS_PASS)}">',
             f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="#fafbfc" '
             'stroke="#ccd"/>']
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(tick):.1f}" '
                     f'y2="{y(tick):.1f}" stroke="#e4e6ea"/><text x="{left - 6}" '
                     f'y="{y(tick) + 4:.1f}" text-anchor="end" font-size="11">'
                     f'{int(tick * 100)}%</text>')
    for value in ticks:
        parts.append(f'<text x="{x(value):.1f}" y="{top + plot_h + 16}" text-anchor="middle" '
                     f'font-size="11">{decimal(value, None, language)}</text>')
    parts.append(f'<text x="{left + plot_w / 2}" y="{height - 6}" text-anchor="middle" '
                 f'font-size="12">{t(MEDIAN_TPS).lower()}'
                 + (f' ({t(LOG_SCALE)})' if logarithmic else "")
                 + '</text>')
    parts.append(f'<text x="14" y="{top + plot_h / 2}" text-anchor="middle" font-size="12" '
                 f'transform="rotate(-90 14 {top + plot_h / 2})">'
                 f'{t(PASS_CI)}</text>')
    placed: list[tuple[float, float]] = []
    for i, s in enumerate(summaries):
        color = COLORS[i % len(COLORS)]
        cx = x(s.median_tokens_per_s or 0.0)
        rate = s.pass_rate or 0.0
        parts.append(f'<line x1="{cx:.1f}" x2="{cx:.1f}" y1="{y(s.pass_low):.1f}" '
                     f'y2="{y(s.pass_high):.1f}" stroke="{color}" stroke-width="2"/>')
        parts.append(f'<circle cx="{cx:.1f}" cy="{y(rate):.1f}" r="6" fill="{color}"/>')
        right_side = cx > left + plot_w * 0.6
        label_y = max(y(rate) - 8, top + 11)  # (a point at 100%: its label inside)
        while any(abs(px - cx) < 160 and abs(py - label_y) < 13 for px, py in placed):
            label_y += 13  # keep labels of nearby points apart
        placed.append((cx, label_y))
        parts.append(f'<text x="{cx - 9 if right_side else cx + 9:.1f}" y="{label_y:.1f}" '
                     f'font-size="11" text-anchor="{"end" if right_side else "start"}" '
                     f'fill="{color}">{html.escape(s.model)}</text>')
    parts.append("</svg>")
    return "".join(parts)


# the ratio of the fastest to the slowest variant above which speeds are plotted on a log
# scale
LOG_SCALE_SPREAD = 20
LOG_SCALE = QT_TRANSLATE_NOOP("report", "log scale")


def _bars(names: list[str], values: list[float | None], label: str, digits: int,
          suffix: str = "", language: str | None = None) -> str:
    """A horizontal bar chart of one number per variant as inline SVG (None: no bar, "–")."""
    top_value = max([v for v in values if v is not None] + [1e-9])
    row, left, width = 26, 220, 560
    height = row * len(names) + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'role="img" aria-label="{html.escape(label)}">',
             f'<text x="0" y="14" font-size="12" font-weight="bold">{html.escape(label)}</text>']
    for i, (name, v) in enumerate(zip(names, values, strict=True)):
        y0 = 24 + i * row
        length = (width - left - 80) * (v or 0.0) / top_value
        short = name if len(name) <= 32 else name[:31] + "…"
        parts.append(f'<text x="{left - 8}" y="{y0 + 15}" text-anchor="end" font-size="11">'
                     f'<title>{html.escape(name)}</title>{html.escape(short)}</text>')
        parts.append(f'<rect x="{left}" y="{y0 + 3}" width="{length:.1f}" height="16" '
                     f'fill="{COLORS[i % len(COLORS)]}"/>')
        shown = _fmt(v, digits, suffix, language=language)
        parts.append(f'<text x="{left + length + 6:.1f}" y="{y0 + 15}" font-size="11">'
                     f'{html.escape(shown)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _charts(summaries: list[ModelSummary], results: list[PairResult],
            language: str | None) -> str:
    """A bar chart per metric, per variant: pass rate, the judge's score and similarity
    (where graded), speed, time to first token and peak memory (where measured)."""
    names = [s.model for s in summaries]
    rates = [None if s.pass_rate is None else s.pass_rate * 100 for s in summaries]
    charts = [_bars(names, rates, _text(PASS_RATE, language) + " (%)", 0, "%", language)
              ] if any(s.pass_rate is not None for s in summaries) else []  # no checks: none
    for kind, label in (("llm-rubric", MEAN_JUDGE), ("similar", MEAN_SIMILARITY)):
        means = mean_grades(results, names, kind)
        if any(v is not None for v in means.values()):
            charts.append(_bars(names, [means[n] for n in names], _text(label, language), 2,
                                language=language))
    charts.append(_bars(names, [s.median_tokens_per_s for s in summaries],
                        _text(MEDIAN_TPS, language), 1, language=language))
    charts.append(_bars(names, [s.median_ttft_s for s in summaries],
                        f"{_text(MEDIAN_TTFT, language)} ({_text(SECONDS, language)})", 3,
                        language=language))
    if any(s.peak_memory_mb for s in summaries):
        charts.append(_bars(names, [s.peak_memory_mb for s in summaries],
                            _text(PEAK_MEMORY, language) + " (MB)", 0, language=language)
                      + "<p class=meta>" + html_text(language)(
                          MEMORY_NOTE if all(s.peak_own for s in summaries if s.peak_memory_mb)
                          else MEMORY_EARLIER) + "</p>")
    return "".join(f"<div>{chart}</div>" for chart in charts)


STYLE = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:24px;color:#1d2330}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.meta{color:#667}table{border-collapse:collapse;margin:8px 0}
th,td{border:1px solid #dde;padding:5px 8px;vertical-align:top;text-align:left}
th{background:#f1f3f7}td.num{text-align:right;font-variant-numeric:tabular-nums}
.charts{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
.answer{white-space:pre-wrap;max-width:420px;max-height:260px;overflow:auto;font-size:13px}
.pass{color:#1d7a46;font-weight:bold}.fail{color:#b3261e;font-weight:bold}
.err{color:#b3261e}.prompt{white-space:pre-wrap;max-width:280px}
.sig{color:#1d5fb3;font-weight:bold}.failed{background:#fde8e6}
.note{background:#fff7e0;border:1px solid #ecd9a0;padding:6px 10px;border-radius:4px}
"""


SPEED_VS_PASS = QT_TRANSLATE_NOOP("report", "Speed versus pass rate")
MEDIAN_TPS = QT_TRANSLATE_NOOP("report", "Median tokens/s")
MEDIAN_TTFT = QT_TRANSLATE_NOOP("report", "Median time to first token")
PASS_CI = QT_TRANSLATE_NOOP("report", "pass rate (95% CI)")
PASS_RATE = QT_TRANSLATE_NOOP("report", "Pass rate")
VARIANTS_ONE = QT_TRANSLATE_NOOP("report", "{n} variant")
VARIANTS_MANY = QT_TRANSLATE_NOOP("report", "{n} variants")
PEAK_MEMORY = QT_TRANSLATE_NOOP("report", "Peak memory")
CUT_OFF = QT_TRANSLATE_NOOP("report", "Cut off")
CUT_PASSED = QT_TRANSLATE_NOOP(
    "report", "Passed, but cut off at the token limit: the checks saw only its start (a "
    "larger max_tokens shows the whole answer).")
CUT_PASSED_CONTEXT = QT_TRANSLATE_NOOP(
    "report", "Passed, but cut off where the model's context was full: the checks saw only "
    "its start (a longer context, or a shorter prompt, shows the whole answer).")
MEMORY_NOTE = QT_TRANSLATE_NOOP(
    "report", "Peak resident memory of the model's process while the variant's answers were "
    "made: its high-water mark, started again as each answer began (the model, its context "
    "and the answer, not what the process did before).")
MEMORY_EARLIER = QT_TRANSLATE_NOOP(
    "report", "Peak resident memory of the model's process when the variant's answers ended, "
    "including the process's earlier work (its peak could not be started again here): "
    "variants of one model share its process, so a later one shows at least the peak of "
    "those before it.")


VARIANT = QT_TRANSLATE_NOOP("report", "Variant")
PASSED_OF = QT_TRANSLATE_NOOP("report", "Passed / checked")
ERRORS = QT_TRANSLATE_NOOP("report", "Errors")
ERRORS_FAIL = QT_TRANSLATE_NOOP(
    "report", "An answer that ended in an error (a prompt longer than the model's context, a "
    "server down, a model that failed) counts as failed in the pass rate, its interval and "
    "the comparisons, as promptfoo counts it; Errors says how many there were.")
ERRORS_FAIL_ONE = QT_TRANSLATE_NOOP("report", "1 of them an error")
ERRORS_FAIL_MANY = QT_TRANSLATE_NOOP("report", "{count} of them errors")


def pass_rates(summaries: list[ModelSummary], language: str | None = None) -> list[str]:
    """Each variant's pass rate, in language, as one unbroken line: "NAME 75% (3 / 4)" ("–"
    where nothing was checked), the errors among the failed said ("NAME 50% (2 / 4, 1 of
    them an error)": an error counts as failed); a variant with neither checks nor errors
    is left out."""
    rates = []
    for s in summaries:
        if not s.checked and not s.errors:
            continue
        rate = "–" if s.pass_rate is None else f"{s.pass_rate * 100:.0f}%"
        counted = s.checked_errors
        errors = (list_separator(language) + translate_count(
            "report", ERRORS_FAIL_ONE, ERRORS_FAIL_MANY, counted, language)) if counted else ""
        line = f"{s.model} {rate} ({s.passed} / {s.checked}{errors})"
        rates.append(line.replace(" ", "\u00a0"))
    return rates


def summary_text(results: list[PairResult], models: list[str],
                 language: str | None = None) -> str:
    """The summary table as a terminal shows it, columns aligned: a row per variant with its
    pass rate, passed / checked, median tokens/s and errors (headers in language), and under
    it, where an error counts as failed, the line that says so (ERRORS_FAIL)."""
    rows = [[_text(h, language) for h in (VARIANT, PASS_RATE, PASSED_OF, MEDIAN_TPS,
                                          TPS_RANGE, ERRORS)]]
    summaries = summarize(results, models)
    rows += [[s.model, "–" if s.pass_rate is None else f"{s.pass_rate * 100:.0f}%",
              f"{s.passed} / {s.checked}", _fmt(s.median_tokens_per_s, 1, language=language),
              range_text(s.tps_low, s.tps_high, language), str(s.errors)] for s in summaries]
    note = [_text(ERRORS_FAIL, language)] if any(s.checked_errors for s in summaries) else []
    note += speed_notes([(s.model, s.tps_low, s.tps_high) for s in summaries], language)
    return "\n".join(aligned(rows) + note)


def render_html(name: str, prompts: list[Prompt], models: list[str],
                results: list[PairResult], params: dict | None = None,
                language: str | None = None, judging: str = "", claims: str = "",
                variants: str = "", repeats: int = 1,
                not_graded: dict[tuple, Any] | None = None) -> str:
    """The report page: summary table, charts and the answers side by side, in language
    ("en", "id", "ms", "fil"; None: the system's); judging and claims: the judge's and the
    publisher's claims' sections (HTML), each apart from the variants' numbers; variants:
    the section saying what each variant is (HTML); repeats: how many times the run asks
    each prompt of each variant; not_graded: why checks are not graded ((prompt id, variant,
    repeat, check index) -> UserError, chatapp.compare.judge.ungraded)."""
    esc = html.escape

    t = html_text(language)
    summaries = summarize(results, models)
    # the first answer of each pair (repeats are counted in the tables)
    by_pair: dict[tuple[str, str], list[PairResult]] = {}  # each repeat's answer, in order
    for r in sorted(results, key=lambda r: r.repeat):
        by_pair.setdefault((r.prompt_id, r.model), []).append(r)
    total = len(prompts) * len(models) * max(repeats,
                                             max((r.repeat for r in results), default=0) + 1)
    meta = _text(QT_TRANSLATE_NOOP(
        "report", "{prompts} × {models} · {done} of {total} answers · written {date} by "
        "chatapp"), language).format(
        prompts=_text(PROMPTS_ONE if len(prompts) == 1 else PROMPTS_MANY, language).format(
            n=len(prompts)),
        models=_text(VARIANTS_ONE if len(models) == 1 else VARIANTS_MANY, language).format(
            n=len(models)),
        done=len(results), total=total, date=time.strftime("%Y-%m-%d %H:%M"))
    if params:
        meta += " · " + _text(QT_TRANSLATE_NOOP("report", "parameters: {params}"),
                            language).format(params=params_text(params, language))
    title = _text(QT_TRANSLATE_NOOP("report", "{name} – chatapp evaluation"),
                language).format(name=name)
    out = [f"<!DOCTYPE html><html lang=\"{esc(language or 'en')}\"><head>"
           "<meta charset=\"utf-8\">",
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'; img-src data:\">",
           f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>",
           f"<h1>{esc(name)}</h1>",
           f"<p class=\"meta\">{esc(meta)}</p>"]
    if len(results) < total:
        out.append("<p class=\"note\">" + t(QT_TRANSLATE_NOOP(
            "report", "The run is not complete: the numbers cover the answers so far. Run it "
            "again into the same folder (the same command, or Start in the Evaluate dialog) to "
            "go on.")) + "</p>")
    out.append(variants)
    headers = (VARIANT, PASS_RATE, QT_TRANSLATE_NOOP("report", "95% CI"), PASSED_OF,
               MEDIAN_TTFT, MEDIAN_TPS, TPS_RANGE,
               QT_TRANSLATE_NOOP("report", "Median answer length (characters)"),
               ERRORS, CUT_OFF, PEAK_MEMORY)
    out.append("<h2>" + t(QT_TRANSLATE_NOOP("report", "Summary")) + "</h2><table><tr>"
               + "".join(f"<th>{t(h)}</th>" for h in headers) + "</tr>")
    for s in summaries:
        interval = ("–" if s.pass_low is None or s.pass_high is None  # (no checks)
                    else f"{s.pass_low * 100:.0f}–{s.pass_high * 100:.0f}%")
        out.append(
            f"<tr><td>{esc(s.model)}</td><td class=num>"
            f"{'–' if s.pass_rate is None else f'{s.pass_rate * 100:.0f}%'}</td>"
            f"<td class=num>{interval}</td>"
            f"<td class=num>{s.passed} / {s.checked}</td>"
            f"<td class=num>{_fmt(s.median_ttft_s, 3, ' ' + t(SECONDS), language=language)}</td>"
            f"<td class=num>{_fmt(s.median_tokens_per_s, 1, language=language)}</td>"
            f"<td class=num>{range_text(s.tps_low, s.tps_high, language)}</td>"
            f"<td class=num>{_fmt(s.median_chars, 0, language=language)}</td>"
            f"<td class=num>{s.errors}</td><td class=num>{s.cut_off}</td>"
            f"<td class=num>{_fmt(s.peak_memory_mb, 0, ' MB')}</td></tr>")
    out.append("</table>")
    out += [f"<p class=note>{esc(line)}</p>" for line in speed_notes(
        [(s.model, s.tps_low, s.tps_high) for s in summaries], language)]
    if any(r.repeat for r in results):  # why 4 of 24 reads as 4–51% (a Wilson one: 7–36%)
        out.append("<p class=note>" + t(QT_TRANSLATE_NOOP(
            "report", "With repeats, the 95% CI is one over the prompts: the answers to one "
            "prompt are not independent of each other, so they count as one sample.")) + "</p>")
    if any(s.checked_errors for s in summaries):  # (as promptfoo counts them)
        out.append("<p class=note>" + t(ERRORS_FAIL) + "</p>")
    waiting = sum(1 for r in results if r.checks and r.passed is None and not r.failed)
    if waiting:  # (their checks that passed so far do not make a pass)
        out.append("<p class=note>" + esc(translate_count(
            "report", UNDECIDED_ONE, UNDECIDED, waiting, language)) + "</p>")
    out.append(stats_section(results, models, language))
    out.append(judging)
    out.append(claims)
    out.append("<h2>" + t(QT_TRANSLATE_NOOP("report", "Speed and quality"))
               + "</h2><div class=charts>")
    if any(s.pass_rate is not None and s.median_tokens_per_s for s in summaries):
        out.append(_scatter(summaries, language))
    out.append(_charts(summaries, results, language) + "</div>")
    out.append("<h2>" + t(QT_TRANSLATE_NOOP("report", "Answers side by side"))
               + "</h2><table><tr><th>" + t(QT_TRANSLATE_NOOP("report", "Prompt"))
               + "</th><th>" + t(QT_TRANSLATE_NOOP("report", "Checks")) + "</th>"
               + "".join(f"<th>{esc(m)}</th>" for m in models) + "</tr>")
    not_run = t(QT_TRANSLATE_NOOP("report", "not run yet"))
    passed = t(QT_TRANSLATE_NOOP("report", "pass"))
    failed = t(QT_TRANSLATE_NOOP("report", "fail"))
    unread = t(QT_TRANSLATE_NOOP("report", "not graded: the judge's reply could not be read"))
    answer_stats = (_text(QT_TRANSLATE_NOOP("report", "{rate} tok/s · 1 token · {reason}"),
                          language),
                    _text(QT_TRANSLATE_NOOP("report", "{rate} tok/s · {tokens} tokens · {reason}"),
                          language))
    repeat_label = t(QT_TRANSLATE_NOOP("report", "Answer {n} (seed {seed})"))
    for prompt in prompts:
        checks = "<br>".join(esc(c.describe(language)) for c in prompt.checks) or "–"
        out.append(f"<tr><td class=prompt><b>{esc(prompt.id)}</b> {esc(prompt.text)}</td>"
                   f"<td>{checks}</td>")
        for model in models:
            answers = by_pair.get((prompt.id, model))
            if not answers:
                out.append(f"<td class=meta>{not_run}</td>")
                continue
            out.append("<td>")
            for r in answers:
                if len(answers) > 1:  # repeats: each answer under its number and seed
                    label = repeat_label.format(n=r.repeat + 1,
                                                seed="–" if r.seed is None else r.seed)
                    out.append(f"<div class=meta><b>{esc(label)}</b></div>")
                out.append(_answer_cell(r, prompt, answer_stats, passed, failed, unread,
                                        language, not_graded or {}))
            out.append("</td>")
        out.append("</tr>")
    out.append("</table></body></html>")
    return "\n".join(out)


NOT_GRADED = QT_TRANSLATE_NOOP("report", "not graded yet: a later run grades it")
SECONDS = QT_TRANSLATE_NOOP("report", "s")  # the unit
UNDECIDED_ONE = QT_TRANSLATE_NOOP(
    "report", "{count} answer counts in no pass rate yet: a check of it is not graded.")
UNDECIDED = QT_TRANSLATE_NOOP(
    "report", "{count} answers count in no pass rate yet: a check of each is not graded.")
NOT_GRADED_BECAUSE = QT_TRANSLATE_NOOP("report", "not graded: {reason}")
LENGTH_OVER = QT_TRANSLATE_NOOP("report", "length {length} > {limit}")
LATENCY_OVER = QT_TRANSLATE_NOOP("report", "{ms} ms > {limit} ms")
SIMILARITY_BELOW = QT_TRANSLATE_NOOP("report", "similarity {score} < {threshold}")
SIMILARITY_ABOVE = QT_TRANSLATE_NOOP("report", "similarity {score} ≥ {threshold}")
SCORE_BELOW = QT_TRANSLATE_NOOP("report", "score {score} < {threshold}")
JUDGE_SAID = QT_TRANSLATE_NOOP("report", "The judge:")


def failed_check_text(check: Any, r: PairResult, grade: dict[str, Any],
                 language: str | None = None) -> str:
    """What a failed check says: for a numeric one the answer's own number beside the limit
    ("max_length: length 41 > 30", "latency: 812 ms > 500 ms", "similar: Paris
    (similarity 0.42 < 0.75)"); else, and for an answer that ended in an error, its
    description."""
    name = ("not-" if getattr(check, "negate", False) else "") + check.type
    score = grade.get("score")
    threshold = getattr(check, "threshold", None)
    if r.failed:
        return check.describe(language)
    if check.type == "max_length":
        return f"{name}: " + _text(LENGTH_OVER, language).format(
            length=len(r.answer.strip()), limit=check.value)
    if check.type == "latency" and r.duration_s is not None and threshold is not None:
        return f"{name}: " + _text(LATENCY_OVER, language).format(
            ms=f"{r.duration_s * 1000:.0f}", limit=f"{threshold:g}")
    if check.type in ("similar", "llm-rubric") and threshold is not None and isinstance(
            score, (int, float)) and not isinstance(score, bool):
        text = (SCORE_BELOW if check.type == "llm-rubric" else
                SIMILARITY_ABOVE if check.negate else SIMILARITY_BELOW)
        return f"{name}: {check.value} (" + _text(text, language).format(
            score=decimal(score, 2, language),
            threshold=decimal(threshold, None, language)) + ")"
    return check.describe(language)


def _answer_cell(r: PairResult, prompt: Prompt, answer_stats: tuple[str, str], passed: str,
                 failed: str, unread: str, language: str | None = None,
                 not_graded: dict[tuple, Any] | None = None) -> str:
    """One answer of the side-by-side table: its mark, numbers, errors and text (HTML)."""
    esc = html.escape
    t = html_text(language)
    mark = ("" if r.passed is None else
            f'<span class=pass>✔ {passed}</span> ' if r.passed else
            f'<span class=fail>✘ {failed}</span> ')
    stats = esc(answer_stats[r.completion_tokens != 1].format(
        rate=_fmt(r.tokens_per_s, 1, language=language),
        tokens=whole(r.completion_tokens or 0, language),
        reason=translate_text("finish", FILLED_CONTEXT, language) if r.context_full
        else finish_words(r.finish_reason,
                          lambda context, text: translate_text(context, text, language))))
    error = f"<div class=err>{esc(r.error_text(language))}</div>" if r.error else ""
    if r.finish_reason == "length" and r.passed:
        cut = CUT_PASSED_CONTEXT if r.context_full else CUT_PASSED
        error += f"<div class=failed>✂ {t(cut)}</div>"
    grades = [*r.grades, *[{}] * max(0, len(r.checks) - len(r.grades))]
    error += "".join(f"<div class=failed>✘ {esc(failed_check_text(c, r, g, language))}</div>"
                     for c, ok, g in zip(prompt.checks, r.checks, grades, strict=False)
                     if ok is False and not r.failed)  # (an error is no failed check)
    pending = _text(NOT_GRADED, language)
    refused = _text(NOT_GRADED_BECAUSE, language)

    def why(index: int, grade: dict[str, Any]) -> str:
        if str(grade.get("reason") or "").startswith(UNREADABLE):
            return unread
        error = (not_graded or {}).get((*r.key, index))
        return esc(pending if error is None else refused.format(
            reason=" ".join(translate_error(error, language).split())))

    error += "".join(f"<div class=err>? {esc(c.describe(language))}: {why(i, g)}</div>"
                     for i, (c, ok, g) in enumerate(zip(prompt.checks, r.checks, grades,
                                                        strict=False))
                     if ok is None and r.finish_reason != "error")
    error += "".join(f"<div class=meta>{t(JUDGE_SAID)} {esc(g['reason'])}</div>"
                     for c, ok, g in zip(prompt.checks, r.checks, grades, strict=False)
                     if c.type == "llm-rubric" and ok is not None and g.get("reason"))
    sources = f"<div class=meta>{esc(sources_text(r, language))}</div>" if r.sources else ""
    return (f"{mark}<span class=meta>{stats}</span>{error}"
            f"<div class=answer>{esc(r.answer)}</div>{sources}")


def params_text(params: dict, language: str | None = None) -> str:
    """The answers' sampling parameters, each one that params holds, in SAMPLING_KEYS' order
    ("max_tokens=512, temperature=0.0, top_k=40, top_p=0.95, min_p=0.05, repeat_penalty=1.1,
    seed=1"); a fraction in language's decimals."""
    from chatapp.compare.variants import SAMPLING_KEYS

    values = {k: params[k] for k in SAMPLING_KEYS if k in params}
    return list_separator(language).join(
        f"{k}={decimal_text(str(v), language) if isinstance(v, float) else v}"
        for k, v in values.items())


def write_report(folder: Path, name: str, prompts: list[Prompt], models: list[str],
                 results: list[PairResult], params: dict | None = None,
                 language: str | None = None,
                 claims: dict[str, CardClaims] | None = None) -> Path:
    """Write report.html (in language, see render_html; its header shows the parameters
    every answer shares, params with the variants' own on top: see shared_params),
    summary.csv, answers.csv, stats.json and, where the variants' model cards declare
    results (claims: variant name -> its model's card claims), claims.json into folder, all
    of them or none (OSError names the one that could not be written); return the HTML
    path."""
    folder = Path(folder)
    page = folder / REPORT_FILE
    missing = ungraded(folder, results)  # (read once: the judge's section and each check)
    judging = judge_section(folder, results, models, language, missing)
    run = run_file(folder)
    described = run_variants(run)
    variants = (variants_section(described, language, params) + greedy_note(run, params, language)
                + together_note(run, language))
    files = {page: render_html(name, prompts, models, results, shared_params(params, described),
                               language, judging, claims_section(claims or {}, language),
                               variants, run_repeats(run), missing[0])}
    if claims:
        files[folder / "claims.json"] = claims_json(claims)
    files[folder / "summary.csv"] = summary_csv(summarize(results, models))
    files[folder / "answers.csv"] = answers_csv(results, prompts, language)
    files[folder / "stats.json"] = stats_json(results, models)
    write_files(files, newline="")  # (all or none: a full disk leaves the last report whole)
    return page
