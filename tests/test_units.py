"""Numbers as text: the core's formatter (CLI, error messages) and the window's, which
follows the locale (Indonesian writes a decimal comma)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from chatapp.units import columns, format_bytes, format_duration, people_count, table_lines


@pytest.mark.parametrize(("size", "text"), [
    (None, "?"), (0, "0 B"), (999, "999 B"), (1000, "1 kB"), (512_000, "512 kB"),
    (999_999, "1 MB"), (1_000_000, "1 MB"), (999_600_000, "1.0 GB"), (253_000_000, "253 MB"),
    (999_000_000, "999 MB"), (1_000_000_000, "1.0 GB"), (4_100_000_000, "4.1 GB"),
])
def test_format_bytes_uses_decimal_units(size: int | None, text: str) -> None:
    assert format_bytes(size) == text


def test_format_count_and_duration() -> None:
    assert [people_count(n, "en") for n in (950, 1_200, 3_400_000, 7_000_000_000)] == [
        "950", "1.2K", "3.4M", "7B"]
    # one decimal that would round up to 1000 goes to the next unit
    assert [people_count(n, "en") for n in (999, 999_949, 999_999, 999_999_999)] == [
        "999", "999.9K", "1M", "1B"]
    assert [format_duration(s) for s in (0, 59.9, 61, 3599, 3600, 3725)] == [
        "0:00", "0:59", "1:01", "59:59", "1:00:00", "1:02:05"]


@pytest.fixture
def indonesian(qapp: object) -> Iterator[None]:
    """The window's locale set to Indonesian, as Settings → Language does."""
    before = QLocale()
    QLocale.setDefault(QLocale("id"))
    yield
    QLocale.setDefault(before)


def test_window_numbers_follow_the_locale(indonesian: None) -> None:
    from chatapp.store import Message
    from chatapp.ui.bubble import stats_text
    from chatapp.ui.units import data_size, decimal, rate_size

    assert data_size(4_100_000_000) == "4,1 GB"
    assert rate_size(1_500_000) == "1,5 MB"  # not "1 MB": a third of it hidden
    assert rate_size(500_000) == "500 kB" and rate_size(25_000_000) == "25 MB"
    assert data_size(253_000_000) == "253 MB"
    assert data_size(None) == "?"
    assert decimal(12.5, 1) == "12,5"
    message = Message(id=1, conversation_id=1, parent_id=None, role="assistant",
                      content="Hi", created_at="2026-01-01 00:00:00", completion_tokens=40,
                      tokens_per_s=31.5, ttft_s=0.5)
    text = stats_text(message)
    assert "31,5 tok/s" in text and "0,50" in text
    failed = Message(id=2, conversation_id=1, parent_id=None, role="assistant", content="",
                     created_at="2026-01-01 00:00:00", completion_tokens=0, ttft_s=0.0,
                     finish_reason="error", error="The server failed.")
    assert stats_text(failed) == ""  # not "0 tokens · first token 0,00 s"


@pytest.fixture
def chosen_indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's language set to Indonesian, as `chatapp --language id` or the setting does
    (for this test only)."""
    monkeypatch.setattr("chatapp.i18n._chosen", {"language": "id"})


def test_core_and_cli_numbers_follow_the_chosen_language(chosen_indonesian: None) -> None:
    """Sizes, counts and the download line of the CLI (and the core's error messages) write
    Indonesian's decimal comma once it is the chosen language."""
    from chatapp.cli_hub import _progress

    assert format_bytes(24_400_000_000) == "24,4 GB" and format_bytes(253_000_000) == "253 MB"
    from chatapp.units import people_count  # downloads and likes: as the window writes them

    assert [people_count(n) for n in (950, 100_000, 5_000_000)] == ["950", "100 rb", "5 jt"]
    assert people_count(5_000_000, "en") == "5M" and people_count(90_000, "ms") == "90 ribu"
    assert people_count(90_400, "en") == "90.4K"
    line = _progress("m.gguf", 500_000_000, 2_000_000_000, 0)
    assert " 25,0% " in line and "2,0 GB" in line
    line = _progress("m.gguf", 500_000_000, 2_000_000_000, 10_000_000)  # (was: "ETA")
    assert line.rstrip().endswith("10 MB/s sisa 2:30"), line


def test_a_table_with_wide_characters_keeps_its_columns() -> None:
    """Chinese or Japanese names take two columns each on a terminal."""
    lines = table_lines("model|likes", "model|likes", [["名前/モデル", "3"], ["abc/def", "12"]])
    assert lines == ["model        likes", "名前/モデル      3", "abc/def         12"]
    # and the eval summary's (was: aligned by characters, two columns off a CJK name)
    from chatapp.compare.evaluate import PairResult
    from chatapp.compare.report import summary_text

    results = [PairResult("1", m, m, 1, 1, "A", "stop", tokens_per_s=10.0)
               for m in ("ünïcødé 模型", "answerer")]
    rows = summary_text(results, ["ünïcødé 模型", "answerer"], "en").splitlines()[:3]
    assert len({columns(row) for row in rows}) == 1, rows
