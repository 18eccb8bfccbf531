"""Where greedy texts with and without speculation may part: only at near-ties.

A draft's tokens are computed in one batch, with other kernels than one token at a time
(llama.cpp's own speculation has the same limit), so two tokens whose logits were all but
tied may swap places.
"""

from __future__ import annotations

#: Logits this close can swap between a batch and a single token's evaluation (measured on
#: the starter: up to ~0.9 apart between the two ways).
NEAR_TIE = 1.0


def picked_gap(decoder, prompt: list[int], answer: list[int], at: int, other: int,
               penalty: float) -> float:
    """How far apart, in the greedy picker's logits (the repeat penalty over the last 64
    tokens picked applied), the token answer[at] and other were, one token at a time."""
    import llama_cpp
    import numpy as np

    decoder._forget(0)
    decoder.prefill(prompt + answer[:at])
    n_vocab = llama_cpp.llama_vocab_n_tokens(decoder.vocab)
    logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(decoder.ctx, -1),
                                   shape=(n_vocab,)).copy()
    decoder._forget(0)
    recent = set(answer[:at][-64:])

    def picked(token: int) -> float:
        value = float(logits[token])
        if token in recent:
            value = value / penalty if value > 0 else value * penalty
        return value

    assert picked(answer[at]) != 0.0 or picked(other) != 0.0, "no logits were read"
    return abs(picked(answer[at]) - picked(other))


def first_difference(a: list[int], b: list[int]) -> int | None:
    """The first index where two token lists differ (None: equal over the shorter)."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), None)
