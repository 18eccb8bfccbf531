"""The model browser's download rows (real widgets offscreen, real downloads from the local
Hub): a failed row's kept bytes, offline mode turned off, a new row brought into view."""

from __future__ import annotations

from hub_server import FakeHub
from PySide6.QtCore import Qt
from test_model_browser import browser, open_tiny  # noqa: F401 - the fixture

from chatapp.hub.config import OFFLINE
from chatapp.hub.download import DONE, FAILED, QUEUED
from chatapp.ui.browser_downloads import row_key
from chatapp.ui.model_browser import ModelBrowser

pytest_plugins = ("hub_fixtures",)


def entry(window: ModelBrowser, quant: str):
    return next(e for e in window.page.models if e.quant == quant)


def test_a_failed_row_says_what_was_kept_and_that_retry_goes_on_from_there(
        qtbot, browser: ModelBrowser, hub: FakeHub) -> None:  # noqa: F811
    """The Hub goes away mid-download and the retries run out: the row keeps "… of … kept:
    Retry goes on from there" (was: only the error, the bytes kept no longer shown), and
    Retry fetches the rest."""
    window = browser
    open_tiny(qtbot, window)
    q8 = entry(window, "Q8_0")
    size = q8.files[0].size
    hub.faults.drop_after("tiny-Q8_0.gguf", size // 3)  # the connection drops, then
    hub.faults.rate = size // 2  # (bytes per second: a third takes well over a second)
    (job,) = window.queue(window.page.repo_id, q8, window.page.commit)
    qtbot.waitUntil(lambda: job.done_bytes > 0, timeout=10000)
    hub.faults.fail("/tester/tiny-GGUF/resolve/*", 503, times=100)  # the Hub fails
    qtbot.waitUntil(lambda: job.status == FAILED, timeout=20000)
    row = window.rows[row_key(job)]
    row.refresh()
    kept = job.done_bytes
    assert 0 < kept < size
    assert row.status.text().startswith("Failed: The Hub answered with an error (HTTP 503)")
    assert row.status.text().endswith(" kept: Retry goes on from there."), row.status.text()
    assert row.resume_button.isVisible() and row.resume_button.text() == "Retry"
    hub.faults.clear()
    hub.reset_log()
    qtbot.mouseClick(row.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: job.status == DONE, timeout=20000)
    ranges = [r.range for r in hub.requests if "resolve" in r.path]
    assert f"bytes={kept}-" in ranges, ranges  # from what was kept, not from the start


def test_turning_offline_mode_off_resumes_the_downloads_it_failed(
        qtbot, browser: ModelBrowser, hub: FakeHub) -> None:  # noqa: F811
    """A download asked for while offline mode was on fails with its line; turned off, it
    goes on by itself (was: the row kept saying "Offline mode is on…" until Retry)."""
    window = browser
    open_tiny(qtbot, window)
    q4 = entry(window, "Q4_K_M")
    window.set_offline(True)
    (job,) = window.queue(window.page.repo_id, q4, window.page.commit)
    qtbot.waitUntil(lambda: job.status == FAILED, timeout=10000)
    assert job.error_template == OFFLINE
    row = window.rows[row_key(job)]
    qtbot.waitUntil(lambda: row.status.text().startswith("Offline mode is on"), timeout=5000)
    window.set_offline(False)
    qtbot.waitUntil(lambda: job.status == DONE, timeout=20000)
    row.refresh()
    assert "Offline" not in row.status.text()


def test_a_new_download_is_shown_where_the_list_was_scrolled(
        qtbot, browser: ModelBrowser, hub: FakeHub) -> None:  # noqa: F811
    """The downloads list scrolled down to its last rows: a new download's row comes into
    view (was: added at the top, out of sight, only "(2 active)" said it)."""
    window = browser
    open_tiny(qtbot, window)
    window.manager.max_parallel = 0  # (they wait their turn: the rows stay)
    window.downloads_scroll.setFixedHeight(70)  # room for one row
    for quant in ("Q4_K_M", "Q8_0"):
        window.queue(window.page.repo_id, entry(window, quant), window.page.commit)
    bar = window.downloads_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(bar.maximum())
    split = next(e for e in window.page.models if e.split)
    jobs = window.queue(window.page.repo_id, split, window.page.commit)
    assert jobs[0].status == QUEUED
    row = window.rows[row_key(jobs[0])]
    qtbot.waitUntil(lambda: not row.visibleRegion().isEmpty(), timeout=5000)
    viewport = window.downloads_scroll.viewport()
    top = row.mapTo(viewport, row.rect().topLeft()).y()
    assert 0 <= top < viewport.height()
