"""Command line for the local OpenAI-compatible API: `chatapp serve` (headless; Ctrl+C stops).

Its stdout holds what a program needs to use the API (where it listens, where its token is);
stderr what it reports (warnings, a line per request, that it stopped), as every command's."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from chatapp.cli_args import GIVEN, PORT, TOKEN
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.i18n import say, translate_text

COMMAND = "serve"

T_NETWORK = QT_TRANSLATE_NOOP("cli", "Other computers reach it at {url}")
T_LISTENING = QT_TRANSLATE_NOOP(
    "cli", "The OpenAI-compatible API listens on {url} (Ctrl+C stops it).")
T_TOKEN_FILE = QT_TRANSLATE_NOOP(
    "cli", "Requests need the token kept in {path} (send it as \"Authorization: Bearer "
    "TOKEN\").")
T_TOKEN_GIVEN = QT_TRANSLATE_NOOP("cli", "Requests need the token given with --token.")
T_OPEN = QT_TRANSLATE_NOOP(
    "cli", "Warning: {host} is not this computer only: other computers on the network can use "
    "the models (with the token).")
T_ANY_PAGE = QT_TRANSLATE_NOOP(
    "cli", "Warning: --cors * lets every web page you open call the API (those that have the "
    "token can use the models).")
T_SAVING = QT_TRANSLATE_NOOP("cli", "Conversations are saved in the conversation list.")
T_STOPPED = QT_TRANSLATE_NOOP("cli", "The API stopped.")
T_WINDOW_HAS_IT = QT_TRANSLATE_NOOP(
    "errors", "Port {port} on {host} is in use, most likely by the ChatApp window, whose local "
    "API is on (Settings → Local API…): programs can use that one, or give --port another "
    "port.")


def add_command(sub: argparse._SubParsersAction) -> None:
    """Add `serve` to the `chatapp` parser."""
    serve = sub.add_parser(
        COMMAND, help=QT_TRANSLATE_NOOP(
            "cli", "let other programs use the models through a local OpenAI-compatible API"))
    serve.add_argument("--host", type=GIVEN, help=QT_TRANSLATE_NOOP(
        "cli", "address to listen on (default: the one set in the window's Local API, else "
        "127.0.0.1: this computer only; 0.0.0.0 lets other computers in)"))
    serve.add_argument("--port", type=PORT, help=QT_TRANSLATE_NOOP(
        "cli", "port to listen on (default: the one set in the window's Local API, else 8765; 0: "
        "any free port)"))
    serve.add_argument("--token", type=TOKEN, help=QT_TRANSLATE_NOOP(
        "cli", "the token requests must carry (default: the one kept in the config folder, made "
        "on first use)"))
    serve.add_argument("--save-conversations", action="store_true",
                       help=QT_TRANSLATE_NOOP(
                           "cli", "keep the API's conversations in the conversation list (also "
                           "when the window's Local API is set to)"))
    serve.add_argument("--cors", metavar="ORIGIN", action="append",
                       help=QT_TRANSLATE_NOOP(
                           "cli", "a web page origin allowed to use the API (repeatable; default: "
                           "those set in the window's Local API, else none)"))


def run(args: argparse.Namespace) -> int:
    """Serve until Ctrl+C (or SIGTERM); 0 when stopped that way. UserError when a package
    the API needs is missing."""
    from chatapp.api import check_installed

    check_installed()
    from chatapp.api.server import PORT_IN_USE, PORT_IN_USE_TRY, ApiServer
    from chatapp.api.service import ApiService
    from chatapp.api.token import load_token, token_path
    from chatapp.cli_app import open_app

    with open_app() as app:
        settings = app.settings.api
        host = args.host or settings.host
        port = settings.port if args.port is None else args.port
        token = args.token or load_token(app.paths)
        service = ApiService(app, save_conversations=args.save_conversations
                             or settings.save_conversations)
        # a line per request is a report on what was served (stderr, as every command's
        # reports); stdout holds where to reach the API and what requests need
        service.on_log.append(lambda entry: print(entry.line(), file=sys.stderr, flush=True))
        if app.catalogue.configured():  # the endpoints' models, listed in the background
            app.catalogue.refresh_soon()
        server = ApiServer(service, lambda: token, host=host, port=port,
                           cors_origins=args.cors or settings.cors_origins,
                           token_file=None if args.token else token_path(app.paths))
        stop = threading.Event()
        handlers = {sig: signal.signal(sig, lambda *_: stop.set())
                    for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            try:
                server.start()
            except UserError as exc:  # the window's own API, most likely: said so
                if (exc.template not in (PORT_IN_USE, PORT_IN_USE_TRY) or not settings.enabled
                        or port != settings.port):
                    raise
                raise UserError(T_WINDOW_HAS_IT, port=port, host=host) from None
            say(T_LISTENING, url=server.base_url)
            if server.network_url:
                say(T_NETWORK, url=server.network_url)
            print(translate_text("cli", T_TOKEN_GIVEN) if args.token else
                  translate_text("cli", T_TOKEN_FILE).format(path=token_path(app.paths)))
            if service.save_conversations:
                say(T_SAVING, stderr=True)
            if server.open_to_network:
                say(T_OPEN, host=server.host, stderr=True)
            if "*" in (args.cors or settings.cors_origins):
                say(T_ANY_PAGE, stderr=True)
            sys.stdout.flush()
            while not stop.wait(0.5) and server.running:
                pass
        finally:
            server.stop()
            for sig, handler in handlers.items():
                signal.signal(sig, handler)
        say(T_STOPPED, stderr=True, flush=True)
        return 0
