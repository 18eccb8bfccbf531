"""Languages: find the shipped translations and pick one by setting or system locale."""

from __future__ import annotations

import os
import sys
from functools import lru_cache, partial
from pathlib import Path

from chatapp.errors import QUANTITIES, UserError

LANGUAGES = {"en": "English", "id": "Bahasa Indonesia", "ms": "Bahasa Melayu", "fil": "Filipino"}
_ALIASES = {"in": "id", "tl": "fil", "zsm": "ms"}


def resources_dir() -> Path:
    """The resources folder: beside the package in a source tree, inside it when installed."""
    package = Path(__file__).resolve().parent
    return next((candidate for candidate in (package / "resources", package.parent / "resources")
                 if (candidate / "icons").is_dir()), package / "resources")


def language_code(name: str) -> str:
    """The shipped language for a locale name like "id_ID" or "fil-PH" ("en" if none)."""
    code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
    code = _ALIASES.get(code, code)
    return code if code in LANGUAGES else "en"


def system_language() -> str:
    """The shipped language closest to the system locale: as gettext reads it, the first
    shipped one of LANGUAGE's list (unless the locale is C), else LC_ALL, LC_MESSAGES,
    LANG, else Qt's reading of the system."""
    from PySide6.QtCore import QLocale

    locale = next((os.environ[env] for env in ("LC_ALL", "LC_MESSAGES", "LANG")
                   if os.environ.get(env)), "")
    if locale not in ("C", "POSIX"):
        for name in os.environ.get("LANGUAGE", "").split(":"):
            if (name and language_code(name) != "en") or name.lower().startswith("en"):
                return language_code(name)
    if locale and locale not in ("C", "POSIX"):
        return language_code(locale)
    return language_code(QLocale.system().name())


_chosen: dict[str, str] = {}


def use_language(language: str) -> None:
    """Make language the one texts are translated into when none is asked for: the window
    and the command line call it with the user's choice (the setting, else the system's)."""
    _chosen["language"] = language


def chosen_language() -> str | None:
    """The language chosen by use_language (None before it was called)."""
    return _chosen.get("language")


def saved_setting(settings_file: Path) -> str:
    """The language named in a settings.json ("" when none, or when the file is missing or
    unreadable); reading it changes nothing."""
    import json

    try:
        data = json.loads(settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    value = data.get("language") if isinstance(data, dict) else None
    return value if isinstance(value, str) else ""


def choose_language(setting: str) -> str:
    """The language to show: the setting when it names a shipped one, else the system's."""
    return setting if setting in LANGUAGES else system_language()


def translation_file(language: str) -> Path | None:
    """The compiled translation for a language (None for English or when missing)."""
    if language == "en":
        return None
    path = resources_dir() / "translations" / f"chatapp_{language}.qm"
    return path if path.is_file() else None


def qt_translation_files(language: str) -> list[Path]:
    """The compiled translations of Qt's own texts (standard buttons, file and message
    dialogs, text field menus) for a language, the least preferred first: Qt's qtbase_*.qm
    when PySide6 ships one, then the app's qt_*.qm (for languages Qt has none of)."""
    if language == "en":
        return []
    found = []
    try:
        from PySide6.QtCore import QLibraryInfo

        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        found.append(qt_dir / f"qtbase_{language}.qm")
    except ImportError:
        pass
    found.append(resources_dir() / "translations" / f"qt_{language}.qm")
    return [path for path in found if path.is_file()]


@lru_cache(maxsize=4)
def _translator(language: str):
    from PySide6.QtCore import QTranslator

    path = translation_file(language)
    translator = QTranslator()
    try:
        data = path.read_bytes() if path is not None else b""
    except OSError:
        return None
    if not data or not translator.load(data):
        return None
    translator.data = data  # Qt reads the bytes in place: they live as long as it does
    return translator


def translate_text(context: str, text: str, language: str | None = None) -> str:
    """Text marked with QT_TRANSLATE_NOOP, in the user's language (for use without a window)."""
    try:
        translator = _translator(language or chosen_language() or system_language())
    except ImportError:
        return text
    return (translator.translate(context, text) if translator is not None else "") or text


def say(text: str, *, stderr: bool = False, flush: bool = False, **fields: object) -> None:
    """Print a "cli" text marked with QT_TRANSLATE_NOOP in the user's language, its {fields}
    filled when any are given, on standard output (or error, with stderr)."""
    said = translate_text("cli", text)
    fields = {k: grouped(v) if k in QUANTITIES and type(v) is int else v
              for k, v in fields.items()}
    print(said.format(**fields) if fields else said, file=sys.stderr if stderr else sys.stdout,
          flush=flush)


def grouped(n: int, language: str | None = None) -> str:
    """A count with its thousands grouped as language writes them (chatapp.units.whole;
    the window's QLocale writes them the same)."""
    from chatapp.units import whole

    return whole(n, language)


def translate_error(exc: UserError, language: str | None = None) -> str:
    """A user error's message in the user's language, its counts grouped as it writes them."""
    translate = partial(translate_text, "errors", language=language)
    return exc.format(translate(exc.template), translate, lambda n: grouped(n, language))


def translate_count(context: str, one: str, many: str, count: int,
                    language: str | None = None, **fields: object) -> str:
    """A count's sentence in the user's language: one (the singular text, marked with
    QT_TRANSLATE_NOOP) when count is 1, else many; both filled with {count} and fields."""
    return translate_text(context, one if count == 1 else many, language).format(
        count=count, **fields)
