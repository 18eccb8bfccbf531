"""Greedy picks: every row of a batch's outputs picked in one pass gives what each row's own
picker gives, and both what the repeat penalty then the highest logit give."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed")

PENALTIES = [1.0, 1.1, 1.5, 0.8, 1.3]


def test_rows_picked_together_match_each_rows_own_pick(starter_file: Path) -> None:
    import llama_cpp
    import numpy as np

    from chatapp.engine.greedy import GreedyPicker, RowPicks
    from chatapp.engine.llama_model import open_model

    n = len(PENALTIES)
    llm = open_model(str(starter_file), 512, 2, 0, n_seq=n, seq_ctx=64)
    ctx = llm._ctx.ctx
    n_vocab = llama_cpp.llama_vocab_n_tokens(llama_cpp.llama_model_get_vocab(llm._model.model))
    batch = llama_cpp.llama_batch_init(n, 0, 1)
    try:
        for i, word in enumerate([b" The", b" sea", b" bread", b" Once", b" list"]):
            batch.token[i], batch.pos[i] = llm.tokenize(word, add_bos=False)[0], 0
            batch.n_seq_id[i], batch.seq_id[i][0], batch.logits[i] = 1, i, 1
        batch.n_tokens = n
        assert llama_cpp.llama_decode(ctx, batch) == 0
        pointer = llama_cpp.llama_get_logits(ctx)
        buffer = np.ctypeslib.as_array(pointer, shape=(n, n_vocab))
        logits = buffer.copy()
        # each row's recent tokens hold its two highest and a low one: the penalty decides
        recent = [list(np.argsort(row)[-2:]) + [int(row.argmin())] for row in logits]
        expected = []
        for row, seen, penalty in zip(logits, recent, PENALTIES, strict=True):
            row = row.copy()
            at = np.array(sorted(set(seen)))
            row[at] = np.where(row[at] <= 0, row[at] * np.float32(penalty),
                               row[at] / np.float32(penalty))
            expected.append(int(row.argmax()))
        assert expected[0] == int(logits[0].argmax())  # no penalty: the row's highest
        assert expected[2] != int(logits[2].argmax())  # a strong one: another token

        alone = [GreedyPicker(ctx, n_vocab, p, seen) for p, seen in zip(PENALTIES, recent,
                                                                          strict=True)]
        assert [pick(i) for i, pick in enumerate(alone)] == expected
        buffer[:] = logits  # the picks penalised the rows in place
        together = [GreedyPicker(ctx, n_vocab, p, seen) for p, seen in zip(PENALTIES, recent,
                                                                             strict=True)]
        assert RowPicks(ctx, n_vocab).pick(together) == expected
        assert [list(p.recent) for p in together] == [list(p.recent) for p in alone]
        assert RowPicks(ctx, n_vocab).pick([]) == []
    finally:
        llama_cpp.llama_batch_free(batch)
        llm.close()
