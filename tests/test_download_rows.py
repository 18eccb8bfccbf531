"""The model browser's download rows (real widgets offscreen, real downloads from the local
Hub): a failed row's kept bytes, offline mode turned off, a new row brought into view."""

from __future__ import annotations

from hub_server import FakeHub
from test_model_browser import browser, open_tiny  # noqa: F401 - the fixture

from chatapp.hub.config import OFFLINE
from chatapp.hub.download import DONE, FAILED
from chatapp.ui.browser_downloads import row_key
from chatapp.ui.model_browser import ModelBrowser

pytest_plugins = ("hub_fixtures",)



def entry(window: ModelBrowser, quant: str):
    return next(e for e in window.page.models if e.quant == quant)


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
    assert row.status.text().startswith("Offline mode is on")
    window.set_offline(False)
    qtbot.waitUntil(lambda: job.status == DONE, timeout=20000)
    row.refresh()
    assert "Offline" not in row.status.text()
