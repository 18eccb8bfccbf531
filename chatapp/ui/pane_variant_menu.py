"""A compare pane's Variant menu: the variants of the app's variant list and the saved presets
that this window can answer with, to choose from, then "New variant…" (the variant editor)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from chatapp.catalogue import Catalogue
from chatapp.compare.variants import Variant, of_preset
from chatapp.errors import UserError
from chatapp.store import Store
from chatapp.ui.model_list import MODEL_ROLE
from chatapp.ui.variant_editor import variant_line
from chatapp.ui.variant_pool import VariantPool


def offered_variants(pane, pool: VariantPool, store: Store,
                     catalogue: Catalogue) -> list[Variant]:
    """What pane can answer as (each resolved): the app's variants, then the presets not of
    their names (a preset that leaves the model open takes the pane's model); those whose
    model is not in the pane's picker, or whose documents are not offered there, left out."""
    found: list[Variant] = []
    for variant in pool.variants():
        with suppress(UserError):  # its model is gone: left out
            variant.resolve(catalogue)
            found.append(variant)
    names = {v.name for v in found}
    for preset in store.presets():
        variant = of_preset(preset, catalogue, pane.chosen())
        if variant is not None and variant.name not in names:
            found.append(variant)
    return [v for v in found if pane.picker.findData(v.resolved.key) >= 0
            and pane.docs_box.findData(v.docs[0] if v.docs else "") >= 0]


def attach_variant_menu(pane, pool: VariantPool, store: Store, catalogue: Catalogue,
                        new_variant: Callable[[], object]) -> QMenu:
    """Give pane's Variant button a menu, filled each time it opens: a row per offered
    variant ("NAME — MODEL · changes"; the pane's own ticked) that the pane takes when
    chosen, a separator, and "New variant…" (new_variant opens the editor)."""
    button = pane.variant_button
    menu = QMenu(button)
    menu.setObjectName("paneVariantMenu")

    def fill() -> None:
        menu.clear()
        for old in menu.findChildren(QActionGroup):  # the last opening's rows
            old.deleteLater()
        models = [pane.picker.itemData(i, MODEL_ROLE) for i in range(pane.picker.count())]
        group = QActionGroup(menu)  # one is the pane's: shown as a choice of one
        for variant in offered_variants(pane, pool, store, catalogue):
            named = dataclasses.replace(variant, model=variant.resolved.key)  # its shown name
            action = QAction(variant_line(named, [m for m in models if m is not None]),
                             group, checkable=True, checked=variant.name == pane.variant_name)
            action.triggered.connect(
                lambda _=False, v=variant: pane.set_variant(dataclasses.replace(v)))
            menu.addAction(action)
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addAction(QCoreApplication.translate("PaneVariantMenu", "New variant…"), new_variant)

    menu.aboutToShow.connect(fill)
    button.setMenu(menu)
    return menu
