"""The model browser's downloads panel: one row per model with its progress (a model split
in parts is one row for all of them) and its pause, resume, cancel, retry and use
buttons."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from chatapp.fit import TOO_BIG, Estimate, estimate, largest_context
from chatapp.hub.config import OFFLINE
from chatapp.hub.download import (
    CANCELLED,
    DONE,
    FAILED,
    PAUSED,
    QUEUED,
    RUNNING,
    VERIFIED,
    VERIFYING,
    Download,
    download_id,
)
from chatapp.hub.errors import GATED_NO_TOKEN, HubError, hub_url
from chatapp.hub.files import HubFile, QuantEntry, quant_name
from chatapp.i18n import translate_text
from chatapp.library_split import split_name
from chatapp.ui.errors import error_text, message_box
from chatapp.ui.label import Label
from chatapp.ui.layouts import fill
from chatapp.ui.units import data_size, number, rate_size
from chatapp.units import format_duration

DOWNLOADS_HEIGHT = 260  # px of the downloads area once there are any: three rows
QWIDGETSIZE_MAX = 16777215  # Qt's "no maximum"

if TYPE_CHECKING:
    from chatapp.ui.model_browser import ModelBrowser


# which part's state a row of several parts shows: the first of these that a part is in
LEADING = (FAILED, RUNNING, VERIFYING, QUEUED, PAUSED, VERIFIED, CANCELLED, DONE)


def row_key(d: Download) -> str:
    """The row a download is shown in: the model entry it is part of (a split model's
    parts share it)."""
    return f"{d.repo_id}@{d.revision}/{d.group or d.path}"


def whole(parts: list[Download]) -> Download:
    """A model's downloads (its parts, in order) as one for its row: the state of the part
    that matters most (LEADING), the sizes, bytes and speeds of all, the first part's file
    (a split model is chatted with from it) and name (the name shared by the parts)."""
    if len(parts) == 1:
        return parts[0]
    lead = min(parts, key=lambda d: LEADING.index(d.status) if d.status in LEADING else 0)
    split = split_name(Path(parts[0].target).name)
    name = parts[0].path if split is None else str(
        Path(parts[0].path).with_name(split.shared_file_name))
    return replace(lead, size=sum(d.size for d in parts),
                   done_bytes=sum(d.done_bytes for d in parts),
                   speed=sum(d.speed for d in parts if d.status == RUNNING),
                   target=parts[0].target, path=name)


class DownloadRow(QFrame):
    """One model's downloads: name, progress, speed and ETA, and its buttons."""

    def __init__(self, browser: ModelBrowser, key: str) -> None:
        super().__init__(browser)
        self.setObjectName("downloadRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.browser = browser
        self.key = key
        self.name = Label(self, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.status = Label(self, wordWrap=True)
        manager = browser.manager

        def each(action, which):
            return lambda: [action(d.id) for d in self.parts() if which(d)]

        self.pause_button = QPushButton(self.tr("Pause"), self, clicked=each(
            manager.pause, lambda d: d.status in (QUEUED, RUNNING)))
        self.resume_button = QPushButton(self.tr("Resume"), self, clicked=each(
            manager.resume, lambda d: d.status == PAUSED or d.retryable))
        self.retry_now_button = QPushButton(self.tr("Retry now"), self, clicked=each(
            manager.retry_now, lambda d: d.retry_at))  # the network is back
        self.cancel_button = QPushButton(self.tr("Cancel"), self, clicked=self.cancel)
        self.use_button = QPushButton(self.tr("Chat with it"), self,
                                      clicked=lambda: browser.use_download(self.key))
        self.remove_button = QPushButton(self.tr("Clear"), self,
                                         clicked=lambda: browser.clear_download(self.key))
        self.again_button = QPushButton(self.tr("Download again"), self,
                                        clicked=lambda: browser.download_again(self.key))
        top = fill(QHBoxLayout(), (self.name, 1), self.retry_now_button, self.pause_button,
                   self.resume_button, self.cancel_button, self.use_button, self.again_button,
                   self.remove_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 3, 8, 3)
        column.setSpacing(2)
        fill(column, top, self.progress, self.status)
        self.refresh()

    def cancel(self) -> None:
        """Cancel the row's downloads; when data came already (it is deleted), ask first:
        No is the default."""
        parts = self.parts()
        done = sum(d.done_bytes for d in parts if d.status != DONE)
        if done and not message_box(
                self, self.tr("Cancel the download?"),
                self.tr("Cancel the download of {name}? The part downloaded so far will be "
                        "deleted.").format(name=self.name.text()),
                question=True, risky=True):
            return
        for d in parts:
            self.browser.manager.cancel(d.id)

    def parts(self) -> list[Download]:
        """The downloads shown in this row, in file order."""
        return sorted((d for d in self.browser.manager.downloads() if row_key(d) == self.key),
                      key=lambda d: d.path)

    def refresh(self) -> None:
        """Show the row's downloads as they are now."""
        parts = self.parts()
        if parts:
            self._show(whole(parts), len(parts),
                       any(self.browser.manager.elsewhere(p.id) for p in parts))

    def _show(self, d: Download, count: int, elsewhere: bool = False) -> None:
        """(elsewhere: another process runs it: only that one can pause or cancel it.)"""
        name = f"{d.repo_id} · {Path(d.path).name}"
        self.name.setText(name if count == 1 else name + " " + self.tr(
            "({count} parts)").format(count=count))
        fraction = d.done_bytes / d.size if d.size else 0.0
        self.progress.setValue(int(fraction * 1000))
        error = d.user_error()
        waits_online = error is not None and error.template == OFFLINE
        sizes = self.tr("{done} of {total}").format(done=data_size(d.done_bytes),
                                                     total=data_size(d.size))
        retry = d.retry_text(translate_text)
        if retry is not None:
            text = sizes + " · " + retry
        elif d.status == RUNNING and d.waiting_s() is not None:
            text = sizes + " · " + self.tr("no data for {time}").format(
                time=format_duration(d.waiting_s() or 0))
        elif d.status == RUNNING:
            text = sizes
            if d.speed > 0:
                text += " · " + self.tr("{speed}/s").format(speed=rate_size(d.speed))
            if d.eta_s is not None:
                text += " · " + self.tr("{time} left").format(time=format_duration(d.eta_s))
            if elsewhere:
                text += " · " + self.tr("downloading in another window or at a terminal")
        elif d.status == QUEUED:
            text = self._waiting_reason() + " · " + sizes
        elif d.status == VERIFYING:
            text = self.tr("Checking the sha256 checksum…")
        elif d.status == VERIFIED:
            text = self.tr("Verified · being added to the library")
        elif d.status == PAUSED and d.interrupted:
            text = self.tr("Interrupted: Resume goes on from where it stopped") + " · " + sizes
        elif d.status == PAUSED:
            text = self.tr("Paused") + " · " + sizes
        elif d.status == DONE and not Path(d.target).is_file():
            text = self.tr("Downloaded, since deleted or moved: download it again to chat "
                           "with it")
        elif d.status == DONE:
            text = self.tr("Downloaded and verified · {size}").format(size=data_size(d.size))
        elif d.status == CANCELLED:
            text = self.tr("Cancelled")
        else:
            text = self.tr("Failed: {reason}").format(
                reason=error_text(error) if error is not None else d.error)
            if d.retryable and d.done_bytes > 0:  # kept: Retry goes on from there
                text += "\n" + self.tr("{done} of {total} kept: Retry goes on from there.").format(
                    done=data_size(d.done_bytes), total=data_size(d.size))
            if waits_online:  # not failed: it goes on once offline mode is off
                text = error_text(error) + " · " + sizes
        self.status.setText(text)
        self.status.setProperty("failed", d.status == FAILED and not waits_online)
        self.pause_button.setVisible(d.status in (QUEUED, RUNNING) and not elsewhere)
        self.retry_now_button.setVisible(retry is not None and not elsewhere)
        self.resume_button.setVisible(d.status == PAUSED or d.retryable)
        self.resume_button.setText(self.tr("Retry") if d.status == FAILED else self.tr("Resume"))
        self.cancel_button.setVisible(not elsewhere and (
            d.status in (QUEUED, RUNNING, PAUSED, VERIFIED) or d.retryable))
        self.use_button.setVisible(d.status == DONE and Path(d.target).is_file())
        self.again_button.setVisible(d.status == DONE and not Path(d.target).is_file())
        self.remove_button.setVisible(d.status in (DONE, CANCELLED) or
                                      (d.status == FAILED and not d.retryable))

    def _waiting_reason(self) -> str:
        """Why a queued download waits: the ones ahead hold every place, and whether they
        are waiting to try again."""
        manager = self.browser.manager
        running = [d for d in manager.downloads() if d.status in (RUNNING, VERIFYING)]
        if any(d.retry_message() is not None for d in running):
            return self.tr("Waiting: the downloads ahead lost their connection and are "
                           "trying again")
        if len(running) >= manager.max_parallel:
            return self.tr("Waiting for a download ahead to finish ({count} at a time)").format(
                count=manager.max_parallel)
        return self.tr("Waiting…")


class DownloadsPanel:
    """The model browser's downloads: queue, progress rows, fit check before a download
    (part of ModelBrowser)."""

    def _build_downloads(self) -> QWidget:
        box = QWidget(self)
        self.downloads_title = Label(box, wordWrap=True)
        self.downloads_title.setStyleSheet("QLabel { font-weight: 600; }")
        self.rows_widget = QWidget(box)
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(4)
        self.rows_layout.addStretch(1)
        scroll = self.downloads_scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_widget)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        column = QVBoxLayout(box)
        column.setContentsMargins(8, 4, 8, 4)
        fill(column, self.downloads_title, (scroll, 1))
        # a transfer that gets no bytes tells no progress, nor does another process (chatapp
        # pull) here: look each second
        waits = QTimer(box)
        waits.timeout.connect(self._show_waits)
        waits.start(1000)
        return box

    def _show_waits(self) -> None:
        self.manager.refresh()
        for d in self.manager.downloads():
            if d.waiting_s() is not None and row_key(d) in self.rows:
                self.rows[row_key(d)].refresh()

    def _update_downloads_title(self) -> None:
        downloads = self.manager.downloads()
        running = {row_key(d) for d in downloads if d.status == RUNNING}  # models, as rows are
        waiting = {row_key(d) for d in downloads if d.status == QUEUED} - running
        self.downloads_title.setText(
            self.tr("Downloads: none yet. Files are checked against the Hub's sha256 before "
                    "use.") if not self.rows else
            self.tr("Downloads ({count} active, {waiting} waiting)").format(
                count=len(running), waiting=len(waiting)) if waiting else
            self.tr("Downloads ({count} active)").format(count=len(running)) if running else
            self.tr("Downloads"))
        self._fit_downloads(bool(self.rows))

    def _fit_downloads(self, rows: bool) -> None:
        """Without downloads the area is its title line, the tabs above get the room; with
        the first one it gets room for three rows."""
        scroll = self.downloads_scroll
        if scroll.isHidden() != rows:  # (fitted already)
            return
        box = scroll.parentWidget()
        scroll.setVisible(rows)
        height = DOWNLOADS_HEIGHT if rows else box.sizeHint().height()
        box.setMaximumHeight(QWIDGETSIZE_MAX if rows else height)
        splitter = box.parentWidget()
        if isinstance(splitter, QSplitter):
            splitter.setSizes([max(sum(splitter.sizes()) - height, 200), height])

    def download(self, key: str) -> None:
        """Queue the files of a model entry of the page shown."""
        if self.page is None:
            return
        entry = next((e for e in self.page.models if e.key == key), None)
        if entry is None:
            return
        if key in self.damaged:
            message_box(self, self.tr("Models"), error_text(self.damaged[key]))
            return
        config = self.hub_config()
        if self.page.gated and not config.token:  # it would fail: say what to do first
            repo = self.page.repo_id
            message_box(self, self.tr("Models"), error_text(HubError(
                GATED_NO_TOKEN, repo=repo, url=hub_url(config.endpoint, repo))))
            return
        if not self.space_ok(self.page.repo_id, entry, self.page.commit):
            return
        shape = self.shapes.get(key)
        if shape is not None and self.machine is not None:
            result = estimate(shape, self.context_spin.value(), self.machine)
            largest = None if result.verdict != TOO_BIG else largest_context(
                shape, self.machine, high=self.context_spin.value())
            if not self.confirm_fit(entry.name, result, largest=largest):
                return
        self.queue(self.page.repo_id, entry, self.page.commit)

    def space_ok(self, repo_id: str, entry: QuantEntry, commit: str,
                 parent: QWidget | None = None) -> bool:
        """Whether the entry's files (less what is downloaded of them already) fit on the
        downloads' disk; when not, says so (free space and the space kept free) and False."""
        need = 0
        for f in entry.files:
            partial = self.manager.folder / f"{download_id(repo_id, commit, f.path)}.incomplete"
            have = partial.stat().st_size if partial.is_file() else 0
            need += max((f.size or 0) - have, 0)
        try:
            problem = self.manager.space_problem(entry.name, need)
        except OSError as exc:
            problem = exc
        if problem is None:
            return True
        message_box(parent or self, self.tr("Models"), error_text(problem))
        return False

    def confirm_fit(self, name: str, result: Estimate, parent: QWidget | None = None,
                    largest: int | None = None) -> bool:
        """True when a model fits, or the user wants it although it is too big (largest: the
        largest context that fits, named in the question)."""
        if result.verdict != TOO_BIG:
            return True
        if largest:
            return self._confirm(self.tr(
                "{name} needs about {need} of memory at a context of {ctx} tokens but this "
                "computer has {free} free. It fits with a context of {fits} tokens (set it in "
                "Model settings after the download). Download it?").format(
                name=name, need=data_size(result.total), ctx=number(result.n_ctx),
                free=data_size(result.budget), fits=number(largest)), parent)
        return self._confirm(self.tr(
            "{name} needs about {need} of memory but this computer has {free} free. "
            "It will probably not run here. Download it anyway?").format(
            name=name, need=data_size(result.total), free=data_size(result.budget)), parent)

    def queue(self, repo_id: str, entry: QuantEntry, commit: str) -> list[Download]:
        """Download a model entry's files (shown in the Downloads list); [] after an error,
        which is shown."""
        try:
            jobs = self.manager.add(repo_id, entry.files, commit, group=entry.key)
        except Exception as exc:  # noqa: BLE001 - a refused file name or a disk error
            self.show_error(exc)
            return []
        new = [row_key(job) not in self.rows for job in jobs]
        rows = [self._add_row(job) for job in jobs]
        self._update_downloads_title()
        if rows and any(new):  # made at the top: shown there, wherever the list was scrolled
            self.downloads_scroll.verticalScrollBar().setValue(0)
        elif rows:  # its row, where it is (laid out once the events are handled)
            QTimer.singleShot(0, lambda row=rows[0]: self.downloads_scroll.ensureWidgetVisible(
                row))
        return jobs

    def _add_row(self, d: Download) -> DownloadRow:
        """The row of the download's model, made at the top of the list; rows keep their
        place after (none moves under the pointer when it starts again)."""
        key = row_key(d)
        row = self.rows.get(key)
        if row is None:
            row = DownloadRow(self, key)
            self.rows[key] = row
            self.rows_layout.insertWidget(0, row)
        row.refresh()
        return row

    def _download_changed(self, download_id: str) -> None:
        try:
            d = self.manager.get(download_id)
        except KeyError:
            return
        self._add_row(d)
        for other in self.manager.downloads():  # their reason to wait may have changed
            key = row_key(other)
            if other.status == QUEUED and key != row_key(d) and key in self.rows:
                self.rows[key].refresh()
        self._update_downloads_title()
        self._mark_downloading(d)

    def _download_finished(self, download_id: str) -> None:
        d = self.manager.get(download_id)
        name, split = d.file_name, split_name(Path(d.target).name)
        if split is not None:  # a split model is ready once all its parts are
            parts = [o for o in self.manager.downloads() if o.repo_id == d.repo_id
                     and (s := split_name(Path(o.target).name)) is not None
                     and (s.base, s.total) == (split.base, split.total)]
            if sum(o.status == DONE for o in parts) < split.total:
                return
            name = f"{split.shared_file_name} " + self.tr("({count} parts)").format(
                count=split.total)
        self.statusBar().showMessage(self.tr("{file} is downloaded, verified and ready.")
                                     .format(file=name), 10000)
        self.refresh_library()
        self.modelsChanged.emit()

    def clear_download(self, key: str) -> None:
        """Take a row and its downloads off the list."""
        row = self.rows.pop(key, None)
        if row is None:
            return
        parts = row.parts()
        row.setParent(None)
        row.deleteLater()
        for d in parts:
            self.manager.remove(d.id)
        self._update_downloads_title()

    def download_again(self, key: str) -> None:
        """Download a row's model anew (its file was deleted or moved since), as the Hub tab's
        Download does: from the page shown when it is this model's, else with the space
        check and the files, sizes and checksums the row kept."""
        row = self.rows.get(key)
        parts = row.parts() if row is not None else []
        if not parts:
            return
        first = parts[0]
        page = self.page
        if page is not None and (page.repo_id, page.commit) == (first.repo_id, first.revision) \
                and any(e.key == first.group for e in page.models):
            self.download(first.group)  # (its fit is known there: asked if too big)
            return
        entry = QuantEntry(quant_name(first.path),
                           [HubFile(d.path, d.size, d.sha256) for d in parts],
                           expected_parts=len(parts))
        if self.space_ok(first.repo_id, entry, first.revision):
            self.queue(first.repo_id, entry, first.revision)  # (entry.key: the row's group)

    def use_download(self, key: str) -> None:
        """Pick a row's downloaded model for the next chat message."""
        row = self.rows.get(key)
        parts = row.parts() if row is not None else []
        if not parts:
            return
        d = whole(parts)
        model = next((m for m in self.ctx.library.models() if d.target in m.all_paths), None)
        if model is not None:
            self.useModelRequested.emit(model.key)
            return
        row.refresh()
        self.statusBar().showMessage(self.tr(
            "{file} is no longer in the library (deleted or moved): download it again to chat "
            "with it.").format(file=Path(d.path).name), 10000)
