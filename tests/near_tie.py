"""Where two ways of evaluating the same tokens may pick differently: llama.cpp's batch kernels
round otherwise than one token at a time, so greedy decoding may part only where the two best
tokens were all but tied."""

from __future__ import annotations

#: Logits this close can swap between a batch and a single token's evaluation (measured on
#: the starter: up to ~0.9 apart between the two ways).
NEAR_TIE = 1.0


def picked_gap(llm, prompt: list[int], answer: list[int], at: int, other: int,
               penalty: float) -> float:
    """How far apart, in the greedy picker's logits (the repeat penalty over the last 64
    tokens picked applied), the token answer[at] and other were, one token at a time (llm: a
    llama_cpp.Llama whose sequence 0 is free)."""
    import llama_cpp

    llm.reset()
    llm.eval(prompt + answer[:at])
    logits = llm.scores[llm.n_tokens - 1]
    recent = set(answer[:at][-64:])

    def picked(token: int) -> float:
        value = float(logits[token])
        if token in recent:
            value = value / penalty if value > 0 else value * penalty
        return value

    llm.reset()
    llama_cpp.llama_memory_seq_rm(llama_cpp.llama_get_memory(llm.ctx), 0, -1, -1)
    return abs(picked(answer[at]) - picked(other))
