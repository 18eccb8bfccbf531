"""The app's one list of variants made while it runs (in a compare pane, the arena or
Evaluate): what each of those windows offers, updated in the open ones as it changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from chatapp.compare.variants import Variant


class VariantPool(QObject):
    """The variants made so far, by name (a new one replaces the one of its name).

    Signals:
        changed(): a variant was added, replaced or removed.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._variants: list[Variant] = []

    def variants(self) -> list[Variant]:
        """The variants, oldest first."""
        return list(self._variants)

    def names(self) -> set[str]:
        """The variants' names."""
        return {v.name for v in self._variants}

    def add(self, variant: Variant) -> None:
        """Keep variant (one of the same name goes: it is made anew)."""
        self._variants = [v for v in self._variants if v.name != variant.name] + [variant]
        self.changed.emit()

    def remove(self, name: str) -> None:
        """Forget the variant named name (nothing when there is none)."""
        kept = [v for v in self._variants if v.name != name]
        if len(kept) != len(self._variants):
            self._variants = kept
            self.changed.emit()


def shared_variants(ctx) -> VariantPool:
    """The app's variant list (ctx: the AppContext; one list for all its windows, kept when
    the window opens again in another language)."""
    if ctx.variants is None:
        ctx.variants = VariantPool()
    return ctx.variants
