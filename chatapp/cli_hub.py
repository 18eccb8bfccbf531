"""Command line for the model library and the Hub: search, pull, rm, link."""

from __future__ import annotations

import argparse
import sys
import time

from chatapp.cli_args import POSITIVE, Number
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.i18n import translate_text
from chatapp.units import format_bytes, format_count, format_duration

COMMANDS = ("search", "pull", "rm", "link")

T_NO_RESULTS = QT_TRANSLATE_NOOP("cli", "No GGUF models found.")
T_CHOOSE = QT_TRANSLATE_NOOP(
    "errors", "{repo} has several quantizations; choose one with --quant or --file: {choices}")
T_NO_MATCH = QT_TRANSLATE_NOOP(
    "errors", "{repo} has no GGUF file matching \"{wanted}\". Available: {choices}")
T_NO_GGUF = QT_TRANSLATE_NOOP("errors", "{repo} has no GGUF model files.")
T_FIT = QT_TRANSLATE_NOOP(
    "cli", "{name}: {size}; needs about {need} of memory at {ctx} tokens of context "
    "({free} free): {verdict}")
T_SAVED = QT_TRANSLATE_NOOP("cli", "Saved {path}")
T_ALREADY = QT_TRANSLATE_NOOP("cli", "{name} is already in the library: {path}")
T_PAUSED = QT_TRANSLATE_NOOP("cli", "Paused. Run the same command again to resume.")
T_CONFIRM = QT_TRANSLATE_NOOP("cli", "Delete {name} ({size})? [y/N] ")
T_CONFIRM_LINK = QT_TRANSLATE_NOOP("cli", "Forget {name}? The file stays in {path}. [y/N] ")
T_NEED_YES = QT_TRANSLATE_NOOP(
    "errors", "Deleting needs confirmation: run it in a terminal or add --yes.")
T_DELETED = QT_TRANSLATE_NOOP("cli", "Deleted {name}.")
T_UNLINKED = QT_TRANSLATE_NOOP("cli", "Forgot {name}; the file was not touched.")
T_KEPT = QT_TRANSLATE_NOOP("cli", "Nothing deleted.")
T_LINKED_ONE = QT_TRANSLATE_NOOP("cli", "Added {count} model (not copied):")
T_LINKED = QT_TRANSLATE_NOOP("cli", "Added {count} models (not copied):")
T_NOTHING_LINKED = QT_TRANSLATE_NOOP("cli", "No new GGUF models found in {path}.")
T_NO_STORES = QT_TRANSLATE_NOOP(
    "errors", "No Hugging Face cache, LM Studio or Ollama models folder was found; give a path.")
VERDICTS = {
    "fits": QT_TRANSLATE_NOOP("fit", "fits"),
    "tight": QT_TRANSLATE_NOOP("fit", "tight"),
    "too_big": QT_TRANSLATE_NOOP("fit", "too big"),
}


def _t(context: str, text: str) -> str:
    return translate_text(context, text)


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Add the library and Hub sub-commands to the `chatapp` parser."""
    search = sub.add_parser("search", help=QT_TRANSLATE_NOOP(
        "cli", "search the Hugging Face Hub for GGUF models"))
    search.add_argument("query", nargs="?", default="", help=QT_TRANSLATE_NOOP(
        "cli", "words in the repository name"))
    search.add_argument("--sort", choices=("downloads", "likes", "recent"), default="downloads")
    search.add_argument("--min-params", default="", help=QT_TRANSLATE_NOOP(
        "cli", "smallest model, e.g. 1B"))
    search.add_argument("--max-params", default="", help=QT_TRANSLATE_NOOP(
        "cli", "largest model, e.g. 8B"))
    search.add_argument("--limit", type=POSITIVE, default=20)
    pull = sub.add_parser("pull", help=QT_TRANSLATE_NOOP(
        "cli", "download a GGUF model from the Hub into the library"))
    pull.add_argument("repo", help=QT_TRANSLATE_NOOP("cli", "OWNER/NAME on the Hub"))
    which = pull.add_mutually_exclusive_group()
    which.add_argument("--quant", help=QT_TRANSLATE_NOOP("cli", "quantization, e.g. Q4_K_M"))
    which.add_argument("--file", help=QT_TRANSLATE_NOOP("cli", "file name in the repository"))
    pull.add_argument("--context", type=Number(int, 0), default=0,
                      help=QT_TRANSLATE_NOOP(
                          "cli", "context length for the memory estimate (default: the setting)"))
    rm = sub.add_parser("rm", help=QT_TRANSLATE_NOOP(
        "cli", "delete a model from the library (linked files are kept)"))
    rm.add_argument("model", help=QT_TRANSLATE_NOOP("cli", "file path, file name, stem or repo id"))
    rm.add_argument("-y", "--yes", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "do not ask for confirmation"))
    link = sub.add_parser(
        "link", help=QT_TRANSLATE_NOOP(
            "cli", "add models already on disk without copying: a file, a folder, an HF cache, LM "
            "Studio's or Ollama's store (all found ones when no path)"))
    link.add_argument("path", nargs="?", help=QT_TRANSLATE_NOOP("cli", "file or folder"))
    link.add_argument("--layout", choices=("hf-cache", "lmstudio", "ollama", "folder", "file"),
                      help=QT_TRANSLATE_NOOP(
                          "cli", "what kind of store the path is (detected when left out)"))


def run(args: argparse.Namespace) -> int:
    """Run a library or Hub sub-command."""
    return {"search": cmd_search, "pull": cmd_pull, "rm": cmd_rm, "link": cmd_link}[
        args.command](args)


def _hub(app):
    from chatapp.hub.client import HubClient
    from chatapp.hub.config import HubConfig

    config = HubConfig.load(app.paths, app.settings.offline)
    return config, HubClient(config, app.paths.cache / "hub-headers",
                           app.paths.card_claims)


def _open():
    from chatapp.context import open_app

    return open_app()



def cmd_search(args: argparse.Namespace) -> int:
    """Print matching GGUF repos."""
    app = _open()
    try:
        _, client = _hub(app)
        hits = client.search(args.query, sort=args.sort, min_params=args.min_params,
                             max_params=args.max_params, limit=args.limit)
    finally:
        app.close()
    if not hits:
        print(_t("cli", T_NO_RESULTS))
        return 0
    width = max(len(h.repo_id) for h in hits)
    for hit in hits:
        flags = " ".join(f for f, on in (("[gated]", hit.gated), ("[private]", hit.private)) if on)
        params = format_count(hit.parameters) if hit.parameters else "?"
        print(f"{hit.repo_id:<{width}}  {params:>6}  ↓{format_count(hit.downloads):>6}  "
              f"♥{format_count(hit.likes):>5}  {hit.architecture or ''} {flags}".rstrip())
    return 0


def _choose(page, args: argparse.Namespace):
    models = page.models
    if not models:
        raise UserError(T_NO_GGUF, repo=page.repo_id)
    choices = ", ".join(dict.fromkeys(e.quant or e.name for e in models))
    if args.file:
        wanted = args.file.lower()
        for entry in models:
            names = {entry.name.lower(), entry.key.lower()} | {f.path.lower() for f in entry.files}
            names |= {f.name.lower() for f in entry.files}
            if wanted in names:
                return entry
        raise UserError(T_NO_MATCH, repo=page.repo_id, wanted=args.file, choices=choices)
    if args.quant:
        matches = [e for e in models if e.quant.upper() == args.quant.upper()]
        if not matches:
            raise UserError(T_NO_MATCH, repo=page.repo_id, wanted=args.quant, choices=choices)
        return matches[0]
    if len(models) == 1:
        return models[0]
    for entry in models:
        if entry.quant == "Q4_K_M":
            return entry
    raise UserError(T_CHOOSE, repo=page.repo_id, choices=choices)


def _progress(name: str, done: int, total: int, speed: float) -> str:
    width = 30
    frac = done / total if total else 0.0
    bar = "#" * int(frac * width) + "-" * (width - int(frac * width))
    eta = ""
    if speed > 0 and total:
        eta = f" ETA {format_duration((total - done) / speed)}"
    return (f"\r{name[:40]} [{bar}] {frac * 100:5.1f}% {format_bytes(done)}/"
            f"{format_bytes(total)} {format_bytes(speed)}/s{eta}   ")


def cmd_pull(args: argparse.Namespace) -> int:
    """Download one model (all parts of a split one) with a progress bar."""
    from chatapp.fit import detect_machine, estimate
    from chatapp.hub.download import DONE, FAILED, DownloadManager
    from chatapp.hub.errors import HubError

    app = _open()
    manager = None
    try:
        config, client = _hub(app)
        page = client.model(args.repo, with_card=False)
        entry = _choose(page, args)
        n_ctx = args.context or app.settings.context_length
        try:
            shape = client.header_shape(page.repo_id, entry, page.commit)
            fit = estimate(shape, n_ctx, detect_machine())
            print(_t("cli", T_FIT).format(
                name=entry.name, size=format_bytes(entry.size or 0),
                need=format_bytes(fit.total), ctx=fit.n_ctx, free=format_bytes(fit.budget),
                verdict=_t("fit", VERDICTS[fit.verdict])), file=sys.stderr)
        except HubError as exc:
            print(f"chatapp: {exc}", file=sys.stderr)
        first = entry.files[0]  # the Hub browser's "In library" test, every part there
        present = app.library.installed(page.repo_id, first.path.rsplit("/", 1)[-1],
                                        first.sha256)
        if present is not None and not present.problem:
            print(_t("cli", T_ALREADY).format(name=entry.name, path=present.path))
            return 0
        manager = DownloadManager(app.paths, lambda: config,
                                  max_parallel=max(app.settings.downloads_parallel, 1))
        jobs = manager.add(page.repo_id, entry.files, page.commit, group=entry.key)
        ids = [j.id for j in jobs]
        total = sum(j.size for j in jobs)
        fetched = sum(j.fetched_bytes for j in jobs)
        started = time.monotonic()
        tty = sys.stderr.isatty()
        last = 0.0
        try:
            while not manager.wait(ids, timeout=0.25):
                now = time.monotonic()
                if now - last >= (0.25 if tty else 5.0):
                    last = now
                    done = sum(manager.get(i).done_bytes for i in ids)
                    speed = sum(manager.get(i).speed for i in ids)
                    line = _progress(entry.name, done, total, speed)
                    sys.stderr.write(line if tty else line.strip() + "\n")
                    sys.stderr.flush()
        except KeyboardInterrupt:
            manager.close()
            sys.stderr.write("\n" + _t("cli", T_PAUSED) + "\n")
            return 130
        jobs = [manager.get(i) for i in ids]
        elapsed = time.monotonic() - started
        average = (sum(j.fetched_bytes for j in jobs) - fetched) / elapsed if elapsed else 0.0
        sys.stderr.write(_progress(entry.name, sum(j.done_bytes for j in jobs) or total, total,
                                   average).rstrip() + "\n")
        for job in jobs:
            if job.status == FAILED:
                raise job.user_error() or UserError(job.error)
        for job in jobs:
            if job.status != DONE:
                raise UserError(QT_TRANSLATE_NOOP("errors", "The download of {file} stopped."),
                                file=job.file_name)
        print(_t("cli", T_SAVED).format(path=manager.get(ids[0]).target))
        return 0
    finally:
        if manager is not None:
            manager.close()
        app.close()


def cmd_rm(args: argparse.Namespace) -> int:
    """Delete a library model after confirmation (a linked model is only forgotten)."""

    app = _open()
    try:
        model = app.library.resolve(args.model)
        linked = model.source not in ("library", "downloaded", "starter", "")
        if not args.yes:
            if sys.stdin is None or not sys.stdin.isatty():
                raise UserError(T_NEED_YES)
            prompt = (_t("cli", T_CONFIRM_LINK).format(name=model.display_name, path=model.path)
                      if linked else _t("cli", T_CONFIRM).format(
                          name=model.display_name, size=format_bytes(model.size)))
            if input(prompt).strip().lower() not in ("y", "yes"):
                print(_t("cli", T_KEPT))
                return 1
        app.library.delete(model)
        print(_t("cli", T_UNLINKED if linked else T_DELETED).format(name=model.display_name))
        return 0
    finally:
        app.close()


def cmd_link(args: argparse.Namespace) -> int:
    """Add models already on disk to the library without copying them."""
    from pathlib import Path

    from chatapp.i18n import translate_count, translate_error
    from chatapp.library_kinds import LABELS
    from chatapp.library_sources import Links, known_stores, scan

    app = _open()
    try:
        if args.path:
            targets = [(Path(args.path), args.layout or "")]
        else:
            targets = [(path, kind) for kind, path in known_stores()]
            if not targets:
                raise UserError(T_NO_STORES)
        links = Links(app.paths)
        added, skipped = [], []
        for path, layout in targets:
            result = scan(path, layout)
            found = links.add(result.models, app.paths.models)
            if not found and not (path.is_file() and result.skipped):  # else the skip says why
                print(_t("cli", T_NOTHING_LINKED).format(path=str(path)))
            added += found
            skipped += result.skipped
        if added:
            print(translate_count("cli", T_LINKED_ONE, T_LINKED, len(added)))
            listed = {p: m for m in app.library.entries() for p in m.all_paths}
            for model in added:
                known = listed.get(model.path)
                label = known.list_name if known else model.name or Path(model.path).name
                kind = f"  ({_t('library', LABELS[known.kind])})" \
                    if known and not known.is_chat else ""
                extra = f"  {model.repo_id}" if model.repo_id else ""
                print(f"  {label}  [{model.source}]{extra}{kind}\n    {model.path}")
        refused = bool(args.path) and Path(args.path).is_file() and skipped and not added
        for entry in skipped:  # the one file named could not be linked: an error
            if refused:
                print(f"chatapp: {translate_error(entry.reason)}", file=sys.stderr)
            else:
                print(translate_error(entry.reason))
        return 1 if refused else 0
    finally:
        app.close()
