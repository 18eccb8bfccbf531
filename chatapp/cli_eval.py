"""`chatapp eval`: run a prompt set through several models and write a report."""

from __future__ import annotations

import argparse
import os
import re
import sys
import threading
from pathlib import Path

from chatapp.cli_args import GIVEN, MAX_TOKENS, MODEL, MODELS, REPEATS, SEED, TEMPERATURE, TOGETHER
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.i18n import choose_language, say, translate_count, translate_error
from chatapp.interrupt import on_interrupt
from chatapp.units import format_duration

COMMAND = "eval"
PROGRESS = QT_TRANSLATE_NOOP(
    "cli", "{done}/{total} answered, about {eta} left ({model}, prompt {prompt})")
PROGRESS_FIRST = QT_TRANSLATE_NOOP("cli", "{done}/{total} answered ({model}, prompt {prompt})")
REPORT = QT_TRANSLATE_NOOP("cli", "Report: {path}")
PARAMETERS = QT_TRANSLATE_NOOP("cli", "Parameters: {params}")
STOPPED = QT_TRANSLATE_NOOP(
    "cli", "Stopped: the report holds the answers made so far; run the same command to go on.")
OUT_NOT_FOLDER = QT_TRANSLATE_NOOP(
    "errors", "{path} is a file, not a folder: --out takes the folder the run and its report "
    "go in (a new one is made).")
GRADING = QT_TRANSLATE_NOOP("cli", "Grading {done}/{total}, about {eta} left")
GRADING_FIRST = QT_TRANSLATE_NOOP("cli", "Grading {done}/{total}")
CANNOT_ANSWER = QT_TRANSLATE_NOOP(
    "cli", "{model} cannot answer: it is tried once, its other answers wait for a later run. "
    "{reason}")
RESUMED_ONE = QT_TRANSLATE_NOOP(
    "cli", "{count} answer was already done; it is not run again.")
RESUMED = QT_TRANSLATE_NOOP("cli", "{count} answers were already done; they are not run again.")
ALL_THERE_ONE = QT_TRANSLATE_NOOP(
    "cli", "The {count} answer is in this folder already: nothing new to run (choose another "
    "output folder to run it again).")
ALL_THERE = QT_TRANSLATE_NOOP(
    "cli", "All {count} answers are in this folder already: nothing new to run (choose another "
    "output folder to run them again).")
GRADED_ONE = QT_TRANSLATE_NOOP("cli", "{count} grade was made now.")
GRADED = QT_TRANSLATE_NOOP("cli", "{count} grades were made now.")
REGRADED = QT_TRANSLATE_NOOP(
    "cli", "Answers graded again, as their prompts' checks changed: {count}.")
MADE_ONE = QT_TRANSLATE_NOOP("cli", "{count} new answer made, {skipped} already in this folder.")
MADE = QT_TRANSLATE_NOOP("cli", "{count} new answers made, {skipped} already in this folder.")
JUDGE_IDLE = QT_TRANSLATE_NOOP(
    "cli", "The judge {judge} grades nothing in this run: no prompt has an llm-rubric check, "
    "and --pairwise is not given.")
FAILED_ONE = QT_TRANSLATE_NOOP(
    "cli", "{count} answer failed: {reason} Run the same command again to retry it (the "
    "answers made are kept).")
FAILED = QT_TRANSLATE_NOOP(
    "cli", "{count} answers failed (the first: {reason}) Run the same command again to retry "
    "them (the answers made are kept).")
UNGRADED_ONE = QT_TRANSLATE_NOOP(
    "cli", "{count} grade was left out: {reason} The report says so; the same command tries "
    "it again.")
UNGRADED = QT_TRANSLATE_NOOP(
    "cli", "{count} grades were left out (the first: {reason}) The report says so; the same "
    "command tries them again.")
NOT_TRIED = QT_TRANSLATE_NOOP(
    "cli", "Not tried, as their model could not be loaded: {variants}.")


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Declare the sub-command and its options."""
    ev = sub.add_parser(COMMAND, help=QT_TRANSLATE_NOOP(
        "cli", "answer a prompt set with several models; write a report"))
    ev.add_argument("--config", help=QT_TRANSLATE_NOOP(
        "cli", "promptfoo-style YAML: prompts, providers (variants), tests with vars and assert"))
    ev.add_argument("--models", type=MODELS,
                    help=QT_TRANSLATE_NOOP(
                        "cli", "comma-separated models (path, file name, stem or repo id)"))
    ev.add_argument("--prompts",
                    help=QT_TRANSLATE_NOOP(
                        "cli", "prompt file: JSONL, a JSON list, CSV or plain text (one prompt "
                        "a line)"))
    ev.add_argument("--judge", type=MODEL, help=QT_TRANSLATE_NOOP(
        "cli", "judge model for llm-rubric assertions and --pairwise"))
    ev.add_argument("--embedding-model", metavar="MODEL", type=MODEL,
                    help=QT_TRANSLATE_NOOP(
                        "cli", "embedding model for similar assertions (else the config's)"))
    ev.add_argument("--pairwise", action="store_true",
                    help=QT_TRANSLATE_NOOP(
                        "cli", "the judge compares each pair of variants on each prompt (asked "
                        "twice, the order swapped)"))
    ev.add_argument("--repeats", type=REPEATS,
                    help=QT_TRANSLATE_NOOP(
                        "cli", "answers per prompt and variant, each with its own seed (pass@k)"))
    ev.add_argument("-j", "--max-concurrency", type=TOGETHER, help=QT_TRANSLATE_NOOP(
        "cli", "answers of one model made at once, where it decodes several together: faster, "
        "but at a near-tie an answer may differ from the model's own (default 1: one at a "
        "time, the same answers in every run)"))
    ev.add_argument("--checks", help=QT_TRANSLATE_NOOP(
        "cli", "JSONL checks by prompt id (exact, contains, regex, json, max_length)"))
    ev.add_argument("--out", "-o", "--output", type=GIVEN, help=QT_TRANSLATE_NOOP(
        "cli", "folder of the run and its report (a run there resumes)"))
    ev.add_argument("--max-tokens", type=MAX_TOKENS, help=QT_TRANSLATE_NOOP(
        "cli", "longest answer in tokens"))
    ev.add_argument("--temperature", type=TEMPERATURE, help=QT_TRANSLATE_NOOP(
        "cli", "sampling temperature (default 0)"))
    ev.add_argument("--seed", type=SEED, default=1, help=QT_TRANSLATE_NOOP(
        "cli", "sampling seed (default 1)"))
    ev.add_argument("--docs", action="append", metavar="NAME", type=GIVEN,
                    help=QT_TRANSLATE_NOOP(
                        "cli", "also run each model answering from this document collection "
                        "(repeatable: one variant searching them all)"))


def _eta(seconds: float | None) -> str:
    return "?" if seconds is None else format_duration(seconds)


def run(args: argparse.Namespace) -> int:
    """Run the evaluation (resuming a run in --out) and write the report."""
    from chatapp.cli_app import open_app
    from chatapp.compare.prompts import load_prompts

    if args.config:
        return run_config(args)
    if not args.models or not args.prompts:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Give --config FILE.yaml, or --models and "
                                          "--prompts."))
    prompts_path = Path(args.prompts)
    prompts = load_prompts(prompts_path, Path(args.checks) if args.checks else None)
    with open_app() as app:
        specs = [s.strip() for s in args.models.split(",") if s.strip()]
        if not specs:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Name at least one model."))
        models = [app.catalogue.resolve(spec) for spec in specs]
        for model in models:
            check_model(model)
        if args.docs:
            from chatapp.docs.variant import DocsVariant

            app.chat.pipeline.retriever.resolve(args.docs)  # a name that is none stops here
            models = [v for m in models for v in (m, DocsVariant(m, args.docs))]
        from chatapp.compare.variants import eval_name

        names = [eval_name(m) for m in models]
        if len(set(names)) != len(names):
            raise UserError(QT_TRANSLATE_NOOP("errors", "A model is named twice."))
        return execute(app, args, prompts_path, prompts, models,
                       graders=graders(app, args, prompts=prompts, variants=models))


def run_config(args: argparse.Namespace) -> int:
    """`chatapp eval --config FILE.yaml`: run a promptfoo-style config's prompts × variants
    (× repeats), grade what needs a model, report. UserError when options the file replaces
    are given too (--models, --prompts, --checks, --docs)."""
    from chatapp.cli_app import open_app
    from chatapp.compare.config import load_config

    given = [option for option, value in (("--models", args.models), ("--prompts", args.prompts),
                                          ("--checks", args.checks), ("--docs", args.docs))
             if value]
    if given:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "The config file names the models, prompts, checks and documents: leave "
            "out {options}, or change the file."), options=", ".join(given))
    path = Path(args.config)
    config = load_config(path, judge_given=bool(args.judge),
                         embedding_given=bool(args.embedding_model))
    with open_app() as app:
        for variant in config.variants:
            variant.resolve(app.catalogue, check_model)
        return execute(app, args, path, config.prompts, config.variants, name=config.name,
                       repeats=config.repeats, together=config.together,
                       graders=graders(app, args, config.judge, config.embedding,
                                     config.prompts, config.variants))


def _sentence(text: str) -> str:
    """text ending as a sentence does (a period added unless it ends in . ? or !)."""
    return text if text.endswith((".", "?", "!")) else text + "."


def check_model(model) -> None:
    """Refuse (UserError) a model that is not a chat model; a chat model that cannot load (a
    damaged file) stays in the run, its answers recorded as errors with the reason, and a
    line on stderr says so now."""
    from chatapp.library import LocalModel

    error = model.problem_error() if isinstance(model, LocalModel) and model.is_chat else None
    if error is None:
        model.check_chat()
        return
    say(CANNOT_ANSWER, model=model.file_name, reason=" ".join(translate_error(error).split()),
        stderr=True)


def graders(app, args: argparse.Namespace, judge: str | None = None,
            embedding: str | None = None, prompts: list | None = None,
            variants: list | None = None):
    """The run's Graders (judge, embedding: the config's; the options win), or None when
    nothing needs one. The models prompts' checks need are checked now (UserError); a judge
    that is also one of the variants' model is said on stderr."""
    judge = args.judge or judge
    embedding = getattr(args, "embedding_model", None) or embedding
    if args.pairwise and not judge:
        raise UserError(QT_TRANSLATE_NOOP("errors", "--pairwise needs a judge model (--judge)."))
    if args.pairwise and variants is not None and len(variants) < 2:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "--pairwise compares variants two by two: this run has only one."))
    later = any(getattr(c, "later", False) for p in prompts or [] for c in p.checks)
    if not (judge or embedding or later):
        return None
    from chatapp.compare.judge import Graders
    from chatapp.compare.report_stats import JUDGE_ITSELF

    chosen = Graders(app.chat.pipeline, app.catalogue, judge, embedding,
                     pairwise=args.pairwise)
    chosen.check(prompts or [])
    if chosen.idle(prompts or []):  # (a name given for nothing is not passed over in silence)
        say(JUDGE_IDLE, judge=judge, stderr=True)
    elif judge:
        itself = chosen.judged_by_itself(variants or [])
        if itself:
            say(JUDGE_ITSELF, judge=judge, variants=", ".join(itself), stderr=True)
    chosen.progress = lambda done, total, eta: say(GRADING if eta is not None else GRADING_FIRST,
                                                   done=done + 1, total=total, eta=_eta(eta),
                                                   stderr=True)
    return chosen


def run_params(app, args: argparse.Namespace) -> dict:
    """The sampling parameters of a run: the settings', greedy unless told, the options'
    (no stop strings: none named)."""
    from chatapp.chat import sampling_params

    params = sampling_params(app.settings.sampling, {})
    params.update(temperature=0.0 if args.temperature is None else args.temperature,
                  seed=args.seed)
    if args.max_tokens is not None:
        params["max_tokens"] = args.max_tokens
    return params


def execute(app, args: argparse.Namespace, source: Path, prompts: list, variants: list,
            name: str = "", repeats: int = 1, graders=None, together: int = 1) -> int:
    """Run (or resume) prompts × variants in --out (else the data folder's evals/SOURCE),
    showing progress; graders (a compare.judge.Graders) grade the results; write the
    report. 0; 1 when answers failed or grades were left out (said on stderr: a later run
    makes them again); 130 when stopped."""
    from chatapp.compare.evaluate import EvalRun, Progress
    from chatapp.compare.report import summary_text, write_report
    from chatapp.compare.report_stats import unread_note

    stem = re.sub(r"[^\w.-]+", "_", source.stem) or "eval"
    folder = Path(args.out) if args.out else app.paths.evals / stem  # EvalRun: absolute
    if args.out and os.path.lexists(folder) and not folder.is_dir():
        raise UserError(OUT_NOT_FOLDER, path=os.path.abspath(folder))
    params = run_params(app, args)
    runner = EvalRun(app.chat.pipeline, prompts, variants, folder, params,
                     name=name or source.name, repeats=args.repeats or repeats,
                     together=args.max_concurrency or together)
    if (same := runner.greedy_repeats()) is not None:
        print(translate_error(same), file=sys.stderr)
    last = [-1]
    lock = threading.Lock()  # answers made together tell their progress from their threads

    def progress(p: Progress) -> None:
        with lock:
            if p.done == p.skipped and p.skipped < p.total and p.skipped and not p.model:
                print(translate_count("cli", RESUMED_ONE, RESUMED, p.skipped), file=sys.stderr)
            if p.model and p.done > p.skipped and p.done != last[0]:
                last[0] = p.done
                say(PROGRESS if p.eta_s is not None else PROGRESS_FIRST, done=p.done, total=p.total,
                    eta=_eta(p.eta_s), model=p.model, prompt=p.prompt_id, stderr=True, flush=True)

    with on_interrupt(runner.stop):
        results = runner.run(progress)
    if graders is not None and not runner.stop_event.is_set():
        results = graders.grade_run(runner, results)
    if not runner.stop_event.is_set():
        if runner.nothing_new:
            print(translate_count("cli", ALL_THERE_ONE, ALL_THERE, runner.total),
                  file=sys.stderr)
            if graders is not None and graders.made:  # (grading was what there was to do)
                print(translate_count("cli", GRADED_ONE, GRADED, graders.made),
                      file=sys.stderr)
        elif runner.skipped:
            print(translate_count("cli", MADE_ONE, MADE, runner.made, skipped=runner.skipped),
                  file=sys.stderr)
        if runner.regraded:
            say(REGRADED, count=runner.regraded, stderr=True)
    from chatapp.compare.claims import variant_claims

    page = write_report(runner.folder, runner.name, prompts, [v.name for v in runner.variants],
                        results, params, choose_language(app.settings.language),
                        variant_claims(runner.variants, app.paths.card_claims))
    from chatapp.compare.report import params_text
    from chatapp.compare.report_variants import run_file, run_variants, shared_params

    shared = shared_params(params, run_variants(run_file(runner.folder)))
    if shared:  # (those every answer was made with; a variant's own: the report's Variants)
        say(PARAMETERS, params=params_text(shared, choose_language(app.settings.language)))
    language = choose_language(app.settings.language)
    names = [v.name for v in runner.variants]
    print(summary_text(results, names, language))
    from chatapp.compare.report_terminal import comparison_lines, made_line

    for line in (made_line(run_file(runner.folder), language),  # (what the report says too)
                 *comparison_lines(runner.folder, names, language)):
        if line:
            print(line)
    say(REPORT, path=page)
    if unread := unread_note(results, folder=runner.folder):  # said, not left to the report
        print(unread, file=sys.stderr)
    if runner.stop_event.is_set():
        say(STOPPED, stderr=True)
        return 130
    others = [r for r in runner.failed if r.model not in runner.not_loaded]
    if others:  # (those of a model that could not be loaded are said apart, below)
        from chatapp.errors import stored_error

        first = others[0]
        error = stored_error(app.store.message(first.message_id).error_data)
        reason = " ".join((translate_error(error) if error else first.error or "").split())
        print(translate_count("cli", FAILED_ONE, FAILED, len(others),
                              reason=_sentence(reason)),
              file=sys.stderr)
    if runner.failed and runner.not_loaded:
        say(NOT_TRIED, variants=", ".join(runner.not_loaded), stderr=True)
    if graders is not None and graders.failed:
        reason = " ".join(translate_error(graders.failed[0]).split())
        print(translate_count("cli", UNGRADED_ONE, UNGRADED, len(graders.failed),
                              reason=_sentence(reason)),
              file=sys.stderr)
    return 1 if runner.failed or graders is not None and graders.failed else 0
