"""The model browser's memory column and badge (real widgets offscreen, a real download from
the local Hub): one total for the same settings, the library's own settings used."""

from __future__ import annotations

from hub_server import FakeHub
from test_model_browser import browser, open_tiny  # noqa: F401 - the fixture

from chatapp.hub.download import DONE
from chatapp.ui.model_browser import ModelBrowser
from chatapp.ui.units import data_size

pytest_plugins = ("hub_fixtures",)


def test_the_column_and_its_badge_say_one_total_with_the_models_own_settings(
        qtbot, browser: ModelBrowser, hub: FakeHub) -> None:  # noqa: F811
    """The memory column, the badge's tooltip and Model settings' "in all" are one number
    (was: the column 160 MB, its tooltip "= 126 MB" then "+ 34 MB…", never the column's
    total); for a model in the library, with its saved KV cache type (was: f16 whatever the
    model's settings, 177 MB where the library said 129 MB with q4_0)."""
    from chatapp.fit_total import in_all, plan_of

    window = browser
    open_tiny(qtbot, window)
    entry = next(e for e in window.page.models if e.quant == "Q8_0")
    (job,) = window.queue(window.page.repo_id, entry, window.page.commit)
    qtbot.waitUntil(lambda: job.status == DONE, timeout=20000)
    model = next(m for m in window.ctx.library.models() if job.target in m.all_paths)
    options = window.ctx.settings.model_options
    options[model.key] = {"kv_type": "q4_0"}
    window.ctx.chat.pipeline.model_options = options
    window._update_badges()
    item, badge = window.quant_item(entry.key), window.badge(entry.key)
    shape, n_ctx = window.shapes[entry.key], window.context_spin.value()
    saved = in_all(shape, n_ctx, window.machine,
                   **plan_of(window.ctx.chat.pipeline.load_options(model), model.path))
    f16 = in_all(shape, n_ctx, window.machine)
    assert saved.estimate.kv_type == "q4_0" and saved.total < f16.total
    assert item.text(3) == f"≈ {data_size(saved.total)} (estimate)"
    assert saved.batch_bytes and f"\n= {data_size(saved.total)}\n" in badge.toolTip()
    other = next(e for e in window.page.models if e.quant == "Q4_K_M")  # not here: f16
    assert window.quant_item(other.key).text(3) == "≈ {} (estimate)".format(data_size(
        in_all(window.shapes[other.key], n_ctx, window.machine).total))


def test_the_memory_column_says_whether_its_figure_is_estimated_or_llamacpps_count(
        qtbot, browser: ModelBrowser) -> None:  # noqa: F811
    """was: "594 MB · fits" before llama.cpp counted the model, "606 MB · fits" after, with
    nothing that told the two apart (real llama.cpp dry run, the library's models)."""
    import pytest
    from PySide6.QtCore import Qt

    pytest.importorskip("llama_cpp")
    from chatapp.fit_file import estimate_file, local_shape

    tree = browser.library_tree
    browser.refresh_library()

    def row_texts() -> list[tuple[str, str, str]]:
        rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        return [(browser.local_models[r.data(0, Qt.ItemDataRole.UserRole)].path, r.text(7),
                 r.toolTip(7)) for r in rows]

    qtbot.waitUntil(lambda: row_texts() and all(t for _p, t, _tip in row_texts()),
                    timeout=20000)
    path, text, tip = row_texts()[0]
    assert text.startswith("≈ ") and " (estimate) · " in text, text
    assert tip.startswith("Estimated from the file's header"), tip
    model = next(m for m in browser.local_models if m.path == path)
    options = browser.ctx.chat.pipeline.load_options(model)
    n_ctx = options.get("n_ctx") or browser.ctx.engine.n_ctx
    n_ctx = min(n_ctx, local_shape(path).n_ctx_train or n_ctx)
    counted = estimate_file(path, n_ctx, browser.machine,  # as Model settings asks llama.cpp
                            kv_type=options.get("kv_type") or "f16",
                            flash_attn=options.get("flash_attn") or "auto",
                            n_gpu_layers=options.get("n_gpu_layers", -1))
    assert counted is not None and counted.source == "llama.cpp"
    browser.refresh_library()
    qtbot.waitUntil(lambda: "(llama.cpp's count)" in dict(
        (p, t) for p, t, _tip in row_texts()).get(path, ""), timeout=20000)
    text, tip = next((t, tip) for p, t, tip in row_texts() if p == path)
    assert not text.startswith("≈") and " (llama.cpp's count) · " in text, text
    assert tip.startswith("Counted by llama.cpp for this file"), tip
