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


def parting_gap(llm, prompt: list[int], a: str, b: str, penalty: float) -> float:
    """For two answers to one prompt that part somewhere: how far apart the two best tokens
    were where they part (their common tokens evaluated after the prompt one token at a time,
    the greedy picker's repeat penalty over them applied). Texts are tokenized again, so the
    place is found to within a token."""
    import llama_cpp
    import numpy as np

    tokens_a = llm.tokenize(a.encode("utf-8"), add_bos=False, special=False)
    tokens_b = llm.tokenize(b.encode("utf-8"), add_bos=False, special=False)
    common = 0
    while (common < min(len(tokens_a), len(tokens_b))
           and tokens_a[common] == tokens_b[common]):
        common += 1
    llm.reset()
    llm.eval(prompt + tokens_a[:common])
    logits = np.array(llm.scores[llm.n_tokens - 1], dtype=np.float64)
    for token in set(tokens_a[:common][-64:]):
        value = logits[token]
        logits[token] = value / penalty if value > 0 else value * penalty
    llm.reset()
    llama_cpp.llama_memory_seq_rm(llama_cpp.llama_get_memory(llm.ctx), 0, -1, -1)
    best, second = np.sort(logits)[-2:][::-1]
    return float(best - second)
