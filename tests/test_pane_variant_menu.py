"""A compare pane's Variant menu: the app's variants (made in a pane, the arena or Evaluate)
and the saved presets to answer as, then "New variant…". Real Qt widgets offscreen, a real
database, tiny GGUF files in the models folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chatapp.compare.variants import Variant


@pytest.fixture
def view(qtbot, chatapp_home: Path, tiny_model: Path):
    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.compare_view import CompareWindow

    folder = chatapp_home / "data" / "models"
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("tiny-a.gguf", "tiny-b.gguf"):
        shutil.copy(tiny_model, folder / name)
    make_application()
    ctx = open_app()
    window = CompareWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    ctx.close()


def _model(view, name: str):
    return next(m for m in view.models if m.file_name == name)


def _opened(pane) -> list:
    """The pane's Variant menu as it opens: its actions (a separator's text is "")."""
    menu = pane.variant_button.menu()
    menu.aboutToShow.emit()
    return menu.actions()


def test_a_pane_chooses_a_variant_made_elsewhere_from_its_variant_menu(view) -> None:
    """was: a pane's "Variant…" button only opened "New variant": a variant made in another
    pane, the arena or Evaluate (listed in the arena's and Evaluate's lists) could not be
    chosen in a pane; saved presets could not be either."""
    from chatapp.ui.variant_pool import shared_variants

    ctx = view.ctx
    first, second = view.panes
    a, b = _model(view, "tiny-a.gguf"), _model(view, "tiny-b.gguf")
    first.select_model(a.key)
    second.select_model(b.key)
    assert [x.text() for x in _opened(second)] == ["New variant…"]  # nothing listed yet

    dialog = view.edit_pane_variant(first)  # made in the first pane
    dialog.name.setText("terse")
    dialog.form.fields["max_tokens"].setValue(5)
    dialog.form.system.setPlainText("Be terse.")
    dialog._accept()
    assert first.variant_name == "terse"
    ctx.store.save_preset("Anything", "Be kind.", {"temperature": 0.25})  # no model: any
    ctx.store.save_preset("Bee", "", {"top_k": 7}, b.key)
    shared_variants(ctx).add(Variant("gone", "/nowhere/gone.gguf"))  # its model is not here
    # made in Evaluate after the menu was made: listed, as the menu is filled when it opens
    shared_variants(ctx).add(Variant("cool", b.path, params={"temperature": 0.1}))

    actions = _opened(second)
    texts = [x.text() for x in actions]
    assert [t.split(" — ")[0] for t in texts] == ["terse", "cool", "Anything", "Bee", "",
                                                  "New variant…"]
    assert texts[0].startswith(f"terse — {a.display_name} · ") and "Be terse." in texts[0]
    assert actions[4].isSeparator() and not any(x.isChecked() for x in actions)

    actions[0].trigger()  # the pane answers as "terse": its model, prompt and parameters
    assert second.variant_name == "terse" and second.chosen().key == a.key
    assert second.overrides == {"max_tokens": 5, "system_prompt": "Be terse."}
    assert second.header.text() == f"terse ({a.display_name})"
    assert second.docs_params() == {"variant": "terse"}
    assert [x.isChecked() for x in _opened(second)][:4] == [True, False, False, False]

    second.select_model(b.key)  # a preset that leaves the model open keeps the pane's
    next(x for x in _opened(second) if x.text().startswith("Anything")).trigger()
    assert second.variant_name == "Anything" and second.chosen().key == b.key
    assert second.overrides == {"temperature": 0.25, "system_prompt": "Be kind."}

    next(x for x in _opened(second) if x.text() == "New variant…").trigger()
    assert view.variant_dialog.isVisible()  # the editor, on what the pane is now
    assert view.variant_dialog.name.text() == "Anything"
    view.variant_dialog.reject()



def test_a_variant_made_in_a_pane_can_be_kept_as_a_preset(qtbot, view) -> None:
    """was: a variant made with a pane's "Variant…" lived only while the app ran: it could
    not be saved as a preset, so after a restart it had to be made again."""
    from chatapp.context import open_app
    from chatapp.store.documents import Documents
    from chatapp.ui.compare_view import CompareWindow

    ctx = view.ctx
    first = view.panes[0]
    a = _model(view, "tiny-a.gguf")
    first.select_model(a.key)
    Documents(ctx.store).create("Lab")
    dialog = view.edit_pane_variant(first)
    assert dialog.keep.isVisibleTo(dialog) and dialog.keep.isEnabled()
    dialog.docs.setCurrentIndex(dialog.docs.findData("Lab"))  # a preset holds no documents
    assert not dialog.keep.isEnabled() and "not documents" in dialog.keep.toolTip()
    dialog.docs.setCurrentIndex(0)
    dialog.name.setText("terse")
    dialog.form.fields["max_tokens"].setValue(5)
    dialog.form.system.setPlainText("Be terse.")
    dialog.keep.setChecked(True)
    dialog._accept()
    assert not dialog.isVisible() and first.variant_name == "terse"
    [preset] = ctx.store.presets()
    assert (preset.name, preset.system_prompt, preset.sampling, preset.model_key) == (
        "terse", "Be terse.", {"max_tokens": 5}, a.key)
    view.arena_presets.reload(ctx.store, ctx.catalogue)  # listed once in the arena
    assert [view.arena_presets.item(r).text().split(" — ")[0]
            for r in range(view.arena_presets.count())] == ["terse"]

    again = view.edit_pane_variant(first)  # a preset's name is not taken twice
    assert again.name.text() == "terse"
    again.keep.setChecked(True)
    again._accept()
    assert again.isVisible() and again.problem.text() == "A preset is named terse."
    again.reject()
    view.close()
    ctx.close()

    later = open_app()  # after a restart: offered in a pane's Variant menu
    window = CompareWindow(later)
    qtbot.addWidget(window)
    try:
        pane = window.panes[1]
        [row] = [x for x in _opened(pane) if x.text().startswith("terse — ")]
        row.trigger()
        assert pane.variant_name == "terse" and pane.chosen().key == a.key
        assert pane.overrides == {"max_tokens": 5, "system_prompt": "Be terse."}
    finally:
        window.close()
        later.close()
