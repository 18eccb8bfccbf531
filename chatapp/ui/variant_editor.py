"""Make an evaluation variant: a model with its own system prompt, parameters and LoRA
adapters, under a short name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from chatapp.compare.variants import Adapter, Variant
from chatapp.library import Library
from chatapp.settings import Sampling
from chatapp.ui.conversation_settings import ParametersForm, ok_cancel_column
from chatapp.ui.label import Label


class VariantDialog(QDialog):
    """Name, model, system prompt, sampling parameters and adapters of one variant."""

    def __init__(self, models: list, defaults: Sampling, library: Library | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New variant"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("A short name for the report, such as terse"))
        self.model = QComboBox(self)
        for model in models:  # by what the catalogue resolves: a path, or ENDPOINT/MODEL_ID
            self.model.addItem(model.display_name, model.path or model.key)
        self.form = ParametersForm(defaults, "", {}, self, library=library)
        self.problem = Label(self)
        self.problem.setWordWrap(True)
        top = QFormLayout()
        top.addRow(self.tr("&Name:"), self.name)
        top.addRow(self.tr("&Model:"), self.model)
        ok_cancel_column(self, top, self.form, self.problem, accept=self._accept)

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Give the variant a name."))
            return
        if self.model.currentData() is None:
            self.problem.setText(self.tr("Choose a model."))
            return
        self.accept()

    def variant(self) -> Variant:
        """The variant as filled in (its model by key; resolved when the run starts)."""
        system, params = self.form.values()
        adapters = [Adapter(a["path"], a["scale"]) for a in params.pop("adapters", [])]
        return Variant(self.name.text().strip(), str(self.model.currentData()),
                       system=system.strip() or None, params=params, adapters=adapters)
