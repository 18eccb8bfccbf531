"""Read the header of a GGUF model file (metadata and tensor list) safely and within limits.

The reader uses only the standard library and treats every file as untrusted: each length and
count is checked against limits and against the bytes that are really there, the whole read has
a time limit, and every failure is a :class:`GGUFError` with a message fit to show to a person.

It accepts a path, an open binary file object, or a ``bytes`` prefix of a file (for example the
first megabytes fetched with an HTTP range request).  For file objects and bytes, running out of
data raises :class:`NeedMoreData`, whose ``needed`` attribute says how many bytes from the start
would probably be enough (a lower bound), so the caller can fetch more and try again.

For a path, the tensor table is always checked against the file size, so a partly downloaded
model is reported even when ``read_tensors`` is false.
"""

from __future__ import annotations

import collections
import contextlib
import os
import stat
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import BinaryIO

from chatapp.units import format_bytes

__all__ = [
    "ArrayInfo",
    "GGUFError",
    "GGUFInfo",
    "NeedMoreData",
    "TensorInfo",
    "ggml_type_name",
    "is_gguf_file",
    "quantization_name",
    "read_gguf_info",
]

GGUF_MAGIC = b"GGUF"
DEFAULT_ALIGNMENT = 32
MAX_DIMS = 4
MAX_STORED_ARRAY = 64
MAX_ARRAY_DEPTH = 3
MAX_KEY_LENGTH = 65_536
MAX_TENSOR_NAME = 1024
_CHUNK = 1 << 20
_SKIP_BATCH = 65_536

# GGUF metadata value types.
T_UINT8, T_INT8, T_UINT16, T_INT16, T_UINT32, T_INT32, T_FLOAT32, T_BOOL = range(8)
T_STRING, T_ARRAY, T_UINT64, T_INT64, T_FLOAT64 = range(8, 13)

_SCALAR_STRUCTS: dict[int, struct.Struct] = {
    T_UINT8: struct.Struct("<B"),
    T_INT8: struct.Struct("<b"),
    T_UINT16: struct.Struct("<H"),
    T_INT16: struct.Struct("<h"),
    T_UINT32: struct.Struct("<I"),
    T_INT32: struct.Struct("<i"),
    T_FLOAT32: struct.Struct("<f"),
    T_BOOL: struct.Struct("<B"),
    T_UINT64: struct.Struct("<Q"),
    T_INT64: struct.Struct("<q"),
    T_FLOAT64: struct.Struct("<d"),
}

VALUE_TYPE_NAMES: dict[int, str] = {
    T_UINT8: "uint8",
    T_INT8: "int8",
    T_UINT16: "uint16",
    T_INT16: "int16",
    T_UINT32: "uint32",
    T_INT32: "int32",
    T_FLOAT32: "float32",
    T_BOOL: "bool",
    T_STRING: "string",
    T_ARRAY: "array",
    T_UINT64: "uint64",
    T_INT64: "int64",
    T_FLOAT64: "float64",
}

_U32 = struct.Struct("<I")
_U64 = struct.Struct("<Q")

# ggml tensor types: id -> (name, elements per block, bytes per block).
GGML_TYPES: dict[int, tuple[str, int, int]] = {
    0: ("F32", 1, 4),
    1: ("F16", 1, 2),
    2: ("Q4_0", 32, 18),
    3: ("Q4_1", 32, 20),
    6: ("Q5_0", 32, 22),
    7: ("Q5_1", 32, 24),
    8: ("Q8_0", 32, 34),
    9: ("Q8_1", 32, 40),
    10: ("Q2_K", 256, 84),
    11: ("Q3_K", 256, 110),
    12: ("Q4_K", 256, 144),
    13: ("Q5_K", 256, 176),
    14: ("Q6_K", 256, 210),
    15: ("Q8_K", 256, 292),
    16: ("IQ2_XXS", 256, 66),
    17: ("IQ2_XS", 256, 74),
    18: ("IQ3_XXS", 256, 98),
    19: ("IQ1_S", 256, 50),
    20: ("IQ4_NL", 32, 18),
    21: ("IQ3_S", 256, 110),
    22: ("IQ2_S", 256, 82),
    23: ("IQ4_XS", 256, 136),
    24: ("I8", 1, 1),
    25: ("I16", 1, 2),
    26: ("I32", 1, 4),
    27: ("I64", 1, 8),
    28: ("F64", 1, 8),
    29: ("IQ1_M", 256, 56),
    30: ("BF16", 1, 2),
    31: ("Q4_0_4_4", 32, 18),
    32: ("Q4_0_4_8", 32, 18),
    33: ("Q4_0_8_8", 32, 18),
    34: ("TQ1_0", 256, 54),
    35: ("TQ2_0", 256, 66),
    39: ("MXFP4", 32, 17),
    40: ("NVFP4", 64, 36),
    41: ("Q1_0", 128, 18),
}

# llama.cpp's llama_ftype values (general.file_type) -> the usual short name.
LLAMA_FTYPES: dict[int, str] = {
    0: "F32",
    1: "F16",
    2: "Q4_0",
    3: "Q4_1",
    4: "Q4_1_SOME_F16",
    7: "Q8_0",
    8: "Q5_0",
    9: "Q5_1",
    10: "Q2_K",
    11: "Q3_K_S",
    12: "Q3_K_M",
    13: "Q3_K_L",
    14: "Q4_K_S",
    15: "Q4_K_M",
    16: "Q5_K_S",
    17: "Q5_K_M",
    18: "Q6_K",
    19: "IQ2_XXS",
    20: "IQ2_XS",
    21: "Q2_K_S",
    22: "IQ3_XS",
    23: "IQ3_XXS",
    24: "IQ1_S",
    25: "IQ4_NL",
    26: "IQ3_S",
    27: "IQ3_M",
    28: "IQ2_S",
    29: "IQ2_M",
    30: "IQ4_XS",
    31: "IQ1_M",
    32: "BF16",
    33: "Q4_0_4_4",
    34: "Q4_0_4_8",
    35: "Q4_0_8_8",
    36: "TQ1_0",
    37: "TQ2_0",
    38: "MXFP4_MOE",
    39: "NVFP4",
    40: "Q1_0",
}
_FTYPE_GUESSED = 1024


class GGUFError(Exception):
    """Not a readable GGUF file; str(e) is a clear English message."""


class NeedMoreData(GGUFError):
    """The header continues past the bytes given."""

    def __init__(self, message: str, needed: int | None = None) -> None:
        """Store the message and the total byte count probably needed (None if unknown)."""
        super().__init__(message)
        self.needed = needed


@dataclass(frozen=True)
class ArrayInfo:
    """A metadata array too long to keep: only its item type and length are stored."""

    item_type: int
    length: int

    @property
    def type_name(self) -> str:
        """Name of the item type, such as "string" or "float32"."""
        return VALUE_TYPE_NAMES.get(self.item_type, f"type {self.item_type}")


@dataclass(frozen=True)
class TensorInfo:
    """One entry of the tensor table: name, shape (ggml order), ggml type and data offset."""

    name: str
    shape: tuple[int, ...]
    ggml_type: int
    offset: int

    @property
    def n_elements(self) -> int:
        """Number of values in the tensor."""
        n = 1
        for d in self.shape:
            n *= d
        return n

    @property
    def type_name(self) -> str:
        """Name of the ggml type, such as "Q4_K"."""
        return ggml_type_name(self.ggml_type)

    @property
    def nbytes(self) -> int:
        """Size of the tensor data in bytes."""
        _, block, size = GGML_TYPES[self.ggml_type]
        return self.n_elements // block * size


@dataclass
class GGUFInfo:
    """What the header of a GGUF file says about the model."""

    version: int
    tensor_count: int
    metadata: dict[str, object]
    tensors: list[TensorInfo] = field(default_factory=list)
    header_size: int = 0
    architecture: str = ""
    name: str = ""
    file_type: int | None = None
    quantization: str = ""
    context_length: int | None = None
    block_count: int | None = None
    chat_template: str | None = None
    metadata_size: int = 0
    alignment: int = DEFAULT_ALIGNMENT

    def weights_bytes(self) -> int:
        """Total size of the tensor data in bytes (0 when the tensors were not read)."""
        return sum(t.nbytes for t in self.tensors)

    def arch_value(self, suffix: str) -> object | None:
        """Metadata value "{architecture}.{suffix}", or None."""
        if not self.architecture:
            return None
        return self.metadata.get(f"{self.architecture}.{suffix}")


def ggml_type_name(ggml_type: int) -> str:
    """Name of a ggml tensor type, such as "Q4_K", or "type N" when unknown."""
    entry = GGML_TYPES.get(ggml_type)
    return entry[0] if entry else f"type {ggml_type}"


def quantization_name(file_type: int) -> str:
    """Short name of a llama.cpp file type (general.file_type), or "" when unknown."""
    return LLAMA_FTYPES.get(file_type & ~_FTYPE_GUESSED, "")


def is_gguf_file(path: str | os.PathLike[str]) -> bool:
    """True if path is a regular file that starts with the GGUF magic bytes."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        fd = _open_fd(path)
    except (OSError, ValueError):
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        return os.read(fd, 4) == GGUF_MAGIC
    except OSError:
        return False
    finally:
        os.close(fd)


def read_gguf_info(
    source: str | os.PathLike[str] | BinaryIO | bytes,
    *,
    read_tensors: bool = False,
    max_string: int = 8 << 20,
    max_array: int = 10_000_000,
    max_kv: int = 100_000,
    max_tensors: int = 1_000_000,
    deadline_s: float = 5.0,
) -> GGUFInfo:
    """Read the GGUF header from a path, a binary file object or a bytes prefix."""
    limits = _Limits(max_string, max_array, max_kv, max_tensors)
    deadline = time.monotonic() + deadline_s
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        stream = _Stream(None, data, len(data), complete=False, deadline=deadline, origin=0)
        return _parse(stream, limits, read_tensors, deadline_s)
    if isinstance(source, (str, os.PathLike)):
        fd = _open_regular(source)
        with os.fdopen(fd, "rb", buffering=0) as f:
            size = os.fstat(f.fileno()).st_size
            stream = _Stream(f, b"", size, complete=True, deadline=deadline, origin=0)
            return _parse(stream, limits, read_tensors, deadline_s)
    if hasattr(source, "read"):
        origin, size = _stream_extent(source)
        stream = _Stream(source, b"", size, complete=False, deadline=deadline, origin=origin)
        return _parse(stream, limits, read_tensors, deadline_s)
    raise TypeError("source must be a path, a binary file object or bytes")



_FILE_INFO_CACHE = 64
_file_info: collections.OrderedDict[str, tuple[tuple[int, int, int], GGUFInfo]] = \
    collections.OrderedDict()
_file_info_lock = threading.Lock()


def file_info(path: str | os.PathLike[str], *, read_tensors: bool = False) -> GGUFInfo:
    """read_gguf_info of a model file, read once per file version: cached by path, size and
    mtime (the last 64 files), so the engine, the model settings, the template viewer and the
    fit estimate share one reading. A reading with tensors serves both kinds of call.
    Raises what read_gguf_info raises (GGUFError, OSError); errors are not cached."""
    key = str(path)
    st = os.stat(key)
    stamp = (st.st_size, st.st_mtime_ns, st.st_ino)
    with _file_info_lock:
        cached = _file_info.get(key)
        if cached is not None and cached[0] == stamp and (cached[1].tensors or not read_tensors):
            _file_info.move_to_end(key)
            return cached[1]
    info = read_gguf_info(key, read_tensors=read_tensors)
    with _file_info_lock:
        _file_info[key] = (stamp, info)
        _file_info.move_to_end(key)
        while len(_file_info) > _FILE_INFO_CACHE:
            _file_info.popitem(last=False)
    return info

@dataclass(frozen=True)
class _Limits:
    max_string: int
    max_array: int
    max_kv: int
    max_tensors: int


def _display_name(path: str | os.PathLike[str]) -> str:
    """File name to show in messages."""
    p = os.fspath(path)
    if isinstance(p, bytes):
        p = p.decode("utf-8", "replace")
    return os.path.basename(p.rstrip("/\\")) or p


def _file_kind(mode: int) -> str:
    """Words for a non-regular file type."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _open_fd(path: str | os.PathLike[str]) -> int:
    """Open path read-only without blocking on pipes or devices."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0))
    with contextlib.suppress(OSError, AttributeError):
        os.set_blocking(fd, True)
    return fd


def _open_regular(path: str | os.PathLike[str]) -> int:
    """Check that path is a regular file, then open it; raise GGUFError otherwise."""
    name = _display_name(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise GGUFError(f"The file '{name}' does not exist.") from None
    except (OSError, ValueError) as e:
        raise GGUFError(f"Cannot read '{name}': {_os_reason(e)}.") from None
    if not stat.S_ISREG(st.st_mode):
        raise GGUFError(f"'{name}' is {_file_kind(st.st_mode)}, not a model file.")
    try:
        fd = _open_fd(path)
    except OSError as e:
        raise GGUFError(f"Cannot open '{name}': {_os_reason(e)}.") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise GGUFError(f"'{name}' is {_file_kind(mode)}, not a model file.")
    return fd


def _os_reason(e: BaseException) -> str:
    """Human reason for an operating-system error."""
    reason = getattr(e, "strerror", None)
    return reason.lower() if reason else "the system refused"


def _stream_extent(f: BinaryIO) -> tuple[int, int | None]:
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



def _safe(text: str, limit: int = 80) -> str:
    """Text from the file made safe to put in a message."""
    cleaned = "".join(c if c.isprintable() else "?" for c in text[:limit])
    return cleaned + ("..." if len(text) > limit else "")


class _Stream:
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
            raise _Timeout()

    def short(self, end: int, extra: int = 0) -> GGUFError:
        """Error for data that stops before offset end (extra: further bytes surely needed)."""
        have = self.size if self.size is not None else self._base + len(self._buf)
        needed = end + extra + self.pending
        if self.complete:
            return GGUFError(
                f"The file is truncated or incomplete: it has {format_bytes(have)}, but its "
                f"header needs at least {format_bytes(needed)}. It may be a partial "
                "download; try downloading it again."
            )
        return NeedMoreData(
            f"The data is incomplete: the GGUF header continues past the {have} bytes given "
            f"(at least {needed} bytes are needed).",
            needed=needed,
        )

    def _read_raw(self, n: int) -> bytes:
        """Read up to n bytes from the file object."""
        assert self._f is not None
        try:
            chunk = self._f.read(n)
        except OSError as e:
            raise GGUFError(f"Cannot read the file: {_os_reason(e)}.") from None
        if chunk is None:
            return b""
        if not isinstance(chunk, (bytes, bytearray, memoryview)):
            raise GGUFError("The file must be opened in binary mode to read a model.")
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

    def unpack(self, s: struct.Struct) -> int | float:
        """Read one value with a precompiled struct."""
        self.ensure(s.size)
        (value,) = s.unpack_from(self._buf, self._pos)
        self._pos += s.size
        return value

    def u32(self) -> int:
        """Read a little-endian uint32."""
        self.ensure(4)
        (value,) = _U32.unpack_from(self._buf, self._pos)
        self._pos += 4
        return value

    def u64(self) -> int:
        """Read a little-endian uint64."""
        self.ensure(8)
        (value,) = _U64.unpack_from(self._buf, self._pos)
        self._pos += 8
        return value

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
                raise GGUFError(f"Cannot read the file: {_os_reason(e)}.") from None
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

    def skip_strings(self, count: int, max_len: int, label: str) -> None:
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
                    raise _too_long(label, n, max_len)
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
                n = self._u64_or_short(extra=(left - 1) * (8 + avg) + 8)
                if n > max_len:
                    raise _too_long(label, n, max_len)
                self.skip(n, extra=(left - 1) * (8 + avg))
                total_len += n
                done += 1

    def _u64_or_short(self, extra: int) -> int:
        """Read a uint64, counting extra further bytes in any shortage report."""
        self.ensure(8, extra)
        (value,) = _U64.unpack_from(self._buf, self._pos)
        self._pos += 8
        return value


class _Timeout(GGUFError):
    """The deadline passed."""


def _too_long(label: str, n: int, limit: int) -> GGUFError:
    """Error for a string length over the limit."""
    return GGUFError(
        f"The file is damaged or not a real model: {label} claims a text length of "
        f"{n} bytes, more than the {format_bytes(limit)} allowed."
    )


def _identify_non_gguf(head: bytes) -> str:
    """Explain what a file without the GGUF magic probably is."""
    if head[:4] in (b"lmgg", b"fmgg", b"tjgg", b"algg"):
        return (
            "This is an old GGML/GGJT model file from before the GGUF format (2023); "
            "it is no longer supported. Download a GGUF version of the model instead."
        )
    stripped = head.lstrip()
    if stripped.startswith(b"version https://git-lfs"):
        return (
            "This is a Git LFS pointer, a small text file that stands for the model, "
            "not the model itself. Download the actual file instead."
        )
    low = stripped[:64].lower()
    if low.startswith((b"<!doctype", b"<html", b"<?xml", b"{", b"[")):
        return (
            "This is a web page or text document, not a GGUF model file; "
            "the download may have failed."
        )
    if head[:2] == b"PK":
        return "This is a ZIP archive, not a GGUF model file."
    if len(head) >= 9 and head[8:9] == b"{":
        return "This looks like a safetensors file, not a GGUF model file."
    return "This is not a GGUF model file (it does not start with the GGUF signature)."


def _parse(s: _Stream, limits: _Limits, read_tensors: bool, deadline_s: float) -> GGUFInfo:
    """Parse the header, turning timeouts into a readable error."""
    try:
        return _parse_inner(s, limits, read_tensors)
    except _Timeout:
        raise GGUFError(
            f"Reading the model header took longer than {deadline_s:g} s; the file is "
            "damaged or the disk is too slow."
        ) from None
    except RecursionError:
        raise GGUFError("The file is damaged: its metadata is nested too deeply.") from None


def _parse_inner(s: _Stream, limits: _Limits, read_tensors: bool) -> GGUFInfo:
    """Parse magic, counts, metadata and (optionally) the tensor table."""
    if s.size == 0 and s.complete:
        raise GGUFError("The file is empty.")
    if s.complete and s.size is not None and s.size < 4:
        raise GGUFError("The file is too small to be a model.")
    s.ensure(4)
    head = s._buf[s._pos : s._pos + 64]
    if head[:4] != GGUF_MAGIC:
        raise GGUFError(_identify_non_gguf(head))
    s.skip(4)
    raw_version = s.read(4)
    version = _U32.unpack(raw_version)[0]
    if version not in (2, 3):
        swapped = int.from_bytes(raw_version, "big")
        if swapped in (1, 2, 3):
            raise GGUFError(
                "This GGUF file is stored big-endian (for IBM mainframes); this app only "
                "reads little-endian models. Download the usual version of the model."
            )
        if version == 1:
            raise GGUFError(
                "This model uses GGUF version 1, an early 2023 format that is no longer "
                "supported. Download a newer conversion of the model."
            )
        if version == 0:
            raise GGUFError("The file is damaged: its GGUF version number is 0.")
        raise GGUFError(
            f"This model uses GGUF version {version}, which this app does not know. "
            "It may need a newer version of the app, or the file is damaged."
        )
    tensor_count = s.u64()
    kv_count = s.u64()
    if kv_count > limits.max_kv:
        raise GGUFError(
            f"The file is damaged or not a real model: it claims {kv_count} metadata "
            f"entries, more than the {limits.max_kv} allowed."
        )
    if tensor_count > limits.max_tensors:
        raise GGUFError(
            f"The file is damaged or not a real model: it claims {tensor_count} tensors, "
            f"more than the {limits.max_tensors} allowed."
        )
    remaining = s.remaining()
    if s.complete and remaining is not None and kv_count * 13 + tensor_count * 24 > remaining:
        raise GGUFError(
            f"The file is damaged or truncated: its header lists {kv_count} metadata "
            f"entries and {tensor_count} tensors, which cannot fit in its "
            f"{format_bytes(s.size or 0)}."
        )

    reader = _MetaReader(s, limits)
    metadata: dict[str, object] = {}
    alignment = DEFAULT_ALIGNMENT
    tensor_table_min = tensor_count * 24 if read_tensors else 0
    for i in range(kv_count):
        s.check_time()
        s.pending = (kv_count - i - 1) * 13 + tensor_table_min
        key = reader.string(min(limits.max_string, MAX_KEY_LENGTH), "a metadata key", store=True)
        vtype = s.u32()
        value = reader.value(vtype, key, 0)
        if key in metadata:
            raise GGUFError(f"The file is damaged: the metadata key '{_safe(key)}' appears twice.")
        if key == "general.alignment":
            if vtype != T_UINT32 or not isinstance(value, int):
                raise GGUFError("The file is damaged: general.alignment is not a uint32 value.")
            if value == 0 or value & (value - 1):
                raise GGUFError(
                    f"The file is damaged: its data alignment {value} is not a power of two."
                )
            alignment = value
        metadata[key] = value
    metadata_size = s.tell()
    s.pending = 0

    info = GGUFInfo(
        version=version,
        tensor_count=tensor_count,
        metadata=metadata,
        metadata_size=metadata_size,
        alignment=alignment,
    )
    _fill_summary(info)
    if read_tensors or s.complete:
        tensors, header_size = _read_tensor_table(s, tensor_count, alignment, strict=read_tensors)
        if read_tensors:
            info.tensors = tensors
            info.header_size = header_size
            if not info.quantization:
                info.quantization = _guess_quantization(tensors)
    return info


class _MetaReader:
    """Reads metadata values, keeping short ones and skipping long arrays."""

    def __init__(self, s: _Stream, limits: _Limits) -> None:
        self.s = s
        self.limits = limits
        self.text_budget = 4 * limits.max_string + MAX_KEY_LENGTH * 16
        self.array_items = 0

    def string(self, limit: int, label: str, *, store: bool) -> str:
        """Read one string, checked against limit and the stored-text budget."""
        n = self.s.u64()
        if n > limit:
            raise _too_long(label, n, limit)
        if store:
            self.text_budget -= n
            if self.text_budget < 0:
                raise GGUFError(
                    "The file is damaged or not a real model: its metadata holds too much text."
                )
        data = self.s.read(n)
        return data.decode("utf-8", "replace")

    def value(self, vtype: int, key: str, depth: int) -> object:
        """Read one value of the given GGUF type."""
        st = _SCALAR_STRUCTS.get(vtype)
        if st is not None:
            v = self.s.unpack(st)
            return bool(v) if vtype == T_BOOL else v
        if vtype == T_STRING:
            return self.string(self.limits.max_string, f"metadata value '{_safe(key)}'", store=True)
        if vtype == T_ARRAY:
            return self.array(key, depth)
        raise GGUFError(
            f"The file is damaged or needs a newer app: metadata value '{_safe(key)}' has "
            f"unknown type {vtype}."
        )

    def array(self, key: str, depth: int) -> object:
        """Read an array: a list when short, otherwise ArrayInfo after skipping it."""
        s = self.s
        if depth >= MAX_ARRAY_DEPTH:
            raise GGUFError(
                f"The file is damaged: metadata value '{_safe(key)}' nests arrays too deeply."
            )
        itype = s.u32()
        n = s.u64()
        if itype not in VALUE_TYPE_NAMES:
            raise GGUFError(
                f"The file is damaged or needs a newer app: metadata array '{_safe(key)}' has "
                f"unknown item type {itype}."
            )
        if n > self.limits.max_array:
            raise GGUFError(
                f"The file is damaged or not a real model: metadata array '{_safe(key)}' "
                f"claims {n} items, more than the {self.limits.max_array} allowed."
            )
        self.array_items += n
        if self.array_items > 4 * self.limits.max_array:
            raise GGUFError(
                "The file is damaged or not a real model: its metadata arrays are too large."
            )
        st = _SCALAR_STRUCTS.get(itype)
        min_item = st.size if st is not None else (8 if itype == T_STRING else 12)
        remaining = s.remaining()
        if s.complete and remaining is not None and n * min_item > remaining:
            raise s.short(s.tell() + n * min_item)
        if n <= MAX_STORED_ARRAY:
            return [self.value(itype, key, depth + 1) for _ in range(n)]
        if st is not None:
            s.skip(n * st.size)
        elif itype == T_STRING:
            s.skip_strings(n, self.limits.max_string, f"an item of metadata array '{_safe(key)}'")
        else:
            for i in range(n):
                if i % 1024 == 0:
                    s.check_time()
                self.array(key, depth + 1)
        return ArrayInfo(itype, n)


def _fill_summary(info: GGUFInfo) -> None:
    """Set the convenience fields from the metadata."""
    md = info.metadata
    arch = md.get("general.architecture")
    info.architecture = arch if isinstance(arch, str) else ""
    name = md.get("general.name")
    info.name = name if isinstance(name, str) else ""
    ftype = _as_int(md.get("general.file_type"))
    info.file_type = ftype
    info.quantization = quantization_name(ftype) if ftype is not None else ""
    info.context_length = _as_int(info.arch_value("context_length"))
    info.block_count = _as_int(info.arch_value("block_count"))
    template = md.get("tokenizer.chat_template")
    info.chat_template = template if isinstance(template, str) else None


def _as_int(value: object) -> int | None:
    """The value if it is an integer (not a bool), else None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def _read_tensor_table(
    s: _Stream, count: int, alignment: int, *, strict: bool
) -> tuple[list[TensorInfo], int]:
    """Read and check the tensor infos; return them and the aligned header size.

    For a whole file, also check that the tensor data fits in it.  Unless strict, tensors of
    unknown ggml types are tolerated (and left out of the size check).
    """
    tensors: list[TensorInfo] = []
    names: set[str] = set()
    data_end = 0
    start = s.tell()
    for i in range(count):
        if i % 256 == 0:
            s.check_time()
        avg = (s.tell() - start) // i if i else 0
        rest = (count - i - 1) * max(24, avg)
        s.pending = rest + 16
        n = s.u64()
        if n > MAX_TENSOR_NAME:
            raise _too_long(f"the name of tensor {i}", n, MAX_TENSOR_NAME)
        name = s.read(n).decode("utf-8", "replace")
        label = f"tensor '{_safe(name)}'"
        if name in names:
            raise GGUFError(f"The file is damaged: {label} appears twice.")
        names.add(name)
        s.pending = rest + 12
        ndim = s.u32()
        if ndim > MAX_DIMS:
            raise GGUFError(f"The file is damaged: {label} claims {ndim} dimensions.")
        s.pending = rest + 12 + 8 * ndim
        shape = tuple(s.u64() for _ in range(ndim))
        s.pending = rest + 12
        n_elements = 1
        for d in shape:
            if d >= 1 << 63:
                raise GGUFError(f"The file is damaged: {label} has an impossible size.")
            n_elements *= d
        if n_elements >= 1 << 63:
            raise GGUFError(f"The file is damaged: {label} has an impossible size.")
        ggml_type = s.u32()
        s.pending = rest + 8
        entry = GGML_TYPES.get(ggml_type)
        if entry is None and strict:
            raise GGUFError(
                f"Tensor '{_safe(name)}' uses data type {ggml_type}, which this app does not "
                "know. The model may need a newer version of the app, or the file is damaged."
            )
        offset = s.u64()
        if offset % alignment:
            raise GGUFError(f"The file is damaged: {label} is not aligned in the file.")
        if entry is None:
            continue
        type_name, block, type_size = entry
        if shape and shape[0] % block:
            raise GGUFError(
                f"The file is damaged: {label} has a row length of {shape[0]}, which is not "
                f"a multiple of the {type_name} block size {block}."
            )
        data_end = max(data_end, offset + n_elements // block * type_size)
        tensors.append(TensorInfo(name, shape, ggml_type, offset))
    s.pending = 0
    header_size = (s.tell() + alignment - 1) // alignment * alignment
    if s.complete and s.size is not None and data_end and header_size + data_end > s.size:
        want, have = format_bytes(header_size + data_end), format_bytes(s.size)
        if want == have:
            want, have = f"{header_size + data_end:,} bytes", f"{s.size:,} bytes"
        raise GGUFError(
            f"The file is truncated or incomplete: its model data should take {want}, but "
            f"the file has only {have}. It may be a partial download; try downloading it again."
        )
    return tensors, header_size


def _guess_quantization(tensors: list[TensorInfo]) -> str:
    """Name of the ggml type holding most of the weights of the matrices, or ""."""
    weights: Counter[int] = Counter()
    for t in tensors:
        if len(t.shape) >= 2:
            weights[t.ggml_type] += t.n_elements
    if not weights:
        for t in tensors:
            weights[t.ggml_type] += t.n_elements
    if not weights:
        return ""
    return ggml_type_name(weights.most_common(1)[0][0])
