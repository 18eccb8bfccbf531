"""The chat's context meter has room for its longest count in every language (real Qt
widgets, offscreen)."""

from __future__ import annotations

from languages import in_each_language


def test_the_meter_has_room_for_the_longest_count_in_each_language(qtbot) -> None:
    """was: "≈ 12 / 1,048,576 tokens" filled the box edge to edge in English (a fixed
    150–260 px), and the count of a model at its longest context did not fit."""
    from chatapp.ui.composer import Composer

    widths = {}
    for language in in_each_language():
        composer = Composer()
        qtbot.addWidget(composer)
        meter = composer.meter
        composer.set_meter(12, 1_048_576, True, 0, 512, left_out=3)
        composer.set_meter(1_048_576, 1_048_576, True, 0, 512, left_out=3)
        text = meter.text()
        assert text.startswith("≈ ✂ ") and "1" in text, (language, text)
        room = meter.minimumWidth() - meter.fontMetrics().horizontalAdvance(text)
        assert room >= 16, (language, text, meter.minimumWidth())
        assert meter.maximumWidth() >= meter.minimumWidth()
        long = meter.minimumWidth()
        composer.set_meter(4096, 4096, True, 0, 512, left_out=3)  # a short context: its own
        short = meter.text()  # room, so that the window's least width stays as it was
        assert meter.minimumWidth() - meter.fontMetrics().horizontalAdvance(short) >= 16
        assert meter.minimumWidth() < long  # (was: the room of 1,048,576 tokens for all,
        widths[language] = long  # the chat area's least width 60 px more)
    assert len(widths) == 4
