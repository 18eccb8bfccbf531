"""The publisher's claims beside the user's own results: what a model card declares is kept
when its page is read from the Hub, then shown in the evaluation report and the leaderboard
under its own heading, never inside the user's numbers."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest
from hub_server import FakeHub
from scripted_gguf import write_answerer
from test_card_claims import BASE_CARD, GGUF_CARD

from chatapp.cli import main
from chatapp.hub.card_cache import load_claims, save_claims
from chatapp.hub.card_results import Claim

pytest_plugins = ("hub_fixtures",)

needs_llama = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                                 reason="llama-cpp-python is not installed")
REPO = "tester/Base-7B-GGUF"
FILE = "base-7b-Q4_K_M.gguf"

CONFIG = """\
description: claims
prompts: ["Capital of {{country}}?"]
providers:
  - {id: base-7b-Q4_K_M, label: plain}
  - {id: base-7b-Q4_K_M, label: kind, config: {system: "Be kind."}}
  - {id: other, label: unpublished}
tests:
  - vars: {country: France}
    assert: [{type: icontains, value: Paris}]
"""


@pytest.fixture
def answerer(tmp_path: Path) -> Path:
    """A chat model that answers "Paris"."""
    write_answerer(tmp_path / FILE, ["▁Paris"])
    return tmp_path / FILE


@needs_llama
def test_a_read_card_is_kept_and_the_report_shows_its_claims_apart(
        hub: FakeHub, chatapp_home: Path, answerer: Path, tmp_path: Path, capsys) -> None:
    from chatapp.hub.client import HubClient
    from chatapp.hub.config import HubConfig
    from chatapp.paths import app_paths

    paths = app_paths()
    hub.add_repo("org/Base-7B", {"README.md": BASE_CARD.encode()}, tags=["safetensors"])
    hub.add_repo(REPO, {"README.md": GGUF_CARD.encode(), FILE: answerer})
    client = HubClient(HubConfig(hub.url, None, False), claims_dir=paths.card_claims)
    client.model(REPO)  # what the model browser does when the page opens
    kept = load_claims(paths.card_claims, REPO)
    assert kept is not None and kept.own == [] and [c.value for c in kept.base] == [
        "63.21", "0.4171"]
    folder = paths.models / REPO  # as a download from that repo lies
    folder.mkdir(parents=True)
    shutil.copyfile(answerer, folder / FILE)
    write_answerer(paths.models / "other.gguf", ["▁Rome"], name="Other")
    config = tmp_path / "claims.yaml"
    config.write_text(CONFIG, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["eval", "--config", str(config), "--out", str(out), "--max-tokens", "4"]) == 0
    capsys.readouterr()
    page = (out / "report.html").read_text(encoding="utf-8")
    mine, _, theirs = page.partition("<h2>Publisher&#x27;s claims</h2>")
    assert theirs, "the report has a section of the publisher's claims"
    theirs = theirs.split("<h2>")[0]
    assert "63.21" not in mine and "0.4171" not in mine  # never among the user's numbers
    assert "not measured here, and not part of any number above" in theirs
    assert "<td rowspan=2>plain, kind</td>" in theirs  # one model: its claims once
    assert f"org/Base-7B (base model of {REPO})" in theirs
    assert "MMLU (5-Shot) · all · test" in theirs and "63.21" in theirs
    assert "Hub" in theirs and "&lt;b&gt;Someone&lt;/b&gt;" in theirs  # card text escaped
    assert "unpublished" not in theirs
    claims = json.loads((out / "claims.json").read_text(encoding="utf-8"))
    assert set(claims) == {"plain", "kind"} and claims["plain"]["repo_id"] == REPO
    summary = (out / "summary.csv").read_text(encoding="utf-8")
    assert "63.21" not in summary


def test_a_kept_file_that_is_not_claims_gives_none(tmp_path: Path) -> None:
    tmp_path = tmp_path / "kept"
    claim = Claim("Text Generation", "MMLU", "accuracy", "63.21", repo_id="org/x")
    save_claims(tmp_path, "org/x", [claim], [])
    assert load_claims(tmp_path, "org/x").shown == [claim]
    (tmp_path / "org__y.json").write_text("[1, 2", encoding="utf-8")
    assert load_claims(tmp_path, "org/y") is None and load_claims(tmp_path, "org/none") is None
    assert load_claims(tmp_path, "../../etc/passwd") is None and load_claims(tmp_path, "") is None
    save_claims(tmp_path, "../escape", [claim], [])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["org__x.json", "org__y.json"]


def test_the_leaderboard_shows_the_ranked_models_claims_in_their_own_section(
        qtbot, chatapp_home: Path, answerer: Path) -> None:
    from chatapp.compare.claims import named_claims
    from chatapp.compare.votes import add_vote
    from chatapp.context import open_app
    from chatapp.ui.leaderboard import LeaderboardDialog

    ctx = open_app()
    try:
        folder = ctx.paths.models / REPO
        folder.mkdir(parents=True)
        shutil.copyfile(answerer, folder / FILE)
        shutil.copyfile(answerer, ctx.paths.models / "other.gguf")
        save_claims(ctx.paths.card_claims, REPO, [
            Claim("Text Generation", "MMLU", "accuracy", "63.21", "Open LLM Leaderboard",
                  "https://example.org/board", False, REPO),
            Claim("Text Generation", "GSM8k", "acc", "0.4171", "", "", True, REPO)], [])
        store = ctx.store
        conversation = store.create_conversation("votes", kind="arena")
        for names in ((FILE, "other.gguf"), ("plain", "other.gguf")):
            user = store.add_message(conversation.id, None, "user", "q")
            a, b = (store.add_message(conversation.id, user.id, "assistant", "x",
                                      model_name=FILE if n == "plain" else n) for n in names)
            if names[0] == "plain":  # a variant the judge ranked, answering with FILE
                with store._tx() as db:
                    db.execute(
                        "INSERT INTO judgements (kind, message_a_id, message_b_id, model_a, "
                        "model_b, outcome, judge_model, judge_key, judge_prompt, judge_reply,"
                        " provenance, tag, created_at) VALUES ('pairwise', ?, ?, 'plain', "
                        "'other.gguf', 'a', 'j', 'j', 'p', 'A', '{}', '', 0)", [a.id, b.id])
            else:
                add_vote(store, a.id, b.id, "a")
        dialog = LeaderboardDialog(store, rounds=10, claims_for=lambda names: named_claims(
            names, ctx.library, store, ctx.paths.card_claims))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.select_source("both")
        ranked = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
        assert ranked == {FILE[:-5], "other", "plain"}  # named as the pickers name them
        table = dialog.claims.table
        assert dialog.claims.isVisible() and table.rowCount() == 2
        rows = [[table.item(r, c).text() for c in range(table.columnCount())]
                for r in range(table.rowCount())]
        assert rows[0] == [f"{FILE[:-5]}, plain", REPO, "Text Generation", "MMLU", "accuracy",
                           "63.21", "Open LLM Leaderboard"]
        assert rows[1][5:] == ["0.4171", "(verified by the Hub)"]
        assert table.item(0, 6).toolTip() == "https://example.org/board"
        assert "Publisher's claims" in dialog.claims.heading.text()
        assert "not measured here" in dialog.claims.heading.text()
        numbers = {dialog.table.item(r, c).text() for r in range(dialog.table.rowCount())
                   for c in range(dialog.table.columnCount())}
        assert "63.21" not in numbers  # the ratings table holds the user's numbers only
        dialog.select_source("people")
        assert table.rowCount() == 2 and table.item(0, 0).text() == FILE[:-5]
        bare = LeaderboardDialog(store, rounds=10)  # no claims asked for: no section
        qtbot.addWidget(bare)
        bare.show()
        assert not bare.claims.isVisible()
    finally:
        ctx.close()
