"""Numbers as short text for the core and the CLI: bytes, counts, times, durations, tables.

Sizes are decimal (1 GB = 10⁹ bytes), as the Hugging Face Hub shows them. The window uses
its locale's forms instead (chatapp.ui.units).
"""

from __future__ import annotations

import time
import unicodedata

from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.i18n import chosen_language, translate_text


def format_bytes(size: float | None) -> str:
    """Bytes in SI units as the window writes them: "512 B", "40 kB", "253 MB", "4.1 GB" or
    "1.2 TB" (symbols, read alike in every language; a size that rounds up to the next unit
    is written in it), with the decimal separator of the language chosen for the app ("4,1
    GB" in Indonesian); "?" for None."""
    if size is None:
        return "?"
    if size < 1000:
        return f"{size:.0f} B"
    if round(size / 1e3) < 1000:
        return f"{size / 1e3:.0f} kB"
    if round(size / 1e6) < 1000:
        return f"{size / 1e6:.0f} MB"
    if round(size / 1e9, 1) < 1000:
        return f"{decimal(size / 1e9, 1, chosen_language())} GB"
    return f"{decimal(size / 1e12, 1, chosen_language())} TB"


def count_scale(n: float, scales: tuple[float, ...] = (1e3, 1e6, 1e9)) -> float | None:
    """The scale (of scales, smallest first) a count is written in: the largest it reaches,
    or the next one where one decimal would round it up to 1000 (999,999 is 1.0M, not
    1000.0K); None below the smallest."""
    reached = [scale for scale in scales if n >= scale]
    if not reached:
        return None
    index = scales.index(reached[-1])
    if round(n / scales[index], 1) >= 1000 and index + 1 < len(scales):
        return scales[index + 1]
    return scales[index]


#: downloads and likes: thousands, millions, billions in the language's own abbreviations
#: (Indonesian "1,2 rb", "3,4 jt": its "M" is miliar, a billion)
PEOPLE_UNITS = ((QT_TRANSLATE_NOOP("HubTab", "{n}B"), 1e9),
                (QT_TRANSLATE_NOOP("HubTab", "{n}M"), 1e6),
                (QT_TRANSLATE_NOOP("HubTab", "{n}K"), 1e3))


def people_count(n: float, language: str | None = None) -> str:
    """A count of downloads or likes: 950, 1.2K, 90K, 3.4M in English (a tenth shown only
    when it is not 0), as language (None: the chosen one) writes them in the others."""
    scale = count_scale(n)
    if scale is None:
        return whole(int(n), language)
    template = next(template for template, of in PEOPLE_UNITS if of == scale)
    return translate_text("HubTab", template, language).format(
        n=decimal(round(n / scale, 1), None, language))


# languages that write a decimal comma (as QLocale does: Indonesian; Malay and Filipino, like
# English, write a point)
DECIMAL_COMMA = frozenset({"id"})


def decimal(value: float, digits: int | None, language: str | None = None) -> str:
    """value with digits decimals ("3.14"; None: as few as it needs, "0.75"), in language's
    decimal separator ("3,14" for Indonesian; None: the language chosen for the app); no
    grouping of thousands."""
    return decimal_text(f"{value:g}" if digits is None else f"{value:.{digits}f}", language)


def whole(n: int, language: str | None = None) -> str:
    """A whole number with its thousands grouped as language writes them ("40,254";
    Indonesian "40.254"; None: the language chosen for the app)."""
    text = f"{n:,}"
    return text.replace(",", ".") if (language or chosen_language()) in DECIMAL_COMMA else text


def list_separator(language: str | None = None) -> str:
    """What separates numbers in a list or an interval: ", ", and "; " where a comma is the
    language's decimal separator ("[+25,0%; +100,0%]")."""
    return "; " if (language or chosen_language()) in DECIMAL_COMMA else ", "


def decimal_text(text: str, language: str | None = None) -> str:
    """A number written with a decimal point in language's separator (None: the language
    chosen for the app)."""
    return text.replace(".", ",") if (language or chosen_language()) in DECIMAL_COMMA else text


def format_time(stamp: float) -> str:
    """A Unix time (s) as local "YYYY-MM-DD HH:MM" ("?" for one no calendar here can show)."""
    try:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp))
    except (OverflowError, OSError, ValueError):
        return "?"


def format_duration(seconds: float) -> str:
    """Seconds as m:ss, or h:mm:ss from an hour on."""
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    return f"{seconds // 60}:{seconds % 60:02d}"


def table_lines(head: str, translated: str, rows: list[list[str]],
                left: int | tuple[int, ...] = 0) -> list[str]:
    """A table as lines of aligned columns, two spaces apart: the head's cells from
    translated ("a|b|c", the source head when the translation has another number of cells),
    then rows; the columns numbered in left are aligned left, the others right (numbers)."""
    cells = translated.split("|")
    if len(cells) != len(head.split("|")):
        cells = head.split("|")
    return aligned([cells, *rows], left)


def aligned(table: list[list[str]], left: int | tuple[int, ...] = 0) -> list[str]:
    """The rows of table as lines of columns two spaces apart, as wide as a terminal shows
    them (see columns); the columns numbered in left aligned left, the others right."""
    lefts = (left,) if isinstance(left, int) else left
    widths = [max(columns(row[i]) for row in table) for i in range(len(table[0]))]

    def fit(cell: str, i: int) -> str:
        pad = " " * (widths[i] - columns(cell))
        return cell + pad if i in lefts else pad + cell

    return ["  ".join(fit(cell, i) for i, cell in enumerate(row)).rstrip() for row in table]


def columns(text: str) -> int:
    """How many terminal columns text takes: wide characters (Chinese, Japanese, Korean)
    two, combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF"
               else 1 for c in text)
