"""Before the Compare window closes: an arena round without a vote and answers still being
written are not given up unasked (as the Evaluate dialog asks before it stops its run);
the answers running then stop, each kept as written so far."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from chatapp.ui.errors import message_box


def may_close(view) -> bool:
    """Whether the CompareWindow view may close now: False when the user keeps it open
    (asked, No the default) rather than leave an arena round without a vote or stop the
    panes still answering (that question closes itself once every pane is done: the window
    then closes, unless an arena round asks for its vote). Quitting the app asks neither
    (close_without_asking): the main window's own answer stops unasked too, kept as
    written."""
    if view._asked:
        return True
    translate = QCoreApplication.translate
    if view.vote_panel.is_open():
        return message_box(view, translate("CompareWindow", "Close without a vote?"), translate(
            "CompareWindow", "This arena round has no vote yet, so it counts for no model, and "
            "its answers are deleted when ChatApp closes. Close all the same?")
            if view.ctx.store.is_blind(view.conversation_id) else translate(
            "CompareWindow", "This arena round has no vote yet. Its answers are kept, but the "
            "round counts for no model. Close all the same?"), question=True, risky=True)
    running = still_answering(view)
    if not running:
        return True
    stop = message_box(view, translate("CompareWindow", "Stop the answers?"),
                       stop_question(running), question=True, risky=True,
                       until=view.busyChanged,  # closed once every pane is done
                       follow=(view.paneDone, lambda: stop_question(still_answering(view))))
    return stop if view.busy else may_close(view)  # (an arena round then asks for its vote)


def still_answering(view) -> int:
    """How many panes of the CompareWindow view are still writing their answer."""
    return sum(w.message is None for w in view._running) if view.busy else 0


def stop_question(running: int) -> str:
    """The Stop the answers? question for running (>= 1) panes still answering; "" for none
    (the box then keeps its text: it closes as the comparison ends)."""
    translate = QCoreApplication.translate
    if running < 1:
        return ""
    return translate(
        "CompareWindow", "1 pane is still answering. Closing stops it; what it wrote so far is "
        "kept, and its Try again makes its answer again. Stop it and close?") \
        if running == 1 else translate(
            "CompareWindow", "{count} panes are still answering. Closing stops them; what they "
            "wrote so far is kept, and each one's Try again makes its answer again. Stop them "
            "and close?").format(count=running)


def stop_running(view) -> None:
    """Stop the comparison that runs in view (if one does) and wait for its panes (up to
    10 s): each shows its answer as stored, and offers to try again."""
    comparison = view.comparison
    if comparison is None:
        return
    view._serial += 1  # its late signals are ignored
    comparison.stop()
    comparison.wait(10)
    for widget, pane in zip(view._running, comparison.panes, strict=False):
        if widget.message is None:  # shown as stored when the window opens again
            widget.finish(view.ctx.store.message(pane.message.id))
    view._ended()
