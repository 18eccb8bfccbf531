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

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _ts(language: str) -> Path:
    return TRANSLATIONS / f"chatapp_{language}.ts"


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


@pytest.mark.parametrize("language", LANGUAGES)
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match(language: str) -> None:
    problems = []
    for context, source, translation in _messages(_ts(language)):
        text = _text(translation)
        if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
            problems.append((context, source, text))
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_accelerators_match(language: str) -> None:
    problems = []
    for context, source, translation in _messages(_ts(language)):
        text = _text(translation)
        if _accelerators(text) != _accelerators(source):
            problems.append((context, source, text))
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_file_is_current(language: str, tmp_path: Path) -> None:
    lrelease = _tool("pyside6-lrelease")
    compiled = tmp_path / f"chatapp_{language}.qm"
    _run(lrelease, str(_ts(language)), "-qm", str(compiled))
    committed = TRANSLATIONS / f"chatapp_{language}.qm"
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
