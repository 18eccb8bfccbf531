"""`chatapp models`: the local models, the other GGUF files, what was left out and why, and
the servers' models (or one JSON document of them)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from chatapp import cli_json
from chatapp.errors import QT_TRANSLATE_NOOP, DiskFull, UserError
from chatapp.i18n import say, translate_error, translate_text
from chatapp.library_model import source_label
from chatapp.starter import no_models_error
from chatapp.units import format_bytes

UNREADABLE = QT_TRANSLATE_NOOP("cli", "unreadable: {reason}")
PARTS = QT_TRANSLATE_NOOP("cli", "{count} parts")
OTHERS = QT_TRANSLATE_NOOP("cli", "Not chat models (they go with a chat model or do other work):")
SKIPPED = QT_TRANSLATE_NOOP("cli", "Left out of the library:")
REMOTE = QT_TRANSLATE_NOOP("cli", "Models on other machines (OpenAI-compatible servers):")
CONTEXT = QT_TRANSLATE_NOOP("cli", "context {n}")
# the longest `chatapp models` waits for the servers' lists (all are asked at once)
LIST_WAIT_S = 1.5


def _model_line(model, mark: str, kind: str = "") -> str:
    """One row of `chatapp models` (kind: the file's kind label for non-chat files; a model's
    problem in the user's language, UNREADABLE where it has no message of its own)."""
    if model.problem:
        problem = translate_error(model.problem_error())
        if not model.problem_template:
            problem = translate_text("cli", UNREADABLE).format(reason=problem)
        return f"{mark} {model.list_name}  ({problem})"
    parts = (translate_text("cli", PARTS).format(count=len(model.parts)) + "  "
             if model.parts else "")
    return (f"{mark} {model.list_name}  {kind + '  ' if kind else ''}{parts}"
            f"{format_bytes(model.size)}  {model.quantization or '?'}  "
            f"{model.architecture or '?'}"
            + (f"  [{source_label('starter')}]" if model.starter else "")
            + (f"  {model.repo_id}" if model.repo_id else ""))


@dataclass
class LocalListing:
    """What `chatapp models` lists from this computer, gathered once for its lines and its
    --json: chat models, other GGUF files (LocalModel each), what was left out (SkippedFile
    each) and the key of the model `chat` takes without -m (a server's model, maybe; None
    when there is none)."""

    models: list
    others: list
    skipped: list
    default: str | None


def local_listing(app) -> LocalListing:
    """The library's listing; the starter's DiskFull when there is no model (room to make:
    then it is there)."""
    models = app.library.models()
    problem = app.library.starter_problem  # (said among what was left out)
    if not models and isinstance(problem, DiskFull):
        raise problem
    from chatapp.cli import chosen_model

    try:
        default = chosen_model(app, None).key
    except UserError:
        default = None
    return LocalListing(models, app.library.others(), app.library.skipped(), default)


def ask_servers(app, local: bool) -> dict | None:
    """Ask each endpoint for its models now, all at once, waiting at most LIST_WAIT_S: the
    failures by endpoint name ({} when all answered; one not answering by then is a
    TIMEOUT); None when none was asked (local, or no endpoint)."""
    if local or not app.catalogue.configured():
        return None
    return app.catalogue.refresh_remote(wait_s=LIST_WAIT_S)


def cmd_models(args: argparse.Namespace) -> int:
    """Print the local models: chat models, then the other GGUF files, then what was left
    out of the models folder and why; then the servers' models, which each server is asked
    for now (not with --local); --json: one document of them (cli_json.models)."""
    from chatapp.cli_app import open_app
    from chatapp.library_kinds import LABELS

    with open_app() as app:
        listing = local_listing(app)
        if args.json:
            return cli_json.models(listing, app.catalogue, ask_servers(app, args.local))
        if not listing.models and app.library.starter_problem is None:
            print(translate_error(no_models_error()), file=sys.stderr)
        for model in listing.models:
            mark = "*" if model.key == listing.default else " "
            print(_model_line(model, mark))
            if not model.problem:
                source = source_label(model.source) if model.source and not model.starter else ""
                print(f"    {model.path}" + (f"  [{source}]" if source else ""))
        if listing.others:
            say(OTHERS)
        for model in listing.others:
            print(_model_line(model, "-", translate_text("library", LABELS[model.kind])))
            print(f"    {model.path}" + (f"  [{source_label(model.source)}]"
                                            if model.source else ""))
        if listing.skipped:
            say(SKIPPED)
        for entry in listing.skipped:
            print(f"- {translate_error(entry.reason)}")
        failures = ask_servers(app, args.local)
        if failures is None:
            return 0
        say(REMOTE)
        for entry in app.catalogue.remote():
            context = (translate_text("cli", CONTEXT).format(n=entry.context_length)
                       if entry.context_length else "")
            mark = "*" if entry.key == listing.default else " "
            columns = (entry.key, context, f"[{entry.host}]",
                       f"({entry.problem})" if entry.problem else "")
            print(f"{mark} " + "  ".join(c for c in columns if c))
        sys.stdout.flush()
        # each message starts with the endpoint's name, as `remote list` says them
        return 1 if cli_json.said_failures(list(failures.values())) else 0
