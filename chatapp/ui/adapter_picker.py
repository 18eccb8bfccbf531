"""Choose LoRA adapters and their scales for a conversation, a compare pane or a variant."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QPushButton,
    QWidget,
)

from chatapp.library import Library
from chatapp.ui.decimal_box import DecimalBox
from chatapp.ui.errors import guarded
from chatapp.ui.file_dialogs import MODELS, remember, user_folder
from chatapp.ui.label import Label

MIN_SCALE, MAX_SCALE = -4.0, 4.0


class AdapterPicker(QWidget):
    """A row per LoRA adapter the library knows (and per adapter already chosen): a check
    box to use it and its scale (1.0: as trained; 0: no effect); "Add a file…" links an
    adapter from disk into the library.

    Attributes:
        rows: path -> (check box, scale box), in the order shown.

    Signals:
        changed(): an adapter was ticked, unticked, added or its scale changed.
    """

    changed = Signal()

    def __init__(self, library: Library | None, chosen: list[dict[str, Any]] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.rows: dict[str, tuple[QCheckBox, QDoubleSpinBox]] = {}
        self.empty = Label(self.tr("No LoRA adapters yet: add a GGUF adapter file."), self)
        self.grid.addWidget(self.empty, 0, 0, 1, 2)
        known = [m.path for m in library.adapters()] if library is not None else []
        wanted = {str(e.get("path")): float(e.get("scale", 1.0)) for e in chosen or []
                  if isinstance(e, dict) and e.get("path")}
        for path in dict.fromkeys([*known, *wanted]):
            self.add_row(path, path in wanted, wanted.get(path, 1.0))
        self.add_button = QPushButton(self.tr("Add an adapter &file…"), self,
                                      clicked=guarded(self.add_file, self))
        self.grid.addWidget(self.add_button, 1000, 0, 1, 2)

    def add_row(self, path: str, checked: bool = True, scale: float = 1.0) -> None:
        """Show an adapter (once) with its check box and scale."""
        if path in self.rows:
            self.rows[path][0].setChecked(checked)
            self.rows[path][1].setValue(scale)
            self.changed.emit()
            return
        box = QCheckBox(os.path.basename(path), self, toolTip=path, checked=checked)
        spin = DecimalBox(self)
        spin.setRange(MIN_SCALE, MAX_SCALE)
        spin.setSingleStep(0.1)
        spin.setDecimals(2)
        spin.setValue(scale)
        spin.setAccessibleName(self.tr("Scale of {name}").format(name=os.path.basename(path)))
        spin.setToolTip(self.tr("Scale: 1 applies the adapter as trained, 0 leaves the base "
                                "model as it is"))
        row = len(self.rows) + 1
        self.grid.addWidget(box, row, 0)
        self.grid.addWidget(spin, row, 1)
        self.rows[path] = (box, spin)
        self.empty.hide()
        box.toggled.connect(self.changed)
        spin.valueChanged.connect(self.changed)
        self.changed.emit()

    def add_file(self) -> None:
        """Ask for an adapter file, link it into the library and use it."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a LoRA adapter"),
                                              user_folder(kind=MODELS),
                                              self.tr("GGUF files (*.gguf)"))
        if path:
            self.link(remember(path, kind=MODELS))

    def link(self, path: str) -> None:
        """Use the adapter at path; the library lists it from now on (linked, not copied).
        UserError for a file that is no LoRA adapter (a chat model, say)."""
        from chatapp.engine.lora import check_is_adapter

        check_is_adapter(path)
        if self.library is not None:
            from chatapp.library_sources import Links, scan

            paths = self.library.paths
            Links(paths).add(scan(Path(path).absolute()).models, paths.models)
        self.add_row(os.path.abspath(path))

    def values(self) -> list[dict[str, Any]]:
        """The chosen adapters: [{"path", "scale"}] in the order shown."""
        return [{"path": path, "scale": round(spin.value(), 2)}
                for path, (box, spin) in self.rows.items() if box.isChecked()]
