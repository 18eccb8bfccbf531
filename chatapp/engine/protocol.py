"""The message protocol between the app and a model worker process: JSON lines, versioned.

Requests (app -> worker), one JSON object per line with an "op" and the "slot" (a number
the app chooses) of the model it is for; a process holds a model per slot:
  load {path, n_ctx, n_threads, n_gpu_layers, template_override, embedding}
    embedding (true: an embedding model, for embed only; pooled as its GGUF says)
  generate {id, messages, params}     cancel {id}     threads {n} (acts at once)
    params: max_tokens, temperature, top_k, top_p, min_p, repeat_penalty, seed, and
    continue (true: extend the last, assistant, message instead of starting a new one),
    ignore_eos (true: run to max_tokens, for benchmarks), n_threads
  tokenize {text, special}   render {messages}   unload {}
  embed {id, texts, n_threads} (an embedding model's vectors of the texts, L2-normalized;
    n_threads 0: as loaded)
  close {} (free the slot's model and end the slot)   quit {} (the whole process)
Events (worker -> app), one JSON object per line with an "event" and the "slot" it is from:
  ready {protocol, pid, gpu} (no slot)    loaded {info}    unloaded {}    closed {}
  tokens {tokens}
  rendered {text, tokens, n_ctx}
  embedded {id, vectors, tokens} (one vector per text; the tokens they took)
  prompt {id, prompt_tokens, reused_tokens}
  piece {id, text?, reasoning?, tokens, ttft_s, decode_s} (answer text and reasoning text
    apart; the tokens so far, seconds to the first token and since it, for live numbers)
  done {id, finish_reason, stats}    error {id?, message, kind}
    stats: prompt_tokens, completion_tokens, ttft_s, prefill_s, tokens_per_s, duration_s,
    reused_tokens, n_threads, and reasoning_tokens, reasoning_s when the model reasoned
"""

from __future__ import annotations

import json
from typing import IO, Any

PROTOCOL_VERSION = 4


def encode(message: dict[str, Any]) -> bytes:
    """One message as a JSON line."""
    return (json.dumps(message, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


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
