"""Make a variant: a model with its own system prompt, parameters, document collection and
LoRA adapters, under a short name (for an evaluation, an arena round or a compare pane)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QWidget,
)

from chatapp.compare.variants import Adapter, Variant
from chatapp.errors import UserError
from chatapp.library import Library
from chatapp.settings import Sampling
from chatapp.store.documents import Documents
from chatapp.ui.conversation_settings import ParametersForm, ok_cancel_column, params_summary
from chatapp.ui.errors import error_text
from chatapp.ui.label import Label


class VariantDialog(QDialog):
    """Name, model, system prompt, sampling parameters, documents and adapters of one variant.

    Attributes:
        taken: names other variants already use (refused for this one).
    """

    def __init__(self, models: list, defaults: Sampling, library: Library | None,
                 parent: QWidget | None = None, *, collections: Collection[str] = (),
                 variant: Variant | None = None, taken: Collection[str] = (),
                 check: Callable[[Variant], object] | None = None,
                 presets: Collection[str] | None = None) -> None:
        """collections: the document collections offered; variant: one to change (its
        fields filled in); check: called with the variant on OK, a UserError it raises is
        shown in the dialog (such as an adapter that does not fit the model); presets: the
        saved presets' names, to offer keeping the variant as a preset too (None: not
        offered; see keep)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Variant") if variant is not None and variant.name
                            else self.tr("New variant"))
        self.taken = set(taken)
        self._check = check
        self.name = QLineEdit(variant.name if variant else "", self)
        self.name.setPlaceholderText(self.tr("A short name for the report, such as “terse”"))
        self.name.setMinimumWidth(  # the hint whole, in every language
            self.name.fontMetrics().horizontalAdvance(self.name.placeholderText()) + 24)
        self.model = QComboBox(self)
        for model in models:  # by what the catalogue resolves: a path, or ENDPOINT/MODEL_ID
            self.model.addItem(model.display_name, model.path or model.key)
        if variant is not None:
            self.model.setCurrentIndex(max(0, self.model.findData(variant.model)))
        self.docs = QComboBox(self)
        self.docs.setToolTip(self.tr("The variant's answers search this collection and cite "
                                     "it"))
        offer_collections(self.docs, collections,
                          variant.docs[0] if variant is not None and variant.docs else "")
        params = variant_params(variant) if variant else {}
        self.form = ParametersForm(defaults, (variant.system or "") if variant else "",
                                   params, self, library=library)
        self.problem = Label(self, wordWrap=True)
        self.presets = None if presets is None else set(presets)
        self.keep = QCheckBox(self.tr("&Keep as a preset (listed after a restart too)"), self,
                              visible=presets is not None)
        self.docs.currentIndexChanged.connect(self._offer_keep)
        self._offer_keep()
        rows = self.form.layout()  # one form: its labels in one column
        for row, (label, field) in enumerate(((self.tr("&Name:"), self.name),
                                              (self.tr("&Model:"), self.model),
                                              (self.tr("D&ocuments:"), self.docs))):
            rows.insertRow(row, label, field)
        ok_cancel_column(self, self.form, self.keep, self.problem, accept=self._accept)
        # a refusal is of what was there: it goes on any change of a field or an adapter
        changes = [self.name.textChanged, self.model.currentIndexChanged,
                   self.docs.currentIndexChanged, self.keep.toggled,
                   self.form.system.textChanged, self.form.stops.textChanged,
                   *(box.valueChanged for box in self.form.fields.values())]
        if self.form.adapters is not None:
            changes.append(self.form.adapters.changed)
        for changed in changes:
            changed.connect(self.problem.clear)

    def _offer_keep(self) -> None:
        """A preset holds no documents: not offered for a variant with a collection."""
        docs = bool(self.docs.currentData())
        self.keep.setEnabled(not docs)
        if docs:
            self.keep.setChecked(False)
        self.keep.setToolTip(self.tr("A preset keeps the model, system prompt, parameters and "
                                     "adapters, not documents") if docs else self.tr(
            "Saved with the presets (File → Presets…): this window, the arena and new chats "
            "offer it"))

    def kept(self) -> bool:
        """Whether the variant is to be kept as a preset too."""
        return self.presets is not None and self.keep.isEnabled() and self.keep.isChecked()

    def _accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.problem.setText(self.tr("Give the variant a name."))
            return
        if name in self.taken:
            self.problem.setText(self.tr("Another variant is named {name}.").format(name=name))
            return
        if self.kept() and name in (self.presets or ()):
            self.problem.setText(self.tr("A preset is named {name}.").format(name=name))
            return
        if self.model.currentData() is None:
            self.problem.setText(self.tr("Choose a model."))
            return
        if self._check is not None:
            try:
                self._check(self.variant())
            except UserError as exc:
                self.problem.setText(error_text(exc))
                return
        self.accept()

    def variant(self) -> Variant:
        """The variant as filled in (its model by key; resolved when the run starts)."""
        system, params = self.form.values()
        adapters = [Adapter(a["path"], a["scale"]) for a in params.pop("adapters", [])]
        docs = self.docs.currentData()
        return Variant(self.name.text().strip(), str(self.model.currentData()),
                       system=system.strip() or None, params=params, adapters=adapters,
                       docs=[docs] if docs else [])


def offer_collections(box: QComboBox, names: Collection[str], chosen: str = "") -> None:
    """Fill box with "No documents" (data "") and these document collections (data: the
    name), chosen picked where it is one of them (else "No documents"); quietly."""
    blocked = box.blockSignals(True)
    box.clear()
    box.addItem(QCoreApplication.translate("VariantDialog", "No documents"), "")
    for name in names:
        box.addItem(name, name)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    box.blockSignals(blocked)


def open_variant_dialog(parent: QWidget, ctx, models: list, defaults: Sampling,
                        taken: Collection[str], use: Callable[[Variant], object],
                        variant: Variant | None = None, keep: bool = False) -> VariantDialog:
    """Open the variant editor over parent (the collections and adapters of ctx; a variant
    whose model or adapters do not fit is refused in the dialog); use gets the variant made
    on OK. keep: offer to keep it as a preset too (saved in ctx.store on OK when ticked). The
    dialog is held as parent.variant_dialog: the slot's own reference must not be the last
    one when Qt deletes it on close."""
    dialog = VariantDialog(models, defaults, ctx.library, parent,
                           collections=[c.name for c in Documents(ctx.store).collections()],
                           variant=variant, taken=taken,
                           check=lambda v: v.resolve(ctx.catalogue),
                           presets=[p.name for p in ctx.store.presets()] if keep else None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    parent.variant_dialog = dialog
    dialog.accepted.connect(lambda: save_as_preset(ctx, dialog.variant()) if dialog.kept()
                            else None)
    dialog.accepted.connect(lambda: use(dialog.variant()))
    dialog.open()
    return dialog


def save_as_preset(ctx, variant: Variant) -> None:
    """Keep variant (no documents) as a preset: its name, system prompt, parameters and
    adapters, and its model (ctx: the AppContext: its store and catalogue)."""
    ctx.store.save_preset(variant.name, variant.system or "", variant_params(variant),
                          variant.resolve(ctx.catalogue).key)


def variant_params(variant: Variant, system: bool = False) -> dict:
    """variant's own parameters as a form or a pane holds them: its sampling parameters, its
    adapters as dicts under "adapters" (when it has any) and, with system, its system prompt
    under "system_prompt" (when it has one)."""
    params = dict(variant.params)
    if variant.adapters:
        params["adapters"] = [a.to_dict() for a in variant.adapters]
    if system and variant.system:
        params["system_prompt"] = variant.system
    return params


def variant_line(variant: Variant, models: Collection) -> str:
    """"NAME — MODEL + COLLECTION · changed parameters" for a list of variants (models: the
    models that may be named, each with a key and a display name)."""
    summary = params_summary(variant_params(variant, system=True))
    named: dict[str, str] = {}  # by its key, path or file name: the name Compare shows
    for m in models:
        for spec in (m.key, getattr(m, "path", None), getattr(m, "shared_file_name", None)):
            if spec:
                named.setdefault(str(spec), m.display_name)
    resolved = variant.resolved
    model = named.get(variant.model) or (
        resolved.display_name if resolved is not None else
        Path(variant.model).name if Path(variant.model).is_absolute() else variant.model)
    if variant.docs:
        model += " + " + ", ".join(variant.docs)
    return f"{variant.name} — {model}" + (f" · {summary}" if summary else "")
