"""Repeats: mean, spread, pass@k and the paired bootstrap, against numpy computed apart."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from chatapp.compare.evaluate import PairResult
from chatapp.compare.prompts import Prompt
from chatapp.compare.report import write_report
from chatapp.compare.stats import differences, paired_bootstrap, pass_at_k, repeat_stats


def _numpy_pass_at_k(n: int, c: int, k: int) -> float:
    """The numerically stable product form of Chen et al.'s estimator."""
    if n - c < k:
        return 1.0
    return float(1.0 - np.prod(1.0 - k / np.arange(n - c + 1, n + 1)))


@pytest.mark.parametrize(("n", "c", "k"), [(3, 0, 1), (3, 1, 1), (3, 1, 2), (3, 2, 3),
                                           (10, 3, 5), (20, 1, 10), (5, 5, 2)])
def test_pass_at_k_matches_the_product_form(n: int, c: int, k: int) -> None:
    assert pass_at_k(n, c, k) == pytest.approx(_numpy_pass_at_k(n, c, k), abs=1e-12)


def test_paired_bootstrap_matches_numpy_to_1e_6() -> None:
    gen = np.random.default_rng(5)
    a = gen.random(20)
    b = a - 0.1 + gen.normal(0, 0.05, 20)
    rounds, seed = 3000, 42
    mean, low, high = paired_bootstrap(list(a), list(b), rounds, seed)
    rng = random.Random(seed)  # the draws, as documented: randrange(n), round by round
    idx = np.array([[rng.randrange(20) for _ in range(20)] for _ in range(rounds)])
    means = (a - b)[idx].mean(axis=1)
    want_low, want_high = np.percentile(means, [2.5, 97.5])
    assert mean == pytest.approx(float(np.mean(a - b)), abs=1e-9)
    assert abs(low - want_low) < 1e-6 and abs(high - want_high) < 1e-6
    assert low > 0  # a is better by about 0.1 on every prompt


def _results(rates: dict[str, list[list[bool]]]) -> list[PairResult]:
    """PairResults from {variant: [[passed per repeat] per prompt]}."""
    out = []
    for variant, prompts in rates.items():
        for p, repeats in enumerate(prompts):
            for k, ok in enumerate(repeats):
                out.append(PairResult(str(p), variant, "key", 1, 1, "x", "stop",
                                      checks=[ok], repeat=k, seed=1 + k))
    return out


def test_repeat_stats_and_significance_marks(tmp_path: Path) -> None:
    gen = np.random.default_rng(1)
    good = (gen.random((20, 3)) < 0.9).tolist()
    bad = (gen.random((20, 3)) < 0.2).tolist()
    same = [list(row) for row in good]
    same[0][0] = not same[0][0]
    results = _results({"base": good, "worse": bad, "same": same})
    stats = repeat_stats(results, "worse")
    arr = np.array(bad, dtype=float)
    assert stats.k == 3
    assert stats.mean == pytest.approx(arr.mean(), abs=1e-12)
    assert stats.spread == pytest.approx(np.std(arr.mean(axis=0), ddof=1), abs=1e-12)
    want = np.mean([_numpy_pass_at_k(3, int(row.sum()), 3) for row in arr])
    assert stats.pass_at_k == pytest.approx(want, abs=1e-12)
    diffs = {d.variant: d for d in differences(results, ["base", "worse", "same"])}
    assert diffs["worse"].significant and diffs["worse"].high < 0
    assert not diffs["same"].significant
    prompts = [Prompt(str(p), f"prompt {p}") for p in range(20)]
    page = write_report(tmp_path, "set", prompts, ["base", "worse", "same"], results).read_text()
    assert "Repeats and significance" in page and page.count("✱ significant") == 1
    assert "With repeats, the 95% CI is one over the prompts" in page  # (wider than Wilson's)
    assert "Spread between repeats: the standard deviation of the pass rates" in page
    assert "pass@k: the share of prompts that at least one of a prompt" in page
    assert "60 of 180 answers" not in page and "180 of 180 answers" in page
    # the side-by-side table shows every repeat's answer, each with its number and seed
    side = page[page.index("Answers side by side"):]
    assert side.count("Answer 1 (seed 1)") == side.count("Answer 3 (seed 3)") == 20 * 3
    saved = json.loads((tmp_path / "stats.json").read_text())
    assert [d["significant"] for d in saved["differences"]] == [True, False]


def test_a_difference_over_too_few_prompts_is_never_called_significant(tmp_path: Path) -> None:
    """Two prompts that both go one way: the bootstrap's interval is [+100%, +100%], yet two
    prompts cannot tell a difference from chance; the report says how many prompts each
    difference stands on."""
    results = _results({"base": [[False], [False]], "better": [[True], [True]]})
    diff = differences(results, ["base", "better"])[0]
    assert (diff.mean, diff.low, diff.high, diff.prompts) == (1.0, 1.0, 1.0, 2)
    assert not diff.enough and not diff.significant
    prompts = [Prompt(str(p), f"prompt {p}") for p in range(2)]
    page = write_report(tmp_path, "set", prompts, ["base", "better"], results).read_text()
    assert "significant" not in page.split("Repeats and significance")[1].split("</p>", 1)[1]
    assert "+100.0% [+100.0%, +100.0%] <span class=meta>(2 prompts)</span>" in page
    assert "too few prompts to tell (it takes 6)" in page
    # six that all go one way are
    results = _results({"base": [[False]] * 6, "better": [[True]] * 6})
    assert differences(results, ["base", "better"])[0].significant


def test_a_report_without_checks_has_no_pass_rate_chart_and_keeps_the_prompts_order(
        tmp_path: Path) -> None:
    import csv

    long = "a-model-with-a-name-far-too-long-for-the-chart-Q4_K_M.gguf + Handbook"
    prompts = [Prompt(str(i), f"question {i}", []) for i in range(1, 5)]
    # as answers made together end: not in the prompts' order
    results = [PairResult(p, v, "key", 1, 1, f"{v} on {p}", "stop", tokens_per_s=5.0)
               for p, v in [("2", long), ("1", long), ("1", "b"), ("4", long), ("3", long),
                            ("3", "b"), ("2", "b"), ("4", "b")]]
    (tmp_path / "run.json").write_text('{"together": 4}', encoding="utf-8")
    page = write_report(tmp_path, "set", prompts, [long, "b"], results).read_text()
    assert 'aria-label="Pass rate (%)"' not in page and 'aria-label="Median tokens/s"' in page
    # what an answer's tokens/s is, and its text, when answers were made together
    assert "Up to 4 answers of a model were made at once (decoded together)" in page
    assert f"<title>{long}</title>" in page and long[:31] + "…" in page
    text = (tmp_path / "answers.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert [(r["prompt_id"], r["model"]) for r in rows] == [
        (p, v) for p in "1234" for v in (long, "b")]


def test_the_judge_section_says_comparisons_set_first_answers_side_by_side(
        tmp_path: Path) -> None:
    """With repeats, a comparison of two variants is of their first answers: the report says
    so (their later answers are in no comparison)."""
    from chatapp.compare.report_stats import judge_section

    record = {"prompt_id": "0", "model_a": "a", "model_b": "b", "outcome": "a",
              "judge": "judge.gguf", "tokens": 10, "seconds": 0.5, "calls": 2}
    (tmp_path / "pairwise.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    note = "Each comparison sets the first answers of two variants to a prompt side by side"
    once = _results({"a": [[True]], "b": [[False]]})
    assert note not in judge_section(tmp_path, once, ["a", "b"])
    twice = _results({"a": [[True, True]], "b": [[False, True]]})
    section = judge_section(tmp_path, twice, ["a", "b"])
    assert note in section and "Judged by judge.gguf: 2 calls" in section


def test_a_speed_not_known_is_not_drawn_as_zero_and_one_token_is_singular(
        tmp_path: Path) -> None:
    """One-token answers have no tokens/s: such a variant is left out of the speed chart
    (was: drawn at 0 tokens/s, as the slowest), and its answers say "1 token"."""
    from chatapp.compare.prompts import Check

    prompts = [Prompt(str(i), f"question {i}", [Check("contains", "a")]) for i in (1, 2)]
    results = [PairResult(p, "fast", "key", 1, 1, "a b c", "stop", tokens_per_s=40.0,
                          completion_tokens=3, checks=[True]) for p in "12"]
    results += [PairResult(p, "terse", "key", 1, 1, "a", "stop", tokens_per_s=None,
                           completion_tokens=1, checks=[True]) for p in "12"]
    page = write_report(tmp_path, "set", prompts, ["fast", "terse"], results).read_text()
    chart = page[page.index('aria-label="Speed versus pass rate'):]
    chart = chart[:chart.index("</svg>")]
    assert ">fast</text>" in chart and ">terse</text>" not in chart
    assert "– tok/s · 1 token · " in page and "40.0 tok/s · 3 tokens · " in page
    only_terse = write_report(tmp_path, "set", prompts, ["terse"], results[2:]).read_text()
    assert 'aria-label="Speed versus pass rate' not in only_terse
