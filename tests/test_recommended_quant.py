"""The quantization recommended for this computer among a model's files (real estimates of
real headers, no Qt)."""

from __future__ import annotations

import pytest
from gguf_factory import write_tiny_llama

from chatapp.fit import FITS, ModelShape, estimate
from chatapp.fit_file import local_shape
from chatapp.hub.recommended import for_this_computer
from chatapp.machine import Machine

GB = 10**9


@pytest.fixture(scope="module")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ModelShape]:
    """Shapes of growing weights, named as a repo's quantizations would be."""
    folder = tmp_path_factory.mktemp("quants")
    return {quant: local_shape(write_tiny_llama(folder / f"m-{quant}.gguf", n_layer=layers))
            for quant, layers in (("Q4_K_M", 2), ("Q6_K", 4), ("Q8_0", 6), ("F16", 12),
                                  ("IQ2_XS", 1))}


def choices(shapes: dict[str, ModelShape], machine: Machine, quants: list[str]) -> list:
    found = []
    for quant in quants:
        result = estimate(shapes[quant], 4096, machine)
        found.append((quant.lower(), quant, result, result.total))
    return found


def test_the_largest_usual_chat_quant_that_fits_is_recommended(shapes) -> None:
    """was: no row recommended, every row the same green "fits"."""
    roomy = Machine(64 * GB, 32 * GB)
    all_quants = ["F16", "IQ2_XS", "Q4_K_M", "Q6_K", "Q8_0"]
    assert all(c[2].verdict == FITS for c in choices(shapes, roomy, all_quants))
    # F16 is the largest and fits, yet a chat quantization is recommended: Q8_0 the largest
    assert for_this_computer(choices(shapes, roomy, all_quants)) == "q8_0"
    # the largest that fits with room to spare, not one that would be tight
    q6 = estimate(shapes["Q6_K"], 4096, roomy).total
    q8 = estimate(shapes["Q8_0"], 4096, roomy).total
    between = Machine(64 * GB, int((q6 + q8) / 2 / 0.8))
    picked = choices(shapes, between, all_quants)
    assert {c[1]: c[2].verdict for c in picked}["Q8_0"] != FITS
    assert for_this_computer(picked) == "q6_k"
    # only F16 and an unusual quant: the quantized one; only F16: F16
    assert for_this_computer(choices(shapes, roomy, ["F16", "IQ2_XS"])) == "iq2_xs"
    assert for_this_computer(choices(shapes, roomy, ["F16"])) == "f16"


def test_none_is_recommended_when_nothing_fits(shapes) -> None:
    tiny = Machine(1 << 20, 1 << 20)
    assert for_this_computer(choices(shapes, tiny, ["Q4_K_M", "Q8_0", "F16"])) is None
    assert for_this_computer([]) is None


def test_shapes_differ(shapes) -> None:
    """(the files really grow, so that the order above means something)"""
    sizes = [shapes[q].weights_bytes for q in ("IQ2_XS", "Q4_K_M", "Q6_K", "Q8_0", "F16")]
    assert sizes == sorted(sizes) and len(set(sizes)) == len(sizes)
