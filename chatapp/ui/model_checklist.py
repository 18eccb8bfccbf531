"""The shared model list with a check box each: the arena's draw and an evaluation's models
(a server's model that cannot answer now greyed, with why in its tooltip, as in the
pickers)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from chatapp.catalogue import AnyModel, is_remote
from chatapp.ui.model_list import KEY_ROLE, MODEL_ROLE, ModelList, problem_text, told_apart


class ModelChecklist(QListWidget):
    """The shared model list with a check box each (the arena's draw, an evaluation's
    models); checks stay with their models across reloads, new models come checked when
    check_new is set, except the keys left_out."""

    def __init__(self, model_list: ModelList, parent: QWidget | None = None,
                 check_new: bool = True, left_out: Iterable[str] = ()) -> None:
        super().__init__(parent)
        self.model_list = model_list
        self.check_new = check_new
        self._checks: dict[str, bool] = dict.fromkeys(left_out, False)
        model_list.listChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Show the list again, each model checked as it was."""
        for row in range(self.count()):
            item = self.item(row)
            self._checks[item.data(KEY_ROLE)] = item.checkState() == Qt.CheckState.Checked
        with QSignalBlocker(self):  # itemChanged: the user's checks only
            self.clear()
            models = self.model_list.models
            names = told_apart(models, [m.display_name for m in models])  # two of one name
            for model, name in zip(models, names, strict=True):
                item = QListWidgetItem(name, self)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = self._checks.get(model.key, self.check_new)
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                item.setData(KEY_ROLE, model.key)
                item.setData(MODEL_ROLE, model)
                if self.model_list.marked(model):  # greyed, as in the pickers
                    item.setForeground(QGuiApplication.palette().brush(
                        QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
                if is_remote(model):
                    item.setToolTip("\n".join(p for p in (
                        self.model_list.label(model), problem_text(model)
                        or self.model_list.unreachable_text(model)) if p))

    def left_out(self) -> list[str]:
        """The keys of the models not checked, those listed now and those that were."""
        listed = {self.item(row).data(KEY_ROLE): self.item(row).checkState()
                  for row in range(self.count())}
        return sorted({key for key, on in self._checks.items() if not on and key not in listed}
                      | {key for key, state in listed.items()
                         if state != Qt.CheckState.Checked})

    def checked(self) -> list[AnyModel]:
        """The checked models, in list order."""
        return [self.item(row).data(MODEL_ROLE) for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]

    def set_checked(self, keys: set[str]) -> None:
        """Check exactly the models with these keys."""
        for row in range(self.count()):
            item = self.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(KEY_ROLE) in keys
                               else Qt.CheckState.Unchecked)
