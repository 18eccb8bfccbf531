"""The arena's second pool: saved presets and variants made on the spot (a model with its own
system prompt, parameters, document collection and adapters) that can be drawn beside plain
models, so that variants meet blind too."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from chatapp.catalogue import AnyModel, Catalogue
from chatapp.compare.variants import Variant, of_preset
from chatapp.errors import UserError
from chatapp.store import Store
from chatapp.ui.variant_pool import VariantPool

KEY_ROLE = Qt.ItemDataRole.UserRole  # "preset:ID" or "variant:NAME"


class PresetChecklist(QListWidget):
    """A checkable row per preset whose model is here and per variant of the app's variant
    list (pool: made here, in a compare pane or in Evaluate; listed as it changes)
    ("NAME — MODEL"); hidden when there is none."""

    def __init__(self, parent: QWidget | None = None, pool: VariantPool | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Presets and variants to draw from"))
        self.setToolTip(self.tr("Presets and variants: their model answers with their system "
                                "prompt, parameters, documents and adapters"))
        self._variants: dict[str, Variant] = {}
        self.pool = pool or VariantPool(self)
        self._loaded: tuple = ()  # what reload was last given
        self._tick: set[str] = set()  # variants made here: ticked when listed
        self.pool.changed.connect(lambda: self.reload(*self._loaded) if self._loaded else None)

    def _add_row(self, key: str, variant: Variant, checked: bool) -> None:
        item = QListWidgetItem(self.tr("{preset} — {model}").format(
            preset=variant.name, model=variant.resolved.display_name), self)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(KEY_ROLE, key)
        self._variants[key] = variant

    def reload(self, store: Store, catalogue: Catalogue,
               default: AnyModel | None = None) -> None:
        """List the presets again (the ticked rows stay ticked; made variants stay); presets
        that leave the model to the moment use default (the model picked now)."""
        self._loaded = (store, catalogue, default)
        ticked = {v.name for v in self.checked()} | self._tick
        self._tick = set()
        self.clear()
        self._variants = {}
        for preset in store.presets():
            variant = of_preset(preset, catalogue, default)
            if variant is not None and preset.name not in self.pool.names():  # (kept as one)
                self._add_row(f"preset:{preset.id}", variant, preset.name in ticked)
        for variant in self.pool.variants():
            with suppress(UserError):  # its model is gone: not offered
                variant.resolve(catalogue)
                self._add_row(f"variant:{variant.name}", variant, variant.name in ticked)
        self.setVisible(self.count() > 0)

    def add_variant(self, variant: Variant) -> None:
        """Offer a variant made on the spot (resolved), ticked, and add it to the app's
        variant list; one of the same name is replaced."""
        self._tick.add(variant.name)
        self.pool.add(variant)
        if not self._loaded:  # (not listed yet: listed with the presets)
            for row in range(self.count()):
                if self.item(row).data(KEY_ROLE) == f"variant:{variant.name}":
                    self.takeItem(row)
                    break
            self._add_row(f"variant:{variant.name}", variant, True)
            self.setVisible(True)

    def names(self) -> set[str]:
        """The names of every row (a new variant needs another)."""
        return {v.name for v in self._variants.values()}

    def checked(self) -> list[Variant]:
        """The ticked rows as variants."""
        return [self._variants[self.item(row).data(KEY_ROLE)]
                for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]
