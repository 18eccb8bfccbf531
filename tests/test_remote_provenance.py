"""An answer of a model on a server says where it was made, in the window's header, the
"How this answer was made" rows and a Markdown export (stored in a real SQLite file)."""

from __future__ import annotations

from pathlib import Path

from chatapp.export import export_markdown
from chatapp.store import Store
from chatapp.ui.provenance import provenance_rows, short_name


def test_a_servers_answer_names_its_connection_and_server(tmp_path: Path, qapp) -> None:
    store = Store(tmp_path / "chat.db")
    conversation = store.create_conversation("Remote")
    user = store.add_message(conversation.id, None, "user", "Hi")
    answer = store.add_message(conversation.id, user.id, "assistant", "Hello",
                               model_name="gemma-270m", endpoint="gpu",
                               endpoint_host="10.0.0.7:8080", served_model="gemma-3-270m-it",
                               system_fingerprint="b6123-cuda")
    local = store.add_message(conversation.id, user.id, "assistant", "Hello",
                              model_name="gemma-270m.gguf", model_path="/models/gemma-270m.gguf")
    rows = dict(provenance_rows(answer))
    assert short_name(answer) == rows["Model"] == "gpu/gemma-270m"
    assert rows["Connection"] == "gpu" and rows["Server"] == "10.0.0.7:8080"
    assert rows["Model the server ran"] == "gemma-3-270m-it"
    assert rows["Server build"] == "b6123-cuda"
    assert "File" not in rows  # the model id is no file
    local_rows = dict(provenance_rows(local))
    assert short_name(local) == "gemma-270m" and local_rows["File"] == "/models/gemma-270m.gguf"
    assert "Connection" not in local_rows
    store.set_current_leaf(conversation.id, answer.id)
    assert "## Assistant (gpu/gemma-270m)" in export_markdown(store, [conversation])
    store.close()


def test_the_collections_and_variant_of_an_answer_have_rows_of_their_own(tmp_path: Path,
                                                                        qapp) -> None:
    """What an answer searched and the evaluation variant it was made as are no sampling
    parameters: each has its own row."""
    store = Store(tmp_path / "chat.db")
    conversation = store.create_conversation("Docs")
    user = store.add_message(conversation.id, None, "user", "Where do I park?")
    answer = store.add_message(conversation.id, user.id, "assistant", "Behind the hall [1].",
                               params={"docs": ["Office rules", "Guides"], "variant": "with docs",
                                       "temperature": 0.0, "max_tokens": 48})
    rows = dict(provenance_rows(answer))
    assert rows["Document collections"] == "Office rules, Guides"
    assert rows["Variant"] == "with docs"
    assert rows["Sampling"] == "Longest answer 48, Temperature 0.0"
    store.close()


def test_an_evaluation_answer_names_its_variant_in_its_header(tmp_path: Path, qapp) -> None:
    """The branches of an evaluation's prompt are its variants: each answer's header names
    the model and the variant, so they can be told apart."""
    from chatapp.ui.bubble import Bubble

    store = Store(tmp_path / "chat.db")
    conversation = store.create_conversation("Eval")
    user = store.add_message(conversation.id, None, "user", "Where do I park?")
    made = [store.add_message(conversation.id, user.id, "assistant", "Behind the hall.",
                              model_name="gemma-270m.gguf", params=params)
            for params in ({"variant": "with docs"}, {})]
    headers = []
    for message in made:
        bubble = Bubble(message)
        headers.append(bubble.header.text())
        bubble.deleteLater()
    assert headers == ["gemma-270m · with docs", "gemma-270m"]
    store.close()


def test_sampling_fractions_use_the_locales_decimal_separator(tmp_path: Path, qapp) -> None:
    from PySide6.QtCore import QLocale

    store = Store(tmp_path / "chat.db")
    conversation = store.create_conversation("Numbers")
    user = store.add_message(conversation.id, None, "user", "Hi")
    answer = store.add_message(conversation.id, user.id, "assistant", "Hello",
                               params={"min_p": 0.05, "max_tokens": 48})
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    try:
        assert dict(provenance_rows(answer))["Sampling"] == "Longest answer 48, Min P 0,05"
    finally:
        QLocale.setDefault(before)
    store.close()
