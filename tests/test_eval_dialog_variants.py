"""The Evaluate dialog with variants (system prompt, parameters, an adapter each), a YAML
config and a judge model; the leaderboard ranked by people, by the judge or by both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gguf_factory import CHATML_TEMPLATE, install_models, model_with_adapters, write_tiny_llama
from scripted_gguf import write_scripted

from chatapp.compare.evaluate import load_results


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("evald")
    return model_with_adapters(
        write_tiny_llama(root / "base-F32.gguf", chat_template=CHATML_TEMPLATE))


@pytest.fixture
def ctx(chatapp_home: Path, files):
    from chatapp.context import open_app
    from chatapp.ui.app import make_application

    install_models(chatapp_home, files["model"], files["adapter"])
    make_application()
    app = open_app()
    yield app
    app.close()

JUDGE_TEMPLATE = (
    "{{ bos_token }}{% for m in messages %}{% if m['role'] == 'assistant' %}<|assistant|>"
    "{{ m['content'] }}</s>{% else %}<|user|>{{ m['content'] }}{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>{% endif %}")


def _dialog(qtbot, ctx, prompts: Path, out: Path):
    from chatapp.ui.eval_dialog import EvalDialog

    dialog = EvalDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remove_variant_button.isEnabled()  # no variant to remove yet
    dialog.prompt_edit.setText(str(prompts))
    dialog.folder_edit.setText(str(out))
    dialog.max_tokens.setValue(8)
    dialog.model_list.set_checked(set())
    return dialog


def test_variants_with_an_adapter_and_a_judge_then_the_leaderboard_by_source(
        qtbot, ctx, files, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import scripted_gguf

    from chatapp.ui.leaderboard import LeaderboardDialog

    monkeypatch.setattr(scripted_gguf, "N_CTX", 4096)  # room for the judge's prompt

    prompts = tmp_path / "set.txt"
    prompts.write_text("hello world\n", encoding="utf-8")
    judge = ctx.paths.models / "even-judge.gguf"  # it finds the two answers as good, each time
    write_scripted(judge, template=JUDGE_TEMPLATE, specials=[
        ("<|user|>", "control"), ("<|assistant|>", "control")],
        script=["<|assistant|>", "T", "</s>"], name="Even Judge")
    dialog = _dialog(qtbot, ctx, prompts, tmp_path / "out")
    assert not dialog.remove_variant_button.isEnabled()  # nothing chosen to remove
    base_key = str(ctx.paths.models / "base-F32.gguf")
    for name, use_adapter in (("plain", False), ("tuned", True)):
        editor = dialog.edit_variant()
        editor.name.setText(name)
        editor.model.setCurrentIndex(editor.model.findData(base_key))
        editor.form.system.setPlainText("Be brief.")
        box, _scale = editor.form.adapters.rows[str(ctx.paths.models / "terse-lora.gguf")]
        box.setChecked(use_adapter)
        editor.accept()
    assert [v.name for v in dialog.variants] == ["plain", "tuned"]
    assert "LoRA terse-lora.gguf ×1.0" in dialog.variant_list.item(1).text()
    dialog.variant_list.setCurrentRow(1)
    assert dialog.remove_variant_button.isEnabled()
    dialog.judge_box.setCurrentIndex(dialog.judge_box.findData(str(judge)))
    dialog.pairwise.setChecked(True)
    with qtbot.waitSignal(dialog.done, timeout=180000) as blocker:
        dialog.start_button.click()
        assert dialog.running, dialog.progress_label.text()
    assert blocker.args[0] == tmp_path / "out" / "report.html" and blocker.args[0].exists()
    results = {r.model: r for r in load_results(tmp_path / "out")}
    assert set(results) == {"plain", "tuned"}
    assert results["plain"].answer != results["tuned"].answer
    stored = ctx.store.message(results["tuned"].message_id)
    assert stored.sampling["adapters"][0]["scale"] == 1.0
    assert stored.sampling["system_prompt"] == "Be brief."
    pairs = (tmp_path / "out" / "pairwise.jsonl").read_text().splitlines()
    assert [(p["model_a"], p["model_b"]) for p in map(json.loads, pairs)] == [("plain",
                                                                                "tuned")]
    assert dialog.open_button.isEnabled()
    board = LeaderboardDialog(ctx.store, rounds=20)
    qtbot.addWidget(board)
    assert board.source_box.currentData() == "judge"  # no vote of people yet: the judge's
    board.select_source("judge")
    ranked = {board.table.item(r, 1).text() for r in range(board.table.rowCount())}
    assert ranked == {"plain", "tuned"} and board.board.votes == 1
    board.select_source("people")
    assert board.table.rowCount() == 0
    board.select_source("both")
    assert board.table.rowCount() == 2


def test_a_judge_that_cannot_answer_leaves_the_report_and_says_so(
        qtbot, ctx, files, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import scripted_gguf

    monkeypatch.setattr(scripted_gguf, "N_CTX", 64)  # no room for a judge's prompt
    small = ctx.paths.models / "small-judge.gguf"
    scripted_gguf.write_scripted(small, template=CHATML_TEMPLATE, script=["A"], name="Small Judge")
    prompts = tmp_path / "set.txt"
    prompts.write_text("hello world\n", encoding="utf-8")
    dialog = _dialog(qtbot, ctx, prompts, tmp_path / "out")
    base_key = str(ctx.paths.models / "base-F32.gguf")
    for name in ("one", "two"):
        editor = dialog.edit_variant()
        editor.name.setText(name)
        editor.model.setCurrentIndex(editor.model.findData(base_key))
        editor.form.system.setPlainText(f"Be {name}.")
        editor.accept()
    dialog.judge_box.setCurrentIndex(dialog.judge_box.findData(str(small)))
    assert dialog.judge_box.currentData() == str(small)
    dialog.pairwise.setChecked(True)
    with qtbot.waitSignal(dialog.done, timeout=180000) as blocker:
        dialog.start_button.click()
    assert blocker.args[0] == tmp_path / "out" / "report.html" and blocker.args[0].exists()
    text = " ".join(dialog.progress_label.text().split())
    assert text.startswith("1 grade was left out: The judge model small-judge.gguf could not "
                           "answer: The message is too long"), text
    assert "The report is in" in text and dialog.open_button.isEnabled()
    # a judge with room, the same folder: the comparison is made now, and said
    dialog.judge_box.setCurrentIndex(dialog.judge_box.findData(base_key))
    with qtbot.waitSignal(dialog.done, timeout=180000):
        dialog.start_button.click()
    lines = dialog.progress_label.text().splitlines()
    assert lines[0] == "1 grade was made now." and "nothing new to run" in lines[1]
    assert lines[-1].startswith("The judge base-F32 is also the model of one, two: a judge "
                                "tends to prefer its own answers"), lines


def test_a_judge_with_nothing_to_grade_and_greedy_repeats_are_said_from_the_start(
        qtbot, ctx, files, tmp_path: Path) -> None:
    """What to know of the run (its judge grades nothing, its repeats at temperature 0 are
    all alike) is under the progress line from the start to the end (was: only at the end,
    after a long run of answers that could not differ)."""
    prompts = tmp_path / "set.txt"
    prompts.write_text("hello world\n", encoding="utf-8")
    dialog = _dialog(qtbot, ctx, prompts, tmp_path / "out")
    dialog.model_list.set_checked({m.key for m in dialog.models if m.file_name == "base-F32.gguf"})
    dialog.judge_box.setCurrentIndex(dialog.judge_box.findData(
        str(ctx.paths.models / "base-F32.gguf")))
    dialog.repeats.setValue(2)
    assert not dialog.pairwise.isChecked()
    judge = ("The judge base-F32 grades nothing in this run: no prompt has an llm-rubric "
             "check, and pairwise comparison is off.")
    seen: list[str] = []
    dialog.progress_bar.valueChanged.connect(lambda _v: seen.append(
        dialog.progress_label.text()))
    with qtbot.waitSignal(dialog.done, timeout=180000) as blocker:
        dialog.start_button.click()
        started = dialog.progress_label.text().splitlines()
        assert started[0] == "Starting…" and started[1] == judge, started
        assert "show no spread" in started[2], started
        assert "Add a variant…" in started[2] and "--temperature" not in started[2]  # its words
    assert blocker.args[0].exists()
    assert seen and all(judge in text and "show no spread" in text for text in seen), seen
    lines = dialog.progress_label.text().splitlines()
    assert lines[0].startswith("Done. The report is in"), lines
    assert lines[-2] == judge and "show no spread" in lines[-1], lines


def test_a_yaml_config_runs_from_the_dialog_and_a_misfit_adapter_is_one_line(
        qtbot, ctx, files, tmp_path: Path) -> None:
    config = tmp_path / "eval.yaml"
    config.write_text(
        "description: adapters\n"
        "prompts: ['{{text}}']\n"
        "providers:\n"
        "  - {id: base-F32, label: base}\n"
        f"  - {{id: base-F32, label: tuned, config: {{adapters: [{{path: {files['adapter']},"
        " scale: 1}]}}\n"
        "tests:\n  - vars: {text: hello world}\n"
        "    assert: [{type: latency, threshold: 60000}]\n", encoding="utf-8")
    dialog = _dialog(qtbot, ctx, config, tmp_path / "out")
    with qtbot.waitSignal(dialog.done, timeout=180000):
        dialog.start_button.click()
    results = {r.model: r for r in load_results(tmp_path / "out")}
    assert set(results) == {"base", "tuned"}
    # the pass rates are said where the run was started, not only in the report
    assert dialog.progress_label.text().splitlines()[-1].replace("\u00a0", " ") == (
        "Pass rate: base 100% (1 / 1) · tuned 100% (1 / 1)")
    assert "100%\u00a0(1\u00a0/\u00a01)" in dialog.progress_label.text()  # not cut apart
    assert results["base"].answer != results["tuned"].answer
    assert dialog.open_button.isEnabled() and dialog.progress_bar.value() == 2
    config.write_text(config.read_text().replace(str(files["adapter"]), str(files["wide"])))
    dialog.folder_edit.setText(str(tmp_path / "out2"))
    # another folder: the finished run's progress, report and answers are not offered for it
    assert not dialog.open_button.isEnabled() and not dialog.answers_button.isEnabled()
    assert dialog.progress_bar.value() == 0 and dialog.report is None
    dialog.start_button.click()
    text = dialog.progress_label.text()
    assert not dialog.running and "does not fit" in text and "\n" not in text


def test_a_variant_shows_the_sampling_the_run_uses_and_keeps_what_is_changed(
        qtbot, ctx, tmp_path: Path) -> None:
    prompts = tmp_path / "set.txt"
    prompts.write_text("hello world\n", encoding="utf-8")
    dialog = _dialog(qtbot, ctx, prompts, tmp_path / "out")
    editor = dialog.edit_variant()
    fields = editor.form.fields
    # what the run uses, not the chat's own defaults (temperature 0.7, a random seed)
    assert (fields["temperature"].value(), fields["seed"].value()) == (0.0, 1)
    assert fields["max_tokens"].value() == 8
    editor.show()  # its name's hint shows whole (was: "…such as te…")
    hint = editor.name.placeholderText()
    assert editor.name.width() > editor.name.fontMetrics().horizontalAdvance(hint)
    editor.name.setText("warm")
    editor.model.setCurrentIndex(0)
    fields["temperature"].setValue(0.7)  # the chat's default is a choice a variant can make
    editor.accept()
    (variant,) = dialog.variants
    assert variant.params == {"temperature": 0.7}


def test_a_configs_repeats_show_in_the_dialog_and_an_old_problem_goes(qtbot, ctx,
                                                                      tmp_path: Path) -> None:
    missing = tmp_path / "nonexistent.txt"
    dialog = _dialog(qtbot, ctx, missing, tmp_path / "out")
    dialog.start()
    assert dialog.progress_label.text().startswith("Could not read ")
    config = tmp_path / "c.yaml"
    config.write_text('prompts: ["Say {{word}}"]\nproviders: [base-F32]\n'
                      'tests:\n  - vars: {word: hi}\n'
                      'evaluateOptions: {repeat: 3, maxConcurrency: 4}\n',
                      encoding="utf-8")
    dialog.prompt_edit.setText(str(config))
    assert dialog.progress_label.text() == "Not started."  # the problem was the old file's
    assert dialog.repeats.value() == 3  # what the file asks for, shown
    assert dialog.together.value() == 4  # the answers made at once too
    dialog.repeats.setValue(1)  # and changed: one answer each
    dialog.together.setValue(2)
    assert dialog._plan(config)[3] == 1
    dialog.start()  # the run makes as many at once as the box says, and keeps it
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert dialog.run.together == 2
    assert json.loads((dialog.run.folder / "run.json").read_text(encoding="utf-8"))[
        "together"] == 2
    dialog.close()


def test_tab_follows_the_layout_and_the_prompt_hint_fits_in_every_language(qtbot, ctx) -> None:
    from languages import in_each_language
    from PySide6.QtWidgets import QLabel
    from tab_chain import tab_chain
    from test_keyboard import clashes, widget_texts

    from chatapp.ui.conversation_settings import ParametersForm
    from chatapp.ui.eval_dialog import EvalDialog

    for language in in_each_language():
        dialog = EvalDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        order = [dialog.prompt_edit, dialog.browse_prompts_button, dialog.model_list,
                 dialog.variant_list, dialog.add_variant_button,
                 dialog.remove_variant_button, dialog.judge_box, dialog.pairwise,
                 dialog.folder_edit, dialog.browse_folder_button, dialog.max_tokens,
                 dialog.repeats, dialog.together, dialog.docs_box, dialog.start_button,
                 dialog.stop_button,
                 dialog.answers_button, dialog.open_button, dialog.close_button]
        assert [*tab_chain(dialog.close_button), dialog.close_button] == order, language
        edit = dialog.prompt_edit
        hint = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        assert hint < edit.width() - 12, (language, edit.placeholderText())  # not cut
        dialog.close()
    dialog = EvalDialog(ctx)  # in English: the whole hint in the tooltip, the parameters' term
    qtbot.addWidget(dialog)
    assert dialog.prompt_edit.toolTip() == (
        "A .yaml config, or prompts in .jsonl, .csv or .txt (one per line)")
    (label,) = [w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.max_tokens]
    form = ParametersForm(ctx.settings.sampling, "", {})
    qtbot.addWidget(form)
    term = form.fields["max_tokens"].accessibleName()  # the parameters dialog's words
    assert label.text() == "&Longest answer (tokens):" and term == "Longest answer (tokens)"
    assert clashes(widget_texts(dialog)) == {}


def test_a_value_typed_in_a_variant_is_the_value_it_runs_with(qtbot, ctx) -> None:
    """A variant's longest answer typed as the run's value at that moment stays the variant's
    own: the run's value changed afterwards does not change it (nor hide it in the report's
    Variants table)."""
    from chatapp.ui.conversation_settings import ParametersForm

    form = ParametersForm(ctx.settings.sampling, "", {})
    qtbot.addWidget(form)
    default = ctx.settings.sampling.max_tokens
    form.fields["max_tokens"].setValue(default + 1)
    form.fields["max_tokens"].setValue(default)  # typed, and the same as the default now
    assert form.values()[1] == {"max_tokens": default}
    form.reset()
    assert form.values()[1] == {}
    untouched = ParametersForm(ctx.settings.sampling, "", {"top_k": 7})
    qtbot.addWidget(untouched)
    assert untouched.values()[1] == {"top_k": 7}


def test_the_documents_choice_lists_the_collections_there_are_when_shown(qtbot, ctx) -> None:
    """A collection deleted (or made) while the Evaluate dialog was closed is gone from (or
    in) its documents choice when it is shown again; the choice stays while it exists."""
    from chatapp.store.documents import Documents
    from chatapp.ui.eval_dialog import EvalDialog

    documents = Documents(ctx.store)
    old = documents.create("old")
    documents.create("kept")
    dialog = EvalDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.docs_box.setCurrentIndex(dialog.docs_box.findData("kept"))
    dialog.hide()
    documents.remove(old)
    documents.create("new")
    dialog.show()
    names = [dialog.docs_box.itemData(i) for i in range(dialog.docs_box.count())]
    assert names == ["", "kept", "new"] and dialog.docs_box.currentData() == "kept"


def test_a_variant_is_listed_with_its_models_name_not_its_key(qtbot, ctx) -> None:
    from chatapp.compare.variants import Variant
    from chatapp.ui.eval_dialog import EvalDialog

    dialog = EvalDialog(ctx)
    qtbot.addWidget(dialog)
    model = ctx.catalogue.local()[0]
    dialog.add_variant(Variant("warm", model.key, params={"temperature": 0.9}))
    line = dialog.variant_list.item(0).text()
    assert line == f"warm — {model.display_name} · Temperature 0.9", line


def test_a_suggested_folder_whose_run_had_other_settings_gives_way_to_a_new_one(
        qtbot, ctx, files, tmp_path: Path) -> None:
    from chatapp.ui.eval_dialog import EvalDialog

    prompts = tmp_path / "set.txt"
    prompts.write_text("hello world\n", encoding="utf-8")
    dialog = EvalDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.folder_edit.placeholderText() == str(ctx.paths.data / "evals" / "eval")
    dialog.prompt_edit.setText(str(prompts))  # the folder is suggested, not typed
    suggested = ctx.paths.data / "evals" / "set"
    # greyed in the empty field: typing there starts afresh, not inside the suggestion
    assert dialog.folder_edit.text() == "" and dialog.folder_edit.placeholderText() == str(
        suggested)
    dialog.model_list.set_checked({m.key for m in dialog.models if m.file_name == "base-F32.gguf"})
    for tokens, folder in ((8, suggested), (6, suggested.with_name("set-2"))):
        dialog.max_tokens.setValue(tokens)
        with qtbot.waitSignal(dialog.done, timeout=180000) as blocker:
            dialog.start_button.click()
            assert dialog.running, dialog.progress_label.text()
        assert blocker.args[0] == folder / "report.html"
        assert dialog.folder_edit.text() == str(folder)
    # a folder the user chose is never changed: its run's other settings are said instead
    dialog.folder_edit.clear()
    qtbot.keyClicks(dialog.folder_edit, str(suggested))
    dialog.max_tokens.setValue(4)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert "holds a run made with other settings" in dialog.progress_label.text()
    # what the folder holds from before is still offered
    assert dialog.open_button.isEnabled() and dialog.report == suggested / "report.html"
    assert dialog.answers_button.isEnabled()
    with qtbot.waitSignal(dialog.openConversation) as shown:
        dialog.answers_button.click()
    assert ctx.store.conversation(shown.args[0]).eval_run_id is not None
    # a bare name is a folder in the evaluations' folder (was: in the folder the app was
    # started from, wherever that was)
    dialog.folder_edit.setText("120")
    with qtbot.waitSignal(dialog.done, timeout=180000) as blocker:
        dialog.start_button.click()
    assert blocker.args[0] == ctx.paths.data / "evals" / "120" / "report.html"


def test_the_form_stays_put_when_the_progress_line_takes_two_lines(qtbot, ctx) -> None:
    from chatapp.ui.eval_dialog import EvalDialog

    dialog = EvalDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.variant_list.geometry()
    dialog.progress_label.setText("Done. The report is in /a/folder/report.html\n"
                                  "Pass rate: gemma 100% (3 / 3)")
    qtbot.wait(50)
    assert dialog.variant_list.geometry() == before
    # more lines than the area holds: they scroll there, and the dialog keeps its size and
    # place (was: it grew and moved at each longer text, its fields shifting between runs)
    window = (dialog.geometry(), dialog.model_list.geometry(), dialog.variant_list.geometry())
    dialog.progress_label.setText("All 8 answers are in this folder already: nothing new "
                                  "to run (choose another output folder to run again).\n"
                                  "Pass rate: gemma 100% (3 / 3)\nPass rate: tiny 0% (0 / 3)"
                                  "\nPass rate: other 33% (1 / 3)\n" + "/a/long/path" * 40)
    qtbot.wait(100)
    assert (dialog.geometry(), dialog.model_list.geometry(),
            dialog.variant_list.geometry()) == window


def test_the_variants_get_the_room_an_entry_a_line(qtbot, ctx, tmp_path: Path) -> None:
    """Five variants with long system prompts: the variants' list takes the spare height
    (was: the empty models box above took it), each entry one line cut with "…", whole in
    its tooltip (was: three wrapped lines each, cut at the list's bottom)."""
    from chatapp.ui.eval_dialog import EvalDialog

    config = tmp_path / "five.yaml"
    config.write_text("prompts: ['{{q}}']\nproviders:\n" + "".join(
        f"  - {{id: base-F32, label: v{n}, config: {{system: 'Answer with one short "
        f"phrase or a number, nothing else, number {n}'}}}}\n" for n in range(5))
        + "tests:\n  - vars: {q: hi}\n", encoding="utf-8")
    dialog = EvalDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.prompt_edit.setText(str(config))
    listed = dialog.variant_list
    assert listed.count() == 5 and not listed.wordWrap()
    row = listed.visualItemRect(listed.item(0)).height()
    assert row <= 2 * listed.fontMetrics().lineSpacing()  # one line an entry
    assert listed.item(1).toolTip() == listed.item(1).text()
    assert listed.item(1).text().startswith("v1 — ")
    assert (listed.sizePolicy().verticalStretch()
            >= dialog.model_list.sizePolicy().verticalStretch())
    assert listed.height() >= dialog.model_list.height()
    assert listed.visualItemRect(listed.item(4)).bottom() <= listed.viewport().height()


def test_the_time_left_counts_down_during_a_long_answer(qtbot, ctx) -> None:
    from chatapp.compare.evaluate import Progress
    from chatapp.ui.eval_dialog import EvalDialog

    dialog = EvalDialog(ctx)
    qtbot.addWidget(dialog)
    dialog._on_progress(Progress(3, 10, 0, 5.0, "p3", "gemma", "4", "gemma"))
    assert "about 0:05 left" in dialog.progress_label.text()
    qtbot.waitUntil(lambda: "about 0:03 left" in dialog.progress_label.text(), timeout=4000)
    # an answer that takes longer than the others did: no time left is made up
    qtbot.waitUntil(lambda: "left" not in dialog.progress_label.text(), timeout=6000)
    assert dialog.progress_label.text() == "3 of 10 answers · now: gemma, prompt 4"
    dialog._set_running(False)  # the run ended: the line stays as the end put it
    dialog.progress_label.setText("Done.")
    qtbot.wait(1200)
    assert dialog.progress_label.text() == "Done."


def test_the_progress_says_how_many_answers_are_made_at_once(qtbot, ctx) -> None:
    """With Answers at once above 1 the line counts the answers being made (was: "now:
    gemma, prompt 4", one prompt named while four were being answered)."""
    from chatapp.compare.evaluate import Progress
    from chatapp.ui.eval_dialog import EvalDialog

    dialog = EvalDialog(ctx)
    qtbot.addWidget(dialog)
    dialog._on_progress(Progress(3, 10, 0, None, "p3", "gemma", "7", "gemma", 4))
    assert dialog.progress_label.text() == (
        "3 of 10 answers · now: 4 answers at once (latest: gemma, prompt 7)")
    dialog._on_progress(Progress(9, 10, 0, None, "p7", "gemma", "10", "gemma", 1))
    assert dialog.progress_label.text() == "9 of 10 answers · now: gemma, prompt 10"


def test_a_variants_refusal_goes_when_what_it_was_about_changes(qtbot, ctx) -> None:
    """A refusal shown in the variant dialog (an adapter made for another model) is of the
    model chosen then: choosing another takes it away (was: it stayed, OK then accepted)."""
    from PySide6.QtWidgets import QDialogButtonBox

    from chatapp.errors import UserError
    from chatapp.ui.variant_editor import VariantDialog

    models = ctx.library.models()
    refused = {models[0].path}

    def check(variant) -> None:
        if variant.model in refused:
            raise UserError("The adapter was made for another model.")

    dialog = VariantDialog(models, ctx.settings.sampling, ctx.library, check=check)
    qtbot.addWidget(dialog)
    dialog.name.setText("tuned")
    dialog.model.setCurrentIndex(0)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.problem.text() == "The adapter was made for another model."
    dialog.model.setCurrentIndex(1)
    assert dialog.problem.text() == ""


def test_an_adapters_refusal_goes_once_the_adapter_is_unticked(qtbot, ctx, files,
                                                               tmp_path: Path) -> None:
    """An adapter of the wrong shape is refused in the editor; unticking it (or any other
    change of the fields) takes the line away. Was: the red line stayed after the adapter
    was unticked and a good one ticked, until the next OK."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    prompts = tmp_path / "set.txt"
    prompts.write_text("hello world\n", encoding="utf-8")
    dialog = _dialog(qtbot, ctx, prompts, tmp_path / "out")
    wide, good = str(files["wide"]), str(ctx.paths.models / "terse-lora.gguf")
    changes = {"the adapter unticked": lambda e: e.form.adapters.rows[wide][0].setChecked(False),
               "its scale": lambda e: e.form.adapters.rows[wide][1].setValue(0.5),
               "a parameter": lambda e: e.form.fields["temperature"].setValue(0.5),
               "the system prompt": lambda e: e.form.system.setPlainText("Be brief.")}
    for what, change in changes.items():
        editor = dialog.edit_variant()
        editor.name.setText("tuned")
        editor.model.setCurrentIndex(editor.model.findText("base", Qt.MatchFlag.MatchContains))
        editor.form.adapters.rows[good][0].setChecked(False)
        editor.form.adapters.add_row(wide)  # made for another shape
        ok = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ok.click()
        assert "does not fit" in editor.problem.text()
        change(editor)
        assert editor.problem.text() == "", what
        editor.reject()
    editor = dialog.edit_variant()  # unticked, and the good one ticked: accepted
    editor.name.setText("tuned")
    editor.model.setCurrentIndex(editor.model.findText("base", Qt.MatchFlag.MatchContains))
    editor.form.adapters.add_row(wide, checked=False)
    editor.form.adapters.rows[good][0].setChecked(True)
    editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert [v.name for v in dialog.variants] == ["tuned"]


def test_the_name_hints_example_is_an_identifier_in_every_language(qtbot, ctx) -> None:
    """The example name stays the identifier "terse", quoted, in every language (was: it was
    translated, "gaya ng maikli": "a short name, such as short")."""
    from languages import in_each_language

    from chatapp.ui.variant_editor import VariantDialog

    for _language in in_each_language():
        editor = VariantDialog(ctx.library.models(), ctx.settings.sampling, ctx.library)
        qtbot.addWidget(editor)
        assert editor.name.placeholderText().endswith("“terse”")


def test_the_variants_list_is_the_same_each_time_the_dialog_opens(qtbot, ctx) -> None:
    """Variants chosen elsewhere (a preset in a compare pane) before Evaluate is made, or
    while it is closed, are listed when it opens, and again after it is closed and reopened
    (was: the list was empty on opening though the variants ran, and filled only as the
    app's variant list changed)."""
    from chatapp.compare.variants import Variant
    from chatapp.ui.eval_dialog import EvalDialog
    from chatapp.ui.variant_pool import shared_variants

    model = ctx.catalogue.local()[0]
    pool = shared_variants(ctx)
    pool.add(Variant("Terse", model.key, system="Be brief."))  # as a compare pane does
    dialog = EvalDialog(ctx)
    qtbot.addWidget(dialog)

    def listed() -> list[str]:
        lines = [dialog.variant_list.item(row).text() for row in range(
            dialog.variant_list.count())]
        assert [line.split(" — ")[0] for line in lines] == [v.name for v in dialog.variants]
        return lines

    dialog.show()
    first = listed()
    assert first == [f"Terse — {model.display_name} · “Be brief.”"], first
    for _time in range(2):
        dialog.close()
        dialog.show()
        assert listed() == first
    dialog.close()
    pool.add(Variant("Warm", model.key, params={"temperature": 0.9}))  # while it was closed
    dialog.show()
    assert [line.split(" — ")[0] for line in listed()] == ["Terse", "Warm"]
