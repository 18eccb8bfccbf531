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
