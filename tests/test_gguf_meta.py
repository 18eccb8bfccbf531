"""Tests for chatapp.gguf_meta, the bounded GGUF header reader."""

from __future__ import annotations

import functools
import io
import os
import random
import re
import struct
import threading
import time
from collections.abc import Callable
from pathlib import Path

import gguf
import pytest
from gguf_factory import CHATML_TEMPLATE, write_corrupt_gguf, write_tiny_llama

from chatapp.gguf_meta import (
    ArrayInfo,
    GGUFError,
    GGUFInfo,
    NeedMoreData,
    is_gguf_file,
    read_gguf_info,
)
from chatapp.gguf_types import GGML_TYPES

PYTHON_WORDS = re.compile(
    r"Traceback|struct\.|unpack|NoneType|Errno|object has no|line \d+|\bint\(|\bbytes\b.*object"
)


def assert_clean_message(error: BaseException) -> None:
    """The message is plain English, with nothing from Python's internals."""
    message = str(error)
    assert message.strip(), "empty error message"
    assert not PYTHON_WORDS.search(message), message
    assert len(message) < 400, message


def timed(fn: Callable[[], object]) -> tuple[object, float]:
    """Call fn and return its result (or raised GGUFError) and the seconds it took."""
    started = time.perf_counter()
    try:
        result: object = fn()
    except GGUFError as e:
        result = e
    return result, time.perf_counter() - started


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny llama GGUF (F32) with a ChatML template."""
    folder = tmp_path_factory.mktemp("gguf_meta")
    return write_tiny_llama(folder / "tiny.gguf", chat_template=CHATML_TEMPLATE)


@pytest.fixture(scope="module")
def tiny_bytes(tiny: Path) -> bytes:
    """The bytes of the tiny model."""
    return tiny.read_bytes()


# --- hand-made headers -------------------------------------------------------------------


def gguf_string(text: str | bytes) -> bytes:
    """A GGUF string: uint64 length then the bytes."""
    data = text.encode() if isinstance(text, str) else text
    return struct.pack("<Q", len(data)) + data


def kv_string(key: str, value: str) -> bytes:
    """A string metadata entry."""
    return gguf_string(key) + struct.pack("<I", 8) + gguf_string(value)


def kv_u32(key: str, value: int) -> bytes:
    """A uint32 metadata entry."""
    return gguf_string(key) + struct.pack("<II", 4, value)


def header(
    kvs: list[bytes],
    *,
    n_kv: int | None = None,
    n_tensors: int = 0,
    version: int = 3,
    tail: bytes = b"",
) -> bytes:
    """A GGUF header with the given raw metadata entries."""
    count = len(kvs) if n_kv is None else n_kv
    return b"GGUF" + struct.pack("<IQQ", version, n_tensors, count) + b"".join(kvs) + tail


def tensor_info(name: str, shape: tuple[int, ...], ggml_type: int, offset: int) -> bytes:
    """A raw tensor-info record."""
    return (
        gguf_string(name)
        + struct.pack("<I", len(shape))
        + b"".join(struct.pack("<Q", d) for d in shape)
        + struct.pack("<IQ", ggml_type, offset)
    )


@functools.lru_cache(maxsize=1)
def big_vocab_header(n_tokens: int = 262_144) -> bytes:
    """A header with a gemma-sized string array and a float array, like a real tokenizer."""
    rnd = random.Random(3)
    words = (
        "\u2581" + "".join(rnd.choices("abcdefghij", k=rnd.randint(1, 9))) for _ in range(n_tokens)
    )
    pieces = b"".join(gguf_string(w) for w in words)
    tokens = gguf_string("tokenizer.ggml.tokens") + struct.pack("<IIQ", 9, 8, n_tokens) + pieces
    scores = (
        gguf_string("tokenizer.ggml.scores")
        + struct.pack("<IIQ", 9, 6, n_tokens)
        + bytes(4 * n_tokens)
    )
    kvs = [
        kv_string("general.architecture", "llama"),
        tokens,
        scores,
        kv_u32("llama.context_length", 8192),
    ]
    return header(kvs)


# --- the tiny model ----------------------------------------------------------------------


def test_reads_tiny_model_metadata(tiny: Path) -> None:
    info = read_gguf_info(tiny)
    assert isinstance(info, GGUFInfo)
    assert info.version == 3
    assert info.architecture == "llama"
    assert info.name == "tiny-llama"
    assert info.context_length == 512
    assert info.block_count == 2
    assert info.file_type == 0
    assert info.quantization == "F32"
    assert info.chat_template == CHATML_TEMPLATE
    assert info.tensor_count == 2 + 9 * 2 + 1
    assert info.tensors == [] and info.header_size == 0
    assert info.metadata["tokenizer.ggml.bos_token_id"] == 1
    assert info.metadata["tokenizer.ggml.eos_token_id"] == 2
    assert info.metadata["tokenizer.ggml.tokens"] == ArrayInfo(8, 300)
    assert info.metadata["llama.attention.head_count"] == 4


def test_f16_model_without_template(tmp_path: Path) -> None:
    path = write_tiny_llama(tmp_path / "half.gguf", name="half", f16=True, ctx=1024, n_layer=3)
    info = read_gguf_info(path, read_tensors=True)
    assert (info.name, info.quantization, info.file_type) == ("half", "F16", 1)
    assert (info.context_length, info.block_count) == (1024, 3)
    assert info.chat_template is None
    types = {t.name: t.type_name for t in info.tensors}
    assert types["blk.0.attn_q.weight"] == "F16"
    assert types["blk.0.attn_norm.weight"] == "F32"


def test_tensor_table_matches_gguf_py(tiny: Path) -> None:
    info = read_gguf_info(tiny, read_tensors=True)
    reader = gguf.GGUFReader(tiny)
    assert info.weights_bytes() == sum(int(t.n_bytes) for t in reader.tensors)
    assert info.header_size == reader.data_offset
    assert info.metadata_size < info.header_size
    assert len(info.tensors) == len(reader.tensors) == info.tensor_count
    for mine, theirs in zip(info.tensors, reader.tensors, strict=True):
        assert mine.name == theirs.name
        assert mine.shape == tuple(int(d) for d in theirs.shape)
        assert mine.ggml_type == int(theirs.tensor_type)
        assert mine.nbytes == int(theirs.n_bytes)
        assert info.header_size + mine.offset == theirs.data_offset


def test_ggml_block_sizes_agree_with_gguf_py() -> None:
    for qtype, (block, size) in gguf.GGML_QUANT_SIZES.items():
        if int(qtype) in GGML_TYPES:
            name, my_block, my_size = GGML_TYPES[int(qtype)]
            assert (name, my_block, my_size) == (qtype.name, block, size)


def test_guesses_quantization_from_tensors_when_file_type_missing(tmp_path: Path) -> None:
    path = tmp_path / "nofiletype.gguf"
    w = gguf.GGUFWriter(str(path), "llama")
    import numpy as np

    w.add_tensor("a.weight", np.zeros((4, 32), dtype=np.float16))
    w.add_tensor("a.norm", np.zeros(32, dtype=np.float32))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    assert read_gguf_info(path).quantization == ""
    assert read_gguf_info(path, read_tensors=True).quantization == "F16"


def test_file_object_and_bytes_give_the_same_answer(tiny: Path, tiny_bytes: bytes) -> None:
    from_path = read_gguf_info(tiny, read_tensors=True)
    with tiny.open("rb") as f:
        from_file = read_gguf_info(f, read_tensors=True)
    from_bytes = read_gguf_info(tiny_bytes[: from_path.header_size], read_tensors=True)
    from_buffer = read_gguf_info(io.BytesIO(tiny_bytes), read_tensors=True)
    assert from_path == from_file == from_bytes == from_buffer


def test_is_gguf_file(tiny: Path, tmp_path: Path) -> None:
    assert is_gguf_file(tiny)
    assert is_gguf_file(str(tiny))
    assert not is_gguf_file(write_corrupt_gguf(tmp_path / "text.gguf", "not_gguf"))
    assert not is_gguf_file(tmp_path)
    assert not is_gguf_file(tmp_path / "missing.gguf")
    (tmp_path / "short.gguf").write_bytes(b"GG")
    assert not is_gguf_file(tmp_path / "short.gguf")


# --- the starter model -------------------------------------------------------------------


@pytest.mark.slow
def test_reads_starter_model_quickly(starter_file: Path) -> None:
    info, seconds = timed(lambda: read_gguf_info(starter_file))
    assert isinstance(info, GGUFInfo), info
    assert info.architecture == "gemma3"
    assert info.quantization == "Q4_K_M"
    assert info.file_type == 15
    assert info.context_length == 32768
    assert info.block_count == 18
    assert info.chat_template is None  # this build of the starter ships no template
    assert info.metadata["tokenizer.ggml.tokens"] == ArrayInfo(8, 262_144)
    assert seconds < 1.0
    full, seconds = timed(lambda: read_gguf_info(starter_file, read_tensors=True))
    assert isinstance(full, GGUFInfo), full
    assert seconds < 1.0
    data_size = starter_file.stat().st_size - full.header_size
    assert full.header_size == 6_525_120
    assert max(t.offset + t.nbytes for t in full.tensors) == data_size
    assert 0 <= data_size - full.weights_bytes() < full.alignment * full.tensor_count
    assert {t.type_name for t in full.tensors} >= {"Q4_K", "F32"}


@pytest.mark.slow
def test_starter_model_prefix_converges_by_following_needed(starter_file: Path) -> None:
    with starter_file.open("rb") as f:
        data = f.read(16 << 20)
    have = 64 << 10
    for _ in range(40):
        try:
            info = read_gguf_info(data[:have], read_tensors=True)
            break
        except NeedMoreData as e:
            assert e.needed is not None and e.needed > have
            have = e.needed
    else:
        pytest.fail("NeedMoreData never settled")
    assert info.architecture == "gemma3"
    assert have == info.header_size


# --- truncated and partial data ----------------------------------------------------------


def test_truncated_files_give_gguf_error(tiny: Path, tiny_bytes: bytes, tmp_path: Path) -> None:
    info = read_gguf_info(tiny, read_tensors=True)
    size = len(tiny_bytes)
    meta, head = info.metadata_size, info.header_size
    near_ends = (meta // 2, meta - 1, meta, meta + 5, head - 1, head, head + 100)
    cuts = sorted({0, 1, 3, 4, 5, 8, 12, 20, 23, 24, 30, 100, 500, *near_ends, size // 2, size - 1})
    cut_file = tmp_path / "cut.gguf"
    for cut in cuts:
        cut_file.write_bytes(tiny_bytes[:cut])
        for read_tensors in (False, True):
            result, seconds = timed(
                lambda rt=read_tensors: read_gguf_info(cut_file, read_tensors=rt)
            )
            assert isinstance(result, GGUFError), (cut, read_tensors)
            assert not isinstance(result, NeedMoreData)
            assert re.search(r"truncated|incomplete|empty|too small", str(result)), str(result)
            assert_clean_message(result)
            assert seconds < 1.0


def test_truncated_corrupt_kind_is_reported(tmp_path: Path) -> None:
    path = write_corrupt_gguf(tmp_path / "half.gguf", "truncated")
    with pytest.raises(GGUFError, match="truncated or incomplete") as caught:
        read_gguf_info(path)
    assert_clean_message(caught.value)


def test_a_file_cut_by_a_few_bytes_gives_both_exact_counts_in_the_users_language(
        tiny: Path, tiny_bytes: bytes, tmp_path: Path) -> None:
    from chatapp.i18n import translate_error

    cut = tmp_path / "cut.gguf"
    cut.write_bytes(tiny_bytes[:-10])
    with pytest.raises(GGUFError) as caught:
        read_gguf_info(cut, read_tensors=True)
    # grouped as each language writes numbers (was: "5 000 000 bytes", spaces in every
    # language, while other numbers read "32,768")
    whole, have = f"{len(tiny_bytes):,}", f"{len(tiny_bytes) - 10:,}"
    english = translate_error(caught.value, "en")
    assert all(f"{n} bytes" in english for n in (whole, have)), english
    indonesian = translate_error(caught.value, "id")
    assert all(f"{n.replace(',', '.')} byte" in indonesian for n in (whole, have))
    assert "bytes" not in indonesian


def test_bytes_prefix_raises_need_more_data(tiny_bytes: bytes) -> None:
    info = read_gguf_info(tiny_bytes, read_tensors=True)
    for cut in (0, 3, 10, 24, 100, info.metadata_size - 1, info.header_size - 40):
        prefix = tiny_bytes[:cut]
        with pytest.raises(NeedMoreData) as caught:
            read_gguf_info(prefix, read_tensors=True)
        assert caught.value.needed is not None and caught.value.needed > cut
        assert caught.value.needed <= info.header_size
        assert "incomplete" in str(caught.value)
        assert_clean_message(caught.value)
        with pytest.raises(NeedMoreData):
            read_gguf_info(io.BytesIO(prefix), read_tensors=True)
    only_metadata = read_gguf_info(tiny_bytes[: info.metadata_size])
    assert only_metadata.architecture == "llama"


def test_following_needed_reaches_the_full_header(tiny_bytes: bytes) -> None:
    have = 16
    for _ in range(100):
        try:
            info = read_gguf_info(tiny_bytes[:have], read_tensors=True)
            break
        except NeedMoreData as e:
            assert e.needed is not None and e.needed > have
            have = e.needed
    else:
        pytest.fail("NeedMoreData never settled")
    assert info.weights_bytes() > 0


def test_unseekable_stream_reads_to_the_end(tiny_bytes: bytes) -> None:
    class Pipe(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self.data = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def readinto(self, b: bytearray) -> int:  # type: ignore[override]
            chunk = self.data.read(min(len(b), 1000))
            b[: len(chunk)] = chunk
            return len(chunk)

    info = read_gguf_info(Pipe(tiny_bytes), read_tensors=True)  # type: ignore[arg-type]
    assert info.name == "tiny-llama"


# --- files that are not models -----------------------------------------------------------


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    fifo = tmp_path / "x.gguf"
    os.mkfifo(fifo)
    outcome: dict[str, BaseException | bool] = {}

    def attempt() -> None:
        try:
            read_gguf_info(fifo)
        except BaseException as e:  # noqa: BLE001
            outcome["error"] = e
        outcome["gguf"] = is_gguf_file(fifo)

    thread = threading.Thread(target=attempt, daemon=True)
    started = time.monotonic()
    thread.start()
    thread.join(3)
    if thread.is_alive():
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        pytest.fail("reading a named pipe blocked")
    assert time.monotonic() - started < 1
    error = outcome["error"]
    assert type(error) is GGUFError
    assert "named pipe" in str(error) and "x.gguf" in str(error)
    assert outcome["gguf"] is False


def test_folder_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GGUFError, match="folder"):
        read_gguf_info(tmp_path)
    with pytest.raises(GGUFError, match="does not exist"):
        read_gguf_info(tmp_path / "nope.gguf")


@pytest.mark.parametrize("kind", ["not_gguf", "bad_magic"])
def test_non_gguf_files(tmp_path: Path, kind: str) -> None:
    path = write_corrupt_gguf(tmp_path / f"{kind}.gguf", kind)
    with pytest.raises(GGUFError, match="not a GGUF") as caught:
        read_gguf_info(path)
    assert_clean_message(caught.value)


def test_models_llama_cpp_cannot_run_still_have_readable_headers(tmp_path: Path) -> None:
    zero = read_gguf_info(write_corrupt_gguf(tmp_path / "zero.gguf", "zero_layers"))
    assert (zero.architecture, zero.block_count) == ("llama", 0)
    odd = read_gguf_info(write_corrupt_gguf(tmp_path / "odd.gguf", "unknown_arch"))
    assert odd.architecture == "nosucharch"
    assert odd.context_length == 512


@pytest.mark.parametrize(
    ("data", "pattern"),
    [
        (b"", "empty"),
        (b"<!DOCTYPE html><html><body>Not found</body></html>", "web page"),
        (b"version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12\n", "LFS"),
        (b"tjgg\x03\x00\x00\x00" + bytes(64), "GGML"),
        (b"GGUF\x00\x00\x00\x03" + bytes(16), "big-endian"),
        (b"GGUF\x01\x00\x00\x00" + bytes(16), "version 1"),
        (b"GGUF\x07\x00\x00\x00" + bytes(16), "version 7"),
    ],
)
def test_clear_messages_for_other_files(tmp_path: Path, data: bytes, pattern: str) -> None:
    path = tmp_path / "model.gguf"
    path.write_bytes(data)
    with pytest.raises(GGUFError, match=pattern) as caught:
        read_gguf_info(path)
    assert_clean_message(caught.value)


# --- hostile headers ---------------------------------------------------------------------

HOSTILE = {
    "string length 2**62": header([gguf_string("general.name") + struct.pack("<IQ", 8, 2**62)]),
    "key length 2**62": header([struct.pack("<Q", 2**62) + b"general.name"]),
    "array length 2**60": header(
        [gguf_string("tokenizer.ggml.tokens") + struct.pack("<IIQ", 9, 8, 2**60)]
    ),
    "numeric array length 2**60": header([gguf_string("x") + struct.pack("<IIQ", 9, 12, 2**60)]),
    "kv count 2**60": header([kv_string("general.name", "x")], n_kv=2**60),
    "tensor count 2**60": header([kv_string("general.name", "x")], n_tensors=2**60),
    "unknown value type": header([gguf_string("general.name") + struct.pack("<I", 13) + bytes(8)]),
    "unknown array item type": header([gguf_string("x") + struct.pack("<IIQ", 9, 77, 3)]),
    "deep nested arrays": header(
        [gguf_string("x") + struct.pack("<IIQ", 9, 9, 1) * 8 + struct.pack("<IQ", 0, 0)]
    ),
    "duplicate key": header([kv_string("general.name", "a"), kv_string("general.name", "b")]),
    "alignment not a power of two": header([kv_u32("general.alignment", 24)]),
    "alignment of the wrong type": header([kv_string("general.alignment", "32")]),
    "too many dimensions": header([], n_tensors=1, tail=tensor_info("t", (1, 1, 1, 1, 1), 0, 0)),
    "huge dimensions": header([], n_tensors=1, tail=tensor_info("t", (2**62, 2**62), 0, 0)),
    "unknown tensor type": header([], n_tensors=1, tail=tensor_info("t", (32,), 99, 0)),
    "misaligned tensor": header([], n_tensors=1, tail=tensor_info("t", (32,), 0, 3)),
    "bad block multiple": header([], n_tensors=1, tail=tensor_info("t", (33,), 12, 0)),
    "tensor name 2**62": header([], n_tensors=1, tail=struct.pack("<Q", 2**62)),
    "tensor data past the end": header(
        [], n_tensors=1, tail=tensor_info("t", (1 << 20,), 0, 0) + bytes(64)
    ),
    "string longer than the file": header(
        [gguf_string("general.name") + struct.pack("<IQ", 8, 1 << 20) + b"abc"]
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_headers_fail_fast(tmp_path: Path, case: str) -> None:
    data = HOSTILE[case]
    path = tmp_path / "hostile.gguf"
    path.write_bytes(data + bytes(256))
    result, seconds = timed(lambda: read_gguf_info(path, read_tensors=True))
    assert isinstance(result, GGUFError), f"{case}: {result!r}"
    assert seconds < 0.5
    assert_clean_message(result)
    from_bytes, seconds = timed(lambda: read_gguf_info(data, read_tensors=True))
    assert seconds < 0.5
    if case != "tensor data past the end":  # a prefix says nothing about the data after it
        assert isinstance(from_bytes, GGUFError)


@pytest.mark.parametrize("case", ["string length 2**62", "array length 2**60", "kv count 2**60"])
def test_hostile_lengths_are_not_mistaken_for_missing_data(case: str) -> None:
    with pytest.raises(GGUFError) as caught:
        read_gguf_info(HOSTILE[case])
    assert not isinstance(caught.value, NeedMoreData)
    assert "damaged" in str(caught.value)


def test_limits_are_configurable() -> None:
    data = header([kv_string("general.name", "x" * 100), kv_string("general.architecture", "a")])
    assert read_gguf_info(data).name == "x" * 100
    with pytest.raises(GGUFError, match="limit|allowed"):
        read_gguf_info(data, max_string=50)
    with pytest.raises(GGUFError, match="allowed"):
        read_gguf_info(data, max_kv=1)


def test_short_arrays_are_kept_and_long_ones_summarised() -> None:
    short = (
        gguf_string("general.tags")
        + struct.pack("<IIQ", 9, 8, 2)
        + gguf_string("a")
        + gguf_string("b")
    )
    ints = gguf_string("ints") + struct.pack("<IIQ", 9, 5, 100) + bytes(400)
    nested = (
        gguf_string("nested")
        + struct.pack("<IIQ", 9, 9, 2)
        + struct.pack("<IQ", 4, 1)
        + struct.pack("<I", 7)
        + struct.pack("<IQ", 6, 0)
    )
    info = read_gguf_info(header([short, ints, nested]))
    assert info.metadata["general.tags"] == ["a", "b"]
    assert info.metadata["ints"] == ArrayInfo(5, 100)
    assert info.metadata["nested"] == [[7], []]


def test_big_vocabulary_is_skipped_quickly(tmp_path: Path) -> None:
    data = big_vocab_header()
    path = tmp_path / "vocab.gguf"
    path.write_bytes(data)
    for source in (path, data):
        info, seconds = timed(lambda s=source: read_gguf_info(s))
        assert isinstance(info, GGUFInfo), info
        assert info.metadata["tokenizer.ggml.tokens"] == ArrayInfo(8, 262_144)
        assert info.context_length == 8192
        assert seconds < 1.0


def test_deadline_is_enforced() -> None:
    with pytest.raises(GGUFError, match="longer than") as caught:
        read_gguf_info(big_vocab_header(), deadline_s=0.0)
    assert not isinstance(caught.value, NeedMoreData)


# --- fuzzing -----------------------------------------------------------------------------


def test_random_byte_flips_only_give_gguf_error(tiny_bytes: bytes, tmp_path: Path) -> None:
    header_size = read_gguf_info(tiny_bytes, read_tensors=True).header_size
    rnd = random.Random(20240601)
    path = tmp_path / "fuzz.gguf"
    outcomes = {"ok": 0, "error": 0}
    for _ in range(300):
        data = bytearray(tiny_bytes)
        for _ in range(rnd.randint(1, 4)):
            pos = rnd.randrange(header_size)
            data[pos] = rnd.choice([0x00, 0xFF, 0x7F, 0x80, rnd.randrange(256)])
        path.write_bytes(data)
        for source in (path, bytes(data[:header_size])):
            started = time.perf_counter()
            try:
                read_gguf_info(source, read_tensors=True)
                outcomes["ok"] += 1
            except GGUFError as e:
                assert_clean_message(e)
                outcomes["error"] += 1
            assert time.perf_counter() - started < 1.0
    assert outcomes["ok"] and outcomes["error"]


# --- llama.cpp ---------------------------------------------------------------------------


def test_llama_cpp_loads_and_generates_from_tiny_model(tmp_path: Path) -> None:
    llama_cpp = pytest.importorskip("llama_cpp")
    path = write_tiny_llama(tmp_path / "gen.gguf", chat_template=CHATML_TEMPLATE)
    started = time.perf_counter()
    llm = llama_cpp.Llama(model_path=str(path), n_ctx=256, verbose=False)
    try:
        assert time.perf_counter() - started < 5
        tokens = llm.tokenize(b"hello world")
        assert tokens[0] == 1 and len(tokens) >= 3
        marker = llm.tokenize(b"<|im_end|>", add_bos=False, special=True)
        assert len(marker) == 1
        out = llm("hello world", max_tokens=10, temperature=0.0)
        assert out["usage"]["completion_tokens"] >= 1
        assert isinstance(out["choices"][0]["text"], str)
    finally:
        llm.close()


def test_token_texts_are_read_again_from_the_skipped_vocabulary(starter_file: Path,
                                                                tmp_path: Path) -> None:
    from chatapp.gguf_meta import GGUFError, file_info, token_texts
    from chatapp.ui.template_view import _markers

    info = file_info(starter_file)
    assert info.tokens_at is not None and info.tokens_at[1] == 262144  # skipped: Gemma 3's
    assert token_texts(starter_file, info, {1, 2, 106, 10**9}) == {
        1: "<eos>", 2: "<bos>", 106: "<end_of_turn>"}
    assert _markers(str(starter_file), info) == ("<bos>", "<eos>")  # the template viewer's
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(starter_file.read_bytes()[:info.tokens_at[0] + 4096])
    with pytest.raises(GGUFError):
        token_texts(cut, info, {262000})


def test_a_tensor_that_claims_more_than_any_model_is_called_damaged(tmp_path: Path) -> None:
    from chatapp.units import format_bytes

    # an F32 tensor of 2**21 x 2**21 x 2**20 elements: 18 EB, in a file of a few bytes
    data = header([kv_string("general.architecture", "llama")], n_tensors=1,
                  tail=tensor_info("w", (2**21, 2**21, 2**20), 0, 0)) + b"\0" * 64
    path = tmp_path / "garbled.gguf"
    path.write_bytes(data)
    with pytest.raises(GGUFError, match="The file is damaged: its tensors would take") as caught:
        read_gguf_info(path, read_tensors=True)
    assert "partial download" not in str(caught.value) and " TB," in str(caught.value)
    assert_clean_message(caught.value)
    assert (format_bytes(999.94e9), format_bytes(999.96e9), format_bytes(2.5e12)) == (
        "999.9 GB", "1.0 TB", "2.5 TB")


def _two_tensors(path: Path, second_type: int, second_offset: int) -> Path:
    """A header with F32 tensor "a" (8 values, 32 bytes at 0) and a second tensor "b"."""
    path.write_bytes(header([kv_string("general.architecture", "llama")], n_tensors=2,
                            tail=tensor_info("a", (8,), 0, 0)
                            + tensor_info("b", (8,), second_type, second_offset)) + bytes(256))
    return path


@pytest.mark.parametrize("strict", [False, True])
def test_tensor_data_out_of_order_and_impossible_types_are_damaged_as_ggml_says(
        tmp_path: Path, strict: bool) -> None:
    """ggml's reader refuses a tensor whose data does not follow the one before (padded to the
    alignment) and a type number it has no type for; a listing says so, and llama.cpp agrees."""
    import llama_cpp

    fine = _two_tensors(tmp_path / "fine.gguf", 0, 32)
    assert [t.offset for t in read_gguf_info(fine, read_tensors=True).tensors] == [0, 32]
    moved = _two_tensors(tmp_path / "moved.gguf", 0, 64)
    with pytest.raises(GGUFError, match=re.escape(
            "The file is damaged: the data of tensor 'b' is not where its header says (byte 64 "
            "of the model data, where the tensors before it end at byte 32).")) as caught:
        read_gguf_info(moved, read_tensors=strict)
    assert_clean_message(caught.value)
    impossible = _two_tensors(tmp_path / "type99.gguf", 99, 32)
    with pytest.raises(GGUFError, match="Tensor 'b' uses data type 99, which this app does not "
                                        "know"):
        read_gguf_info(impossible, read_tensors=strict)
    newer = _two_tensors(tmp_path / "newer.gguf", 60, 32)  # a type ggml may add: let through
    if not strict:
        assert read_gguf_info(newer).tensor_count == 2
    for path in (moved, impossible):
        with pytest.raises(ValueError):
            llama_cpp.Llama(str(path), n_ctx=16, verbose=False)
