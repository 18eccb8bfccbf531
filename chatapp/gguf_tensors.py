"""The tensor table of a GGUF header: each tensor's name, shape, ggml type and offset, read
and checked as ggml's own reader checks them (gguf.cpp: known types, whole blocks, data laid
out in order, each tensor padded to the alignment), and against the file's size."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.gguf_stream import GGUFError, Stream, exact_sizes, phrase, shown, too_long
from chatapp.gguf_types import GGML_TYPES, ggml_type_name
from chatapp.units import format_bytes

MAX_DIMS = 4
MAX_TENSOR_NAME = 1024
# more model data than any file holds (100 TB): tensors that claim it are a damaged header
MOST_MODEL_BYTES = 10**14
# ggml's type numbers stay below this (43 of them in 2026): a newer ggml type than the
# table knows is let through a lenient reading, a number past this one is a damaged header
MOST_GGML_TYPES = 64


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


IMPOSSIBLE_SIZE = QT_TRANSLATE_NOOP(
    "errors", "The file is damaged: tensor '{tensor}' has an impossible size.")


def read_tensor_table(
    s: Stream, count: int, alignment: int, *, strict: bool
) -> tuple[list[TensorInfo], int]:
    """Read and check the tensor infos; return them and the aligned header size.

    For a whole file, also check that the tensor data fits in it.  Unless strict, tensors of
    ggml types newer than the table (below MOST_GGML_TYPES) are tolerated, and left out of
    the size check and of the check that each tensor's data follows the one before.
    """
    tensors: list[TensorInfo] = []
    names: set[str] = set()
    data_end, follows = 0, 0  # where the next tensor's data starts (None: not known)
    start = s.tell()
    for i in range(count):
        if i % 256 == 0:
            s.check_time()
        avg = (s.tell() - start) // i if i else 0
        rest = (count - i - 1) * max(24, avg)
        s.pending = rest + 16
        n = s.u64()
        if n > MAX_TENSOR_NAME:
            raise too_long(phrase(QT_TRANSLATE_NOOP("errors", "the name of tensor {index}"),
                                  index=i), n, MAX_TENSOR_NAME)
        name = s.read(n).decode("utf-8", "replace")
        label = shown(name)
        if name in names:
            raise GGUFError(QT_TRANSLATE_NOOP(
                "errors", "The file is damaged: tensor '{tensor}' appears twice."), tensor=label)
        names.add(name)
        s.pending = rest + 12
        ndim = s.u32()
        if ndim > MAX_DIMS:
            raise GGUFError(QT_TRANSLATE_NOOP(
                "errors", "The file is damaged: tensor '{tensor}' claims {count} dimensions."),
                tensor=label, count=ndim)
        s.pending = rest + 12 + 8 * ndim
        shape = tuple(s.u64() for _ in range(ndim))
        s.pending = rest + 12
        n_elements = 1
        for d in shape:
            if d >= 1 << 63:
                raise GGUFError(IMPOSSIBLE_SIZE, tensor=label)
            n_elements *= d
        if n_elements >= 1 << 63:
            raise GGUFError(IMPOSSIBLE_SIZE, tensor=label)
        ggml_type = s.u32()
        s.pending = rest + 8
        entry = GGML_TYPES.get(ggml_type)
        if entry is None and (strict or ggml_type >= MOST_GGML_TYPES):
            raise GGUFError(QT_TRANSLATE_NOOP(
                "errors", "Tensor '{tensor}' uses data type {type}, which this app does not "
                "know. The model may need a newer version of the app, or the file is damaged."),
                tensor=label, type=ggml_type)
        offset = s.u64()
        if offset % alignment:
            raise GGUFError(QT_TRANSLATE_NOOP(
                "errors", "The file is damaged: tensor '{tensor}' is not aligned in the file."),
                tensor=label)
        if entry is None:
            follows = None
            continue
        type_name, block, type_size = entry
        if shape and shape[0] % block:
            raise GGUFError(QT_TRANSLATE_NOOP(
                "errors", "The file is damaged: tensor '{tensor}' has a row length of {length}, "
                "which is not a multiple of the {type} block size {block}."),
                tensor=label, length=shape[0], type=type_name, block=block)
        if follows is not None and offset != follows:
            raise GGUFError(QT_TRANSLATE_NOOP(
                "errors", "The file is damaged: the data of tensor '{tensor}' is not where its "
                "header says (byte {offset} of the model data, where the tensors before it end "
                "at byte {follows})."), tensor=label, offset=offset, follows=follows)
        size = n_elements // block * type_size
        follows = None if follows is None else offset + -(-size // alignment) * alignment
        data_end = max(data_end, offset + size)
        tensors.append(TensorInfo(name, shape, ggml_type, offset))
    s.pending = 0
    header_size = (s.tell() + alignment - 1) // alignment * alignment
    if header_size + data_end > MOST_MODEL_BYTES:  # no download was ever this big
        raise GGUFError(QT_TRANSLATE_NOOP(
            "errors", "The file is damaged: its tensors would take {want}, more than any model "
            "has."), want=format_bytes(header_size + data_end))
    if s.complete and s.size is not None and data_end and header_size + data_end > s.size:
        raise GGUFError(QT_TRANSLATE_NOOP(
            "errors", "The file is truncated or incomplete: its model data should take {want}, "
            "but the file has only {have}. It may be a partial download; try downloading it "
            "again."), **exact_sizes(want=header_size + data_end, have=s.size))
    return tensors, header_size


def guess_quantization(tensors: list[TensorInfo]) -> str:
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
