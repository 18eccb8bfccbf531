"""The chat's model picker says which models do not fit, as the Models window does."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                                reason="llama-cpp-python is not installed")

from test_conversation_window import close_window, open_window  # noqa: E402

from chatapp.fit import Machine  # noqa: E402
from chatapp.ui.model_list import MODEL_ROLE  # noqa: E402


def test_the_model_picker_and_regenerate_with_say_too_big_where_the_models_window_does(
        qtbot, starter_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """was: "huge-70b-Q4_K_M · Q4_K_M · 38.8 GB" looked like the small models in the chat's
    picker; only the Models window said "too big"."""
    from gguf_factory import write_tiny_llama

    from chatapp.ui.model_browser import ModelBrowser

    (starter_home / "data" / "models").mkdir(parents=True, exist_ok=True)
    write_tiny_llama(starter_home / "data" / "models" / "tiny-F32.gguf", ctx=1024)
    # this machine's free memory cannot be chosen: the windows are told of one where the
    # tiny model fits and the starter model (253 MB) does not
    small = Machine(4 << 30, 150 << 20)
    for where in ("chatapp.ui.model_list", "chatapp.ui.model_browser"):
        monkeypatch.setattr(f"{where}.detect_machine", lambda with_gpu=True: small)
    window = open_window(qtbot)
    box = window.model_box

    def labels() -> dict[str, str]:
        return {box.itemData(i, MODEL_ROLE).path: box.itemText(i) for i in range(box.count())}

    qtbot.waitUntil(lambda: any(t.endswith(" · too big") for t in labels().values()),
                    timeout=30000)
    browser = ModelBrowser(window.ctx)
    qtbot.addWidget(browser)
    browser.show()
    browser.tabs.setCurrentIndex(1)
    tree = browser.library_tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    qtbot.waitUntil(lambda: all(row.text(7) for row in rows), timeout=30000)
    verdicts = {browser.local_models[row.data(0, 256)].path: row.text(7) for row in rows}
    assert set(verdicts) == set(labels()), (verdicts, labels())
    for path, label in labels().items():  # the same verdict in both
        assert label.endswith(" · too big") == verdicts[path].endswith("too big"), (
            label, verdicts[path])
    assert any(not text.endswith("too big") for text in verdicts.values())
    # an answer's Regenerate with… menu (filled as it opens) says the same of each model,
    # from the same estimate (chatapp.fit_library): it agreed already, this keeps it so
    from chatapp.ui.bubble import Bubble

    store = window.ctx.store
    conversation = store.create_conversation("regenerate")
    question = store.add_message(conversation.id, None, "user", "hi")
    answer = store.add_message(conversation.id, question.id, "assistant", "hello")
    bubble = Bubble(store.message(answer.id), [answer.id], window.chat_view.models_for_menu)
    qtbot.addWidget(bubble)
    bubble.with_menu.aboutToShow.emit()
    offered = [a.text() for a in bubble.with_menu.actions()]
    by_name = {box.itemData(i, MODEL_ROLE).display_name: box.itemData(i, MODEL_ROLE).path
               for i in range(box.count())}
    assert len(offered) == len(labels()), (offered, labels())
    for text in offered:
        path = next(p for name, p in by_name.items() if text.startswith(name))
        assert text.endswith(" · too big") == verdicts[path].endswith("too big"), (
            text, verdicts[path])
    assert any(text.endswith(" · too big") for text in offered)
    browser.shutdown()
    browser.close()
    close_window(window)
