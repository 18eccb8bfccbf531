"""The message protocol between the app and a model worker process: JSON lines, versioned.

Requests (app -> worker), one JSON object per line with an "op" and the "slot" (a number
the app chooses) of the model it is for; a process holds a model per slot:
  load {path, n_ctx, n_threads, n_gpu_layers, template_override, kv_type, flash_attn,
    embedding, n_seq, seq_ctx}
    kv_type: f16 (default), q8_0 or q4_0; flash_attn: auto (default), on or off;
    embedding (true: an embedding model, for embed only; pooled as its GGUF says);
    n_seq: answers marked batch decoded together (0: none; at most
    chatapp.engine.batch.MAX_SEQUENCES), the KV cache n_ctx + n_seq * seq_ctx cells shared by
    all (seq_ctx 0: n_ctx)
  fit {path, n_ctx, n_gpu_layers, kv_type, flash_attn, contexts} (a dry run: the buffers
    llama.cpp would allocate, at n_ctx and at each of contexts; nothing is loaded)
  generate {id, messages, params}     cancel {id}     threads {n} (acts at once)
    params: max_tokens (-1: until the context is full), temperature, top_k, top_p, min_p,
    repeat_penalty, frequency_penalty, presence_penalty, seed, stop (the request's own
    stop strings), and
    continue (true: extend the last, assistant, message instead of starting a new one),
    ignore_eos (true: run to max_tokens, for benchmarks), n_threads,
    response_format (OpenAI's: the answer is held to JSON by a grammar),
    tools (OpenAI's: rendered by the template; calls come back in piece events),
    raw (true: the last message's content is the prompt, no template),
    keep_leading (true: the white space before the answer stays in its text, as the local
    API gives it; otherwise it is dropped),
    drop_turns (false: a conversation longer than the context is an error, kind context),
    batch (true: join the answers decoded together, chatapp.engine.batch_runner; answers
    without it run alone first, the batch paused; not with response_format or adapters)
  tokenize {text, special}   render {messages}   unload {}
  embed {id, texts, n_threads, truncate} (an embedding model's vectors of the texts,
    L2-normalized; n_threads 0: as loaded; truncate false: a text longer than the context is
    an error of kind context)
  close {} (free the slot's model and end the slot)   quit {} (the whole process)
Events (worker -> app), one JSON object per line with an "event" and the "slot" it is from:
  ready {protocol, pid, gpu} (no slot)    loaded {info}    unloaded {}    closed {}
    info: path, architecture, name, quantization, context_train, n_ctx, n_threads,
    n_gpu_layers, kv_type, flash_attn (as llama.cpp resolved it), template, load_s, n_seq
    (answers decoded together), n_cells (the KV cache's cells)
  fitted {runs} (chatapp.engine.dry_run.dry_run's results)
  tokens {tokens}
  rendered {text, tokens, n_ctx}
  embedded {id, vectors, tokens} (one vector per text; the tokens they took)
  reading {id, done, total} (a prompt being read: tokens in the context so far, reused ones
    included, of total; at most 4 a second)    prompt {id, prompt_tokens, reused_tokens}
  piece {id, text?, reasoning?, tool_calls?, tokens, ttft_s, decode_s} (answer text and
    reasoning text apart, tool calls completed [{id, name, arguments}]; the tokens so far,
    seconds to the first token and since it, for live numbers)
  notice {id, kind, message, error} (something left out of an answer that goes on: kind
    draft, a draft model that cannot draft for the model, told once; error: UserError.to_dict;
    kind cleared, no error: the model's cache was emptied and read again, for the log only)
  done {id, finish_reason, stats}    error {id?, message, kind, log?}
    kind: context, request (response format, tools), template, decode, state, load, …;
    log: what llama.cpp logged while a failed load tried (its last 4,000 characters)
    stats: prompt_tokens, completion_tokens, ttft_s, prefill_s, tokens_per_s, duration_s,
    reused_tokens, n_threads, and reasoning_tokens, reasoning_s when the model reasoned;
    speculation ("lookup"), draft_tokens, accepted_tokens when drafts were evaluated;
    batch_size (the most answers decoded together with it) for a batched answer, and
    context_full (true) when it ended because the shared KV cache was full
"""

from __future__ import annotations

import json
from typing import IO, Any

PROTOCOL_VERSION = 5


def encode(message: dict[str, Any]) -> bytes:
    """One message as a JSON line (UTF-8). Half of a UTF-16 surrogate pair alone, which JSON
    may escape ("\\ud800") and so a request may carry, becomes U+FFFD, as llama-server reads
    it."""
    text = json.dumps(message, ensure_ascii=False, separators=(",", ":")) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace").encode("utf-8")


def write(stream: IO[bytes], message: dict[str, Any]) -> None:
    """Send one message and flush."""
    stream.write(encode(message))
    stream.flush()


def decode(line: bytes) -> dict[str, Any]:
    """Parse one JSON line; ValueError if it is not a message object."""
    message = json.loads(line.decode("utf-8"))
    if not isinstance(message, dict):
        raise ValueError("protocol message is not an object")
    return message
