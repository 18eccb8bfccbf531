"""Documents of every supported type, written by the tests: PDFs by hand (text pages,
blank pages, a page tree that loops, encrypted), Word files with python-docx, HTML, CSV,
Markdown and text in several encodings; hostile ones too (huge, zip bombs)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path


def pdf_bytes(pages: list[str], *, loop: bool = False) -> bytes:
    """A PDF with one page per text (an empty text: a page without a text layer, as a scan
    is); loop: the page tree lists itself as its own child."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    font = 3
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for text in pages:
        stream = b""
        if text:
            escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            stream = b"BT /F1 12 Tf 72 712 Td (" + escaped.encode("latin-1") + b") Tj ET"
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
                       b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (content, font))
        kids.append(len(objects))
    refs = b" ".join(b"%d 0 R" % k for k in kids) + (b" 2 0 R" if loop else b"")
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


def write_pdf(path: Path, pages: list[str], *, loop: bool = False) -> Path:
    path.write_bytes(pdf_bytes(pages, loop=loop))
    return path


def write_encrypted_pdf(path: Path, text: str, password: str = "secret") -> Path:
    """A PDF that opens only with a password."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes([text]))))
    writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def write_docx(path: Path, parts: list[tuple[str, str]]) -> Path:
    """A Word file: ("h1", text), ("h2", text) headings, ("p", text) paragraphs, ("table",
    "a|b;c|d") tables."""
    import docx

    document = docx.Document()
    for kind, text in parts:
        if kind.startswith("h"):
            document.add_heading(text, level=int(kind[1:]))
        elif kind == "table":
            rows = [r.split("|") for r in text.split(";")]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return path


def write_docx_bomb(path: Path, unpacked_mb: int = 300) -> Path:
    """A .docx-shaped zip whose document part unpacks to unpacked_mb MB of zeros."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            block = b"\0" * 1_000_000
            for _ in range(unpacked_mb):
                part.write(block)
    return path


def write_huge(path: Path, size: int = 500_000_000) -> Path:
    """A text file of size bytes that takes no disk space (sparse)."""
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path
