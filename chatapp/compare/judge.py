"""An LLM judge: a model (local or remote) grades answers against a rubric (pass/fail,
score, reason) and compares two answers, asked twice with their order swapped so that a
judge that favours a position cancels out. Every judgement is stored with the judge's
prompt, reply, model and provenance (table judgements), apart from people's votes; the
pairwise ones feed the Bradley–Terry leaderboard as their own source."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path
from typing import Any

from chatapp.answers import Pipeline
from chatapp.catalogue import AnyModel, Catalogue
from chatapp.compare.evaluate import PairResult, load_results
from chatapp.compare.ratings import Leaderboard, Vote, leaderboard
from chatapp.compare.votes import live_rows
from chatapp.compare.votes import votes as human_votes
from chatapp.errors import QT_TRANSLATE_NOOP, UserError, user_error_from
from chatapp.paths import append_lines, read_lines
from chatapp.store import Store

JUDGE_FAILED = QT_TRANSLATE_NOOP("errors", "The judge model {judge} could not answer: {reason}")
GRADES = "grades.jsonl"
PAIRS = "pairwise.jsonl"
# why grades and comparisons could not be made (a judge that cannot answer): the report says
UNGRADED = "ungraded.jsonl"
# a judge's prompt is one message: never cut, it may take the whole context, and the verdict
# (a few tokens) what is left of it, up to max_tokens (no room is kept as for a chat answer)
JUDGE_PARAMS = {"temperature": 0.0, "seed": 1, "max_tokens": 256, "drop_turns": False}
SOURCES = ("people", "judge", "both")

RUBRIC_PROMPT = (
    "You grade an answer against a rubric.\n\n<Rubric>\n{rubric}\n</Rubric>\n\n"
    "<Question>\n{question}\n</Question>\n\n<Answer>\n{answer}\n</Answer>\n\n"
    'Reply with one JSON object and nothing else: {{"reason": "<one sentence>", '
    '"pass": true or false, "score": <a number from 0 to 1>}}')
PAIRWISE_PROMPT = (
    "Two assistants answered the same question. Which answer is better?\n\n"
    "<Question>\n{question}\n</Question>\n\n<Answer A>\n{first}\n</Answer A>\n\n"
    "<Answer B>\n{second}\n</Answer B>\n\n"
    "Reply with one letter and nothing else: A, B, or T for a tie.")


# how the reason of a reply that says neither pass nor fail begins
UNREADABLE = "unreadable judge reply: "


@dataclass
class Verdict:
    """What the judge said: outcome ("pass"/"fail", "unreadable" for a reply that says
    neither, or "a"/"b"/"tie" for a comparison),
    score (0–1, rubric only), reason, and what it cost (tokens, seconds, calls)."""

    outcome: str
    score: float | None = None
    reason: str = ""
    judgement_id: int | None = None
    tokens: int = 0
    seconds: float = 0.0
    calls: int = 1
    replies: list[str] = field(default_factory=list)


def read_rubric_reply(reply: str, threshold: float | None = None
                      ) -> tuple[bool | None, float | None, str]:
    """(passed, score 0–1, reason) from a judge's reply: the first JSON object with "pass"
    and/or "score" (pass = score ≥ threshold when one is given), else a reply that starts
    with PASS or FAIL; an unreadable reply grades nothing (None, None) and says so: it is
    the judge's failure, not the answer's."""
    decoder = json.JSONDecoder()
    for match in re.finditer(r"\{", reply):
        try:
            data, _end = decoder.raw_decode(reply, match.start())
        except ValueError:
            continue
        if not isinstance(data, dict) or not ({"pass", "score"} & data.keys()):
            continue
        score = data.get("score")
        passed = data.get("pass")
        if isinstance(score, bool) or not isinstance(score, (int, float)):
            score = None
        if not isinstance(passed, bool):
            passed = None
        if score is None:
            score = 1.0 if passed else 0.0
        score = min(1.0, max(0.0, float(score)))
        if threshold is not None:
            passed = score >= threshold
        elif passed is None:
            passed = score >= 0.5
        return passed, score, str(data.get("reason") or "")
    word = reply.strip().split(maxsplit=1)
    if word and word[0].strip(".:!").upper() in ("PASS", "FAIL"):
        passed = word[0].strip(".:!").upper() == "PASS"
        return passed, 1.0 if passed else 0.0, reply.strip()[:500]
    return None, None, UNREADABLE + reply.strip()[:200]


def read_choice(reply: str) -> str | None:
    """"a", "b" or "tie" from a comparison reply (its first letter A, B or T); None when
    unreadable (no such letter first, or the choices listed: "A, B, or T")."""
    text = reply.strip()
    match = re.match(r"\W*(answer\s+)?([ABT])\b", text, re.IGNORECASE)
    if match is None or re.match(r"\W*[ABT]\s*(,|/|\bor\b)\s*[ABT]\b", text, re.IGNORECASE):
        return None
    return {"A": "a", "B": "b", "T": "tie"}[match.group(2).upper()]


def combine(first: str | None, swapped: str | None) -> str:
    """One outcome from two readings of the same pair: first with the answers as given,
    swapped with B shown first (its "a" means the second answer). Agreement wins; the
    same place chosen both times (the choice flipped with the order) is "inconsistent" and
    one tie with one choice a tie; an unreadable reply is "unreadable". Neither
    "inconsistent" nor "unreadable" counts in any rating."""
    if first is None or swapped is None:
        return "unreadable"
    if first != "tie" and swapped == first:
        return "inconsistent"
    back = {"a": "b", "b": "a", "tie": "tie"}[swapped]
    return first if first == back else "tie"


class Judge:
    """A judge model that answers through the pipeline (not stored as a chat).

    Attributes:
        model: the judge.
        cost: tokens, seconds and calls spent so far.
    """

    def __init__(self, pipeline: Pipeline, model: AnyModel,
                 params: dict[str, Any] | None = None) -> None:
        self.pipeline = pipeline
        self.model = model
        self.params = {**JUDGE_PARAMS, **(params or {})}
        self.cost = {"calls": 0, "tokens": 0, "seconds": 0.0}

    @property
    def store(self) -> Store:
        return self.pipeline.store

    def _ask(self, prompt: str) -> tuple[str, dict[str, Any], int, float]:
        answer = self.pipeline.unstored(self.model, [{"role": "user", "content": prompt}],
                                        self.params, fresh=True)  # (a verdict as in any run)
        text, result = answer.to_end(), answer.result
        if result is None or result.finish_reason == "error":
            raise UserError(JUDGE_FAILED, judge=self.model.list_name, reason=answer.error or (
                result.error if result is not None else "") or "?")
        stats = result.stats
        tokens = int(stats.get("prompt_tokens") or 0) + int(stats.get("completion_tokens") or 0)
        seconds = float(stats.get("duration_s") or 0.0)
        self.cost["calls"] += 1
        self.cost["tokens"] += tokens
        self.cost["seconds"] += seconds
        return text, answer.provenance, tokens, seconds

    def rubric(self, question: str, answer: str, rubric: str, *, message_id: int | None,
               variant: str, threshold: float | None = None, tag: str = "") -> Verdict:
        """Grade one answer against rubric; the judgement is stored."""
        prompt = RUBRIC_PROMPT.format(rubric=rubric, question=question, answer=answer)
        reply, provenance, tokens, seconds = self._ask(prompt)
        passed, score, reason = read_rubric_reply(reply, threshold)
        if passed is None:  # no judgement to keep: the answer stays ungraded
            return Verdict("unreadable", None, reason, None, tokens, seconds, 1, [reply])
        outcome = "pass" if passed else "fail"
        judgement = self._store("rubric", message_id, None, variant, None, outcome, score,
                                reason, prompt, reply, provenance, tag)
        return Verdict(outcome, score, reason, judgement, tokens, seconds, 1, [reply])

    def pairwise(self, question: str, answer_a: str, answer_b: str, *,
                 message_a_id: int | None, message_b_id: int | None, variant_a: str,
                 variant_b: str, tag: str = "") -> Verdict:
        """Compare two answers, asked in both orders; the combined judgement is stored
        (both prompts and replies kept)."""
        first = PAIRWISE_PROMPT.format(question=question, first=answer_a, second=answer_b)
        swapped = PAIRWISE_PROMPT.format(question=question, first=answer_b, second=answer_a)
        reply1, provenance, tokens1, seconds1 = self._ask(first)
        reply2, _same, tokens2, seconds2 = self._ask(swapped)
        choice1, choice2 = read_choice(reply1), read_choice(reply2)
        outcome = combine(choice1, choice2)
        reason = f"as given: {choice1 or '?'}; swapped: {choice2 or '?'}"
        if outcome in ("unreadable", "inconsistent"):  # no judgement: it counts in no rating
            return Verdict(outcome, None, (UNREADABLE if outcome == "unreadable" else "")
                           + reason, None, tokens1 + tokens2,
                           seconds1 + seconds2, 2, [reply1, reply2])
        judgement = self._store("pairwise", message_a_id, message_b_id, variant_a, variant_b,
                                outcome, None, reason, first + "\n\n---\n\n" + swapped,
                                reply1 + "\n\n---\n\n" + reply2, provenance, tag)
        return Verdict(outcome, None, reason, judgement, tokens1 + tokens2,
                       seconds1 + seconds2, 2, [reply1, reply2])

    def _store(self, kind: str, message_a: int | None, message_b: int | None, model_a: str,
               model_b: str | None, outcome: str, score: float | None, reason: str,
               prompt: str, reply: str, provenance: dict[str, Any], tag: str) -> int:
        with self.store._tx() as db:
            return int(db["judgements"].insert({
                "kind": kind, "message_a_id": message_a, "message_b_id": message_b,
                "model_a": model_a, "model_b": model_b, "outcome": outcome, "score": score,
                "reason": reason, "judge_model": self.model.file_name,
                "judge_key": self.model.key, "judge_prompt": prompt, "judge_reply": reply,
                "provenance": json.dumps({"params": self.params, **provenance},
                                         sort_keys=True, default=str), "tag": tag,
                "created_at": time.time()}).last_pk)


def judge_votes(store: Store, tag: str | None = None) -> list[Vote]:
    """The judge's comparisons as votes, by variant name. Over every run (tag None), a name
    that variants of more than one run have is told apart by its run's name ("expert
    (run 2)"): two runs' variants of one name need not be the same model or settings."""
    rows = live_rows(store, "judgements", "pairwise", tag)
    runs: dict[str, set[str]] = {}
    for j in rows:
        for name in (j["model_a"], j["model_b"]):
            runs.setdefault(name, set()).add(j["tag"])

    def name(variant: str, run: str) -> str:
        return f"{variant} ({run})" if tag is None and len(runs[variant]) > 1 else variant

    return [Vote(name(j["model_a"], j["tag"]), name(j["model_b"], j["tag"]), j["outcome"])
            for j in rows]


def board(store: Store, source: str = "people", tag: str | None = None,
          rounds: int = 200) -> Leaderboard:
    """The leaderboard of people's votes, of the judge's comparisons, or of both."""
    if source not in SOURCES:
        raise ValueError(f"unknown source {source!r}")
    chosen: list[Vote] = []
    if source in ("people", "both"):
        chosen += human_votes(store, tag)
    if source in ("judge", "both"):
        chosen += judge_votes(store, tag)
    return leaderboard(chosen, rounds=rounds)


def _grade_key(g: dict[str, Any]) -> tuple:
    """What a grade record grades: (prompt id, variant, repeat, check index, checks digest;
    "" for a record made before digests were kept)."""
    return g["prompt_id"], g["model"], g["repeat"], g["index"], g.get("checks_sha", "")


def merge_grades(results: Sequence[PairResult], folder: Path) -> list[PairResult]:
    """results with the judge's grades of the run folder filled in."""
    grades = {_grade_key(g): g for g in read_lines(Path(folder) / GRADES)}
    merged = []
    for r in results:
        checks, details = list(r.checks), [dict(d) for d in r.grades]
        for i in range(len(checks)):
            g = grades.get((*r.key, i, r.checks_sha))  # (not a grade of checks since edited)
            if g is not None:
                checks[i] = g["passed"]
                if i < len(details):
                    details[i].update(passed=g["passed"], score=g.get("score"),
                                      reason=g.get("reason"), judgement_id=g.get("judgement_id"))
        merged.append(replace(r, checks=checks, grades=details))
    return merged


def pair_votes(folder: Path) -> list[Vote]:
    """The judge's comparisons of two variants in a run folder (pairwise.jsonl) as votes by
    variant name, in the order they were made; a record without two names is left out (one
    whose reply could not be read stays in: ratings.leaderboard counts it nowhere)."""
    return [Vote(p["model_a"], p["model_b"], str(p.get("outcome")))
            for p in read_lines(Path(folder) / PAIRS)
            if isinstance(p.get("model_a"), str) and isinstance(p.get("model_b"), str)]


def pairs_ended(folder: Path, outcome: str) -> int:
    """How many comparisons of two variants in folder ended as outcome: "unreadable", with no
    outcome (the judge's replies could not be read; asked again only when the run is
    redone), or "inconsistent" (the judge chose the same place with the answers as given and
    swapped); neither counts in any rating."""
    return sum(1 for p in read_lines(Path(folder) / PAIRS) if p.get("outcome") == outcome)


def ungraded(folder: Path, results: Sequence[PairResult]) -> tuple[dict[tuple, UserError],
                                                                    list[UserError]]:
    """Why grading left things out, as far as they are still missing: per check not graded
    ((prompt id, variant, repeat, check index) -> the UserError of its last try), and the
    errors of comparisons still not made (one each, in the order they were tried)."""
    folder = Path(folder)
    missing = {(*r.key, i): r.checks_sha for r in results
               for i, ok in enumerate(r.checks) if ok is None}
    checks: dict[tuple, UserError] = {}
    pairs: dict[tuple, UserError] = {}
    made = {(p["prompt_id"], p["model_a"], p["model_b"]) for p in read_lines(folder / PAIRS)}
    for record in read_lines(folder / UNGRADED):
        error = user_error_from(record.get("error"))
        if error is None:
            continue
        if "model_a" in record:
            key = (record["prompt_id"], record["model_a"], record.get("model_b"))
            if key not in made:
                pairs[key] = error
            continue
        key = (record.get("prompt_id"), record.get("model"), record.get("repeat"),
               record.get("index"))
        if missing.get(key) == record.get("checks_sha", ""):
            checks[key] = error
    return checks, list(pairs.values())


def judge_cost(folder: Path) -> dict[str, Any]:
    """What grading a run cost, kept apart from the variants' own numbers: calls, tokens
    and seconds summed over its grades and comparisons, the graders' names ("judges"), and
    the same sums per grader ("by_judge": name -> {"calls", "tokens", "seconds",
    "embedding": whether it only measured similarity, as an embedding model does})."""
    lines = read_lines(Path(folder) / GRADES) + read_lines(Path(folder) / PAIRS)
    by_judge: dict[str, dict[str, Any]] = {}
    for g in lines:
        own = by_judge.setdefault(g.get("judge", "") or "?",
                                  {"calls": 0, "tokens": 0, "seconds": 0.0, "embedding": True})
        own["embedding"] = own["embedding"] and g.get("type") == "similar"
        own["calls"] += int(g.get("calls", 1))
        own["tokens"] += int(g.get("tokens", 0))
        own["seconds"] += float(g.get("seconds", 0.0))
    return {"calls": sum(c["calls"] for c in by_judge.values()),
            "tokens": sum(c["tokens"] for c in by_judge.values()),
            "seconds": sum(c["seconds"] for c in by_judge.values()),
            "judges": sorted(set(by_judge) - {"?"}), "by_judge": by_judge}


class Graders:
    """Grades a finished run's answers that need a model: llm-rubric assertions (by the
    judge), similar assertions (by an embedding model: cosine similarity of the answer's and
    the expected text's vectors) and, when asked, each pair of variants on each prompt.
    Resumable: what is graded is in the run folder (grades.jsonl, pairwise.jsonl) and is not
    asked again."""

    def __init__(self, pipeline: Pipeline, catalogue: Catalogue, judge: str | None,
                 embedding: str | None = None, pairwise: bool = False) -> None:
        self.pipeline = pipeline
        self.catalogue = catalogue
        self.judge_name = judge
        self.embedding = embedding
        self.pairwise = pairwise
        self._judge: Judge | None = None
        self._embedders: dict[str, AnyModel] = {}
        self._vectors: dict[tuple[str, str], list[float]] = {}
        self.progress: Callable[[int, int, float | None], None] | None = None
        self.failed: list[UserError] = []  # why each grade left out this time was
        self.made = 0  # grades and comparisons made this time

    def judge(self) -> Judge:
        """The judge, resolved on first use (UserError when unknown or not a chat model)."""
        if self._judge is None:
            if not self.judge_name:
                raise UserError(QT_TRANSLATE_NOOP("errors", "No judge model is set."))
            model = self.catalogue.resolve(self.judge_name)
            model.check_chat()
            self._judge = Judge(self.pipeline, model)
        return self._judge

    def idle(self, prompts: Sequence[Any]) -> bool:
        """A judge is chosen but has nothing to grade: no prompt has an llm-rubric check
        and the variants are not compared pairwise."""
        return bool(self.judge_name) and not self.pairwise and "llm-rubric" not in {
            c.type for p in prompts for c in p.checks}

    def judged_by_itself(self, variants: Sequence[Any]) -> list[str]:
        """The names of the variants (resolved, or models) whose model is the judge's own: a
        judge tends to prefer its own answers, so its verdicts on them are worth less."""
        if not self.judge_name:
            return []
        from chatapp.compare.variants import as_variants

        key = self.judge().model.key
        return [v.name for v in as_variants(list(variants))
                if v.resolved is not None and v.resolved.key == key]

    def embedder(self, name: str | None = None) -> AnyModel:
        """The embedding model named (a similar assertion's provider, else the run's),
        resolved once; UserError when none is set, it is unknown, or a local one is not an
        embedding model (an endpoint's model is taken at its word)."""
        name = name or self.embedding
        if not name:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "similar needs an embedding model: name one in the config "
                "(defaultTest: options: provider: embedding) or with --embedding-model."))
        if name not in self._embedders:
            from chatapp.catalogue import is_remote
            from chatapp.library_kinds import EMBEDDING, NOT_EMBEDDING

            model = self.catalogue.resolve(name)
            if not is_remote(model) and model.kind != EMBEDDING:
                raise UserError(NOT_EMBEDDING, name=model.list_name)
            self._embedders[name] = model
        return self._embedders[name]

    def check(self, prompts: Sequence[Any]) -> None:
        """Resolve the graders prompts' checks need and those named, needed or not, before
        any answer is made (UserError naming the first that cannot grade: a name mistyped is
        said now, not when a later run needs it)."""
        for prompt in prompts:
            for check in prompt.checks:
                if check.type == "llm-rubric":
                    self.judge()
                elif check.type == "similar":
                    self.embedder(getattr(check, "provider", None))
        if self.pairwise or self.judge_name:
            self.judge()
        if self.embedding:
            self.embedder()

    def similarity(self, answer: str, expected: str, name: str | None = None) -> tuple[
            float, int, float]:
        """(cosine similarity of answer's and expected's embeddings, tokens, seconds) by
        the embedding model named (see embedder); the expected text's vector is kept."""
        from chatapp.compare.assertions import cosine

        model = self.embedder(name)
        texts = [answer] + ([] if (model.key, expected) in self._vectors else [expected])
        started = time.monotonic()
        vectors, tokens = self.pipeline.embed(model, texts)
        seconds = time.monotonic() - started
        if len(vectors) != len(texts):
            raise UserError(QT_TRANSLATE_NOOP("errors", "No embeddings were made: {reason}"),
                            reason=f"{len(vectors)} vectors for {len(texts)} texts")
        if len(texts) == 2:
            self._vectors[(model.key, expected)] = vectors[1]
        return cosine(vectors[0], self._vectors[(model.key, expected)]), tokens, seconds

    def grade_run(self, runner: Any, results: list[PairResult]) -> list[PairResult]:
        """Grade what is left of runner's results (an EvalRun); all results, merged. A
        grade the judge or embedding model cannot make is left out (its UserError added to
        self.failed) and the rest go on. self.progress, when set, is called as
        progress(done, total, eta_s) before each grade (eta_s None until one grade is
        timed)."""
        folder = Path(runner.folder)
        prompts = {p.id: p for p in runner.prompts}
        done = {_grade_key(g) for g in read_lines(folder / GRADES)}
        todo = [(r, i, check) for r in results if r.prompt_id in prompts
                for i, check in enumerate(prompts[r.prompt_id].checks)
                if check.type in ("similar", "llm-rubric") and i < len(r.checks)
                and r.checks[i] is None and (*r.key, i, r.checks_sha) not in done]
        started = time.monotonic()
        for count, (r, i, check) in enumerate(todo):
            if runner.stop_event.is_set():
                return merge_grades(results, folder)
            if self.progress is not None:
                self.progress(count, len(todo), (time.monotonic() - started) / count
                              * (len(todo) - count) if count else None)
            key = {"prompt_id": r.prompt_id, "model": r.model, "repeat": r.repeat, "index": i,
                   "checks_sha": r.checks_sha}
            try:
                record = (self._similar(r, check) if check.type == "similar"
                          else self._rubric(r, prompts[r.prompt_id], check, runner.name))
            except UserError as exc:  # left ungraded: a later run asks again
                self.failed.append(exc)
                append_lines(folder / UNGRADED, [{**key, "error": exc.to_dict()}])
                continue
            self.made += 1
            append_lines(folder / GRADES, [{**key, "type": check.type, **record}])
        if self.pairwise:
            self._compare(runner, results, prompts)
        made = {r.key for r in results}  # (not those of prompts since removed or changed)
        return [r for r in merge_grades(load_results(folder), folder) if r.key in made]

    def _rubric(self, r: PairResult, prompt: Any, check: Any, tag: str) -> dict[str, Any]:
        judge = self.judge()
        verdict = judge.rubric(prompt.text, r.answer, str(check.value), message_id=r.message_id,
                               variant=r.model, threshold=check.threshold, tag=tag)
        passed = None if verdict.outcome == "unreadable" else verdict.outcome == "pass"
        return {"passed": passed, "score": verdict.score,
                "reason": verdict.reason, "judgement_id": verdict.judgement_id,
                "judge": judge.model.file_name, "tokens": verdict.tokens,
                "seconds": verdict.seconds, "calls": 1}

    def _similar(self, r: PairResult, check: Any) -> dict[str, Any]:
        similarity, tokens, seconds = self.similarity(r.answer, str(check.value),
                                                      check.provider)
        return {"passed": check.similar_passes(similarity), "score": round(similarity, 6),
                "reason": f"cosine similarity {similarity:.3f}", "judgement_id": None,
                "judge": self.embedder(check.provider).file_name, "tokens": tokens,
                "seconds": seconds, "calls": 1}

    def _compare(self, runner: Any, results: list[PairResult], prompts: dict) -> None:
        folder = Path(runner.folder)
        done = {(p["prompt_id"], p["model_a"], p["model_b"]) for p in read_lines(folder / PAIRS)}
        first = {(r.prompt_id, r.model): r for r in results if r.repeat == 0
                 and r.finish_reason != "error"}
        names = [v.name for v in runner.variants]
        for prompt in runner.prompts:
            for a, b in combinations(names, 2):
                if runner.stop_event.is_set():
                    return
                ra, rb = first.get((prompt.id, a)), first.get((prompt.id, b))
                if ra is None or rb is None or (prompt.id, a, b) in done:
                    continue
                try:
                    judge = self.judge()
                    verdict = judge.pairwise(prompt.text, ra.answer, rb.answer,
                                             message_a_id=ra.message_id,
                                             message_b_id=rb.message_id, variant_a=a,
                                             variant_b=b, tag=runner.name)
                except UserError as exc:  # left unjudged: a later run asks again
                    self.failed.append(exc)
                    append_lines(folder / UNGRADED, [{"prompt_id": prompt.id, "model_a": a,
                                                      "model_b": b, "error": exc.to_dict()}])
                    continue
                self.made += 1
                append_lines(folder / PAIRS, [{
                    "prompt_id": prompt.id, "model_a": a, "model_b": b,
                    "outcome": verdict.outcome, "judgement_id": verdict.judgement_id,
                    "judge": judge.model.file_name, "tokens": verdict.tokens,
                    "seconds": verdict.seconds, "calls": 2}])
