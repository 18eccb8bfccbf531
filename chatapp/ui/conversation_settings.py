"""A conversation's system prompt and sampling parameters, and the presets that start new
chats with them (create, edit, duplicate, delete)."""

from __future__ import annotations

import json
import os
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chatapp.library import Library, LocalModel
from chatapp.settings import MAX_STOPS, SAMPLING_RANGES, Sampling, checked_sampling
from chatapp.store import Preset, Store
from chatapp.ui.adapter_picker import AdapterPicker
from chatapp.ui.ask_name import ask_name
from chatapp.ui.decimal_box import DecimalBox
from chatapp.ui.label import Label
from chatapp.ui.layouts import exec_once, fill
from chatapp.units import decimal_text

# name -> (step, decimals) of its spin box (decimals None for whole numbers); the ranges are
# SAMPLING_RANGES
PARAMETERS: dict[str, tuple[float, int | None]] = {
    "temperature": (0.05, 2), "top_k": (1, None), "top_p": (0.01, 2), "min_p": (0.01, 2),
    "repeat_penalty": (0.05, 2), "max_tokens": (16, None), "seed": (1, None),
}


# how a stop string's line break, tab and backslash are written in its line (\n, \t, \\)
_ESCAPED = {"n": "\n", "t": "\t", "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)")


def stops_text(stops: list[str]) -> str:
    """Stop strings as the form shows them: one a line, a line break in one written \\n."""
    return "\n".join(text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
                     for text in stops)


def ok_cancel_column(dialog: QDialog, *parts: QWidget | QLayout,
                     accept: Any = None) -> QDialogButtonBox:
    """Lay dialog out as parts (widgets or layouts) above OK and Cancel; OK calls accept
    (default: dialog.accept). Returns the button box (for more buttons)."""
    def checked() -> None:  # (a parameters form's stop strings said wrong: it stays open)
        form = dialog.findChild(ParametersForm)
        if form is None or form.check():
            (accept or dialog.accept)()

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog,
                               accepted=checked, rejected=dialog.reject)
    fill(QVBoxLayout(dialog), *parts, buttons)
    return buttons


class ParametersForm(QWidget):
    """A system prompt box and one spin box per sampling parameter."""

    def __init__(self, defaults: Sampling, system_prompt: str, params: dict[str, Any],
                 parent: QWidget | None = None, with_system: bool = True,
                 library: Library | None = None) -> None:
        """library: offer its LoRA adapters (None: no adapter choice)."""
        super().__init__(parent)
        self.defaults = defaults.to_dict()
        labels = {
            "temperature": self.tr("&Temperature"),
            "top_k": self.tr("Top &K"),
            "top_p": self.tr("Top &P"),
            "min_p": self.tr("M&in P"),
            "repeat_penalty": self.tr("&Repeat penalty"),
            "max_tokens": self.tr("Longest &answer (tokens)"),
            "seed": self.tr("&Seed (-1: random)"),
        }
        form = QFormLayout(self)
        self.system = QPlainTextEdit(self)
        self.system.setPlainText(system_prompt)
        self.system.setTabChangesFocus(True)
        self.system.setAccessibleName(self.tr("System prompt"))
        self.system.setPlaceholderText(self.tr("How the model should behave in this chat"))
        if with_system:
            form.addRow(self.tr("S&ystem prompt"), self.system)
        else:
            self.system.hide()
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.edited: set[str] = set()  # the parameters changed here (kept even when default)
        params = self._given = checked_sampling(params)
        for name, (step, decimals) in PARAMETERS.items():
            low, high, _whole = SAMPLING_RANGES[name]
            if decimals is None:
                box: QSpinBox | QDoubleSpinBox = QSpinBox(self)
                box.setRange(int(low), int(high))
                box.setSingleStep(int(step))
            else:
                box = DecimalBox(self)
                box.setRange(low, high)
                box.setSingleStep(step)
                box.setDecimals(decimals)
            box.setValue(params.get(name, self.defaults[name]))
            box.valueChanged.connect(lambda _value, name=name: self.edited.add(name))
            box.setAccessibleName(labels[name].replace("&", ""))
            form.addRow(labels[name], box)
            self.fields[name] = box
        self.stops = QPlainTextEdit(stops_text(params.get("stop", self.defaults["stop"])), self)
        self.stops.setTabChangesFocus(True)
        self.stops.setAccessibleName(self.tr("Stop strings"))
        self.stops.setPlaceholderText(self.tr("One per line, at most {n} (\\n for a line "
                                              "break): the answer ends before any of them")
                                      .format(n=MAX_STOPS))
        lines = self.stops.fontMetrics().lineSpacing()  # (all four seen at once)
        self.stops.setFixedHeight(lines * MAX_STOPS + 2 * self.stops.frameWidth() + 10)
        self.stops.textChanged.connect(lambda: self.edited.add("stop"))
        self.stops.textChanged.connect(lambda: self.check(focus=False))  # (said as typed)
        form.addRow(self.tr("Stop strin&gs"), self.stops)
        # a line's room kept under the field, so that its problem shows without moving a thing
        self.stop_problem = Label(self, wordWrap=True)
        self.stop_problem.setMinimumHeight(self.stop_problem.fontMetrics().lineSpacing())
        form.addRow("", self.stop_problem)
        self.adapters: AdapterPicker | None = None
        if library is not None:
            self.adapters = AdapterPicker(library, params.get("adapters"), self)
            form.addRow(self.tr("&LoRA adapters"), self.adapters)
        reset = QPushButton(self.tr("Use the app's &defaults"), self)
        reset.clicked.connect(self.reset)
        form.addRow("", reset)

    def reset(self) -> None:
        """Put every parameter back to the app's default."""
        for name, box in self.fields.items():
            box.setValue(self.defaults[name])
        self.stops.setPlainText(stops_text(self.defaults["stop"]))
        self.edited.clear()

    def stop_list(self) -> list[str]:
        """The stop strings typed, one a line (a last line break ends the last one)."""
        text = self.stops.toPlainText().removesuffix("\n")
        return [_ESCAPE.sub(lambda m: _ESCAPED.get(m[1], m[0]), line)
                for line in text.split("\n")] if text else []

    def check(self, focus: bool = True) -> bool:
        """Whether the stop strings can be used (at most MAX_STOPS, none empty, as the
        local API takes them); if not, the line under them says why (and, with focus, the
        keyboard goes to them). Run as they are typed, too."""
        stops = self.stop_list()
        problem = ""
        if len(stops) > MAX_STOPS:
            problem = self.tr("At most {limit} stop strings, one per line ({count} now)."
                              ).format(limit=MAX_STOPS, count=len(stops))
        elif "" in stops:
            problem = self.tr("A stop string is empty: remove the blank line.")
        self.stop_problem.setText(problem)
        if problem and focus:
            self.stops.setFocus()
        return not problem

    def values(self) -> tuple[str, dict[str, Any]]:
        """The system prompt and the parameters that differ from the defaults or were changed
        here (a value typed is the value used, whatever the defaults become), with the
        entries given that the form does not show, such as adapters without a library, kept
        as they were."""
        params = {k: v for k, v in self._given.items() if k not in self.fields and k != "stop"
                  and (k != "adapters" or self.adapters is None)}
        for name, box in self.fields.items():
            value = box.value()
            if isinstance(box, QDoubleSpinBox):
                value = round(value, box.decimals())
            if value != self.defaults[name] or name in self.edited:
                params[name] = value
        stops = self.stop_list()
        if stops != self.defaults["stop"] or "stop" in self.edited:
            params["stop"] = stops
        if self.adapters is not None and self.adapters.values():
            params["adapters"] = self.adapters.values()
        return self.system.toPlainText(), params


class ConversationSettingsDialog(QDialog):
    """Edit one conversation's system prompt and parameters; save them as a preset."""

    def __init__(self, defaults: Sampling, system_prompt: str, params: dict[str, Any],
                 model: LocalModel | None, store: Store, parent: QWidget | None = None,
                 library: Library | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("System prompt and parameters"))
        self.store = store
        self.model = model
        self.form = ParametersForm(defaults, system_prompt, params, self, library=library)
        self.saved = Label(self, wordWrap=True)  # what Save as preset kept: its line is kept
        self.saved.setMinimumHeight(self.saved.fontMetrics().lineSpacing())  # (no jump)
        buttons = ok_cancel_column(self, self.form, self.saved)
        save = buttons.addButton(self.tr("Sa&ve as preset…"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(self.save_preset)
        self.resize(520, 520)

    def values(self) -> tuple[str, dict[str, Any]]:
        """The system prompt and parameters chosen."""
        return self.form.values()

    def save_preset(self) -> None:
        """Keep these settings (and the current model) as a preset, and say so."""
        if not self.form.check():
            return
        name = ask_name(self, self.tr("Save as preset"), self.tr("Name:"))
        if name is not None:
            system, params = self.values()
            preset = self.store.save_preset(name, system, params,
                                            self.model.key if self.model else None)
            self.saved.setText((self.tr("Saved as the preset {name}, with {model}.") if self.model
                                else self.tr("Saved as the preset {name}.")).format(
                name=preset.name, model=self.model.display_name if self.model else ""))


class PaneParamsDialog(QDialog):
    """What makes one compare pane a variant: its own system prompt (over the
    conversation's), sampling parameters (the app's defaults where unchanged) and LoRA
    adapters."""

    def __init__(self, defaults: Sampling, params: dict[str, Any],
                 parent: QWidget | None = None, library: Library | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Parameters for this pane"))
        system = params.get("system_prompt")
        self.form = ParametersForm(defaults, system if isinstance(system, str) else "", params,
                                   self, library=library)
        self.form.system.setPlaceholderText(self.tr(
            "Empty: the conversation's system prompt"))
        ok_cancel_column(self, self.form)

    def values(self) -> dict[str, Any]:
        """The parameters that differ from the app's defaults, with "system_prompt" when this
        pane has its own."""
        system, params = self.form.values()
        if system.strip():
            params["system_prompt"] = system
        return params


def params_summary(params: dict[str, Any]) -> str:
    """Changed parameters in a short line, named as the dialogs name them in the language
    shown: "“Be terse.” · Temperature 1.25 · Top K 7 · LoRA a.gguf ×0.5" (a pane's own system
    prompt first, cut to 30 characters)."""
    from chatapp.ui.param_names import param_name

    def shown(value: Any) -> str:  # a fraction in the app language's decimals
        return decimal_text(str(value)) if isinstance(value, float) else json.dumps(
            value, ensure_ascii=False) if isinstance(value, list) else str(value)

    parts = [f"{param_name(name)} {shown(value)}" for name, value in sorted(params.items())
             if name not in ("adapters", "system_prompt")]
    system = params.get("system_prompt")
    if isinstance(system, str) and system.strip():
        line = " ".join(system.split())
        parts.insert(0, f"“{line[:30]}…”" if len(line) > 30 else f"“{line}”")
    parts += [f"LoRA {os.path.basename(str(a.get('path')))} ×{shown(a.get('scale', 1.0))}"
              for a in params.get("adapters") or [] if isinstance(a, dict)]
    return " · ".join(parts)


class PresetEditor(QDialog):
    """Edit one preset: name, model, system prompt and parameters."""

    def __init__(self, name: str, model_key: str | None, system_prompt: str,
                 params: dict[str, Any], defaults: Sampling, models: list[LocalModel],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preset"))
        self.name = QLineEdit(name, self, accessibleName=self.tr("Preset name"))
        self.model = QComboBox(self, accessibleName=self.tr("Default model"))
        self.model.addItem(self.tr("The model picked at the time"), None)
        for model in models:
            self.model.addItem(model.display_name, model.key)
            if model.key == model_key:
                self.model.setCurrentIndex(self.model.count() - 1)
        top = QFormLayout()
        top.addRow(self.tr("&Name"), self.name)
        top.addRow(self.tr("&Model"), self.model)
        self.form = ParametersForm(defaults, system_prompt, params, self)
        ok_cancel_column(self, top, self.form, accept=self._accept)

    def _accept(self) -> None:
        if self.name.text().strip():
            self.accept()
        else:
            self.name.setFocus()

    def values(self) -> tuple[str, str | None, str, dict[str, Any]]:
        """Name, model key, system prompt, parameters."""
        system, params = self.form.values()
        return self.name.text().strip(), self.model.currentData(), system, params


class PresetsDialog(QDialog):
    """The list of presets with New, Edit, Duplicate and Delete."""

    def __init__(self, store: Store, defaults: Sampling, models: list[LocalModel],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Presets"))
        self.store = store
        self.defaults = defaults
        self.models = models
        self.list = QListWidget(self, accessibleName=self.tr("Presets"),
                                itemActivated=lambda _item: self.edit())
        self.hint = Label(self.tr(
            "A preset is a system prompt, sampling settings and a model under a name. Make one "
            "with New…, then start a chat with it from File → New chat from preset."), self,
                          wordWrap=True)
        buttons = QVBoxLayout()
        self.selected_only: list[QPushButton] = []
        for text, slot in ((self.tr("&New…"), self.new), (self.tr("&Edit…"), self.edit),
                           (self.tr("D&uplicate"), self.duplicate),
                           (self.tr("&Delete"), self.delete)):
            button = QPushButton(text, self, clicked=slot)
            buttons.addWidget(button)
            if slot != self.new:
                self.selected_only.append(button)
        fill(buttons, 1, QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self,
                                          rejected=self.reject))
        fill(QVBoxLayout(self), self.hint, fill(QHBoxLayout(), (self.list, 1), buttons))
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.confirm_box: QMessageBox | None = None
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        """Show the presets."""
        self.list.clear()
        for preset in self.store.presets():
            item = QListWidgetItem(preset.name)
            item.setData(Qt.ItemDataRole.UserRole, preset.id)
            self.list.addItem(item)
            if preset.id == select:
                self.list.setCurrentItem(item)
        self._enable()

    def _enable(self) -> None:
        """Edit, Duplicate and Delete act on the selected preset: off without one."""
        for button in self.selected_only:
            button.setEnabled(self.list.currentItem() is not None)

    def _current(self) -> Preset | None:
        item = self.list.currentItem()
        return self.store.preset(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _edited(self, preset: Preset | None) -> PresetEditor | None:
        """The editor of preset (None: a new one) once OK closed it, else None."""
        editor = PresetEditor(*(("", None, "", {}) if preset is None else (
            preset.name, preset.model_key, preset.system_prompt, preset.sampling)),
                              self.defaults, self.models, self)
        return editor if exec_once(editor) else None

    def new(self) -> None:
        """Create a preset."""
        editor = self._edited(None)
        if editor is not None:
            name, key, system, params = editor.values()
            self.refresh(self.store.save_preset(name, system, params, key).id)

    def edit(self) -> None:
        """Edit the selected preset."""
        preset = self._current()
        editor = self._edited(preset) if preset is not None else None
        if editor is not None:
            name, key, system, params = editor.values()
            self.store.save_preset(name, system, params, key, preset_id=preset.id)
            self.refresh(preset.id)

    def duplicate(self) -> None:
        """Copy the selected preset."""
        preset = self._current()
        if preset is None:
            return
        copy = self.store.save_preset(self.tr("{name} (copy)").format(name=preset.name),
                                      preset.system_prompt, preset.sampling, preset.model_key)
        self.refresh(copy.id)

    def delete(self) -> None:
        """Ask, then delete the selected preset (the question is confirm_box while open)."""
        preset = self._current()
        if preset is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete preset"),
                          self.tr("Delete the preset {name}?").format(name=preset.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self,
                          textFormat=Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button) -> None:
            self.confirm_box = None
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.store.delete_preset(preset.id)
                self.refresh()

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()


def edit_conversation_settings(window) -> None:
    """The window's dialog for the system prompt and sampling parameters of the shown
    conversation (or of the new one)."""
    from chatapp.model_defaults import model_sampling_defaults

    session, model = window.session, window.current_model()
    system, params = session.settings_of_conversation()
    defaults = model_sampling_defaults(window.ctx.settings.sampling,
                                       model.path if model is not None and model.path else None)
    dialog = ConversationSettingsDialog(defaults, system, params, model, window.ctx.store,
                                        window, library=window.ctx.library)
    if exec_once(dialog):
        session.set_settings_of_conversation(*dialog.values())
        window.update_meter()


def new_from_preset(window, preset_id: int) -> None:
    """Start a new chat in the window with a preset's system prompt, parameters and model
    (saying so when that model is not here)."""
    preset = window.ctx.store.preset(preset_id)
    window.new_conversation()
    window.session.new(preset.system_prompt, preset.sampling)
    window.title_label.setText(QCoreApplication.translate(
        "MainWindow", "New conversation ({preset})").format(preset=preset.name))
    if preset.model_key:
        window.select_model(preset.model_key)
        picked = window.current_model()
        if picked is not None and picked.key != preset.model_key \
                and window.picker.wanted != preset.model_key:
            window.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "The preset's model {model} is not on this computer: {picked} "
                "answers.").format(model=preset.model_key, picked=picked.display_name), 15000)


def fill_preset_menu(window) -> None:
    """The File menu's presets: each starts a new chat with it."""
    from chatapp.ui.errors import guarded

    menu = window.preset_menu
    menu.clear()
    presets = window.ctx.store.presets()
    for preset in presets:
        item = menu.addAction(preset.name)
        item.triggered.connect(guarded(lambda _=False, p=preset.id: new_from_preset(window, p),
                                       window))
    if not presets:
        menu.addAction(QCoreApplication.translate("MainWindow", "No presets yet")
                       ).setEnabled(False)


def edit_presets(window) -> None:
    """Create, edit, duplicate and delete presets."""
    exec_once(PresetsDialog(window.ctx.store, window.ctx.settings.sampling, window.models, window))
