"""An evaluation whose answers fail or come back empty (two scripted OpenAI-compatible servers
on loopback ports, the real CLI, a real SQLite file): no time to the first token where no
token came, errors counted as failed in the pass rate, and their text in the user's language."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openai_server import OpenAIServer, Reply

from chatapp.cli import main
from chatapp.compare.evaluate import load_results
from chatapp.compare.report import pass_rates, summarize
from chatapp.remote.endpoints import EndpointStore, make_endpoint

PROMPTS = "abcd"


@pytest.fixture
def servers(chatapp_home: Path) -> Iterator[tuple[OpenAIServer, OpenAIServer]]:
    """"far" breaks every answer before its first token; "near" answers three prompts with
    nothing and one, after 0.3 s, with "Paris"."""
    far, near = OpenAIServer().serve(), OpenAIServer().serve()
    far.replies = [Reply(fault="cut")]
    near.replies = [Reply(), Reply(), Reply(), Reply(pieces=["Paris"], fault="slow", delay=0.3)]
    from chatapp.paths import app_paths

    paths = app_paths()
    store = EndpointStore(paths)
    store.add(make_endpoint("far", far.url))
    store.add(make_endpoint("near", near.url))
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(json.dumps({"language": "id"}), encoding="utf-8")
    yield far, near
    for server in (far, near):
        server.close()


def _run(tmp_path: Path) -> Path:
    prompts = tmp_path / "set.jsonl"
    prompts.write_text("".join(json.dumps({"id": i, "prompt": f"Capital {i}?",
                                           "expected": "Paris"}) + "\n" for i in PROMPTS))
    out = tmp_path / "run"
    assert main(["eval", "--models", "far/tiny,near/tiny", "--prompts", str(prompts),
                 "--out", str(out)]) == 1  # (answers failed)
    return out


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_no_token_no_time_to_the_first_one(servers, tmp_path: Path, capsys) -> None:
    """was: a broken answer stored ttft_s 0.002, an empty one its whole duration, and
    summary.csv's median_ttft_s for near was that of the empty ones (it looked fastest)."""
    out = _run(tmp_path)
    from chatapp.context import open_app

    app = open_app()
    try:
        for result in load_results(out):
            message = app.store.message(result.message_id)
            if message.completion_tokens == 0:
                assert message.ttft_s is None and result.ttft_s is None, result
            else:
                assert message.ttft_s >= 0.3 and result.ttft_s == message.ttft_s
    finally:
        app.close()
    answers = _rows(out / "answers.csv")
    assert sorted(row["ttft_s"] != "" for row in answers) == [False] * 7 + [True]
    summary = {row["model"]: row for row in _rows(out / "summary.csv")}
    assert summary["far/tiny"]["median_ttft_s"] == ""
    assert float(summary["near/tiny"]["median_ttft_s"]) >= 0.3  # the one answer with a token


def test_errors_count_as_failed_in_the_pass_rate(servers, tmp_path: Path, capsys) -> None:
    """As promptfoo counts them: successes / (successes + failures + errors) (was: far/tiny,
    4 answers, 0 checked, no pass rate, "+ 4 errors not counted": a variant whose every
    answer failed had no pass rate at all, and one error of two answers made 100%)."""
    out = _run(tmp_path)
    summary = {row["model"]: row for row in _rows(out / "summary.csv")}
    far, near = summary["far/tiny"], summary["near/tiny"]
    assert (far["answers"], far["checked"], far["passed"], far["errors"]) == ("4", "4", "0", "4")
    assert far["pass_rate"] == far["pass_ci_low"] == "0.0000" and float(far["pass_ci_high"]) > 0
    assert (near["checked"], near["passed"], near["pass_rate"], near["errors"]) == (
        "4", "1", "0.2500", "0")
    assert all(row["passed"] == "0" for row in _rows(out / "answers.csv")
               if row["model"] == "far/tiny")
    printed = capsys.readouterr().out  # the CLI's summary: 0%, 0 / 4, 4 errors
    far_line = next(line for line in printed.splitlines() if line.startswith("far/tiny"))
    assert far_line.split() == ["far/tiny", "0%", "0", "/", "4", "–", "–", "4"]
    page = (out / "report.html").read_text(encoding="utf-8")
    # every answer of far/tiny failed by its error (no failed check shown), 3 of near/tiny's
    # by their check
    assert page.count("✘ gagal") == 7 and page.count("✘ icontains: Paris") == 3
    # the window's Evaluate line (as the dialog writes it)
    rates = [r.replace("\u00a0", " ") for r in pass_rates(
        summarize(load_results(out), ["far/tiny", "near/tiny"]), "id")]
    assert rates[0].startswith("far/tiny 0% (0 / 4; 4 ") and "of them errors" not in rates[0]
    assert rates[1] == "near/tiny 25% (1 / 4)"


def test_error_texts_of_the_report_and_csv_are_in_the_users_language(
        servers, tmp_path: Path) -> None:
    """As the window's pane says them (was: English in an Indonesian report and CSV)."""
    from chatapp.errors import UserError
    from chatapp.i18n import translate_error
    from chatapp.remote.errors import CLOSED, STREAM_BROKEN

    out = _run(tmp_path)
    said = translate_error(UserError(STREAM_BROKEN, endpoint="far", reason=UserError(CLOSED)), "id")
    english = str(UserError(STREAM_BROKEN, endpoint="far", reason=UserError(CLOSED)))
    assert said != english
    errors = {row["error"] for row in _rows(out / "answers.csv") if row["model"] == "far/tiny"}
    assert errors == {said}
    page = (out / "report.html").read_text(encoding="utf-8")
    assert said.replace("(", "").split()[1] in page and english.split("(")[0] not in page
    # a line written before the error was kept as data still reads (in English)
    lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    old = json.loads(lines[-1])
    old.pop("error_data")
    from chatapp.compare.evaluate import PairResult

    assert PairResult(**old).error_text("id") == (old["error"] or "")
