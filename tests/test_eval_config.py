"""Evaluation configs in promptfoo's YAML shape, their assertions and variants, run from the
command line on the starter model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chatapp.cli import main
from chatapp.compare.assertions import make_assertion
from chatapp.compare.config import load_config
from chatapp.errors import UserError

# each local assertion type: (assertion, an answer that passes, one that fails)
CASES = [
    ({"type": "equals", "value": "Paris"}, " Paris\n", "Paris, France"),
    ({"type": "contains", "value": "Paris"}, "It is Paris.", "It is paris."),
    ({"type": "icontains", "value": "PARIS"}, "it is paris", "it is Lyon"),
    ({"type": "regex", "value": r"^\d{4}$"}, "1969", "in 1969"),
    ({"type": "is-json"}, '```json\n{"a": 1}\n```', 'Here: {"a": 1}'),
    ({"type": "contains-json"}, 'Here: {"a": [1, 2]} ok', "Here: {a: 1}"),
    ({"type": "not-contains", "value": "sorry"}, "Paris", "I am sorry"),
    ({"type": "not-regex", "value": "[0-9]"}, "no digits", "4 digits"),
    ({"type": "max_length", "value": 5}, " Paris \n", "Paris!!"),  # as in .jsonl files
]


@pytest.mark.parametrize(("data", "good", "bad"), CASES)
def test_every_local_assertion_type_passes_and_fails(data: dict, good: str, bad: str) -> None:
    assertion = make_assertion(data)
    assert assertion.passes(good) is True
    assert assertion.passes(bad) is False


def test_latency_assertion_reads_the_answers_duration() -> None:
    assertion = make_assertion({"type": "latency", "threshold": 500})
    assert assertion.passes("x", duration_s=0.4) and not assertion.passes("x", duration_s=0.6)
    assert not assertion.passes("x", duration_s=None)
    assert assertion.describe() == "latency ≤ 500 ms"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "eval.yaml"
    path.write_text(text, encoding="utf-8")
    return path


BASE = """\
description: capitals
prompts:
  - "Capital of {{country}}?"
  - label: chat
    raw:
      - {role: system, content: "Answer in one word."}
      - {role: user, content: "Which city is the capital of {{country}}?"}
providers:
  - tiny
  - id: other
    label: warm
    config: {system: "Be warm.", temperature: 0.7, max_tokens: 9,
             adapters: [{path: a.gguf, scale: 0.5}]}
defaultTest:
  vars: {country: France}
  assert: [{type: icontains, value: Paris}]
tests:
  - description: france
  - description: japan
    vars: {country: Japan}
    assert: [{type: regex, value: "Tok"}, {type: latency, threshold: 900}]
evaluateOptions: {repeat: 3, maxConcurrency: 4}
"""


def test_config_makes_variants_and_tests(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path, BASE))
    assert config.name == "capitals" and config.repeats == 3 and config.together == 4
    assert [v.name for v in config.variants] == ["tiny · prompt 1", "tiny · chat",
                                                 "warm · prompt 1", "warm · chat"]
    plain, chat, warm, warm_chat = config.variants
    assert plain.system is None and chat.system == "Answer in one word."
    assert warm.system == warm_chat.system == "Be warm."  # the provider's wins
    assert warm.params == {"temperature": 0.7, "max_tokens": 9}
    assert [(a.path, a.scale) for a in warm.adapters] == [(str(tmp_path / "a.gguf"), 0.5)]
    france, japan = config.prompts
    assert (france.id, france.text) == ("france", "Capital of France?")
    assert japan.text == "Capital of Japan?"
    assert chat.user_text(japan) == "Which city is the capital of Japan?"
    assert [a.describe() for a in japan.checks] == ["icontains: Paris", "regex: Tok",
                                                    "latency ≤ 900 ms"]
    assert chat.messages(france) == [
        {"role": "system", "content": "Answer in one word."},
        {"role": "user", "content": "Which city is the capital of France?"}]
    params = warm.merged_params({"temperature": 0.0, "seed": 1})
    assert params["temperature"] == 0.7 and params["seed"] == 1
    assert params["variant"] == "warm · prompt 1" and params["system_prompt"] == "Be warm."
    assert params["adapters"] == [{"path": str(tmp_path / "a.gguf"), "scale": 0.5}]
    assert warm.describe()["adapters"] == params["adapters"] and not warm.plain


@pytest.mark.parametrize(("kind"), ["javascript", "python", "not-python"])
def test_code_assertions_are_refused_with_the_line(tmp_path: Path, kind: str) -> None:
    text = BASE.replace('{type: regex, value: "Tok"}', f'{{type: {kind}, value: "1 == 1"}}')
    with pytest.raises(UserError) as caught:
        load_config(_write(tmp_path, text))
    message = str(caught.value)
    assert "\n" not in message and "eval.yaml line 21" in message and kind in message


@pytest.mark.parametrize(("change", "words"), [
    (("temperature: 0.7", "temprature: 0.7"), ("line 12", "temprature")),
    (("threshold: 900", "threshold: fast"), ("line 21", "number")),
    (("repeat: 3", "repeat: 0"), ("line 22", "repeat")),
    (("maxConcurrency: 4", "maxConcurrency: many"), ("line 22", "maxConcurrency")),
    (("{type: icontains, value: Paris}", "{type: sounds-like, value: Paris}"),
     ("line 16", "sounds-like")),
    (("- tiny", "- {label: no-id}"), ("line 9", "id")),
    (("temperature: 0.7", "temperature: hot"),
     ("line 12", "temperature must be a number from 0.0 to 5.0")),
    (("max_tokens: 9", "max_tokens: 2.5"),
     ("line 12", "max_tokens must be a whole number from 1 to 32768")),
    (("temperature: 0.7", "temperature: true"), ("line 12", "temperature must be a number")),
    (("max_tokens: 9", "seed: -7"), ("line 12", "seed must be a whole number from -1")),
    (('{type: regex, value: "Tok"}', "{type: max_length, value: short}"),
     ("line 21", "max_length assertion needs a whole number")),
    (("vars: {country: France}", "vars: {nation: France}"),
     ("eval.yaml line 18: the prompt uses {{ country }}", "(they give: nation)")),
])
def test_a_bad_config_is_one_line_naming_where(tmp_path: Path, change: tuple[str, str],
                                               words: tuple[str, str]) -> None:
    with pytest.raises(UserError) as caught:
        load_config(_write(tmp_path, BASE.replace(*change)))
    message = str(caught.value)
    assert "\n" not in message
    for word in words:
        assert word in message


def test_a_list_that_is_not_one_is_named_at_its_own_line(tmp_path: Path) -> None:
    """Was: "line 1" for whichever of prompts, providers and tests was wrong."""
    for text, line, key in (('prompts: "one prompt"\nproviders: hello\ntests: 5\n', 2,
                             "providers"),
                            ("prompts: [hi]\nproviders: [tiny]\ntests: 5\n", 3, "tests")):
        with pytest.raises(UserError) as caught:
            load_config(_write(tmp_path, text))
        assert str(caught.value) == f"eval.yaml line {line}: {key} must be a non-empty list."


@pytest.mark.parametrize("text", ["not: [yaml", "not: [yaml\n"])
def test_yaml_that_ends_too_soon_names_its_last_line(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match=r"^bad\.yaml line 1 is not valid YAML"):
        load_config(path)


def test_prompts_may_be_one_string_or_a_file_as_promptfoo_takes_them(tmp_path: Path) -> None:
    text = ("prompts: PROMPTS\nproviders: [tiny]\n"
            "tests:\n  - vars: {country: France}\n")
    one = load_config(_write(tmp_path, text.replace("PROMPTS", "'Capital of {{country}}?'")))
    assert [p.text for p in one.prompts] == ["Capital of France?"]
    (tmp_path / "ask.txt").write_text("Which city rules {{country}}?", encoding="utf-8")
    read = load_config(_write(tmp_path, text.replace("PROMPTS", "file://ask.txt")))
    assert [p.text for p in read.prompts] == ["Which city rules France?"]
    with pytest.raises(UserError) as caught:  # a missing file: said, not "a non-empty list"
        load_config(_write(tmp_path, text.replace("PROMPTS", "file://nope.txt")))
    assert "nope.txt" in str(caught.value) and "list" not in str(caught.value)
    with pytest.raises(UserError) as caught:  # tests from another file: not read here
        load_config(_write(tmp_path, "prompts: [hi]\nproviders: [tiny]\n"
                                     "tests: file://tests.csv\n"))
    assert str(caught.value) == ("eval.yaml line 3: tests read from another file "
                                 "(file://tests.csv) is not supported here: list them in this "
                                 "file.")


def test_malformed_yaml_gives_one_line_with_the_line_number(tmp_path: Path, capsys) -> None:
    path = _write(tmp_path, BASE.replace("  - tiny\n", "  - tiny\n   bad: [\n"))
    assert main(["eval", "--config", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "eval.yaml line 10" in err and "YAML" in err
    assert "Traceback" not in err
    rubric = BASE.replace('{type: regex, value: "Tok"}', '{type: llm-rubric, value: "Names it"}')
    with pytest.raises(UserError, match="judge"):
        load_config(_write(tmp_path, rubric))


STARTER = """\
description: starter variants
prompts: ["Answer in one word. What is the capital of {{country}}?"]
providers:
  - id: gemma-3-270m-q4_k_m
    label: plain
  - id: gemma-3-270m-q4_k_m
    label: pirate
    config: {system: "You are a pirate. Always answer like a pirate.", seed: 7}
tests:
  - vars: {country: France}
    assert: [{type: icontains, value: Paris}, {type: not-icontains, value: "sorry"}]
  - vars: {country: Japan}
    assert: [{type: icontains, value: Tokyo}, {type: latency, threshold: 600000}]
evaluateOptions: {repeat: 2}
"""


def test_config_runs_variants_on_the_starter_model(starter_home: Path, tmp_path: Path,
                                                   capsys) -> None:
    path = _write(tmp_path, STARTER)
    out = tmp_path / "out"
    assert main(["eval", "--config", str(path), "--out", str(out), "--max-tokens", "12",
                 "--temperature", "0.8"]) == 0
    err = capsys.readouterr().err
    # (the first answers give no time left: too soon to tell a pace, see evaluate._eta; a
    # run of seconds none at all, but on a busy machine it may take longer)
    assert "8/8 answered" in err
    assert not any("left" in line for line in err.splitlines()
                   if line.startswith(("1/8 ", "2/8 ", "3/8 ")))
    results = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert sorted((r["model"], r["prompt_id"], r["repeat"], r["seed"]) for r in results) == [
        ("pirate", "1", 0, 7), ("pirate", "1", 1, 8), ("pirate", "2", 0, 7),
        ("pirate", "2", 1, 8), ("plain", "1", 0, 1), ("plain", "1", 1, 2),
        ("plain", "2", 0, 1), ("plain", "2", 1, 2)]
    assert all(len(r["checks"]) == 2 and None not in r["checks"] for r in results)
    assert {r["model_file"] for r in results} == {"gemma-3-270m-q4_k_m.gguf"}
    run = json.loads((out / "run.json").read_text())
    assert run["repeats"] == 2 and run["variants"][1]["system"].startswith("You are a pirate")
    from chatapp.context import open_app

    app = open_app()
    try:  # each answer's row says which variant made it, with which system prompt and seed
        for r in results:
            stored = app.store.message(r["message_id"])
            params = json.loads(stored.params) if isinstance(stored.params, str) \
                else stored.params
            assert params["variant"] == r["model"] and params["seed"] == r["seed"]
            assert ("system_prompt" in params) == (r["model"] == "pirate")
            assert stored.content == r["answer"]
    finally:
        app.close()
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "pirate" in page and "plain" in page and "icontains: Tokyo" in page
    # a chart per metric, per variant; memory as the model's process measured it
    assert all(r["peak_rss_bytes"] > 50e6 for r in results)
    # each answer's own peak, and the note says so (was: the process's peak since it began)
    assert all(r["peak_own"] for r in results)
    assert "started again as each answer began" in page
    for chart in ("Pass rate (%)", "Median tokens/s", "Median time to first token (s)",
                  "Peak memory (MB)"):
        assert f'aria-label="{chart}"' in page
    peak = max(r["peak_rss_bytes"] for r in results if r["model"] == "plain") / 1e6
    assert f"<td class=num>{peak:.0f} MB</td>" in page
    assert (out / "summary.csv").read_text().splitlines()[0].endswith(
        ",peak_memory_mb,min_tokens_per_s,max_tokens_per_s")
    # run again: nothing is answered twice
    assert main(["eval", "--config", str(path), "--out", str(out), "--max-tokens", "12",
                 "--temperature", "0.8"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("All 8 answers are in this folder already: nothing new to run")
    assert "already done" not in err
    assert len((out / "results.jsonl").read_text().splitlines()) == 8


def test_a_provider_answers_from_document_collections(tmp_path: Path) -> None:
    from chatapp.compare.variants import of_model
    from chatapp.docs.variant import DocsVariant

    text = BASE.replace("adapters: [{path: a.gguf, scale: 0.5}]",
                        "adapters: [{path: a.gguf, scale: 0.5}], docs: Handbook")
    assert text != BASE
    warm = load_config(_write(tmp_path, text)).variants[2]
    assert warm.docs == ["Handbook"] and warm.describe()["docs"] == ["Handbook"]
    assert warm.merged_params({})["docs"] == ["Handbook"]
    with pytest.raises(UserError) as caught:
        load_config(_write(tmp_path, text.replace("docs: Handbook", "docs: [3]")))
    assert "docs must name document collections" in str(caught.value)
    assert "\n" not in str(caught.value)

    class Model:  # what the catalogue resolves: only its file names matter here
        file_name = shared_file_name = "tiny.gguf"

    variant = of_model(DocsVariant(Model(), ["Handbook"]))  # chatapp eval --docs
    assert (variant.name, variant.model, variant.docs) == ("tiny.gguf + Handbook",
                                                           "tiny.gguf", ["Handbook"])
    assert variant.merged_params({})["docs"] == ["Handbook"] and not variant.plain


def test_the_readme_example_config_loads(tmp_path: Path) -> None:
    import re

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    (block,) = [b for b in re.findall(r"```yaml\n(.*?)```", readme, re.S) if "providers:" in b]
    path = tmp_path / "readme.yaml"
    path.write_text(block, encoding="utf-8")
    config = load_config(path)
    assert [p.text for p in config.prompts] == ["What is the capital of France?"]


def test_a_config_is_checked_before_anything_runs(tiny_home: Path, tmp_path: Path,
                                                  capsys) -> None:
    path = _write(tmp_path, 'prompts: ["Say {{word}}"]\nproviders:\n  - id: tiny-llama-F32\n'
                            '    config: {docs: [Nope]}\ntests:\n  - vars: {word: hi}\n')
    out = tmp_path / "out"
    assert main(["eval", "--config", str(path), "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == (
        "chatapp: There is no document collection named Nope.")
    assert not (out / "results.jsonl").exists()
    assert main(["eval", "--config", str(path), "--models", "tiny-llama-F32", "--docs", "X",
                 "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == (
        "chatapp: The config file names the models, prompts, checks and documents: leave out "
        "--models, --docs, or change the file.")
