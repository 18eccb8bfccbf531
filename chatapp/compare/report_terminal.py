"""The lines `chatapp eval` shows under its summary table, saying in a terminal what the
report says: how the answers were made (one at a time or several at once) and, where a
judge compared the variants, how often each won, tied and lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.i18n import translate_text
from chatapp.units import table_lines

ALONE = QT_TRANSLATE_NOOP(
    "cli", "Answers made one at a time (-j 1): the same answers in every run.")
TOGETHER = QT_TRANSLATE_NOOP(
    "cli", "Up to {count} answers of a model made at once (-j {count}): faster, but at a "
    "near-tie an answer may differ from the model's own.")
COMPARED = QT_TRANSLATE_NOOP(
    "cli", "The judge's comparisons ({judges}; each pair asked twice, the order swapped):")
COMPARED_HEAD = QT_TRANSLATE_NOOP("cli", "Variant|Won|Tied|Lost")


def made_line(run: dict[str, Any], language: str | None = None) -> str:
    """How many answers of a model the run (report_variants.run_file) made at once, in a
    line; "" for a run that does not say."""
    from chatapp.compare.report_variants import run_together

    together = run_together(run)
    if together is None:
        return ""
    return translate_text("cli", ALONE if together == 1 else TOGETHER, language).format(
        count=together)


def comparison_lines(folder: Path, variants: list[str], language: str | None = None
                     ) -> list[str]:
    """The judge's pairwise verdicts of the run in folder (pairwise.jsonl) as a heading and a
    table: a row per variant compared, with the comparisons it won, tied and lost, as the
    report's rating counts them (ratings.leaderboard: unreadable and inconsistent ones count
    nowhere), then how many were inconsistent where any were; [] when there are none."""
    from chatapp.compare.judge import PAIRS, pair_votes, pairs_ended
    from chatapp.compare.ratings import OUTCOMES, leaderboard
    from chatapp.compare.report_stats import FLIPPED, FLIPPED_ONE
    from chatapp.i18n import translate_count
    from chatapp.paths import read_lines

    flipped = pairs_ended(Path(folder), "inconsistent")
    note = [translate_count("cli", FLIPPED_ONE, FLIPPED, flipped, language)] if flipped else []
    # (the tallies need no intervals: no bootstrap rounds)
    counts = {r.model: r for r in leaderboard(pair_votes(Path(folder)), rounds=0).ratings}
    if not counts:
        return note
    judges = list(dict.fromkeys(p["judge"] for p in read_lines(Path(folder) / PAIRS)
                                if isinstance(p.get("judge"), str)
                                and p.get("outcome") in OUTCOMES))
    order = [v for v in variants if v in counts] + sorted(set(counts) - set(variants))
    rows = [[name, str(counts[name].won), str(counts[name].tied), str(counts[name].lost)]
            for name in order]
    return [translate_text("cli", COMPARED, language).format(judges=", ".join(judges)),
            *table_lines(COMPARED_HEAD, translate_text("cli", COMPARED_HEAD, language), rows),
            *note]
