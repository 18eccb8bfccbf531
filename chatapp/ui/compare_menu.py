"""The Compare menu of the main window: a new side-by-side comparison, and the stored ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from chatapp.compare.evaluate import REPORT_FILE
from chatapp.ui.compare_view import CompareWindow
from chatapp.ui.layouts import bring_to_front


def install_compare_menu(window) -> None:
    """Add the Compare menu to the main window (side by side, a stored comparison, arena,
    leaderboard, evaluate) and the sidebar's ways into it (open side by side, a run's
    report)."""
    translate = QCoreApplication.translate
    menu = window.menuBar().addMenu(translate("CompareMenu", "Com&pare"))

    def compare(arena: bool) -> CompareWindow:
        existing = getattr(window, "compare_window", None)
        if existing is None:
            existing = CompareWindow(window.ctx, window)
            QShortcut(QKeySequence("Ctrl+W"), existing, existing.close)  # answers kept so far
            QShortcut(QKeySequence("Esc"), existing, existing.escape)  # as in the main window
            existing.openConversation.connect(lambda cid: _show_in(window, cid))
            existing.voted.connect(lambda _vote: window.refresh_sidebar())
            existing.busyChanged.connect(lambda _busy: window.refresh_sidebar())  # stored
            existing.closed.connect(window.show_model_status)  # (a model it unloaded)
            window.compare_window = existing
        if not existing.busy:
            existing.arena_box.setChecked(arena)
        bring_to_front(existing)
        return existing

    def reopen(conversation_id: int | None) -> CompareWindow | None:
        if conversation_id is None:
            return None
        view = compare(False)
        view.open_conversation(conversation_id)
        return view

    def report(run_id: int) -> None:
        from chatapp.ui.open_url import open_report

        run = window.ctx.store.eval_run(run_id)
        open_report(window, Path(run.folder) / REPORT_FILE)

    def leaderboard():
        from chatapp.compare.claims import named_claims
        from chatapp.ui.leaderboard import LeaderboardDialog

        ctx = window.ctx
        dialog = LeaderboardDialog(ctx.store, window, claims_for=lambda names: named_claims(
            names, ctx.library, ctx.store, ctx.paths.card_claims))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.leaderboard_dialog = dialog
        dialog.show()
        return dialog

    def evaluate():
        from chatapp.ui.eval_dialog import EvalDialog

        existing = getattr(window, "eval_dialog", None)
        if existing is None:
            existing = EvalDialog(window.ctx, window)
            existing.openConversation.connect(lambda cid: _show_in(window, cid))
            existing.runsChanged.connect(window.refresh_sidebar)
            window.eval_dialog = existing
        existing.show()
        existing.raise_()
        return existing

    side = menu.addAction(translate("CompareMenu", "&Side by side…"), lambda: compare(False))
    side.setShortcut(QKeySequence("Ctrl+Shift+B"))
    window.addAction(side)
    this = menu.addAction(translate("CompareMenu", "&Open this conversation side by side"),
                          lambda: reopen(window.conversation_id))
    menu.aboutToShow.connect(lambda: this.setEnabled(window.conversation_id is not None))
    menu.addAction(translate("CompareMenu", "&Arena…"), lambda: compare(True))
    menu.addSeparator()
    menu.addAction(translate("CompareMenu", "&Leaderboard…"), leaderboard)
    menu.addAction(translate("CompareMenu", "&Evaluate a prompt set…"), evaluate)
    window.compare_menu = menu
    window.sidebar.compareRequested.connect(reopen)
    window.sidebar.runReportRequested.connect(report)


def _show_in(window, conversation_id: int) -> None:
    run_id = window.ctx.store.conversation(conversation_id).eval_run_id
    if run_id is not None:
        window.sidebar.expanded.add(run_id)  # where it is listed
    window.refresh_sidebar()
    window.open_conversation(conversation_id)
    bring_to_front(window)
