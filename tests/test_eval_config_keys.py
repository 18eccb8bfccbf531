"""A key of an evaluation config that the app does not read is refused before anything runs,
in one line naming the file, the key's line and the closest key it knows: never ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatapp.cli import main
from chatapp.compare.config import load_config
from chatapp.errors import UserError

CONFIG = """\
description: keys
prompts:
  - "Capital of {{country}}?"
  - label: chat
    raw:
      - {role: system, content: "Answer in one word."}
      - {role: user, content: "Which city is the capital of {{country}}?"}
providers:
  - id: tiny-llama-F32
    label: warm
    config:
      temperature: 0.7
      adapters: [{path: a.gguf, scale: 0.5}]
defaultTest:
  vars: {country: France}
  options:
    provider: {text: {id: judge}, embedding: embedder}
tests:
  - description: france
    vars: {country: France}
    assert:
      - type: icontains
        value: Paris
      - {type: similar, value: Paris, threshold: 0.5, provider: {id: embedder}}
evaluateOptions: {repeat: 2}
"""

# (the change, the line it is on, the key, the key suggested or None)
MISSPELT = [
    (("tests:\n", "test:\n"), 18, "test", "tests"),
    (("providers:\n", "provider:\n"), 8, "provider", "providers"),
    (("description: keys", "descripton: keys"), 1, "descripton", "description"),
    (("evaluateOptions:", "evaluateOption:"), 25, "evaluateOption", "evaluateOptions"),
    (("    assert:\n", "    asert:\n"), 21, "asert", "assert"),
    (("  options:\n", "  option:\n"), 16, "option", "options"),
    (("        value: Paris\n", "        valeu: Paris\n"), 23, "valeu", "value"),
    (("threshold: 0.5", "treshold: 0.5"), 24, "treshold", "threshold"),
    (("provider: {id: embedder}", "provider: {idd: embedder}"), 24, "idd", "id"),
    (("  - label: chat", "  - lable: chat"), 4, "lable", "label"),
    (("{role: system, content:", "{role: system, contents:"), 6, "contents", "content"),
    (("    label: warm", "    labl: warm"), 10, "labl", "label"),
    (("      temperature: 0.7", "      temprature: 0.7"), 12, "temprature", "temperature"),
    (("scale: 0.5", "scael: 0.5"), 13, "scael", "scale"),
    (("  vars: {country: France}\n  options", "  var: {country: France}\n  options"), 15,
     "var", "vars"),
    (("    provider: {text:", "    providers: {text:"), 17, "providers", "provider"),
    (("{text: {id: judge}", "{txt: {id: judge}"), 17, "txt", "text"),
    (("{id: judge}", "{name: judge}"), 17, "name", None),
    (("{repeat: 2}", "{repeats: 2}"), 25, "repeats", "repeat"),
    (("  - description: france\n", "  - description: france\n    metadata: {a: 1}\n"), 20,
     "metadata", None),
]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "eval.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_config_with_every_key_it_knows_loads(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path, CONFIG))
    assert (config.judge, config.embedding, config.repeats) == ("judge", "embedder", 2)
    assert [a.type for a in config.prompts[0].checks] == ["icontains", "similar"]


@pytest.mark.parametrize(("change", "line", "key", "near"), MISSPELT)
def test_an_unknown_key_at_any_level_names_its_line_and_the_nearest_key(
        tmp_path: Path, change: tuple[str, str], line: int, key: str, near: str | None) -> None:
    text = CONFIG.replace(*change)
    assert text != CONFIG
    with pytest.raises(UserError) as caught:
        load_config(_write(tmp_path, text))
    expected = f"eval.yaml line {line}: unknown key “{key}”"
    assert str(caught.value) == (expected + f" (did you mean “{near}”?)" if near
                                 else expected + ".")


def test_a_misspelt_key_stops_the_command_before_anything_runs(tiny_home: Path,
                                                               tmp_path: Path,
                                                               capsys) -> None:
    out = tmp_path / "out"
    path = _write(tmp_path, 'prompts: ["Say {{word}}"]\nproviders: [tiny-llama-F32]\ntests:\n'
                            '  - vars: {word: hi}\n    asert: [{type: contains, value: hi}]\n')
    assert main(["eval", "--config", str(path), "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == (
        "chatapp: eval.yaml line 5: unknown key “asert” (did you mean “assert”?)")
    assert not out.exists()
    path.write_text('prompts: ["Say hi"]\nprovider: [tiny-llama-F32]\ntests:\n  - vars: {}\n',
                    encoding="utf-8")
    assert main(["eval", "--config", str(path), "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == (
        "chatapp: eval.yaml line 2: unknown key “provider” (did you mean “providers”?)")
    assert not out.exists()


@pytest.mark.parametrize(("kind", "near"), [("icontain", "icontains"),
                                             ("not-contain", "not-contains"),
                                             ("llm_rubric", "llm-rubric"),
                                             ("sounds-like", None)])
def test_an_unknown_assertion_type_suggests_the_nearest(tmp_path: Path, kind: str,
                                                        near: str | None) -> None:
    with pytest.raises(UserError) as caught:
        load_config(_write(tmp_path, CONFIG.replace("type: icontains", f"type: {kind}")))
    expected = f"eval.yaml line 22: unknown assertion type {kind}"
    assert str(caught.value) == (expected + f" (did you mean {near}?)" if near
                                 else expected + ".")


@pytest.mark.parametrize(("change", "message"), [
    (("    assert:\n      - type: icontains\n        value: Paris\n      - {type: similar, "
      "value: Paris, threshold: 0.5, provider: {id: embedder}}\n",
      "    assert: {type: icontains, value: Paris}\n"),
     "eval.yaml line 21: assert must be a list."),
    (("  - description: france\n", "  - description: france\n    description: again\n"),
     "eval.yaml line 20: the key “description” is given twice."),
    (("    vars: {country: France}\n    assert", "    vars: [France]\n    assert"),
     "eval.yaml line 20: vars must be a mapping."),
    (("evaluateOptions: {repeat: 2}", "evaluateOptions: 2"),
     "eval.yaml line 25: evaluateOptions must be a mapping."),
    (("adapters: [{path: a.gguf, scale: 0.5}]", "adapters: {path: a.gguf}"),
     "eval.yaml line 13: adapters must be a list."),
])
def test_a_value_of_the_wrong_shape_or_a_key_given_twice_is_refused(
        tmp_path: Path, change: tuple[str, str], message: str) -> None:
    text = CONFIG.replace(*change)
    assert text != CONFIG
    with pytest.raises(UserError) as caught:
        load_config(_write(tmp_path, text))
    assert str(caught.value) == message
