"""Numbers as the window's language writes them: sizes in SI units and decimals with the
locale's separator (Indonesian writes "4,1 GB")."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def data_size(size: float | None) -> str:
    """Bytes as "253 MB" or "4.1 GB" (one decimal from 1 GB on) in the current locale; "?"
    for None."""
    if size is None:
        return "?"
    return QLocale().formattedDataSize(int(size), 1 if size >= 1e9 else 0,
                                       QLocale.DataSizeFormat.DataSizeSIFormat)


def decimal(value: float, places: int) -> str:
    """A number with a fixed count of decimals in the current locale ("12.5", "12,5")."""
    return QLocale().toString(float(value), "f", places)
