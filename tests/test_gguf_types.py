"""The GGUF type tables that headers are read with agree with gguf-py's constants."""

from __future__ import annotations

import gguf

from chatapp.gguf_types import (
    FTYPE_GUESSED,
    GGML_TYPES,
    LLAMA_FTYPES,
    SCALAR_STRUCTS,
    VALUE_TYPE_NAMES,
    ggml_type_name,
    quantization_name,
)

#: Tensor types that llama.cpp dropped (repacked on load now) but old files still carry.
_RETIRED = {31: "Q4_0_4_4", 32: "Q4_0_4_8", 33: "Q4_0_8_8"}


def test_tensor_types_and_block_sizes_match_gguf() -> None:
    for qtype in gguf.GGMLQuantizationType:
        assert GGML_TYPES[qtype.value] == (qtype.name, *gguf.GGML_QUANT_SIZES[qtype])
    known = {q.value for q in gguf.GGMLQuantizationType}
    assert {i: GGML_TYPES[i][0] for i in set(GGML_TYPES) - known} == _RETIRED
    assert ggml_type_name(12) == "Q4_K" and ggml_type_name(99) == "type 99"


def test_value_types_match_gguf() -> None:
    assert {v.value: v.name.lower() for v in gguf.GGUFValueType} == VALUE_TYPE_NAMES
    for vtype in gguf.GGUFValueType:
        if vtype in (gguf.GGUFValueType.STRING, gguf.GGUFValueType.ARRAY):
            assert vtype.value not in SCALAR_STRUCTS
        else:
            numpy_type = gguf.GGUFReader.gguf_scalar_to_np[vtype]
            assert SCALAR_STRUCTS[vtype.value].size == numpy_type().itemsize


def test_file_types_match_gguf() -> None:
    for ftype in gguf.LlamaFileType:
        if ftype is gguf.LlamaFileType.GUESSED:
            assert ftype.value == FTYPE_GUESSED
            continue
        assert LLAMA_FTYPES[ftype.value] == ftype.name.removeprefix("MOSTLY_").removeprefix(
            "ALL_"), ftype
    known = {f.value for f in gguf.LlamaFileType}
    assert set(LLAMA_FTYPES) - known == {4, 33, 34, 35}  # retired, still named in old files
    assert quantization_name(15 | FTYPE_GUESSED) == "Q4_K_M"
