"""The evaluation results a model card declares (model-index), for the model and, for a GGUF
repo, its base model, read from a local Hub and shown as the publisher's claims."""

from __future__ import annotations

import pytest
from hub_server import FakeHub

from chatapp.hub.card_results import base_models, claims, front_matter

pytest_plugins = ("hub_fixtures",)

BASE_CARD = """---
license: apache-2.0
model-index:
- name: Base-7B
  results:
  - task: {type: text-generation, name: Text Generation}
    dataset: {name: MMLU (5-Shot), type: cais/mmlu, config: all, split: test}
    metrics:
    - {type: acc, value: 63.21, name: accuracy}
    source: {name: Open LLM Leaderboard, url: "https://huggingface.co/spaces/open-llm-leaderboard"}
  - task: {type: text-generation}
    dataset: {name: GSM8k, type: gsm8k}
    metrics:
    - {type: acc, value: 0.4171, verified: true}
    source: {name: "<b>Someone</b>", url: "javascript:alert(1)"}
---
# Base 7B
"""

GGUF_CARD = """---
base_model: org/Base-7B
tags: [gguf]
---
# Base 7B GGUF
"""


@pytest.fixture
def repos(hub: FakeHub, tiny_files) -> FakeHub:
    hub.add_repo("org/Base-7B", {"README.md": BASE_CARD.encode(), "model.safetensors": b"x"},
                 tags=["safetensors"])
    hub.add_repo("tester/Base-7B-GGUF", {"README.md": GGUF_CARD.encode(),
                                         "base-7b-Q4_K_M.gguf": tiny_files["small"]})
    hub.add_repo("tester/broken-GGUF", {
        "README.md": b"---\nbase_model: [../../etc]\nmodel-index: [{results: 7}]\n---\nhi\n",
        "broken-Q4_0.gguf": tiny_files["small"]})
    return hub


def test_model_index_results_are_read_as_claims() -> None:
    meta = front_matter(BASE_CARD)
    found = claims(meta, "org/Base-7B")
    assert [(c.task, c.dataset, c.metric, c.value) for c in found] == [
        ("Text Generation", "MMLU (5-Shot) · all · test", "accuracy", "63.21"),
        ("text-generation", "GSM8k", "acc", "0.4171")]
    assert found[0].source == "Open LLM Leaderboard" and found[0].source_url.startswith(
        "https://") and not found[0].verified
    assert found[1].verified and found[1].source_url == ""  # only http(s) addresses kept
    assert base_models(front_matter(GGUF_CARD)) == ["org/Base-7B"]
    assert front_matter("---\n: [\n---\n") == {} and claims({"model-index": "x"}, "r") == []


def test_a_gguf_repo_shows_its_base_models_claims_from_the_hub(repos: FakeHub) -> None:
    from chatapp.hub.client import HubClient
    from chatapp.hub.config import HubConfig

    client = HubClient(HubConfig(repos.url, None, False))
    own = client.model("org/Base-7B")
    assert [c.value for c in own.claims] == ["63.21", "0.4171"] and not own.base_claims
    page = client.model("tester/Base-7B-GGUF")
    assert page.claims == [] and page.base_models == ["org/Base-7B"]
    assert [(c.repo_id, c.value) for c in page.base_claims] == [("org/Base-7B", "63.21"),
                                                                ("org/Base-7B", "0.4171")]
    assert page.card.startswith("# Base 7B GGUF")
    broken = client.model("tester/broken-GGUF")  # nonsense in the card: no claims, no error
    assert broken.claims == [] and broken.base_claims == [] and broken.card == "hi\n"


def test_the_model_browser_labels_them_as_the_publishers_claims(qtbot, repos: FakeHub) -> None:
    from PySide6.QtCore import Qt

    from chatapp.context import open_app
    from chatapp.ui.app import make_application
    from chatapp.ui.model_browser import ModelBrowser

    make_application()
    ctx = open_app()
    window = ModelBrowser(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        window.search_edit.setText("Base-7B")
        qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.results.count() == 1, timeout=5000)
        window.results.setCurrentRow(0)
        qtbot.waitUntil(lambda: window.page is not None, timeout=5000)
        view = window.claims_view
        assert view.isVisible() and view.table.rowCount() == 2
        heading = view.heading.text()
        assert "org/Base-7B" in heading and "publisher's claims" in heading
        assert [view.table.item(0, c).text() for c in range(5)] == [
            "Text Generation", "MMLU (5-Shot) · all · test", "accuracy", "63.21",
            "Open LLM Leaderboard"]
        assert view.table.item(1, 4).text() == "<b>Someone</b> (verified by the Hub)"
        window.open_model("org/Other-GGUF")  # while the next page loads: not this one's
        assert not view.isVisible() and view.table.rowCount() == 0
        window._show_page(None)
        assert not view.isVisible()
    finally:
        window.shutdown()
        window.close()
        ctx.close()
