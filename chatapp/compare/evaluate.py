"""Batch evaluation: every prompt of a set × every variant (a model as it is, or with its own
system prompt, parameters and adapters), k times each, answers stored, resumable.

The run's folder holds results.jsonl: one line per finished (prompt, variant, repeat), written
as soon as the pair ends, so a run stopped or crashed goes on where it was and never runs a
finished pair again; a pair that failed (finish reason "error") runs again, its newest line
counting. Each line keeps a digest of its prompt's text: a prompt whose text changed in the
file since is answered again, and a prompt removed from it leaves the results. A model that
cannot be loaded is tried once: its other pairs wait for the next run.
One run at a time writes a folder (a lock file beside the results).

Answers are stored as conversations: one per prompt, each model's answer a sibling branch
under the shared user message. The conversations belong to the run's record in the store (its
id is kept in run.json), so they stay out of the chat list and are deleted and restored with
the run.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from chatapp.answers import Answer, Pipeline
from chatapp.catalogue import AnyModel
from chatapp.compare.assertions import grade_answer
from chatapp.compare.prompts import Prompt
from chatapp.compare.variants import Variant, as_variants, eval_name
from chatapp.errors import QT_TRANSLATE_NOOP, UserError, os_reason
from chatapp.paths import append_lines, read_json, read_lines, write_json

RESULTS = "results.jsonl"
RUN_FILE = "run.json"
REPORT_FILE = "report.html"  # the run's report, written by compare.report
LOCK_FILE = ".lock"
# how an answer fails when its model could not be loaded (or would not fit): Answer.error_kind
NOT_LOADED = ("load", "fit")
IN_USE = QT_TRANSLATE_NOOP(
    "errors", "Another evaluation is writing to {folder} now: wait for it to end, or choose "
    "another output folder.")


@dataclass
class PairResult:
    """How one variant answered one prompt (model: the variant's name; repeat: which of
    the k answers, each with its own seed; checks: True / False, None while a judge has not
    graded it; grades: each check's score and reason where it has them; peak_rss_bytes:
    the model process's peak resident memory when the answer ended, None where unknown;
    peak_own: that peak was started again as the answer began, so it is the answer's own
    (False: it includes the process's earlier work))."""

    prompt_id: str
    model: str
    model_key: str
    conversation_id: int
    message_id: int
    answer: str
    finish_reason: str
    error: str | None = None
    ttft_s: float | None = None
    tokens_per_s: float | None = None
    completion_tokens: int | None = None
    duration_s: float | None = None
    checks: list[bool | None] = field(default_factory=list)
    repeat: int = 0
    seed: int | None = None
    model_file: str = ""
    grades: list[dict[str, Any]] = field(default_factory=list)
    peak_rss_bytes: int | None = None
    error_kind: str | None = None
    prompt_sha: str = ""  # prompt_digest of the prompt answered ("": made before it was kept)
    checks_sha: str = ""  # checks_digest of the checks graded with ("": made before)
    # the passages of a docs variant's answer, as numbered for it: {"number", "file",
    # "page", "heading", "score"} (file: the document's name)
    sources: list[dict[str, Any]] = field(default_factory=list)
    # cut off ("length") where the prompt and the answer filled the model's context: a
    # larger max_tokens gives no more
    context_full: bool = False
    # the error as UserError.to_dict() JSON (Message.error_data), for its translation; None:
    # kept as English text only (error), or made before it was kept
    error_data: str | None = None
    peak_own: bool = False

    @property
    def first_token_s(self) -> float | None:
        """Seconds to the first token; None when no token came (a line of an earlier version
        kept the whole wait of an answer without one)."""
        return self.ttft_s if self.completion_tokens != 0 else None

    def error_text(self, language: str | None = None) -> str:
        """Why the answer failed, in language ("en", "id"…; None: the user's) where it was
        kept as data, else as stored (English); "" for an answer that did not fail."""
        from chatapp.errors import stored_error
        from chatapp.i18n import translate_error

        data = stored_error(self.error_data)
        return translate_error(data, language) if data is not None else (self.error or "")

    @property
    def failed(self) -> bool:
        """The answer failed (an error, not a check): a later run makes it again."""
        return self.finish_reason == "error"

    @property
    def passed(self) -> bool | None:
        """All checks passed; False as soon as one failed (whatever the others), and for an
        answer that failed (an error counts as a failure, as promptfoo's pass rate counts
        it: successes / (successes + failures + errors)); None when the prompt has no checks
        (a pair whose model could not be loaded is recorded with none), or none failed and
        one is not graded."""
        if self.failed:
            return False if self.checks else None
        if not self.checks or any(c is False for c in self.checks):
            return False if self.checks else None
        return None if any(c is None for c in self.checks) else True

    @property
    def key(self) -> tuple[str, str, int]:
        """(prompt id, variant, repeat): what a run does once."""
        return (self.prompt_id, self.model, self.repeat)


@dataclass
class Progress:
    """Where a run stands: prompt_id and model, the pair this report is about (one begun or
    just answered); now_prompt and now_model, the pair begun last that is still being
    answered ("" when none is); now_count, how many pairs are being answered now (several
    where a model answers several at once)."""

    done: int
    total: int
    skipped: int
    eta_s: float | None
    prompt_id: str = ""
    model: str = ""
    now_prompt: str = ""
    now_model: str = ""
    now_count: int = 0


def prompt_digest(prompt: Prompt) -> str:
    """What tells a prompt's text apart from another text under the same id (a prompt file
    edited between two runs of a folder): the sha256 of its text, hex."""
    return hashlib.sha256(prompt.text.encode("utf-8")).hexdigest()


def checks_digest(prompt: Prompt) -> str:
    """What tells a prompt's checks apart from others (a check edited between two runs of a
    folder: its answers are graded again): the sha256 of their form, hex."""
    return hashlib.sha256(repr(prompt.checks).encode("utf-8")).hexdigest()


def regraded(result: PairResult, prompt: Prompt) -> PairResult:
    """A stored answer graded with the prompt's checks as they are now (those graded later,
    by a judge, are None until it grades them)."""
    answer = SimpleNamespace(content=result.answer, finish_reason=result.finish_reason,
                             duration_s=result.duration_s)
    checks, grades = grade_answer(prompt.checks, answer)
    return replace(result, checks=checks, grades=grades, checks_sha=checks_digest(prompt))


def load_results(folder: Path) -> list[PairResult]:
    """The finished pairs of a run folder, one per (prompt, variant, repeat): the newest line
    of each (a failed pair made again), in the order the pairs first ended (a torn last line
    from a crash is ignored)."""
    results: dict[tuple[str, str, int], PairResult] = {}
    for record in read_lines(Path(folder) / RESULTS):
        try:
            result = PairResult(**record)
        except TypeError:
            continue
        results[result.key] = result
    return list(results.values())


#: said when a run repeats answers at temperature 0 (EvalRun.greedy_repeats)
GREEDY_REPEATS = QT_TRANSLATE_NOOP(
    "errors", "At temperature 0 every repeat gives the same answer, so the repeats of {names} "
    "show no spread: give them a temperature above 0 (such as 0.7, in a variant's parameters "
    "or with --temperature) to measure one.")
GREEDY_REPEATS_WINDOW = QT_TRANSLATE_NOOP(  # (the same, in the Evaluate dialog's words)
    "errors", "At temperature 0 every repeat gives the same answer, so the repeats of {names} "
    "show no spread: give them a temperature above 0 (such as 0.7, with Add a variant…) to "
    "measure one.")


class EvalRun:
    """Runs prompts × variants (× repeats) through the answer pipeline, a model's pairs one
    at a time, each from its whole prompt (the model's own answers: the same in every run,
    and for variants that ask the same), or up to `together` at once where the model
    decodes answers together (chatapp.engine.batch: faster, but at a near-tie an answer may
    differ from the model's own). UserError when a variant names a document collection
    that is none.

    Attributes:
        stop_event: set it (or call stop) to end after the current answers, which are kept
            as stopped and run again on resume.
        together: the most answers of one model made at once (1: one at a time).
        not_loaded: variant name -> why its model could not be loaded (its first pair's
            error line), for the variants whose pairs were left for a later run.
        failed: the pairs of the folder that failed, once run() returned.
        folder: the run's folder as an absolute path (a relative one is taken from the
            current folder now: what is stored and shown works from anywhere).
        skipped: the answers that were in the folder already when run() began (not made
            again); made: the answers run() made (failed ones included); regraded: those
            graded again as their prompts' checks changed.
    """

    def __init__(self, pipeline: Pipeline, prompts: list[Prompt],
                 models: list[AnyModel | Variant], folder: Path, params: dict[str, Any],
                 name: str = "", repeats: int = 1, together: int = 1) -> None:
        self.pipeline = pipeline
        self.store = pipeline.store
        self.prompts = prompts
        self.variants = as_variants(models)
        named = [name for v in self.variants for name in v.docs]
        if named:  # a collection that is none stops the run here, not at every answer
            pipeline.retriever.resolve(named)
        self.models = [v.resolved for v in self.variants]
        self.repeats = max(1, repeats)
        self.folder = Path(folder).expanduser().resolve()
        self.params = params
        self.name = name or self.folder.name
        self.together = max(1, together)
        self.stop_event = threading.Event()
        self.run_id: int | None = None
        self._answers: set[Answer] = set()
        self._lock = threading.Lock()
        self._telling = threading.RLock()  # reports in order; one may call stop()
        self.not_loaded: dict[str, str] = {}
        self.failed: list[PairResult] = []
        self.skipped = self.made = self.regraded = 0

    @property
    def total(self) -> int:
        """The answers the run asks for: prompts × variants × repeats."""
        return len(self.prompts) * len(self.variants) * self.repeats

    def greedy_repeats(self, window: bool = False) -> UserError | None:
        """What to know of variants repeated at temperature 0 (GREEDY_REPEATS, or in the
        Evaluate dialog's words GREEDY_REPEATS_WINDOW): each repeat gives the same answer, so
        they show no spread; None when none is."""
        temperatures = ((v.name, v.merged_params(self.params).get("temperature"))
                        for v in self.variants)
        names = [name for name, temperature in temperatures
                 if self.repeats > 1 and temperature is not None and float(temperature) == 0]
        return UserError(GREEDY_REPEATS_WINDOW if window else GREEDY_REPEATS,
                         names=", ".join(names)) if names else None

    @property
    def nothing_new(self) -> bool:
        """run() found every answer in the folder already and made none."""
        return self.made == 0 and self.total > 0 and self.skipped == self.total

    def stop(self) -> None:
        """End after the current pairs (the current answers are cancelled)."""
        self.stop_event.set()
        with self._lock:
            answers = list(self._answers)
        for answer in answers:
            answer.cancel()

    def _saved(self) -> dict[str, Any]:
        return read_json(self.folder / RUN_FILE)

    def earlier_run(self) -> tuple[int | None, Path | None]:
        """The run this folder holds from before (its id in the store, its report), each
        None where there is none: what a refused start still offers."""
        run_id = self._saved().get("run_id")
        page = self.folder / REPORT_FILE
        return run_id if isinstance(run_id, int) else None, page if page.is_file() else None

    def check_same_run(self) -> None:
        """A folder that holds a run goes on only with the same settings: its answers would
        otherwise be counted as this run's. UserError naming what differs."""
        saved = self._saved()
        if not saved.get("params") and not saved.get("variants"):
            return
        now = json.loads(json.dumps({"params": self.params, "repeats": self.repeats,
                                     "variants": [v.describe() for v in self.variants]}))
        before = saved.get("params")
        own = [set((v.get("params") or {}).keys()) for v in now["variants"]]
        changed = [f"{key} {before.get(key)} → {value}"  # not where every variant sets its own
                   for key, value in sorted(now["params"].items())
                   if before.get(key) != value and not all(key in keys for keys in own)
                   ] if isinstance(before, dict) else []
        if isinstance(saved.get("name"), str) and saved["name"] != self.name:  # another set
            changed.append(f"{saved['name']} → {self.name}")
        if saved.get("repeats", 1) != now["repeats"]:
            changed.append(f"repeat {saved.get('repeats', 1)} → {now['repeats']}")
        if "variants" in saved and saved["variants"] != now["variants"]:
            changed += _variant_changes(saved["variants"], now["variants"])
        if changed:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "{folder} holds a run made with other settings ({changes}): choose "
                "another output folder, or delete that one to start again."),
                folder=str(self.folder), changes="; ".join(changed))

    def _open_record(self) -> dict[str, list[int]]:
        """The run's record in the store (the folder's earlier one while it is there, taken
        out of the trash where it was deleted, else a new one) and the prompts'
        conversations that are still there, now linked to it."""
        saved = self._saved()
        run_id = saved.get("run_id")
        record = None
        if isinstance(run_id, int):
            try:
                record = self.store.eval_run(run_id)
            except KeyError:
                record = None
        if record is not None and record.deleted_at is not None:  # run again: it comes back
            self.store.restore_eval_run(record.id, record.deleted_at)
            record = self.store.eval_run(record.id)
        if record is None:
            record = self.store.create_eval_run(self.name, str(self.folder),
                                                [v.name for v in self.variants],
                                                len(self.prompts))
        self.run_id = record.id
        conversations = {}
        for prompt_id, ids in (saved.get("conversations") or {}).items():
            try:
                conversation = self.store.conversation(ids[0])
            except (KeyError, TypeError, IndexError):
                continue
            if conversation.deleted_at is not None:
                continue  # thrown away: the prompt's next answers get a new conversation
            if conversation.eval_run_id != record.id:
                self.store.add_to_eval_run(conversation.id, record.id)
            conversations[prompt_id] = ids
        self._save_run(conversations)
        return conversations

    def _save_run(self, conversations: dict[str, list[int]]) -> None:
        data = {"name": self.name, "models": [v.name for v in self.variants],
                "variants": [v.describe() for v in self.variants], "repeats": self.repeats,
                "prompts": len(self.prompts), "params": self.params, "run_id": self.run_id,
                "together": self.together,
                "conversations": conversations}
        write_json(self.folder / RUN_FILE, data)

    def run(self, progress: Callable[[Progress], None] | None = None) -> list[PairResult]:
        """Answer every pair not yet done (or failed before); returns all results of the
        folder. UserError when the folder cannot be written or another run is writing it."""
        from filelock import FileLock, Timeout

        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)  # (as the app's own)
            lock = FileLock(self.folder / LOCK_FILE, timeout=0, mode=0o600)
            lock.acquire()
        except Timeout:
            raise UserError(IN_USE, folder=str(self.folder)) from None
        except OSError as exc:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Could not write {path}: {reason}"),
                            path=str(self.folder), reason=os_reason(exc)) from None
        self.skipped = self.made = 0
        try:
            results = self._run(progress)
        finally:  # no lock file left behind: removed while still held, then let go
            with contextlib.suppress(OSError):
                (self.folder / LOCK_FILE).unlink()
            lock.release()
        self.failed = [r for r in results if r.failed]
        return results

    def _current(self) -> list[PairResult]:
        """The folder's results for the prompts as they are now: those of a prompt since
        removed, or whose text changed, are left out (their pairs are made again)."""
        digests = {p.id: prompt_digest(p) for p in self.prompts}
        return [r for r in load_results(self.folder) if r.prompt_id in digests
                and r.prompt_sha in ("", digests[r.prompt_id])]

    def _regrade(self) -> None:
        """Grade again the answers whose prompt's checks changed since (the newest line of a
        pair is the one read)."""
        prompts = {p.id: p for p in self.prompts}
        stale = [regraded(r, prompts[r.prompt_id]) for r in self._current()
                 if r.checks_sha != checks_digest(prompts[r.prompt_id])]
        self.regraded = len(stale)
        if stale:
            append_lines(self.folder / RESULTS, map(asdict, stale))

    def _run(self, progress: Callable[[Progress], None] | None) -> list[PairResult]:
        self.check_same_run()
        self._regrade()
        conversations = self._open_record()
        live = {ids[0] for ids in conversations.values()}  # answers deleted are made again
        done = {r.key for r in self._current()
                if not r.failed and (not r.conversation_id or r.conversation_id in live)}
        todo = [(v, p, k) for v in sorted(self.variants, key=lambda v: v.resolved.key)
                for p in self.prompts for k in range(self.repeats)]
        total = len(todo)
        skipped = self.skipped = sum(1 for v, p, k in todo if (p.id, v.name, k) in done)
        state: dict[str, Any] = {"count": skipped, "ran": 0, "running": [], "first_at": 0.0}
        if progress:
            progress(Progress(skipped, total, skipped, None))
        pending = [item for item in todo if (item[1].id, item[0].name, item[2]) not in done]

        def tell(prompt: Prompt, variant: Variant) -> None:
            """Report the count now; a report never shows fewer answers than the one before."""
            if not progress:
                return
            with self._telling:
                with self._lock:
                    count, ran = state["count"], state["ran"]
                    running = list(state["running"])
                now = running[-1] if running else ("", "")
                progress(Progress(count, total, skipped,
                                  _eta(state["first_at"], ran, total - count),
                                  prompt.id, variant.name, *now, len(running)))

        def one(item: tuple[Variant, Prompt, int]) -> PairResult | None:
            """Run a pair and record it; None when the run stopped."""
            variant, prompt, repeat = item
            if self.stop_event.is_set():
                return None
            pair = (prompt.id, variant.name)
            with self._lock:
                state["running"].append(pair)
            tell(prompt, variant)
            try:
                result = self._pair(prompt, variant, repeat, conversations)
            finally:
                with self._lock:
                    state["running"].remove(pair)
            if result is None:  # stopped: not recorded, runs again on resume
                return None
            with self._telling:  # its report counts it, and no answer that ended after it
                with self._lock:
                    append_lines(self.folder / RESULTS, [asdict(result)])
                    done.add(result.key)
                    state["count"] += 1
                    state["ran"] += 1
                    state["first_at"] = state["first_at"] or time.monotonic()
                    self.made += 1
                tell(prompt, variant)
            return result

        # variants of one model one after the other: each model loads once; its first pair
        # alone (it loads the model), the rest as many at once as the model decodes together
        for _key, group in itertools.groupby(pending, key=lambda item: item[0].resolved.key):
            items = list(group)
            first = one(items[0])
            if first is None:
                return self._current()
            if first.error_kind in NOT_LOADED:  # the others would fail the same way
                for variant, _prompt, _repeat in items:
                    self.not_loaded.setdefault(variant.name, first.error or "")
                continue
            width = min(self.together, self.pipeline.batch_size(items[0][0].resolved))
            if width <= 1:
                for item in items[1:]:
                    if one(item) is None:
                        return self._current()
                continue
            saved_at = time.monotonic()
            for variant, prompt, _repeat in items[1:]:  # made in the prompts' order first
                if self.stop_event.is_set():
                    break
                self._conversation(prompt, variant, conversations, save=False)
                if time.monotonic() - saved_at >= 1.0:  # (the run's file, once a second)
                    self._save_run(conversations)
                    saved_at = time.monotonic()
            self._save_run(conversations)
            if self.stop_event.is_set():
                return self._current()
            with ThreadPoolExecutor(max_workers=width, thread_name_prefix="eval") as pool:
                finished = list(pool.map(one, items[1:]))
            if any(result is None for result in finished):
                return self._current()
        return self._current()

    def _conversation(self, prompt: Prompt, variant: Variant,
                      conversations: dict[str, list[int]], save: bool = True) -> list[int]:
        """[conversation id, user message id] of the prompt as this variant sends it: made
        on first use (the run's conversations are listed in the order they were made), and
        the run's file saved then unless save is False (the caller saves it)."""
        text = variant.user_text(prompt)
        key = prompt.id if text == prompt.text else f"{prompt.id}~{variant.template_label}"
        with self._lock:  # pairs of one prompt may run at once: one conversation
            ids = conversations.get(key)
            if ids is not None and self._asked(ids[1]) != text:
                ids = None  # the prompt's text changed since: a conversation of its own
            if ids is None:
                flat = " ".join(text.split())  # cut with "…", as chat titles are
                asked = flat if len(flat) <= 40 else flat[:39].rstrip() + "…"
                conversation = self.store.create_conversation(
                    title=f"{self.name} · {prompt.id}: {asked}", kind="compare",
                    eval_run_id=self.run_id)
                user = self.store.add_message(conversation.id, None, "user", text)
                ids = [conversation.id, user.id]
                conversations[key] = ids
                if save:
                    self._save_run(conversations)
        return ids

    def _pair(self, prompt: Prompt, variant: Variant, repeat: int,
              conversations: dict[str, list[int]]) -> PairResult | None:
        conversation_id, user_id = self._conversation(prompt, variant, conversations)
        model = variant.resolved
        params = variant.merged_params(self.params)
        seed = params.get("seed")
        if isinstance(seed, int) and repeat:
            params["seed"] = seed = seed + repeat
        answer = self.pipeline.start(conversation_id, user_id, model, variant.messages(prompt),
                                     params, batch=self.together > 1,
                                     fresh=self.together == 1)
        with self._lock:
            self._answers.add(answer)
        if self.stop_event.is_set():
            answer.cancel()
        try:
            answer.to_end()
        finally:
            with self._lock:
                self._answers.discard(answer)
        message = answer.message
        if message.finish_reason == "stopped" and self.stop_event.is_set():
            # not a result: a later run makes it whole, so its conversation keeps one answer
            self.store.delete_branch(message.id)
            return None
        # a model that could not be loaded was not tried: its answer counts in no pass rate
        checks, grades = ([], []) if answer.error_kind in NOT_LOADED else grade_answer(
            prompt.checks, message)
        retrieval = answer.retrieval  # the passages it was given (see PairResult.sources)
        sources = [{"number": s.number, "file": Path(s.path).name, "page": s.page,
                    "heading": s.heading, "score": round(s.score, 4)}
                   for s in (retrieval.sources if retrieval is not None else [])]
        return PairResult(
            prompt.id, variant.name, model.key, conversation_id, message.id, message.content,
            message.finish_reason, message.error, message.first_token_s, message.tokens_per_s,
            message.completion_tokens, message.duration_s, checks, repeat, seed,
            eval_name(model), grades, answer.peak_rss_bytes,
            answer.error_kind if message.finish_reason == "error" else None,
            prompt_digest(prompt), checks_digest(prompt), sources,
            message.finish_reason == "length" and message.filled_context,
            message.error_data if message.finish_reason == "error" else None,
            answer.peak_own)

    def _asked(self, message_id: int) -> str | None:
        """The text of a prompt's stored message (None when it is gone)."""
        try:
            return self.store.message(message_id).content
        except KeyError:
            return None


# an estimate of the time left is given once this many answers ended after the first one,
# and this many seconds went by since it ended: answers made together end close to each other,
# so the pace of the first few (0.01 s apart) says little of the next (seconds apart)
ETA_AFTER_ANSWERS = 3
ETA_AFTER_S = 10.0


def _eta(first_at: float, ran: int, remaining: int) -> float | None:
    """Seconds left at the pace of the answers since the first one ended (which waited for
    its model to load); None before that pace means anything (ETA_AFTER_ANSWERS answers
    after the first, over ETA_AFTER_S seconds)."""
    spent = time.monotonic() - first_at
    if ran - 1 < ETA_AFTER_ANSWERS or spent < ETA_AFTER_S:
        return None
    return spent / (ran - 1) * remaining


def _variant_changes(before: Any, now: list[dict[str, Any]]) -> list[str]:
    """What differs between the variants a run folder was made with and these (Variant.
    describe() dicts): "NAME: KEY" for a variant of both whose KEY differs, then the variants
    only one side has ("+NAME", "−NAME")."""
    old = {v.get("name"): v for v in before if isinstance(v, dict)} \
        if isinstance(before, list) else {}
    new = {v["name"]: v for v in now}
    changes = [f"{name}: {key}" for name, variant in new.items() if name in old
               for key in sorted(set(variant) | set(old[name]))
               if variant.get(key) != old[name].get(key)]
    changes += [f"+{name}" for name in new if name not in old]
    changes += [f"−{name}" for name in old if name not in new]
    return changes or ["variants"]
