"""Command line: the window by default; `models` and `chat` work without one."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Sequence
from typing import Any

from chatapp import (
    __version__,
    cli_bench,
    cli_board,
    cli_conversations,
    cli_eval,
    cli_fit,
    cli_json,
    cli_models,
    cli_recover,
)
from chatapp.cli_args import (
    CONTEXT_LENGTH,
    GIVEN,
    MAX_TOKENS,
    MODEL,
    SEED,
    TEMPERATURE,
    WHOLE_NUMBER,
    Parser,
    parse,
)
from chatapp.errors import (
    QT_TRANSLATE_NOOP,
    UserError,
    known_error,
    os_reason,
    unexpected_error,
)
from chatapp.i18n import say, translate_count, translate_error, translate_text
from chatapp.model_defaults import FLASH_ATTN, KV_TYPES
from chatapp.paths import write_file
from chatapp.starter import no_models_error
from chatapp.units import format_bytes

log = logging.getLogger(__name__)

ANSWER_FAILED = QT_TRANSLATE_NOOP("errors", "The answer failed: {reason}")

REASONING_ABOVE = QT_TRANSLATE_NOOP(
    "cli", "The text above was the model's reasoning; its answer follows.")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser."""
    parser = Parser(prog="chatapp", description=QT_TRANSLATE_NOOP(
        "cli", "Chat with open models on your own machine."))
    parser.add_argument("--version", action="version", version=f"chatapp {__version__}",
                        help=QT_TRANSLATE_NOOP("cli", "show the version and exit"))
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar=translate_text(
        "cli", QT_TRANSLATE_NOOP("cli", "command")))
    sub.add_parser("gui", help=QT_TRANSLATE_NOOP("cli", "open the window (the default)"))
    models = sub.add_parser("models", help=QT_TRANSLATE_NOOP("cli", "list the local models"))
    models.add_argument("--local", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "only the models on this computer: no server is asked, so none that is down "
        "keeps the list waiting"))
    cli_json.add_option(models)
    chat = sub.add_parser("chat", help=QT_TRANSLATE_NOOP(
        "cli", "ask a model and print the answer"))
    chat.add_argument("prompt", nargs="?", help=QT_TRANSLATE_NOOP(
        "cli", "the message (what is piped in on stdin goes before it; with neither, at a "
        "terminal, one message a line until Ctrl+D)"))
    chat.add_argument("-m", "--model", type=MODEL, help=QT_TRANSLATE_NOOP(
        "cli", "file path, file name, stem or repo id of a model; a repo id with several "
        "quantizations here picks the one used last, else Q4_K_M, else the smallest file: "
        "name another as OWNER/NAME:QUANT"))
    chat.add_argument("-n", "--max-tokens", type=MAX_TOKENS, help=QT_TRANSLATE_NOOP(
        "cli", "longest answer in tokens"))
    chat.add_argument("--temperature", type=TEMPERATURE, help=QT_TRANSLATE_NOOP(
        "cli", "sampling temperature (0-5)"))
    chat.add_argument("--seed", type=SEED, help=QT_TRANSLATE_NOOP(
        "cli", "sampling seed for repeatable answers"))
    chat.add_argument("--system", help=QT_TRANSLATE_NOOP("cli", "system prompt"))
    chat.add_argument("--continue", dest="cont", action="store_true",
                      help=QT_TRANSLATE_NOOP(
                          "cli", "add to your most recent conversation (not a comparison or "
                          "another program's through the API)"))
    chat.add_argument("--ctx", "--context", type=CONTEXT_LENGTH, help=QT_TRANSLATE_NOOP(
        "cli", "context length in tokens for this run (default: the model's setting)"))
    chat.add_argument("--kv-type", choices=KV_TYPES,
                      help=QT_TRANSLATE_NOOP(
                          "cli", "the KV cache's type (default: the model's setting, else f16)"))
    chat.add_argument("--flash-attn", choices=FLASH_ATTN,
                      help=QT_TRANSLATE_NOOP(
                          "cli", "flash attention (default: the model's setting, else auto)"))
    chat.add_argument("--docs", action="append", metavar="NAME", type=GIVEN,
                      help=QT_TRANSLATE_NOOP(
                          "cli", "answer from this document collection, citing it (repeatable)"))
    export = sub.add_parser("export", help=QT_TRANSLATE_NOOP(
        "cli", "write conversations as JSON or Markdown"))
    export.add_argument("conversation", nargs="?", type=WHOLE_NUMBER,
                        help=QT_TRANSLATE_NOOP(
                            "cli", "conversation id, as `chatapp conversations` lists them "
                            "(default: the most recent one)"))
    export.add_argument("--all", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "every conversation"))
    export.add_argument("--format", choices=("json", "md"), default="json",
                        help=QT_TRANSLATE_NOOP(
                            "cli", "json: the whole tree, every branch, for import (default); "
                            "md: the shown branch as readable text, a comparison with every "
                            "pane's answers and numbers"))
    export.add_argument("-o", "--output", type=GIVEN, help=QT_TRANSLATE_NOOP(
        "cli", "file to write (default: standard output)"))
    cli_bench.add_parser(sub)
    cli_eval.add_parser(sub)
    cli_fit.add_parser(sub)
    cli_board.add_parser(sub)
    cli_conversations.add_parser(sub)
    cli_recover.add_parser(sub)
    import_ = sub.add_parser("import", help=QT_TRANSLATE_NOOP(
        "cli", "add the conversations of a JSON export"))
    import_.add_argument("file", type=GIVEN, help=QT_TRANSLATE_NOOP(
        "cli", "a file written by `chatapp export --format json` (-: standard input)"))
    from chatapp import cli_docs, cli_hub, cli_remote, cli_serve

    cli_hub.add_commands(sub)
    cli_remote.add_commands(sub)
    cli_serve.add_command(sub)
    cli_docs.add_commands(sub)
    return parser


def chosen_model(app, spec: str | None, conversation_key: str | None = None):
    """The model named on the command line (a local model, or ENDPOINT/MODEL_ID), else the
    model of the conversation continued (conversation_key, when it is still there), else
    the default one; UserError if none."""
    continued = (app.catalogue.find(conversation_key, listed_only=False)
                 if conversation_key and not spec else None)
    if spec:
        model = app.catalogue.resolve(spec)
    elif continued is not None:
        model = continued
    else:
        model = (app.catalogue.find(app.settings.default_model, listed_only=False)
                 if app.settings.default_model else None)
        model = model or app.library.default_model(app.settings.default_model)
    if model is None:
        raise app.library.starter_problem or no_models_error()
    model.check_chat()
    return model


def use_load_options(app, model, kv_type: str | None, flash_attn: str | None,
                     n_ctx: int | None = None) -> None:
    """Load a local model with this KV cache type, flash attention setting and context
    length (tokens; at most what it was trained for) for this run (the stored settings
    stay); UserError for a pair llama.cpp does not take, or for a remote model."""
    from chatapp.catalogue import is_remote
    from chatapp.model_defaults import check_cache_options

    if is_remote(model):
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "The context length, KV cache type and flash attention are set on the "
            "server of a remote model, not here."))
    options = dict(app.chat.pipeline.load_options(model))
    options.update({k: v for k, v in (("kv_type", kv_type), ("flash_attn", flash_attn)) if v})
    if kv_type and kv_type != "f16" and not flash_attn and options["flash_attn"] == "off":
        options["flash_attn"] = "auto"
    check_cache_options(options["kv_type"], options["flash_attn"])
    stored = dict(app.chat.pipeline.model_options.get(model.key) or {})
    stored.update(kv_type=options["kv_type"], flash_attn=options["flash_attn"])
    if n_ctx:
        stored["n_ctx"] = n_ctx
        trained = model.context_length
        if trained and n_ctx > trained:  # said, as fit says it
            say(CTX_CAPPED, asked=n_ctx, model=model.file_name, n=trained, stderr=True)
    app.chat.pipeline.model_options = {**app.chat.pipeline.model_options, model.key: stored}


def cmd_chat(args: argparse.Namespace) -> int:
    """Answer one prompt, streaming to stdout, and store the exchange; with no prompt at a
    terminal, answer line after line in one conversation (converse)."""
    from chatapp.cli_app import open_app

    prompt = args.prompt
    if sys.stdin is not None and not sys.stdin.isatty():  # piped: `cat notes | chat "Sum up"`
        from chatapp.docs.extract import text_of  # UTF-8, else the encoding it is in

        piped = text_of(data := sys.stdin.buffer.read())  # (its line ends made \n)
        if piped is None:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "What came on standard input is not text ({size}), so nothing was "
                "sent: pipe in a text file, or give the prompt as an argument."),
                size=format_bytes(len(data)))
        # the one line end that echo and pipes add is not part of the message
        piped = piped[:-1] if piped.endswith("\n") else piped
        if prompt is None or piped.strip():
            prompt = piped if prompt is None else f"{piped}\n\n{prompt}"
    elif prompt is None and sys.stdin is None:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Give a prompt as an argument or on standard input."))
    if prompt is not None and not prompt.strip():
        raise UserError(QT_TRANSLATE_NOOP("errors", "The prompt is empty."))
    if prompt is not None:
        prompt.encode("utf-8")  # bytes that are not UTF-8 stop here, before anything is stored
    with open_app() as app:
        if app.store.read_only is not None:
            raise app.store.read_only
        # every argument that can be refused is checked before anything is stored
        # (another program's through the API, or a comparison, is not the one to go on with)
        latest = app.store.latest_conversation(kind="chat") if args.cont else None
        model = chosen_model(app, args.model, latest.model_key if latest else None)
        if args.kv_type or args.flash_attn or args.ctx:
            use_load_options(app, model, args.kv_type, args.flash_attn, args.ctx)
        if args.docs:
            app.chat.check_docs(args.docs)
        if prompt is not None:
            app.chat.check_length(model, prompt)
        sampling = app.settings.sampling
        for name in ("max_tokens", "temperature", "seed"):
            value = getattr(args, name)
            if value is not None:
                setattr(sampling, name, value)
        if prompt is None:
            from chatapp.cli_converse import converse

            return converse(app, latest, model, sampling, args)
        conversation, made = begin_conversation(app, latest, args)
        return answer_one(app, conversation, made, prompt, model, sampling, args)


def begin_conversation(app, latest, args: argparse.Namespace) -> tuple[Any, bool]:
    """The conversation to answer in: latest (its system prompt replaced by --system, which
    is said when it had one), else a new one (said when --continue asked for an earlier
    one). (conversation, whether it was made)."""
    if latest is None:
        if args.cont:  # said: the answer will not know of any earlier one
            say(NOTHING_TO_CONTINUE, stderr=True)
        return app.store.create_conversation(
            system_prompt=args.system or app.settings.system_prompt), True
    if args.system is not None and args.system != latest.system_prompt:
        app.store.set_system_prompt(latest.id, args.system)
        if latest.system_prompt.strip():  # said: the earlier answers had another
            say(SYSTEM_REPLACED, stderr=True)
    return latest, False


def answer_one(app, conversation, made: bool, prompt: str, model, sampling,
               args: argparse.Namespace, talking: bool = False) -> int:
    """Answer prompt in conversation (made: new, and taken back when the question cannot
    be asked), streaming to stdout, the ending and the sources on stderr. The exit status:
    0, or 130 when it was stopped (Ctrl+C) outside a conversation at the terminal
    (talking); UserError when it failed."""
    import threading

    from chatapp.cli_waiting import WaitingLine
    from chatapp.interrupt import on_interrupt

    try:
        user, answer = app.chat.send(conversation.id, prompt, model, sampling, docs=args.docs)
    except Exception:
        if made:  # all or nothing: no conversation without its question
            with contextlib.suppress(UserError):
                app.store.delete_conversation(conversation.id)
        raise
    wrote, stopped = False, threading.Event()

    def stop() -> None:  # Ctrl+C (or SIGTERM)
        stopped.set()
        answer.cancel()

    with on_interrupt(stop), WaitingLine(answer) as waiting:
        try:
            shown = len(answer.text)
            for piece in answer:
                waiting.clear()
                if len(answer.text) != shown + len(piece):  # what was written was reasoning
                    print(flush=True)
                    print("chatapp: " + translate_text("cli", REASONING_ABOVE), file=sys.stderr)
                shown = len(answer.text)
                sys.stdout.write(piece)
                sys.stdout.flush()
                wrote = wrote or bool(piece)
        except OSError:  # the reader went away, or the output's disk is full: the answer
            answer.cancel()  # stops, and is stored with what it wrote
            answer.to_end()
            raise
        if stopped.is_set() and not (wrote and sys.stdout.isatty()):
            waiting.end_line()  # the terminal's "^C" is not followed by the ending's line
    if wrote:  # ends the answer's last line; an answer that never began leaves no line
        sys.stdout.write("\n")
    from chatapp.cli_docs import print_sources
    from chatapp.cli_endings import say_how_it_ended

    if wrote or answer.message is None or answer.message.finish_reason not in (
            "error", "stopped"):  # (an answer that failed or was stopped before its first
        # token never came: it has no sources)
        print_sources(answer.retrieval, app.chat.pipeline.retriever.documents, answer.text)
    if answer.message is not None:
        say_how_it_ended(answer.message, wrote, sampling.max_tokens, talking)
    if answer.notice is not None:  # what the answer went on without (a draft model)
        print(" ".join(translate_error(answer.notice).split()), file=sys.stderr)
    if answer.unsaved is not None:
        from chatapp import cli_unsaved

        cli_unsaved.keep(answer)
    message = answer.message
    if message.finish_reason == "stopped" and not message.content \
            and not (message.reasoning or "").strip():
        with contextlib.suppress(UserError):  # stopped before it began: no empty answer is kept
            app.store.delete_branch(message.id)  # (the question stays, as it was asked)
    if message.finish_reason == "error" and answer.error_kind == "context" and not answer.text:
        with contextlib.suppress(UserError):  # a question that cannot be asked is not kept
            (app.store.delete_conversation if made else app.store.delete_branch)(
                conversation.id if made else user.id)
    if message.finish_reason == "error":
        raise answer.error or UserError(ANSWER_FAILED, reason=message.error or "?")
    return 130 if message.finish_reason == "stopped" and not talking else 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write conversations to stdout or a file."""
    from chatapp.cli_app import open_app
    from chatapp.export import export_conversations

    with open_app() as app:
        if app.store.read_only is not None:
            print(f"chatapp: {one_line(app.store.read_only)}", file=sys.stderr)
        if args.all and args.conversation is not None:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Give a conversation id or --all, not both."))
        if args.all:
            conversations = app.store.conversations()
        elif args.conversation is not None:
            conversations = [cli_conversations.one_conversation(app, args.conversation)]
        else:
            latest = app.store.latest_conversation()
            if latest is None:  # (--all writes an empty export: a file a script may want)
                raise UserError(QT_TRANSLATE_NOOP(
                    "errors", "There is no conversation to export yet."))
            conversations = [latest]
        text = export_conversations(app.store, conversations, args.format, translate_text)
        if args.output:
            try:
                write_file(args.output, text)
            except OSError as exc:
                raise UserError(QT_TRANSLATE_NOOP("errors", "Could not write {path}: {reason}"),
                                path=args.output, reason=os_reason(exc)) from None
        else:
            sys.stdout.write(text)
        return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Add the conversations of a JSON export."""
    from pathlib import Path

    from chatapp.cli_app import open_app
    from chatapp.export import MAX_IMPORT_BYTES, import_bytes, import_file

    with open_app() as app:
        if args.file == "-":  # `chatapp export --all | chatapp import -`
            imported = import_bytes(app.store, sys.stdin.buffer.read(MAX_IMPORT_BYTES + 1))
        else:
            imported = import_file(app.store, Path(args.file))
        if not imported.ids and imported.skipped:
            say(NOTHING_NEW)
            return 0
        print(translate_count("cli", IMPORTED_ONE, IMPORTED, len(imported.ids)))
        if imported.replaced:
            print(translate_count("cli", REPLACED_ONE, REPLACED, imported.replaced))
        if imported.skipped:
            print(translate_count("cli", ALREADY_ONE, ALREADY, imported.skipped))
        return 0


CTX_CAPPED = QT_TRANSLATE_NOOP(
    "cli", "chatapp: --ctx {asked} is more than {model} was trained for: it runs with its "
    "largest context, {n} tokens.")
NOTHING_TO_CONTINUE = QT_TRANSLATE_NOOP(
    "cli", "chatapp: There is no conversation to continue yet: this is a new one.")
SYSTEM_REPLACED = QT_TRANSLATE_NOOP(
    "cli", "chatapp: --system replaces the conversation's system prompt from this answer on "
    "(its earlier answers were made with the one before).")
IMPORTED_ONE = QT_TRANSLATE_NOOP("cli", "Imported {count} conversation.")
IMPORTED = QT_TRANSLATE_NOOP("cli", "Imported {count} conversations.")
ALREADY_ONE = QT_TRANSLATE_NOOP("cli", "{count} conversation was already here and was skipped.")
ALREADY = QT_TRANSLATE_NOOP("cli", "{count} conversations were already here and were skipped.")
NOTHING_NEW = QT_TRANSLATE_NOOP(
    "cli", "Nothing was imported: every conversation of the file is here already.")
REPLACED_ONE = QT_TRANSLATE_NOOP(
    "cli", "{count} character that cannot be stored (half of an emoji or other broken text) "
    "was replaced with �.")
REPLACED = QT_TRANSLATE_NOOP(
    "cli", "{count} characters that cannot be stored (halves of emoji or other broken text) "
    "were replaced with �.")


def run_gui() -> int:
    """Open the window; on Linux first UserError when there is no display or the one set
    cannot be reached (Qt would abort with English words)."""
    if sys.platform.startswith("linux"):
        from chatapp.display import check_display

        check_display()
    from chatapp.ui.app import run

    return run()


def one_line(error: UserError) -> str:
    """A user error's message in the user's language, on one line."""
    return " ".join(translate_error(error).split())


def report(exc: BaseException) -> int:
    """Print one line for a failure that reached the top: its message for a known cause, or
    the log file's path for an unknown one (whose traceback goes in that log). Returns the
    exit status: 1, 2 for a usage error (UserError.exit_status)."""
    error = known_error(exc)
    if error is None:
        from chatapp.logs import log_file, setup_logging
        from chatapp.paths import app_paths

        path = log_file()
        if path is None:
            try:
                path = setup_logging(app_paths().logs)
            except Exception:  # noqa: BLE001 - no log: the line says so
                path = None
        log.error("unexpected failure", exc_info=exc)
        error = unexpected_error(exc, path)
    print(f"chatapp: {one_line(error)}", file=sys.stderr)
    return error.exit_status


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `chatapp` command: every failure ends as one line on stderr."""
    from chatapp.entry import quiet_interrupts

    with quiet_interrupts():  # setting up (libraries load): Ctrl+C ends it at once
        from chatapp.i18n import choose_language, saved_setting, use_language
        from chatapp.logs import keep_terminal_quiet
        from chatapp.paths import app_paths
        from chatapp.terminal import guard_terminal

        keep_terminal_quiet()
        for stream in (sys.stdout, sys.stderr):  # a character the output's encoding lacks
            with contextlib.suppress(AttributeError, ValueError):  # is shown as "?"
                stream.reconfigure(errors="replace")
        guard_terminal()  # answers, documents and servers' words are untrusted: no escapes
        # the language chosen in Settings, else the system's: as the window does
        try:
            saved = saved_setting(app_paths().settings_file)
        except UserError:  # (CHATAPP_HOME is not a folder: the command says so)
            saved = ""
        use_language(choose_language(saved))
        args = parse(build_parser(), argv)
    try:
        if args.command not in (None, "gui"):  # the window says it in a dialog
            _warn_broken_settings()
        return _run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`chatapp export | head`)
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # noqa: BLE001 - the one place that turns failures into a line
        return report(exc)


def _warn_broken_settings() -> None:
    """One line on stderr when the settings file cannot be read (it is kept aside and the
    defaults are used, as in the window)."""
    from chatapp.paths import app_paths
    from chatapp.settings import BROKEN_SETTINGS, SettingsFile

    settings_file = SettingsFile(app_paths().settings_file)
    settings_file.load()
    if settings_file.problem is not None:
        message = translate_text("errors", BROKEN_SETTINGS).format(path=settings_file.problem)
        print(f"chatapp: {message}", file=sys.stderr)


def _run(args: argparse.Namespace) -> int:
    """Run the chosen command (the window when none was)."""
    from chatapp import cli_docs, cli_hub, cli_remote, cli_serve

    runners = {"models": cli_models.cmd_models, "chat": cmd_chat,
               "export": cmd_export, "import": cmd_import,
               **dict.fromkeys(cli_hub.COMMANDS, cli_hub.run)}
    for module in (cli_bench, cli_eval, cli_fit, cli_board, cli_conversations, cli_recover,
                   cli_docs, cli_remote, cli_serve):
        runners[module.COMMAND] = module.run
    run = runners.get(args.command)
    return run(args) if run is not None else run_gui()


if __name__ == "__main__":
    sys.exit(main())
