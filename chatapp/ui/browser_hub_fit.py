"""The Hub tab's quantization rows and their fit: each file's memory need and badge, and the
one recommended for this computer (part of the model browser's HubTab)."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QTreeWidgetItem

from chatapp.fit import FITS, largest_context
from chatapp.fit_total import in_all, plan_of
from chatapp.hub.errors import GATED_DENIED, GATED_NO_TOKEN, DamagedOnHub
from chatapp.hub.recommended import for_this_computer
from chatapp.ui.errors import error_text
from chatapp.ui.fit_badge import Badge, need_text


class HubFit:
    """The quant rows' memory column and badges (a part of HubTab)."""

    def quant_item(self, key: str) -> QTreeWidgetItem | None:
        tree = self.quant_tree
        return next((item for item in map(tree.topLevelItem, range(tree.topLevelItemCount()))
                     if item.data(0, Qt.ItemDataRole.UserRole) == key), None)

    def badge(self, key: str) -> Badge | None:
        item = self.quant_item(key)
        widget = self.quant_tree.itemWidget(item, 4) if item is not None else None
        return widget if isinstance(widget, Badge) else None

    def _shape_ready(self, seq: int, item: tuple) -> None:
        if seq != self._page_seq:
            return
        key, shape = item
        if isinstance(shape, Exception):
            self._shape_failed(key, shape)
            return
        self.shapes[key] = shape
        self._update_badges()

    def _shape_failed(self, key: str, exc: Exception) -> None:
        damaged = isinstance(exc, DamagedOnHub)
        if damaged:
            self.damaged[key] = exc  # downloading it is refused: its button is off
            self._mark_downloading()
        row = self.quant_item(key)
        if row is not None:
            row.setText(3, "—")  # not known (was "…", as if still reading)
        gated = getattr(exc, "template", None) in (GATED_NO_TOKEN, GATED_DENIED)
        if getattr(exc, "template", None) == GATED_DENIED and self.page is not None:
            self._show_gated(self.page.repo_id, denied=True)  # the token was refused
        badge = self.badge(key)
        if badge is not None:
            badge.set_problem(error_text(exc), self.tr("damaged") if damaged
                              else self.tr("gated") if gated else "?")

    def _update_badges(self) -> None:
        if self.machine is None:
            return
        n_ctx = self.context_spin.value()
        choices = []
        for key, shape in self.shapes.items():
            item = self.quant_item(key)
            badge = self.badge(key)
            if item is None or badge is None:
                continue
            # with the answers it decodes together, and with its settings once it is here
            need = in_all(shape, n_ctx, self.machine, **self._saved_plan(key))
            result = need.estimate
            needed = need_text(need.total, result)  # says what it is (was: a bare size)
            if result.n_ctx < n_ctx:  # the model takes no more: say at what it was counted
                tokens = QLocale().toString(result.n_ctx)
                needed = self.tr("{size} at {tokens}").format(size=needed, tokens=tokens)
                item.setToolTip(3, self.tr("At {tokens} tokens of context, the most this "
                                           "model takes").format(tokens=tokens))
            else:
                item.setToolTip(3, "")
            item.setText(3, needed)
            largest = None if result.verdict == FITS else largest_context(
                shape, self.machine, high=n_ctx)
            badge.set_estimate(result, self.machine, largest, need.batch_bytes)
            entry = next((e for e in self.page.models if e.key == key), None)
            choices.append((key, entry.quant if entry else "", result, need.total))
        self._mark_recommended(for_this_computer(choices))

    def _mark_recommended(self, chosen: str | None) -> None:
        """Mark the row of the quantization recommended for this computer (chosen: its key;
        None: no row) in its Quantization column, with why as its tooltip; the others
        plain."""
        quants = {e.key: e.quant or "—" for e in self.page.models} if self.page else {}
        for i in range(self.quant_tree.topLevelItemCount()):
            item = self.quant_tree.topLevelItem(i)
            key = item.data(0, Qt.ItemDataRole.UserRole)
            if key not in quants:
                continue
            font = item.font(0)
            font.setBold(key == chosen)
            item.setFont(0, font)
            if key == chosen:
                item.setText(0, self.tr("{quant} ★ recommended").format(quant=quants[key]))
                item.setToolTip(0, self.tr(
                    "Recommended for this computer: the largest of the usual chat "
                    "quantizations (Q4_K_M to Q8_0) that fits its free memory with room to "
                    "spare. Larger files answer better; smaller ones leave more memory free "
                    "and answer faster."))
            else:
                item.setText(0, quants[key])
                item.setToolTip(0, "")

    def _show_gated(self, repo_id: str, denied: bool) -> None:
        """The gated model's banner: what fetching its files takes, or (denied) that the
        token in use has no access to it yet and what to do."""
        url = html.escape(f"{self.hub_config().endpoint}/{repo_id}", quote=True)
        if denied:
            text = self.tr(
                "This model is gated and your access token has no access to it yet: open <a "
                "href=\"{url}\">its Hub page</a> with the account of that token, accept its "
                "license (or wait until its authors approve your request), then open the "
                "model again.")
        elif self.hub_config().token:
            text = self.tr(
                "This model is gated: its files are fetched with your access token, from an "
                "account that accepted its license on <a href=\"{url}\">its Hub page</a>.")
        else:
            text = self.tr(
                "This model is gated: accept its license on <a href=\"{url}\">its Hub page</a> "
                "with your account, then add an access token (Models → Hugging Face token…).")
        self.gated_label.setText(text.format(url=url))
        self.gated_label.show()

    def _saved_plan(self, key: str) -> dict:
        """The settings the entry's model loads with when it is in the library, else none."""
        entry = next((e for e in self.page.models if e.key == key), None)
        model = self._installed(entry) if entry is not None else None
        if model is None or model.problem:
            return {}
        return plan_of(self.ctx.chat.pipeline.load_options(model), model.path)
