"""Numbers over repeated answers: per-variant mean and spread, pass@k, and the paired
bootstrap that says whether two variants really differ on the same prompts."""

from __future__ import annotations

import math
import random
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from chatapp.compare.evaluate import PairResult
from chatapp.compare.ratings import _percentile

ROUNDS = 2000


@dataclass
class RepeatStats:
    """One variant over its repeats: mean pass rate over prompts, its spread between
    repeats (sample standard deviation of each repeat's pass rate; None with one repeat),
    pass@k (k: the repeats) and the per-prompt pass rates (prompt id -> 0..1)."""

    variant: str
    k: int
    mean: float | None
    spread: float | None
    pass_at_k: float | None
    per_prompt: dict[str, float]


# the fewest shared prompts a difference is called significant on: with fewer, even prompts
# that all go the same way are within chance (a two-sided sign test's p = 2 × 0.5^n is over
# 0.05 up to n = 5), where a bootstrap over so few values draws a narrow interval
MIN_PROMPTS = 6


@dataclass
class Difference:
    """variant minus baseline on the prompts both were graded on: the mean difference of
    per-prompt pass rates and its 95% paired bootstrap interval; significant when the
    interval excludes zero."""

    variant: str
    baseline: str
    mean: float
    low: float
    high: float
    prompts: int

    @property
    def enough(self) -> bool:
        """Whether there are prompts enough to tell a difference at all (MIN_PROMPTS)."""
        return self.prompts >= MIN_PROMPTS

    @property
    def significant(self) -> bool:
        """The interval excludes zero, over MIN_PROMPTS prompts or more."""
        return self.enough and (self.low > 0 or self.high < 0)


def pass_at_k(n: int, c: int, k: int) -> float:
    """The unbiased pass@k of one prompt (Chen et al. 2021): the chance that at least one of
    k answers drawn from n, of which c passed, passes."""
    if k > n:
        raise ValueError("k must not exceed n")
    if n - c < k:
        return 1.0
    return 1.0 - math.comb(n - c, k) / math.comb(n, k)


def repeat_stats(results: Sequence[PairResult], variant: str) -> RepeatStats:
    """The numbers of one variant (graded answers only)."""
    mine = [r for r in results if r.model == variant and r.passed is not None]
    by_prompt: dict[str, list[bool]] = defaultdict(list)
    by_repeat: dict[int, list[bool]] = defaultdict(list)
    for r in mine:
        by_prompt[r.prompt_id].append(bool(r.passed))
        by_repeat[r.repeat].append(bool(r.passed))
    k = min((len(v) for v in by_prompt.values()), default=0)
    per_prompt = {p: sum(v) / len(v) for p, v in by_prompt.items()}
    mean = statistics.fmean(per_prompt.values()) if per_prompt else None
    rates = [sum(v) / len(v) for v in by_repeat.values()]
    spread = statistics.stdev(rates) if len(rates) > 1 else None
    at_k = statistics.fmean(pass_at_k(len(v), sum(v), k) for v in by_prompt.values()) \
        if k else None
    return RepeatStats(variant, k, mean, spread, at_k, per_prompt)


def paired_bootstrap(a: Sequence[float], b: Sequence[float], rounds: int = ROUNDS,
                     seed: int = 0) -> tuple[float, float, float]:
    """(mean of a - b, 2.5th and 97.5th percentile of the resampled means: linear
    interpolation, as numpy's default) over paired values, each of the rounds drawing
    len(a) prompt indices with replacement by random.Random(seed).randrange, round by round;
    ValueError when empty or of unequal length."""
    if len(a) != len(b) or not a:
        raise ValueError("paired values of equal, non-zero length are needed")
    diffs = [x - y for x, y in zip(a, b, strict=True)]
    rng, n = random.Random(seed), len(diffs)
    means = [math.fsum(diffs[rng.randrange(n)] for _ in range(n)) / n for _ in range(rounds)]
    return math.fsum(diffs) / len(diffs), _percentile(means, 2.5), _percentile(means, 97.5)


def differences(results: Sequence[PairResult], variants: Sequence[str],
                rounds: int = ROUNDS, seed: int = 0) -> list[Difference]:
    """Each variant after the first against the first (the baseline), on shared prompts."""
    if len(variants) < 2:
        return []
    base = repeat_stats(results, variants[0]).per_prompt
    out = []
    for variant in variants[1:]:
        mine = repeat_stats(results, variant).per_prompt
        shared = [p for p in base if p in mine]
        if not shared:
            continue
        mean, low, high = paired_bootstrap([mine[p] for p in shared], [base[p] for p in shared],
                                           rounds, seed)
        out.append(Difference(variant, variants[0], mean, low, high, len(shared)))
    return out
