"""The arena's second pool: saved presets (a model with its own system prompt, parameters and
adapters) that can be drawn beside plain models, so that variants meet blind too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from chatapp.catalogue import Catalogue
from chatapp.compare.variants import Variant, of_preset
from chatapp.store import Store

PRESET_ROLE = Qt.ItemDataRole.UserRole


class PresetChecklist(QListWidget):
    """A checkable row per preset whose model is here ("NAME — MODEL"); hidden when there
    is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Presets to draw from"))
        self.setToolTip(self.tr("Presets are variants: their model answers with their system "
                                "prompt, parameters and adapters"))
        self._variants: dict[int, Variant] = {}

    def reload(self, store: Store, catalogue: Catalogue) -> None:
        """List the presets again (the ticked ones stay ticked)."""
        ticked = {v.name for v in self.checked()}
        self.clear()
        self._variants = {}
        for preset in store.presets():
            variant = of_preset(preset, catalogue)
            if variant is None:
                continue
            item = QListWidgetItem(self.tr("{preset} — {model}").format(
                preset=preset.name, model=variant.resolved.display_name), self)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if preset.name in ticked
                               else Qt.CheckState.Unchecked)
            item.setData(PRESET_ROLE, preset.id)
            self._variants[preset.id] = variant
        self.setVisible(self.count() > 0)

    def checked(self) -> list[Variant]:
        """The ticked presets as variants."""
        return [self._variants[self.item(row).data(PRESET_ROLE)] for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]
