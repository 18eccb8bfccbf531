"""Opening a model file safely and reading its bytes within bounds: the file must be a
regular file (a FIFO or device named x.gguf would block forever), every read is checked
against the bytes that are there, and a read past its deadline stops. Failures are
:class:`GGUFError` with a message fit to show to a person.
"""

from __future__ import annotations

import contextlib
import os
import stat
import struct
import time
from typing import BinaryIO

from chatapp.errors import QT_TRANSLATE_NOOP, UserError, os_reason
from chatapp.units import format_bytes

_CHUNK = 1 << 20
_SKIP_BATCH = 65_536

U32 = struct.Struct("<I")
_U64 = struct.Struct("<Q")


class GGUFError(UserError):
    """Not a readable GGUF file: a translatable message (template and values, in the
    context "errors"); str(e) is the English one."""


def phrase(template: str, **params: object) -> UserError:
    """Words put into a GGUFError's message (what was too long, what kind of file it is),
    translated with it."""
    return UserError(template, **params)


class NeedMoreData(GGUFError):
    """The header continues past the bytes given."""

    def __init__(self, template: str, needed: int | None = None, **params: object) -> None:
        """Store the message and the total byte count probably needed (None if unknown)."""
        super().__init__(template, **params)
        self.needed = needed


BYTES = QT_TRANSLATE_NOOP("errors", "{n} bytes")


def exact_sizes(**sizes: int) -> dict[str, str | UserError]:
    """Byte counts for a message: in kB, MB or GB, or as bytes where the rounded figures
    would read the same ("5,242,880 bytes", translated; the count grouped as the language
    writes numbers where the message is said: a QUANTITIES value)."""
    shown = {k: format_bytes(v) for k, v in sizes.items()}
    if len(set(shown.values())) < len(shown):
        return {k: UserError(BYTES, n=v) for k, v in sizes.items()}
    return dict(shown)


def display_name(path: str | os.PathLike[str]) -> str:
    """File name to show in messages."""
    p = os.fspath(path)
    if isinstance(p, bytes):
        p = p.decode("utf-8", "replace")
    return os.path.basename(p.rstrip("/\\")) or p


def _file_kind(mode: int) -> UserError:
    """Words for a non-regular file type."""
    if stat.S_ISDIR(mode):
        return phrase(QT_TRANSLATE_NOOP("errors", "a folder"))
    if stat.S_ISFIFO(mode):
        return phrase(QT_TRANSLATE_NOOP("errors", "a named pipe"))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return phrase(QT_TRANSLATE_NOOP("errors", "a device"))
    if stat.S_ISSOCK(mode):
        return phrase(QT_TRANSLATE_NOOP("errors", "a socket"))
    return phrase(QT_TRANSLATE_NOOP("errors", "a special file"))


NOT_THERE = QT_TRANSLATE_NOOP("errors", "The file '{name}' does not exist.")
CANNOT_READ_NAMED = QT_TRANSLATE_NOOP("errors", "Cannot read '{name}': {reason}.")
NOT_A_FILE = QT_TRANSLATE_NOOP("errors", "'{name}' is {kind}, not a model file.")
CANNOT_OPEN = QT_TRANSLATE_NOOP("errors", "Cannot open '{name}': {reason}.")
CANNOT_READ = QT_TRANSLATE_NOOP("errors", "Cannot read the file: {reason}.")
EMPTY_FILE = QT_TRANSLATE_NOOP("errors", "The file is empty.")
# what is wrong with a file as a file (not as a model): missing, unreadable, empty
FILE_PROBLEMS = (NOT_THERE, CANNOT_READ_NAMED, NOT_A_FILE, CANNOT_OPEN, CANNOT_READ, EMPTY_FILE)
TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "The file is damaged or not a real model: {what} claims a text length of {n} "
    "bytes, more than the {limit} allowed.")


def open_fd(path: str | os.PathLike[str]) -> int:
    """Open path read-only without blocking on pipes or devices."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0))
    with contextlib.suppress(OSError, AttributeError):
        os.set_blocking(fd, True)
    return fd


def open_regular(path: str | os.PathLike[str]) -> int:
    """Check that path is a regular file, then open it; raise GGUFError otherwise."""
    name = display_name(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise GGUFError(NOT_THERE, name=name) from None
    except (OSError, ValueError) as e:
        raise GGUFError(CANNOT_READ_NAMED, name=name, reason=os_reason(e)) from None
    if not stat.S_ISREG(st.st_mode):
        raise GGUFError(NOT_A_FILE, name=name, kind=_file_kind(st.st_mode))
    try:
        fd = open_fd(path)
    except OSError as e:
        raise GGUFError(CANNOT_OPEN, name=name, reason=os_reason(e)) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise GGUFError(NOT_A_FILE, name=name, kind=_file_kind(mode))
    return fd


def stream_extent(f: BinaryIO) -> tuple[int, int | None]:
    """Start position and remaining size of a file object (size None if not seekable)."""
    try:
        if not f.seekable():
            return 0, None
        origin = f.tell()
        end = f.seek(0, os.SEEK_END)
        f.seek(origin)
        return origin, max(0, end - origin)
    except (OSError, ValueError, AttributeError):
        return 0, None



def shown(text: str, limit: int = 80) -> str:
    """Text from the file made safe to put in a message."""
    cleaned = "".join(c if c.isprintable() else "?" for c in text[:limit])
    return cleaned + ("..." if len(text) > limit else "")


class Stream:
    """Buffered little-endian reader that checks every read against the data available."""

    def __init__(
        self,
        f: BinaryIO | None,
        data: bytes,
        size: int | None,
        *,
        complete: bool,
        deadline: float,
        origin: int,
    ) -> None:
        self._f = f
        self._buf = data
        self._pos = 0
        self._base = 0
        self._origin = origin
        self.size = size
        self.complete = complete
        self._deadline = deadline
        self.pending = 0
        self._seekable = False
        if f is not None:
            try:
                self._seekable = bool(f.seekable())
            except (OSError, ValueError, AttributeError):
                self._seekable = False

    def tell(self) -> int:
        """Offset of the next byte from the start of the GGUF data."""
        return self._base + self._pos

    def remaining(self) -> int | None:
        """Bytes left after the current offset, when the size is known."""
        return None if self.size is None else self.size - self.tell()

    def check_time(self) -> None:
        """Raise GGUFError once the deadline has passed."""
        if time.monotonic() > self._deadline:
            raise ReadTimeout()

    def short(self, end: int, extra: int = 0) -> GGUFError:
        """Error for data that stops before offset end (extra: further bytes surely needed)."""
        have = self.size if self.size is not None else self._base + len(self._buf)
        needed = end + extra + self.pending
        if self.complete:
            return GGUFError(QT_TRANSLATE_NOOP(
                "errors", "The file is truncated or incomplete: it has {have}, but its header "
                "needs at least {needed}. It may be a partial download; try downloading it "
                "again."), **exact_sizes(have=have, needed=needed))
        return NeedMoreData(QT_TRANSLATE_NOOP(
            "errors", "The data is incomplete: the GGUF header continues past the {have} bytes "
            "given (at least {needed} bytes are needed)."), needed=needed, have=have)

    def _read_raw(self, n: int) -> bytes:
        """Read up to n bytes from the file object."""
        assert self._f is not None
        try:
            chunk = self._f.read(n)
        except OSError as e:
            raise GGUFError(CANNOT_READ, reason=os_reason(e)) from None
        if chunk is None:
            return b""
        if not isinstance(chunk, (bytes, bytearray, memoryview)):
            raise GGUFError(QT_TRANSLATE_NOOP(
                "errors", "The file must be opened in binary mode to read a model."))
        return bytes(chunk)

    def ensure(self, n: int, extra: int = 0) -> None:
        """Make n bytes available at the current offset or raise a truncation error."""
        avail = len(self._buf) - self._pos
        if avail >= n:
            return
        end = self.tell() + n
        if self._f is None or (self.size is not None and end > self.size):
            raise self.short(end, extra)
        need = n - avail
        want = max(need, _CHUNK)
        parts = [self._buf[self._pos :]]
        got = 0
        while got < need:
            chunk = self._read_raw(want - got)
            if not chunk:
                break
            parts.append(chunk)
            got += len(chunk)
            self.check_time()
        self._base += self._pos
        self._buf = b"".join(parts)
        self._pos = 0
        if got < need:
            raise self.short(end, extra)

    def read(self, n: int) -> bytes:
        """Read exactly n bytes."""
        self.ensure(n)
        p = self._pos
        self._pos = p + n
        return self._buf[p : p + n]

    def unpack(self, s: struct.Struct, extra: int = 0) -> int | float:
        """Read one value with a precompiled struct (extra: further bytes surely needed,
        counted in any shortage report)."""
        self.ensure(s.size, extra)
        (value,) = s.unpack_from(self._buf, self._pos)
        self._pos += s.size
        return value

    def u32(self) -> int:
        """Read a little-endian uint32."""
        return int(self.unpack(U32))

    def u64(self, extra: int = 0) -> int:
        """Read a little-endian uint64 (extra: as unpack's)."""
        return int(self.unpack(_U64, extra))

    def skip(self, n: int, extra: int = 0) -> None:
        """Move forward n bytes, checking they exist."""
        avail = len(self._buf) - self._pos
        if n <= avail:
            self._pos += n
            return
        target = self.tell() + n
        if self._f is None or (self.size is not None and target > self.size):
            raise self.short(target, extra)
        if self._seekable and self.size is not None:
            try:
                self._f.seek(self._origin + target)
            except (OSError, ValueError, OverflowError) as e:
                raise GGUFError(CANNOT_READ, reason=os_reason(e)) from None
            self._buf = b""
            self._base = target
            self._pos = 0
            return
        left = n - avail
        self._base += len(self._buf)
        self._buf = b""
        self._pos = 0
        while left > 0:
            chunk = self._read_raw(min(left, _CHUNK))
            if not chunk:
                raise self.short(target, extra)
            self._base += len(chunk)
            left -= len(chunk)
            self.check_time()

    def skip_strings(self, count: int, max_len: int, label: UserError) -> None:
        """Skip count length-prefixed strings without decoding them."""
        unpack_from = _U64.unpack_from
        done = 0
        total_len = 0
        while done < count:
            self.check_time()
            buf = self._buf
            pos = self._pos
            end = len(buf)
            stop = min(count, done + _SKIP_BATCH)
            start_done = done
            start_pos = pos
            while done < stop and pos + 8 <= end:
                (n,) = unpack_from(buf, pos)
                if n > max_len:
                    raise too_long(label, n, max_len)
                nxt = pos + 8 + n
                if nxt > end:
                    break
                pos = nxt
                done += 1
            total_len += pos - start_pos - 8 * (done - start_done)
            self._pos = pos
            if done < stop:
                left = count - done
                avg = total_len // done if done else 0
                n = self.u64(extra=(left - 1) * (8 + avg) + 8)
                if n > max_len:
                    raise too_long(label, n, max_len)
                self.skip(n, extra=(left - 1) * (8 + avg))
                total_len += n
                done += 1


class ReadTimeout(GGUFError):
    """The deadline passed."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Reading the model header took too long."))


def too_long(label: UserError, n: int, limit: int) -> GGUFError:
    """Error for a string length over the limit (label: a phrase naming the string)."""
    return GGUFError(TOO_LONG, what=label, n=n, limit=format_bytes(limit))


LFS_POINTER = QT_TRANSLATE_NOOP(
    "errors", "This is a Git LFS pointer, a small text file that stands for the model, not the "
    "model itself. Download the actual file instead.")


def identify_non_gguf(head: bytes) -> str:
    """Explain what a file without the GGUF magic probably is (a message template)."""
    if head[:4] in (b"lmgg", b"fmgg", b"tjgg", b"algg"):
        return QT_TRANSLATE_NOOP(
            "errors", "This is an old GGML/GGJT model file from before the GGUF format (2023); "
            "it is no longer supported. Download a GGUF version of the model instead.")
    stripped = head.lstrip()
    if stripped.startswith(b"version https://git-lfs"):
        return LFS_POINTER
    low = stripped[:64].lower()
    if low.startswith((b"<!doctype", b"<html", b"<?xml", b"{", b"[")):
        return QT_TRANSLATE_NOOP(
            "errors", "This is a web page or text document, not a GGUF model file; the "
            "download may have failed.")
    if head[:2] == b"PK":
        return QT_TRANSLATE_NOOP("errors", "This is a ZIP archive, not a GGUF model file.")
    if len(head) >= 9 and head[8:9] == b"{":
        return QT_TRANSLATE_NOOP(
            "errors", "This looks like a safetensors file, not a GGUF model file.")
    return QT_TRANSLATE_NOOP(
        "errors", "This is not a GGUF model file (it does not start with the GGUF signature).")
