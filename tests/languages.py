"""Running a part of a test in each of the app's languages, English again after it."""

from __future__ import annotations

from collections.abc import Iterator


def in_each_language() -> Iterator[str]:
    """Install each language of the app in turn (yielding its code), and English again once
    the loop ends or fails."""
    from PySide6.QtWidgets import QApplication

    from chatapp.i18n import LANGUAGES
    from chatapp.ui.app import install_language, make_application

    app = QApplication.instance() or make_application()
    try:
        for language in LANGUAGES:
            install_language(app, language)
            yield language
    finally:
        install_language(app, "en")
