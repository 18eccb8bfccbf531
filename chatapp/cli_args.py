"""The command line's argument parser in the user's language: numbers that name their option
and range when refused, and argparse's own texts (usage, help headings, errors) translated."""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Callable

from chatapp.api.token import LEAST, weak
from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.i18n import translate_text
from chatapp.model_defaults import MAX_GPU_LAYERS, MIN_CONTEXT
from chatapp.settings import SAMPLING_RANGES

WHOLE = QT_TRANSLATE_NOOP("cli", "{option} must be a whole number")
WHOLE_FROM = QT_TRANSLATE_NOOP("cli", "{option} must be a whole number of at least {low}")
WHOLE_RANGE = QT_TRANSLATE_NOOP("cli", "{option} must be a whole number from {low} to {high}")
NUMBER = QT_TRANSLATE_NOOP("cli", "{option} must be a number")
NUMBER_RANGE = QT_TRANSLATE_NOOP("cli", "{option} must be a number between {low} and {high}")
ERROR = QT_TRANSLATE_NOOP("cli", "{prog}: error: {message}")
EMPTY_NAME = QT_TRANSLATE_NOOP("cli", "{option} must name a model")
NOT_EMPTY = QT_TRANSLATE_NOOP("cli", "{option} must not be empty")
NAME_WITH_M = QT_TRANSLATE_NOOP(
    "cli", "{message} (name the model with -m: {prog} -m {model})")
SHORT_TOKEN = QT_TRANSLATE_NOOP(
    "cli", "{option} must be at least {least} characters without spaces: a shorter one is "
    "easy to guess (leave it out to use the one kept in the config folder)")

# argparse's own texts (Python's, passed through gettext), translated in context "argparse".
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
)


# argparse looks its texts up through this name (gettext) when it needs them: the user's language
argparse._ = lambda text: translate_text("argparse", text)


def parse(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """The parser's arguments from argv (None: the command line's). Words after an option
    that follows a command's list of paths or words join that list, as people type them
    (`docs add NAME --embed MODEL PATH`); others end as argparse's own error."""
    args, extra = parser.parse_known_args(argv)
    listed = next((value for value in (getattr(args, name, None) for name in ("paths", "words"))
                   if isinstance(value, list)), None)
    options = [word for word in extra if word.startswith("-")]
    if extra and (listed is None or options):
        chosen = _chosen(parser, args)
        message = argparse._("unrecognized arguments: %s") % " ".join(
            map(_unsaid, options or extra))
        # a stray word that names a model: a GGUF file's name or path
        model = next((word for word in extra if word.lower().endswith(".gguf")), None)
        if not options and model is not None and "-m" in chosen._option_string_actions:
            message = translate_text("cli", NAME_WITH_M).format(
                message=message, prog=chosen.prog, model=_unsaid(model))
        chosen.error(message)
    if extra and listed is not None:
        listed.extend(extra)
    return args


LONGEST_SAID = 60  # characters of a refused word said before "…"
_KEY_PREFIXES = ("hf_", "sk-", "sk_", "ghp_", "gho_", "github_pat_", "glpat-", "gsk_", "xai-",
                 "xox")
_RANDOM_RUN = re.compile(r"[A-Za-z0-9]{20,}")  # a key's random part: no word is this long


def _unsaid(word: str) -> str:
    """A word of the command line as a refusal names it: an option without its value
    (--api-key=KEY), a word that looks like a key (a key's prefix, or 20 letters and digits
    in a row) cut to its first 4 characters, any other word whole up to LONGEST_SAID
    characters (a model's file name, a path)."""
    if word.startswith("-"):
        return word.split("=", 1)[0]
    if not any(c.isspace() or c in "/\\" for c in word) and (
            word.startswith(_KEY_PREFIXES) or _RANDOM_RUN.search(word)):
        return word[:4] + "…"
    return word if len(word) <= LONGEST_SAID else word[:LONGEST_SAID - 1] + "…"


def _chosen(parser: argparse.ArgumentParser,
            args: argparse.Namespace) -> argparse.ArgumentParser:
    """The parser of the command args chose (`chatapp docs add`'s own), so that an error
    names the command as its other errors do."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            sub = action.choices.get(getattr(args, action.dest, None) or "")
            if sub is not None:
                return _chosen(sub, args)
    return parser


class Number:
    """An argparse type: a whole number (kind int) or a finite number (kind float, with a
    decimal point or comma) from low to high (None: unbounded). A refused value ends as one
    translated line that names the option and the range (see Parser)."""

    def __init__(self, kind: type = int, low: float | None = None,
                 high: float | None = None) -> None:
        self.kind, self.low, self.high = kind, low, high
        self.__name__ = kind.__name__

    def __call__(self, text: str) -> int | float:
        text = text.strip()
        if self.kind is float and text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")  # a decimal comma, as Indonesian writes "0,5"
        value = self.kind(text)
        if self.kind is float and not math.isfinite(value):
            raise ValueError(text)
        if (self.low is not None and value < self.low) or (
                self.high is not None and value > self.high):
            raise ValueError(text)
        return value

    def refusal(self, option: str) -> str:
        """The line that refuses a value for option, in the user's language."""
        if self.kind is int:
            template = (WHOLE_RANGE if self.high is not None
                        else WHOLE_FROM if self.low is not None else WHOLE)
        else:
            template = NUMBER_RANGE if self.high is not None else NUMBER
        return translate_text("cli", template).format(option=option, low=_shown(self.low),
                                                      high=_shown(self.high))


def _shown(bound: float | None) -> str:
    if bound is None:
        return ""
    return str(int(bound)) if float(bound).is_integer() else f"{bound:g}"


class _Commands(argparse._SubParsersAction):
    """Sub-commands whose help texts are shown in the user's language (see Parser)."""

    def add_parser(self, name: str, **kwargs):  # type: ignore[override]
        if kwargs.get("help"):
            kwargs["help"] = translate_text("cli", kwargs["help"])
            said = kwargs["help"]  # its own --help says what it does, as a sentence
            kwargs.setdefault("description", said[:1].upper() + said[1:] + ".")
        return super().add_parser(name, **kwargs)


class Text:
    """An argparse type: text that accepted(text) takes, else refused as one translated line
    (template, context "cli", its {option} and fields filled; see Parser) instead of meaning
    a default. The kinds: GIVEN, MODEL, MODELS and TOKEN."""

    def __init__(self, name: str, accepted: Callable[[str], bool], template: str,
                 **fields: object) -> None:
        self.__name__, self.accepted, self.template, self.fields = (name, accepted, template,
                                                                    fields)

    def __call__(self, text: str) -> str:
        if not self.accepted(text):
            raise ValueError(text)
        return text

    def refusal(self, option: str) -> str:
        """The line that refuses a value for option, in the user's language."""
        return translate_text("cli", self.template).format(option=option, **self.fields)


#: text that is not empty or blanks (given empty, an output file or a path would mean the
#: default: standard output, every store)
GIVEN = Text("text", lambda text: bool(text.strip()), NOT_EMPTY)
#: a bearer token for the local API, at least LEAST characters and no blanks
TOKEN = Text("token", lambda text: not weak(text), SHORT_TOKEN, least=LEAST)


def _sampling(name: str) -> Number:
    """The range a sampling parameter has everywhere else (settings, eval configs)."""
    low, high, whole = SAMPLING_RANGES[name]
    return Number(int if whole else float, low, high)


# the most answers per prompt and variant: an eval config's evaluateOptions.repeat, the
# Evaluate window's Repeats
MAX_REPEATS = 100
# the longest prompt a benchmark measures: the longest context the app offers anywhere
MAX_BENCH_PROMPT = 1_048_576

WHOLE_NUMBER = Number(int)
POSITIVE = Number(int, 1)
TEMPERATURE = _sampling("temperature")
MAX_TOKENS = _sampling("max_tokens")
SEED = _sampling("seed")
REPEATS = Number(int, 1, MAX_REPEATS)
TOGETHER = Number(int, 1, 64)  # answers of one model made at once (an evaluation)
PORT = Number(int, 0, 65535)
GPU_LAYERS = Number(int, -1, MAX_GPU_LAYERS)
CONTEXT_LENGTH = Number(int, MIN_CONTEXT, MAX_BENCH_PROMPT)
SIMILARITY = Number(float, -1, 1)
#: the name of a model (a path, file name, stem or repo id); with MODELS, a comma-separated
#: list of them: a value that names none (empty, blanks, only commas) is refused
MODEL = Text("model", lambda text: bool(text.strip()), EMPTY_NAME)
#: the help of -m where the model used without it is the window's
MODEL_HELP = QT_TRANSLATE_NOOP(
    "cli", "file path, file name, stem or repo id of a model (default: the model picked last "
    "in the window); a repo id with several quantizations here picks the one used last, else "
    "Q4_K_M, else the smallest file: name another as OWNER/NAME:QUANT")
MODELS = Text("model", lambda text: any(name.strip() for name in text.split(",")),
              EMPTY_NAME)


# the names of the commands' positional arguments written as words, as usage lines and
# refusals show them (translated); a metavar written in capitals (MODEL, PATH, NAME) is an
# identifier that help texts and errors use too: English in every language
PLACEHOLDERS = frozenset((
    QT_TRANSLATE_NOOP("cli", "conversation"), QT_TRANSLATE_NOOP("cli", "file"),
    QT_TRANSLATE_NOOP("cli", "name"), QT_TRANSLATE_NOOP("cli", "path"),
    QT_TRANSLATE_NOOP("cli", "prompt"), QT_TRANSLATE_NOOP("cli", "query"),
    QT_TRANSLATE_NOOP("cli", "words"), QT_TRANSLATE_NOOP("cli", "repo"),
    QT_TRANSLATE_NOOP("cli", "url")))


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one translated line on stderr, and whose
    descriptions and help texts (marked with QT_TRANSLATE_NOOP in context "cli") are shown
    in the user's language."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("allow_abbrev", False)  # `--api-key KEY` is not `--api-key-env`
        if kwargs.get("description"):
            kwargs["description"] = translate_text("cli", kwargs["description"])
        super().__init__(*args, **kwargs)
        self.register("action", "parsers", _Commands)

    def _add_action(self, action: argparse.Action) -> argparse.Action:
        # every option passes here, those of argument groups too
        if action.help and action.help != argparse.SUPPRESS:
            action.help = translate_text("cli", action.help)
        name = action.metavar or (action.dest.upper() if action.option_strings
                                  else action.dest)  # (argparse's own placeholders)
        if isinstance(name, str) and name in PLACEHOLDERS and not action.option_strings and (
                action.nargs != 0 and not action.choices):  # (an option's value: a metavar)
            action.metavar = translate_text("cli", name)  # in usage lines and refusals
        return super()._add_action(action)

    def _get_value(self, action: argparse.Action, arg_string: str):  # type: ignore[override]
        if isinstance(action.type, (Number, Text)):
            try:
                return action.type(arg_string)
            except ValueError:
                option = (max(action.option_strings, key=len) if action.option_strings
                          else action.metavar or action.dest)
                raise argparse.ArgumentError(None, action.type.refusal(str(option))) from None
        return super()._get_value(action, arg_string)

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[override]
        # a mistyped option is named first, before the refusal of a value it leaves behind
        # (`export --form md` is not "conversation must be a whole number")
        if args is not None and not any(isinstance(action, argparse._SubParsersAction)
                                        for action in self._actions):
            unknown = self._unknown_options(list(args))
            if unknown:
                self.error(argparse._("unrecognized arguments: %s")
                           % " ".join(map(_unsaid, unknown)))
        return super().parse_known_args(args, namespace)

    def _unknown_options(self, words: list[str]) -> list[str]:
        """The words before `--` that look like options this command does not have."""
        words = words[:words.index("--")] if "--" in words else words
        return [word for word in words
                if word.startswith("-") and len(word) > 1 and " " not in word
                and not self._negative_number_matcher.match(word)
                and word.split("=", 1)[0] not in self._option_string_actions
                and word[:2] not in self._option_string_actions]

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, translate_text("cli", ERROR).format(prog=self.prog, message=message)
                  + "\n")
