"""Command line for document collections: `chatapp docs add|list|rm|rename|search`."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import threading
from pathlib import Path

from chatapp.cli_args import GIVEN, MODEL, POSITIVE, SIMILARITY
from chatapp.cli_json import print_json
from chatapp.errors import MISSING_PATH, QT_TRANSLATE_NOOP, UserError
from chatapp.i18n import say, translate_count, translate_error, translate_text

COMMAND = "docs"

T_CREATED = QT_TRANSLATE_NOOP("cli", "Made the collection {name}.")
T_PROGRESS = QT_TRANSLATE_NOOP("cli", "{done}/{total} files")
T_OTHER_INDEXES = QT_TRANSLATE_NOOP(
    "cli", "Another chatapp is indexing {name}: waiting for it to end (Ctrl+C stops).")
T_PROGRESS_PART = QT_TRANSLATE_NOOP("cli", "{done}/{total} files, vectors for {count}/{chunks} "
                                    "chunks")
T_SUMMARY = QT_TRANSLATE_NOOP(
    "cli", "{name}: {indexed} indexed, {unchanged} unchanged, {failed} failed, "
    "{removed} removed; {chunks}.")
T_NOT_ADDED = QT_TRANSLATE_NOOP(
    "cli", "{path} was not added: it could not be indexed (the reason is above).")
T_UNSUPPORTED_ONE = QT_TRANSLATE_NOOP(
    "cli", "{count} file not added, not a supported kind (.txt, .md, .pdf, .docx, .html, "
    ".csv): {names}")
T_UNSUPPORTED = QT_TRANSLATE_NOOP(
    "cli", "{count} files not added, not a supported kind (.txt, .md, .pdf, .docx, .html, "
    ".csv): {names}")
T_NOTHING = QT_TRANSLATE_NOOP(
    "cli", "No file could be indexed, so the collection {name} was not made.")
T_STOPPED = QT_TRANSLATE_NOOP(
    "cli", "Stopped. What was indexed is kept; run the same command to go on.")
T_REMOVED = QT_TRANSLATE_NOOP(
    "cli", "Removed the collection {name} (your files were not touched).")
T_ASK_REMOVE = QT_TRANSLATE_NOOP(
    "cli", "Remove the collection {name} ({files}, {chunks})? Your files are not touched.")
T_NONE = QT_TRANSLATE_NOOP(
    "cli", "No document collections yet. Make one with: chatapp docs add NAME PATH…")
T_ROW = QT_TRANSLATE_NOOP("cli", "{name}  {files}  {chunks}  {search}")
T_FILES_ONE = QT_TRANSLATE_NOOP("cli", "{count} file")
T_FILES = QT_TRANSLATE_NOOP("cli", "{count} files")
T_CHUNKS_ONE = QT_TRANSLATE_NOOP("cli", "{count} chunk")
T_CHUNKS = QT_TRANSLATE_NOOP("cli", "{count} chunks")
T_ERRORS_ONE = QT_TRANSLATE_NOOP("cli", "{count} file could not be indexed")
T_ERRORS = QT_TRANSLATE_NOOP("cli", "{count} files could not be indexed")
T_MORE = QT_TRANSLATE_NOOP("cli", "… and {count} more")
T_WORDS = QT_TRANSLATE_NOOP("cli", "search: words")
T_HYBRID = QT_TRANSLATE_NOOP("cli", "search: words + vectors ({model})")
T_MODEL_MISSING = QT_TRANSLATE_NOOP(
    "cli", "search: words only (its embedding model {model} is missing)")
T_UNEMBEDDED_ONE = QT_TRANSLATE_NOOP(
    "cli", "{count} chunk has no vector yet: {command} adds it")
T_UNEMBEDDED = QT_TRANSLATE_NOOP(
    "cli", "{count} chunks have no vector yet: {command} adds them")
T_EMBEDDED_ONE = QT_TRANSLATE_NOOP("cli", "Added vectors to {count} chunk that had none.")
T_EMBEDDED = QT_TRANSLATE_NOOP("cli", "Added vectors to {count} chunks that had none.")
T_COVERED = QT_TRANSLATE_NOOP(
    "cli", "{path} is already in {name} (through {root}): nothing new was added.")
T_WORDS_MISSING = QT_TRANSLATE_NOOP(
    "cli", "{name} was searched by words only: its embedding model {model} is missing.")
T_WORDS_ONLY = QT_TRANSLATE_NOOP(
    "cli", "{name} was searched by words only: its embedding model {model} did not work.")
T_AGAIN = QT_TRANSLATE_NOOP(
    "cli", "{path} is already in {name}: what changed in it is indexed.")
T_GONE = QT_TRANSLATE_NOOP(
    "cli", "{path} is no longer there, so what it held left the index. To take it out of "
    "{name}: {command}")
T_ROOT_GONE = QT_TRANSLATE_NOOP("cli", "{path} (no longer there)")
T_WAITING = QT_TRANSLATE_NOOP("cli", "{path} (not indexed yet: {command} indexes it)")
T_LEFT_OUT = QT_TRANSLATE_NOOP("cli", "left out: {path}")
T_PATH_REMOVED = QT_TRANSLATE_NOOP(
    "cli", "Took {path} out of {name}: {files} left the index (your files were not "
    "touched).")
T_FAILED_WENT_ONE = QT_TRANSLATE_NOOP(
    "cli", "{count} file in it that could not be indexed is no longer listed either.")
T_FAILED_WENT = QT_TRANSLATE_NOOP(
    "cli", "{count} files in it that could not be indexed are no longer listed either.")
T_INNER_WENT = QT_TRANSLATE_NOOP(
    "cli", "{inner}, added on its own before, is inside {path}: it was taken out too.")
T_NO_HITS = QT_TRANSLATE_NOOP("cli", "Nothing found.")
T_SOURCES = QT_TRANSLATE_NOOP("cli", "Sources:")
T_UNMATCHED = QT_TRANSLATE_NOOP("cli", "Nothing in {collections} matched this question.")
T_NO_ROOM = QT_TRANSLATE_NOOP(
    "cli", "Passages of {collections} matched this question, but this model's context leaves "
    "no room for them: a longer context makes room (Model settings, up to what the model "
    "was trained for), or a model with a longer one.")
NO_PATHS = QT_TRANSLATE_NOOP(
    "errors", "Name the files or folders to add to the new collection {name}.")
T_RENAMED = QT_TRANSLATE_NOOP("cli", "Renamed the collection {old} to {new}.")
BAD_PATH = QT_TRANSLATE_NOOP(
    "errors", "The name {path} is not valid text in this system's encoding: rename it to "
    "add it. Nothing was changed.")


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Add `docs` and its sub-commands to the `chatapp` parser."""
    docs = sub.add_parser(COMMAND, help=QT_TRANSLATE_NOOP(
        "cli", "document collections that answers can cite"))
    actions = docs.add_subparsers(dest="docs_command", parser_class=type(docs), required=True,
                                  metavar="{add,list,rm,rename,search}")
    add = actions.add_parser("add", help=QT_TRANSLATE_NOOP(
        "cli", "add files and folders to a collection (made if new) and index what changed"))
    add.add_argument("name", type=GIVEN, help=QT_TRANSLATE_NOOP(
        "cli", "the collection's name"))
    add.add_argument("paths", nargs="*", default=[], metavar="PATH",
                     help=QT_TRANSLATE_NOOP(
                         "cli", ".txt, .md, .pdf, .docx, .html, .csv files or folders of them"))
    add.add_argument("--embed", metavar="MODEL", type=MODEL,
                     help=QT_TRANSLATE_NOOP(
                         "cli", "embedding model (GGUF) for vector search besides words"))
    actions.add_parser("list", help=QT_TRANSLATE_NOOP("cli", "list the collections"))
    rm = actions.add_parser("rm", help=QT_TRANSLATE_NOOP(
        "cli", "remove a collection, or only some of its files and folders (never your "
        "files themselves)"))
    rm.add_argument("name", type=GIVEN, help=QT_TRANSLATE_NOOP(
        "cli", "the collection's name"))
    rm.add_argument("paths", nargs="*", default=[], metavar="PATH", help=QT_TRANSLATE_NOOP(
        "cli", "files or folders to take out of the collection (all of it when none is "
        "named)"))
    rm.add_argument("-y", "--yes", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "remove a whole collection without asking"))
    rename = actions.add_parser("rename", help=QT_TRANSLATE_NOOP(
        "cli", "give a collection another name (its files, index and conversations stay)"))
    rename.add_argument("name", type=GIVEN, help=QT_TRANSLATE_NOOP(
        "cli", "the collection's name"))
    rename.add_argument("new_name", metavar="NEW", type=GIVEN, help=QT_TRANSLATE_NOOP(
        "cli", "its new name"))
    search = actions.add_parser("search", help=QT_TRANSLATE_NOOP("cli", "search a collection"))
    search.add_argument("name", type=GIVEN, help=QT_TRANSLATE_NOOP(
        "cli", "the collection's name"))
    search.add_argument("query", help=QT_TRANSLATE_NOOP("cli", "the words to look for"))
    search.add_argument("-k", type=POSITIVE, default=5, help=QT_TRANSLATE_NOOP(
        "cli", "how many chunks (default 5)"))
    search.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print JSON"))
    search.add_argument("--min-similarity", type=SIMILARITY, default=None,
                        help=QT_TRANSLATE_NOOP(
                            "cli", "least cosine similarity of a chunk found by meaning alone (-1 "
                            "to 1, default 0.25)"))


def run(args: argparse.Namespace) -> int:
    """Run a `docs` sub-command."""
    from chatapp.cli_app import open_app

    with open_app() as app:
        if args.docs_command == "add":
            return cmd_add(app, args)
        if args.docs_command == "rm":
            return cmd_rm(app, args)
        if args.docs_command == "rename":
            return cmd_rename(app, args)
        if args.docs_command == "search":
            return cmd_search(app, args)
        return cmd_list(app)


def cmd_rm(app, args: argparse.Namespace) -> int:
    """Remove a collection, or the named files and folders from it (their chunks and
    vectors; the files stay on disk). A whole collection goes after a y/N question at a
    terminal unless --yes: 0, or 1 when the answer is no; UserError when asking is not
    possible (no terminal, no --yes)."""
    if app.store.read_only is not None:
        raise app.store.read_only
    documents = app.chat.pipeline.retriever.documents
    collection = documents.collection(args.name)
    if not args.paths:
        from chatapp.cli_hub import confirmed

        if not args.yes and not confirmed(translate_text("cli", T_ASK_REMOVE).format(
                name=collection.name,
                files=translate_count("cli", T_FILES_ONE, T_FILES, collection.files),
                chunks=translate_count("cli", T_CHUNKS_ONE, T_CHUNKS, collection.chunks))):
            return 1
        documents.remove(collection)
        say(T_REMOVED, name=collection.name)
        return 0
    for path in args.paths:
        absolute = str(Path(path).expanduser().absolute())
        try:
            absolute.encode("utf-8")
        except UnicodeEncodeError:
            from chatapp.docs.indexer import printable

            raise UserError(BAD_PATH, path=printable(absolute)) from None
        removal = documents.remove_path(collection, absolute)
        say(T_PATH_REMOVED, path=absolute, name=collection.name,
            files=translate_count("cli", T_FILES_ONE, T_FILES, removal.indexed))
        if removal.failed:  # (counted apart: they were never in the index)
            print(translate_count("cli", T_FAILED_WENT_ONE, T_FAILED_WENT, removal.failed))
        for inner in removal.inner:
            say(T_INNER_WENT, inner=inner, path=absolute)
    return 0


def cmd_rename(app, args: argparse.Namespace) -> int:
    """Give the collection args.name the name args.new_name (said): 0; UserError when there
    is none so named, or the new name is bad or another collection's."""
    if app.store.read_only is not None:
        raise app.store.read_only
    documents = app.chat.pipeline.retriever.documents
    collection = documents.collection(args.name)
    renamed = documents.rename(collection, args.new_name)
    say(T_RENAMED, old=collection.name, new=renamed.name)
    return 0


def _command(*words: str) -> str:
    """A command line to show, each word quoted for the shell where it needs it."""
    return " ".join(shlex.quote(word) for word in words)


def embedding_model(app, spec: str):
    """The library's embedding model named spec; UserError when it is none."""
    from chatapp.library_kinds import EMBEDDING, NOT_EMBEDDING

    model = app.catalogue.resolve_local(spec)
    if model.kind != EMBEDDING:
        raise UserError(NOT_EMBEDDING, name=model.list_name)
    return model


def cmd_add(app, args: argparse.Namespace) -> int:
    """Make or extend a collection and index it, with progress on stderr; Ctrl+C stops."""
    from chatapp.docs.extract import SUFFIXES
    from chatapp.docs.indexer import index_collection, printable
    from chatapp.interrupt import on_interrupt
    from chatapp.store.documents import normal_path

    if app.store.read_only is not None:
        raise app.store.read_only
    retriever = app.chat.pipeline.retriever
    documents = retriever.documents
    roots = [str(Path(p).expanduser().absolute()) for p in args.paths]
    for root in roots:  # checked before anything is made: a bad one changes nothing
        try:
            root.encode("utf-8")
        except UnicodeEncodeError:
            raise UserError(BAD_PATH, path=printable(root)) from None
        if not os.path.exists(root):  # (a link to nothing: what it points at is named)
            raise UserError(MISSING_PATH, path=printable(os.path.realpath(root)))
    # a file of a kind that is never indexed is not added (counted apart from those that
    # could not be read)
    unsupported = [given for given, root in zip(args.paths, roots, strict=True)
                   if os.path.isfile(root) and Path(root).suffix.lower() not in SUFFIXES]
    roots = [root for root in roots if not os.path.isfile(root)
             or Path(root).suffix.lower() in SUFFIXES]
    try:
        collection = documents.collection(args.name)
    except UserError:
        if not args.paths:
            raise UserError(NO_PATHS, name=args.name) from None
        collection = None
    if unsupported:
        print(translate_count("cli", T_UNSUPPORTED_ONE, T_UNSUPPORTED, len(unsupported),
                              names=", ".join(unsupported)), file=sys.stderr)
        if collection is None and not roots:  # nothing to make it of
            say(T_NOTHING, name=args.name, stderr=True)
            return 1
    if args.embed:  # the model is checked (and loaded once) before anything is made
        from chatapp.docs.embedder import Embedder

        model = embedding_model(app, args.embed)
        documents.check_embedding(collection, model.key, str(model.path))
        probe = Embedder(Path(model.path), model.key)
        try:
            dim = probe.load()
        finally:
            probe.close()
    made = collection is None
    if made:  # said once it is kept: a new collection of nothing is not
        collection = documents.create(args.name)
    there = documents.add_roots(collection.id, roots)
    for path, root in there:
        say(T_AGAIN if path == root else T_COVERED, path=path, name=collection.name, root=root)
    added = [r for r in roots if r not in {path for path, _root in there}]
    if args.embed:
        collection = documents.set_embedding(collection, model.key, str(model.path), dim)
    collection = documents.collection(collection.name)
    embedder = retriever.embedder(collection)
    stop = threading.Event()
    tty = sys.stderr.isatty()
    last = None
    try:
        with on_interrupt(stop.set):
            for last in index_collection(documents, collection, embedder, stop):
                if last.waiting:  # (another chatapp indexes it: its work is not done twice)
                    say(T_OTHER_INDEXES, name=collection.name, stderr=True)
                elif tty:
                    count, chunks = last.part or (0, 0)
                    sys.stderr.write("\r" + translate_text(
                        "cli", T_PROGRESS_PART if last.part else T_PROGRESS).format(
                        done=last.done, total=last.total, count=count, chunks=chunks)
                        + "\x1b[K")  # (the rest of a longer line before it erased)
                    sys.stderr.flush()
    finally:
        if tty:
            sys.stderr.write("\n")
    for path, error in (last.errors + last.notes) if last is not None else []:
        print(f"- {path}: {' '.join(translate_error(error).split())}", file=sys.stderr)
    failed = {normal_path(path) for path, _error in last.errors} if last is not None else set()
    refused = [] if stop.is_set() else [  # files named now that could not be indexed: not kept
        root for root in added if os.path.isfile(root) and normal_path(root) in failed]
    for root in refused:
        documents.remove_path(collection, root)
        say(T_NOT_ADDED, path=root, stderr=True)
    for path in last.gone if last is not None else []:
        say(T_GONE, path=path, name=collection.name,
            command=_command("chatapp", COMMAND, "rm", collection.name, path), stderr=True)
    if last is not None and last.no_vectors is not None:
        print(" ".join(translate_error(last.no_vectors).split()), file=sys.stderr)
    empty = last is not None and last.failed and not (last.indexed or last.unchanged)
    if made and not (empty and not stop.is_set()):
        say(T_CREATED, name=collection.name)
    if last is not None:
        say(T_SUMMARY, name=collection.name,
            indexed=translate_count("cli", T_FILES_ONE, T_FILES, last.indexed),
            unchanged=last.unchanged, failed=last.failed, removed=last.removed,
            chunks=translate_count("cli", T_CHUNKS_ONE, T_CHUNKS, last.chunks))
        if last.embedded:
            print(translate_count("cli", T_EMBEDDED_ONE, T_EMBEDDED, last.embedded))
    if stop.is_set():
        say(T_STOPPED, stderr=True)
        return 130
    if empty and made:  # a new collection of nothing: not kept
        documents.remove(collection)
        say(T_NOTHING, name=collection.name, stderr=True)
    return 1 if empty or refused or unsupported else 0


def cmd_list(app) -> int:
    """Print each collection with its counts and how it is searched, then its files and
    folders (those gone, and files not indexed yet, marked)."""
    from chatapp.store.documents import normal_path

    documents = app.chat.pipeline.retriever.documents
    collections = documents.collections()
    if not collections:  # (stderr: stdout holds the list only)
        say(T_NONE, stderr=True)
        return 0
    for c in collections:
        model = Path(c.embed_path).name or c.embed_model
        missing = bool(c.embed_dim) and not Path(c.embed_path).is_file()
        if not c.embed_dim:
            search = translate_text("cli", T_WORDS)
        elif missing:
            search = translate_text("cli", T_MODEL_MISSING).format(model=model)
        else:
            search = translate_text("cli", T_HYBRID).format(model=model)
        say(T_ROW, name=c.name, files=translate_count("cli", T_FILES_ONE, T_FILES, c.files),
            chunks=translate_count("cli", T_CHUNKS_ONE, T_CHUNKS, c.chunks), search=search)
        if c.errors:
            print("    " + translate_count("cli", T_ERRORS_ONE, T_ERRORS, c.errors) + ":")
            failed, total = documents.failed_files(c.id)
            for file in failed:
                print(f"      - {file.path}: {' '.join(translate_error(file.problem).split())}")
            if total > len(failed):
                print("      " + translate_text("cli", T_MORE).format(count=total - len(failed)))
        for file in documents.failed_files(c.id, 20, "indexed")[0]:  # indexed, partly
            print(f"    {file.path}: {' '.join(translate_error(file.problem).split())}")
        unembedded = documents.count_without_vectors(c) if c.embed_dim and not missing else 0
        if unembedded:
            print("    " + translate_count("cli", T_UNEMBEDDED_ONE, T_UNEMBEDDED, unembedded,
                                           command=_command("chatapp", COMMAND, "add", c.name)))
        known = {normal_path(f.path) for f in documents.files(c.id)}
        again = _command("chatapp", COMMAND, "add", c.name)
        for root in c.roots:
            print("    " + (translate_text("cli", T_ROOT_GONE) if not os.path.lexists(root)
                            else translate_text("cli", T_WAITING)
                            if os.path.isfile(root) and normal_path(root) not in known
                            else "{path}").format(path=root, command=again))
        for path in c.left_out:
            print("    " + translate_text("cli", T_LEFT_OUT).format(path=path))
    return 0


def say_how_searched(documents, names: list[str], mode: str) -> None:
    """Say on stderr which of the collections searched by words alone (mode "bm25") have an
    embedding model that is missing or did not work, and which of their files and folders
    are no longer there (what they held left the index)."""
    for name in names:
        try:
            c = documents.collection(name)
        except UserError:  # removed while the answer was written: nothing of it to say
            continue
        for root in c.roots:
            if not os.path.lexists(root):
                say(T_GONE, path=root, name=c.name,
                    command=_command("chatapp", COMMAND, "rm", c.name, root), stderr=True)
        if c.embed_dim and mode == "bm25":
            model = Path(c.embed_path).name or c.embed_model
            say(T_WORDS_ONLY if Path(c.embed_path).is_file() else T_WORDS_MISSING, name=c.name,
                model=model, stderr=True)


def print_sources(retrieval, documents=None, text: str = "") -> None:
    """Print the sources an answer was given, numbered as it cites them, after a blank line
    that sets them off from the answer (nothing for an answer made without documents;
    retrieval: a chatapp.store.doc_records.Retrieval; documents: to say which collections
    were searched by words alone, their embedding model missing), then which citations of
    its text name no source."""
    from chatapp.docs.citations import left_out_text, unknown_text
    from chatapp.docs.retrieval import ON_PAGE, file_names, label

    if retrieval is None:
        return
    if documents is not None:
        say_how_searched(documents, [c.get("name", "") for c in retrieval.collections],
                       retrieval.mode)
    if not retrieval.sources:
        names = ", ".join(c.get("name", "") for c in retrieval.collections)
        print()
        say(T_NO_ROOM if retrieval.found else T_UNMATCHED, collections=names, count=retrieval.found)
        if note := unknown_text(text, 0):  # (as the window says it: every citation is)
            print(note)
        return
    on_page = translate_text("docs", ON_PAGE)
    print()
    say(T_SOURCES)
    named = file_names((source.path for source in retrieval.sources), retrieval.others)
    for s in retrieval.sources:
        name = label(s.path, s.page, s.heading, on_page, named[s.path])
        if not Path(s.path).exists():  # taken away since: its text was still indexed
            name = translate_text("cli", T_ROOT_GONE).format(path=name)
        print(f"[{s.number}] {name}")
    for note in (left_out_text(retrieval.found, len(retrieval.sources)),
                 unknown_text(text, len(retrieval.sources))):
        if note:
            print(note)


def cmd_search(app, args: argparse.Namespace) -> int:
    """Print the best chunks for a query, each with the part of its text that holds the
    query's words (or JSON with their whole text and scores)."""
    from chatapp.docs.retrieval import ON_PAGE, excerpt, file_names, label

    on_page = translate_text("docs", ON_PAGE)
    retriever = app.chat.pipeline.retriever
    (collection,) = retriever.resolve([args.name])  # (up to date)
    floor = {} if args.min_similarity is None else {"min_similarity": args.min_similarity}
    found = retriever.search([collection], args.query, limit=max(1, args.k), **floor)
    if args.json:
        print_json({"collection": collection.name, "query": args.query, "mode": found.mode,
                    "hits": [{"chunk_id": h.chunk_id, "path": h.path, "page": h.page,
                              "heading": h.heading, "score": h.score,
                              "bm25_rank": h.bm25_rank, "vector_rank": h.vector_rank,
                              "text": h.text} for h in found.hits]})
        return 0
    say_how_searched(retriever.documents, [collection.name], found.mode)
    if not found.hits:
        say(T_NO_HITS, stderr=True)
    named = file_names((hit.path for hit in found.hits), found.others)
    for number, hit in enumerate(found.hits, start=1):
        print(f"[{number}] {label(hit.path, hit.page, hit.heading, on_page, named[hit.path])}")
        print("    " + excerpt(hit.text, args.query))
    return 0
