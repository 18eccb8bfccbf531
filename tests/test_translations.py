"""The shipped translations: complete, consistent with the source strings, compiled, current."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
PACKAGE = ROOT / "chatapp"
LANGUAGES = ["id", "ms", "fil"]
# the app's strings, and Qt's own (standard buttons, file dialog, text menus) that Qt ships
# no translation of for these languages
FILES = [f"{kind}_{language}" for kind in ("chatapp", "qt") for language in LANGUAGES]

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")


def _ts(language: str) -> Path:
    return TRANSLATIONS / (f"{language}.ts" if "_" in language else f"chatapp_{language}.ts")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message in a .ts file."""
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


def _text(translation: ET.Element | None) -> str:
    return (translation.text or "") if translation is not None else ""


def _accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


def _tool(name: str) -> str:
    tool = shutil.which(name, path=str(Path(sys.executable).parent))
    if tool is None:
        pytest.skip(f"{name} is not installed next to {sys.executable}")
    return tool


def _run(*args: str) -> None:
    result = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("language", FILES)
def test_every_message_is_translated(language: str) -> None:
    messages = _messages(_ts(language))
    assert messages
    problems = [
        (context, source)
        for context, source, translation in messages
        if translation is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert problems == []


@pytest.mark.parametrize("language", FILES)
def test_placeholders_match(language: str) -> None:
    problems = []
    for context, source, translation in _messages(_ts(language)):
        text = _text(translation)
        if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
            problems.append((context, source, text))
    assert problems == []


@pytest.mark.parametrize("language", FILES)
def test_accelerators_match(language: str) -> None:
    problems = []
    for context, source, translation in _messages(_ts(language)):
        text = _text(translation)
        if _accelerators(text) != _accelerators(source):
            problems.append((context, source, text))
    assert problems == []


def _alt_letter(text: str) -> str | None:
    """The letter after a text's single "&" (lower case), None without one."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_dialogs_alt_letters_are_its_own_as_in_english(language: str) -> None:
    """In a dialog (a context named ...Dialog: its fields and buttons are shown together)
    the translated Alt letters differ from each other wherever the English ones do."""
    by_context: dict[str, list[tuple[str, str]]] = {}
    for context, source, translation in _messages(_ts(language)):
        if context.endswith("Dialog") and _alt_letter(source):
            by_context.setdefault(context, []).append((source, _text(translation)))
    problems = []
    for context, pairs in by_context.items():
        english = [_alt_letter(source) for source, _ in pairs]
        ours = [_alt_letter(text) for _, text in pairs]
        if len(set(ours)) < len(set(english)):
            problems.append((context, [text for _, text in pairs]))
    assert problems == []


def _menu_words(text: str) -> str:
    return text.replace("&", "").rstrip("…")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_menu_named_in_a_text_is_named_as_the_menu_is(language: str) -> None:
    """A text that names a menu path ("File → New chat from preset") uses the words that
    menu and item have in this language (was: Filipino "File →" beside the "Talaksan" menu)."""
    messages = _messages(_ts(language))
    menus = {_menu_words(source): _menu_words(_text(translation))
             for _context, source, translation in messages
             if "&" in source and len(source) < 40 and "{" not in source}
    problems = []
    for _context, source, translation in messages:
        if "→" not in source:
            continue
        for name, words in menus.items():
            named = re.search(rf"(^|[\s(]){re.escape(name)}…? →|→ {re.escape(name)}", source)
            if named and words not in _text(translation):
                problems.append((name, words, _text(translation)))
    assert problems == []


@pytest.mark.parametrize("language", FILES)
def test_compiled_file_is_current(language: str, tmp_path: Path) -> None:
    lrelease = _tool("pyside6-lrelease")
    compiled = tmp_path / _ts(language).with_suffix(".qm").name
    _run(lrelease, str(_ts(language)), "-qm", str(compiled))
    committed = _ts(language).with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} is missing: run pyside6-lrelease"
    assert compiled.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is out of date: run pyside6-lrelease"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_covers_every_string_in_the_code(language: str, tmp_path: Path) -> None:
    lupdate = _tool("pyside6-lupdate")
    copy = tmp_path / f"chatapp_{language}.ts"
    shutil.copyfile(_ts(language), copy)
    sources = sorted(str(path) for path in PACKAGE.rglob("*.py"))
    _run(lupdate, "-silent", "-no-obsolete", *sources, "-ts", str(copy))

    def pairs(path: Path) -> set[tuple[str, str]]:
        return {(context, source) for context, source, _ in _messages(path)}

    in_code, committed = pairs(copy), pairs(_ts(language))
    assert in_code - committed == set(), "new strings: run pyside6-lupdate and translate them"
    assert committed - in_code == set(), "obsolete strings: run pyside6-lupdate -no-obsolete"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translator_loads(language: str) -> None:
    from PySide6.QtCore import QTranslator

    expected = {
        source: translation.text
        for context, source, translation in _messages(_ts(language))
        if context == "Composer"
    }["Send"]
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"chatapp_{language}.qm"))
    sent = translator.translate("Composer", "Send")
    assert sent == expected
    assert sent and sent != "Send"


@pytest.mark.parametrize("language", LANGUAGES)
def test_qt_own_texts_are_translated(qtbot, language: str) -> None:
    """Standard buttons of a message box and a line edit's context menu come in the
    language (Qt ships no qtbase translation for it: the app's qt_*.qm has them)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from chatapp.ui.app import install_language, make_application

    app = make_application()
    expected = {source: _text(translation) for context, source, translation
                in _messages(_ts(f"qt_{language}")) if context == "QPlatformTheme"}
    try:
        assert install_language(app, language) == language
        box = QMessageBox(QMessageBox.Icon.Question, "ChatApp", "?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                          | QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        shown = {box.button(b).text() for b in (QMessageBox.StandardButton.Yes,
                                                QMessageBox.StandardButton.No,
                                                QMessageBox.StandardButton.Cancel)}
        assert shown == {expected["&Yes"], expected["&No"], expected["Cancel"]}
        assert "Cancel" not in shown and "&Yes" not in shown
        assert QCoreApplication.translate("QLineEdit", "Select All") != "Select All"
        assert QCoreApplication.translate("QFileDialog", "File &name:") != "File &name:"
        from PySide6.QtGui import QKeySequence

        from chatapp.ui.help_menu import key_text

        arrows = key_text(QKeySequence("Alt+Left, Down"))  # key names as F1 lists them
        assert "Left" not in arrows and "Down" not in arrows and arrows.startswith("Alt+")
    finally:
        install_language(app, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_qtbase_translations_load_where_pyside_ships_them() -> None:
    """For a language Qt translates itself (German here), its qtbase_*.qm is used."""
    from PySide6.QtCore import QTranslator

    from chatapp.i18n import qt_translation_files

    files = qt_translation_files("de")
    assert [f.name for f in files] == ["qtbase_de.qm"]
    translator = QTranslator()
    assert translator.load(str(files[0]))
    assert translator.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert [f.name for f in qt_translation_files("id")] == ["qt_id.qm"]
    assert qt_translation_files("en") == []


def test_counts_in_a_failure_line_are_grouped_as_the_language_writes_them(qtbot) -> None:
    """"context of 4,096 tokens (15,006 tokens)" in English, "4.096 … 15.006" in Indonesian,
    as the context meter writes them; other numbers (a port, an HTTP status) as they are."""
    from chatapp.engine.prompt_tokens import PromptTooLong
    from chatapp.errors import UserError
    from chatapp.ui.app import install_language, make_application
    from chatapp.ui.errors import error_text

    app = make_application()
    too_long = PromptTooLong("The message is too long for this model's context of {n_ctx} "
                             "tokens ({count} tokens). Shorten it or raise the context "
                             "length.", n_ctx=4096, count=15006)
    port = UserError("Port {port} is in use.", port=18765)
    try:
        install_language(app, "en")
        assert "context of 4,096 tokens (15,006 tokens)" in error_text(too_long)
        assert error_text(port) == "Port 18765 is in use."
        install_language(app, "id")
        assert "4.096 token (15.006 token)" in error_text(too_long)
    finally:
        install_language(app, "en")


def test_parameters_are_counted_as_downloads_are_and_malay_says_no_english_terms(
        qtbot) -> None:
    """One number style in one line (was: Malay "60M parameter · ↓ 5.4 ribu"), and Model
    settings' and an answer's words in Malay, not English (was: "prompt lookup",
    "backend"; flash attention is the field's own term, kept: see below), the app named
    ChatApp (was: "when chatapp was last closed")."""
    from chatapp.ui.app import install_language, make_application
    from chatapp.ui.browser_hub import count_text
    from chatapp.units import people_count

    app = make_application()
    try:
        install_language(app, "ms")
        assert count_text(60_000_000) == "60 juta" and people_count(5400) == "5.4 ribu"
        assert count_text(300_000) == "300 ribu"
        install_language(app, "en")
        assert count_text(60_000_000) == "60M"
    finally:
        install_language(app, "en")
    english = re.compile(r"prompt lookup|backend|\bchatapp\b(?! [a-z]+ )", re.IGNORECASE)
    for _context, source, translation in _messages(_ts("ms")):
        text = _text(translation)
        if re.search(r"prompt lookup|backend", source, re.IGNORECASE):
            assert not english.search(text), (source, text)
    for language in LANGUAGES:
        for _context, source, translation in _messages(_ts(language)):
            if "ChatApp last closed" in source:
                assert "ChatApp" in _text(translation), (language, _text(translation))


def test_field_terms_stay_and_malay_resume_is_not_connect() -> None:
    """"flash attention" and "KV cache" are the field's terms, kept in every language (was:
    Malay "Perhatian kilat", "perhatian kilat hidup"); Malay says no English "checksum" (was:
    "checksumnya") and its Resume is not "Sambung", which reads as Connections ("Sambungan",
    same menu) (was: "Sambung", "Sambung semula")."""
    for language in LANGUAGES:
        for _context, source, translation in _messages(_ts(language)):
            text = _text(translation).lower()
            for term, kept in (("flash attention", "flash attention"), ("kv cache", "kv")):
                if term in source.lower():
                    assert kept in text, (language, source, text)
    for _context, source, translation in _messages(_ts("ms")):
        text = _text(translation)
        assert "checksum" not in text.lower(), (source, text)
        if re.search(r"\bresume", source, re.IGNORECASE):
            assert "sambung semula" not in text.lower() and not text.startswith("Sambung"), (
                source, text)
