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
import os
import stat
import threading
import time
from dataclasses import dataclass, field
from typing import BinaryIO

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.gguf_stream import (
    EMPTY_FILE,
    U32,
    GGUFError,
    NeedMoreData,
    ReadTimeout,
    Stream,
    identify_non_gguf,
    open_fd,
    open_regular,
    phrase,
    shown,
    stream_extent,
    too_long,
)
from chatapp.gguf_tensors import TensorInfo, guess_quantization, read_tensor_table
from chatapp.gguf_types import (
    SCALAR_STRUCTS,
    T_ARRAY,
    T_BOOL,
    T_STRING,
    T_UINT32,
    VALUE_TYPE_NAMES,
    ggml_type_name,
    quantization_name,
)
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
MAX_STORED_ARRAY = 64
MAX_ARRAY_DEPTH = 3
MAX_KEY_LENGTH = 65_536
MAX_CONTEXT = 1 << 24  # tokens: more than any model is trained for (the longest, 10 M)
MAX_LAYERS = 1 << 12  # blocks: more than any model has (the deepest, a few hundred)


@dataclass(frozen=True)
class ArrayInfo:
    """A metadata array too long to keep: only its item type and length are stored."""

    item_type: int
    length: int

    @property
    def type_name(self) -> str:
        """Name of the item type, such as "string" or "float32"."""
        return VALUE_TYPE_NAMES.get(self.item_type, f"type {self.item_type}")


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
    # (offset, count) of the vocabulary's token texts where the reading skipped them
    tokens_at: tuple[int, int] | None = None

    def weights_bytes(self) -> int:
        """Total size of the tensor data in bytes (0 when the tensors were not read)."""
        return sum(t.nbytes for t in self.tensors)

    def arch_value(self, suffix: str) -> object | None:
        """Metadata value "{architecture}.{suffix}", or None."""
        if not self.architecture:
            return None
        return self.metadata.get(f"{self.architecture}.{suffix}")


def token_texts(path: str | os.PathLike[str], info: GGUFInfo, ids: set[int],
                deadline_s: float = 5.0) -> dict[int, str]:
    """The texts of the vocabulary's tokens ids (``tokenizer.ggml.tokens``): from the
    metadata of a small vocabulary, else read again from the file at path, whose header
    reading (info) skipped them. Ids out of the vocabulary are left out; GGUFError when the
    file is not what info says, or the reading takes longer than deadline_s."""
    listed = info.metadata.get(TOKENS_KEY)
    if isinstance(listed, list):
        return {i: str(listed[i]) for i in ids if 0 <= i < len(listed)}
    if info.tokens_at is None:
        return {}
    offset, count = info.tokens_at
    wanted = {i for i in ids if 0 <= i < count}
    found: dict[int, str] = {}
    deadline = time.monotonic() + deadline_s
    with open(path, "rb") as f:
        f.seek(offset)
        for index in range(max(wanted, default=-1) + 1):
            head = f.read(8)
            if len(head) < 8:
                raise GGUFError(QT_TRANSLATE_NOOP(
                    "errors", "The file is damaged or truncated: its vocabulary ends early."))
            n = int.from_bytes(head, "little")
            if n > MAX_TOKEN_TEXT:
                raise too_long(phrase(QT_TRANSLATE_NOOP("errors", "a token of the vocabulary")),
                               n, MAX_TOKEN_TEXT)
            if index in wanted:
                found[index] = f.read(n).decode("utf-8", "replace")
            else:
                f.seek(n, os.SEEK_CUR)
            if index % 4096 == 0 and time.monotonic() > deadline:
                raise ReadTimeout("Reading the model's vocabulary took too long.")
    return found


def is_gguf_file(path: str | os.PathLike[str]) -> bool:
    """True if path is a regular file that starts with the GGUF magic bytes."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        fd = open_fd(path)
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
        stream = Stream(None, data, len(data), complete=False, deadline=deadline, origin=0)
        return _parse(stream, limits, read_tensors, deadline_s)
    if isinstance(source, (str, os.PathLike)):
        fd = open_regular(source)
        with os.fdopen(fd, "rb", buffering=0) as f:
            size = os.fstat(f.fileno()).st_size
            stream = Stream(f, b"", size, complete=True, deadline=deadline, origin=0)
            return _parse(stream, limits, read_tensors, deadline_s)
    if hasattr(source, "read"):
        origin, size = stream_extent(source)
        stream = Stream(source, b"", size, complete=False, deadline=deadline, origin=origin)
        return _parse(stream, limits, read_tensors, deadline_s)
    raise TypeError("source must be a path, a binary file object or bytes")


TOKENS_KEY = "tokenizer.ggml.tokens"
MAX_TOKEN_TEXT = 1 << 16  # bytes of one token's text

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
    try:
        st = os.stat(key)
    except OSError:  # gone, or out of reach: the reading says so in the user's words
        return read_gguf_info(key, read_tensors=read_tensors)
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


def _parse(s: Stream, limits: _Limits, read_tensors: bool, deadline_s: float) -> GGUFInfo:
    """Parse the header, turning timeouts into a readable error."""
    try:
        return _parse_inner(s, limits, read_tensors)
    except ReadTimeout:
        raise GGUFError(QT_TRANSLATE_NOOP(
            "errors", "Reading the model header took longer than {seconds} s; the file is "
            "damaged or the disk is too slow."), seconds=f"{deadline_s:g}") from None
    except RecursionError:
        raise GGUFError(QT_TRANSLATE_NOOP(
            "errors", "The file is damaged: its metadata is nested too deeply.")) from None


# the highest number read as a GGUF version from a later format (a 4-byte version whose
# upper bytes are not zero is text or noise: a damaged file)
NEWEST_PLAUSIBLE = 0xFFFF


def _parse_inner(s: Stream, limits: _Limits, read_tensors: bool) -> GGUFInfo:
    """Parse magic, counts, metadata and (optionally) the tensor table."""
    if s.size == 0 and s.complete:
        raise GGUFError(EMPTY_FILE)
    if s.complete and s.size is not None and s.size < 4:
        raise GGUFError(QT_TRANSLATE_NOOP("errors", "The file is too small to be a model."))
    s.ensure(4)
    head = s._buf[s._pos : s._pos + 64]
    if head[:4] != GGUF_MAGIC:
        raise GGUFError(identify_non_gguf(head))
    s.skip(4)
    raw_version = s.read(4)
    version = U32.unpack(raw_version)[0]
    if version not in (2, 3):
        swapped = int.from_bytes(raw_version, "big")
        if swapped in (1, 2, 3):
            raise GGUFError(QT_TRANSLATE_NOOP(
                "errors", "This GGUF file is stored big-endian (for IBM mainframes); this app "
                "only reads little-endian models. Download the usual version of the model."))
        if version == 1:
            raise GGUFError(QT_TRANSLATE_NOOP(
                "errors", "This model uses GGUF version 1, an early 2023 format that is no "
                "longer supported. Download a newer conversion of the model."))
        if version == 0 or version > NEWEST_PLAUSIBLE:  # text or noise, not a version
            raise GGUFError(QT_TRANSLATE_NOOP(
                "errors", "The file is damaged: the GGUF signature is followed by no real "
                "version number."))
        raise GGUFError(QT_TRANSLATE_NOOP(
            "errors", "This model uses GGUF version {version}, a newer format than this app "
            "reads (versions 2 and 3): update chatapp, and with it llama.cpp, to open it."),
            version=version)
    tensor_count = s.u64()
    kv_count = s.u64()
    if kv_count > limits.max_kv:
        raise GGUFError(QT_TRANSLATE_NOOP(
            "errors", "The file is damaged or not a real model: it claims {count} metadata "
            "entries, more than the {limit} allowed."), count=kv_count, limit=limits.max_kv)
    if tensor_count > limits.max_tensors:
        raise GGUFError(QT_TRANSLATE_NOOP(
            "errors", "The file is damaged or not a real model: it claims {count} tensors, more "
            "than the {limit} allowed."), count=tensor_count, limit=limits.max_tensors)
    remaining = s.remaining()
    if s.complete and remaining is not None and kv_count * 13 + tensor_count * 24 > remaining:
        raise GGUFError(QT_TRANSLATE_NOOP(
            "errors", "The file is damaged or truncated: its header lists {entries} metadata "
            "entries and {tensors} tensors, which cannot fit in its {size}."),
            entries=kv_count, tensors=tensor_count, size=format_bytes(s.size or 0))

    reader = _MetaReader(s, limits)
    metadata: dict[str, object] = {}
    alignment = DEFAULT_ALIGNMENT
    tensor_table_min = tensor_count * 24 if read_tensors else 0
    for i in range(kv_count):
        s.check_time()
        s.pending = (kv_count - i - 1) * 13 + tensor_table_min
        key = reader.string(min(limits.max_string, MAX_KEY_LENGTH),
                            phrase(QT_TRANSLATE_NOOP("errors", "a metadata key")), store=True)
        vtype = s.u32()
        value = reader.value(vtype, key, 0)
        if key in metadata:
            raise GGUFError(QT_TRANSLATE_NOOP(
                "errors", "The file is damaged: the metadata key '{key}' appears twice."),
                key=shown(key))
        if key == "general.alignment":
            if vtype != T_UINT32 or not isinstance(value, int):
                raise GGUFError(QT_TRANSLATE_NOOP(
                    "errors", "The file is damaged: general.alignment is not a uint32 value."))
            if value == 0 or value & (value - 1):
                raise GGUFError(QT_TRANSLATE_NOOP(
                    "errors", "The file is damaged: its data alignment {value} is not a power "
                    "of two."), value=value)
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
        tokens_at=reader.tokens_at,
    )
    _fill_summary(info)
    if read_tensors or s.complete:
        tensors, header_size = read_tensor_table(s, tensor_count, alignment, strict=read_tensors)
        if read_tensors:
            info.tensors = tensors
            info.header_size = header_size
            if not info.quantization:
                info.quantization = guess_quantization(tensors)
    return info


class _MetaReader:
    """Reads metadata values, keeping short ones and skipping long arrays."""

    def __init__(self, s: Stream, limits: _Limits) -> None:
        self.s = s
        self.limits = limits
        self.text_budget = 4 * limits.max_string + MAX_KEY_LENGTH * 16
        self.array_items = 0
        self.tokens_at: tuple[int, int] | None = None

    def string(self, limit: int, label: UserError, *, store: bool) -> str:
        """Read one string, checked against limit and the stored-text budget."""
        n = self.s.u64()
        if n > limit:
            raise too_long(label, n, limit)
        if store:
            self.text_budget -= n
            if self.text_budget < 0:
                raise GGUFError(QT_TRANSLATE_NOOP(
                    "errors", "The file is damaged or not a real model: its metadata holds too "
                    "much text."))
        data = self.s.read(n)
        return data.decode("utf-8", "replace")

    def value(self, vtype: int, key: str, depth: int) -> object:
        """Read one value of the given GGUF type."""
        st = SCALAR_STRUCTS.get(vtype)
        if st is not None:
            v = self.s.unpack(st)
            return bool(v) if vtype == T_BOOL else v
        if vtype == T_STRING:
            return self.string(self.limits.max_string, phrase(QT_TRANSLATE_NOOP(
                "errors", "metadata value '{key}'"), key=shown(key)), store=True)
        if vtype == T_ARRAY:
            return self.array(key, depth)
        raise GGUFError(QT_TRANSLATE_NOOP(
            "errors", "The file is damaged or needs a newer app: metadata value '{key}' has "
            "unknown type {type}."), key=shown(key), type=vtype)

    def array(self, key: str, depth: int) -> object:
        """Read an array: a list when short, otherwise ArrayInfo after skipping it."""
        s = self.s
        if depth >= MAX_ARRAY_DEPTH:
            raise GGUFError(QT_TRANSLATE_NOOP(
                "errors", "The file is damaged: metadata value '{key}' nests arrays too "
                "deeply."), key=shown(key))
        itype = s.u32()
        n = s.u64()
        if itype not in VALUE_TYPE_NAMES:
            raise GGUFError(QT_TRANSLATE_NOOP(
                "errors", "The file is damaged or needs a newer app: metadata array '{key}' has "
                "unknown item type {type}."), key=shown(key), type=itype)
        if n > self.limits.max_array:
            raise GGUFError(QT_TRANSLATE_NOOP(
                "errors", "The file is damaged or not a real model: metadata array '{key}' "
                "claims {count} items, more than the {limit} allowed."),
                key=shown(key), count=n, limit=self.limits.max_array)
        self.array_items += n
        if self.array_items > 4 * self.limits.max_array:
            raise GGUFError(QT_TRANSLATE_NOOP(
                "errors", "The file is damaged or not a real model: its metadata arrays are too "
                "large."))
        st = SCALAR_STRUCTS.get(itype)
        min_item = st.size if st is not None else (8 if itype == T_STRING else 12)
        remaining = s.remaining()
        if s.complete and remaining is not None and n * min_item > remaining:
            raise s.short(s.tell() + n * min_item)
        if n <= MAX_STORED_ARRAY:
            return [self.value(itype, key, depth + 1) for _ in range(n)]
        if st is not None:
            s.skip(n * st.size)
        elif itype == T_STRING:
            if key == TOKENS_KEY and depth == 0:
                self.tokens_at = (s.tell(), n)
            s.skip_strings(n, self.limits.max_string, phrase(QT_TRANSLATE_NOOP(
                "errors", "an item of metadata array '{key}'"), key=shown(key)))
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
    info.context_length = _count(info.arch_value("context_length"), MAX_CONTEXT)
    info.block_count = _count(info.arch_value("block_count"), MAX_LAYERS, least=0)
    template = md.get("tokenizer.chat_template")
    info.chat_template = template if isinstance(template, str) else None


def _count(value: object, limit: int, least: int = 1) -> int | None:
    """The value if it is a whole number from least to limit, else None (not believed: a
    file that says 4,294,967,295 tokens of context would have the app ask llama.cpp for
    them)."""
    number = _as_int(value)
    return number if number is not None and least <= number <= limit else None


def _as_int(value: object) -> int | None:
    """The value if it is an integer (not a bool), else None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None
