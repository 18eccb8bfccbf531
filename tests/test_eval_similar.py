"""The similar assertion: an answer and the expected text compared by the cosine similarity
of their embeddings, made by a real embedding GGUF in llama.cpp."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest
from embed_gguf import write_tiny_embedder
from scripted_gguf import write_answerer

from chatapp.cli import main
from chatapp.compare.assertions import cosine, make_assertion
from chatapp.compare.config import load_config
from chatapp.errors import UserError

needs_llama = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                                 reason="llama-cpp-python is not installed")

FAR = "The capital of France is Paris."

CONFIG = """\
description: similar
prompts: ["Capital of {{country}}?"]
providers: [answerer]
defaultTest:
  options: {provider: {embedding: EMBEDDER}}
tests:
  - vars: {country: France}
    assert:
      - {type: similar, value: "Paris"}
      - {type: similar, value: "FAR"}
      - {type: not-similar, value: "FAR", threshold: 0.75}
"""


def test_similar_is_read_with_its_threshold_and_provider(tmp_path: Path) -> None:
    plain = make_assertion({"type": "similar", "value": "Paris"})
    assert (plain.threshold, plain.provider, plain.later) == (0.75, None, True)
    named = make_assertion({"type": "not-similar", "value": "x", "threshold": 0.9,
                            "provider": {"id": "bge-small"}})
    assert (named.threshold, named.provider, named.negate) == (0.9, "bge-small", True)
    assert named.similar_passes(0.5) and not named.similar_passes(0.95)
    assert plain.similar_passes(0.75) and not plain.similar_passes(0.7499)
    assert named.describe() == "not-similar: x (< 0.9)"
    assert cosine([3.0, 4.0], [6.0, 8.0]) == pytest.approx(1.0)
    assert cosine([1.0, 0.0], [0.0, 2.0]) == 0.0 and cosine([0.0, 0.0], [1.0, 1.0]) == 0.0
    with pytest.raises(UserError, match="provider must name a model"):
        make_assertion({"type": "similar", "value": "x", "provider": 3}, "line 4")


def test_similar_without_an_embedding_model_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "eval.yaml"
    path.write_text(CONFIG.replace("  options: {provider: {embedding: EMBEDDER}}\n",
                                   "  vars: {}\n"), encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_config(path)
    message = str(caught.value)
    assert "\n" not in message and "similar needs an embedding model" in message
    assert "eval.yaml" in message and "--embedding-model" in message
    assert load_config(path, embedding_given=True).embedding is None
    # an assertion that names its own model needs no default
    path.write_text(CONFIG.replace("  options: {provider: {embedding: EMBEDDER}}\n", "")
                    .replace('{type: similar, value: "Paris"}',
                             '{type: similar, value: "Paris", provider: emb}')
                    .replace("\n      - {type: similar, value: \"FAR\"}", "")
                    .replace('{type: not-similar, value: "FAR", threshold: 0.75}',
                             '{type: not-similar, value: "FAR", provider: emb}'),
                    encoding="utf-8")
    config = load_config(path)
    assert [c.provider for c in config.prompts[0].checks] == ["emb", "emb"]


def _models(home: Path) -> Path:
    models = home / "data" / "models"
    models.mkdir(parents=True)
    write_answerer(models / "answerer.gguf", ["▁Paris"])
    return write_tiny_embedder(models / "tiny-embedder-F32.gguf")


def _independent(embedder: Path, texts: list[str]) -> np.ndarray:
    """The texts' vectors by the documents' embedder (its own worker), as numpy rows."""
    from chatapp.docs.embedder import Embedder

    probe = Embedder(embedder, "probe")
    try:
        return np.array(probe.embed(texts))
    finally:
        probe.close()


@needs_llama
def test_similar_passes_and_fails_by_cosine_of_real_embeddings(chatapp_home: Path,
                                                               tmp_path: Path, capsys) -> None:
    embedder = _models(chatapp_home)
    vectors = _independent(embedder, ["Paris", FAR])
    far = float(vectors[0] @ vectors[1] / np.linalg.norm(vectors[0]) / np.linalg.norm(vectors[1]))
    assert far < 0.75  # this model (fixed seed) puts the two texts this far apart
    config = tmp_path / "similar.yaml"
    config.write_text(CONFIG.replace("EMBEDDER", "tiny-embedder").replace("FAR", FAR),
                      encoding="utf-8")
    out = tmp_path / "out"
    assert main(["eval", "--config", str(config), "--out", str(out), "--max-tokens", "8"]) == 0
    err = capsys.readouterr().err
    assert "Grading 1/3\n" in err and "Grading 3/3, about " in err
    [result] = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines()]
    assert result["answer"] == "Paris" and result["checks"] == [None, None, None]
    grades = [json.loads(x) for x in (out / "grades.jsonl").read_text().splitlines()]
    assert [g["index"] for g in grades] == [0, 1, 2]
    assert [g["passed"] for g in grades] == [True, False, True]
    assert grades[0]["score"] == pytest.approx(1.0, abs=1e-5)
    assert grades[1]["score"] == pytest.approx(far, abs=1e-5)
    assert {g["judge"] for g in grades} == {"tiny-embedder-F32.gguf"}
    assert all(g["tokens"] > 0 and g["seconds"] > 0 for g in grades)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert 'aria-label="Mean similarity"' in page
    assert "Similarity measured by tiny-embedder-F32.gguf: 3 calls" in page  # (no judge)
    assert "<h2>Grading</h2>" in page and "<h2>Judge</h2>" not in page
    assert f"✘ similar: {FAR} (similarity {far:.2f} &lt; 0.75)</div>" in page  # and the limit
    stats = json.loads((out / "stats.json").read_text())
    assert stats["variants"][0]["mean"] == 0.0  # one check failed: the answer fails
    from chatapp.compare.evaluate import load_results
    from chatapp.compare.judge import merge_grades
    from chatapp.compare.report_stats import mean_grades

    merged = merge_grades(load_results(out), out)
    mean = mean_grades(merged, [result["model"]], "similar")[result["model"]]
    assert mean == pytest.approx((1.0 + far) / 2, abs=1e-5)  # the not-similar one left out


@needs_llama
def test_a_chat_model_as_embedding_model_is_refused_before_any_answer(
        chatapp_home: Path, tmp_path: Path, capsys) -> None:
    _models(chatapp_home)
    config = tmp_path / "similar.yaml"
    config.write_text(CONFIG.replace("EMBEDDER", "tiny-embedder").replace("FAR", FAR),
                      encoding="utf-8")
    out = tmp_path / "out"
    assert main(["eval", "--config", str(config), "--out", str(out),
                 "--embedding-model", "answerer"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == ("chatapp: answerer.gguf is not an embedding model: choose one that turns "
                   "text into vectors (nomic-embed, bge, e5, gte…).")
    assert not (out / "results.jsonl").exists()
    assert main(["eval", "--config", str(config), "--out", str(out),
                 "--embedding-model", "no-such-model"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no-such-model" in err
