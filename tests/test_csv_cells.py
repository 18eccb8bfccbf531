"""The CSV files the app writes read back cell for cell, and a spreadsheet never runs a cell."""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

import pytest

from chatapp.compare.evaluate import PairResult
from chatapp.compare.prompts import Prompt
from chatapp.compare.ratings import Vote, leaderboard, leaderboard_csv
from chatapp.compare.report import write_report

#: (text, the cell a spreadsheet gets): line breaks, quotes and commas come back as they are;
#: text a spreadsheet would run as a formula gets a leading "'".
CELLS = [
    ("Progress: 10%\rProgress: 100%", "Progress: 10%\rProgress: 100%"),
    ("one\ntwo", "one\ntwo"),
    ("one\r\ntwo\r\n", "one\r\ntwo\r\n"),
    ("ends in CR\r", "ends in CR\r"),
    ('He said "hi", then, "bye"', 'He said "hi", then, "bye"'),
    ('"', '"'),
    ("", ""),
    ("   spaces   ", "   spaces   "),
    ('=HYPERLINK("http://x","click")', '\'=HYPERLINK("http://x","click")'),
    ("+1+1", "'+1+1"),
    ("+62 812 3456", "'+62 812 3456"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("-A1", "'-A1"),
    ("\uff1d1+1", "'\uff1d1+1"),
    ("- item one\n- item two", "- item one\n- item two"),
    ("-", "-"),
    ("-12", "-12"),
    ("-0.25", "-0.25"),
    ("a = b + c", "a = b + c"),
    ("'quoted already'", "'quoted already'"),
]


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def test_answers_and_summary_csv_read_back_cell_for_cell(tmp_path: Path) -> None:
    prompts = [Prompt(f"p{i}", text, []) for i, (text, _cell) in enumerate(CELLS)]
    results = [PairResult(f"p{i}", "=cmd|' /C calc'!A0", "key", 1, 100 + i, text, "stop",
                          error=text or None, ttft_s=0.5, tokens_per_s=-1.5,
                          completion_tokens=7)
               for i, (text, _cell) in enumerate(CELLS)]
    write_report(tmp_path, "set", prompts, ["=cmd|' /C calc'!A0"], results)
    header, *rows = _read(tmp_path / "answers.csv")
    assert len(rows) == len(CELLS)
    column = {name: i for i, name in enumerate(header)}
    for row, (_text, cell) in zip(rows, CELLS, strict=True):
        assert row[column["prompt"]] == cell
        assert row[column["answer"]] == cell
        assert row[column["error"]] == cell
        assert row[column["model"]] == "'=cmd|' /C calc'!A0"
        # the numbers the app writes stay numbers
        assert (row[column["ttft_s"]], row[column["tokens_per_s"]],
                row[column["completion_tokens"]]) == ("0.5000", "-1.50", "7")
    assert [row[column["message_id"]] for row in rows] == [
        str(100 + i) for i in range(len(CELLS))]
    _header, summary = _read(tmp_path / "summary.csv")
    assert summary[0] == "'=cmd|' /C calc'!A0" and summary[1] == str(len(CELLS))


def test_any_text_round_trips_through_the_answers_csv(tmp_path: Path) -> None:
    rng = random.Random(7)
    pieces = ["a", " ", ",", '"', "'", "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", "é", "\u2028"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
             for _ in range(300)]
    prompts = [Prompt(str(i), "q", []) for i in range(len(texts))]
    results = [PairResult(str(i), "m", "key", 1, i, text, "stop")
               for i, text in enumerate(texts)]
    write_report(tmp_path, "set", prompts, ["m"], results)
    header, *rows = _read(tmp_path / "answers.csv")
    answers = [row[header.index("answer")] for row in rows]
    assert len(answers) == len(texts)
    for text, cell in zip(texts, answers, strict=True):
        assert cell == text or (cell == "'" + text and text[:1] in "=+@\t\r-"), (text, cell)


@pytest.mark.parametrize("name, cell", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("model, with\r\nbreaks", "model, with\r\nbreaks"),
    ("-dash-model", "'-dash-model"),
    ("plain", "plain"),
])
def test_the_leaderboard_csv_reads_back_and_runs_nothing(name: str, cell: str) -> None:
    votes = [Vote(name, "other", "a"), Vote("other", name, "tie")] * 3
    text = leaderboard_csv(leaderboard(votes, rounds=20))
    header, *rows = csv.reader(io.StringIO(text, newline=""))
    assert len(rows) == 2
    models = {row[header.index("model")] for row in rows}
    assert models == {cell, "other"}
    assert all(row[header.index("rating")].replace(".", "").isdigit() for row in rows)
