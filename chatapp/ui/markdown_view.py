"""A read-only text view for untrusted model output.

Markdown goes through markdown-it-py (CommonMark with tables and strikethrough) with raw
HTML escaped; code fences are highlighted by Pygments and get a copy link. Nothing is
ever loaded (images are shown as links, no style sheets or fonts are fetched), and only
http(s) links open, in the system browser, after the user saw the full address. An answer
made from documents has its citations ([1], [2], [1, 2], [1][2]…) as links to its sources.

While an answer streams, only its unfinished last block is rendered again; the blocks
before it (as markdown-it closes them) are rendered once and stay, so appending costs the
same at the end of a long answer as at its start. A long unfinished block (a code block of
hundreds of lines) is rendered less often, so that the window stays responsive.
"""

from __future__ import annotations

import functools
import html
import re
import time

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.texmath import texmath_plugin
from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QMessageBox, QSizePolicy, QTextBrowser

from chatapp.docs.citations import CITATION, CITED
from chatapp.ui.layouts import exec_once

SAFE_SCHEMES = ("http", "https")
COPY_SCHEME = "chatapp-copy"
SOURCE_SCHEME = "chatapp-source"
HIGHLIGHT_LIMIT = 20_000  # longer code blocks are shown without colours
RICH_LIMIT = 300_000  # longer answers are shown as plain text
SHOWN_LIMIT = 400_000  # and only this much of them
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# the bidi embeddings, overrides and isolates: text after one may show in another order than
# it is read (U+202E before "fdp.exe" shows "exe.pdf")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
# the opening tag of the first block of rendered HTML that Qt may put into a block already there
_OPENING = re.compile(r"\s*(<(?:p|h[1-6]|blockquote)\b[^>]*>)")
_LINE_END = re.compile(r"\r\n|\r|\n")  # as markdown-it counts lines
LONG_LINE = 2000
SLOW_RENDER_S = 0.008  # a streamed answer rendered slower than this is rendered less often:
RENDER_REST = 3  # after such a render, this many times as long before the next
# a run with no place to wrap but anywhere (no space, no CJK): Qt lays such a line out in
# seconds, a line of words or CJK text of the same length in milliseconds
_LONG = re.compile(r"[^\s\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]{"
                   + str(LONG_LINE + 1) + ",}")


# where break_long_lines broke a run: a line of LONG_LINE characters that goes on in the next
_BROKEN = re.compile(r"^(\S{" + str(LONG_LINE) + r"})\n(?=\S)", re.MULTILINE)


def break_long_lines(text: str) -> str:
    """Runs of more than LONG_LINE characters that can wrap only anywhere (a long hash, a
    base64 blob) cut into lines of LONG_LINE; lines of words are left whole."""
    if len(text) <= LONG_LINE:
        return text
    return _LONG.sub(lambda m: "\n".join(m.group()[i:i + LONG_LINE]
                                         for i in range(0, len(m.group()), LONG_LINE)), text)


def visible_controls(text: str) -> str:
    """Control characters as their visible symbols (U+2400…) and bidi controls as their
    code points ([U+202E]), so nothing is hidden or reordered, and very long lines broken."""
    shown = _CONTROL.sub(lambda m: chr(0x2400 + ord(m.group())) if m.group() != "\x7f"
                         else "\u2421", break_long_lines(text))
    return _BIDI.sub(lambda m: f"[U+{ord(m.group()):04X}]", shown)


@functools.lru_cache(maxsize=64)
def _lexer(language: str):
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        return get_lexer_by_name(language) if language else None
    except ClassNotFound:
        return None


@functools.lru_cache(maxsize=2)
def _formatter(style: str):
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(nowrap=True, noclasses=True, style=style)


def text_colors() -> dict[str, str]:
    """Colours for rendered Markdown from the application's palette (light or dark theme):
    "code_bg" for code blocks, "quote" for quotations, "pygments" the highlighting style."""
    from chatapp.ui.theme import is_dark

    palette = QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    share = 0.07

    def mix(a: int, b: int) -> int:
        return round(a + (b - a) * share)

    code_bg = QColor(mix(base.red(), text.red()), mix(base.green(), text.green()),
                     mix(base.blue(), text.blue()))
    return {"code_bg": code_bg.name(),
            "quote": palette.color(QPalette.ColorRole.PlaceholderText).name(),
            "pygments": "github-dark" if is_dark(palette) else "default"}


def _highlight(code: str, language: str, style: str = "default") -> str:
    lexer = _lexer(language.lower()[:40])
    if len(code) > HIGHLIGHT_LIMIT or lexer is None:
        return html.escape(code)
    from pygments import highlight

    return highlight(code, lexer, _formatter(style))


class Renderer:
    """Markdown to the HTML subset Qt shows; remembers the code blocks for copying.

    Attributes:
        code_blocks: the text of each code block rendered so far (copy links refer to them).
    """

    def __init__(self) -> None:
        self.code_blocks: list[str] = []
        md = MarkdownIt("commonmark", {"html": False, "breaks": True, "linkify": False})
        md.enable(["table", "strikethrough"])
        # LaTeX shown as written: $…$ (as Pandoc reads them: no space inside, no digit
        # after), $$…$$, \(…\) and \[…\]
        md.use(dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=True)
        md.use(texmath_plugin, delimiters="brackets")
        rules = md.renderer.rules
        rules["fence"] = self._fence
        rules["code_block"] = self._fence
        rules["image"] = self._image
        rules["text"] = self._text
        rules["code_inline"] = rules["math_inline"] = rules["math_inline_double"] = (
            lambda tokens, idx, *_: (  # Qt's <code> keeps the text's font
                f'<span style="font-family:monospace; '
                f'background-color:{self.colors["code_bg"]}">'
                f"{escapeHtml(tokens[idx].content)}</span>"))
        rules["math_block"] = rules["math_block_label"] = rules["math_block_eqno"] = \
            lambda tokens, idx, *_: (
            f'<pre style="background:{self.colors["code_bg"]}; white-space:pre-wrap">'
            f"{escapeHtml(tokens[idx].content.strip())}</pre>\n")
        self.citations = 0  # [1]…[citations] in the text link to the answer's sources
        rules["blockquote_open"] = lambda *a: (
            f'<blockquote style="color:{self.colors["quote"]}">\n')
        rules["table_open"] = lambda *a: '<table border="1" cellspacing="0" cellpadding="4">\n'
        self.md = md
        self.colors = text_colors()

    def render(self, text: str) -> str:
        """HTML for a Markdown text (in the colours of the theme in use)."""
        self.colors = text_colors()
        # Qt drops a list item with nothing in it, its number with it ("1)" on a line)
        return self.md.render(visible_controls(text)).replace("<li></li>", "<li>&#160;</li>")

    def _fence(self, tokens, idx, _options, _env) -> str:
        token = tokens[idx]
        language = (token.info or "").strip().split(" ")[0]
        index = len(self.code_blocks)
        self.code_blocks.append(token.content)
        label = html.escape(language or "code")
        copy = QCoreApplication.translate("MarkdownView", "Copy code")
        return (f'<p style="margin-bottom:0"><small>{label} · '
                f'<a href="{COPY_SCHEME}:{index}">{html.escape(copy)}</a></small></p>'
                # long lines wrap: the view has no sideways scroll bar
                f'<pre style="background:{self.colors["code_bg"]}; margin-top:2px; '
                'margin-bottom:8px; white-space:pre-wrap">'
                f"{_highlight(token.content.rstrip(chr(10)), language, self.colors['pygments'])}"
                "</pre>\n")

    def _text(self, tokens, idx, _options, _env) -> str:
        text = escapeHtml(tokens[idx].content)
        if not self.citations:
            return text

        def link(match: re.Match) -> str:
            numbers = [int(n) for n in CITED.findall(match.group(1))]
            if not any(1 <= n <= self.citations for n in numbers):
                return match.group(0)
            if len(numbers) == 1:
                return f'<a href="{SOURCE_SCHEME}:{numbers[0]}">{match.group(0)}</a>'

            def number(found: re.Match) -> str:  # each real source's number is its link
                value = int(found.group())
                if not 1 <= value <= self.citations:
                    return found.group()
                return f'<a href="{SOURCE_SCHEME}:{value}">{found.group()}</a>'

            return "[" + CITED.sub(number, match.group(1)) + "]"

        return CITATION.sub(link, text)

    def _image(self, tokens, idx, _options, _env) -> str:
        token = tokens[idx]
        src = token.attrGet("src") or ""
        alt = html.escape(token.content or src)
        word = html.escape(QCoreApplication.translate("MarkdownView", "image"))
        return f'<a href="{html.escape(src, quote=True)}">[{word}: {alt}]</a>'


# a list item begun and given no text, at the end (an answer stopped just after its marker)
_EMPTY_ITEM_AT_END = re.compile(r"\n[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]*\Z")


def stable_boundary(md: MarkdownIt, text: str, start: int) -> int:
    """Where the last top-level block of text's whole lines after start begins, as
    markdown-it parses them: the blocks before it are closed for good (a list with blank
    lines between its items, or a code fence with blank lines inside, is one block; a line
    still being written may turn out to continue the block before it: "2" becomes "2. …");
    start when there is one or none. start must be where a top-level block begins."""
    region = text[start:]
    ends = [end.end() for end in _LINE_END.finditer(region)]
    if not ends:
        return start
    firsts = [token.map[0] for token in md.parse(region[:ends[-1]])
              if token.level == 0 and token.map is not None]
    if len(firsts) < 2 or firsts[-1] == 0:
        return start
    return start + ends[firsts[-1] - 1]


def _plain_block(cursor: QTextCursor) -> None:
    """Make the cursor's (empty) block a plain paragraph again, in no list: HTML inserted
    there (the unfinished block last time) left its first block's format on it."""
    if cursor.currentList() is not None:
        cursor.currentList().remove(cursor.block())
    cursor.setBlockFormat(QTextBlockFormat())


class MarkdownView(QTextBrowser):
    """Shows Markdown or plain text and grows to fit it (no scroll bars of its own).

    Signals:
        linkRefused(str): a link with a scheme other than http(s) was clicked.
        linkOpened(str): an http(s) link was opened in the browser.
        citationClicked(int): a citation ([1], [2]…) of a source was clicked (its number).
    """

    linkRefused = Signal(str)
    linkOpened = Signal(str)
    citationClicked = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")  # (not its menu)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self.document().setDefaultTextOption(option)
        self.document().setUndoRedoEnabled(False)
        self.anchorClicked.connect(self._open_link)
        self.highlighted.connect(self._hover)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.renderer = Renderer()
        self.source_text = ""
        self._note = ""  # the placeholder, drawn here wrapped (Qt draws it on one line)
        self._markdown = True
        self._stable_chars = 0  # text already rendered for good (streaming)
        self._stable_pos = 0  # where that part ends in the document
        self._line_ended = False  # a line ended in the text not rendered yet
        self._next_render = 0.0  # (monotonic s) no streamed text is rendered before then
        self._later = QTimer(self, singleShot=True,
                             timeout=self._render_stream)  # renders what came meanwhile
        self._formats: dict[str, QTextBlockFormat] = {}  # a block's format by its opening tag

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802
        """Load nothing: no remote or local images, style sheets or other resources."""
        return None

    def set_content(self, text: str, markdown: bool = True) -> None:
        """Replace the shown text."""
        self._markdown = markdown
        self.source_text = text
        self.renderer.code_blocks.clear()
        if markdown and len(text) <= RICH_LIMIT:  # (no empty bullet where an answer stopped)
            self.document().setHtml(self.renderer.render(_EMPTY_ITEM_AT_END.sub("", text)))
        else:
            self.document().setPlainText(visible_controls(text[:SHOWN_LIMIT]))
            if len(text) > SHOWN_LIMIT:
                self._note_cut(len(text) - SHOWN_LIMIT)
        self._stable_chars = 0
        self._stable_pos = 0
        self._line_ended = False
        self._next_render = 0.0
        self._later.stop()
        self._fit()

    def set_citations(self, count: int) -> None:
        """Make [1]…[count] in the text links to the answer's sources (0: none)."""
        if count == self.renderer.citations:
            return
        self.renderer.citations = count
        if self._markdown and self.source_text:
            self.set_content(self.source_text)

    def append_text(self, piece: str) -> None:
        """Add streamed text, rendering again only the unfinished last block; when that took
        longer than SLOW_RENDER_S (a long code block), text that comes in the next RENDER_REST
        times as long is rendered together after it, so that rendering takes at most a
        fraction of the window's time."""
        if not self._markdown or len(self.source_text) + len(piece) > RICH_LIMIT:
            was = len(self.source_text)
            self.source_text += piece
            if self._markdown and was <= RICH_LIMIT:  # too long for rich text now
                self.set_content(self.source_text, markdown=False)
                self._markdown = True
                return
            if len(self.source_text) <= SHOWN_LIMIT:
                cursor = QTextCursor(self.document())
                cursor.movePosition(QTextCursor.MoveOperation.End)
                cursor.insertText(visible_controls(piece))
            elif was <= SHOWN_LIMIT:
                self.set_content(self.source_text, markdown=False)
                self._markdown = True
            return
        self.source_text += piece
        self._line_ended = self._line_ended or "\n" in piece or "\r" in piece
        wait = self._next_render - time.monotonic()
        if wait > 0:
            if not self._later.isActive():
                self._later.start(max(1, int(wait * 1000)))
            return
        self._render_stream()

    def flush(self) -> None:
        """Render now the streamed text still waiting for its render."""
        if self._later.isActive():
            self._later.stop()
            self._render_stream()

    def _render_stream(self) -> None:
        """Render the streamed text not rendered yet: the blocks finished since, once, and
        the unfinished last block again."""
        if not self._markdown or len(self.source_text) > RICH_LIMIT:
            return
        started = time.monotonic()
        text = self.source_text
        end = (stable_boundary(self.renderer.md, text, self._stable_chars)
               if self._line_ended else self._stable_chars)
        self._line_ended = False
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._stable_pos)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        if cursor.block().length() > 1:  # a table went: the stable text's last block is here
            cursor.insertBlock()
        _plain_block(cursor)
        if end > self._stable_chars:
            self._insert_html(cursor, self.renderer.render(text[self._stable_chars:end]))
            before = cursor.block().previous()  # a table is followed by an empty block
            if cursor.block().text() or QTextCursor(before).currentTable() is not None:
                cursor.insertBlock()
            _plain_block(cursor)
            self._stable_chars = end
            self._stable_pos = cursor.position()
        tail = text[self._stable_chars:]
        if tail.strip():
            saved = len(self.renderer.code_blocks)
            self._insert_html(cursor, self.renderer.render(tail))
            del self.renderer.code_blocks[saved:]  # re-rendered on the next piece
        spent = time.monotonic() - started
        self._next_render = started + spent * (1 + RENDER_REST) if spent > SLOW_RENDER_S \
            else 0.0

    def _insert_html(self, cursor: QTextCursor, markup: str) -> None:
        """Insert HTML at the cursor's empty block; where Qt leaves that block empty before
        the HTML's first block (a list, a table), it goes, so that no blank line shows that
        the whole answer would not have."""
        start = cursor.position()
        cursor.insertHtml(markup)
        first = self.document().findBlock(start)
        if first.length() == 1 and first.position() > 0 and first != cursor.block():
            kept = first.previous().blockFormat()  # a merged block takes the later's format
            QTextCursor(first).deletePreviousChar()
            QTextCursor(self.document().findBlock(start - 1)).setBlockFormat(kept)
            return
        # Qt put the HTML's first paragraph into that block, in its plain format: the
        # paragraph's own spacing (or a heading's) as the whole answer has it
        opening = _OPENING.match(markup)
        if opening is not None and first.text():
            tag = opening.group(1)
            if tag not in self._formats:
                scratch = QTextDocument()
                scratch.setHtml(tag + "x")
                self._formats[tag] = scratch.begin().blockFormat()
            QTextCursor(first).setBlockFormat(self._formats[tag])

    def _note_cut(self, hidden: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText("\n\n" + QCoreApplication.translate(
            "MarkdownView", "[{n} more characters are not shown; copy the message to get all "
            "of it]").format(n=hidden))

    def plain_text(self) -> str:
        """The shown text without Markdown marks (a long run broken for the screen whole
        again: see break_long_lines)."""
        return _BROKEN.sub(r"\1", self.document().toPlainText())

    def _hover(self, url: QUrl) -> None:
        self.setToolTip(url.toString() if url.isValid()
                        and url.scheme() not in (COPY_SCHEME, SOURCE_SCHEME) else "")

    def _open_link(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == COPY_SCHEME:
            self._copy_code(url.path())
            return
        if scheme == SOURCE_SCHEME:
            if url.path().isdigit():
                self.citationClicked.emit(int(url.path()))
            return
        if scheme in SAFE_SCHEMES and url.host():
            address = url.toString()
            if confirm_link(self, address):
                from chatapp.ui.open_url import open_url

                open_url(self.window(), url)
                self.linkOpened.emit(address)
        else:
            self.linkRefused.emit(url.toString())

    def _copy_code(self, index: str) -> None:
        try:
            code = self.renderer.code_blocks[int(index)]
        except (ValueError, IndexError):
            return
        QGuiApplication.clipboard().setText(code)

    def _fit(self, *_args) -> None:
        doc = self.document()
        width = self.viewport().width()
        if doc.textWidth() != width:  # a new width lays the whole text out again
            doc.setTextWidth(width)
        margins = self.contentsMargins()
        height = int(doc.size().height())
        if doc.isEmpty() and self._note:  # as paintEvent draws it: wrapped, in the margin
            margin = int(doc.documentMargin())
            room = QRect(0, 0, max(width - 2 * margin, 1), 1 << 20)
            height = max(height, 2 * margin + self.fontMetrics().boundingRect(
                room, Qt.TextFlag.TextWordWrap, self._note).height())
        height += margins.top() + margins.bottom() + 2
        if height != self.height():
            self.setFixedHeight(height)

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._note = text
        self._fit()
        self.viewport().update()

    def placeholderText(self) -> str:  # noqa: N802 - Qt's name
        return self._note

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self._note and self.document().isEmpty():
            margin = int(self.document().documentMargin())
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(margin, margin, -margin, -margin),
                             Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, self._note)
            painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802
        """Render again in the new colours when the theme changes."""
        super().changeEvent(event)
        if (event.type() == QEvent.Type.PaletteChange and self._markdown and self.source_text
                and self.renderer.colors != text_colors()):
            self.set_content(self.source_text, markdown=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self.height())


def confirm_link(parent, address: str) -> bool:
    """Show the full address and ask before it opens in the browser."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("MarkdownView", "Open link"),
                      QCoreApplication.translate(
                          "MarkdownView", "Open this address in your web browser?\n\n{url}")
                      .format(url=address),
                      QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                      parent, textFormat=Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return exec_once(box) == QMessageBox.StandardButton.Open

