"""What a file that is not a prompt file is: known binary and document formats by their
first bytes (a PDF can be all ASCII and would otherwise be read as lines of prompts)."""

from __future__ import annotations

from chatapp.errors import QT_TRANSLATE_NOOP, UserError

# (leading bytes, or a tuple of the ones it may begin with, what the file is): checked in
# order, first match wins
_SIGNATURES: tuple[tuple[bytes | tuple[bytes, ...], str], ...] = (
    (b"%PDF-", QT_TRANSLATE_NOOP("errors", "a PDF document")),
    ((b"PK\x03\x04", b"PK\x05\x06"), QT_TRANSLATE_NOOP(
        "errors", "a ZIP archive (Word, Excel and OpenDocument files are ZIP archives)")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", QT_TRANSLATE_NOOP(
        "errors", "an old Microsoft Office document (.doc, .xls, .ppt)")),
    (b"{\\rtf", QT_TRANSLATE_NOOP("errors", "an RTF document")),
    (b"SQLite format 3\x00", QT_TRANSLATE_NOOP("errors", "an SQLite database")),
    (b"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("errors", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("errors", "a JPEG image")),
    ((b"GIF87a", b"GIF89a"), QT_TRANSLATE_NOOP("errors", "a GIF image")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("errors", "a gzip archive")),
    (b"\xfd7zXZ\x00", QT_TRANSLATE_NOOP("errors", "an xz archive")),
    (b"7z\xbc\xaf\x27\x1c", QT_TRANSLATE_NOOP("errors", "a 7-Zip archive")),
    (b"\x28\xb5\x2f\xfd", QT_TRANSLATE_NOOP("errors", "a Zstandard archive")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("errors", "a program (ELF)")),
)
GGUF = QT_TRANSLATE_NOOP("errors", "a GGUF model file")
_RIFF_KINDS = {b"WEBP": QT_TRANSLATE_NOOP("errors", "a WebP image"),
               b"WAVE": QT_TRANSLATE_NOOP("errors", "a WAV sound file")}

NOT_PROMPTS = QT_TRANSLATE_NOOP(
    "errors", "{path} is {kind}, not a prompt file: prompts are read from JSONL, CSV, YAML, "
    "JSON or plain text files.")


def refuse_binary(path: str, data: bytes) -> None:
    """UserError (NOT_PROMPTS, naming the format: a message template, context "errors") when
    data, the content of the file at path, starts with the signature of a known binary or
    document format (its first 16 bytes are looked at) rather than being text."""
    head = data[:16]
    kinds = [kind for signature, kind in _SIGNATURES if head.startswith(signature)]
    if head.startswith(b"GGUF") and head[5:8] == b"\x00\x00\x00":  # then a version (LE)
        kinds.append(GGUF)  # (not a text that begins with the word)
    if head.startswith(b"RIFF") and head[8:12] in _RIFF_KINDS:
        kinds.append(_RIFF_KINDS[head[8:12]])
    if kinds:
        raise UserError(NOT_PROMPTS, path=path, kind=UserError(kinds[0]))
