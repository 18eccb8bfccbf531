"""Evaluate a prompt set or a YAML config: every prompt × every ticked model and variant
(a model with its own system prompt, parameters and adapters) on a thread, graded by a judge
model where one is chosen, then the report."""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from itertools import count, pairwise
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chatapp.compare.claims import variant_claims
from chatapp.compare.config import load_config
from chatapp.compare.evaluate import EvalRun, Progress
from chatapp.compare.judge import Graders
from chatapp.compare.prompts import load_prompts
from chatapp.compare.report import pass_rates, summarize, write_report
from chatapp.compare.report_stats import unread_note
from chatapp.compare.variants import Variant, of_model
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.i18n import choose_language
from chatapp.settings import Sampling
from chatapp.store.documents import Documents
from chatapp.ui.background import Background
from chatapp.ui.errors import answer_error_text, error_text, message_box
from chatapp.ui.eval_parts import MODEL_ROWS, VariantList, progress_line, room_for_rows, status_area
from chatapp.ui.file_dialogs import remember, user_folder
from chatapp.ui.label import Label
from chatapp.ui.layouts import fill
from chatapp.ui.model_checklist import ModelChecklist
from chatapp.ui.model_list import shared_model_list
from chatapp.ui.open_url import open_report
from chatapp.ui.variant_editor import offer_collections, open_variant_dialog, variant_line
from chatapp.ui.variant_pool import shared_variants

log = logging.getLogger(__name__)

TICK_ONE = QT_TRANSLATE_NOOP("errors", "Tick at least one model or add a variant.")


class EvalDialog(QDialog):
    """Pick a prompt file, models and an output folder; run, watch, open the report.

    Signals:
        openConversation(int): a conversation to show in the main window.
        done(object): the report path (None when the run failed).
        runsChanged(): the stored runs changed (a run was recorded, or it ended).
    """

    openConversation = Signal(int)
    done = Signal(object)
    runsChanged = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evaluate a prompt set"))
        self.resize(680, 540)
        self.ctx = ctx
        self.model_source = shared_model_list(ctx, parent)
        self.run: EvalRun | None = None
        self.report: Path | None = None
        self.embedding: str | None = None  # the config's model for similar assertions
        self._runner: Background | None = None
        self._graders: Graders | None = None  # the running evaluation's
        self._notes: list[str] = []  # what to know of its judge and repeats, said throughout
        self._problem_shown = False  # the label says what keeps the run from starting
        self._asked = False  # closing: the user said to stop the run
        self._progress: tuple[Progress, float]  # the last, and when it came
        self._answers_seen = 0  # in a run: runsChanged
        self._tick = QTimer(self, interval=1000, timeout=self._show_progress)  # time left

        self.prompt_edit = QLineEdit(
            self, placeholderText=self.tr("a .yaml, .jsonl, .csv or .txt file"), toolTip=self.tr(
                "A .yaml config, or prompts in .jsonl, .csv or .txt (one per line)"))
        self.prompt_edit.textChanged.connect(self._forget_run)
        self.prompt_edit.textChanged.connect(self._suggest_folder)
        self.prompt_edit.textChanged.connect(self._show_variants)
        self.browse_prompts_button = QPushButton(self.tr("Browse…"), self,
                                                 clicked=self._pick_prompts)
        prompt_row = fill(QHBoxLayout(), (self.prompt_edit, 1), self.browse_prompts_button)
        self.model_list = ModelChecklist(self.model_source, self, check_new=False)
        room_for_rows(self.model_list, MODEL_ROWS)  # the spare height: the variants'
        self.folder_edit = QLineEdit(self, textChanged=self._forget_run)
        # a folder the user typed or chose stays; an empty field takes suggestions again
        self._folder_chosen = False
        self.folder_edit.textEdited.connect(
            lambda text: setattr(self, "_folder_chosen", bool(text.strip())))
        self._suggest_folder("")
        self.browse_folder_button = QPushButton(self.tr("Browse…"), self, clicked=self._pick_folder)
        folder_row = fill(QHBoxLayout(), (self.folder_edit, 1), self.browse_folder_button)
        self.max_tokens = QSpinBox(self, minimum=1, maximum=32768,
                                   value=ctx.settings.sampling.max_tokens)
        self.variant_pool = shared_variants(ctx)  # the app's: made here, in a pane, the arena
        self.variant_pool.changed.connect(self._list_variants)
        self.variant_list = VariantList(self)  # (the room the dialog has to spare)
        self.config_variants: list[Variant] | None = None  # a YAML config's, as listed
        self.add_variant_button = QPushButton(
            self.tr("Add a &variant…"), self, clicked=self.edit_variant, toolTip=self.tr(
                "A model with its own system prompt, parameters, documents and LoRA adapters"))
        self.remove_variant_button = QPushButton(self.tr("&Remove"), self,
                                                 clicked=self._remove_variant)
        self.variant_list.currentRowChanged.connect(lambda _row: self._enable_choices())
        variant_row = fill(QHBoxLayout(), (self.variant_list, 1), fill(
            QVBoxLayout(), self.add_variant_button, self.remove_variant_button, 1))
        self.judge_box = QComboBox(self)
        self.judge_box.addItem(self.tr("No judge (checks only)"), None)
        for model in self.models:  # by what the catalogue resolves
            self.judge_box.addItem(model.display_name, model.path or model.key)
        self.judge_box.setToolTip(self.tr("Grades llm-rubric assertions and, when asked, "
                                          "compares the variants' answers two by two"))
        self.pairwise = QCheckBox(self.tr("Let the judge compare the variants pair&wise"), self)
        self.repeats = QSpinBox(self, minimum=1, maximum=100, toolTip=self.tr(
            "Answers per prompt and variant, each with its own seed (a config's repeat is used "
            "while this is 1)"))
        self.together = QSpinBox(self, minimum=1, maximum=64, toolTip=self.tr(
            "Answers of a model made at once: faster, but at a near-tie an answer may differ "
            "from the model's own (1: one at a time, the same answers in every run)"))
        form = QFormLayout()
        form.addRow(Label(self.tr("&Prompt file:"), self, buddy=self.prompt_edit), prompt_row)
        form.addRow(self.tr("&Models:"), self.model_list)
        form.addRow(self.tr("Variants:"), variant_row)
        form.addRow(self.tr("&Judge:"), self.judge_box)
        form.addRow("", self.pairwise)
        form.addRow(Label(self.tr("Output &folder:"), self, buddy=self.folder_edit), folder_row)
        form.addRow(self.tr("&Longest answer (tokens):"), self.max_tokens)
        form.addRow(Label(self.tr("R&epeats:"), self, buddy=self.repeats), fill(
            QHBoxLayout(), self.repeats, Label(self.tr("Answers at o&nce:"), self,
                                               buddy=self.together), self.together, 1))
        self.docs_box = QComboBox(self)  # retrieval on and off, side by side
        self.docs_box.setToolTip(self.tr("Each model also answers searching this document "
                                         "collection, as a second variant"))
        self.fill_collections()
        form.addRow(self.tr("Also with &documents:"), self.docs_box)

        self.progress_bar = QProgressBar(self, value=0)
        # a fixed room: the form above stays put (and the dialog its size) as lines come
        status, self.progress_label = status_area(self, self.tr("Not started."))
        self.start_button = QPushButton(self.tr("&Start"), self, clicked=self.start, default=True)
        self.stop_button = QPushButton(self.tr("S&top"), self, enabled=False, clicked=self.stop)
        self.open_button = QPushButton(self.tr("&Open report"), self, enabled=False,
                                       clicked=self.open_report)
        self.answers_button = QPushButton(
            self.tr("Show &answers"), self, enabled=False, clicked=self.show_answers,
            toolTip=self.tr("The run's conversations, listed under the run in the main window"))
        self.close_button = QPushButton(self.tr("Close"), self, clicked=self.close)
        buttons = fill(QHBoxLayout(), self.start_button, self.stop_button, 1,
                       self.answers_button, self.open_button, self.close_button)
        fill(QVBoxLayout(self), (form, 1), self.progress_bar, status, buttons)
        self._order_tabs()
        self._enable_choices()  # (Remove: once a variant is chosen)

    def _order_tabs(self) -> None:
        """Tab goes through the fields as they read: top to bottom, left to right."""
        order = [self.prompt_edit, self.browse_prompts_button, self.model_list,
                 self.variant_list, self.add_variant_button, self.remove_variant_button,
                 self.judge_box, self.pairwise, self.folder_edit, self.browse_folder_button,
                 self.max_tokens, self.repeats, self.together, self.docs_box, self.start_button,
                 self.stop_button, self.answers_button, self.open_button, self.close_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    @property
    def running(self) -> bool:
        """A run is in progress."""
        return self._runner is not None

    def _pick_prompts(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Prompt file"), user_folder(),
            self.tr("Prompt sets and configs (*.jsonl *.json *.csv *.txt *.yaml *.yml);;"
                    "All files (*)"))
        if name:
            self.prompt_edit.setText(remember(name))

    def _pick_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Output folder"),
                                                self.folder_edit.text())
        if name:
            self.folder_edit.setText(name)
            self._folder_chosen = True

    def _suggest_folder(self, text: str) -> None:
        if self.running or self._folder_chosen:
            return
        stem = re.sub(r"[^\w.-]+", "_", Path(text).stem) if text.strip() else ""
        # shown greyed in the empty field, so that typing there starts a folder of one's own
        self.folder_edit.setPlaceholderText(str(self.ctx.paths.evals / (stem or "eval")))
        if self.folder_edit.text():  # the folder a run went to gives way
            self.folder_edit.clear()

    @property
    def models(self) -> list:
        """Every model that can be evaluated."""
        return self.model_source.models

    def ticked(self) -> list:
        """The ticked models."""
        return self.model_list.checked()

    def edit_variant(self) -> QDialog:
        """Open a new variant's editor (added when accepted)."""
        # the form starts from what the run uses, so a value shown is the value run
        return open_variant_dialog(self, self.ctx, self.models, self.run_sampling(),
                                   {v.name for v in self.variants}, self.add_variant)

    def fill_collections(self) -> None:
        """List the document collections there are now (the choice kept while it is one)."""
        offer_collections(self.docs_box, [c.name for c in Documents(self.ctx.store).collections()],
                          self.docs_box.currentData() or "")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's
        if not self.running:  # collections and variants made or gone since it was shown
            self.fill_collections()
            self._list_variants()
        super().showEvent(event)

    def run_sampling(self) -> Sampling:
        """The sampling every answer of the run starts from (a variant changes some of it):
        the app's, greedy with seed 1 (answers that can be run again), this dialog's length."""
        return dataclasses.replace(self.ctx.settings.sampling, temperature=0.0, seed=1,
                                   max_tokens=self.max_tokens.value())

    @property
    def variants(self) -> list[Variant]:
        """The variants that run besides the ticked models: the app's variant list."""
        return self.variant_pool.variants()

    def add_variant(self, variant: Variant) -> None:
        """Run this variant too (it joins the app's variant list)."""
        self.variant_pool.add(variant)

    def _list_variants(self) -> None:
        """List the variants that run besides the ticked models: a YAML config's, else the
        app's variant list (as it is now: when it changes and whenever the dialog opens)."""
        shown = self.variants if self.config_variants is None else self.config_variants
        self.variant_list.set_lines([variant_line(v, self.models) for v in shown])
        self._enable_choices()

    def _show_variants(self, text: str) -> None:
        """A YAML config chosen: list its variants (they are what runs: the ticked models,
        the variants added here and "Also with documents" are set aside); else the
        variants added here."""
        path = Path(text.strip())
        config: list[Variant] | None = None
        judge = ""  # a config's, used while No judge is chosen here
        if self._problem_shown and not self.running:  # said of the input before this one
            self._problem_shown = False
            self.progress_label.setText(self.tr("Not started."))
        if text.strip() and path.suffix.lower() in (".yaml", ".yml") and path.is_file():
            try:
                loaded = load_config(path, judge_given=True, embedding_given=True)
                config, judge = loaded.variants, loaded.judge or ""
                self.repeats.setValue(loaded.repeats)  # the file's, and it can be changed
                self.together.setValue(loaded.together)
            except UserError as exc:
                self._problem(error_text(exc))
                config = []
        self.config_variants = config
        self.judge_box.setItemText(0, self.tr("The config's judge ({judge})").format(
            judge=judge) if judge else self.tr("No judge (checks only)"))
        self._list_variants()

    def _forget_run(self, *_args) -> None:
        """Another prompt set or folder was chosen: the last run's progress, report and
        answers are no longer shown or offered."""
        if self.running or self.run is None:
            return
        self.run, self.report = None, None
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self.progress_label.setText(self.tr("Not started."))
        self.open_button.setEnabled(False)
        self.answers_button.setEnabled(False)

    def _problem(self, text: str) -> None:
        """Say what keeps the run from starting (until the input changes)."""
        self._problem_shown = True
        self.progress_label.setText(text)

    def _enable_choices(self) -> None:
        """What can be chosen now (not while running; a config brings its own variants)."""
        free = not self.running and self.config_variants is None
        for widget in (self.model_list, self.add_variant_button, self.docs_box):
            widget.setEnabled(free)
        self.remove_variant_button.setEnabled(free and self.variant_list.currentRow() >= 0)
        self.variant_list.setEnabled(not self.running)

    def _remove_variant(self) -> None:
        row = self.variant_list.currentRow()
        if row >= 0 and not self.running and self.config_variants is None:
            self.variant_pool.remove(self.variants[row].name)

    def _plan(self, path: Path) -> tuple[list, list[Variant], str | None, int, str]:
        """Prompts, resolved variants, judge, repeats and name of the run asked for (from a
        YAML config, or a prompt file with the ticked models and the variants); UserError."""
        judge, repeats = self.judge_box.currentData(), self.repeats.value()
        self.embedding = None
        if path.suffix.lower() in (".yaml", ".yml"):
            config = load_config(path, judge_given=judge is not None)
            prompts, variants, name = config.prompts, config.variants, config.name
            judge = judge or config.judge
            self.embedding = config.embedding
        else:
            prompts, name = load_prompts(path), path.name
            variants = [of_model(m) for m in self.ticked()] + list(self.variants)
            if not variants:
                raise UserError(TICK_ONE)
            collection = self.docs_box.currentData()
            if collection:  # each variant also answers from the collection, beside it
                variants = [w for v in variants for w in (
                    v, dataclasses.replace(v, name=f"{v.name} + {collection}",
                                           docs=[*v.docs, collection]))]
        for variant in variants:
            variant.resolve(self.ctx.catalogue)
        return prompts, variants, judge, repeats, name

    def start(self) -> None:
        """Load the prompts (or the config) and run every pair on a thread, then the judge."""
        if self.running:
            return
        if not self.prompt_edit.text().strip():
            return self._problem(self.tr("Choose a prompt file."))
        path = Path(self.prompt_edit.text().strip())
        try:  # what the run is asked for, its folder and its graders: a refusal is said
            prompts, variants, judge, repeats, name = self._plan(path)
            if not self.folder_edit.text().strip():
                self._suggest_folder(str(path))
            params = {k: v for k, v in self.run_sampling().to_dict().items() if v != []}
            suggested = self.ctx.paths.evals / Path(  # (a bare name: in the evals folder)
                self.folder_edit.text().strip() or self.folder_edit.placeholderText()).expanduser()
            for number in count(1):
                folder = suggested if number == 1 else suggested.with_name(
                    f"{suggested.name}-{number}")
                run = EvalRun(self.ctx.chat.pipeline, prompts, variants, folder, params,
                              name=name, repeats=repeats, together=self.together.value())
                try:
                    if not self._folder_chosen:
                        run.check_same_run()
                    break
                except UserError:  # a suggested folder whose run had other settings: the next
                    continue
            folder = run.folder  # (absolute)
            self.folder_edit.setText(str(folder))
            graders, self._notes = None, []
            if judge or self.embedding or any(getattr(c, "later", False)
                                              for p in prompts for c in p.checks):
                graders = Graders(self.ctx.chat.pipeline, self.ctx.catalogue, judge,
                                  self.embedding, pairwise=self.pairwise.isChecked())
                graders.check(prompts)
                self._notes = self._judge_notes(graders, prompts, run.variants)
        except UserError as exc:
            return self._problem(error_text(exc))
        self._notes += [error_text(same) for same in [run.greedy_repeats(window=True)] if same]
        self.run, self._graders, self.report = run, graders, None
        self._answers_seen = 0  # in this run: runsChanged
        names = [v.name for v in run.variants]
        language = choose_language(self.ctx.settings.language)
        claims = variant_claims(run.variants, self.ctx.paths.card_claims)

        def work() -> tuple[Path, str]:
            results = run.run(runner.report)
            if graders is not None and not run.stop_event.is_set():
                results = graders.grade_run(run, results)
            page = write_report(folder, name, prompts, names, results, params, language, claims)
            rates = pass_rates(summarize(results, names), language)  # errors failed
            notes = unread_note(results, language, folder)
            return page, "\n".join(filter(None, (self.tr("Pass rate: {rates}").format(
                rates=" · ".join(rates)) if rates else "", notes)))

        runner = self._runner = Background(work, self, "eval", progressed=self._on_progress,
                                           done=self._on_finished, failed=self._on_finished)
        self.progress_bar.setRange(0, len(prompts) * len(variants) * repeats)
        self.progress_bar.setValue(0)
        self.progress_label.setText("\n".join([self.tr("Starting…"), *self._notes]))
        self.open_button.setEnabled(False)
        self.answers_button.setEnabled(False)
        self._set_running(True)
        runner.start()

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self._tick.stop()  # (started by the run's first progress)
        self.stop_button.setEnabled(running)
        self._enable_choices()
        for widget in (self.judge_box, self.prompt_edit, self.folder_edit, self.max_tokens,
                       self.repeats, self.together, self.pairwise, self.browse_prompts_button,
                       self.browse_folder_button):  # what the run goes by
            widget.setEnabled(not running)

    def stop(self) -> None:
        """End after the current answer (a later Start with the same folder resumes)."""
        if self.run is not None:
            self.run.stop()
            self._tick.stop()
            self.progress_label.setText(self.tr("Stopping…"))

    def _on_progress(self, progress: Progress) -> None:
        # the run recorded (its first report), or an answer made: the list's row counts it
        answered, self._answers_seen = progress.done > self._answers_seen, progress.done
        self._progress = (progress, time.monotonic())
        self._show_progress()
        self._tick.start()
        if not progress.model or answered:  # (told after the line: both say the same)
            self.runsChanged.emit()

    def _show_progress(self) -> None:
        """The progress line; its time left counts down between answers (and goes once an
        answer takes longer than the answers before it)."""
        progress, at = self._progress
        left = None if progress.eta_s is None else progress.eta_s - (time.monotonic() - at)
        self.progress_bar.setMaximum(progress.total)
        self.progress_bar.setValue(progress.done)
        self.progress_label.setText(progress_line(progress, left, self._notes))

    def _on_finished(self, outcome: object) -> None:
        """The report's path and pass rates, or the exception that ended the run."""
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.wait(1)
            runner.deleteLater()
        page, rates = outcome if isinstance(outcome, tuple) else (None, "")
        error = outcome if isinstance(outcome, Exception) else None
        stopped = self.run is not None and self.run.stop_event.is_set()
        self._set_running(False)
        lines: list[str] = []  # the status area's, top to bottom
        if error is not None:
            lines.append(error_text(error) if isinstance(error, UserError)
                         else self.tr("The run failed; see the log file."))
            if self.run is not None and self.run.run_id is None:  # refused: what it holds
                page = self.run.earlier_run()[1]
        elif stopped:
            lines.append(self.tr(
                "Stopped with {done} of {total} answers made. Start again with the same output "
                "folder to go on.").format(done=self.progress_bar.value(),
                                           total=self.progress_bar.maximum()))
        elif self.run is not None and self.run.failed:
            failed = self.run.failed
            text = (self.tr("Done, but 1 answer failed: {reason}") if len(failed) == 1 else
                    self.tr("Done, but {n} answers failed (the first: {reason})"))
            reason = answer_error_text(self.ctx.store.message(failed[0].message_id))
            lines.append(text.format(n=len(failed), reason=" ".join(reason.split())))
            if self.run.not_loaded:
                lines.append(self.tr("Not tried, as their model could not be loaded: "
                                     "{variants}.").format(
                                         variants=", ".join(self.run.not_loaded)))
            lines.append(self.tr("Start again with the same output folder to make them again. "
                                 "The report is in {path}").format(path=str(page)))
        elif self.run is not None and self.run.nothing_new:
            text = (self.tr("The answer is in this folder already: nothing new to run (choose "
                            "another output folder to run it again). The report is in {path}")
                    if self.run.total == 1 else
                    self.tr("All {n} answers are in this folder already: nothing new to run "
                            "(choose another output folder to run them again). The report is "
                            "in {path}"))
            made = self._graders.made if self._graders is not None else 0
            if made:
                lines.append(self.tr("1 grade was made now.") if made == 1 else
                             self.tr("{n} grades were made now.").format(n=made))
            lines.append(text.format(n=self.run.total, path=str(page)))
        elif self.run is not None and self.run.skipped:
            text = (self.tr("Done: 1 new answer made, {skipped} already in this folder. The "
                            "report is in {path}") if self.run.made == 1 else
                    self.tr("Done: {made} new answers made, {skipped} already in this folder. "
                            "The report is in {path}"))
            lines.append(text.format(made=self.run.made, skipped=self.run.skipped,
                                     path=str(page)))
        else:
            lines.append(self.tr("Done. The report is in {path}").format(path=str(page)))
        graders, self._graders = self._graders, None
        if page is not None and not stopped and graders is not None and graders.failed:
            text = (self.tr("1 grade was left out: {reason}") if len(graders.failed) == 1 else
                    self.tr("{n} grades were left out (the first: {reason})"))
            reason = " ".join(error_text(graders.failed[0]).split())
            lines.insert(0, text.format(n=len(graders.failed), reason=reason))
        if not stopped:
            lines += [rates, *self._notes]
        self.progress_label.setText("\n".join(filter(None, lines)))
        self.report = page
        self.open_button.setEnabled(page is not None)
        self.answers_button.setEnabled(bool(self._conversations()))
        self.runsChanged.emit()
        self.done.emit(page)

    def _judge_notes(self, graders: Graders, prompts: list, variants: list) -> list[str]:
        """What to know of the chosen judge: it grades nothing, or it grades its own model."""
        judge = graders.judge().model.display_name if graders.judge_name else ""
        if graders.idle(prompts):
            return [self.tr("The judge {judge} grades nothing in this run: no prompt has an "
                            "llm-rubric check, and pairwise comparison is off.").format(
                                judge=judge)]
        itself = graders.judged_by_itself(variants)
        return [self.tr("The judge {judge} is also the model of {variants}: a judge tends to "
                        "prefer its own answers, so weigh its verdicts on them with care.")
                .format(judge=judge, variants=", ".join(itself))] if itself else []

    def _conversations(self) -> list[int]:
        if self.run is None:
            return []
        # a start refused for other settings shows what the folder holds from before
        run_id = self.run.run_id or self.run.earlier_run()[0]
        return [c.id for c in self.ctx.store.conversations(run_id)] if run_id else []

    def show_answers(self) -> None:
        """Open the run's first conversation in the main window (its run unfolded), and
        step aside for it: Evaluate… shows this dialog again as it was, a run still going."""
        conversations = self._conversations()
        if conversations:
            self.openConversation.emit(conversations[0])
            self.hide()

    def open_report(self) -> None:
        """Open report.html in the browser (a local file)."""
        if self.report is not None:
            open_report(self, self.report)

    def close_without_asking(self) -> None:
        """Close, a run stopped without asking first (the app quits)."""
        self._asked = True
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._may_close():
            return event.ignore()
        self.reject()  # a run stops where it is (Start goes on with it later)
        super().closeEvent(event)

    def reject(self) -> None:
        if not self._may_close():
            return
        if self.run is not None and self._runner is not None:
            self.run.stop()
            self._runner.wait(10)
        self._asked = False
        super().reject()

    def _may_close(self) -> bool:
        """Whether it may close now: with a run going, once the user said to stop it."""
        if not self.running or self._asked:
            return True
        bar = self.progress_bar
        self._asked = message_box(self, self.tr("Stop the evaluation?"), self.tr(
            "The run has made {done} of {total} answers. Closing stops it; the answers made "
            "so far are kept, and Start with the same output folder goes on from there. Stop "
            "it and close?").format(done=bar.value(), total=bar.maximum()),
            question=True, risky=True)
        return self._asked

