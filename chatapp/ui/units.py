"""Numbers as the window's language writes them: sizes in SI units and decimals with the
locale's separator (Indonesian writes "4,1 GB")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from chatapp.errors import QT_TRANSLATE_NOOP

TOKEN = QT_TRANSLATE_NOOP("Bubble", "{n} token")
TOKENS = QT_TRANSLATE_NOOP("Bubble", "{n} tokens")


def data_size(size: float | None, decimals: int | None = None) -> str:
    """Bytes as "253 MB" or "4.1 GB" (one decimal from 1 GB on, unless decimals are given)
    in the current locale; "?" for None."""
    if size is None:
        return "?"
    return QLocale().formattedDataSize(int(size), (1 if size >= 1e9 else 0) if decimals is None
                                       else decimals, QLocale.DataSizeFormat.DataSizeSIFormat)


def rate_size(bytes_per_s: float) -> str:
    """A transfer rate's size in the current locale: "1.5 MB" (one decimal from 1 to 10 MB,
    where whole megabytes would hide a third of it), else as data_size."""
    return data_size(bytes_per_s, 1 if 1e6 <= bytes_per_s < 9.95e6 else None)


def counted(context: str, one: str, many: str, n: int, **fields: object) -> str:
    """A count in the window's language: one (marked with QT_TRANSLATE_NOOP in context) when
    n is 1, else many; both filled with {n} (grouped as the locale writes numbers) and
    fields."""
    return QCoreApplication.translate(context, one if n == 1 else many).format(
        n=number(n), **fields)


def speed_parts(rate: float | None, first_token_s: float | None) -> list[str]:
    """The speed pieces of an answer's stats line, as the chat's bubbles and the Compare
    panes show them: "{rate} tok/s" (rate in tokens per second; left out when None or 0)
    and "first token {s} s" (seconds; left out when None)."""
    parts = []
    if rate:
        parts.append(QCoreApplication.translate("Bubble", "{rate} tok/s")
                     .format(rate=decimal(rate, 1)))
    if first_token_s is not None:
        parts.append(QCoreApplication.translate("Bubble", "first token {s} s")
                     .format(s=decimal(first_token_s, 2)))
    return parts


def number(n: int) -> str:
    """A whole number as the locale writes it ("32,768", Indonesian "32.768"); one beyond
    64 bits (a damaged file's count) in digits only."""
    n = int(n)
    return QLocale().toString(n) if -(1 << 63) <= n < (1 << 63) else str(n)


def tokens_text(n: int) -> str:
    """"1 token" / "N tokens"."""
    return counted("Bubble", TOKEN, TOKENS, n)


def decimal(value: float, places: int) -> str:
    """A number with a fixed count of decimals in the current locale ("12.5", "12,5")."""
    return QLocale().toString(float(value), "f", places)
