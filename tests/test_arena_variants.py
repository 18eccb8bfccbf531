"""Variants put together on the spot with the variant editor: drawn blind in the arena (one
answering from a document collection, one with a LoRA adapter), the vote ranked under their
names, sources shown only after the vote; a compare pane answering as a named variant; the
Evaluate dialog listing a config's variants; the report saying what each variant is. Real
llama.cpp on a tiny model, real Qt widgets offscreen, a real database."""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest
from gguf_factory import install_models, model_with_adapters, write_tiny_llama

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

PROMPT = "Where is parking?"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A tiny llama with room for sources, an adapter for it and one for another shape."""
    root = tmp_path_factory.mktemp("arena-variants")
    return model_with_adapters(write_tiny_llama(root / "tiny-llama-F32.gguf", ctx=4096))


@pytest.fixture
def ctx(chatapp_home: Path, files: dict[str, Path], tmp_path: Path):
    from chatapp.context import open_app
    from chatapp.docs.indexer import run_to_end
    from chatapp.store.documents import Documents
    from chatapp.ui.app import make_application

    install_models(chatapp_home, files["model"], files["adapter"])
    make_application()
    app = open_app()
    app.settings.sampling.max_tokens = 8
    app.settings.sampling.temperature = 0.0
    app.settings.sampling.seed = 1
    app.settings.system_prompt = ""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "office.md").write_text("# Parking\n\nParking is behind the bakery.\n\n# Hours\n\n"
                                    "The office opens at nine.\n", encoding="utf-8")
    documents = Documents(app.store)
    documents.add_roots(documents.create("office").id, [str(docs)])
    run_to_end(documents, documents.collection("office"))
    yield app
    app.close()


def _tiny(ctx):
    return next(m for m in ctx.catalogue.local() if m.file_name == "tiny-llama-F32.gguf")


def _fill(dialog, name: str, model, docs: str = "", adapter: str | None = None) -> None:
    dialog.name.setText(name)
    dialog.model.setCurrentIndex(dialog.model.findData(model.path))
    dialog.docs.setCurrentIndex(dialog.docs.findData(docs))
    for path, (box, _spin) in dialog.form.adapters.rows.items():
        box.setChecked(path == adapter)
    if adapter is not None and adapter not in dialog.form.adapters.rows:
        dialog.form.adapters.add_row(adapter)


def _texts(widget) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if child is not widget and not child.isVisibleTo(widget):
            continue
        texts += [child.toolTip(), child.accessibleName()]
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
    return "\n".join(texts)


def test_variants_made_in_the_arena_answer_blind_with_documents_and_an_adapter(
        qtbot, ctx, files) -> None:
    from chatapp.compare.votes import board, votes
    from chatapp.store.documents import Documents
    from chatapp.ui.compare_view import CompareWindow

    view = CompareWindow(ctx, arena=True)
    qtbot.addWidget(view)
    view.show()
    tiny = _tiny(ctx)
    adapter = str(ctx.paths.models / "terse-lora.gguf")
    assert view.variant_button.isVisible()

    dialog = view.new_arena_variant()
    assert dialog.docs.findData("office") > 0  # the collections are offered
    _fill(dialog, "handbook", tiny, docs="office")
    dialog.form.fields["max_tokens"].setValue(10)
    dialog._accept()
    assert dialog.result() == dialog.DialogCode.Accepted

    # an adapter made for another shape is refused in the dialog, in one line
    dialog = view.new_arena_variant()
    _fill(dialog, "wide", tiny, adapter=str(files["wide"]))
    dialog._accept()
    assert dialog.isVisible() and "does not fit" in dialog.problem.text()
    assert "\n" not in dialog.problem.text()
    _fill(dialog, "handbook", tiny, adapter=adapter)  # a name taken is refused too
    dialog._accept()
    assert dialog.isVisible() and dialog.problem.text() == "Another variant is named handbook."
    _fill(dialog, "tuned", tiny, adapter=adapter)
    dialog._accept()
    assert not dialog.isVisible()

    pool = view.arena_presets
    assert pool.isVisible() and [pool.item(r).text() for r in range(pool.count())] == [
        f"handbook — {tiny.display_name}", f"tuned — {tiny.display_name}"]
    assert {v.name for v in pool.checked()} == {"handbook", "tuned"}
    pool.reload(ctx.store, ctx.catalogue)  # presets listed again: the variants stay
    assert pool.count() == 2 and len(pool.checked()) == 2
    view.arena_list.set_checked(set())
    view.rng = random.Random(5)
    with qtbot.waitSignal(view.busyChanged, timeout=5000):
        view.send(PROMPT)
    qtbot.waitUntil(lambda: not view.busy, timeout=120000)
    store = ctx.store
    answers = {v.name: store.message(p.message.id)
               for v, p in zip(view.arena_variants, view.panes, strict=True)}
    assert set(answers) == {"handbook", "tuned"}
    assert all(a.finish_reason in ("stop", "length") for a in answers.values())
    assert answers["handbook"].sampling["docs"] == ["office"]
    assert answers["handbook"].sampling["max_tokens"] == 10
    retrieval = Documents(store).retrieval(answers["handbook"].id)
    assert retrieval is not None and retrieval.sources[0].heading == "Parking"
    assert answers["tuned"].sampling["adapters"] == [{"path": adapter, "scale": 1.0}]
    assert Documents(store).retrieval(answers["tuned"].id) is None
    # the adapter was applied: the same question without it gives another greedy answer
    pipeline = ctx.chat.pipeline
    turn = [{"role": "user", "content": PROMPT}]
    base = dict(answers["tuned"].sampling)
    base.pop("adapters")
    base.pop("variant")
    with pipeline.lock_for(tiny):
        with_adapter = "".join(pipeline.unstored(tiny, turn, dict(answers["tuned"].sampling)))
        without = "".join(pipeline.unstored(tiny, turn, base))
    assert answers["tuned"].content == with_adapter != without

    # blind: neither pane tells the variants apart (no names, no sources, no citation links)
    for pane in view.panes:
        shown = _texts(pane)
        for giveaway in ("handbook", "tuned", "office", "Sources", "terse-lora"):
            assert giveaway not in shown
        assert not pane.sources.isVisible() and pane.view.renderer.citations == 0
    with qtbot.waitSignal(view.voted, timeout=2000):
        view.vote_buttons["tie"].click()
    [vote] = votes(store)
    assert {vote.model_a, vote.model_b} == {"handbook", "tuned"}
    assert {r.model for r in board(store).ratings} == {"handbook", "tuned"}
    # after the vote: the names and the documents' sources are shown
    docs_pane = view.panes[[v.name for v in view.arena_variants].index("handbook")]
    assert "handbook" in docs_pane.header.text()
    assert docs_pane.sources.isVisible() and "office" in docs_pane.sources.title.text()
    assert docs_pane.view.renderer.citations == len(retrieval.sources)


def test_a_compare_pane_answers_as_a_variant_made_in_the_editor(qtbot, ctx) -> None:
    from chatapp.ui.compare_view import CompareWindow

    view = CompareWindow(ctx)
    qtbot.addWidget(view)
    view.show()
    tiny = _tiny(ctx)
    adapter = str(ctx.paths.models / "terse-lora.gguf")
    first, second = view.panes
    second.picker.setCurrentIndex(second.picker.findData(tiny.key))
    dialog = view.edit_pane_variant(first)
    assert dialog.windowTitle() == "New variant"
    _fill(dialog, "handbook", tiny, docs="office", adapter=adapter)
    dialog.form.system.setPlainText("Be brief.")
    dialog._accept()
    assert not dialog.isVisible()
    assert first.variant_name == "handbook"
    assert first.header.text() == f"handbook ({tiny.display_name})"
    assert first.docs_box.currentData() == "office" and first.chosen().key == tiny.key
    dialog = view.edit_pane_variant(second)  # the other pane may not take the same name
    _fill(dialog, "handbook", tiny)
    dialog._accept()
    assert dialog.problem.text() == "Another variant is named handbook."
    dialog.reject()
    again = view.edit_pane_variant(first)  # the pane's variant opens filled in
    assert (again.name.text(), again.docs.currentData()) == ("handbook", "office")
    assert again.form.system.toPlainText() == "Be brief."
    assert again.form.adapters.values() == [{"path": adapter, "scale": 1.0}]
    again.reject()
    with qtbot.waitSignal(view.busyChanged, timeout=5000):
        view.send(PROMPT)
    qtbot.waitUntil(lambda: not view.busy, timeout=120000)
    made = ctx.store.message(first.message.id)
    assert made.sampling["variant"] == "handbook" and made.sampling["docs"] == ["office"]
    assert made.sampling["system_prompt"] == "Be brief."
    assert made.sampling["adapters"] == [{"path": adapter, "scale": 1.0}]
    assert first.sources.isVisible()  # not blind: the sources are listed under the answer
    assert not second.sources.isVisible()
    first.picker.setCurrentIndex(first.picker.findData(tiny.key))  # the same model: no change
    assert first.variant_name == "handbook"
    first.docs_box.setCurrentIndex(0)  # changed by hand: no longer the variant
    assert first.variant_name is None and first.docs_params() == {}  # next answers: plain


def test_the_evaluate_dialog_lists_a_configs_variants(qtbot, ctx, tmp_path: Path) -> None:
    from chatapp.ui.eval_dialog import EvalDialog

    config = tmp_path / "eval.yaml"
    config.write_text(
        "prompts: ['{{q}}']\n"
        "providers:\n"
        "  - {id: tiny-llama-F32, label: prompt-only, config: {system: Be brief.}}\n"
        "  - {id: tiny-llama-F32, label: with-docs, config: {docs: office}}\n"
        "  - {id: tiny-llama-F32, label: with-adapter,"
        " config: {adapters: [{path: terse.gguf, scale: 0.5}]}}\n"
        "tests:\n  - vars: {q: hi}\n", encoding="utf-8")
    dialog = EvalDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.prompt_edit.setText(str(config))
    rows = [dialog.variant_list.item(r).text() for r in range(dialog.variant_list.count())]
    assert rows[0].startswith("prompt-only — tiny-llama-F32") and "Be brief." in rows[0]
    assert rows[1] == "with-docs — tiny-llama-F32 + office"
    assert rows[2].startswith("with-adapter — tiny-llama-F32") and "terse.gguf" in rows[2]
    # the config decides what runs: the models, added variants and documents wait
    assert not dialog.model_list.isEnabled() and not dialog.add_variant_button.isEnabled()
    assert not dialog.docs_box.isEnabled()
    config.write_text("prompts: [\n", encoding="utf-8")
    dialog.prompt_edit.setText(str(config) + " ")  # read again: the mistake in one line
    assert "line" in dialog.progress_label.text() and dialog.variant_list.count() == 0
    prompts = tmp_path / "set.txt"
    prompts.write_text("hi\n", encoding="utf-8")
    dialog.prompt_edit.setText(str(prompts))
    assert dialog.variant_list.count() == 0 and dialog.model_list.isEnabled()
    made = dialog.edit_variant()
    _fill(made, "with-docs", _tiny(ctx), docs="office")
    made._accept()
    assert [dialog.variant_list.item(r).text() for r in range(dialog.variant_list.count())] \
        == ["with-docs — tiny-llama-F32 + office"]  # as Compare names it (was: ….gguf)
    assert dialog.variants[0].docs == ["office"]


def test_the_report_says_what_each_variant_is(tmp_path: Path) -> None:
    from chatapp.compare.prompts import Prompt
    from chatapp.compare.report import write_report

    variants = [{"name": "prompt-only", "model": "m", "model_file": "m.gguf",
                 "system": "Be <b>brief</b>."},
                {"name": "with-docs", "model": "m", "model_file": "m.gguf",
                 "docs": ["Handbook"]},
                {"name": "with-adapter", "model": "m", "model_file": "m.gguf",
                 "params": {"max_tokens": 16},
                 "adapters": [{"path": "/x/terse-lora.gguf", "scale": 0.5}]}]
    (tmp_path / "run.json").write_text(json.dumps({"variants": variants}), encoding="utf-8")
    prompts = [Prompt("1", "hi")]
    page = write_report(tmp_path, "set", prompts, [v["name"] for v in variants], [])
    text = page.read_text(encoding="utf-8")
    section = text[text.index("<h2>Variants</h2>"):text.index("<h2>Summary</h2>")]
    assert "<td>with-docs</td><td>m.gguf</td><td></td><td>Handbook</td>" in section
    assert "<td>terse-lora.gguf ×0.5</td><td>max_tokens=16</td>" in section
    assert "Be &lt;b&gt;brief&lt;/b&gt;." in section  # a system prompt is text, not markup
    plain = [{"name": "m.gguf", "model": "m.gguf", "model_file": "m.gguf"}]
    (tmp_path / "run.json").write_text(json.dumps({"variants": plain}), encoding="utf-8")
    text = write_report(tmp_path, "set", prompts, ["m.gguf"], []).read_text(encoding="utf-8")
    assert "<h2>Variants</h2>" not in text  # models as they are need no such table


def test_a_parameter_the_variants_do_not_share_is_in_each_variants_row(tmp_path: Path) -> None:
    """A variant that runs with the run's longest answer (16) beside one with its own (24):
    the header cannot name it, so each row says what it ran with."""
    from chatapp.compare.prompts import Prompt
    from chatapp.compare.report import write_report

    variants = [{"name": "cold", "model": "m", "model_file": "m.gguf", "system": "Be brief."},
                {"name": "short", "model": "m", "model_file": "m.gguf",
                 "params": {"max_tokens": 24}}]
    (tmp_path / "run.json").write_text(json.dumps({"variants": variants}), encoding="utf-8")
    params = {"max_tokens": 16, "temperature": 0.0, "seed": 1}
    text = write_report(tmp_path, "set", [Prompt("1", "hi")], ["cold", "short"], [],
                        params).read_text(encoding="utf-8")
    section = text[text.index("<h2>Variants</h2>"):text.index("<h2>Summary</h2>")]
    assert "<td>Be brief.</td><td></td><td></td><td>max_tokens=16</td>" in section
    assert "<td>max_tokens=24</td>" in section
    assert "parameters: temperature=0.0, seed=1" in text  # shared: in the header
    indonesian = write_report(tmp_path, "set", [Prompt("1", "hi")], ["cold", "short"], [],
                              params, language="id").read_text(encoding="utf-8")
    assert "temperature=0,0; seed=1" in indonesian  # the decimal comma, then a semicolon


def test_a_variant_made_in_a_pane_is_offered_by_the_open_arena_and_evaluate(qtbot, ctx) -> None:
    """was: a pane's variant was listed nowhere else (the arena and Evaluate each kept their
    own list)."""
    from chatapp.ui.compare_view import CompareWindow
    from chatapp.ui.eval_dialog import EvalDialog

    tiny = _tiny(ctx)
    arena = CompareWindow(ctx, arena=True)
    evaluate = EvalDialog(ctx)
    view = CompareWindow(ctx)
    for widget in (arena, evaluate, view):
        qtbot.addWidget(widget)
    dialog = view.edit_pane_variant(view.panes[0])
    _fill(dialog, "terse", tiny)
    dialog._accept()
    assert view.panes[0].variant_name == "terse"
    pool = arena.arena_presets  # already open: updated
    assert [pool.item(r).text() for r in range(pool.count())] == [
        f"terse — {tiny.display_name}"]
    assert [evaluate.variant_list.item(r).text() for r in range(evaluate.variant_list.count())] \
        == [f"terse — {tiny.display_name}"]  # as the arena names it (was: ….gguf)
    made = arena.new_arena_variant()  # and one made in the arena is in Evaluate's list
    _fill(made, "brief", tiny)
    made._accept()
    assert [v.name for v in evaluate.variants] == ["terse", "brief"]
    evaluate.variant_list.setCurrentRow(0)
    evaluate._remove_variant()  # one list: gone from the arena's too
    assert [pool.item(r).text() for r in range(pool.count())] == [
        f"brief — {tiny.display_name}"]


def test_a_panes_answer_cut_at_its_limit_continues_in_the_pane(qtbot, ctx) -> None:
    """was: a pane offered only "Continue in chat" (and Try again), no Continue."""
    from chatapp.ui.compare_view import CompareWindow

    ctx.settings.sampling.max_tokens = 3
    tiny = _tiny(ctx)
    view = CompareWindow(ctx)
    qtbot.addWidget(view)
    view.show()
    for pane in view.panes:
        pane.picker.setCurrentIndex(pane.picker.findData(tiny.key))
    with qtbot.waitSignal(view.busyChanged, timeout=5000):
        view.send(PROMPT)
    qtbot.waitUntil(lambda: not view.busy, timeout=120000)
    first = view.panes[0]
    before = ctx.store.message(first.message.id)
    assert before.finish_reason == "length" and first.go_on_button.isVisible()
    assert first.go_on_button.text() == "Continue"
    with qtbot.waitSignal(view.busyChanged, timeout=5000):
        first.go_on_button.click()
    qtbot.waitUntil(lambda: not view.busy, timeout=120000)
    after = ctx.store.message(first.message.id)
    assert after.id == before.id and after.content.startswith(before.content)
    assert after.completion_tokens > before.completion_tokens
    assert after.sampling["parts"] == 2 and after.sampling["pane"] == 1
    assert first.view.source_text == after.content
    assert ctx.store.message(view.panes[1].message.id).completion_tokens == 3  # untouched


def test_continue_in_chat_names_the_panes_variant_on_the_next_answer(qtbot, ctx) -> None:
    """was: the chat's next answer had the pane's settings but no variant in its details."""
    from chatapp.ui.compare_view import CompareWindow

    tiny = _tiny(ctx)
    view = CompareWindow(ctx)
    qtbot.addWidget(view)
    view.show()
    dialog = view.edit_pane_variant(view.panes[0])
    _fill(dialog, "terse", tiny)
    dialog.form.system.setPlainText("Be brief.")
    dialog._accept()
    with qtbot.waitSignal(view.busyChanged, timeout=5000):
        view.send(PROMPT)
    qtbot.waitUntil(lambda: not view.busy, timeout=120000)
    made = ctx.store.message(view.panes[0].message.id)
    assert made.sampling["variant"] == "terse"
    view.continue_with(made.id)
    user = ctx.store.add_message(made.conversation_id, made.id, "user", "And then?")
    answer = ctx.chat.answer(made.conversation_id, user.id, tiny, ctx.settings.sampling)
    with ctx.chat.pipeline.lock_for(tiny):
        "".join(answer)
    next_answer = ctx.store.message(answer.message.id)
    assert next_answer.sampling.get("variant") == "terse"
    assert next_answer.system_prompt == "Be brief."
    other = next(m for m in ctx.catalogue.local() if m.key != tiny.key) if len(
        ctx.catalogue.local()) > 1 else None
    if other is not None:  # another model is not the variant
        assert "variant" not in ctx.chat._params(ctx.store.conversation(made.conversation_id),
                                                 other, ctx.settings.sampling)[0]
