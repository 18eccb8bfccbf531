"""What `chatapp eval` shows under its summary in the terminal says what its report says: how
the answers were made (one at a time or -j N at once) and the judge's pairwise verdicts
(real `chatapp` processes, scripted models in real llama.cpp)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import scripted_gguf
from scripted_gguf import write_scripted

pytestmark = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                                reason="llama-cpp-python is not installed")

TEMPLATE = ("{{ bos_token }}{% for m in messages %}{% if m['role'] == 'assistant' %}<|assistant|>"
            "{{ m['content'] }}</s>{% else %}<|user|>{{ m['content'] }}{% endif %}{% endfor %}"
            "{% if add_generation_prompt %}<|assistant|>{% endif %}")
# a judge that prefers the answer "Paris", wherever it is shown: its prompt ends in <|a|>
# when Paris is answer A, else in <|b|>, and its script goes on from there with A or B
JUDGE = TEMPLATE.replace("<|assistant|>{% endif %}", "<|assistant|>{% if '<Answer A>\\nParis' "
                         "in messages[-1]['content'] %}<|a|>{% else %}<|b|>{% endif %}{% endif %}")
SPECIALS = [("<|user|>", "control"), ("<|assistant|>", "control"), ("<|a|>", "control"),
            ("<|b|>", "control")]


def _eval(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", "eval", "--max-tokens", "8", *args],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, **env})


def _tail(stdout: str) -> list[str]:
    """The lines between the summary table (its head and two variants) and the report's."""
    lines = stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(("Variant", "Varian")))
    return [line.rstrip() for line in lines[start + 3:-1]]


def test_the_terminal_summary_says_how_answers_were_made_and_who_won(
        chatapp_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """was: the terminal's summary ended with the pass rates: -j and the judge's verdicts
    were only in report.html."""
    monkeypatch.setattr(scripted_gguf, "N_CTX", 4096)  # (a judge's prompt is long here)
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    for name, word in (("paris", "▁Paris"), ("rome", "▁Rome")):
        write_scripted(models / f"{name}.gguf", template=TEMPLATE, specials=SPECIALS,
                       script=["<|assistant|>", word, "</s>"], name=name)
    write_scripted(models / "judge.gguf", template=JUDGE, specials=SPECIALS,
                   script=["<|a|>", "A", "</s>", "<|b|>", "B", "</s>"], name="judge")
    prompts = tmp_path / "set.jsonl"
    prompts.write_text("".join(json.dumps({"id": i, "prompt": f"Capital {i}?"}) + "\n"
                               for i in ("fr", "it")), encoding="utf-8")
    base = ["--models", "paris,rome", "--prompts", str(prompts)]
    done = _eval(*base, "--out", str(tmp_path / "one"))
    assert done.returncode == 0, done.stderr
    assert _tail(done.stdout) == [
        "Answers made one at a time (-j 1): the same answers in every run."]
    done = _eval(*base, "--out", str(tmp_path / "two"), "-j", "2", "--judge", "judge",
                 "--pairwise")
    assert done.returncode == 0, done.stderr
    assert _tail(done.stdout) == [
        "Up to 2 answers of a model made at once (-j 2): faster, but at a near-tie an answer "
        "may differ from the model's own.",
        "The judge's comparisons (judge.gguf; each pair asked twice, the order swapped):",
        "Variant     Won  Tied  Lost",
        "paris.gguf    2     0     0",
        "rome.gguf     0     0     2"]
    page = (tmp_path / "two" / "report.html").read_text(encoding="utf-8")
    assert "Up to 2 answers of a model were made at once" in page  # (the same as the report)
    # in the user's language, read from the folder's record: nothing is run again
    again = _eval(*base, "--out", str(tmp_path / "two"), "-j", "2", "--judge", "judge",
                  "--pairwise", LANG="ms_MY.UTF-8")
    assert again.returncode == 0, again.stderr
    tail = _tail(again.stdout)
    assert tail[0].startswith("Sehingga 2 jawapan sesuatu model dibuat serentak (-j 2)")
    assert tail[1].startswith("Perbandingan oleh hakim (judge.gguf;")
    assert tail[2:] == ["Varian      Menang  Seri  Kalah",
                        "paris.gguf       2     0      0",
                        "rome.gguf        0     0      2"]


def test_the_terminal_and_the_report_read_a_runs_together_alike() -> None:
    """One reading of run.json's "together" for both (was: each read and checked it on its
    own, free to tell a run apart otherwise)."""
    from chatapp.compare.report_terminal import made_line
    from chatapp.compare.report_variants import together_note

    for value in (None, True, "2", 0, -1, 1.5, 1, 3):
        run = {} if value is None else {"together": value}
        said = value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 \
            else None
        assert bool(made_line(run)) == bool(together_note(run)) == (said is not None), value
        if said is not None:
            assert f"-j {said}" in made_line(run) or said == 1
            assert (str(said) in together_note(run)) or said == 1


def test_the_terminal_counts_the_comparisons_the_report_rates(tmp_path: Path) -> None:
    """The terminal's won/tied/lost are the report rating's tallies of the same votes (was:
    counted apart by hand: a variant set against itself counted a win and a loss in the
    terminal and nothing in the report, and a record without its second name stopped the
    report)."""
    import re

    from chatapp.compare.report_stats import judge_section
    from chatapp.compare.report_terminal import comparison_lines

    def pair(a: object, b: object, outcome: str) -> str:
        return json.dumps({"prompt_id": "0", "model_a": a, "model_b": b, "outcome": outcome,
                           "judge": "judge.gguf", "tokens": 10, "seconds": 0.5,
                           "calls": 2}) + "\n"

    (tmp_path / "pairwise.jsonl").write_text("".join((
        pair("x", "y", "a"), pair("y", "x", "a"), pair("x", "z", "tie"), pair("z", "y", "b"),
        pair("x", "y", "unreadable"), pair("x", "x", "a"), pair("z", None, "a"))),
        encoding="utf-8")
    lines = comparison_lines(tmp_path, ["x", "y", "z"])
    terminal = {row.split()[0]: [int(n) for n in row.split()[1:]] for row in lines[2:]}
    assert terminal == {"x": [1, 1, 1], "y": [2, 0, 1], "z": [0, 1, 1]}
    section = judge_section(tmp_path, [], ["x", "y", "z"])
    report = {name: int(n) for name, n in re.findall(
        r"<tr><td>(\w)</td><td class=num>[^<]*</td><td class=num>(\d+)</td></tr>", section)}
    assert report == {name: sum(counts) for name, counts in terminal.items()}
