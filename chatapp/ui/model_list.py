"""Every model that can answer as one Qt list, shared by every picker (chat, regenerate with,
compare panes, the arena, evaluation): it follows the library and the endpoints' lists."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolTip,
)

from chatapp.catalogue import AnyModel, RemoteEntry, is_remote
from chatapp.engine.bench import BenchStore, measured_busy
from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.fit import TOO_BIG, Machine
from chatapp.fit_library import library_estimates
from chatapp.library import COPYING_S
from chatapp.machine import detect_machine
from chatapp.remote.errors import OFFLINE, RemoteError, refused
from chatapp.ui.background import Background
from chatapp.ui.errors import error_text
from chatapp.ui.fit_badge import verdict_text
from chatapp.ui.model_notes import base_model_tag, base_model_text
from chatapp.ui.units import counted, data_size, decimal, number

log = logging.getLogger(__name__)

KEY_ROLE = Qt.ItemDataRole.UserRole
MODEL_ROLE = Qt.ItemDataRole.UserRole + 1
RETRY_S = 30  # seconds between two askings of the endpoints that did not answer
LOADED_ONE = QT_TRANSLATE_NOOP("ModelList", "{model} loaded · {n} thread · context {ctx}")
LOADED = QT_TRANSLATE_NOOP("ModelList", "{model} loaded · {n} threads · context {ctx}")
UNUSABLE = QT_TRANSLATE_NOOP("ModelList", "{n} model file cannot be used: Models → Browse "
                             "models… (On this computer) says why.")
UNUSABLE_MANY = QT_TRANSLATE_NOOP("ModelList", "{n} model files cannot be used: Models → "
                                  "Browse models… (On this computer) says why.")



def problem_text(model: RemoteEntry) -> str:
    """Why a server's model cannot answer now, in the user's language ("" when it can):
    offline mode blocks its endpoint."""
    return error_text(RemoteError(OFFLINE, endpoint=model.endpoint, host=model.host)
                      ) if model.problem else ""


class ModelList(QAbstractListModel):
    """The catalogue's models (local ones first, then the endpoints'), each with a label.

    Signals:
        listChanged(): the list was read again (pickers keep their choice by key).
        remoteFailed(str, object): an endpoint's list could not be read (name, UserError);
            once, until it has answered again (it is asked every RETRY_S seconds).
        remoteBack(str): an endpoint said to fail answers again, or is no more (its name).
        unusableFound(str): model files that cannot be used (damaged, not a model) were
            found, said once each (the pickers leave them out): one line that says so.
        unusableMended(): a file said to be unusable is usable again, or gone.
        listed(str): an endpoint's model list was read (its name; emitted from the
            catalogue's threads once follow_listings ran).

    Attributes:
        models: the models in list order.
    """

    listChanged = Signal()
    remoteFailed = Signal(str, object)
    remoteBack = Signal(str)
    unusableFound = Signal(str)
    unusableMended = Signal()
    listed = Signal(str)

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.models: list[AnyModel] = []
        self._labels: list[str] = []
        self._listing: Background | None = None
        self._again = False
        self._failing: dict[str, BaseException] = {}  # endpoint -> why it was not listed
        self._told_unusable: set[str] = set()  # the paths of the files said to be unusable
        self.unusable: dict[str, Any] = {}  # path -> a local model whose file cannot be used
        self._retry = QTimer(self, singleShot=True, interval=RETRY_S * 1000,
                             timeout=lambda: self.refresh_remote(sorted(self._failing)))
        self._speeds: dict = {}
        self._shapes: dict[tuple, Any] = {}  # local files' shapes (a header is read once)
        self.too_big: set[str] = set()  # paths of the local models said not to fit

    # Qt's list model

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.models)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.models):
            return None
        model = self.models[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and self.marked(model):
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                   QPalette.ColorRole.Text)  # greyed
        if role == Qt.ItemDataRole.ToolTipRole:
            if is_remote(model):
                return "\n".join((self._labels[index.row()], problem_text(model)
                                   or self.unreachable_text(model) or self.tr(
                    "Runs on {host}, not on this computer.").format(host=model.host)))
            return "\n".join((self._labels[index.row()],  # the whole entry (the box cuts it)
                              base_model_text() if model.base_model else model.path))
        if role == KEY_ROLE:
            return model.key
        if role == MODEL_ROLE:
            return model
        return None

    # reading

    def reload(self) -> None:
        """Read the list again: the library now, the endpoints' models as last listed."""
        self.beginResetModel()
        every = self.ctx.catalogue.models()
        models = [m for m in every if not m.problem or is_remote(m)]
        self.unusable = {m.path: m for m in every if m.problem and not is_remote(m)}
        self._tell_unusable(list(self.unusable.values()))
        self._speeds = BenchStore(self.ctx.paths.data / "bench.json").all()
        self.models = models
        self._labels = told_apart(models, [self.label(m, self._speeds) for m in models])
        self.endResetModel()
        self.listChanged.emit()
        Background(detect_machine, self, "fit", done=self._estimate_fit).start()

    def _estimate_fit(self, machine: Machine) -> None:
        """Whether each local chat model fits, as the Models window says (on a thread); the
        labels of those that do not say "too big"."""
        local = [m for m in self.models if not is_remote(m) and m.is_chat and not m.problem]
        if local:
            work = library_estimates(self.ctx, local, machine, self._shapes)
            Background(work, self, "fit", done=self._fit_known).start()

    def _fit_known(self, found: dict) -> None:
        too_big = {path for path, result in found.items()
                   if result.estimate.verdict == TOO_BIG}
        if too_big != self.too_big & set(found):
            self.too_big = (self.too_big - set(found)) | too_big
            self._labels = told_apart(self.models, [self.label(m, self._speeds)
                                                    for m in self.models])
            if self.models:
                self.dataChanged.emit(self.index(0), self.index(len(self.models) - 1))

    def _tell_unusable(self, unusable: list) -> None:
        """Say once which model files cannot be used (not those that may still be copied),
        and when one that was said is usable again (or gone)."""
        starter = self.ctx.library.starter_problem  # (said as a file that cannot be used)
        mended = self._told_unusable - {m.path for m in unusable} \
            - ({"starter"} if starter is not None else set())
        if mended:
            self._told_unusable -= mended
            self.unusableMended.emit()
        settled = [m for m in unusable if time.time() - m.mtime > COPYING_S
                   and m.path not in self._told_unusable]
        self._told_unusable |= {m.path for m in settled}
        if starter is not None and "starter" not in self._told_unusable and not settled:
            self._told_unusable.add("starter")
            self.unusableFound.emit(error_text(starter))
        if len(settled) == 1:
            self.unusableFound.emit(self.tr("{name} cannot be used: {reason}").format(
                name=Path(settled[0].path).name, reason=error_text(settled[0].problem_error())))
        elif settled:
            self.unusableFound.emit(counted("ModelList", UNUSABLE, UNUSABLE_MANY, len(settled)))

    def refresh_remote(self, names: list[str] | None = None) -> None:
        """Ask the endpoints (all, or those named: the ones that failed, asked again while
        the others answer, so that a server answering is not interrupted) for their models
        now (off the GUI thread); reload when done."""
        if self._listing is not None:
            self._again = True  # the endpoints changed while they were being asked
            return
        self._again = False
        if not self.ctx.catalogue.configured():
            self.reload()
            return
        catalogue = self.ctx.catalogue
        asked = set(names) if names is not None else {e.name for e in catalogue.configured()}
        self._listing = Background(lambda: catalogue.refresh_remote(names), self,
                                   done=lambda failures: self._listed(failures, asked),
                                   failed=lambda _exc: self._listed({}, asked)).start()

    def follow_listings(self) -> None:
        """Reload on the GUI thread each time one endpoint's model list was read
        (Catalogue.listeners), so that one endpoint that is slow to answer holds up none of
        the others."""
        listeners, tell = self.ctx.catalogue.listeners, self.listed.emit
        self.listed.connect(self.reload)  # (queued: this list lives on the GUI thread)
        listeners.append(tell)
        self.destroyed.connect(lambda: tell in listeners and listeners.remove(tell))

    def ask_failing_again(self) -> None:
        """Ask the endpoints that did not answer now, not at the next retry (offline mode was
        turned off: they were not asked while it was on)."""
        if self._failing:
            self._retry.stop()
            self.refresh_remote(sorted(self._failing))

    def _listed(self, failures: dict, asked: set[str]) -> None:
        self._listing = None
        if self._again:
            self.refresh_remote()
            return
        told = self._failing
        there = {e.name for e in self.ctx.catalogue.configured()}
        kept = {name: told[name] for name in told.keys() - asked}
        self._failing = {name: error for name, error in {**kept, **failures}.items()
                         if name in there}  # (labels mark them)
        self.reload()
        for name, error in failures.items():
            if name not in told:  # told once, not at every asking
                self.remoteFailed.emit(name, error)
        for name in sorted(told.keys() - self._failing.keys()):
            self.remoteBack.emit(name)
        if self._failing:  # asked again until they answer
            self._retry.start()
        else:
            self._retry.stop()

    def tell(self, bar) -> None:
        """Say in a status bar when an endpoint's models cannot be listed, and take it back
        once the endpoint answers again or is no more."""
        self.remoteFailed.connect(lambda _name, error: bar.showMessage(
            remote_failure_text(error), 15000))
        self.remoteBack.connect(lambda name: bar.currentMessage().startswith(f"{name}:")
                                and bar.clearMessage())

    def marked(self, model: AnyModel) -> bool:
        """Whether a picker shows model greyed: a server's model that cannot answer now
        (offline mode blocks it, or its server did not answer the last listing)."""
        return is_remote(model) and bool(model.problem or model.endpoint in self._failing)

    def unreachable_text(self, model: AnyModel) -> str:
        """Why a server's model is greyed because its server did not answer the last listing,
        in one translated line with the reason ("" when it did, and for a local model)."""
        failure = self._failing.get(model.endpoint) if is_remote(model) else None
        if failure is None:
            return ""
        if refused(failure):  # it answered, but not with its models (a key refused)
            return error_text(failure)
        return self.tr("Server not reachable: {reason}").format(reason=error_text(failure))

    def picked_text(self, model: AnyModel) -> str:
        """The one line said when a greyed model is picked ("" for one that can answer)."""
        if is_remote(model) and model.problem:
            return problem_text(model)
        why = self.unreachable_text(model)
        if not why:
            return ""
        return self.tr("{model} cannot answer now. {why} (asked again every {seconds} "
                       "seconds; it is unmarked once it answers)").format(
            model=model.display_name, why=why.rstrip("."), seconds=RETRY_S)

    def failing(self, endpoint: str) -> bool:
        """Whether the endpoint was said not to answer (and is asked again until it does)."""
        return endpoint in self._failing

    def label(self, model: AnyModel, speeds: dict | None = None) -> str:
        """What a picker shows for model: its name and what tells it apart."""
        if is_remote(model):
            where = self.tr("on {host}").format(host=model.host)
            failure = self._failing.get(model.endpoint)
            state = (self.tr("blocked while offline") if model.problem else "" if failure is None
                     else self.tr("its models not listed") if refused(failure)
                     else self.tr("not answering"))
            return " · ".join(p for p in (model.display_name, where, state) if p)
        stored = (speeds or {}).get(model.key, {})
        measured = stored.get("tg_tps")
        speed = ("" if not measured else  # a busy computer's may be lower than the model's
                 self.tr("≈ {rate} tok/s here (measured while busy)").format(
                     rate=decimal(measured, 0)) if measured_busy(stored) else
                 self.tr("≈ {rate} tok/s here").format(rate=decimal(measured, 0)))
        tag = base_model_tag() if model.base_model else ""
        fit = verdict_text(TOO_BIG) if model.path in self.too_big else ""
        details = (tag, model.quantization, data_size(model.size), fit, speed)
        return " · ".join(p for p in (model.display_name, *details) if p)

    def status(self, model: AnyModel) -> str:
        """Where model runs and how it is loaded, for the status bar."""
        name = model.display_name
        if is_remote(model):
            if problem := problem_text(model):
                return problem
            if (failure := self._failing.get(model.endpoint)) is not None:
                if refused(failure):  # a key refused, not an API there: why
                    return error_text(failure)
                return self.tr("{model}: {host} is not answering (asked again every {seconds} "
                               "seconds)").format(model=name, host=model.host, seconds=RETRY_S)
            return self.tr("{model} runs on {host}").format(model=name, host=model.host)
        # (this model's own worker: others may be loaded beside it, for the local API)
        loaded = self.ctx.engine.loaded_info(model.path)
        if loaded is not None and loaded.n_gpu_layers:
            return self.tr("{model} loaded on the GPU ({layers} layers) · context {ctx}").format(
                model=name, layers=loaded.n_gpu_layers, ctx=number(loaded.n_ctx))
        if loaded is not None:
            # the threads an answer alone takes now (Defaults → Processor threads), not at load
            return counted("ModelList", LOADED_ONE, LOADED, self.ctx.engine.cores, model=name,
                           ctx=number(loaded.n_ctx))
        return self.tr("{model} (loads with the next message)").format(model=name)

    # finding

    def bind(self, combo: QComboBox, fallback: Callable[[], str | None] = lambda: None,
             chosen: Callable[[], None] = lambda: None,
             lost: Callable[[str], None] = lambda _text: None,
             back: Callable[[str, str], None] = lambda _text, _lost: None) -> _PickerBinding:
        """Show the list in a picker that keeps its choice (by key) across reloads: the
        fallback's key when its model went away (lost(a line saying so)), else the first;
        chosen() after each reload. The picker's own signals stay quiet during a reload. An
        endpoint's model that is not listed now, or a model whose file went away, comes back
        to the picker when it is listed again (back(a line saying so, the line lost was
        given)), unless another was picked first."""
        combo.setModel(self)
        binding = _PickerBinding(self, combo, fallback, chosen, lost, back)
        binding.restore()
        return binding

    def pending(self, key: str | None) -> bool:
        """Whether key names a model of a configured endpoint that is not listed now (the
        endpoint is being asked, or did not answer)."""
        name, slash, model_id = (key or "").partition("/")  # ENDPOINT/MODEL_ID
        if not (slash and model_id) or self.index_of(key) >= 0:
            return False
        return any(endpoint.name == name for endpoint in self.ctx.catalogue.configured())

    def index_of(self, key: str | None) -> int:
        """The row of the model with key, or -1."""
        return next((i for i, m in enumerate(self.models) if m.key == key), -1)

    def find(self, key: str | None) -> AnyModel | None:
        """The model with key, if listed."""
        index = self.index_of(key)
        return self.models[index] if index >= 0 else None


def told_apart(models: list[AnyModel], labels: list[str]) -> list[str]:
    """labels, those that two local models share followed by the folder each file is in (its
    name, or its whole path where the names are alike too): the same file linked from two
    places must not look like one model."""
    def where(model: AnyModel, whole: bool) -> str:
        folder = Path(model.path).parent
        return str(folder) if whole else folder.name

    shared = Counter(labels)
    places = Counter((label, where(m, False)) for m, label in zip(models, labels, strict=True)
                     if shared[label] > 1 and not is_remote(m))
    return [label if shared[label] == 1 or is_remote(m) else
            f"{label} · {where(m, places[(label, where(m, False))] > 1)}"
            for m, label in zip(models, labels, strict=True)]


class ElidingComboBox(QComboBox):
    """A combo box that cuts its shown text with "…" where it is narrower than the text
    (a plain combo box clips it mid-letter); its tooltip starts with the whole text, and its
    list opens as wide as its widest entry (within the screen), in every style."""

    cut = False  # the text shown was cut

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        whole = option.currentText
        option.currentText = option.fontMetrics.elidedText(
            whole, Qt.TextElideMode.ElideRight, field.width())
        self.cut = option.currentText != whole
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:  # the whole entry, then what the box is for
            text = "\n".join(dict.fromkeys(filter(None, [self.currentText(), self.toolTip()])))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def popup_width(self) -> int:
        """The list's width (px) that shows its widest entry whole, with its frame and
        scroll bar."""
        view = self.view()
        metrics = view.fontMetrics()
        icon = self.iconSize().width() + 4 if any(
            not self.itemIcon(i).isNull() for i in range(self.count())) else 0
        widest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                     default=0) + icon + 16  # (the row's text margins)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) \
            if self.count() > self.maxVisibleItems() else 0
        return max(widest, view.sizeHintForColumn(0)) + 2 * view.frameWidth() + bar

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        """Open the list at least as wide as its widest entry, within the screen (Fusion
        widens it itself; other styles keep it as narrow as the box)."""
        screen = self.screen()
        room = screen.availableGeometry().width() if screen is not None else 1 << 16
        self.view().setMinimumWidth(min(self.popup_width(), room))
        super().showPopup()


class ModelPicker(ElidingComboBox):
    """A model picker: a long model name is cut with "…" (see ElidingComboBox)."""


class _PickerBinding(QObject):
    """Keeps a picker's choice across reloads of the list; it lives (and its connections
    with it) as long as the picker."""

    def __init__(self, models: ModelList, combo: QComboBox,
                 fallback: Callable[[], str | None], chosen: Callable[[], None],
                 lost: Callable[[str], None], back: Callable[[str, str], None]) -> None:
        super().__init__(combo)
        self.models, self.combo, self.fallback, self.chosen = models, combo, fallback, chosen
        self.lost, self.back = lost, back
        self.kept: str | None = None
        self.kept_name = ""
        self.kept_path = ""  # its file, where it is a local model
        # an endpoint's model to show once it is listed (None once shown or another picked)
        self.wanted: str | None = None
        # the model picked before its file went away (key, name, the line that said so, its
        # file): picked again when it is back, unless another is picked first
        self.missing: tuple[str, str, str, str] | None = None
        # a greyed model picked (its key, the line that said so): unsaid once it answers
        self.marked: tuple[str, str] | None = None
        models.modelAboutToBeReset.connect(self.remember)
        models.listChanged.connect(self._reloaded)
        combo.activated.connect(self._picked)

    def _picked(self, _index: int) -> None:
        if self.missing is not None:  # another model picked: the line about the gone one goes
            self.back("", self.missing[2])
        self.missing = None
        if self.wanted is not None:
            self.wanted = None
            self.chosen()
        model = self.combo.currentData(MODEL_ROLE)
        if self.marked is not None:  # the line about the one picked before goes
            self.back("", self.marked[1])
        said = self.models.picked_text(model) if model is not None else ""
        self.marked = (model.key, said) if said else None
        if said:  # at once, not after a timeout
            self.lost(said)

    def want(self, key: str | None, name: str = "", path: str = "") -> None:
        """Show the model with key: now when it is listed, else (an endpoint's model not
        listed now) once it is, unless another is picked first. A model not in the library
        now (name and path: its file, as a conversation's answers recorded it) is said to be
        gone (lost(a line)) and picked again when it is back, as one that goes while picked."""
        if self.missing is not None:  # the line about another model gone goes
            self.back("", self.missing[2])
        self.missing = None
        if self.models.index_of(key) < 0 and not self.models.pending(key):
            now = self.combo.currentData(MODEL_ROLE)
            if key and name and now is not None:  # never in silence
                said = self._gone_text(name, path, now.display_name)
                self.missing = (key, name, said, path)
                self.lost(said)
            return
        self.wanted = key
        self.combo.blockSignals(True)
        self.restore()

    def settle(self) -> None:
        """The model shown answers now: none is picked again by itself any more (an
        endpoint's model once it is listed, a model once its file is back)."""
        if self.wanted is not None or self.missing is not None:
            self.wanted = self.missing = None
            self.chosen()

    def remember(self) -> None:
        model = self.combo.currentData(MODEL_ROLE)
        self.kept = model.key if model is not None else self.fallback()
        self.kept_name = model.display_name if model is not None else ""
        self.kept_path = getattr(model, "path", "") if model is not None else ""
        self.combo.blockSignals(True)

    def _reloaded(self) -> None:
        if self.wanted is None and self.models.pending(self.kept):
            self.wanted = self.kept  # its endpoint is not listed now: back when it is
        back = self.missing if self.missing is not None \
            and self.models.index_of(self.missing[0]) >= 0 else None
        if back is not None:
            self.wanted, self.missing = back[0], None
        gone = bool(self.kept_name) and self.wanted is None \
            and self.models.index_of(self.kept) < 0
        self.restore()
        now = self.combo.currentData(MODEL_ROLE)
        if gone and now is not None:  # never in silence
            said = self._gone_text(self.kept_name, self.kept_path, now.display_name)
            if self.missing is None:
                self.missing = (self.kept or "", self.kept_name, said, self.kept_path)
            self.lost(said)
        elif self.missing is not None and back is None and now is not None and (
                said := self._gone_text(self.missing[1], self.missing[3], now.display_name)
        ) != self.missing[2]:  # its file changed again: why it cannot be used now
            self.missing = (*self.missing[:2], said, self.missing[3])
            self.lost(said)
        elif back is not None and now is not None and now.key == back[0]:
            self.back(QCoreApplication.translate(
                "ModelList", "{model} is back in the library and answers again.")
                .format(model=back[1]), back[2])
        if self.marked is not None and (now is None or now.key != self.marked[0]
                                        or not self.models.marked(now)):
            (key, line), self.marked = self.marked, None  # the line goes: it answers now
            self.back(QCoreApplication.translate("ModelList", "{model} answers again.").format(
                model=now.display_name) if now is not None and now.key == key else "", line)

    def _gone_text(self, name: str, path: str, other: str) -> str:
        """The line for a picked model that went away, with why where its file is there."""
        broken = self.models.unusable.get(path)
        if broken is None:
            return QCoreApplication.translate(
                "ModelList", "{model} is not in the library any more: {other} answers now "
                "(until {model} is back).").format(model=name, other=other)
        return QCoreApplication.translate(
            "ModelList", "{model} cannot be used now: {reason}. {other} answers now (until "
            "{model} can be used again).").format(
                model=name, other=other, reason=error_text(broken.problem_error()).rstrip("."))

    def restore(self) -> None:
        index = self.models.index_of(self.wanted)
        if index >= 0 or not self.models.pending(self.wanted):
            self.wanted = None
        if index < 0:
            index = self.models.index_of(self.kept)
        if index < 0:
            index = self.models.index_of(self.fallback())
        self.combo.setCurrentIndex(max(0, index) if self.models.models else -1)
        self.combo.blockSignals(False)
        self.chosen()


def remote_failure_text(error: object) -> str:
    """The status bar's line for an endpoint whose models could not be listed."""
    return " ".join((error_text(error), QCoreApplication.translate(
        "ModelList", "Its models are left out of the lists until it answers (Models → "
        "Connections…).")))


def shared_model_list(ctx, parent: QObject | None) -> ModelList:
    """The main window's model list when parent is (or belongs to) it, else a list of its
    own (a window opened alone, in tests)."""
    owner = parent
    while owner is not None and not isinstance(getattr(owner, "model_list", None), ModelList):
        owner = owner.parent()
    if owner is not None:
        return owner.model_list
    models = ModelList(ctx, parent)
    models.reload()
    return models
