"""Faults found comparing and evaluating models, on real Qt widgets offscreen and a real
database: a compare pane's documents picker lists collections made after it; a pane's header
names its variant as soon as it is saved; the judge's board says what it lacks."""

from __future__ import annotations

from pathlib import Path

from chatapp.context import open_app
from chatapp.ui.app import make_application


def focus_in(widget) -> None:
    """Tab onto widget (offscreen, the window is not active to take it by setFocus)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusIn,
                                               Qt.FocusReason.TabFocusReason))


def test_a_panes_documents_picker_lists_collections_made_after_it(
        qtbot, chatapp_home: Path) -> None:
    """was: a collection made in the main window's Documents… while Compare was open was
    missing from the panes there (only a pane added afterwards listed it)."""
    from chatapp.store.documents import Documents
    from chatapp.ui.compare_view import CompareWindow

    make_application()
    ctx = open_app()
    view = CompareWindow(ctx)
    qtbot.addWidget(view)
    try:
        view.show()
        first, second = view.panes[:2]
        assert [first.docs_box.itemData(i) for i in range(first.docs_box.count())] == [""]
        documents = Documents(ctx.store)
        documents.create("Lab")
        first.docs_box.showPopup()  # its list opened
        assert [first.docs_box.itemData(i) for i in range(first.docs_box.count())] == [
            "", "Lab"]
        first.docs_box.hidePopup()
        focus_in(second.docs_box)  # arrow keys pick from it without its list
        assert second.docs_box.count() == 2
        second.docs_box.setCurrentIndex(1)
        documents.create("Notes")
        focus_in(second.docs_box)
        assert second.docs_box.count() == 3
        assert second.docs_box.currentData() == "Lab"  # the one picked stays
    finally:
        view.close()
        ctx.close()


def test_a_panes_header_names_its_new_variant_at_once(qtbot, chatapp_home: Path,
                                                      tiny_model: Path) -> None:
    """was: after saving variant "panjang-dok" in pane 2's Variant…, with an answer shown,
    the pane's header still said the model's name until a prompt was sent."""
    import shutil

    from chatapp.ui.compare_view import CompareWindow

    folder = chatapp_home / "data" / "models"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(tiny_model, folder / tiny_model.name)
    make_application()
    ctx = open_app()
    view = CompareWindow(ctx)
    qtbot.addWidget(view)
    try:
        view.show()
        second = view.panes[1]
        model = second.chosen()
        assert model is not None
        store = ctx.store
        conversation = store.create_conversation("Q", kind="compare")
        user = store.add_message(conversation.id, None, "user", "Q")
        answer = store.add_message(conversation.id, user.id, "assistant",
                                   model_key=model.key)
        store.finish_message(answer.id, "A", "stop")
        second.show_stored(store.message(answer.id), model.display_name)
        assert second.header.text() == model.display_name
        dialog = view.edit_pane_variant(second)
        dialog.name.setText("panjang-dok")
        dialog._accept()
        assert second.variant_name == "panjang-dok"
        assert second.header.text() == (f"panjang-dok ({model.display_name}) (next answers; "
                                        f"shown: {model.display_name})")
        view.new_comparison()  # no answer shown: the pane's name alone
        assert second.header.text() == f"panjang-dok ({model.display_name})"
    finally:
        view.close()
        ctx.close()


def test_the_judges_empty_board_asks_for_judge_verdicts(qtbot, chatapp_home: Path) -> None:
    """was: ranked by the judge model's comparisons, with 2 arena votes and no verdict, the
    chart said "No votes yet: vote in arena rounds…"."""
    from chatapp.compare.votes import add_vote
    from chatapp.ui.leaderboard import LeaderboardDialog

    make_application()
    ctx = open_app()
    try:
        store = ctx.store
        conversation = store.create_conversation("votes", kind="arena")
        for outcome in ("a", "tie"):
            user = store.add_message(conversation.id, None, "user", "q")
            a, b = (store.add_message(conversation.id, user.id, "assistant", "x",
                                      model_name=name) for name in ("A", "B"))
            add_vote(store, a.id, b.id, outcome)
        dialog = LeaderboardDialog(store, rounds=20)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.table.rowCount() == 2  # people's votes, ranked
        dialog.select_source("judge")
        assert dialog.table.rowCount() == 0
        said = dialog.chart.empty_text()
        assert said.startswith("No judge verdicts yet") and "arena" not in said
        dialog.chart.grab()  # drawn with it
        dialog.select_source("people")
        dialog.select_tag("nothing-tagged-so")
        assert dialog.chart.empty_text().startswith("No votes yet: vote in an arena round")
        dialog.close()
    finally:
        ctx.close()


def test_parameters_are_named_as_the_dialogs_name_them_in_the_language_shown(
        qtbot, chatapp_home: Path, tmp_path: Path) -> None:
    """was: in Malay, the Evaluate window's variant list said "base — ….gguf · max_tokens
    64", the answer details' Sampling row "max_tokens 512, min_p 0.05, repeat_penalty 1.1,
    temperature 1.2" and the chat template "… for its family (plain)"."""
    from PySide6.QtCore import QCoreApplication

    from chatapp.compare.variants import Variant
    from chatapp.store import Store
    from chatapp.ui.app import install_language
    from chatapp.ui.eval_dialog import EvalDialog
    from chatapp.ui.provenance import provenance_rows

    app = make_application()
    ctx = open_app()
    store = Store(tmp_path / "chat.db")
    conversation = store.create_conversation("Q")
    user = store.add_message(conversation.id, None, "user", "Q")
    answer = store.add_message(conversation.id, user.id, "assistant", "A", params={
        "max_tokens": 512, "min_p": 0.05, "repeat_penalty": 1.1, "temperature": 1.2})
    store.update_message(answer.id, template_source="fallback", template_name="plain")
    answer = store.message(answer.id)
    try:
        for language, said in (("ms", ("Jawapan terpanjang 512, Min P 0.05, "
                                       "Penalti ulangan 1.1, Suhu 1.2")),
                               ("id", ("Panjang maksimum jawaban 512, Min P 0,05, "
                                       "Penalti pengulangan 1,1, Temperatur 1,2"))):
            install_language(app, language)
            dialog = EvalDialog(ctx)
            qtbot.addWidget(dialog)
            dialog.add_variant(Variant("base", "gemma-3-270m.gguf",
                                       params={"max_tokens": 64, "temperature": 1.25}))
            line = dialog.variant_list.item(dialog.variant_list.count() - 1).text()
            assert "max_tokens" not in line and "temperature" not in line
            assert line.endswith(" · {} 64 · {} 1{}25".format(
                QCoreApplication.translate("Parameters", "Longest answer"),
                QCoreApplication.translate("Parameters", "Temperature"),
                "," if language == "id" else ".")), line
            dialog.close()
            rows = dict(provenance_rows(answer))
            assert rows[QCoreApplication.translate("Provenance", "Sampling")] == said
            template = rows[QCoreApplication.translate("Provenance", "Chat template")]
            assert "plain" not in template and template == QCoreApplication.translate(
                "Provenance", "a question/answer transcript (a base model has no chat format)")
    finally:
        install_language(app, "en")
        store.close()
        ctx.close()


def test_evaluate_names_a_variants_model_as_compare_and_the_arena_do(
        qtbot, chatapp_home: Path) -> None:
    """A variant's model is named as Compare and the arena name it, however the variant
    holds it: by key, by path (the variant editor), by file name or as a preset (was:
    Evaluate listed "cold — gemma-3-270m-q4_k_m.gguf", the arena "cold — gemma-3-270m-q4_k_m")."""
    from chatapp.compare.variants import Variant, of_model, of_preset
    from chatapp.ui.arena_presets import PresetChecklist
    from chatapp.ui.eval_dialog import EvalDialog

    make_application()
    ctx = open_app()
    try:
        model = ctx.catalogue.local()[0]
        ctx.store.save_preset("cold", "", {"temperature": 0.1}, model.key)
        (preset,) = ctx.store.presets()
        dialog = EvalDialog(ctx)
        qtbot.addWidget(dialog)
        for variant in (Variant("by key", model.key), Variant("by path", model.path),
                        Variant("by file", model.shared_file_name), of_model(model),
                        of_preset(preset, ctx.catalogue)):
            dialog.add_variant(variant)
        lines = [dialog.variant_list.item(i).text() for i in range(dialog.variant_list.count())]
        assert [line.split(" · ")[0].split(" — ")[1] for line in lines] == [
            model.display_name] * 5, lines
        assert ".gguf" not in model.display_name
        picker = PresetChecklist()
        qtbot.addWidget(picker)
        picker.reload(ctx.store, ctx.catalogue, model)
        arena = [picker.item(i).text() for i in range(picker.count())]
        assert f"cold — {model.display_name}" in arena, arena
        assert lines[-1].startswith(f"cold — {model.display_name}"), lines
        dialog.close()
    finally:
        ctx.close()
