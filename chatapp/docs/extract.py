"""Text out of the user's documents (.txt, .md, .pdf, .docx, .html, .csv) with where each
part came from (a page, a heading), through well-kept extractors: pypdf, python-docx,
markdownify (BeautifulSoup) and the csv module.

Every expected failure is a :class:`DocumentError` with one translatable line: too large,
encrypted, a scan without text, an empty text file, binary content in a text file type, a
damaged or unreadable file (with a reason of the app's own: the extractors' English words
go to the log only), a zip bomb.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from chatapp.errors import QT_TRANSLATE_NOOP, UserError, os_reason

log = logging.getLogger(__name__)

# The file types a collection takes, by suffix.
SUFFIXES = frozenset({".txt", ".md", ".markdown", ".pdf", ".docx", ".html", ".htm", ".csv"})
# The suffixes whose files are plain text (in some encoding).
TEXT_SUFFIXES = SUFFIXES - {".pdf", ".docx"}
MAX_FILE_BYTES = 50_000_000
# A .docx is a zip: what its parts may unpack to, and how much more than their packed size.
MAX_UNPACKED_BYTES = 200_000_000
MAX_PACK_RATIO = 200
MAX_PDF_PAGES = 5000

TOO_LARGE = QT_TRANSLATE_NOOP(
    "errors", "{name} is too large to index: a file may have at most {limit} MB.")
ENCRYPTED = QT_TRANSLATE_NOOP(
    "errors", "{name} is encrypted with a password: save an unprotected copy to index it.")
NO_TEXT = QT_TRANSLATE_NOOP(
    "errors", "{name} has no text to index (a scanned document without a text layer? "
    "Run text recognition on it first).")
EMPTY = QT_TRANSLATE_NOOP("errors", "{name} is empty: it has no text to index.")
NOT_TEXT = QT_TRANSLATE_NOOP("errors", "{name} is not text; skipped.")
DAMAGED = QT_TRANSLATE_NOOP("errors", "{name} could not be read: {reason}.")
BOMB = QT_TRANSLATE_NOOP(
    "errors", "{name} unpacks to far more data than it holds ({size} MB): it was not "
    "opened.")
UNSUPPORTED = QT_TRANSLATE_NOOP(
    "errors", "{name} is not a supported document type (.txt, .md, .pdf, .docx, .html, .csv).")
NOT_A_FILE = QT_TRANSLATE_NOOP("errors", "{name} is not a regular file: it was left out.")
TOO_MANY_PAGES = QT_TRANSLATE_NOOP(
    "errors", "{name} has {count} pages; at most {limit} can be indexed.")

#: Why a document could not be read (the {reason} of DAMAGED), in the app's own words.
PDF_DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "the PDF is damaged or incomplete (cut short while being copied or "
    "downloaded?)")
PDF_CYCLIC = QT_TRANSLATE_NOOP(
    "errors", "the PDF is damaged: its pages refer to each other in a loop")
NOT_PDF = QT_TRANSLATE_NOOP("errors", "it is not a PDF file, whatever its name says")
NOT_DOCX = QT_TRANSLATE_NOOP(
    "errors", "it is not a Word document (.docx), whatever its name says")
BLANK_PAGES = QT_TRANSLATE_NOOP(
    "errors", "{name}: not searched, no text (scanned images?) on {count} of its {total} "
    "pages: {pages}.")
MAX_LISTED = 12  # page numbers named in BLANK_PAGES
DOCX_DAMAGED = QT_TRANSLATE_NOOP("errors", "the Word document is damaged or incomplete")
NESTED = QT_TRANSLATE_NOOP("errors", "its content is nested too deeply to read")
NO_MEMORY = QT_TRANSLATE_NOOP("errors", "reading it needs more memory than there is")
UNREADABLE = QT_TRANSLATE_NOOP(
    "errors", "it is damaged, or in a form that cannot be read")


class DocumentError(UserError):
    """A document that cannot be indexed; the message says why."""


@dataclass
class Section:
    """A stretch of a document's text with where it sits.

    Attributes:
        text: the text (paragraphs separated by blank lines).
        page: 1-based page number (PDF), or None.
        heading: the heading path above it ("Setup › Network"), or "".
    """

    text: str
    page: int | None = None
    heading: str = ""


def extract(path: Path, data: bytes | None = None,
            notes: list[UserError] | None = None) -> list[Section]:
    """The sections of the document at path (data: its bytes, when already read); notes
    gets what was left out of a document that is indexed all the same (a PDF's pages
    without text: BLANK_PAGES). DocumentError when it cannot be indexed."""
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DocumentError(UNSUPPORTED, name=name)
    if data is None:
        data = read_file(path)
    if not data or suffix in TEXT_SUFFIXES and not data.strip():  # (an empty PDF too)
        raise DocumentError(EMPTY, name=name)
    text = text_of(data) if suffix in TEXT_SUFFIXES else ""  # (decoded once)
    if text is None:
        raise DocumentError(NOT_TEXT, name=name)
    try:
        if suffix == ".pdf":
            sections = _pdf(data, name, notes)
        elif suffix == ".docx":
            sections = _docx(data, name)
        elif suffix in (".html", ".htm"):
            sections = _markdown_sections(_html(text))
        elif suffix == ".csv":
            sections = _csv(text, name)
        else:
            sections = _markdown_sections(text)
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - extractors raise many kinds on damaged files
        raise damaged(name, suffix, exc, data) from None
    sections = [s for s in sections if s.text.strip()]
    if not sections:
        raise DocumentError(EMPTY if suffix in TEXT_SUFFIXES else NO_TEXT, name=name)
    return sections


def damaged(name: str, suffix: str, exc: BaseException, data: bytes = b"") -> DocumentError:
    """The DocumentError for a file (suffix: its lowercased suffix, data: its bytes) whose
    extractor failed with exc: DAMAGED with a reason of the app's own by the kind of failure
    (an encrypted PDF: ENCRYPTED); the extractor's own words go to the log."""
    said = " ".join(str(exc).split())[:300] or type(exc).__name__
    log.warning("%s could not be read (%s): %s", name, type(exc).__name__, said)
    lowered = said.lower()
    if isinstance(exc, RecursionError):
        reason = NESTED
    elif isinstance(exc, MemoryError):
        reason = NO_MEMORY
    elif suffix == ".pdf":
        from pypdf.errors import DependencyError, FileNotDecryptedError

        if isinstance(exc, (FileNotDecryptedError, DependencyError)) or "decrypt" in lowered:
            return DocumentError(ENCRYPTED, name=name)
        reason = (NOT_PDF if b"%PDF-" not in data[:1024]  # where readers look for it
                  else PDF_CYCLIC if "cyclic" in lowered or "loop" in lowered else PDF_DAMAGED)
    elif suffix == ".docx":
        from docx.opc.exceptions import PackageNotFoundError

        zipped = data.startswith(b"PK\x03\x04")  # a zip, if a broken one
        not_word = (isinstance(exc, (KeyError, PackageNotFoundError))
                    or ("not a zip file" in lowered and not zipped)
                    or "content type" in lowered)
        reason = NOT_DOCX if not_word else DOCX_DAMAGED
    else:
        reason = UNREADABLE
    return DocumentError(DAMAGED, name=name, reason=UserError(reason))


def read_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; DocumentError otherwise."""
    import os
    import stat

    name = path.name
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError(NOT_A_FILE, name=name)
        if info.st_size > MAX_FILE_BYTES:
            raise DocumentError(TOO_LARGE, name=name, limit=MAX_FILE_BYTES // 1_000_000)
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise DocumentError(DAMAGED, name=name, reason=os_reason(exc)) from None
    if len(data) > MAX_FILE_BYTES:  # grew while being read
        raise DocumentError(TOO_LARGE, name=name, limit=MAX_FILE_BYTES // 1_000_000)
    return data


# Bytes that text does not hold: C0 controls other than tab, line ends and form feed; DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0b, *range(0x0e, 0x20), 0x7f])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
# The share of control bytes above which a file is binary (random bytes hold ≈ 11 %).
MAX_CONTROL_SHARE = 0.01
TEXT_SAMPLE = 1_000_000


# Windows-1252's typographic marks: € ‚ „ … ‘ ’ “ ” – —; and the bytes it leaves undefined
_CP1252_MARKS = re.compile(rb"[\x80\x82\x84\x85\x91-\x94\x96\x97]")
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
# East Asian encodings of two (or more) bytes a letter; text in them is mostly such bytes
_MULTIBYTE = ("big5", "cp932", "cp949", "cp950", "euc", "gb", "hz", "iso2022", "johab",
              "shift_jis")
MULTIBYTE_SHARE = 0.25  # the share of bytes beyond ASCII under which text is not theirs


def text_of(data: bytes) -> str | None:
    """The text bytes hold, decoded once (UTF-16 with a byte order mark, or without one
    where _utf16_order tells; else, with few control bytes, UTF-8 as _utf8 takes it, or the
    encoding charset-normalizer finds: Windows-1252 among the likeliest, then Latin-1 and
    the others, but not an East Asian one for text mostly in ASCII), control characters
    left out; None for binary content (charset-normalizer
    finds no encoding for random or compressed bytes). What cannot be decoded is U+FFFD."""
    sample = data[:TEXT_SAMPLE]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _clean(data.decode("utf-16", errors="replace"))
    if order := _utf16_order(sample):
        return _clean(data.decode(order, errors="replace"))
    controls = len(sample.translate(None, _NOT_CONTROL))
    if b"\x00" in sample or controls > MAX_CONTROL_SHARE * len(sample):
        return None
    if (text := _utf8(data)) is not None:
        return _clean(text)
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample))
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    likeliest = sorted((m for m in matches if m.chaos == least), key=lambda m: -m.coherence)
    # a short text fits several code pages as well: the Western one is the likeliest, and
    # it is where Windows writes its quotes, dashes and € (bytes 80–97, control codes in
    # the ISO pages): text with them that decodes there whole is Windows-1252
    names = [m.encoding for m in likeliest]
    if not names[0].startswith("cp125") and "cp1252" not in names \
            and _CP1252_MARKS.search(sample) and not _CP1252_UNDEFINED.search(sample):
        names = ["cp1252"]  # (not a DOS page's letters: cp775 read “ as ō)
    beyond_ascii = len(sample) - len(sample.translate(None, bytes(range(0x80, 0x100))))
    if names[0].startswith(_MULTIBYTE) and beyond_ascii < MULTIBYTE_SHARE * len(sample):
        # a few accented letters of a Western text, which two East Asian letters fit
        # as well ("teks \xe9\xe8 rosak" read as "teks 氆 rosak")
        names = ["latin-1" if _CP1252_UNDEFINED.search(sample) else "cp1252"]
    try:
        return _clean(data.decode("cp1252" if "cp1252" in names else names[0],
                                  errors="replace"))
    except LookupError:
        return _clean(data.decode("cp1252", errors="replace"))


def _utf8(data: bytes) -> str | None:
    """data as UTF-8 (with or without a byte order mark; stray bytes no more than its letters
    beyond ASCII, or any after a mark, each U+FFFD), else None. (Text in an 8-bit code page
    is not UTF-8 by chance: its letters beyond ASCII are each a stray byte there.)"""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace")
    stray = text.count("\ufffd") - data.count("\ufffd".encode())
    letters = len(text) - len(text.encode("ascii", "ignore")) - stray
    return text if data.startswith(b"\xef\xbb\xbf") or letters >= stray else None


def _utf16_order(sample: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 without a byte order mark (told by its zero
    high bytes: text in Latin letters), else None."""
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.3 and zeros_even < 0.02:
        return "utf-16-le"
    return "utf-16-be" if zeros_even > 0.3 and zeros_odd < 0.02 else None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _clean(text: str) -> str:
    """Text without control characters and lone surrogates, with Unix line ends."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# Markdown and plain text

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


def _markdown_sections(text: str) -> list[Section]:
    """Sections cut at Markdown headings (# …), each with its heading path; plain text
    without headings is one section."""
    def blocks() -> Iterator[tuple[int, str] | str]:
        fence = False
        for line in text.split("\n"):
            if line.lstrip().startswith(("```", "~~~")):
                fence = not fence
            match = None if fence else _HEADING.match(line)
            yield (len(match.group(1)), match.group(2)) if match else line

    return _headed(blocks(), "\n")


def _headed(blocks: Iterable[tuple[int, str] | str], joiner: str) -> list[Section]:
    """Sections of the text blocks (joined with joiner), cut at each heading block (level,
    title), each with the path of headings above it ("Setup › Network")."""
    sections: list[Section] = []
    path: list[tuple[int, str]] = []
    lines: list[str] = []
    for block in [*blocks, (0, "")]:  # (the last one ends the last section)
        if isinstance(block, str):
            lines.append(block)
            continue
        body = joiner.join(lines).strip()
        if body:
            sections.append(Section(body, None, " › ".join(t for _, t in path)))
        lines = []
        level, title = block
        path = [(lv, t) for lv, t in path if lv < level] + [(level, title[:200])]
    return sections


# HTML


def _html(text: str) -> str:
    """HTML as Markdown (headings kept as #); scripts, styles and other non-text left out."""
    from bs4 import BeautifulSoup
    from markdownify import MarkdownConverter

    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "iframe", "object", "svg",
                     "head"]):
        tag.decompose()
    return MarkdownConverter(heading_style="ATX", strip=["img", "a"]).convert_soup(soup)


# PDF


def _pdf(data: bytes, name: str, notes: list[UserError] | None = None) -> list[Section]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                reader.decrypt("")  # many PDFs are encrypted with an empty user password
            except (FileNotDecryptedError, NotImplementedError, PdfReadError,
                    DependencyError):
                raise DocumentError(ENCRYPTED, name=name) from None
            try:  # opened with the empty password: its pages given?
                len(reader.pages)
            except Exception:  # noqa: BLE001 - pypdf says "file has not been decrypted" many ways
                raise DocumentError(ENCRYPTED, name=name) from None
        pages = reader.pages
        count = len(pages)
    except (FileNotDecryptedError, DependencyError):
        raise DocumentError(ENCRYPTED, name=name) from None
    if count > MAX_PDF_PAGES:
        raise DocumentError(TOO_MANY_PAGES, name=name, count=count, limit=MAX_PDF_PAGES)
    sections, blank = [], []
    for number in range(count):
        text = _clean(pages[number].extract_text() or "")
        if text.strip():
            sections.append(Section(text, number + 1, ""))
        else:
            blank.append(number + 1)
    if sections and blank and notes is not None:
        listed = ", ".join(map(str, blank[:MAX_LISTED])) + (", …" if blank[MAX_LISTED:] else "")
        notes.append(DocumentError(BLANK_PAGES, name=name, pages=listed, count=len(blank),
                                   total=count))
    return sections


# Word


def _docx(data: bytes, name: str) -> list[Section]:
    _check_zip(data, name)
    import docx

    blocks = _docx_blocks(docx.Document(io.BytesIO(data)))
    return _headed((b for b in blocks if isinstance(b, tuple) or b.strip()), "\n\n")


def _docx_blocks(document) -> Iterator[tuple[int, str] | str]:
    """Paragraphs in order (a heading as (level, text)), and tables as "a | b" rows."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            style = (block.style.name if block.style is not None else "") or ""
            text = _clean(block.text)
            if style.startswith("Heading") and text.strip():
                level = int(style.split()[-1]) if style.split()[-1].isdigit() else 1
                yield level, text.strip()
            elif style == "Title" and text.strip():
                yield 1, text.strip()
            else:
                yield text
        elif isinstance(block, Table):
            yield "\n".join(" | ".join(_clean(cell.text).strip() for cell in row.cells)
                             for row in block.rows)


def _check_zip(data: bytes, name: str) -> None:
    """DocumentError for a zip whose parts unpack to too much (a decompression bomb);
    zipfile stops reading a part at its declared size, so the declared sizes bound it."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise damaged(name, ".docx", exc, data) from None
    with archive:
        unpacked = sum(info.file_size for info in archive.infolist())
        packed = sum(info.compress_size for info in archive.infolist()) or 1
    if unpacked > MAX_UNPACKED_BYTES or (unpacked > 10_000_000
                                         and unpacked / packed > MAX_PACK_RATIO):
        raise DocumentError(BOMB, name=name, size=unpacked // 1_000_000)


# CSV


def _csv(text: str, name: str) -> list[Section]:
    """Rows as "column: value" lines under the file's header, a section per 50 rows."""
    sample = text[:20000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    previous = csv.field_size_limit()
    csv.field_size_limit(1_000_000)
    try:
        rows = csv.reader(io.StringIO(text), dialect)
        header = next(rows, None)
        if header is None:
            return []
        header = [h.strip() or f"column {i + 1}" for i, h in enumerate(header)]
        lines = []
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            pairs = [f"{header[i] if i < len(header) else f'column {i + 1}'}: {cell.strip()}"
                     for i, cell in enumerate(row) if cell.strip()]
            lines.append("; ".join(pairs))
        sections = [Section("\n".join(lines[start:start + 50]), None, "")
                    for start in range(0, len(lines), 50)]
        if not sections:  # a header alone is still text
            sections.append(Section(", ".join(header), None, ""))
        return sections
    finally:
        csv.field_size_limit(previous)
