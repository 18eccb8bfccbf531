"""Stop strings in a conversation's parameters and in the defaults: kept, checked as the local
API checks them, used by the answer, and said in how it was made and in exports."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from scripted_gguf import write_scripted

pytestmark = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                                reason="llama-cpp-python is not installed")

from test_conversation_window import close_window, open_window, pick, send  # noqa: E402

from chatapp.export import export_conversations  # noqa: E402
from chatapp.settings import Settings  # noqa: E402
from chatapp.ui.conversation_settings import ConversationSettingsDialog  # noqa: E402
from chatapp.ui.defaults_dialog import DefaultsDialog  # noqa: E402
from chatapp.ui.provenance import provenance_rows  # noqa: E402

TEMPLATE = ("{{ bos_token }}{% for m in messages %}{% if m['role'] == 'assistant' %}<|assistant|>"
            "{{ m['content'] }}</s>{% else %}<|user|>{{ m['content'] }}{% endif %}{% endfor %}"
            "{% if add_generation_prompt %}<|assistant|>{% endif %}")


@pytest.fixture
def counting_home(chatapp_home: Path) -> Path:
    """A home whose one model answers every message "one two three four"."""
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    write_scripted(models / "counting-tiny.gguf", template=TEMPLATE,
                   specials=[("<|user|>", "control"), ("<|assistant|>", "control")],
                   script=["<|assistant|>", "▁one", "▁two", "▁three", "▁four", "</s>"],
                   name="Counting Tiny")
    return chatapp_home


def _in_dialog(qtbot, act) -> dict:
    """Run act(dialog, seen) in the next modal dialog."""
    seen: dict = {}

    def inside() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConversationSettingsDialog):
            QTimer.singleShot(20, inside)
            return
        try:
            act(dialog, seen)
        except Exception as exc:  # noqa: BLE001 - reported by the test
            seen["error"] = exc
            dialog.reject()

    QTimer.singleShot(0, inside)
    return seen


def test_stop_strings_set_for_a_conversation_end_its_answers(
        qtbot, counting_home: Path) -> None:
    """was: the System prompt & parameters window had no stop strings, though the engine and
    the local API take them."""
    window = open_window(qtbot, max_tokens=16)
    pick(window, "counting-tiny")

    def refuse_then_take(dialog: ConversationSettingsDialog, seen: dict) -> None:
        form = dialog.form
        form.stops.setPlainText("a\nb\nc\nd\ne")  # five: refused, the dialog stays
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.accepted.emit()
        seen["five"] = (dialog.isVisible(), form.stop_problem.text())
        form.stops.setPlainText("three\n\nfour")  # an empty one: refused
        buttons.accepted.emit()
        seen["empty"] = (dialog.isVisible(), form.stop_problem.text())
        form.stops.setPlainText(" three\n")  # (the last line break ends the last one)
        buttons.accepted.emit()

    seen = _in_dialog(qtbot, refuse_then_take)
    window.settings_action.trigger()
    assert "error" not in seen, seen.get("error")
    assert seen["five"] == (True, "At most 4 stop strings, one per line (5 now).")
    assert seen["empty"] == (True, "A stop string is empty: remove the blank line.")
    send(qtbot, window, "count")
    answer = window.ctx.store.message(window.chat_view.bubbles[-1].message.id)
    assert answer.content == "one two" and answer.finish_reason == "stop", answer.content
    assert answer.sampling["stop"] == [" three"]
    assert 'Stop strings [" three"]' in dict(provenance_rows(answer))["Sampling"]
    conversation = window.ctx.store.conversation(window.session.conversation_id)
    exported = json.loads(export_conversations(window.ctx.store, [conversation], "json"))
    text = json.dumps(exported)
    assert '"stop": [" three"]' in text  # the conversation's and the answer's parameters
    # opened again, the dialog shows them
    again = ConversationSettingsDialog(window.ctx.settings.sampling,
                                       *window.session.settings_of_conversation(), None,
                                       window.ctx.store)
    qtbot.addWidget(again)
    assert again.form.stops.toPlainText() == " three"
    # a line break (or a backslash) in one is written as in the API's JSON: \n, \\
    written = ConversationSettingsDialog(window.ctx.settings.sampling, "",
                                         {"stop": ["\nUser:", "a\\b"]}, None, window.ctx.store)
    qtbot.addWidget(written)
    assert written.form.stops.toPlainText() == "\\nUser:\na\\\\b"
    assert written.form.check() and written.values()[1]["stop"] == ["\nUser:", "a\\b"]
    close_window(window)


def test_default_stop_strings_are_kept_and_used_where_a_chat_sets_none(
        qtbot, counting_home: Path) -> None:
    """was: Settings → Defaults had no stop strings."""
    window = open_window(qtbot, max_tokens=16)
    pick(window, "counting-tiny")
    settings = window.ctx.settings
    dialog = DefaultsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.form.stops.setPlainText(" four")
    _system, sampling, _threads = dialog.values()
    assert sampling.stop == [" four"]
    settings.sampling = sampling
    window.ctx.save_settings()
    assert window.ctx.settings_file.load().sampling.stop == [" four"]  # (saved and read back)
    assert Settings.from_dict({"sampling": {"stop": ["", "a", 3, "b", "c", "d", "e"]}}
                              ).sampling.stop == ["a", "b", "c", "d"]  # (a hand-edited file)
    send(qtbot, window, "count")
    answer = window.ctx.store.message(window.chat_view.bubbles[-1].message.id)
    assert answer.content == "one two three" and answer.sampling["stop"] == [" four"]
    close_window(window)


def test_the_local_api_uses_the_default_stop_strings_where_a_request_has_none(
        counting_home: Path) -> None:
    """The defaults' stop strings are the local API's too, under a request's own (was: there
    were none to have; an empty list is not written into an answer's parameters)."""
    from chatapp.api.requests import ChatRequest, answer_params
    from chatapp.library import LocalModel
    from chatapp.settings import Sampling

    path = counting_home / "data" / "models" / "counting-tiny.gguf"
    model = LocalModel(str(path), path.name, path.stat().st_size, path.stat().st_mtime)
    plain = ChatRequest(model="counting-tiny", messages=[{"role": "user", "content": "hi"}])
    own = ChatRequest(model="counting-tiny", messages=[{"role": "user", "content": "hi"}],
                      stop="two")
    assert "stop" not in answer_params(plain, model, Sampling())
    assert answer_params(plain, model, Sampling(stop=[" four"]))["stop"] == [" four"]
    assert answer_params(own, model, Sampling(stop=[" four"]))["stop"] == ["two"]
