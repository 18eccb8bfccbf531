"""The report's words on speed: each variant's spread of tokens/s (its slowest and its
fastest answer beside the median), what tokens/s measures, and a warning where a variant's
answers differ in speed more than twofold (a busy machine)."""

from __future__ import annotations

from collections.abc import Iterable

from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.i18n import translate_text
from chatapp.units import decimal, list_separator

# a variant whose fastest answer is more than this many times its slowest one is flagged
WIDE_SPREAD = 2.0

TPS_RANGE = QT_TRANSLATE_NOOP("report", "Tokens/s, slowest–fastest")
SPEED_NOTE = QT_TRANSLATE_NOOP(
    "report", "Tokens/s is decode speed only, the prompt's processing not counted: (tokens "
    "− 1) / (duration − time to first token) of each answer. Other work on the machine slows "
    "it down: compare speeds measured on a machine that is otherwise idle.")
WIDE = QT_TRANSLATE_NOOP(
    "report", "Speed varied widely between answers of {variants}: the fastest more than twice "
    "the slowest. The machine was probably busy with other work, so the median says little.")


def speed_range(speeds: Iterable[float | None]) -> tuple[float | None, float | None]:
    """The slowest and fastest of answers' tokens/s (None ones, answers of one token, left
    out); (None, None) where none is known."""
    known = [s for s in speeds if s]
    return (min(known), max(known)) if known else (None, None)


def range_text(low: float | None, high: float | None, language: str | None = None) -> str:
    """A spread of tokens/s as "slowest–fastest" with one decimal in language's separator,
    "–" where unknown."""
    if low is None or high is None:
        return "–"
    return f"{decimal(low, 1, language)}–{decimal(high, 1, language)}"


def speed_notes(spreads: list[tuple[str, float | None, float | None]],
                language: str | None = None) -> list[str]:
    """The lines under a table of speeds (not escaped), in language: what tokens/s is, then,
    where any variant's (name, slowest, fastest) spread is wide (the fastest more than
    WIDE_SPREAD times the slowest), which; [] with no speeds."""
    if not any(high for _, _, high in spreads):
        return []
    notes = [translate_text("report", SPEED_NOTE, language)]
    wide = [name for name, low, high in spreads if low and high and high / low > WIDE_SPREAD]
    if wide:
        notes.append(translate_text("report", WIDE, language).format(
            variants=list_separator(language).join(wide)))
    return notes
