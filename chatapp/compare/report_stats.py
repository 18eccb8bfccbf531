"""The report's numbers over repeats: each variant's mean, spread and pass@k, and each
variant against the first with its paired bootstrap interval and significance mark."""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from chatapp.compare.evaluate import PairResult
from chatapp.compare.judge import UNREADABLE, pairs_ended
from chatapp.compare.stats import MIN_PROMPTS, differences, repeat_stats
from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.i18n import translate_count, translate_text
from chatapp.units import decimal, list_separator, whole

SIGNIFICANT = QT_TRANSLATE_NOOP("report", "significant")
NOT_SIGNIFICANT = QT_TRANSLATE_NOOP("report", "not significant")
FIRST_ANSWERS = QT_TRANSLATE_NOOP(
    "report", "Each comparison sets the first answers of two variants to a prompt side by side "
    "(Answer 1 of each, not the repeats).")
STATS_NOTE = QT_TRANSLATE_NOOP(
    "report", "Spread between repeats: the standard deviation of the pass rates of answer 1, "
    "answer 2 and so on (each repeat's own seed). pass@k: the share of prompts that at least "
    "one of a prompt's k answers passed.")
TOO_FEW = QT_TRANSLATE_NOOP("report", "too few prompts to tell (it takes {n})")
PROMPTS_ONE = QT_TRANSLATE_NOOP("report", "{n} prompt")
PROMPTS_MANY = QT_TRANSLATE_NOOP("report", "{n} prompts")
MEAN_JUDGE = QT_TRANSLATE_NOOP("report", "Mean judge score")
MEAN_SIMILARITY = QT_TRANSLATE_NOOP("report", "Mean similarity")
NOT_GRADED_ONE = QT_TRANSLATE_NOOP(
    "report", "{count} check could not be graded: {reason} Until it is, its answer counts in "
    "no pass rate (unless another of its checks failed).")
NOT_GRADED = QT_TRANSLATE_NOOP(
    "report", "{count} checks could not be graded (the first: {reason}) Until they are, their "
    "answers count in no pass rate (unless another of their checks failed).")
NOT_COMPARED_ONE = QT_TRANSLATE_NOOP(
    "report", "{count} comparison of two variants could not be made: {reason}")
NOT_COMPARED = QT_TRANSLATE_NOOP(
    "report", "{count} comparisons of two variants could not be made (the first: {reason})")


def html_text(language: str | None = None) -> Callable[[str], str]:
    """What turns a report text (marked with QT_TRANSLATE_NOOP in the context "report") into
    language's, escaped for HTML."""
    return lambda text: html.escape(translate_text("report", text, language))


def _pct(value: float | None, signed: bool = False, language: str | None = None) -> str:
    """A share as a percentage with one decimal ("+4.5%" signed) in language's separator."""
    if value is None:
        return "–"
    return ("+" if signed and value >= 0 else "") + decimal(value * 100, 1, language) + "%"


def stats_section(results: Sequence[PairResult], variants: Sequence[str],
                  language: str | None = None) -> str:
    """HTML: a table of mean pass rate, spread between repeats, pass@k and the difference
    to the first variant with its 95% paired bootstrap interval, marked ✱ when significant."""
    t = html_text(language)
    stats = [repeat_stats(results, v) for v in variants]
    if not any(s.mean is not None for s in stats):
        return ""
    diffs = {d.variant: d for d in differences(results, variants)}
    headers = (QT_TRANSLATE_NOOP("report", "Variant"), QT_TRANSLATE_NOOP("report", "Repeats"),
               QT_TRANSLATE_NOOP("report", "Mean pass rate"),
               QT_TRANSLATE_NOOP("report", "Spread between repeats"),
               QT_TRANSLATE_NOOP("report", "pass@k"),
               QT_TRANSLATE_NOOP("report", "Difference to the baseline (95% paired "
                                 "bootstrap)"))
    out = ["<h2>" + t(QT_TRANSLATE_NOOP("report", "Repeats and significance")) + "</h2>",
           "<p class=meta>" + t(QT_TRANSLATE_NOOP(
               "report", "The first variant is the baseline. A difference is marked "
               "significant only when its interval over the prompts excludes zero, over {n} "
               "prompts or more.")).format(n=MIN_PROMPTS) + " " + t(STATS_NOTE)
           + "</p><table><tr>" + "".join(f"<th>{t(h)}</th>" for h in headers) + "</tr>"]
    for i, s in enumerate(stats):
        if i == 0:
            versus = t(QT_TRANSLATE_NOOP("report", "baseline"))
        elif s.variant in diffs:
            d = diffs[s.variant]
            mark = (f"<span class=sig>✱ {t(SIGNIFICANT)}</span>" if d.significant
                    else f"<span class=meta>{t(NOT_SIGNIFICANT)}</span>" if d.enough
                    else f"<span class=meta>{t(TOO_FEW).format(n=MIN_PROMPTS)}</span>")
            prompts = t(PROMPTS_ONE if d.prompts == 1 else PROMPTS_MANY).format(n=d.prompts)
            versus = (f"{_pct(d.mean, True, language)} [{_pct(d.low, True, language)}"
                      f"{list_separator(language)}"
                      f"{_pct(d.high, True, language)}] <span class=meta>({prompts})</span> "
                      f"{mark}")
        else:
            versus = "–"
        out.append(f"<tr><td>{html.escape(s.variant)}</td><td class=num>{s.k}</td>"
                   f"<td class=num>{_pct(s.mean, language=language)}</td>"
                   f"<td class=num>{_pct(s.spread, language=language)}</td>"
                   f"<td class=num>{_pct(s.pass_at_k, language=language)}</td>"
                   f"<td>{versus}</td></tr>")
    out.append("</table>")
    return "\n".join(out)


def stats_json(results: Sequence[PairResult], variants: Sequence[str]) -> str:
    """The same numbers as JSON: {"variants": [...], "differences": [...]}."""
    stats = [asdict(repeat_stats(results, v)) for v in variants]
    diffs = [{**asdict(d), "significant": d.significant} for d in differences(results, variants)]
    return json.dumps({"variants": stats, "differences": diffs}, indent=1, ensure_ascii=False)


def mean_grades(results: Sequence[PairResult], variants: Sequence[str],
                kind: str) -> dict[str, float | None]:
    """Per variant, the mean score of its graded checks of one type ("llm-rubric": the
    judge's 0–1 score; "similar": cosine similarity), None where there is none; a "not-"
    check's scores are left out (a high one is its bad outcome)."""
    means: dict[str, float | None] = {}
    for v in variants:
        scores = [g["score"] for r in results if r.model == v for g in r.grades
                  if g.get("type") == kind and not g.get("negate")
                  and g.get("score") is not None]
        means[v] = sum(scores) / len(scores) if scores else None
    return means


def judge_section(folder, results: Sequence[PairResult], variants: Sequence[str],
                  language: str | None = None, missing: tuple | None = None) -> str:
    """HTML: the judge's mean rubric score per variant, its comparisons' leaderboard, what
    judging cost (apart from the variants' numbers) and what it could not grade (missing:
    chatapp.compare.judge.ungraded's reading of the folder, read here when None); "" when
    nothing was judged."""
    from pathlib import Path

    from chatapp.compare.judge import judge_cost, pair_votes, ungraded
    from chatapp.compare.ratings import leaderboard
    from chatapp.i18n import translate_count, translate_error

    t = html_text(language)
    cost = judge_cost(Path(folder))
    checks, pairs = missing if missing is not None else ungraded(Path(folder), results)
    if not cost["calls"] and not checks and not pairs:
        return ""
    lines = {False: translate_text("report", QT_TRANSLATE_NOOP(
        "report", "Judged by {judge}: {calls} calls, {tokens} tokens, {seconds} s, not "
        "counted in the variants' numbers."), language), True: translate_text(
        "report", QT_TRANSLATE_NOOP(
            "report", "Similarity measured by {judge}: {calls} calls, {tokens} tokens, "
            "{seconds} s, not counted in the variants' numbers."), language)}
    judged = not cost["by_judge"] or not all(c["embedding"] for c in cost["by_judge"].values())
    out = ["<h2>" + (t(QT_TRANSLATE_NOOP("report", "Judge")) if judged
                     else t(QT_TRANSLATE_NOOP("report", "Grading"))) + "</h2>"]
    for count, errors, one, many in (
            (len(checks), list(checks.values()), NOT_GRADED_ONE, NOT_GRADED),
            (len(pairs), pairs, NOT_COMPARED_ONE, NOT_COMPARED)):
        if count:
            reason = " ".join(translate_error(errors[0], language).split())
            out.append("<p class=err>" + html.escape(translate_count(
                "report", one, many, count, language, reason=reason)) + "</p>")
    for judge, itself in judged_by_itself(Path(folder), cost["by_judge"]).items():
        out.append("<p class=err>" + html.escape(translate_text("cli", JUDGE_ITSELF, language)
                                                 .format(judge=judge,
                                                         variants=", ".join(itself))) + "</p>")
    for judge, spent in sorted(cost["by_judge"].items()):
        out.append("<p class=meta>" + html.escape(lines[spent["embedding"]].format(
            judge=judge, calls=whole(spent["calls"], language),
            tokens=whole(spent["tokens"], language),
            seconds=decimal(spent['seconds'], 1, language))) + "</p>")
    if len(cost["by_judge"]) > 1:
        out.append("<p class=meta>" + html.escape(translate_text("report", QT_TRANSLATE_NOOP(
            "report", "Grading in all: {calls} calls, {tokens} tokens, {seconds} s."),
            language).format(calls=whole(cost["calls"], language),
                             tokens=whole(cost["tokens"], language),
                             seconds=decimal(cost['seconds'], 1, language))) + "</p>")
    rubric = mean_grades(results, variants, "llm-rubric")
    similar = mean_grades(results, variants, "similar")
    columns = [(MEAN_JUDGE, rubric), (MEAN_SIMILARITY, similar)]
    columns = [(name, means) for name, means in columns
               if any(m is not None for m in means.values())]
    if columns:
        out.append("<table><tr><th>" + t(QT_TRANSLATE_NOOP("report", "Variant")) + "</th>"
                   + "".join(f"<th>{t(name)}</th>" for name, _means in columns) + "</tr>")
        for v in variants:
            out.append(f"<tr><td>{html.escape(v)}</td>" + "".join(
                "<td class=num>" + ("–" if means[v] is None else decimal(means[v], 2, language))
                + "</td>"
                for _name, means in columns) + "</tr>")
        out.append("</table>")
    for outcome, one, many in (("unreadable", UNREAD_PAIR_ONE, UNREAD_PAIRS),
                               ("inconsistent", FLIPPED_ONE, FLIPPED)):
        if count := pairs_ended(Path(folder), outcome):  # (unreadable: a table of none)
            out.append("<p class=err>" + html.escape(translate_count(
                "cli", one, many, count, language)) + "</p>")
    board = leaderboard(pair_votes(Path(folder)))
    if board.ratings:
        if any(r.repeat for r in results):
            out.append("<p class=meta>" + t(FIRST_ANSWERS) + "</p>")
        out.append("<table><tr><th>" + t(QT_TRANSLATE_NOOP("report", "Variant")) + "</th><th>"
                   + t(QT_TRANSLATE_NOOP("report", "Judge rating (95% CI)")) + "</th><th>"
                   + t(QT_TRANSLATE_NOOP("report", "Comparisons")) + "</th></tr>")
        for rating in board.ratings:
            out.append(f"<tr><td>{html.escape(rating.model)}</td><td class=num>"
                       f"{rating.rating:.0f} [{rating.low:.0f}{list_separator(language)}"
                       f"{rating.high:.0f}]</td>"
                       f"<td class=num>{rating.votes}</td></tr>")
        out.append("</table>")
    return "\n".join(out)


UNREAD_ONE = QT_TRANSLATE_NOOP(
    "cli", "{count} check is not graded: the judge's reply could not be read (the report shows "
    "it). It counts in no pass rate.")
UNREAD = QT_TRANSLATE_NOOP(
    "cli", "{count} checks are not graded: the judge's replies could not be read (the report "
    "shows them). They count in no pass rate.")
UNREAD_PAIR_ONE = QT_TRANSLATE_NOOP(
    "cli", "{count} comparison of two variants has no outcome: the judge's replies could not "
    "be read. It counts in no rating.")
UNREAD_PAIRS = QT_TRANSLATE_NOOP(
    "cli", "{count} comparisons of two variants have no outcome: the judge's replies could "
    "not be read. They count in no rating.")

JUDGE_ITSELF = QT_TRANSLATE_NOOP(
    "cli", "The judge {judge} is also the model of {variants}: a judge tends to prefer its "
    "own answers, so weigh its verdicts on them with care (or judge with another model).")


def judged_by_itself(folder: Path, judges: Sequence[str]) -> dict[str, list[str]]:
    """The judges (model file names, as the run's grades name them) that are also the model
    of some of the run's variants (run.json), each with those variants' names, in order."""
    from chatapp.compare.report_variants import run_file, run_variants

    variants = run_variants(run_file(folder))
    found = {judge: [str(v.get("name")) for v in variants if v.get("model_file") == judge]
             for judge in sorted(judges)}
    return {judge: names for judge, names in found.items() if names}

FLIPPED_ONE = QT_TRANSLATE_NOOP(
    "cli", "{count} comparison of two variants is inconsistent (the judge's choice flipped "
    "when the order was swapped): it counts in no rating, not as a tie.")
FLIPPED = QT_TRANSLATE_NOOP(
    "cli", "{count} comparisons of two variants are inconsistent (the judge's choice flipped "
    "when the order was swapped): they count in no rating, not as ties.")


def unread_note(results: list[PairResult], language: str | None = None,
                folder: Path | None = None) -> str:
    """The sentences that say how many checks are not graded, and how many comparisons of
    the run in folder have no outcome, because the judge's replies could not be read (""
    when none is; such checks count in no pass rate)."""
    checks = sum(1 for r in results if r.finish_reason != "error"
                 for ok, g in zip(r.checks, [*r.grades, *[{}] * len(r.checks)], strict=False)
                 if ok is None and str(g.get("reason") or "").startswith(UNREADABLE))
    counts = ((UNREAD_ONE, UNREAD, checks),
              (UNREAD_PAIR_ONE, UNREAD_PAIRS, pairs_ended(folder, "unreadable") if folder else 0))
    return " ".join(translate_count("cli", one, many, n, language) for one, many, n in counts if n)
