"""Command line for servers on other machines: `chatapp remote add|list|rm`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from chatapp.cli_args import GIVEN
from chatapp.cli_json import add_option
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.i18n import say, translate_count, translate_error, translate_text

COMMAND = "remote"

T_ADDED = QT_TRANSLATE_NOOP("cli", "Added the connection {name}: {url}")
T_REMOVED = QT_TRANSLATE_NOOP("cli", "Removed the connection {name}.")
T_SERVES_ONE = QT_TRANSLATE_NOOP("cli", "It serves {count} model: {models}")
T_SERVES = QT_TRANSLATE_NOOP("cli", "It serves {count} models: {models}")
T_KEPT = QT_TRANSLATE_NOOP(
    "cli", "The connection is kept: its models are listed once the server answers.")
T_NONE = QT_TRANSLATE_NOOP(
    "cli", "No connections yet. Add one with: chatapp remote add NAME URL")
T_NO_MODELS = QT_TRANSLATE_NOOP("cli", "(the server lists no models)")
T_CONTEXT = QT_TRANSLATE_NOOP("cli", "context {tokens}")
T_KEY = QT_TRANSLATE_NOOP("cli", "key: {source}")
T_KEY_STORED = QT_TRANSLATE_NOOP("cli", "stored")
T_TIMEOUT = QT_TRANSLATE_NOOP("cli", "answer timeout {seconds} s")


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Add `remote` and its sub-commands to the `chatapp` parser."""
    remote = sub.add_parser(
        COMMAND, help=QT_TRANSLATE_NOOP(
            "cli", "models on other machines: OpenAI-compatible servers (llama-server, vLLM, "
            "Ollama, LM Studio)"))
    actions = remote.add_subparsers(dest="remote_command", parser_class=type(remote),
                                    required=True, metavar="{add,list,rm}")
    add = actions.add_parser("add", help=QT_TRANSLATE_NOOP("cli", "add a server"))
    add.add_argument("name", type=GIVEN, help=QT_TRANSLATE_NOOP(
        "cli", "what to call it; its models appear as NAME/MODEL_ID"))
    add.add_argument("url", type=GIVEN, help=QT_TRANSLATE_NOOP(
        "cli", "the API's address, e.g. http://192.168.1.20:8080/v1"))
    add.add_argument("--api-key-env", metavar="VAR", default="",
                     help=QT_TRANSLATE_NOOP(
                         "cli", "environment variable that holds the API key (only its name is "
                         "kept)"))
    add.add_argument("--header", metavar="NAME=VALUE", action="append", default=[],
                     help=QT_TRANSLATE_NOOP(
                         "cli", "an HTTP header sent with every request (repeatable; its value is "
                         "kept in a file only you can read, like a stored key)"))
    add.add_argument("--timeout", metavar="S", default="300", help=QT_TRANSLATE_NOOP(
        "cli", "the longest wait in seconds for each part of an answer (default: 300; a slow "
        "server reading a long prompt may need more)"))
    listing = actions.add_parser("list", help=QT_TRANSLATE_NOOP(
        "cli", "list the servers and their models"))
    add_option(listing)
    rm = actions.add_parser("rm", help=QT_TRANSLATE_NOOP("cli", "remove a server"))
    rm.add_argument("name", type=GIVEN, help=QT_TRANSLATE_NOOP(
        "cli", "the connection's name"))


def run(args: argparse.Namespace) -> int:
    """Run a `remote` sub-command."""
    from chatapp.paths import app_paths
    from chatapp.remote.endpoints import EndpointStore

    paths = app_paths().ensure()
    store = EndpointStore(paths)
    if args.remote_command == "add":
        return cmd_add(store, args, paths)
    if args.remote_command == "rm":
        removed = store.remove(args.name)
        say(T_REMOVED, name=removed.name)
        return 0
    if getattr(args, "json", False):
        from chatapp.cli_json import remote_list

        return remote_list(store, paths)
    return cmd_list(store, paths)


def cmd_add(store, args: argparse.Namespace, paths) -> int:
    """Check and store a new endpoint, then list its models (a server that does not answer
    is said on stderr; the endpoint is kept)."""
    from chatapp.remote.endpoints import make_endpoint, parse_header

    headers = dict(parse_header(text) for text in args.header)
    endpoint = make_endpoint(args.name, args.url, api_key_env=args.api_key_env,
                             headers=headers, answer_timeout_s=args.timeout)
    store.add(endpoint)
    say(T_ADDED, name=endpoint.name, url=endpoint.base_url)
    sys.stdout.flush()
    (models,) = listings([endpoint], paths)
    if isinstance(models, UserError):  # (what that means for the connection just kept)
        print(f"chatapp: {translate_error(models)} {translate_text('cli', T_KEPT)}",
              file=sys.stderr)
    else:
        names = ", ".join(m.model_id for m in models)
        print(translate_count("cli", T_SERVES_ONE, T_SERVES, len(models), models=names)
              if models else translate_text("cli", T_NO_MODELS))
    return 0


def listings(endpoints: list, paths) -> Iterator[list | UserError]:
    """Each endpoint's models, or the UserError that says why they could not be listed, in
    the endpoints' order; all are asked at once (a server that does not answer delays no
    other), each given as soon as it and those before it are."""
    from chatapp.catalogue import LISTING_THREADS, in_daemons
    from chatapp.remote.client import RemoteClient
    from chatapp.settings import SettingsFile

    offline = SettingsFile(paths.settings_file).load().offline

    def listed(endpoint) -> list | UserError:
        client = RemoteClient(endpoint, offline=offline)
        try:
            return client.list_models()
        except UserError as exc:
            return exc
        finally:
            client.close()

    return in_daemons(listed, endpoints, LISTING_THREADS)


def cmd_list(store, paths) -> int:
    """Print each endpoint with its models, or its error line on stderr; 1 if any failed."""
    from chatapp.remote.endpoints import ANSWER_TIMEOUT_S
    from chatapp.units import aligned, decimal

    endpoints = store.load()
    if not endpoints:  # (stderr: stdout holds the list only)
        say(T_NONE, stderr=True)
        return 0

    def key(endpoint) -> str:
        source = endpoint.key_description()
        if source == "stored":
            source = translate_text("cli", T_KEY_STORED)
        return f"({translate_text('cli', T_KEY).format(source=source)})" if source else ""

    def timeout(endpoint) -> str:  # said where it is not the default
        seconds = endpoint.answer_timeout_s
        return "" if seconds == ANSWER_TIMEOUT_S else translate_text("cli", T_TIMEOUT).format(
            seconds=decimal(seconds, None))

    # the connections' lines aligned as a table's (name, address, key, answer timeout), each
    # followed by its models' lines, aligned among themselves (model, context)
    rows = [[e.name, e.base_url, key(e), timeout(e)] for e in endpoints]
    shown = [i for i in range(4) if any(row[i] for row in rows)]  # (no empty column)
    heads = aligned([[row[i] for i in shown] for row in rows], left=tuple(range(len(shown))))
    failed = False
    for head, models in zip(heads, listings(endpoints, paths), strict=True):
        print(head, flush=True)
        if isinstance(models, UserError):
            print(f"chatapp: {translate_error(models)}", file=sys.stderr, flush=True)
            failed = True
            continue
        if not models:
            print(f"  {translate_text('cli', T_NO_MODELS)}")
        rows = [[model.key, translate_text("cli", T_CONTEXT).format(
            tokens=model.context_length) if model.context_length else ""] for model in models]
        for line in aligned(rows, left=(0, 1)) if rows else []:
            print(f"  {line}")
    return 1 if failed else 0
