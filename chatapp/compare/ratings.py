"""Bradley–Terry ratings from pairwise votes, bootstrap confidence intervals, win rates.

A vote is (model_a, model_b, outcome) with outcome "a", "b", "tie" or "both_bad"; ties and
"both bad" count as half a win for each side. Ratings are fitted by Hunter's MM iterations
and shown on the Elo scale (400 · log10 strength, centred on 1000).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

OUTCOMES = ("a", "b", "tie", "both_bad")
SCALE = 400.0 / math.log(10.0)
BASE = 1000.0


@dataclass
class Vote:
    """One judgement between two models."""

    model_a: str
    model_b: str
    outcome: str


@dataclass
class Rating:
    """One model's place on the leaderboard."""

    model: str
    rating: float
    low: float
    high: float
    votes: int
    wins: float


@dataclass
class Leaderboard:
    """Ratings (best first), the win-rate matrix and the number of votes."""

    ratings: list[Rating]
    models: list[str]
    win_rate: list[list[float | None]] = field(default_factory=list)
    games: list[list[int]] = field(default_factory=list)
    votes: int = 0


def win_matrix(votes: Sequence[Vote], models: Sequence[str]) -> list[list[float]]:
    """w[i][j]: how often models[i] beat models[j] (ties count half)."""
    index = {m: i for i, m in enumerate(models)}
    n = len(models)
    wins = [[0.0] * n for _ in range(n)]
    for vote in votes:
        a, b = index[vote.model_a], index[vote.model_b]
        if a == b:
            continue
        if vote.outcome == "a":
            wins[a][b] += 1.0
        elif vote.outcome == "b":
            wins[b][a] += 1.0
        else:
            wins[a][b] += 0.5
            wins[b][a] += 0.5
    return wins


def bradley_terry(wins: list[list[float]], prior: float = 0.0, iterations: int = 10000,
                  tolerance: float = 1e-10) -> list[float]:
    """Log-strengths (natural log, mean 0) maximising the Bradley–Terry likelihood.

    prior adds that many virtual ties between every pair that met, so that a model that
    never won (or never lost) still gets a finite rating."""
    n = len(wins)
    games = [[wins[i][j] + wins[j][i] for j in range(n)] for i in range(n)]
    w = [[wins[i][j] + (prior / 2 if games[i][j] > 0 else 0.0) for j in range(n)]
         for i in range(n)]
    games = [[w[i][j] + w[j][i] for j in range(n)] for i in range(n)]
    total = [sum(row) for row in w]
    p = [1.0] * n
    for _ in range(iterations):
        new = []
        for i in range(n):
            denominator = sum(games[i][j] / (p[i] + p[j]) for j in range(n)
                              if j != i and games[i][j] > 0)
            new.append(total[i] / denominator if denominator > 0 else p[i])
        new = [max(x, 1e-12) for x in new]
        mean_log = sum(math.log(x) for x in new) / n
        new = [x / math.exp(mean_log) for x in new]
        change = max(abs(math.log(x) - math.log(y)) for x, y in zip(new, p, strict=False))
        p = new
        if change < tolerance:
            break
    return [math.log(x) for x in p]


def to_elo(log_strengths: Sequence[float]) -> list[float]:
    """Log-strengths on the Elo scale (a 400-point gap means 10:1 odds)."""
    return [BASE + SCALE * s for s in log_strengths]


def leaderboard(votes: Sequence[Vote], rounds: int = 200, seed: int = 0,
                prior: float = 1.0) -> Leaderboard:
    """Ratings with 95% bootstrap intervals (votes resampled with replacement)."""
    votes = [v for v in votes if v.outcome in OUTCOMES and v.model_a != v.model_b]
    models = sorted({v.model_a for v in votes} | {v.model_b for v in votes})
    if not models:
        return Leaderboard([], [], [], [], 0)
    wins = win_matrix(votes, models)
    point = to_elo(bradley_terry(wins, prior))
    rng = random.Random(seed)
    samples: list[list[float]] = [[] for _ in models]
    for _ in range(rounds):
        resampled = [votes[rng.randrange(len(votes))] for _ in votes]
        elo = to_elo(bradley_terry(win_matrix(resampled, models), prior, iterations=2000,
                                   tolerance=1e-8))
        for i, value in enumerate(elo):
            samples[i].append(value)
    n = len(models)
    games = [[int(round(wins[i][j] + wins[j][i])) for j in range(n)] for i in range(n)]
    rate = [[(wins[i][j] / (wins[i][j] + wins[j][i])) if wins[i][j] + wins[j][i] else None
             for j in range(n)] for i in range(n)]
    ratings = []
    for i, model in enumerate(models):
        low, high = (_percentile(samples[i], 2.5), _percentile(samples[i], 97.5)) \
            if samples[i] else (point[i], point[i])
        ratings.append(Rating(model, point[i], low, high, sum(games[i]), sum(wins[i])))
    ratings.sort(key=lambda r: -r.rating)
    return Leaderboard(ratings, models, rate, games, len(votes))


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(math.floor(position))
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def wilson(successes: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a proportion (0, 0 when there is nothing to count)."""
    if total <= 0:
        return 0.0, 0.0
    p = successes / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, centre - half), min(1.0, centre + half)


def leaderboard_csv(board: Leaderboard) -> str:
    """The leaderboard as CSV text (rank, model, rating, interval, votes, wins)."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["rank", "model", "rating", "ci_low", "ci_high", "votes", "wins"])
    for rank, r in enumerate(board.ratings, 1):
        writer.writerow([rank, r.model, f"{r.rating:.1f}", f"{r.low:.1f}", f"{r.high:.1f}",
                         r.votes, f"{r.wins:g}"])
    return out.getvalue()
