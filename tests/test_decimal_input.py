"""Decimals typed as the user writes them: in Indonesian (a decimal comma) "0.5" and "0,5"
are both a half, in the sampling form of a real dialog and on the command line; nothing
becomes 5 by reading the dot as a group separator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from test_cli_refusals import run_cli

from chatapp.settings import Sampling
from chatapp.ui.conversation_settings import ParametersForm


@pytest.mark.parametrize("language", [QLocale.Language.Indonesian, QLocale.Language.Malay,
                                      QLocale.Language.Filipino, QLocale.Language.English])
@pytest.mark.parametrize("typed", ["0.5", "0,5"])
def test_a_temperature_typed_with_either_separator_is_a_half(
        qtbot, language: QLocale.Language, typed: str) -> None:
    form = ParametersForm(Sampling(), "", {}, with_system=False)
    qtbot.addWidget(form)
    box = form.fields["temperature"]
    box.setLocale(QLocale(language))
    form.show()
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), typed)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Tab)
    assert box.value() == 0.5
    assert form.values()[1]["temperature"] == 0.5
    assert box.text().startswith(QLocale(language).toString(0.5, "f", 1))  # its own point


def test_a_decimal_comma_on_the_command_line_is_a_number(chatapp_home) -> None:
    refused = run_cli("chat", "-m", "no-such-model", "--temperature", "0,5", "x")
    assert "must be a number" not in refused.stderr
    assert "no-such-model" in refused.stderr  # the number was taken; the model is not there
    assert "must be a number" in run_cli("chat", "--temperature", "0,5,1", "x").stderr
