"""The Sources list under an answer made from documents: each numbered source with its file,
page or heading; a click shows the chunk the answer was given, Open opens the file. Long
names and texts are cut or wrapped to the answer's width, never widening the window."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QSizePolicy,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from chatapp.docs.citations import left_out_text, unknown_text
from chatapp.docs.retrieval import ON_PAGE, file_names, label
from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.export_md import opening_quote
from chatapp.i18n import translate_text
from chatapp.store.doc_records import Retrieval, Source
from chatapp.store.records import Message
from chatapp.ui.errors import show_failure
from chatapp.ui.label import Label
from chatapp.ui.open_url import open_url

GONE = QT_TRANSLATE_NOOP("errors", "{path} is no longer there.")


OPENING_WORDS = 6  # the words of a passage that tell it from the others of its file


class ElidedToolButton(QToolButton):
    """A text-only tool button that shows its whole text wherever it is given the room for it
    (its size hint) and cuts it with "…" only where it is narrower (down to its keep text and
    "…"), so that a long text never widens its window; text() is the whole text."""

    def __init__(self, keep: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._keep = keep
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        super().setText(text.replace("&", "&&"))  # a name's "&" is no shortcut
        self.updateGeometry()
        self.update()

    def _padding(self) -> int:
        """The button's width besides its text (px), measured as Qt sizes the button."""
        shown = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, super().text())
        return super().sizeHint().width() - shown.width()

    def shown_text(self) -> str:
        """The text as shown: whole where the button has its size hint's width, else cut
        with "…" to the room it has."""
        if self.width() >= super().sizeHint().width():
            return self._full
        room = max(1, self.width() - self._padding())
        return self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        least = self._padding() + self.fontMetrics().horizontalAdvance(self._keep + "…") + 1
        hint = super().sizeHint()
        return QSize(min(least, hint.width()), super().minimumSizeHint().height())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.text = self.shown_text().replace("&", "&&")
        QStylePainter(self).drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)


def passage_html(text: str) -> str:
    """A passage's Markdown as the HTML an answer's is shown with (raw HTML in it shown as
    text), its paragraphs without the space above the first and below the last."""
    from chatapp.ui.markdown_view import Renderer

    markup = Renderer().render(text).strip()
    return '<div style="margin:0">' + markup.replace(
        "<p>", '<p style="margin-top:0; margin-bottom:6px">') + "</div>"


class SourceRow(QWidget):
    """One source: its label (a click shows or hides its text) and an Open button.

    Attributes:
        source: the stored source.
        text: the chunk's text, shown on click.
    """

    def __init__(self, source: Source, parent: QWidget | None = None, file_name: str = ""
                 ) -> None:
        super().__init__(parent)
        self.source = source
        number = f"[{source.number}] "
        name = label(source.path, source.page, source.heading,
                     QCoreApplication.translate("docs", ON_PAGE), file_name)
        if not Path(source.path).exists():  # taken away since: its text was still indexed
            name = self.tr("{path} (no longer there)").format(path=name)
        if not source.page and not source.heading:  # a plain text's passages: their words
            name += " — " + opening_quote(source.text, OPENING_WORDS)
        self.toggle = ElidedToolButton(number, self)
        self.toggle.setObjectName("sourceLabel")
        self.toggle.setAutoRaise(True)
        self.toggle.setCheckable(True)
        self.toggle.setText(number + name)
        self.toggle.setToolTip(name + "\n" + self.tr("Show the text the answer was given"))
        self.toggle.setAccessibleName(self.tr("Source {number}: {name}").format(
            number=source.number, name=name))
        self.open_button = QToolButton(self, autoRaise=True, text=self.tr("Open file"),
                                       toolTip=source.path)
        # its Markdown read as the answer's is (made when first shown), at the top of its
        # room (was: the marks shown, and the text centred in a band of empty lines)
        self.text = Label(self, objectName="sourceText", wordWrap=True,
                          alignment=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # a word longer than the answer is wide (a link, a code) is cut, not widening it
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.toggle, 1, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(self.open_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.text)
        self.toggle.toggled.connect(self._show_text)
        self.open_button.clicked.connect(self.open_file)

    def _show_text(self, shown: bool) -> None:
        if shown and not self.text.text():
            self.text.setTextFormat(Qt.TextFormat.RichText)  # (HTML written from Markdown)
            self.text.setText(passage_html(self.source.text))
        self.text.setVisible(shown)

    def open_file(self) -> None:
        """Open the source's file with the desktop's program for it."""
        path = Path(self.source.path)
        if not path.is_file():
            show_failure(self, UserError(GONE, path=str(path)))
            return
        open_url(self, QUrl.fromLocalFile(str(path)))


class SourcesList(QFrame):
    """The sources of one answer (hidden for an answer made without documents)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesList")
        self.title = Label(self, objectName="sourcesTitle")
        self.title.setWordWrap(True)  # long collection names
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 4, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.title)
        self.unknown = Label(self, objectName="unknownCitations", wordWrap=True, visible=False)
        self.rows: list[SourceRow] = []
        self.hide()

    def show_retrieval(self, retrieval: Retrieval | None, text: str = "",
                       gone: Sequence[str] = ()) -> None:
        """Show what an answer retrieved (None: nothing, hidden), and which citations of its
        text name no source; gone: the collections' files and folders no longer there (said
        when nothing was found)."""
        for row in self.rows:
            self._column.removeWidget(row)
            row.deleteLater()
        self.rows = []
        if retrieval is None:
            self.hide()
            return
        names = ", ".join(c.get("name", "") for c in retrieval.collections)
        if retrieval.sources:
            self.title.setText(self.tr("Sources from {collections}").format(collections=names))
        elif retrieval.found:
            self.title.setText(self.tr(
                "Passages of {collections} matched this question, but this model's context "
                "leaves no room for them: a longer context makes room (Model settings, up to "
                "what the model was trained for), or a model with a longer one.")
                .format(collections=names))
        else:
            self.title.setText(self.tr("Nothing in {collections} matched this question.")
                               .format(collections=names))
        named = file_names((s.path for s in retrieval.sources), retrieval.others)
        for source in retrieval.sources:
            row = SourceRow(source, self, named[source.path])
            self.rows.append(row)
            self._column.addWidget(row)
        lost = [] if retrieval.sources else [translate_text("errors", GONE).format(path=path)
                                             for path in gone]
        given = len(retrieval.sources)
        self.unknown.setText("\n".join(filter(None, [*lost, left_out_text(retrieval.found, given),
                                                     unknown_text(text, given)])))
        self.unknown.setVisible(bool(self.unknown.text()))
        self._column.addWidget(self.unknown)  # (under the rows)
        self.show()

    def reveal(self, number: int) -> SourceRow | None:
        """Show the text of source number (as the answer cites it); its row, or None."""
        row = next((r for r in self.rows if r.source.number == number), None)
        if row is not None:
            row.toggle.setChecked(True)
        return row


def cited_from(retrieval: Retrieval | None, message: Message | None) -> Retrieval | None:
    """The retrieval to list under an answer: None for an answer that ended without a word
    of text or reasoning (stopped or failed before its first token: it cites nothing; what
    it searched stays in its details), else retrieval."""
    if (message is not None and message.finish_reason is not None
            and not message.content.strip() and not (message.reasoning or "").strip()):
        return None
    return retrieval
