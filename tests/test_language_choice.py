"""Which of the shipped languages the system asks for, read as gettext reads it."""

from __future__ import annotations

import pytest

from chatapp.i18n import system_language


@pytest.mark.parametrize("env, expected", [
    ({"LANGUAGE": "id", "LANG": "en_US.UTF-8"}, "id"),  # LANGUAGE comes first
    ({"LANGUAGE": "de:ms", "LANG": "en_US.UTF-8"}, "ms"),  # its first shipped language
    ({"LANGUAGE": "en:id", "LANG": "id_ID.UTF-8"}, "en"),
    ({"LANGUAGE": "id", "LANG": "C"}, "en"),  # the C locale ignores it, as gettext does
    ({"LANG": "fil_PH.UTF-8"}, "fil"),
    ({"LC_ALL": "ms_MY.UTF-8", "LANG": "id_ID.UTF-8"}, "ms"),
])
def test_the_system_language_follows_gettexts_order(monkeypatch: pytest.MonkeyPatch,
                                                    env: dict[str, str],
                                                    expected: str) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert system_language() == expected


def test_an_open_window_keeps_its_texts_when_a_translation_file_is_rewritten(
        monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    import shutil

    from PySide6.QtCore import QCoreApplication

    from chatapp import i18n
    from chatapp.ui import app as ui_app

    shipped = {lang: i18n.translation_file(lang) for lang in ("ms", "id")}
    copy = tmp_path / "chatapp_ms.qm"
    shutil.copy(shipped["ms"], copy)
    monkeypatch.setattr(ui_app, "translation_file", lambda language: copy)
    application = ui_app.make_application()
    try:
        ui_app.install_language(application, "ms")
        assert QCoreApplication.translate("report", "Summary") == "Ringkasan"
        # an upgrade writes the file over in place (here with other texts)
        with open(copy, "r+b") as handle:
            handle.write(shipped["id"].read_bytes())
            handle.truncate()
        assert QCoreApplication.translate("export", "Assistant") == "Pembantu"
        assert QCoreApplication.translate("report", "Summary") == "Ringkasan"
    finally:
        monkeypatch.undo()
        ui_app.install_language(application, "en")
