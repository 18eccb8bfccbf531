"""Parts of the main window: a long conversation opens on its last messages (the earlier
ones come a page at a time, with a click, Space or Enter); the status bar's long messages
end in "…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from chatapp.store import Store
from chatapp.ui.app import make_application
from chatapp.ui.chat_view import FIRST_PAGE, ChatView


def test_enter_on_show_earlier_messages_shows_them(qtbot, tmp_path: Path) -> None:
    make_application()  # as the app is: Enter presses the button that has the keyboard
    store = Store(tmp_path / "chat.db")
    conversation = store.create_conversation("Long")
    parent = None
    for n in range(FIRST_PAGE + 6):
        parent = store.add_message(conversation.id, parent,
                                   "user" if n % 2 == 0 else "assistant", f"message {n}").id
    view = ChatView()
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()  # (the keyboard is on the button, as a user's would be)
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    view.show_messages(store.branch(parent))
    assert view.start == 6 and view.earlier_button.isVisible()
    view.earlier_button.setFocus()
    qtbot.keyClick(view.earlier_button, Qt.Key.Key_Return)
    assert view.start == 0 and len(view.bubbles) == FIRST_PAGE + 6
    store.close()


def test_a_long_status_message_ends_in_an_ellipsis_not_mid_word(qtbot) -> None:
    """A message longer than the room left of the permanent widgets ends in "…" (the whole
    of it in the tooltip, and in currentMessage); a short one is shown as it is (its
    tooltip the same, as in every window's status bar)."""
    from PySide6.QtWidgets import QLabel, QMainWindow

    from chatapp.ui.label import StatusBar

    window = QMainWindow()
    qtbot.addWidget(window)
    bar = StatusBar(window)
    window.setStatusBar(bar)
    speed = QLabel("312 tokens · 16.3 tok/s")
    bar.addPermanentWidget(speed)
    window.resize(600, 300)
    window.show()
    qtbot.waitExposed(window)
    long = ("Hindi sumasagot ang koneksyong lab: hindi isinasama ang mga model nito sa mga "
            "listahan hanggang't hindi ito sumasagot (Mga Model → Mga koneksyon…).")
    bar.showMessage(long, 5000)
    shown = drawn(bar)
    assert shown.endswith("…") and long.startswith(shown[:-1])
    assert bar.fontMetrics().horizontalAdvance(shown) <= speed.x()
    assert bar.currentMessage() == long and bar.toolTip() == long
    # a permanent widget that grows after the message came takes its room from the message
    was = speed.x()
    speed.setText("Waiting for the first token… (the model is loading)")
    qtbot.waitUntil(lambda: speed.x() < was)
    assert bar.fontMetrics().horizontalAdvance(drawn(bar)) <= speed.x()
    assert drawn(bar).endswith("…") and len(drawn(bar)) < len(shown)
    assert bar.currentMessage() == long
    bar.showMessage("Saved.")
    assert drawn(bar) == "Saved." and bar.toolTip() == "Saved."
    bar.clearMessage()
    assert bar.currentMessage() == ""


def drawn(bar) -> str:  # noqa: N802
    """What the bar draws: Qt's own current message."""
    from PySide6.QtWidgets import QStatusBar

    return QStatusBar.currentMessage(bar)


def test_a_picker_too_narrow_for_its_model_names_it_whole_in_its_tooltip(qtbot) -> None:
    """Four compare panes at 1024 px cut their models' names alike ("gemma-3-270…"): the
    name shows whole when the pointer rests on the picker."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from chatapp.ui.model_list import ModelPicker

    picker = ModelPicker()
    qtbot.addWidget(picker)
    picker.setToolTip("Model for this pane")
    picker.addItem("gemma-3-270m-it-qat-q4_0-unquantized · Q4_0 · 241 MB")
    picker.setMinimumContentsLength(4)
    picker.setSizeAdjustPolicy(picker.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    picker.resize(90, 30)
    picker.show()
    qtbot.waitExposed(picker)
    picker.grab()  # painted
    assert picker.cut, picker.width()
    QApplication.sendEvent(picker, QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5),
                                              picker.mapToGlobal(QPoint(5, 5))))
    assert QToolTip.text() == ("gemma-3-270m-it-qat-q4_0-unquantized · Q4_0 · 241 MB\n"
                               "Model for this pane")
    picker.resize(900, 30)
    picker.grab()
    assert not picker.cut


def test_the_chats_model_picker_shows_each_entry_whole(qtbot, chatapp_home: Path) -> None:
    """was: the chat's model picker opened as narrow as the box in styles that do not widen
    it, cutting off the models' quantization and size ("…-Instruct-Q4…"); a row's tooltip
    gave only the file's path. In Filipino, whose "batayang model" is the longest tag."""
    from gguf_factory import write_tiny_llama
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QStyleFactory, QToolTip
    from test_conversation_window import close_window, open_window

    from chatapp.ui.app import install_language

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    write_tiny_llama(models / "DeepSeek-R1-Distill-Qwen-14B-Abliterated-v2-IQ4_XS.gguf")
    write_tiny_llama(models / "tiny-F32.gguf")
    app = make_application()
    install_language(app, "fil")
    window = open_window(qtbot)
    try:
        box = window.model_box
        texts = [box.itemText(i) for i in range(box.count())]
        assert any("IQ4_XS" in t for t in texts), texts
        assert box.width() < max(box.fontMetrics().horizontalAdvance(t) for t in texts)
        for style in (None, QStyleFactory.create("Windows")):  # Fusion widens it itself
            if style is not None:
                style.setParent(box)  # (lives as long as the box)
                box.setStyle(style)
            box.showPopup()
            view = box.view()
            qtbot.waitUntil(view.isVisible)
            longest = max(view.fontMetrics().horizontalAdvance(t) for t in texts)
            assert view.minimumWidth() >= longest and view.viewport().width() >= longest, (
                style, view.viewport().width(), longest)
            box.hidePopup()
            qtbot.waitUntil(lambda view=view: not view.isVisible())
        for i, text in enumerate(texts):  # each row's tooltip: the whole entry, then more
            assert box.itemData(i, Qt.ItemDataRole.ToolTipRole).startswith(text + "\n")
        box.setCurrentIndex(texts.index(next(t for t in texts if "IQ4_XS" in t)))
        box.grab()
        QApplication.sendEvent(box, QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5),
                                               box.mapToGlobal(QPoint(5, 5))))
        assert QToolTip.text().startswith(box.currentText() + "\n"), QToolTip.text()
    finally:
        close_window(window)
        install_language(app, "en")
