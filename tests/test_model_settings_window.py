"""The Model settings dialog in the real window: it shows what the file says (recommended
sampling included), saves context length and GPU layers per model in settings.json, and
the next answer loads the model again with them (real llama.cpp, a tiny GGUF)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QToolTip

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)

from test_conversation_window import close_window, open_window, pick, send  # noqa: E402

from chatapp.ui.model_settings import ModelSettingsDialog  # noqa: E402

SAMPLING = {"general.sampling.temp": 0.3, "general.sampling.top_k": 20,
            "general.sampling.penalty_repeat": float("nan")}


@pytest.fixture
def tuned_home(chatapp_home: Path) -> Path:
    from gguf_factory import write_tiny_llama

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    write_tiny_llama(models / "tuned-F32.gguf", ctx=1024, extra_metadata=SAMPLING)
    write_tiny_llama(models / "plain-F32.gguf", ctx=1024)
    return chatapp_home


def run_dialog(qtbot, window, act) -> dict:
    """Open Model settings from the Chat menu, let act(dialog) work in it; what it saw."""
    seen: dict = {}

    def inside() -> None:
        dialog = window._model_settings_dialog
        seen["dialog"] = dialog
        try:
            act(dialog, seen)
        except Exception as exc:  # noqa: BLE001 - reported by the test below
            seen["error"] = exc
            dialog.reject()

    QTimer.singleShot(0, inside)
    window.model_settings_action.trigger()
    assert "error" not in seen, seen.get("error")
    return seen


def answered_once(qtbot):
    """A window whose tiny model answered "hello" (4 tokens): the window, the model, the
    engine."""
    window = open_window(qtbot, max_tokens=4)
    pick(window, "plain-F32")
    send(qtbot, window, "hello")
    return window, window.current_model(), window.ctx.engine


def test_model_settings_dialog_saves_and_the_next_answer_reloads(
        qtbot, tuned_home: Path) -> None:
    window = open_window(qtbot, max_tokens=4)
    pick(window, "tuned-F32")
    model = window.current_model()
    send(qtbot, window, "hello")
    engine = window.ctx.engine
    assert engine.loaded.n_ctx == 1024  # the app's 4096, capped at the trained context
    first = window.ctx.store.message(window.chat_view.bubbles[-1].message.id)
    assert json.loads(first.params)["temperature"] == 0.3  # the model's recommendation

    def change(dialog: ModelSettingsDialog, seen: dict) -> None:
        seen["sampling"] = dialog.facts["sampling"].text()
        seen["context"] = dialog.facts["context"].text()
        seen["template"] = dialog.facts["template"].text()
        seen["gpu_note"] = dialog.gpu_note.isVisibleTo(dialog)
        seen["gpu_enabled"] = dialog.gpu_enabled
        seen["gpu_layers"] = dialog.gpu_layers.value()
        # a quantized KV cache without flash attention: said at once, not only on Save
        dialog.kv_type.setCurrentIndex(dialog.kv_type.findData("q4_0"))
        dialog.flash_attn.setCurrentIndex(dialog.flash_attn.findData("off"))
        seen["need"] = dialog.need.text()
        dialog.save_button.click()  # refused, in one line under the fields
        seen["refused"] = dialog.error.isVisibleTo(dialog) and dialog.isVisible()
        dialog.kv_type.setCurrentIndex(dialog.kv_type.findData("f16"))
        seen["refusal kept"] = dialog.error.isVisibleTo(dialog)  # stale once changed
        dialog.flash_attn.setCurrentIndex(dialog.flash_attn.findData("auto"))
        dialog.context.setValue(100)  # below the minimum: the spin box keeps 256
        assert dialog.context.value() == 256
        dialog.context.setValue(512)
        dialog.grab().save(str(tuned_home / "model-settings.png"))
        dialog.save_button.click()

    seen = run_dialog(qtbot, window, change)
    assert "temperature 0.3" in seen["sampling"] and "top K 20" in seen["sampling"]
    assert "repeat" not in seen["sampling"]  # NaN in the file: ignored

    assert QLocale().toString(1024) in seen["context"]  # as the locale writes it
    assert seen["gpu_note"] == (not seen["gpu_enabled"])
    assert seen["gpu_enabled"] or seen["gpu_layers"] == 0  # no GPU: no layers shown on one
    assert seen["need"] == "A quantized KV cache needs flash attention."
    assert seen["refused"] and not seen["refusal kept"]
    assert window.ctx.settings.model_options[model.key] == {"n_ctx": 512}
    on_disk = json.loads(window.ctx.paths.settings_file.read_text(encoding="utf-8"))
    assert on_disk["model_options"][model.key] == {"n_ctx": 512}
    assert engine.loaded is None  # unloaded: the next answer loads with the new options
    assert window.session.context_size(model) == 512

    send(qtbot, window, "again")
    assert engine.loaded.n_ctx == 512
    last = window.ctx.store.message(window.chat_view.bubbles[-1].message.id)
    assert last.n_ctx == 512 and last.finish_reason in ("stop", "length")

    # Reset to defaults drops the entry; the other model has no recommendation
    seen = run_dialog(qtbot, window, lambda d, s: (d.reset_button.click(),
                                                   s.update(value=d.context.value()),
                                                   d.save_button.click()))
    assert seen["value"] == 1024 and model.key not in window.ctx.settings.model_options
    pick(window, "plain-F32")
    seen = run_dialog(qtbot, window, lambda d, s: (s.update(text=d.facts["sampling"].text()),
                                                   d.reject()))
    assert seen["text"] == "none"
    close_window(window)


def test_composer_button_opens_model_settings(qtbot, tuned_home: Path) -> None:
    window = open_window(qtbot)
    opened = []
    window.edit_model_settings = lambda: opened.append(True)  # the real dialog: above
    window.composer.modelSettingsRequested.disconnect()
    window.composer.modelSettingsRequested.connect(window.edit_model_settings)
    window.composer.model_settings_button.click()
    assert opened and window.composer.model_settings_button.isVisible()
    window.grab().save(str(tuned_home / "window.png"))
    close_window(window)


def test_model_settings_offer_the_largest_context_that_fits_and_a_kv_cache_type(
        qtbot, starter_home: Path, starter_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from chatapp import fit, fit_file

    model_file = starter_file
    roomy = fit.Machine(1 << 40, 1 << 40)
    at_8k = fit_file.estimate_file(model_file, 8192, roomy, n_gpu_layers=0)
    at_32k = fit_file.estimate_file(model_file, 32768, roomy, n_gpu_layers=0)
    # this machine's free memory cannot be chosen: the dialog is told of one where the
    # starter model fits at 8k tokens of context and not at 32k
    small = fit.Machine(4 << 30, int((at_8k.total + at_32k.total) / 2 / fit.HEADROOM))
    monkeypatch.setattr(fit, "detect_machine", lambda with_gpu=True: small)
    window = open_window(qtbot, max_tokens=3)
    model = window.current_model()

    def largest(dialog: ModelSettingsDialog, seen: dict) -> None:
        dialog.context.setValue(32768)
        seen["before"] = dialog.need.text()
        dialog.largest_button.click()
        qtbot.waitUntil(lambda: dialog.largest_button.isEnabled(), timeout=240_000)
        seen["found"] = dialog.context.value()
        seen["after"] = dialog.need.text()
        dialog.kv_type.setCurrentIndex(dialog.kv_type.findData("q8_0"))
        seen["q8"] = dialog.need.text()
        dialog.grab().save(str(starter_home / "model-settings-fit.png"))
        dialog.save_button.click()

    seen = run_dialog(qtbot, window, largest)
    assert "too big" in seen["before"] or "tight" in seen["before"]
    found = seen["found"]
    assert 8192 < found < 32768, seen
    assert f"{QLocale().toString(found)} tokens" in seen["after"] and "fits" in seen["after"]
    assert fit_file.estimate_file(model_file, found, small, n_gpu_layers=0).verdict == fit.FITS
    assert window.ctx.settings.model_options[model.key] == {"n_ctx": found, "kv_type": "q8_0"}
    # the engine checks the fit with llama.cpp's numbers first (dry runs): a slow start
    qtbot.keyClicks(window.composer.edit, "hello")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.runner is None and any(
        m.role == "assistant" and m.finish_reason
        for m in window.ctx.store.messages(window.conversation_id)), timeout=240_000)
    answer = [m for m in window.ctx.store.messages(window.conversation_id)
              if m.role == "assistant"][-1]
    assert answer.finish_reason in ("stop", "length"), answer.error
    assert answer.n_ctx == found and answer.kv_type == "q8_0"
    assert window.ctx.engine.loaded.kv_type == "q8_0"
    close_window(window)


def test_prompt_lookup_is_on_until_turned_off_and_that_needs_no_reload(
        qtbot, tuned_home: Path) -> None:
    window, model, engine = answered_once(qtbot)
    loaded = engine.loaded

    def turn_off(dialog: ModelSettingsDialog, seen: dict) -> None:
        seen["was_on"] = dialog.prompt_lookup.isChecked()
        dialog.prompt_lookup.setChecked(False)
        dialog.save_button.click()

    seen = run_dialog(qtbot, window, turn_off)
    assert seen["was_on"]
    assert window.ctx.settings.model_options[model.key] == {"prompt_lookup": False}
    assert engine.loaded is loaded  # the same load: speculation is chosen per answer
    send(qtbot, window, "again")
    last = window.ctx.store.message(window.chat_view.bubbles[-1].message.id)
    assert last.finish_reason in ("stop", "length") and last.draft_tokens is None

    seen = run_dialog(qtbot, window, lambda d, s: (s.update(off=not d.prompt_lookup.isChecked()),
                                                   d.reset_button.click(),
                                                   s.update(on=d.prompt_lookup.isChecked()),
                                                   d.save_button.click()))
    assert seen["off"] and seen["on"] and model.key not in window.ctx.settings.model_options
    close_window(window)


def test_a_draft_model_of_the_same_vocabulary_is_kept_and_drafts_the_next_answer(
        qtbot, tuned_home: Path) -> None:
    from gguf_factory import write_tiny_llama

    write_tiny_llama(tuned_home / "data" / "models" / "wide-F32.gguf", ctx=1024, n_vocab=600)
    window = open_window(qtbot, max_tokens=6)
    pick(window, "plain-F32")
    model = window.current_model()

    def choose(name: str):
        def act(dialog: ModelSettingsDialog, seen: dict) -> None:
            names = [dialog.draft.itemText(i) for i in range(dialog.draft.count())]
            seen["names"] = names
            wide = next(i for i, n in enumerate(names) if "wide-F32" in n)
            item = dialog.draft.model().item(wide)
            qtbot.waitUntil(lambda: not item.isEnabled(), timeout=10_000)  # headers read
            seen["wide_tip"] = item.toolTip()
            seen["enabled"] = [n for i, n in enumerate(names)
                               if dialog.draft.model().item(i).isEnabled()]
            dialog.draft.setCurrentIndex(next(i for i, n in enumerate(names) if name in n))
            dialog.save_button.click()  # the vocabularies are compared off the GUI thread
            qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error.isVisible(),
                            timeout=30_000)
            seen["shown"] = dialog.error.text() if dialog.error.isVisible() else ""
            seen["open"] = dialog.isVisible()
            if seen["open"]:
                dialog.reject()
        return act

    seen = run_dialog(qtbot, window, choose("wide-F32"))
    assert not any("plain-F32" in n for n in seen["names"]) and len(seen["names"]) >= 3
    # another vocabulary size is greyed out with its reason; the same one stays choosable
    assert seen["wide_tip"] == ("Cannot draft for this model: the vocabularies have 300 and "
                                "600 tokens"), seen["wide_tip"]
    assert any("tuned-F32" in n for n in seen["enabled"]), seen["enabled"]
    assert "cannot draft for" in seen["shown"] and seen["open"]  # refused, the dialog stays
    assert model.key not in window.ctx.settings.model_options
    seen = run_dialog(qtbot, window, choose("tuned-F32"))
    assert seen["shown"] == "" and not seen["open"]
    entry = window.ctx.settings.model_options[model.key]
    assert Path(entry["draft_model"]).name == "tuned-F32.gguf"
    send(qtbot, window, "hello")
    last = window.ctx.store.message(window.chat_view.bubbles[-1].message.id)
    assert last.finish_reason in ("stop", "length"), last.error
    assert last.speculation == "draft:tuned-F32.gguf" and last.draft_tokens
    # prompt lookup turned off beside the draft: shown off when the dialog opens again
    seen = run_dialog(qtbot, window, lambda d, s: (d.prompt_lookup.setChecked(False),
                                                   d.save_button.click()))
    assert window.ctx.settings.model_options[model.key]["prompt_lookup"] is False
    seen = run_dialog(qtbot, window, lambda d, s: (s.update(on=d.prompt_lookup.isChecked()),
                                                   d.reject()))
    assert seen["on"] is False
    close_window(window)


def test_the_memory_shown_settles_on_llama_cpps_own_count(qtbot, starter_home: Path,
                                                          starter_file: Path) -> None:
    from chatapp import fit, fit_file
    from chatapp.ui.units import data_size

    window = open_window(qtbot, max_tokens=3)

    def watch(dialog: ModelSettingsDialog, seen: dict) -> None:
        seen["first"] = dialog.need.text()
        qtbot.waitUntil(lambda: "llama.cpp" in dialog.need.text(), timeout=240_000)
        seen["measured"] = dialog.need.text()
        dialog.reject()

    seen = run_dialog(qtbot, window, watch)
    assert seen["first"].startswith("about ")
    # the number `chatapp fit` prints for the same file and options
    counted = fit_file.estimate_file(starter_file, window.ctx.engine.n_ctx, fit.detect_machine())
    shown = re.match(r"(\d+) MB by llama.cpp's count", seen["measured"])
    assert shown and data_size(counted.total).endswith(" MB"), seen["measured"]
    # (two dry runs measure apart by up to MEASURE_SLACK on a busy machine)
    assert abs(int(shown[1]) - int(data_size(counted.total)[:-3])) * 10**6 \
        <= fit_file.MEASURE_SLACK
    close_window(window)


def test_answers_decoded_together_are_chosen_from_memory_or_set_per_model(
        qtbot, tuned_home: Path) -> None:
    window, model, engine = answered_once(qtbot)
    assert engine.loaded.n_seq >= 1  # as many as free memory allows (a tiny model: several)

    def set_two(dialog: ModelSettingsDialog, seen: dict) -> None:
        seen["auto"] = dialog.batch.value() == -1 and dialog.batch.text() == \
            dialog.batch.specialValueText()
        seen["auto_need"] = dialog.need.text()
        dialog.batch.setValue(0)  # one at a time: the model's estimate is all it takes
        seen["none_need"] = dialog.need.text()
        dialog.batch.setValue(1)
        seen["one_need"] = dialog.need.text()
        dialog.batch.setValue(2)
        seen["two_need"] = dialog.need.text()
        dialog.grab().save(str(tuned_home / "model-settings-batch.png"))
        dialog.save_button.click()

    seen = run_dialog(qtbot, window, set_two)
    assert seen["auto"]
    # the memory shown counts the answers decoded together, as the engine loads them
    assert "answers together = " in seen["auto_need"]
    assert "answers together" not in seen["none_need"]
    assert "for 2 answers together = " in seen["two_need"]
    assert "for 1 answer beside the conversation = " in seen["one_need"]
    assert window.ctx.settings.model_options[model.key] == {"batch": 2}
    send(qtbot, window, "again")
    assert engine.loaded.n_seq == 2
    seen = run_dialog(qtbot, window, lambda d, s: (s.update(two=d.batch.value()),
                                                   d.batch.setValue(0),
                                                   d.save_button.click()))
    assert seen["two"] == 2 and window.ctx.settings.model_options[model.key] == {"batch": 0}
    send(qtbot, window, "once more")
    assert engine.loaded.n_seq == 0
    close_window(window)


def test_enter_in_a_base_models_settings_saves_them(qtbot, starter_home: Path) -> None:
    """The base model's note offers "Find a chat model…"; Enter still saves the dialog."""
    window = open_window(qtbot, max_tokens=3)
    assert window.current_model().base_model
    browsed = []
    window.browse_models = lambda: browsed.append(True)

    def enter(dialog: ModelSettingsDialog, seen: dict) -> None:
        qtbot.waitUntil(lambda: dialog.context.hasFocus() or dialog.focusWidget() is not None)
        seen["focus"] = dialog.focusWidget()
        dialog.context.setValue(3072)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        seen["result"] = dialog.result()

    seen = run_dialog(qtbot, window, enter)
    assert seen["focus"] is seen["dialog"].context
    assert seen["result"] == QDialog.DialogCode.Accepted and not browsed
    key = window.current_model().key
    assert window.ctx.settings.model_options[key]["n_ctx"] == 3072
    close_window(window)


def test_a_typed_context_out_of_range_becomes_the_nearest_allowed_one(
        qtbot, tuned_home: Path) -> None:
    window = open_window(qtbot)
    pick(window, "plain-F32")
    model = window.current_model()

    def type_one(dialog: ModelSettingsDialog, seen: dict) -> None:
        dialog.context.lineEdit().selectAll()
        qtbot.keyClicks(dialog.context, "1")
        qtbot.keyClick(dialog.context, Qt.Key.Key_Return)  # Enter saves

    run_dialog(qtbot, window, type_one)
    assert window.ctx.settings.model_options[model.key]["n_ctx"] == 256  # not the old value

    def type_over_the_largest(dialog: ModelSettingsDialog, seen: dict) -> None:
        field = dialog.context
        field.setValue(field.maximum() // 2)
        field.lineEdit().setSelection(0, 2)  # a selection left from before
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
        field.clearFocus()
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)  # reached by its Alt key
        assert field.lineEdit().selectedText() == field.lineEdit().text().removesuffix(
            field.suffix())
        qtbot.keyClicks(field, str(field.maximum() * 4))
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        seen["tip"] = QToolTip.text()
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel)]
        seen["value"] = field.value()
        dialog.reject()

    seen = run_dialog(qtbot, window, type_over_the_largest)
    assert seen["tip"].startswith("At most ") and seen["value"] > 0
    # the largest is said beside the field too, where it stays (a tip goes with the mouse)
    from chatapp.ui.units import number

    largest = number(seen["value"])
    assert (f"At most {largest} tokens: the context length the model was trained for."
            in seen["labels"]), [t for t in seen["labels"] if "most" in t]
    close_window(window)


def fully_shown(label) -> bool:
    """Whether a word-wrapped label has the height its whole text needs at its width."""
    return label.heightForWidth(label.width()) <= label.height()


def test_a_draft_model_whose_words_differ_is_refused_and_every_line_stays_whole(
        qtbot, tuned_home: Path) -> None:
    from scripted_gguf import write_scripted

    models = tuned_home / "data" / "models"
    template = ("{% for m in messages %}{{ m['content'] }}\n{% endfor %}")
    for name, words in (("scripted-long", ["▁one", "▁two", "▁three"]),
                        ("scripted-hello", ["▁Hello", "▁from", "!"])):
        write_scripted(models / f"{name}.gguf", template=template, script=[*words, "</s>"])
    window = open_window(qtbot, max_tokens=4)
    pick(window, "scripted-long")
    model = window.current_model()

    run_dialog(qtbot, window, lambda d, s: (d.batch.setValue(0), d.save_button.click()))

    def refuse(dialog: ModelSettingsDialog, seen: dict) -> None:
        assert "\n" not in dialog.need.text()  # opened with one line of memory...
        seen["one_line"] = dialog.height()
        dialog.draft.setCurrentIndex(dialog.draft.findText("scripted-hello"))
        seen["two_lines"] = dialog.need.text()  # ...and two with a draft model
        seen["grown"] = dialog.height()
        seen["need_whole"] = fully_shown(dialog.need)
        dialog.save_button.click()
        seen["checking"] = (dialog.save_button.text(), dialog.save_button.isEnabled())
        qtbot.waitUntil(dialog.error.isVisible, timeout=30_000)
        seen["refusal"] = dialog.error.text()
        seen["both_whole"] = fully_shown(dialog.need) and fully_shown(dialog.error)
        seen["open"] = dialog.isVisible()
        dialog.grab().save(str(tuned_home / "model-settings-draft-refused.png"))
        dialog.reject()

    seen = run_dialog(qtbot, window, refuse)
    assert "for the draft model" in seen["two_lines"].splitlines()[1]
    assert seen["grown"] > seen["one_line"] and seen["need_whole"]
    assert seen["checking"] == ("Checking…", False)
    assert seen["refusal"] == (
        "scripted-hello.gguf cannot draft for scripted-long.gguf: token 259 differs. A draft "
        "model must share the model's vocabulary (a smaller model of the same family).")
    assert seen["both_whole"] and seen["open"]
    assert window.ctx.settings.model_options[model.key] == {"batch": 0}
    close_window(window)


def test_a_typed_context_becomes_the_length_the_model_loads_with(
        qtbot, tuned_home: Path) -> None:
    from gguf_factory import write_tiny_llama

    write_tiny_llama(tuned_home / "data" / "models" / "long-F32.gguf", ctx=32768)
    window = open_window(qtbot, max_tokens=2)
    pick(window, "long-F32")
    model = window.current_model()

    def type_in(text: str):
        def act(dialog: ModelSettingsDialog, seen: dict) -> None:
            dialog.context.lineEdit().selectAll()
            qtbot.keyClicks(dialog.context, text)
            qtbot.keyClick(dialog.context, Qt.Key.Key_Return)  # Enter saves
        return act

    run_dialog(qtbot, window, type_in("999999"))  # more digits than allowed: the largest
    assert window.ctx.settings.model_options[model.key]["n_ctx"] == 32768
    run_dialog(qtbot, window, type_in("1000"))  # llama.cpp's multiple of 256, shown as saved
    assert window.ctx.settings.model_options[model.key]["n_ctx"] == 1024
    seen = run_dialog(qtbot, window, lambda d, s: (s.update(shown=d.context.text()),
                                                   d.reject()))
    group = QLocale().groupSeparator()
    assert seen["shown"] == f"1{group}024 tokens"  # grouped with the locale's separator
    send(qtbot, window, "hello")
    assert window.ctx.engine.loaded.n_ctx == 1024 == window.session.context_size(model)
    close_window(window)


def test_a_model_is_not_offered_as_its_own_draft_through_a_link(
        qtbot, tuned_home: Path, tmp_path: Path) -> None:
    from chatapp.library import LocalModel
    from chatapp.ui.app import make_application

    make_application()
    plain = tuned_home / "data" / "models" / "plain-F32.gguf"
    link = tmp_path / "linked-elsewhere.gguf"  # as a model linked from another app's folder
    link.symlink_to(plain)
    tuned = tuned_home / "data" / "models" / "tuned-F32.gguf"
    models = [LocalModel(str(p), p.name, p.stat().st_size, p.stat().st_mtime)
              for p in (plain, link, tuned)]
    dialog = ModelSettingsDialog(models[0], None, 4096, gpu=False, drafts=models)
    qtbot.addWidget(dialog)
    names = [dialog.draft.itemText(i) for i in range(dialog.draft.count())]
    assert names[1:] == ["tuned-F32"], names


def test_an_architecture_llama_cpp_does_not_know_is_said_in_place_of_the_memory(
        qtbot, chatapp_home: Path) -> None:
    """The header's estimate says "fits"; llama.cpp's own count fails for an architecture it
    does not know, and the memory row says why (was: "about 61 MB (fits …)" until the
    largest context was asked for)."""
    from gguf_factory import _write_model

    from chatapp.context import open_app
    from chatapp.ui.app import make_application

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    _write_model(models / "zorba-arch.gguf", arch="zorba", name="zorba")
    make_application()
    ctx = open_app()
    try:
        (model,) = [m for m in ctx.library.entries() if m.file_name == "zorba-arch.gguf"]
        dialog = ModelSettingsDialog(model, None, ctx.engine.n_ctx, gpu=False)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: "zorba" in dialog.need.text(), timeout=120_000)
        assert "fits" not in dialog.need.text()
        assert not dialog.largest_button.isEnabled()  # no largest context to look for
        dialog.reject()
    finally:
        ctx.close()


def test_nothing_is_cut_at_the_side_in_any_language(qtbot, tuned_home: Path) -> None:
    """The settings scroll up and down only: in Indonesian and Malay, whose lines are longer,
    the dialog is as wide as its widest row (it opened at the English width, cut)."""
    from languages import in_each_language
    from PySide6.QtWidgets import QApplication

    from chatapp.library import LocalModel

    plain = tuned_home / "data" / "models" / "plain-F32.gguf"
    model = LocalModel(str(plain), plain.name, plain.stat().st_size, plain.stat().st_mtime)
    for language in in_each_language():
        dialog = ModelSettingsDialog(model, None, 4096, gpu=False, drafts=[model])
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        area = dialog.about_area
        assert area.widget().minimumSizeHint().width() <= area.viewport().width(), language
        dialog.close()


def test_the_memory_a_reload_gives_back_counts_as_free(qtbot, tuned_home: Path) -> None:
    """The model loaded now is loaded again with the options saved: its process's memory
    is free for them (was: counted as in use, "tight" or "too big" for the options it
    runs with)."""
    from chatapp.engine.dry_run import rss
    from chatapp.fit import detect_machine
    from chatapp.machine import Machine

    window, model, engine = answered_once(qtbot)
    process = engine.freed_by_reload(model.path)
    assert process > 20 * 1024 * 1024  # Python and llama.cpp at least
    # but not the model file's pages: the system counts them as available already (was: the
    # whole resident size, the file twice, "fits" for a context that did not)
    pid = engine._workers[Path(model.path)].host.popen.pid
    assert rss(pid, "RssFile") > 1024 * 1024
    assert abs(process - (rss(pid) - rss(pid, "RssFile"))) < 8 * 1024 * 1024

    def look(dialog: ModelSettingsDialog, seen: dict) -> None:
        seen["freed"] = dialog.freed
        dialog.freed = 1 << 50  # (free memory moves: the sum is what is looked at)
        seen["machine"] = dialog.machine()
        dialog.reject()

    seen = run_dialog(qtbot, window, look)
    assert abs(seen["freed"] - process) < 64 * 1024 * 1024, (seen["freed"], process)
    assert isinstance(seen["machine"], Machine)  # this machine's free memory, and that
    assert 0 < seen["machine"].ram_available - (1 << 50) <= 2 * detect_machine().ram_available
    # the Models window's Memory column counts it the same way for that model
    from chatapp.ui.model_browser import model_browser_for

    browser = model_browser_for(window)
    qtbot.waitUntil(lambda: browser.machine is not None, timeout=10000)  # (measured)
    qtbot.wait(200)
    browser.machine = Machine(ram_total=64 << 30, ram_available=8 << 30)
    found: dict = {}
    browser._show_memory = found.update  # (what the column is filled with)
    browser.refresh_library()
    qtbot.waitUntil(lambda: model.path in found and found[model.path].estimate.budget < 16 << 30,
                    timeout=20000)  # (not an estimate made for the measured machine)
    assert abs(found[model.path].estimate.budget - (8 << 30) - process) < 8 * 1024 * 1024
    browser.close()
    engine.unload(Path(model.path))
    assert engine.freed_by_reload(model.path) == 0
    close_window(window)


def test_the_models_window_opens_the_settings_of_the_model_selected_there(
        qtbot, tuned_home: Path) -> None:
    """Models → On this computer → Model settings… edits the selected model, not the one
    picked for chatting, and its Memory column follows what was saved (was: no way there
    from the library)."""
    from chatapp.ui.model_browser import model_browser_for

    window = open_window(qtbot)
    browser = model_browser_for(window)
    tree = browser.library_tree
    try:
        picked = window.current_model()
        row = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                   if browser.local_models[tree.topLevelItem(i).data(
                       0, Qt.ItemDataRole.UserRole)].key != picked.key
                   and tree.topLevelItem(i).text(0) != "gemma-3-270m-q4_k_m")
        tree.setCurrentItem(row)
        chosen = browser.selected_model()
        assert browser.settings_button.isEnabled()
        seen: dict = {}

        def inside() -> None:
            dialog = window._model_settings_dialog
            seen["title"] = dialog.windowTitle()
            seen["parent"] = dialog.parent()
            dialog.context.setValue(512)
            dialog.accept()

        QTimer.singleShot(0, inside)
        browser.settings_button.click()
        assert chosen.display_name in seen["title"] and seen["parent"] is browser
        assert browser.selected_model().path == chosen.path  # (still selected)
        assert window.ctx.settings.model_options[chosen.key]["n_ctx"] == 512
        assert picked.key not in window.ctx.settings.model_options
    finally:
        browser.close()
        close_window(window)


def test_model_settings_and_the_shortcuts_opened_again_do_not_pile_up(
        qtbot, tuned_home: Path) -> None:
    """Opened and closed again and again, Model settings and the F1 shortcuts keep only the
    last dialog (was: every one kept, 2.7 MB of the window's memory a time with the starter
    model's settings, 0.35 MB with the shortcuts')."""
    from shiboken6 import isValid

    window = open_window(qtbot)
    try:
        settings, shortcuts = [], []
        for _ in range(3):
            settings.append(run_dialog(qtbot, window,
                                       lambda dialog, _seen: dialog.reject())["dialog"])
            window.help_menu.actions()[0].trigger()
            shortcuts.append(window.shortcuts_dialog)
            window.shortcuts_dialog.close()
            qtbot.wait(20)  # (deleteLater's deferred deletes)
        assert [isValid(d) for d in settings] == [False, False, True]
        assert [isValid(d) for d in shortcuts] == [False, False, True]
    finally:
        close_window(window)


def test_without_a_gpu_the_as_many_layers_box_is_not_ticked(qtbot, tuned_home: Path) -> None:
    """was: on a llama.cpp build without GPU the greyed "As many layers on the GPU as fit"
    box was ticked (as saved: -1) while the field said "0 (CPU only)", and Reset ticked it."""
    from chatapp.library import LocalModel
    from chatapp.ui.app import make_application

    make_application()
    path = tuned_home / "data" / "models" / "plain-F32.gguf"
    model = LocalModel(str(path), path.name, path.stat().st_size, path.stat().st_mtime)
    for stored in (None, {"n_gpu_layers": -1}):
        dialog = ModelSettingsDialog(model, stored, 4096, gpu=False)
        qtbot.addWidget(dialog)
        assert not dialog.gpu_all.isChecked() and not dialog.gpu_all.isEnabled()
        assert dialog.gpu_layers.text() == "0 (CPU only)"
        dialog.reset()
        assert not dialog.gpu_all.isChecked()
        assert dialog.gpu_note.isVisibleTo(dialog)
    with_gpu = ModelSettingsDialog(model, {"n_gpu_layers": -1}, 4096, gpu=True)
    qtbot.addWidget(with_gpu)
    assert with_gpu.gpu_all.isChecked()  # (with a GPU it stays as saved)


def test_model_settings_and_the_models_window_say_one_memory_figure(
        qtbot, starter_home: Path, starter_file: Path) -> None:
    """At a context llama.cpp has counted before (1,024), Model settings shows that count at
    once, the Models window's figure (was: "about 379 MB … 530 MB in all" while the Models
    window said 543 MB: the header's estimate beside llama.cpp's remembered count)."""
    from chatapp import fit, fit_file
    from chatapp.context import open_app
    from chatapp.fit_total import in_all, plan_of
    from chatapp.ui.app import make_application
    from chatapp.ui.units import data_size

    make_application()
    ctx = open_app()
    try:
        machine = fit.detect_machine()
        model = next(m for m in ctx.library.models() if m.starter)
        plan = plan_of(ctx.chat.pipeline.load_options(model), model.path)
        fit_file.estimate_file(model.path, 1024, machine, kv_type=plan["kv_type"],
                               flash_attn=plan["flash_attn"],
                               n_gpu_layers=plan["n_gpu_layers"])  # counted once: remembered
        dialog = ModelSettingsDialog(model, None, 1024, gpu=False)
        qtbot.addWidget(dialog)
        dialog.show()
        shown = dialog.need.text()
        library = in_all(dialog._shape, 1024, dialog._machine, **plan)
        assert library.estimate.source == "llama.cpp"
        assert shown.startswith(f"{data_size(library.estimate.total)} by llama.cpp's count")
        assert shown.endswith(f"= {data_size(library.total)} in all"), shown
        dialog.reject()
    finally:
        ctx.close()
