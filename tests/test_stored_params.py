"""A conversation's or a preset's parameters come from imports, older versions and hand-edited
files: what is used and shown is always a number within its range, and the editors keep what
they do not show (a preset's adapters)."""

from __future__ import annotations

import json

from chatapp.chat import sampling_params
from chatapp.export import import_text
from chatapp.settings import SAMPLING_RANGES, Sampling, checked_sampling
from chatapp.store import Store

HOSTILE = {"seed": "abc", "max_tokens": 12.5, "temperature": 99, "top_p": 7, "top_k": -5,
           "min_p": float("nan"), "repeat_penalty": True, "adapters": [{"path": "a.gguf",
                                                                        "scale": 1.0}]}


def test_stored_parameters_are_cut_to_their_ranges() -> None:
    assert checked_sampling(HOSTILE) == {
        "max_tokens": 12, "temperature": 5.0, "top_p": 1.0, "top_k": 0,
        "adapters": [{"path": "a.gguf", "scale": 1.0}]}
    assert checked_sampling({"max_tokens": 0, "seed": -7}) == {"max_tokens": 1, "seed": -1}
    assert checked_sampling(["not", "a", "dict"]) == {}
    for name, (low, high, _whole) in SAMPLING_RANGES.items():
        assert low <= checked_sampling({name: 10**12})[name] == high


def test_an_imported_conversations_parameters_are_used_within_range(store: Store) -> None:
    doc = {"format": "chatapp-conversations", "version": 1, "conversations": [
        {"title": "odd", "created_at": 1, "updated_at": 1,
         "params": {k: v for k, v in HOSTILE.items() if k != "min_p"},
         "messages": [{"id": 1, "parent_id": None, "role": "user", "content": "hi",
                       "created_at": 1}]}]}
    import_text(store, json.dumps(doc))
    (conversation,) = store.conversations()
    params = sampling_params(Sampling(), conversation.sampling)
    assert params["max_tokens"] == 12 and params["temperature"] == 5.0
    assert params["top_p"] == 1.0 and params["top_k"] == 0 and params["seed"] == -1


def test_the_editors_show_checked_values_and_keep_the_adapters(qtbot) -> None:
    from chatapp.ui.app import make_application
    from chatapp.ui.conversation_settings import PresetEditor

    make_application()
    editor = PresetEditor("Mine", None, "Be brief.", HOSTILE, Sampling(), [])
    qtbot.addWidget(editor)
    fields = editor.form.fields
    assert fields["temperature"].value() == 5.0 and fields["max_tokens"].value() == 12
    assert fields["seed"].value() == -1  # "abc" is no seed: the default
    editor.name.setText("Renamed")
    name, _model, system, params = editor.values()
    assert (name, system) == ("Renamed", "Be brief.")
    assert params["adapters"] == [{"path": "a.gguf", "scale": 1.0}]  # not shown, kept
    assert params["max_tokens"] == 12 and "seed" not in params
