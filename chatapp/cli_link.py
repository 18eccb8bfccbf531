"""`chatapp link`: add models already on disk to the library without copying them."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from chatapp.cli_args import GIVEN
from chatapp.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    from chatapp.library_sources import ScanResult

T_LINKED_ONE = QT_TRANSLATE_NOOP("cli", "Added {count} model (not copied):")
T_LINKED = QT_TRANSLATE_NOOP("cli", "Added {count} models (not copied):")
T_NOTHING_LINKED = QT_TRANSLATE_NOOP("cli", "No new GGUF models found in {path}.")
T_LINKED_BEFORE = QT_TRANSLATE_NOOP("cli", "The models in {path} are in the library already.")
T_NOT_KEPT = QT_TRANSLATE_NOOP(
    "cli", "No GGUF models found in {path}, so it is not linked: link it again once it holds "
    "models.")
T_UNWATCHED = QT_TRANSLATE_NOOP(
    "cli", "Unlinked {path}: models that come there later are no longer added.")
T_FORGOT_ONE = QT_TRANSLATE_NOOP(
    "cli", "Took {count} linked model off the list (the file was not touched):")
T_FORGOT = QT_TRANSLATE_NOOP(
    "cli", "Took {count} linked models off the list (the files were not touched):")
T_NO_STORES = QT_TRANSLATE_NOOP(
    "errors", "No Hugging Face cache, LM Studio or Ollama models folder was found; give a path.")


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Add `link` and `unlink` to the `chatapp` parser."""
    link = sub.add_parser(
        "link", help=QT_TRANSLATE_NOOP(
            "cli", "add models already on disk without copying: a file, a folder, an HF cache, LM "
            "Studio's or Ollama's store (all found ones when no path)"))
    link.add_argument("path", nargs="?", type=GIVEN, help=QT_TRANSLATE_NOOP(
        "cli", "file or folder"))
    link.add_argument("--layout", choices=("hf-cache", "lmstudio", "ollama", "folder", "file"),
                      help=QT_TRANSLATE_NOOP(
                          "cli", "what kind of store the path is (detected when left out)"))
    unlink = sub.add_parser("unlink", help=QT_TRANSLATE_NOOP(
        "cli", "take a linked folder or file off the list and stop watching it (no file is "
        "touched)"))
    unlink.add_argument("path", type=GIVEN, help=QT_TRANSLATE_NOOP(
        "cli", "the folder or file as it was linked"))


def cmd_unlink(args: argparse.Namespace) -> int:
    """Forget a linked folder (no longer watched) or file, and the models linked from it."""
    from chatapp.cli_app import open_app
    from chatapp.i18n import say, translate_count

    with open_app() as app:
        unwatched, forgotten = app.library.folders.unlink(Path(args.path))
    for folder in unwatched:  # (as it was linked: absolute, whatever way it was named now)
        say(T_UNWATCHED, path=folder)
    if forgotten:
        print(translate_count("cli", T_FORGOT_ONE, T_FORGOT, len(forgotten)))
        print("\n".join(f"  {p}" for p in forgotten))
    return 0


def _unusable(path: Path, result: ScanResult) -> bool:
    """Whether a path named to link could not be used at all (a file that is no model, a
    device, a folder that cannot be read or is in /proc, /sys or /dev): its scan found
    nothing and skipped the path itself."""
    if result.models or not result.skipped:
        return False
    if path.is_file():
        return True
    named = os.path.abspath(path.expanduser())
    return any(entry.path == named for entry in result.skipped)


def cmd_link(args: argparse.Namespace) -> int:
    """Add models already on disk to the library without copying them."""
    from chatapp.cli_app import open_app
    from chatapp.i18n import say, translate_count, translate_error, translate_text
    from chatapp.library_folders import keeps
    from chatapp.library_kinds import LABELS
    from chatapp.library_model import source_label
    from chatapp.library_sources import Links, check_layout, known_stores, scan

    with open_app() as app:
        if args.path:
            # named as the absolute path it is, however it was typed (., ../x, ~/x)
            targets = [(Path(os.path.abspath(Path(args.path).expanduser())),
                        args.layout or "")]
            check_layout(*targets[0])  # (--layout ollama on a plain folder finds nothing)
        else:
            targets = [(path, kind) for kind, path in known_stores()]
            if not targets:
                raise UserError(T_NO_STORES)
        links = Links(app.paths)
        added, skipped, unusable, not_kept = [], [], False, False
        for path, layout in targets:
            result = scan(path, layout)
            found = links.add(result.models, app.paths.models)
            unusable = _unusable(path, result)
            kept = not unusable and keeps(path, layout, len(result.models))
            if kept:  # what appears there later comes too
                app.library.folders.add(path, layout)
            # (stderr: what is said about the models; stdout lists those added)
            if not found and result.models:  # found before
                say(T_LINKED_BEFORE, path=str(path), stderr=True)
            elif not kept and not unusable and path.is_dir():  # (an empty folder: not kept)
                print(("chatapp: " if args.path else "")  # (an error for the path named)
                      + translate_text("cli", T_NOT_KEPT).format(path=str(path)), file=sys.stderr)
                not_kept = True
            elif not found and not unusable:  # else the skip says why
                say(T_NOTHING_LINKED, path=str(path), stderr=True)
            added += found
            skipped += result.skipped
        if added:
            print(translate_count("cli", T_LINKED_ONE, T_LINKED, len(added)))
            listed = {p: m for m in app.library.entries() for p in m.all_paths}
            for model in added:
                known = listed.get(model.path)
                label = known.list_name if known else model.name or Path(model.path).name
                kind = f"  ({translate_text('library', LABELS[known.kind])})" \
                    if known and not known.is_chat else ""
                extra = f"  {model.repo_id}" if model.repo_id else ""
                print(f"  {label}  [{source_label(model.source)}]{extra}{kind}\n"
                      f"    {model.path}")
                if known and known.problem:  # (a split model with a part missing)
                    print("    " + translate_error(known.problem_error()))
        # the one path named could not be used, or linked nothing: an error (for scripts)
        refused = bool(args.path) and (unusable or not_kept) and not added
        for entry in skipped:  # warnings (an error when nothing else could be used)
            print(("chatapp: " if refused and unusable else "")
                  + translate_error(entry.reason), file=sys.stderr)
        return 1 if refused else 0
