"""The token loop over llama.cpp's low-level API, run inside a worker process.

Prefill reuses the KV cache for the longest common prefix with what the context already
holds. A prompt that starts another conversation does not wait for the previous one to be
saved: that conversation is parked in the cache as a second sequence (a change of labels,
nothing is copied) while the new one is answered, and saved (an LRU of sequence states
bounded in bytes) when the worker is idle, or at once only when its cells are needed.
Saved states bring back the cache of an earlier conversation. Sampling uses the same
sampler chain as llama-cpp-python's high-level call, so a seed gives the same text either
way.

Speculative decoding (prompt lookup, chatapp.engine.lookup): a draft of tokens guessed from
the text so far is evaluated in one batch with the last token, logits for every position;
the sampler picks at each position in turn, exactly as it would one token at a time, and the
draft is taken as long as it agrees (llama.cpp's rule for its speculative examples). The
output is what plain decoding gives (greedy: the same tokens; sampled: the same sampler and
random draws per token, so the same distribution), in fewer passes when the draft is right;
the rejected rest leaves the KV cache. Only as exact as llama.cpp's batched evaluation: its
batch kernels round differently from one token at a time (logits differ by up to ~1 on the
starter model, as in prompt processing), so a near-tie may go the other way.
"""

from __future__ import annotations

import ctypes
import random
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import llama_cpp
import numpy as np

from chatapp.engine.abort import AbortWatch
from chatapp.engine.greedy import PENALTY_LAST_N, GreedyPicker
from chatapp.engine.lookup import DRAFT_MAX, PromptLookup
from chatapp.engine.output import looks_like_marker
from chatapp.engine.state_cache import STATE_CACHE_BYTES, StateCache, common_prefix, holds, window

MIN_STATE_TOKENS = 64
N_SEQ_MAX = 3  # the conversation answered (0), the parked one (1), one to swap through (2)
ACTIVE, PARKED, SPARE = 0, 1, 2
GRAMMAR_TOP = 256  # tokens checked against a grammar before all of them are


class DecodeError(Exception):
    """llama.cpp could not evaluate a batch; status: llama_decode's (1 full, 2 stopped)."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


class Decoder:
    """Owns the token sequence in a llama.cpp context and generates from it.

    Attributes:
        cached: the tokens whose keys and values the context holds, in order.
        parked: the tokens of the previous conversation, kept in the cache's other cells
            until they are saved and their cells needed; None when there is none.
        parked_saved: whether the parked conversation is in the saved states already.
        n_ctx: the most tokens the conversation may hold (the model's context length; the
            cache may have more cells, for answers decoded together: chatapp.engine.batch).
        ahead: evaluate each token before handing it out, so that the caller's work on it
            overlaps with the GPU computing the next one (llama_decode returns once the
            work is queued; reading the logits waits for it). On a CPU there is nothing to
            overlap, and the answer's last token would be evaluated for nothing.
    """

    def __init__(self, llm: Any, state_budget: int = STATE_CACHE_BYTES,
                 ahead: bool = False, n_ctx: int = 0) -> None:
        self.llm = llm
        self.ahead = ahead
        self.ctx = llm._ctx.ctx
        self.model = llm._model.model
        self.vocab = llama_cpp.llama_model_get_vocab(self.model)
        self.memory = llama_cpp.llama_get_memory(self.ctx)
        cells = llama_cpp.llama_n_ctx(self.ctx)
        self.n_ctx = min(n_ctx, cells) if n_ctx > 0 else cells
        self.n_batch = max(1, llama_cpp.llama_n_batch(self.ctx))
        self.cached: list[int] = []
        self.parked: list[int] | None = None
        self.parked_saved = False
        self.n_swa = window(self.model)  # see state_cache.holds
        self.cleared: list[str] = []  # what each clearing of the cache (clear()) found
        self.can_park = (llama_cpp.llama_n_seq_max(self.ctx) >= N_SEQ_MAX
                         and llama_cpp.llama_n_ctx_seq(self.ctx) == cells)
        self.reclaim: Callable[[], bool] | None = None  # frees a batch's cells, see batch
        self.tag: tuple = ()  # what the cache was computed with besides tokens (adapters)
        self.states = StateCache(state_budget)
        self._pieces: dict[int, bytes] = {}
        self._special_pieces: dict[int, bytes] = {}
        self._texts: dict[int, tuple[bytes, bool]] = {}
        self._eog: dict[int, bool] = {}
        self.end_ids: frozenset[int] = frozenset()
        self.not_end_ids: frozenset[int] = frozenset()
        self._one = (llama_cpp.llama_token * 1)()
        self._buffer = ctypes.create_string_buffer(256)
        self.drafted = 0  # draft tokens evaluated for the last answer
        self.accepted = 0  # of which the sampler agreed with

    # tokens

    def piece(self, token: int, special: bool = False) -> bytes:
        """The bytes a token stands for (a control token's text only with special)."""
        cache = self._special_pieces if special else self._pieces
        cached = cache.get(token)
        if cached is None:
            n = llama_cpp.llama_token_to_piece(self.vocab, token, self._buffer,
                                               len(self._buffer), 0, special)
            if n < 0:
                self._buffer = ctypes.create_string_buffer(-n)
                n = llama_cpp.llama_token_to_piece(self.vocab, token, self._buffer,
                                                   len(self._buffer), 0, special)
            cached = cache[token] = self._buffer.raw[:n]
        return cached

    def token_text(self, token: int) -> tuple[bytes, bool]:
        """A token's bytes and whether it is a marker: a control token, or a user-defined
        token whose text is markup (``<think>``, ``<|START_RESPONSE|>``), not words."""
        found = self._texts.get(token)
        if found is None:
            attr = llama_cpp.llama_vocab_get_attr(self.vocab, token)
            special = bool(attr & (llama_cpp.LLAMA_TOKEN_ATTR_CONTROL
                                   | llama_cpp.LLAMA_TOKEN_ATTR_USER_DEFINED))
            data = self.piece(token, special=special)
            marker = special and (bool(attr & llama_cpp.LLAMA_TOKEN_ATTR_CONTROL)
                                  or looks_like_marker(data.decode("utf-8", "replace")))
            found = self._texts[token] = (data, marker)
        return found

    def is_eog(self, token: int) -> bool:
        """Whether a token ends the turn: llama.cpp's end-of-generation tokens and the ids in
        ``end_ids`` (a template's own end-of-turn marker), but none in ``not_end_ids``."""
        found = self._eog.get(token)
        if found is None:
            found = self._eog[token] = token not in self.not_end_ids and (
                token in self.end_ids or bool(llama_cpp.llama_vocab_is_eog(self.vocab, token)))
        return found

    def set_end_ids(self, ids: set[int], not_ids: set[int] | None = None) -> None:
        """Token ids that end a turn besides llama.cpp's end-of-generation ones, and ids that
        do not although llama.cpp says so (harmony's ``<|end|>`` closes a message only)."""
        self.end_ids = frozenset(ids)
        self.not_end_ids = frozenset(not_ids or ())
        self._eog.clear()

    def single_token(self, text: str) -> int | None:
        """The id of the token whose text is text (special tokens parsed), if it is one."""
        tokens = self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=True)
        return tokens[0] if len(tokens) == 1 else None

    def markers(self, text: str) -> list[tuple[int, str]]:
        """The marker tokens (see token_text) of text tokenized with special tokens, in order:
        (token id, its text)."""
        found = []
        for token in self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=True):
            piece, marker = self.token_text(token)
            if marker:
                found.append((token, piece.decode("utf-8", "replace")))
        return found

    # evaluation

    def _decode(self, tokens: list[int], stop: Callable[[], bool] | None = None,
                progress: Callable[[int], None] | None = None) -> None:
        """Evaluate tokens after the cached ones, in batches; logits for the last only. When
        stop() says so between two batches, the rest is left (what was evaluated stays
        cached, a prefix a later prompt reuses). progress(n) is told how many of tokens
        were evaluated before each batch. On a CPU, stop() is also asked while a batch is
        evaluated (llama.cpp's abort callback, between two steps of its graph): a batch
        stopped so leaves no trace in the cache."""
        watch = None if stop is None else AbortWatch(self.ctx, stop)
        try:
            for start in range(0, len(tokens), self.n_batch):
                if stop is not None and stop():
                    return
                if progress is not None:
                    progress(start)
                chunk = tokens[start:start + self.n_batch]
                array = (llama_cpp.llama_token * len(chunk))(*chunk)
                batch = llama_cpp.llama_batch_get_one(array, len(chunk))
                try:
                    self._evaluate(batch)
                except DecodeError:
                    self._forget(len(self.cached))
                    if stop is not None and stop():  # aborted
                        return
                    raise
                self.cached.extend(chunk)
        finally:
            if watch is not None:
                watch.close()

    def _evaluate(self, batch: Any) -> None:
        """Evaluate batch; with no room in the KV cache, the parked conversation gives its
        cells and it is tried once more, then answers decoded together (reclaim) give
        theirs. DecodeError when llama.cpp refuses it."""
        status = llama_cpp.llama_decode(self.ctx, batch)
        if status == 1 and self.parked is not None:
            self._evict_parked()
            status = llama_cpp.llama_decode(self.ctx, batch)
        while status == 1 and self.reclaim is not None and self.reclaim():
            status = llama_cpp.llama_decode(self.ctx, batch)
        if status not in (0, 1, 2):  # refused: what the cache holds is not what cached says
            self._rebuild(status)
            if (status := llama_cpp.llama_decode(self.ctx, batch)) != 0:
                self.clear(f"status {status} again after a rebuild")
        if status != 0:
            raise DecodeError(f"llama_decode failed with status {status}", status)

    def clear(self, why: str) -> None:
        """Empty the cache, forget cached, parked, saved states (why, what it held: cleared)."""
        held = llama_cpp.llama_memory_seq_pos_max(self.memory, ACTIVE) + 1
        self.cleared.append(f"{why}; held {len(self.cached)} tokens (cache: {held}), parked "
                            f"{len(self.parked or ())}, {len(self.states)} saved states")
        llama_cpp.llama_memory_clear(self.memory, True)
        self.cached, self.parked, self.parked_saved = [], None, False
        self.states = StateCache(self.states.budget)

    def _rebuild(self, status: int) -> None:
        """After a refused batch: clear the cache and evaluate the cached tokens again, for
        the batch to be tried once more. DecodeError when that fails (the cache left empty)."""
        tokens = self.cached
        self.clear(f"llama_decode refused a batch (status {status})")
        for start in range(0, len(tokens), self.n_batch):
            chunk = tokens[start:start + self.n_batch]
            array = (llama_cpp.llama_token * len(chunk))(*chunk)
            if (again := llama_cpp.llama_decode(self.ctx, llama_cpp.llama_batch_get_one(
                    array, len(chunk)))) != 0:
                self.clear(f"status {again} while it was evaluated again")
                raise DecodeError(f"llama_decode failed with status {again}", again)
            self.cached.extend(chunk)

    def _forget(self, keep: int) -> None:
        """Drop cached tokens from position keep on."""
        if not llama_cpp.llama_memory_seq_rm(self.memory, ACTIVE, keep, -1):
            llama_cpp.llama_memory_seq_rm(self.memory, ACTIVE, -1, -1)
            keep = 0
        del self.cached[keep:]

    def _move(self, source: int, target: int) -> None:
        """Relabel a sequence's cells (nothing is copied in a unified cache)."""
        llama_cpp.llama_memory_seq_rm(self.memory, target, -1, -1)
        llama_cpp.llama_memory_seq_cp(self.memory, source, target, -1, -1)
        llama_cpp.llama_memory_seq_rm(self.memory, source, -1, -1)

    def _save(self, seq_id: int, tokens: list[int]) -> bool:
        """Keep a sequence's state for a later return to its conversation."""
        if len(tokens) < MIN_STATE_TOKENS:
            return False
        size = llama_cpp.llama_state_seq_get_size(self.ctx, seq_id)
        if size <= 0 or size > self.states.budget:
            return False
        buffer = (ctypes.c_uint8 * size)()
        if llama_cpp.llama_state_seq_get_data(self.ctx, buffer, size, seq_id):
            self.states.put(tokens, buffer, self.tag)
            return True
        return False

    def save_state(self) -> None:
        """Keep the current sequence's state for a later return to this conversation."""
        self._save(ACTIVE, self.cached)

    def idle(self) -> bool:
        """Work for the time between answers: save the parked conversation (its cells stay
        until they are needed). True when there was something to save."""
        if self.parked is None or self.parked_saved:
            return False
        self.parked_saved = True
        return self._save(PARKED, self.parked)

    def _evict_parked(self) -> None:
        """Free the parked conversation's cells (saving it first, unless it is saved)."""
        if self.parked is None:
            return
        if not self.parked_saved:
            self._save(PARKED, self.parked)
        llama_cpp.llama_memory_seq_rm(self.memory, PARKED, -1, -1)
        self.parked, self.parked_saved = None, False

    def _park(self, keep: int) -> None:
        """Set the current conversation aside in the cache (a parked one there before is
        saved and goes); the first keep tokens, shared with what comes next, stay. Where
        the context has one sequence only, it is saved and its cells freed instead."""
        if not self.can_park:
            self.save_state()
            self._forget(keep)
            return
        self._evict_parked()
        self._move(ACTIVE, PARKED)
        self.parked, self.parked_saved = self.cached, False
        self.cached = []
        if keep:
            llama_cpp.llama_memory_seq_cp(self.memory, PARKED, ACTIVE, 0, keep)
            self.cached = self.parked[:keep]

    def _swap(self) -> None:
        """Make the parked conversation the current one and park the current one."""
        self._move(PARKED, SPARE)
        self._move(ACTIVE, PARKED)
        self._move(SPARE, ACTIVE)
        self.cached, self.parked = self.parked, self.cached
        self.parked_saved = False

    def _restore(self, key: tuple) -> bool:
        """Load a saved state into the context (parking what it holds)."""
        state = self.states.take(key)
        if self.cached:
            self._park(0)
        if self.parked is not None and len(self.parked) + len(key[1]) > self.n_ctx:
            self._evict_parked()
        llama_cpp.llama_memory_seq_rm(self.memory, ACTIVE, -1, -1)
        if llama_cpp.llama_state_seq_set_data(self.ctx, state, ctypes.sizeof(state),
                                              ACTIVE) == 0:
            self.cached = []
            return False
        self.cached = list(key[1])
        return True

    def retag(self, tag: tuple) -> None:
        """The next tokens are computed with something else than the cached ones (other
        adapters): keep the cache (and the parked conversation) as saved states of the old
        tag and start empty."""
        if tag != self.tag:
            self._evict_parked()
            self.save_state()
            self._forget(0)
            self.tag = tag

    def prefill(self, tokens: list[int], room: int = 0,
                stop: Callable[[], bool] | None = None,
                progress: Callable[[int, int], None] | None = None, fresh: bool = False) -> int:
        """Make the context hold tokens (and room more to come), reusing what it can: the
        current conversation's cells, the parked one's, or a saved state. Another
        conversation's prompt parks the current one instead of waiting for it to be saved.
        stop: asked between two batches of the prompt; when it says so the prompt is left
        unfinished (the caller must not generate). progress(done, total): tokens of the
        prompt in the context (reused ones included) before each batch. fresh: reuse none
        (the prompt is evaluated whole, in the same batches whatever ran before: llama.cpp's
        kernels round a token's values by where it falls in its batch, and a near-tie may
        then go either way). Returns how many tokens were reused."""
        reuse = 0 if fresh else common_prefix(self.cached, tokens)
        if not fresh and self.parked is not None and common_prefix(self.parked, tokens) > reuse:
            self._swap()
            reuse = common_prefix(self.cached, tokens)
        saved_len, saved_key = self.states.best(tokens, self.tag) if not fresh else (0, None)
        if (saved_key is not None and saved_len > reuse + MIN_STATE_TOKENS
                and self._restore(saved_key)):
            reuse = saved_len
        if reuse >= len(tokens):
            reuse = len(tokens) - 1
        if reuse < len(self.cached):
            if reuse < len(self.cached) // 2 and len(self.cached) >= MIN_STATE_TOKENS:
                self._park(reuse)
            else:
                self._forget(reuse)
        if self.parked is not None and len(self.parked) + len(tokens) + room > self.n_ctx:
            self._evict_parked()
        if not holds(self.ctx, ACTIVE, len(self.cached), self.n_swa, SPARE):
            self._forget(0)  # (was: put after what was left; a draft's batch then refused)
            reuse = 0
        told = None if progress is None else (lambda n: progress(reuse + n, len(tokens)))
        self._decode(tokens[reuse:], stop, told)
        return reuse

    @property
    def threads(self) -> int:
        """Threads used for decoding."""
        return int(llama_cpp.llama_n_threads(self.ctx))

    def set_threads(self, n_threads: int) -> None:
        """Use n_threads for decoding from now on (0 leaves it as it is)."""
        if n_threads > 0 and n_threads != llama_cpp.llama_n_threads(self.ctx):
            llama_cpp.llama_set_n_threads(self.ctx, n_threads, n_threads)

    def bench(self, n_prompt: int, n_gen: int, seed: int = 0) -> tuple[float, float]:
        """Seconds to evaluate n_prompt random tokens in batches, and n_gen one at a time,
        from an empty context (what llama-bench's pp and tg tests time)."""
        rng = random.Random(seed)
        n_vocab = llama_cpp.llama_vocab_n_tokens(self.vocab)
        self._forget(0)
        prompt = [rng.randrange(n_vocab) for _ in range(n_prompt)]
        started = time.perf_counter()
        if prompt:
            self._decode(prompt)
        prefill_s = time.perf_counter() - started
        self._forget(0)
        bos = llama_cpp.llama_vocab_bos(self.vocab)
        started = time.perf_counter()
        for _ in range(n_gen):
            self._decode([bos if bos >= 0 else 0])
        gen_s = time.perf_counter() - started
        self._forget(0)
        return prefill_s, gen_s

    # sampling

    def sampler(self, params: dict[str, Any], seed: int) -> Any:
        """A sampler chain like llama-cpp-python's for these parameters."""
        chain = llama_cpp.llama_sampler_chain_init(llama_cpp.llama_sampler_chain_default_params())
        add = llama_cpp.llama_sampler_chain_add
        add(chain, llama_cpp.llama_sampler_init_penalties(
            llama_cpp.llama_vocab_n_tokens(self.vocab), PENALTY_LAST_N,
            float(params.get("repeat_penalty", 1.1)),
            float(params.get("frequency_penalty") or 0.0),
            float(params.get("presence_penalty") or 0.0)))
        temperature = float(params.get("temperature", 0.7))
        if temperature == 0.0:
            add(chain, llama_cpp.llama_sampler_init_greedy())
        elif temperature < 0.0:
            add(chain, llama_cpp.llama_sampler_init_dist(seed))
        else:
            add(chain, llama_cpp.llama_sampler_init_top_k(int(params.get("top_k", 40))))
            add(chain, llama_cpp.llama_sampler_init_typical(1.0, 1))
            add(chain, llama_cpp.llama_sampler_init_top_p(float(params.get("top_p", 0.95)), 1))
            add(chain, llama_cpp.llama_sampler_init_min_p(float(params.get("min_p", 0.05)), 1))
            add(chain, llama_cpp.llama_sampler_init_temp(temperature))
            add(chain, llama_cpp.llama_sampler_init_dist(seed))
        return chain

    def tokens(self, params: dict[str, Any], seed: int, grammar: str | None = None,
               draft_max: int = 0, drafter: Callable[[list[int], int], Any] | None = None
               ) -> Iterator[int]:
        """Sample tokens one by one after a prefill (held to grammar, a GBNF text, when
        given); stops at the end of the context. draft_max > 0: speculate, drafts of up to
        draft_max tokens (at most lookup.DRAFT_MAX; not with a grammar) from
        drafter(tokens so far, draft_max) (a draft model's) or else from prompt lookup;
        drafted and accepted count the draft tokens."""
        self.drafted = self.accepted = 0
        if grammar is not None:
            return self._constrained_tokens(params, seed, grammar)
        pick, cleanup = self.picker(params, seed)
        if draft_max > 0:
            return self._speculative_loop(pick, min(draft_max, DRAFT_MAX), cleanup,
                                          drafter or PromptLookup)
        return self._loop(lambda: pick(-1), cleanup)

    def picker(self, params: dict[str, Any], seed: int
               ) -> tuple[Callable[[int], int], Callable[[], None] | None]:
        """An answer's pick from a batch's output (-1: the last) and what frees it (None): greedy
        at temperature 0 without frequency or presence penalties, else the sampler chain."""
        if (float(params.get("temperature", 0.7)) == 0.0
                and not params.get("frequency_penalty") and not params.get("presence_penalty")):
            return self._greedy_picker(float(params.get("repeat_penalty", 1.1))), None
        return self._chain_picker(params, seed)

    def _greedy_picker(self, penalty: float, picked: Iterable[int] = ()) -> GreedyPicker:
        """A greedy pick from the logits of a batch's output (-1: the last): the same choices
        as the sampler chain (chatapp.engine.greedy); the tokens in picked count as recent."""
        return GreedyPicker(self.ctx, llama_cpp.llama_vocab_n_tokens(self.vocab), penalty,
                            picked)

    def _chain_picker(self, params: dict[str, Any], seed: int
                      ) -> tuple[Callable[[int], int], Callable[[], None]]:
        """A pick through llama.cpp's sampler chain from the logits of a batch's output
        (-1: the last), and the call that frees the chain."""
        chain = self.sampler(params, seed)
        ctx, sample = self.ctx, llama_cpp.llama_sampler_sample
        return (lambda index: sample(chain, ctx, index),
                lambda: llama_cpp.llama_sampler_free(chain))

    def _constrained_tokens(self, params: dict[str, Any], seed: int,
                            grammar: str) -> Iterator[int]:
        """Sampling held to a GBNF grammar the way llama.cpp's own sampler does it: the chain
        picks from every token, and only when the grammar refuses that pick does the chain
        pick again among the tokens the grammar allows, here among the GRAMMAR_TOP likeliest
        (every token only when none of those is allowed): applying a grammar to a whole
        vocabulary takes about 0.1 s for Gemma's 262k tokens, to 256 of them a few µs. Greedy
        decoding picks the same token either way; sampling leaves out only allowed tokens
        less likely than the GRAMMAR_TOP best (which top-k and min-p drop anyway).
        DecodeError when llama.cpp refuses the grammar."""
        constrained = llama_cpp.llama_sampler_init_grammar(self.vocab, grammar.encode("utf-8"),
                                                           b"root")
        if not constrained:
            raise DecodeError("llama.cpp could not use the grammar")
        chain = self.sampler(params, seed)
        ctx = self.ctx
        n_vocab = llama_cpp.llama_vocab_n_tokens(self.vocab)
        layout = np.dtype([("id", "<i4"), ("logit", "<f4"), ("p", "<f4")])
        candidates, single = np.zeros(n_vocab, dtype=layout), np.zeros(1, dtype=layout)
        ids = np.arange(n_vocab, dtype=np.int32)
        every = llama_cpp.llama_token_data_array()
        one = llama_cpp.llama_token_data_array()
        apply, accept = llama_cpp.llama_sampler_apply, llama_cpp.llama_sampler_accept
        get_logits = llama_cpp.llama_get_logits_ith

        def fill(array: Any, data: np.ndarray, logits: Any = None) -> Any:
            if logits is not None:
                data["id"], data["logit"], data["p"] = ids, logits, 0.0
            array.data = data.ctypes.data_as(llama_cpp.llama_token_data_p)
            array.size, array.selected, array.sorted = len(data), -1, False
            return ctypes.byref(array)

        top_n = min(GRAMMAR_TOP, n_vocab)
        best = np.zeros(top_n, dtype=layout)

        def allowed_pick(logits: np.ndarray) -> int:
            # the likeliest tokens first: the grammar allows some of them nearly always, and
            # checking a few hundred is fast; the chain then picks among those allowed
            top = np.argpartition(logits, n_vocab - top_n)[n_vocab - top_n:]
            best["id"], best["logit"], best["p"] = top, logits[top], 0.0
            pointer = fill(every, best)
            apply(constrained, pointer)
            if not np.isfinite(best["logit"]).any():  # none of them: every token
                pointer = fill(every, candidates, logits)
                apply(constrained, pointer)
            apply(chain, pointer)
            return int(every.data[every.selected].id)

        def pick() -> int:
            logits = np.ctypeslib.as_array(get_logits(ctx, -1), shape=(n_vocab,))
            apply(chain, fill(every, candidates, logits))
            token = int(every.data[every.selected].id)
            single[0] = (token, 1.0, 0.0)
            apply(constrained, fill(one, single))
            if one.data[0].logit == -np.inf:  # refused: choose among what the grammar allows
                token = allowed_pick(logits)
            accept(constrained, token)
            accept(chain, token)
            return token

        def free() -> None:
            llama_cpp.llama_sampler_free(chain)
            llama_cpp.llama_sampler_free(constrained)

        return self._loop(pick, free)

    def _loop(self, pick: Callable[[], int],
              cleanup: Callable[[], None] | None = None) -> Iterator[int]:
        """Yield picked tokens, evaluating each one after it was used."""
        one = self._one
        batch = llama_cpp.llama_batch_get_one(one, 1)  # reads one[0] at each decode
        ahead = self.ahead
        try:
            while True:
                token = pick()
                if len(self.cached) >= self.n_ctx:
                    yield token
                    return
                if not ahead:
                    yield token
                one[0] = token
                self._evaluate(batch)
                self.cached.append(token)
                if ahead:
                    yield token
        finally:
            if cleanup is not None:
                cleanup()

    def _speculative_loop(self, pick: Callable[[int], int], draft_max: int,
                          cleanup: Callable[[], None] | None,
                          drafter: Callable[[list[int], int], Any]) -> Iterator[int]:
        """Yield picked tokens (pick(i): the choice from output i of the last batch, the
        sampler's state advanced), evaluating each with a draft after it (from
        drafter(tokens so far, draft_max): PromptLookup or a draft model's): the draft is
        taken while pick agrees with it, the rest removed from the cache."""
        memory, seq_rm = self.memory, llama_cpp.llama_memory_seq_rm
        lookup = drafter(self.cached, draft_max)
        batch = llama_cpp.llama_batch_init(draft_max + 1, 0, 1)
        try:
            token = pick(-1)
            while True:
                yield token
                if len(self.cached) >= self.n_ctx:
                    return
                lookup.append(token)
                base = len(self.cached)
                draft = lookup.draft(self.n_ctx - base - 1)
                size = len(draft) + 1
                batch.n_tokens = size
                for i, t in enumerate((token, *draft)):
                    batch.token[i], batch.pos[i] = t, base + i
                    batch.n_seq_id[i], batch.seq_id[i][0], batch.logits[i] = 1, ACTIVE, 1
                try:
                    self._evaluate(batch)
                except DecodeError:
                    self._forget(base)
                    raise
                self.cached.append(token)
                self.cached.extend(draft)
                self.drafted += len(draft)
                taken = 0
                token = pick(0)
                while taken < len(draft) and token == draft[taken]:
                    taken += 1
                    self.accepted += 1
                    yield token
                    lookup.append(token)
                    token = pick(taken)
                if draft:
                    lookup.taken(len(draft), taken)
                    if taken < len(draft):
                        seq_rm(memory, ACTIVE, base + 1 + taken, -1)
                        del self.cached[base + 1 + taken:]
        finally:
            llama_cpp.llama_batch_free(batch)
            if cleanup is not None:
                cleanup()
