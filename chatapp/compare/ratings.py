"""Bradley–Terry ratings from pairwise votes, bootstrap confidence intervals, win rates.

A vote is (model_a, model_b, outcome) with outcome "a", "b", "tie" or "both_bad"; ties and
"both bad" count as half a win for each side. Ratings are fitted by Hunter's MM iterations
and shown on the Elo scale (400 · log10 strength); 1000 is the average model, each model
counted by its votes. One virtual tie between every two models that met (the prior of
leaderboard) keeps a handful of votes from making ratings run off to the extremes.

A 95% interval is the bootstrap's (votes resampled with replacement), widened where needed
to the normal approximation from the Fisher information of the fit: resampling a handful
of votes gives nearly the same votes back, so on its own it makes a model with one vote look
as certain as one with fifty. A model's rank is one more than the number of models whose
interval lies wholly above its own (the rank Chatbot Arena shows): models the votes cannot
tell apart share a rank, so one lucky vote ranks no model above the others. The leaderboard is
sorted by rank, within a rank the models with FEW_VOTES votes or more first, then by rating;
a model with fewer votes is flagged.
"""

from __future__ import annotations

import csv
import io
import math
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

OUTCOMES = ("a", "b", "tie", "both_bad")
SCALE = 400.0 / math.log(10.0)
BASE = 1000.0
FEW_VOTES = 10
Z95 = 1.959964
# First characters that make a spreadsheet read a cell as a formula (with full-width forms).
_FORMULA_STARTS = ("=", "+", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff20")
_MINUS_SIGNS = ("-", "\uff0d")
_NEGATIVE_NUMBER = re.compile(r"-[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


@dataclass
class Vote:
    """One judgement between two models."""

    model_a: str
    model_b: str
    outcome: str


@dataclass
class Rating:
    """One model's place on the leaderboard: its rating and 95% interval (Elo scale), its
    votes and wins (ties count half), and its votes by outcome: won, tied, both bad, lost."""

    model: str
    rating: float
    low: float
    high: float
    votes: int
    wins: float
    won: int = 0
    tied: int = 0
    both_bad: int = 0
    lost: int = 0

    @property
    def few_votes(self) -> bool:
        """Too few votes for the rating to mean much (fewer than FEW_VOTES)."""
        return self.votes < FEW_VOTES


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
    w = _with_prior(wins, prior)
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


def _with_prior(wins: list[list[float]], prior: float) -> list[list[float]]:
    """wins plus prior / 2 virtual wins each way between every pair that met."""
    n = len(wins)
    return [[wins[i][j] + (prior / 2 if wins[i][j] + wins[j][i] > 0 else 0.0)
             for j in range(n)] for i in range(n)]


def centre(log_strengths: Sequence[float], weights: Sequence[float]) -> list[float]:
    """log_strengths shifted so that their mean weighted by weights (votes) is 0: the
    average model of the board is the one its votes are about, not a newcomer with one."""
    total = sum(weights)
    if total <= 0:
        return list(log_strengths)
    mean = sum(s * w for s, w in zip(log_strengths, weights, strict=True)) / total
    return [s - mean for s in log_strengths]


def standard_errors(wins: list[list[float]], log_strengths: Sequence[float],
                    weights: Sequence[float], prior: float = 0.0) -> list[float]:
    """Standard errors of the log-strengths (natural log, centred by weights) from the
    Fisher information of the Bradley–Terry likelihood at log_strengths, the prior's
    virtual ties included; inf for a model that met no one."""
    n = len(wins)
    w = _with_prior(wins, prior)
    beta = np.asarray(log_strengths, dtype=float)
    games = np.array([[w[i][j] + w[j][i] for j in range(n)] for i in range(n)])
    p = 1.0 / (1.0 + np.exp(beta[None, :] - beta[:, None]))  # P(i beats j)
    weight = games * p * (1.0 - p)
    np.fill_diagonal(weight, 0.0)
    information = np.diag(weight.sum(axis=1)) - weight
    # strengths are fixed only up to a common shift: the pseudo-inverse is the covariance
    # of the mean-zero solution, and the projection moves it to the weighted centre
    c = np.asarray(weights, dtype=float)
    c = c / c.sum() if c.sum() > 0 else np.full(n, 1.0 / n)
    shift = np.eye(n) - np.outer(np.ones(n), c)
    covariance = shift @ np.linalg.pinv(information) @ shift.T
    played = games.sum(axis=1) > 0
    return [math.sqrt(max(float(covariance[i, i]), 0.0)) if played[i] else math.inf
            for i in range(n)]


def to_elo(log_strengths: Sequence[float]) -> list[float]:
    """Log-strengths on the Elo scale (a 400-point gap means 10:1 odds)."""
    return [BASE + SCALE * s for s in log_strengths]


def leaderboard(votes: Sequence[Vote], rounds: int = 200, seed: int = 0,
                prior: float = 1.0) -> Leaderboard:
    """Ratings with 95% intervals (bootstrap, at least as wide as the normal
    approximation), sorted by rank (see ranks), the models with few votes last within a
    rank, then by rating."""
    votes = [v for v in votes if v.outcome in OUTCOMES and v.model_a != v.model_b]
    models = sorted({v.model_a for v in votes} | {v.model_b for v in votes})
    if not models:
        return Leaderboard([], [], [], [], 0)
    wins = win_matrix(votes, models)
    n = len(models)
    counts = [sum(wins[i][j] + wins[j][i] for j in range(n)) for i in range(n)]
    strengths = centre(bradley_terry(wins, prior), counts)
    point = to_elo(strengths)
    errors = standard_errors(wins, strengths, counts, prior)
    rng = random.Random(seed)
    samples: list[list[float]] = [[] for _ in models]
    for _ in range(rounds):
        resampled = [votes[rng.randrange(len(votes))] for _ in votes]
        again = win_matrix(resampled, models)
        drawn = [sum(again[i][j] + again[j][i] for j in range(n)) for i in range(n)]
        elo = to_elo(centre(bradley_terry(again, prior, iterations=2000, tolerance=1e-8),
                            drawn))
        for i, value in enumerate(elo):
            if drawn[i]:  # a model drawn no vote has no rating in that round
                samples[i].append(value)
    games = [[int(round(wins[i][j] + wins[j][i])) for j in range(n)] for i in range(n)]
    rate = [[(wins[i][j] / (wins[i][j] + wins[j][i])) if wins[i][j] + wins[j][i] else None
             for j in range(n)] for i in range(n)]
    ratings = []
    for i, model in enumerate(models):
        half = Z95 * SCALE * errors[i]
        low, high = point[i] - half, point[i] + half
        if samples[i]:
            low = min(low, _percentile(samples[i], 2.5))
            high = max(high, _percentile(samples[i], 97.5))
        ratings.append(Rating(model, point[i], low, high, sum(games[i]), sum(wins[i]),
                              *_tally(votes, model)))
    ratings = sorted(ratings, key=lambda r: (_rank(r, ratings), r.few_votes, -r.rating,
                                             r.model))
    return Leaderboard(ratings, models, rate, games, len(votes))


def _tally(votes: Sequence[Vote], model: str) -> tuple[int, int, int, int]:
    """A model's votes by outcome: (won, tied, both bad, lost)."""
    won = tied = both_bad = lost = 0
    for v in votes:
        if model not in (v.model_a, v.model_b):
            continue
        if v.outcome == "tie":
            tied += 1
        elif v.outcome == "both_bad":
            both_bad += 1
        elif (v.outcome == "a") == (v.model_a == model):
            won += 1
        else:
            lost += 1
    return won, tied, both_bad, lost


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(math.floor(position))
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def wilson(successes: float, total: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a proportion (0, 0 when there is nothing to count);
    successes may be a share of total (a mean over repeats)."""
    if total <= 0:
        return 0.0, 0.0
    p = successes / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, centre - half), min(1.0, centre + half)


def _rank(rating: Rating, ratings: Sequence[Rating]) -> int:
    """One more than the number of ratings whose interval lies wholly above rating's."""
    return 1 + sum(other.low > rating.high for other in ratings)


def ranks(board: Leaderboard) -> list[int]:
    """Each rating's rank, in the board's order: one more than the number of models whose
    interval lies wholly above its own, so that models the votes cannot tell apart share a
    rank (1, 1, 3)."""
    return [_rank(r, board.ratings) for r in board.ratings]


def leaderboard_csv(board: Leaderboard) -> str:
    """The leaderboard as CSV text, in its order (by rank, then rating): rank, model
    (named as the table names it: catalogue.shown_names), rating, interval, votes, the votes won,
    tied, both bad and lost, win_rate (ties and both bad count half, as in the table; 0 to 1)
    and few_votes (1 when the model has fewer than FEW_VOTES). A model name a spreadsheet
    could run as a formula starts with "'" (see spreadsheet_text)."""
    from chatapp.catalogue import shown_names

    shown = shown_names([r.model for r in board.ratings])
    header = ["rank", "model", "rating", "ci_low", "ci_high", "votes", "won", "tied",
              "both_bad", "lost", "win_rate", "few_votes"]
    return csv_text([header, *(
        [rank, spreadsheet_text(shown[r.model]), f"{r.rating:.1f}", f"{r.low:.1f}",
         f"{r.high:.1f}", r.votes, r.won, r.tied, r.both_bad, r.lost,
         f"{r.wins / r.votes:.3f}" if r.votes else "", int(r.few_votes)]
        for rank, r in zip(ranks(board), board.ratings, strict=True))])


def spreadsheet_text(text: str) -> str:
    """A CSV text cell that a spreadsheet shows as text and never runs as a formula.

    Text starting with "=", "+", "@", a tab or a carriage return (or the full-width "=",
    "+", "@"), or with "-" not followed by a space (a Markdown list item) and not a plain
    negative number, gets a "'" in front (``=HYPERLINK(...)`` becomes ``'=HYPERLINK(...)``);
    other text is unchanged. Only for text cells: the numbers the app writes go as they are.
    """
    if text.startswith(_FORMULA_STARTS) or (
            text.startswith(_MINUS_SIGNS) and len(text) > 1 and text[1] != " "
            and not _NEGATIVE_NUMBER.fullmatch(text)):
        return "'" + text
    return text


def csv_text(rows: Iterable[Sequence[object]]) -> str:
    """Rows as CSV text (RFC 4180): each row ends in CRLF, and a cell holding a comma, a quote
    or a line break (a lone CR too) is quoted, so that csv.reader, on a file opened with
    newline="", reads every cell back exactly. Text cells that a spreadsheet could run go
    through spreadsheet_text first."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()
