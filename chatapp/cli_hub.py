"""Command line for the model library and the Hub: search, pull, rm, link."""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import time

from chatapp.cli_args import CONTEXT_LENGTH, MODEL, POSITIVE
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.i18n import say, translate_count, translate_error, translate_text
from chatapp.library_removal import CONTEXT, DELETE, DELETE_PARTS, UNLINK, removal_question
from chatapp.terminal import StatusLine, reply
from chatapp.units import (
    decimal,
    format_bytes,
    format_duration,
    people_count,
    table_lines,
)

log = logging.getLogger(__name__)

COMMANDS = ("search", "pull", "rm", "link", "unlink")

LEFT = QT_TRANSLATE_NOOP("cli", "{time} left")  # of a download, at its speed now
T_NO_RESULTS = QT_TRANSLATE_NOOP("cli", "No GGUF models found.")
T_CHOOSE = QT_TRANSLATE_NOOP(
    "errors", "{repo} has several quantizations; choose one with --quant or --file: {choices}")
T_NO_QUANT = QT_TRANSLATE_NOOP(
    "errors", "{repo} has no quantization \"{wanted}\". Available quantizations: {choices}")
T_NO_FILE = QT_TRANSLATE_NOOP(
    "errors", "{repo} has no GGUF file named \"{wanted}\". Available files: {choices}")
T_PROJECTOR = QT_TRANSLATE_NOOP(
    "errors", "{wanted} in {repo} is a vision projector, which works beside a model, not "
    "alone: pull one of its models: {choices}")
T_SAME_QUANT = QT_TRANSLATE_NOOP(
    "errors", "{repo} has several models of {quant}; choose one with --file: {choices}")
T_TWO_QUANTS = QT_TRANSLATE_NOOP(
    "errors", "{spec} names the quantization {named} but --quant says {quant}: give only one.")
T_BAD_PARAMS = QT_TRANSLATE_NOOP(
    "cli", "\"{value}\" is not a number of parameters; write it like 500M, 1.5B or 8B")
T_PARAMS_ORDER = QT_TRANSLATE_NOOP(
    "errors", "--min-params {low} is more than --max-params {high}: no model can match.")
T_BLANK_QUERY = QT_TRANSLATE_NOOP(
    "cli", "the search words are only spaces; give words, or leave them out to list the most "
    "downloaded GGUF models")
T_OFFLINE_ENV = QT_TRANSLATE_NOOP(
    "errors", "Offline mode is on because HF_HUB_OFFLINE (or TRANSFORMERS_OFFLINE) is set: "
    "the Hugging Face Hub is not contacted. Unset it (or set it to 0) to search or download "
    "models.")
T_OFFLINE_SETTING = QT_TRANSLATE_NOOP(
    "errors", "Offline mode is on: the Hugging Face Hub is not contacted. Turn it off in the "
    "window (Models → Work offline), or set \"offline\" to false in {path}, to search or "
    "download models.")
T_MORE_ONE = QT_TRANSLATE_NOOP(
    "cli", "Only the first model is shown; more match: refine the search or raise --limit.")
T_MORE = QT_TRANSLATE_NOOP(
    "cli", "The first {count} models are shown; more match: refine the search or raise "
    "--limit.")
T_SEVERAL = QT_TRANSLATE_NOOP(
    "errors", "Several models match \"{spec}\"; name the one to delete by its path:\n{paths}")
T_WHICH = QT_TRANSLATE_NOOP("cli", "Several models match \"{spec}\":")
T_WHICH_ASK = QT_TRANSLATE_NOOP("cli", "Which one to delete? [1-{n}, Enter: none] ")
T_FIT = QT_TRANSLATE_NOOP(
    "cli", "{name}: {size}; needs about {need} of memory at {ctx} tokens of context "
    "({free} free): {verdict}")
T_NO_FIT = QT_TRANSLATE_NOOP(
    "cli", "{name}: the memory it needs could not be checked, so it is downloaded all the "
    "same: {reason}")
T_TOO_BIG_ASK = QT_TRANSLATE_NOOP(
    "cli", "It will probably not run on this computer. Download it anyway? [y/N] ")
T_TOO_BIG_NEED_YES = QT_TRANSLATE_NOOP(
    "errors", "It will probably not run on this computer: nothing was downloaded. Run it in "
    "a terminal to be asked, or add --yes to download it all the same.")
T_NOT_DOWNLOADED = QT_TRANSLATE_NOOP("cli", "Nothing downloaded.")
T_SAVED = QT_TRANSLATE_NOOP("cli", "Saved {path}")
T_ALREADY = QT_TRANSLATE_NOOP("cli", "{name} is already in the library: {path}")
T_ALREADY_FROM = QT_TRANSLATE_NOOP(
    "cli", "{name} is already in the library, the same file as downloaded from {repo}: "
    "{path}. Name it as {repo} or by its file name.")
T_SEARCH_HEAD = QT_TRANSLATE_NOOP("cli", "model|parameters|downloads|likes|architecture")
T_NO_DATA = QT_TRANSLATE_NOOP("cli", "no data for {time}")
T_PAUSED = QT_TRANSLATE_NOOP("cli", "Paused. Run the same command again to resume.")
# how long Ctrl+C waits for each running transfer to see it (seconds)
STOP_WAIT_S = 0.5
T_STOPPED_BEFORE = QT_TRANSLATE_NOOP("cli", "Stopped before the download began.")
# the language's words a [y/N] question takes too, split by | ("ya|iya")
T_YES = QT_TRANSLATE_NOOP("cli", "yes")
T_LINK_DELETED = QT_TRANSLATE_NOOP(
    "cli", "Deleted the link {name}; the file it points to was not touched.")
T_NEED_YES = QT_TRANSLATE_NOOP(
    "errors", "Deleting needs confirmation: run it in a terminal or add --yes.")
T_DELETED = QT_TRANSLATE_NOOP("cli", "Deleted {name}.")
T_UNLINKED = QT_TRANSLATE_NOOP("cli", "Forgot {name}; the file was not touched.")
T_KEPT = QT_TRANSLATE_NOOP("cli", "Nothing deleted.")
T_RM_FOLDER = QT_TRANSLATE_NOOP(
    "errors", "{path} is a folder: chatapp rm deletes one model; chatapp unlink {path} takes "
    "the models linked from it off the list and stops watching it.")
VERDICTS = {
    "fits": QT_TRANSLATE_NOOP("fit", "fits"),
    "tight": QT_TRANSLATE_NOOP("fit", "tight"),
    "too_big": QT_TRANSLATE_NOOP("fit", "too big"),
}


def said_yes(answer: str) -> bool:
    """Whether the answer to a [y/N] question is yes: y, yes or the language's words for it
    (Indonesian "ya", "iya", Malay "ya", Filipino "oo", "opo"), in any case."""
    return answer.strip().casefold() in ("y", "yes",
                                         *translate_text("cli", T_YES).casefold().split("|"))


def confirmed(question: str, listed: list[str] | tuple[str, ...] = ()) -> bool:
    """Whether the user, asked question with " [y/N] " at the terminal (after the lines
    listed, on standard output where it is a terminal, else on standard error), says yes
    (said_yes); "Nothing deleted." on stderr when not. UserError (T_NEED_YES) where no
    question can be asked (stdin not a terminal)."""
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserError(T_NEED_YES)
    asking = sys.stdout if sys.stdout.isatty() else sys.stderr  # where the question is
    for line in listed:
        print(line, file=asking)
    if said_yes(reply(question + " [y/N] ")):
        return True
    say(T_KEPT, stderr=True)
    return False


PARAMS = re.compile(r"(\d+(?:\.\d+)?)([KMBT]?)", re.IGNORECASE)
SCALE = {"": 1, "K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}
HUB_HOSTS = re.compile(r"(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co)/", re.IGNORECASE)


def param_count(text: str) -> str:
    """argparse type: a parameter count as the Hub's filter takes it ("500M", "1.5B", "8B",
    or a plain number; "" for none); argparse.ArgumentTypeError (one translated line)
    otherwise."""
    if text == "":
        return ""
    match = PARAMS.fullmatch(text.strip())
    if match is None or float(match[1]) <= 0:
        raise argparse.ArgumentTypeError(translate_text("cli", T_BAD_PARAMS).format(value=text))
    return match[1] + match[2].upper()


def param_value(text: str) -> float:
    """The number a param_count text stands for (8B: 8e9)."""
    match = PARAMS.fullmatch(text)
    return float(match[1]) * SCALE[match[2].upper()] if match else 0.0


def search_words(text: str) -> str:
    """argparse type: the search words, trimmed; refused when only spaces."""
    if text and not text.strip():
        raise argparse.ArgumentTypeError(translate_text("cli", T_BLANK_QUERY))
    return text.strip()


def pull_spec(spec: str, endpoint: str = "") -> tuple[str, str, str]:
    """(repo id, quantization, file) from what `chatapp pull` was given: OWNER/NAME,
    OWNER/NAME:QUANT (as Ollama and LM Studio write it), or a Hub address such as
    https://huggingface.co/OWNER/NAME, hf.co/OWNER/NAME:QUANT or
    https://huggingface.co/OWNER/NAME/blob/main/FILE.gguf (also on endpoint, the HF_ENDPOINT
    in use). Quantization and file are "" when not named; the repo id is not checked here."""
    text = spec.strip()
    prefix = HUB_HOSTS.match(text)
    rest = text[prefix.end():] if prefix else None
    if rest is None and endpoint and text.lower().startswith(endpoint.rstrip("/").lower() + "/"):
        rest = text[len(endpoint.rstrip("/")) + 1:]
    rest = text if rest is None else re.split(r"[?#]", rest, maxsplit=1)[0].rstrip("/")
    parts = rest.split("/")
    file = ""
    if len(parts) > 2:
        if parts[2] in ("blob", "resolve") and len(parts) > 4:
            file = "/".join(parts[4:])
        elif parts[2] != "tree":
            return text, "", ""  # not a model's address: refused as a repo id
        parts = parts[:2]
    repo, quant = "/".join(parts), ""
    if ":" in parts[-1]:
        repo, _, quant = repo.rpartition(":")
        if quant.lower() == "latest":
            quant = ""
    return repo, quant, file


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Add the library and Hub sub-commands to the `chatapp` parser."""
    search = sub.add_parser("search", help=QT_TRANSLATE_NOOP(
        "cli", "search the Hugging Face Hub for GGUF models"))
    search.add_argument("query", nargs="?", default="", type=search_words,
                        help=QT_TRANSLATE_NOOP("cli", "words in the repository name"))
    search.add_argument("--sort", choices=("downloads", "likes", "recent"), default="downloads",
                        help=QT_TRANSLATE_NOOP("cli", "order of the results (default: "
                                               "downloads)"))
    search.add_argument("--min-params", default="", type=param_count,
                        help=QT_TRANSLATE_NOOP("cli", "smallest model, e.g. 1B"))
    search.add_argument("--max-params", default="", type=param_count,
                        help=QT_TRANSLATE_NOOP("cli", "largest model, e.g. 8B"))
    search.add_argument("--limit", type=POSITIVE, default=20, help=QT_TRANSLATE_NOOP(
        "cli", "most results shown (default: 20)"))
    pull = sub.add_parser("pull", help=QT_TRANSLATE_NOOP(
        "cli", "download a GGUF model from the Hub into the library"))
    pull.add_argument("repo", help=QT_TRANSLATE_NOOP(
        "cli", "OWNER/NAME on the Hub, OWNER/NAME:QUANT, or the model's Hub address"))
    which = pull.add_mutually_exclusive_group()
    which.add_argument("--quant", help=QT_TRANSLATE_NOOP("cli", "quantization, e.g. Q4_K_M"))
    which.add_argument("--file", help=QT_TRANSLATE_NOOP("cli", "file name in the repository"))
    pull.add_argument("--ctx", "--context", type=CONTEXT_LENGTH, help=QT_TRANSLATE_NOOP(
        "cli", "context length in tokens for the memory estimate (default: the setting)"))
    pull.add_argument("-y", "--yes", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "download a model too big for this computer without asking"))
    rm = sub.add_parser("rm", help=QT_TRANSLATE_NOOP(
        "cli", "delete a model from the library (linked files are kept)"))
    rm.add_argument("model", metavar="MODEL", type=MODEL,
                    help=QT_TRANSLATE_NOOP("cli", "file path, file name, stem or repo id"))
    rm.add_argument("-y", "--yes", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "do not ask for confirmation"))
    from chatapp.cli_link import add_commands as add_link_commands

    add_link_commands(sub)


def run(args: argparse.Namespace) -> int:
    """Run a library or Hub sub-command."""
    from chatapp.cli_link import cmd_link, cmd_unlink

    return {"search": cmd_search, "pull": cmd_pull, "rm": cmd_rm, "link": cmd_link,
            "unlink": cmd_unlink}[args.command](args)


def _hub(app):
    from chatapp.hub.client import HubClient
    from chatapp.hub.config import HubConfig

    config = HubConfig.load(app.paths, app.settings.offline)
    return config, HubClient(config, app.paths.cache / "hub-headers",
                           app.paths.card_claims)


def _offline_help(app, exc: UserError) -> UserError:
    """The offline refusal with the way out from a terminal: the variable to unset, or the
    setting to change."""
    from chatapp.hub.config import OfflineError, env_offline

    if not isinstance(exc, OfflineError):
        return exc
    if env_offline():
        return UserError(T_OFFLINE_ENV)
    return UserError(T_OFFLINE_SETTING, path=str(app.paths.config / "settings.json"))


def cmd_search(args: argparse.Namespace) -> int:
    """Print matching GGUF repos."""
    if args.min_params and args.max_params and \
            param_value(args.min_params) > param_value(args.max_params):
        raise UserError(T_PARAMS_ORDER, low=args.min_params, high=args.max_params)
    from chatapp.cli_app import open_app

    app = open_app()
    try:
        _, client = _hub(app)
        hits = client.search(args.query, sort=args.sort, min_params=args.min_params,
                             max_params=args.max_params, limit=args.limit + 1)
    except UserError as exc:
        raise _offline_help(app, exc) from None
    finally:
        app.close()
    if not hits:  # (stderr: stdout holds the table only)
        say(T_NO_RESULTS, stderr=True)
        return 0
    more = len(hits) > args.limit  # (one more than shown was asked for, to know)
    hits = hits[:args.limit]
    rows = [[hit.repo_id, people_count(hit.parameters) if hit.parameters else "–",
             people_count(hit.downloads), people_count(hit.likes),
             " ".join([hit.architecture or "", *(f for f, on in (
                 ("[gated]", hit.gated), ("[private]", hit.private)) if on)]).strip()]
            for hit in hits]
    print("\n".join(table_lines(T_SEARCH_HEAD, translate_text("cli", T_SEARCH_HEAD), rows,
                                left=(0, 4))))
    if more:
        print(translate_count("cli", T_MORE_ONE, T_MORE, len(hits)), file=sys.stderr)
    return 0


def _choose(page, args: argparse.Namespace):
    from chatapp.hub.errors import NO_GGUF
    from chatapp.hub.files import incomplete_split

    models = page.models
    if not models:  # (a split model with a part missing is not downloadable: say which)
        raise incomplete_split(page.incomplete[0], page.repo_id) if page.incomplete else \
            UserError(NO_GGUF, repo=page.repo_id)
    by_size = sorted(models, key=lambda e: (e.size or 0, e.name))
    quants = [e.quant for e in models]
    choices = ", ".join(dict.fromkeys(  # a quantization of several files: their names
        e.quant if e.quant and quants.count(e.quant) == 1 else e.name for e in by_size))
    if args.file:
        wanted = args.file.lower()
        files = ", ".join(sorted({e.name for e in models}, key=str.lower))
        for entry in page.entries:
            names = {entry.name.lower(), entry.key.lower()} | {f.path.lower() for f in entry.files}
            names |= {f.name.lower() for f in entry.files}
            if wanted in names and entry.kind == "mmproj":
                raise UserError(T_PROJECTOR, repo=page.repo_id, wanted=args.file, choices=files)
            if wanted in names and not entry.complete:
                raise incomplete_split(entry, page.repo_id)
            if wanted in names:
                return entry
        raise UserError(T_NO_FILE, repo=page.repo_id, wanted=args.file, choices=files)
    if args.quant:
        matches = [e for e in models if e.quant.upper() == args.quant.upper()]
        cut = [e for e in page.incomplete if e.quant.upper() == args.quant.upper()]
        if not matches and cut:
            raise incomplete_split(cut[0], page.repo_id)
        if not matches:
            raise UserError(T_NO_QUANT, repo=page.repo_id, wanted=args.quant, choices=choices)
        if len(matches) > 1:
            raise UserError(T_SAME_QUANT, repo=page.repo_id, quant=matches[0].quant,
                            choices=", ".join(e.name for e in matches))
        return matches[0]
    if len(models) == 1:
        return models[0]
    for entry in models:
        if entry.quant == "Q4_K_M":
            return entry
    raise UserError(T_CHOOSE, repo=page.repo_id, choices=choices)


def _progress(name: str, done: int, total: int, speed: float, note: str = "") -> str:
    """The progress line: bar, percent, bytes, and the speed and ETA, or note in their place
    (a retry's countdown)."""
    width = 30
    frac = done / total if total else 0.0
    bar = "#" * int(frac * width) + "-" * (width - int(frac * width))
    if note:
        tail = f" {note}"
    elif speed <= 0:
        tail = ""  # not measured yet
    else:
        tail = f" {format_bytes(speed)}/s"
        if total:
            tail += " " + translate_text("cli", LEFT).format(
                time=format_duration((total - done) / speed))
    percent = decimal(frac * 100, 1).rjust(5)
    return f"{name[:40]} [{bar}] {percent}% {format_bytes(done)}/{format_bytes(total)}{tail}"


def _retry_note(jobs) -> str:
    """What a download that waits to try again says, or how long its running files have had
    no bytes (see Download.waiting_s), translated; "" when none waits."""
    for job in jobs:
        message = job.retry_text(translate_text)
        if message is not None:
            return message
    running = [job for job in jobs if job.status == "running"]
    waits = [w for w in (job.waiting_s() for job in running) if w is not None]
    if running and len(waits) == len(running):
        return translate_text("cli", T_NO_DATA).format(time=format_duration(min(waits)))
    return ""


def cmd_pull(args: argparse.Namespace) -> int:
    """Download one model (all parts of a split one) with a progress bar."""
    from chatapp.cli_app import open_app
    from chatapp.fit import TOO_BIG, detect_machine
    from chatapp.fit_total import in_all
    from chatapp.hub.download import DONE, FAILED, DownloadManager
    from chatapp.hub.errors import DamagedOnHub, HubError, is_unreachable

    app = open_app()
    manager = None
    try:
        config, client = _hub(app)
        repo, quant, file = pull_spec(args.repo, config.endpoint)
        if quant and args.quant and quant.upper() != args.quant.upper():
            raise UserError(T_TWO_QUANTS, spec=args.repo, named=quant, quant=args.quant)
        if not args.file:
            args.file = file or None
            if not args.file:
                args.quant = args.quant or quant or None
        try:
            page = client.model(repo, with_card=False)
        except UserError as exc:
            raise _offline_help(app, exc) from None
        entry = _choose(page, args)
        n_ctx = args.ctx or app.settings.context_length
        fit = None
        try:
            shape = client.header_shape(page.repo_id, entry, page.commit)
            if args.ctx and shape.n_ctx_train and args.ctx > shape.n_ctx_train:  # as fit says
                from chatapp.cli_fit import T_CTX_CAPPED

                say(T_CTX_CAPPED, asked=args.ctx, model=entry.name, n=shape.n_ctx_train,
                    stderr=True)
            machine = detect_machine()
            need_in_all = in_all(shape, n_ctx, machine)  # as the window counts it
            fit, need = need_in_all.estimate, need_in_all.total
            say(T_FIT, name=entry.name, size=format_bytes(entry.size or 0),
                need=format_bytes(need), ctx=fit.n_ctx, free=format_bytes(fit.budget),
                verdict=translate_text("fit", VERDICTS[fit.verdict]), stderr=True)
        except DamagedOnHub:
            raise  # downloading cannot make it usable
        except HubError as exc:  # the download itself says what stops it (gated, network)
            log.info("no estimate for %s: %s", entry.name, exc)
            if exc.retryable and not is_unreachable(exc):  # the download may get through
                say(T_NO_FIT, name=entry.name, reason=translate_error(exc), stderr=True)
        first = entry.files[0]  # the Hub browser's "In library" test, every part there
        present = app.library.installed(page.repo_id, first.path.rsplit("/", 1)[-1],
                                        first.sha256, 0 if entry.split else first.size or 0)
        if present is not None and not present.problem:
            if present.repo_id and present.repo_id != page.repo_id:  # the same sha256
                say(T_ALREADY_FROM, name=entry.name, path=present.path, repo=present.repo_id)
            else:
                say(T_ALREADY, name=entry.name, path=present.path)
            return 0
        if fit is not None and fit.verdict == TOO_BIG and not args.yes:
            if sys.stdin is None or not sys.stdin.isatty():
                raise UserError(T_TOO_BIG_NEED_YES)
            if not said_yes(reply(translate_text("cli", T_TOO_BIG_ASK))):
                say(T_NOT_DOWNLOADED, stderr=True)
                return 1
        manager = DownloadManager(app.paths, lambda: config,
                                  max_parallel=max(app.settings.downloads_parallel, 1))
        jobs = manager.add(page.repo_id, entry.files, page.commit, group=entry.key)
        ids = [j.id for j in jobs]
        total = sum(j.size for j in jobs)
        fetched = sum(j.fetched_bytes for j in jobs)
        started = time.monotonic()
        tty = sys.stderr.isatty()
        shown = StatusLine(sys.stderr)  # (a pipe gets a line every 5 s instead)
        last = 0.0
        drawn = False
        try:
            while not manager.wait(ids, timeout=0.25):
                now = time.monotonic()
                if now - last >= (0.25 if tty else 5.0):
                    last = now
                    current = [manager.get(i) for i in ids]
                    done = sum(j.done_bytes for j in current)
                    speed = sum(j.speed for j in current)
                    line = _progress(entry.name, done, total, speed, _retry_note(current))
                    shown.show(line) if tty else print(line, file=sys.stderr, flush=True)
                    drawn = True
        except KeyboardInterrupt:  # a transfer on a stalled connection is not waited for: the
            manager.close(STOP_WAIT_S)  # next run starts from what its file holds
            manager = None
            sys.stderr.write("\n" + translate_text("cli", T_PAUSED) + "\n")
            return 130
        jobs = [manager.get(i) for i in ids]
        elapsed = time.monotonic() - started
        average = (sum(j.fetched_bytes for j in jobs) - fetched) / elapsed if elapsed else 0.0
        if all(j.status == DONE for j in jobs):
            line = _progress(entry.name, total, total, average)
            shown.show(line) if tty else sys.stderr.write(line)
            sys.stderr.write("\n")
        elif drawn and tty:
            sys.stderr.write("\n")  # the error goes below the last bar, which stays as it was
        for job in jobs:
            if job.status == FAILED:
                raise job.user_error() or UserError(job.error)
        for job in jobs:
            if job.status != DONE:
                raise UserError(QT_TRANSLATE_NOOP("errors", "The download of {file} stopped."),
                                file=job.file_name)
        say(T_SAVED, path=manager.get(ids[0]).target)
        return 0
    except KeyboardInterrupt:  # (asking the Hub, estimating the fit; or once it began)
        sys.stderr.write("\n" + translate_text(
            "cli", T_STOPPED_BEFORE if manager is None else T_PAUSED) + "\n")
        return 130
    finally:
        if manager is not None:
            manager.close()
        app.close()


def cmd_rm(args: argparse.Namespace) -> int:
    """Delete a library model after confirmation (a linked model is only forgotten)."""

    from chatapp.library import NOT_IN_LIBRARY

    if os.path.isdir(args.model):  # a linked folder is forgotten, not deleted
        raise UserError(T_RM_FOLDER, path=args.model)
    from chatapp.cli_app import open_app

    with open_app() as app:
        several = _same_name(app.library, args.model)
        interactive = sys.stdin is not None and sys.stdin.isatty()
        if len(several) <= 1:
            model = app.catalogue.resolve_local(args.model)
        else:
            if args.yes or not interactive:
                raise UserError(T_SEVERAL, spec=args.model, paths="\n".join(
                    f"  {m.path}" for m in several))
            model = _ask_which(args.model, several)
            if model is None:
                say(T_KEPT, stderr=True)
                return 1
        if not model.starter and model.path not in {
                p for m in app.library.entries() for p in m.all_paths}:
            raise UserError(NOT_IN_LIBRARY, path=model.path)  # (said before any question)
        question, fields = removal_question(model)
        fields["size"] = format_bytes(model.size)
        if not args.yes and not confirmed(translate_text(CONTEXT, question).format(**fields)):
            return 1
        app.library.delete(model)
        said = {DELETE: T_DELETED, DELETE_PARTS: T_DELETED, UNLINK: T_LINK_DELETED}
        print(translate_text("cli", said.get(question, T_UNLINKED)).format(name=model.display_name))
        return 0


def _same_name(library, spec: str) -> list:
    """The library models a name (not a path) matches equally well, as Library.resolve
    ranks matches: [] for a path, else the models of the best-ranked test, one per file."""
    if spec.lower().endswith(".gguf") and os.sep in spec or os.path.lexists(spec):
        return []
    from chatapp.library_names import name_tests

    models = library.entries()
    for test in name_tests(spec):
        matches = list({m.path: m for m in models if test(m)}.values())
        if matches:
            return sorted(matches, key=lambda m: m.path)
    return []


def _ask_which(spec: str, models: list):
    """Ask which of several models to delete; the one chosen, or None."""
    say(T_WHICH, spec=spec)
    for n, model in enumerate(models, 1):
        print(f"  {n}. {model.display_name} ({format_bytes(model.size)}, "
              f"{model.source or 'library'}) {model.path}")
    answer = reply(translate_text("cli", T_WHICH_ASK).format(n=len(models))).strip()
    if answer.isdigit() and 1 <= int(answer) <= len(models):
        return models[int(answer) - 1]
    return None
