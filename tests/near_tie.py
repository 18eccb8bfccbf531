"""Where two ways of evaluating the same tokens may pick differently: llama.cpp's batch kernels
round otherwise than one token at a time, so greedy decoding may part only where the two best
tokens were all but tied."""

from __future__ import annotations

#: Logits this close can swap between a batch and a single token's evaluation. Measured on
#: the starter with the logits read from llama.cpp: a gap of 1.18 where an answer decoded in
#: a batch of four parted from the same answer alone (the batch kernels' small differences
#: add up along an answer through the KV cache); a mix-up of sequences or a wrong position
#: gives gaps of many logits and unrelated text.
NEAR_TIE = 1.5


def _logits_after(llm, tokens: list[int]):
    """The logits after tokens, evaluated one by one from an empty sequence 0 (a copy; the
    sequence is emptied again). The high-level Llama keeps no scores for the app's contexts,
    so they are read from llama.cpp itself."""
    import llama_cpp
    import numpy as np

    memory = llama_cpp.llama_get_memory(llm.ctx)
    llm.reset()
    llama_cpp.llama_memory_seq_rm(memory, 0, -1, -1)
    llm.eval(tokens)
    n_vocab = llama_cpp.llama_vocab_n_tokens(llama_cpp.llama_model_get_vocab(llm.model))
    logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(llm.ctx, -1),
                                   shape=(n_vocab,)).astype(np.float64)
    llm.reset()
    llama_cpp.llama_memory_seq_rm(memory, 0, -1, -1)
    assert logits.any(), "no logits were read"
    return logits


def _penalised(logits, recent: set[int], penalty: float):
    for token in recent:
        value = logits[token]
        logits[token] = value / penalty if value > 0 else value * penalty
    return logits


def picked_gap(llm, prompt: list[int], answer: list[int], at: int, other: int,
               penalty: float) -> float:
    """How far apart, in the greedy picker's logits (the repeat penalty over the last 64
    tokens picked applied), the token answer[at] and other were, one token at a time (llm: a
    llama_cpp.Llama whose sequence 0 is free)."""
    logits = _penalised(_logits_after(llm, prompt + answer[:at]), set(answer[:at][-64:]),
                        penalty)
    return abs(float(logits[answer[at]]) - float(logits[other]))


def parting_gap(llm, prompt: list[int], a: str, b: str, penalty: float) -> float:
    """For two answers to one prompt that part somewhere: how far apart the two best tokens
    were where they part (their common tokens evaluated after the prompt one token at a time,
    the greedy picker's repeat penalty over them applied). Texts are tokenized again, so the
    place is found to within a token."""
    import numpy as np

    tokens_a = llm.tokenize(a.encode("utf-8"), add_bos=False, special=False)
    tokens_b = llm.tokenize(b.encode("utf-8"), add_bos=False, special=False)
    common = first_difference(tokens_a, tokens_b)
    common = min(len(tokens_a), len(tokens_b)) if common is None else common
    logits = _penalised(_logits_after(llm, prompt + tokens_a[:common]),
                        set(tokens_a[:common][-64:]), penalty)
    best, second = np.sort(logits)[-2:][::-1]
    return float(best - second)


def first_difference(a: list[int], b: list[int]) -> int | None:
    """The first index where two token lists differ (None: equal over the shorter)."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), None)
