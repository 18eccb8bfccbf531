"""LoRA adapters on a base model: applied by llama.cpp in the worker at a scale per answer,
per conversation, per compare pane and per evaluation variant; an adapter made for another
base refused in one line; linked from disk and listed by the library."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from gguf_factory import CHATML_TEMPLATE, write_not_chat, write_tiny_llama, write_tiny_lora

from chatapp.cli import main
from chatapp.engine.lora import check_adapter
from chatapp.errors import UserError

GREEDY = {"temperature": 0.0, "max_tokens": 12, "seed": 1, "ignore_eos": True,
          "repeat_penalty": 1.0}
HELLO = [{"role": "user", "content": "hello world"}]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The tiny chat model, an adapter for it and adapters that do not fit it."""
    root = tmp_path_factory.mktemp("lora")
    return {
        "model": write_tiny_llama(root / "base-F32.gguf", chat_template=CHATML_TEMPLATE),
        "adapter": write_tiny_lora(root / "terse-lora.gguf"),
        "other_shape": write_tiny_lora(root / "wide-lora.gguf", n_embd=96),
        "other_arch": write_tiny_lora(root / "qwen-lora.gguf", arch="qwen2"),
        "not_adapter": write_not_chat(root / "proj.gguf", "vision-projector"),
        "not_lora_model": write_tiny_llama(root / "other-F32.gguf", n_vocab=320),
    }


@pytest.fixture
def home(chatapp_home: Path, files: dict[str, Path]) -> Path:
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    shutil.copy(files["model"], models / files["model"].name)
    return chatapp_home


def _answer(worker, adapters) -> str:
    generation = worker.generate(HELLO, {**GREEDY, "adapters": adapters})
    text = "".join(generation)
    assert generation.result.finish_reason == "length", generation.result.error
    return text


def test_an_adapter_changes_greedy_output_and_scale_zero_is_the_base(files) -> None:
    from chatapp.engine.client import ModelWorker

    worker = ModelWorker()
    try:
        worker.load(files["model"], n_ctx=256)
        adapter = str(files["adapter"])
        base = _answer(worker, None)
        adapted = _answer(worker, [{"path": adapter, "scale": 1.0}])
        off = _answer(worker, [{"path": adapter, "scale": 0.0}])
        half = _answer(worker, [{"path": adapter, "scale": 0.5}])
        again = _answer(worker, [])
        assert base and adapted != base and half != base
        assert off == base and again == base  # the KV cache of another set is not reused
        assert _answer(worker, [{"path": adapter, "scale": 1.0}]) == adapted
    finally:
        worker.stop()


@pytest.mark.parametrize(("which", "words"), [
    ("other_shape", ("does not fit", "blk.0.attn_q.weight")),
    ("other_arch", ("qwen2", "llama")),
    ("not_adapter", ("not a LoRA adapter",)),
])
def test_an_adapter_for_another_base_is_refused_in_one_line(files, which: str,
                                                            words: tuple[str, ...]) -> None:
    with pytest.raises(UserError) as caught:
        check_adapter(str(files[which]), [str(files["model"])], "base-F32")
    message = str(caught.value)
    assert "\n" not in message and all(w in message for w in words)
    assert caught.value.template.startswith(("The adapter", "{adapter}"))
    with pytest.raises(UserError, match="does not fit"):  # the vocabulary size differs
        check_adapter(str(files["adapter"]), [str(files["not_lora_model"])], "other")
    check_adapter(str(files["adapter"]), [str(files["model"])], "base-F32")


def test_a_conversation_answers_with_its_adapters_and_records_them(home: Path,
                                                                   files) -> None:
    from chatapp.context import open_app

    app = open_app()
    try:
        model = app.library.resolve("base-F32")
        chosen = [{"path": str(files["adapter"]), "scale": 1.0}]
        texts = {}
        for name, params in (("base", {}), ("lora", {"adapters": chosen})):
            conversation = app.store.create_conversation()
            app.store.set_conversation_params(conversation.id, params)
            _user, answer = app.chat.send(conversation.id, "hello world", model, dict(GREEDY))
            texts[name] = "".join(answer)
            row = app.store.message(answer.message.id)
            assert row.finish_reason == "length"
            assert row.sampling.get("adapters") == (chosen if params else None)
        assert texts["base"] != texts["lora"]
        conversation = app.store.create_conversation()  # a misfit: left out, said once
        app.store.set_conversation_params(
            conversation.id, {"adapters": [{"path": str(files["other_shape"]), "scale": 1}]})
        for turn in range(2):
            _user, answer = app.chat.send(conversation.id, "hello world", model, dict(GREEDY))
            text = "".join(answer)
            assert turn or text == texts["base"]
            row = app.store.message(answer.message.id)
            assert row.finish_reason == "length" and "adapters" not in row.sampling
            if turn == 0:
                notice = str(answer.notice)
                assert "wide-lora.gguf" in notice and "does not fit" in notice
                assert "\n" not in notice
            else:
                assert answer.notice is None
    finally:
        app.close()


def test_a_chat_that_moves_to_another_model_leaves_its_adapter_out_there(
        home: Path, files) -> None:
    """The conversation's adapter applies to the model it fits, is left out (with one
    notice) on a model it does not fit, and applies again back on the first."""
    from chatapp.context import open_app

    shutil.copy(files["not_lora_model"], home / "data" / "models")
    app = open_app()
    try:
        base, other = app.library.resolve("base-F32"), app.library.resolve("other-F32")
        chosen = [{"path": str(files["adapter"]), "scale": 1.0}]
        conversation = app.store.create_conversation()
        app.store.set_conversation_params(conversation.id, {"adapters": chosen})
        rows = []
        for model in (base, other, base):
            _user, answer = app.chat.send(conversation.id, "hello world", model, dict(GREEDY))
            "".join(answer)
            rows.append((app.store.message(answer.message.id), answer.notice))
        assert [row.finish_reason for row, _ in rows] == ["length"] * 3
        assert [row.sampling.get("adapters") for row, _ in rows] == [chosen, None, chosen]
        assert rows[0][1] is None and rows[2][1] is None
        assert "terse-lora.gguf" in str(rows[1][1]) and "other-F32" in str(rows[1][1])
        assert app.store.conversation(conversation.id).sampling["adapters"] == chosen
    finally:
        app.close()


def test_compare_puts_base_and_base_with_adapter_side_by_side_on_one_load(home: Path,
                                                                          files) -> None:
    from chatapp.compare.side_by_side import Comparison
    from chatapp.context import open_app

    app = open_app()
    try:
        model = app.library.resolve("base-F32")
        chosen = [{"path": str(files["adapter"]), "scale": 1.0}]
        comparison = Comparison(app.chat.pipeline, app.store.create_conversation().id,
                                "hello world", [model, model],
                                [dict(GREEDY), {**GREEDY, "adapters": chosen}])
        comparison.start()
        assert comparison.wait(120)
        base, lora = (app.store.message(p.message.id) for p in comparison.panes)
        assert base.finish_reason == lora.finish_reason == "length"
        assert base.content != lora.content
        assert lora.sampling["adapters"] == chosen and "adapters" not in base.sampling
        assert len(app.engine._workers) == 1  # the base model was loaded once
    finally:
        app.close()


def test_eval_config_runs_a_variant_with_an_adapter(home: Path, files, tmp_path: Path,
                                                    capsys) -> None:
    config = tmp_path / "eval.yaml"
    shutil.copy(files["adapter"], tmp_path / "terse-lora.gguf")
    config.write_text(
        "prompts: ['{{text}}']\n"
        "providers:\n"
        "  - {id: base-F32, label: base}\n"
        "  - id: base-F32\n"
        "    label: tuned\n"
        "    config: {adapters: [{path: terse-lora.gguf, scale: 1.0}]}\n"
        "  - id: base-F32\n"
        "    label: zero\n"
        "    config: {adapters: [{path: terse-lora.gguf, scale: 0}]}\n"
        "tests:\n"
        "  - vars: {text: hello world}\n"
        "    assert: [{type: not-contains, value: zzzz}]\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["eval", "--config", str(config), "--out", str(out), "--max-tokens", "12",
                 "--temperature", "0"]) == 0
    results = {r["model"]: r for r in map(json.loads,
                                           (out / "results.jsonl").read_text().splitlines())}
    assert set(results) == {"base", "tuned", "zero"}
    assert results["tuned"]["answer"] != results["base"]["answer"]
    assert results["zero"]["answer"] == results["base"]["answer"]
    run = json.loads((out / "run.json").read_text())
    tuned = next(v for v in run["variants"] if v["name"] == "tuned")
    assert tuned["adapters"] == [{"path": str(tmp_path / "terse-lora.gguf"), "scale": 1.0}]
    # an adapter for another base: the run is refused in one line before anything loads
    shutil.copy(files["other_shape"], tmp_path / "terse-lora.gguf")
    assert main(["eval", "--config", str(config), "--out", str(tmp_path / "out2")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert "does not fit" in err[-1] and "Traceback" not in "\n".join(err)


def test_an_adapter_linked_from_disk_is_listed_as_an_adapter(home: Path, files) -> None:
    from chatapp.context import open_app

    assert main(["link", str(files["adapter"])]) == 0
    app = open_app()
    try:
        (adapter,) = app.library.adapters()
        assert adapter.path == str(files["adapter"]) and not adapter.is_chat
        chat_names = [m.file_name for m in app.library.models()]
        assert "base-F32.gguf" in chat_names and "terse-lora.gguf" not in chat_names
    finally:
        app.close()


def test_conversation_settings_choose_adapters_and_scales(home: Path, files, qtbot) -> None:
    from chatapp.context import open_app
    from chatapp.ui.conversation_settings import ConversationSettingsDialog, params_summary

    app = open_app()
    try:
        chosen = [{"path": str(files["adapter"]), "scale": 0.5}]
        dialog = ConversationSettingsDialog(app.settings.sampling, "", {"adapters": chosen},
                                            None, app.store, library=app.library)
        qtbot.addWidget(dialog)
        picker = dialog.form.adapters
        assert list(picker.rows) == [str(files["adapter"])]  # chosen, not yet in the library
        assert dialog.values()[1]["adapters"] == chosen
        from chatapp.errors import UserError

        with pytest.raises(UserError, match=r"^base-F32\.gguf is not a LoRA adapter\. An "
                           r"adapter here is a LoRA converted to GGUF"):
            picker.link(str(files["model"]))  # a chat model is refused when it is picked
        assert str(files["model"]) not in picker.rows
        picker.link(str(files["other_arch"]))  # linked from disk: listed from now on
        assert [m.path for m in app.library.adapters()] == [str(files["other_arch"])]
        box, spin = picker.rows[str(files["adapter"])]
        spin.setValue(1.25)
        picker.rows[str(files["other_arch"])][0].setChecked(False)
        assert dialog.values()[1] == {"adapters": [{"path": str(files["adapter"]),
                                                     "scale": 1.25}]}
        box.setChecked(False)
        assert "adapters" not in dialog.values()[1]
        assert params_summary({"top_k": 7, "adapters": chosen}) == \
            "Top K 7 · LoRA terse-lora.gguf ×0.5"
    finally:
        app.close()
