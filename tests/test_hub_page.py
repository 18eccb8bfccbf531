"""The Hub page of a model (real widgets offscreen, the local Hub): its rows in size order
with the one recommended for this computer, the fit badge's sum, one total with the library,
the gated banner, room for the badges and the results."""

from __future__ import annotations

from hub_server import FakeHub
from PySide6.QtCore import Qt
from test_model_browser import browser, open_tiny, search  # noqa: F401 - the fixture

from chatapp.fit import FITS, Machine
from chatapp.hub.download import DONE
from chatapp.machine import machine_costs, remember_costs
from chatapp.ui.model_browser import ModelBrowser

pytest_plugins = ("hub_fixtures",)


def rows(window: ModelBrowser) -> list:
    tree = window.quant_tree
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def test_rows_go_by_size_and_one_is_recommended_for_this_computer(
        qtbot, browser: ModelBrowser) -> None:  # noqa: F811
    """was: A to Z (F16 first), every row the same green "fits" and none recommended."""
    window = browser
    open_tiny(qtbot, window)
    sizes = [next(e.size for e in window.page.models
                  if e.key == r.data(0, Qt.ItemDataRole.UserRole)) for r in rows(window)]
    assert sizes == sorted(sizes) and "F16" in rows(window)[-1].text(0)
    assert all(window.badge(e.key).verdict == FITS for e in window.page.models)
    marked = [r for r in rows(window) if "recommended" in r.text(0)]
    assert [r.text(0) for r in marked] == ["Q8_0 ★ recommended"]  # the largest chat quant
    assert marked[0].toolTip(0).startswith("Recommended for this computer")
    window.machine = Machine(1 << 20, 1 << 20)  # nothing fits: nothing recommended
    window._update_badges()
    assert not [r for r in rows(window) if "recommended" in r.text(0)]
    assert [r.text(0) for r in rows(window)] == ["Q4_K_M", "Q8_0", "F16"]


def test_the_badge_tooltip_is_one_sum_then_the_free_memory(
        qtbot, browser: ModelBrowser) -> None:  # noqa: F811
    """was: "… = 86 MB / 23.2 GB free RAM / + 17 MB for … / = total 103 MB": the free
    memory inside the sum and two totals."""
    window = browser
    open_tiny(qtbot, window)
    key = next(e.key for e in window.page.models if e.quant == "Q4_K_M")
    lines = window.badge(key).toolTip().split("\n")
    total = window.quant_item(key).text(3).removeprefix("≈ ").removesuffix(" (estimate)")
    assert lines[1].startswith("Weights ") and lines[2].startswith("+ ")
    assert lines[3] == f"= {total}"
    assert lines[4].startswith(f"{total} needed of ") and lines[4].endswith(" free RAM")
    assert sum(line.startswith("=") for line in lines) == 1


def test_the_hub_page_and_the_library_say_one_total_for_one_file(
        qtbot, browser: ModelBrowser, hub: FakeHub) -> None:  # noqa: F811
    """After a dry run measured this computer's fixed cost (Model settings asks llama.cpp),
    the Hub page counts it too (was: 103 MB on the Hub page, "≈ 100 MB (estimate)" in On
    this computer for the same file at the same settings)."""
    window = browser
    window.context_spin.setValue(window.ctx.engine.n_ctx)
    open_tiny(qtbot, window)
    entry = next(e for e in window.page.models if e.quant == "Q4_K_M")
    (job,) = window.queue(window.page.repo_id, entry, window.page.commit)
    qtbot.waitUntil(lambda: job.status == DONE, timeout=20000)
    window.memory_timer.stop()  # the free memory stays as measured: only the cost changes
    qtbot.waitUntil(lambda: not window._measuring, timeout=5000)
    before = window.quant_item(entry.key).text(3)
    costs = machine_costs()
    remember_costs({"rss_base": costs.cpu_base - 9_000_000}, None)  # as a dry run does
    window.refresh_library()
    tree = window.library_tree

    def library_text() -> str:
        for item in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount())):
            model = window.local_models[item.data(0, Qt.ItemDataRole.UserRole)]
            if job.target in model.all_paths:
                return item.text(7)
        return ""

    qtbot.waitUntil(lambda: library_text() != "", timeout=20000)
    window._machine_ready(window.machine)  # the memory measured again, the same
    assert window.quant_item(entry.key).text(3) != before
    hub_text = window.quant_item(entry.key).text(3)
    assert library_text().startswith(hub_text + " · "), (hub_text, library_text())


def test_a_token_without_access_is_said_in_the_gated_banner(
        qtbot, browser: ModelBrowser, hub: FakeHub) -> None:  # noqa: F811
    """was: "its files are fetched with your access token, from an account that has
    accepted its license" (as if it worked) above a card that said the token has no
    access."""
    from chatapp.hub.config import save_token

    window = browser
    save_token(window.ctx.paths, "hf_not_allowed")
    search(qtbot, window, "gated")
    window.results.setCurrentRow(0)
    qtbot.waitUntil(lambda: window.page is not None, timeout=5000)
    key = window.page.models[0].key
    qtbot.waitUntil(lambda: window.badge(key).text() == "gated", timeout=10000)
    text = window.gated_label.text()
    assert window.gated_label.isVisible() and "has no access to it yet" in text, text
    assert "accept its license" in text and "fetched with your access token" not in text


def test_the_results_grow_with_the_window_and_badges_have_room(
        qtbot, browser: ModelBrowser) -> None:  # noqa: F811
    """was: the results list stayed 330 px wide maximised (rows cut at "… ♥ 2 · akses
    terkaw"), and "akses terkawal" ran into the Download button."""
    window = browser
    window.resize(1000, 700)
    qtbot.wait(50)
    narrow = window.results.width()
    window.resize(1800, 900)
    qtbot.waitUntil(lambda: window.results.width() > narrow + 150, timeout=3000)
    open_tiny(qtbot, window)
    key = window.page.models[0].key
    badge = window.badge(key)
    assert window.quant_tree.columnWidth(4) >= badge.widest("gated", "damaged").width()
    assert badge.widest("akses terkawal").width() > badge.widest().width()
