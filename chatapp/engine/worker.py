"""The model worker process: holds llama.cpp models in slots and answers protocol requests.

Run as `python -m chatapp.engine.worker`. Requests arrive on stdin; events leave on the
original stdout, which is moved to a private descriptor so that anything llama.cpp prints
goes to stderr (which the app keeps for error messages) and never into the protocol.
Each slot holds one model and is served by its own thread, so that several models in one
process (the way to share a GPU) decode at the same time: llama.cpp runs without the GIL.
"""

from __future__ import annotations

import codecs
import os
import queue
import sys
import threading
import time
from typing import IO, Any

from chatapp.engine import protocol
from chatapp.engine.decoder import DecodeError, Decoder
from chatapp.engine.templates import (
    ChatTemplate,
    TemplateError,
    choose_template,
    looks_like_base_model,
    render,
)
from chatapp.gguf_meta import GGUFError, read_gguf_info

MIN_ANSWER_ROOM = 64


class Cancelled:
    """Generation ids the app asked to stop, set from the reader thread."""

    def __init__(self) -> None:
        self._ids: set[int] = set()
        self._lock = threading.Lock()
        self.everything = False

    def add(self, request_id: int) -> None:
        with self._lock:
            self._ids.add(request_id)

    def pop(self, request_id: int) -> bool:
        with self._lock:
            if self.everything:
                return True
            if request_id in self._ids:
                self._ids.discard(request_id)
                return True
            return False


class Worker:
    """Serves the requests of one slot: one model at a time."""

    def __init__(self, host: Host, slot: int) -> None:
        self.host = host
        self.slot = slot
        self.llm: Any = None
        self.decoder: Decoder | None = None
        self.wanted_threads = 0
        self.template: ChatTemplate | None = None
        self.info: dict[str, Any] = {}
        self.cancelled = Cancelled()
        self.inbox: queue.Queue[dict[str, Any]] = queue.Queue()

    def send(self, message: dict[str, Any]) -> None:
        """Send one event of this slot to the app."""
        message["slot"] = self.slot
        self.host.send(message)

    def serve(self) -> None:
        """Handle this slot's requests in order until quit or close."""
        handlers = {
            "load": self.load,
            "generate": self.generate,
            "tokenize": self.tokenize,
            "render": self.render_prompt,
            "bench": self.bench,
        }
        while True:
            request = self.inbox.get()
            op = request.get("op")
            if op in ("quit", "close", "unload"):
                self.unload_model()
                if op != "quit":
                    self.send({"event": "closed" if op == "close" else "unloaded"})
                if op != "unload":
                    return
                continue
            handler = handlers.get(op)
            if handler is None:
                self.send({"event": "error", "kind": "protocol",
                           "message": f"unknown op {op!r}"})
                continue
            try:
                handler(request)
            except Exception as exc:  # a bug: report it on the request and keep serving
                import traceback

                traceback.print_exc()
                self.send({"event": "error", "id": request.get("id"), "kind": "internal",
                           "message": f"{type(exc).__name__}: {exc}"})

    # requests

    def load(self, request: dict[str, Any]) -> None:
        """Load a GGUF model; reply loaded or error."""
        import llama_cpp

        path = str(request["path"])
        started = time.monotonic()
        try:
            meta = read_gguf_info(path)
        except GGUFError as exc:
            self.send({"event": "error", "kind": "load", "message": str(exc)})
            return
        self.unload_model()
        n_gpu_layers = int(request.get("n_gpu_layers", -1))
        if not llama_cpp.llama_supports_gpu_offload():
            n_gpu_layers = 0
        n_ctx = int(request.get("n_ctx") or 4096)
        if meta.context_length:
            n_ctx = min(n_ctx, meta.context_length)
        threads = int(request.get("n_threads") or 0) or max(1, os.cpu_count() or 1)
        try:
            with self.host.load_lock:
                self.llm = _open_model(path, n_ctx, threads, n_gpu_layers)
        except (ValueError, RuntimeError, OSError) as exc:
            self.llm = None
            self.send({"event": "error", "kind": "load", "message": str(exc)})
            return
        self.template = choose_template(
            meta.chat_template, meta.architecture, meta.name or os.path.basename(path),
            request.get("template_override") or None,
            base_model=looks_like_base_model(meta.metadata, os.path.basename(path)),
        )
        self.decoder = Decoder(self.llm, ahead=n_gpu_layers != 0)
        self.info = {
            "path": path,
            "architecture": meta.architecture,
            "name": meta.name,
            "quantization": meta.quantization,
            "context_train": meta.context_length,
            "n_ctx": self.llm.n_ctx(),
            "n_threads": threads,
            "n_gpu_layers": n_gpu_layers,
            "template": {
                "source": self.template.source,
                "name": self.template.name,
                "sha256": self.template.sha256,
            },
            "load_s": time.monotonic() - started,
        }
        self.send({"event": "loaded", "info": self.info})

    def unload_model(self) -> None:
        """Free the model."""
        if self.llm is not None:
            self.decoder = None
            self.llm.close()
            self.llm = None

    def tokenize(self, request: dict[str, Any]) -> None:
        """Reply with the tokens of a text."""
        if self.llm is None:
            self.send({"event": "error", "kind": "state", "message": "no model is loaded"})
            return
        tokens = self.llm.tokenize(
            str(request["text"]).encode("utf-8"), add_bos=False,
            special=bool(request.get("special", False)),
        )
        self.send({"event": "tokens", "tokens": tokens})

    def render_prompt(self, request: dict[str, Any]) -> None:
        """Reply with the exact prompt text and tokens the next answer would start from."""
        if self.llm is None:
            self.send({"event": "error", "kind": "state", "message": "no model is loaded"})
            return
        messages = request["messages"]
        try:
            text = self._render(messages, continuing=False)
            tokens = self._tokenize_messages(messages)
        except TemplateError as exc:
            self.send({"event": "error", "kind": "template", "message": str(exc)})
            return
        self.send({"event": "rendered", "text": text, "tokens": tokens,
                   "n_ctx": self.decoder.n_ctx})

    def bench(self, request: dict[str, Any]) -> None:
        """Time prompt processing and generation like llama-bench; reply with the runs."""
        if self.llm is None:
            self.send({"event": "error", "kind": "state", "message": "no model is loaded"})
            return
        runs = []
        for repetition in range(max(1, int(request.get("repetitions", 3)))):
            prefill_s, gen_s = self.decoder.bench(int(request.get("n_prompt", 512)),
                                                  int(request.get("n_gen", 128)), repetition)
            runs.append({"prefill_s": prefill_s, "gen_s": gen_s})
            self.send({"event": "bench_progress", "done": repetition + 1})
        self.send({"event": "benched", "runs": runs})

    def generate(self, request: dict[str, Any]) -> None:
        """Stream an answer to a message list."""
        request_id = int(request["id"])
        if self.llm is None:
            self.send({"event": "error", "id": request_id, "kind": "state",
                       "message": "no model is loaded"})
            return
        try:
            self._generate(request_id, request["messages"], request.get("params") or {})
        except TemplateError as exc:
            self.send({"event": "error", "id": request_id, "kind": "template",
                       "message": str(exc)})
        except PromptTooLong as exc:
            self.send({"event": "error", "id": request_id, "kind": "context",
                       "message": str(exc)})

    def _generate(self, request_id: int, messages: list[dict[str, str]],
                  params: dict[str, Any]) -> None:
        started = time.monotonic()
        n_ctx = self.decoder.n_ctx
        continuing = bool(params.get("continue")) and messages[-1].get("role") == "assistant"
        max_tokens = max(1, int(params.get("max_tokens") or 512))
        room = min(max(MIN_ANSWER_ROOM, max_tokens), n_ctx // 2)
        tokens = self._prompt_tokens(messages, n_ctx - room, continuing)
        max_tokens = min(max_tokens, n_ctx - len(tokens))
        seed = int(params.get("seed", -1))
        seed = seed if seed >= 0 else int.from_bytes(os.urandom(4), "little")
        self.wanted_threads = int(params.get("n_threads") or 0)
        self.decoder.set_threads(self.wanted_threads)
        threads = self.wanted_threads
        try:
            reused = self.decoder.prefill(tokens)
        except DecodeError as exc:
            raise PromptTooLong(str(exc)) from exc
        prefilled = time.monotonic()
        self.send({"event": "prompt", "id": request_id, "prompt_tokens": len(tokens),
                   "reused_tokens": reused})
        stream = _TextStream(self, request_id, self.template.stop_strings,
                             strip_leading=not continuing)
        finish = "length"
        count = 0
        first_at: float | None = None
        decoder = self.decoder
        cancelled = self.cancelled
        ignore_eos = bool(params.get("ignore_eos"))
        if ignore_eos:
            stream.stops = ()
            stream.hold = 0
        generator = decoder.tokens(params, seed)
        try:
            for token in generator:
                if cancelled.pop(request_id):
                    finish = "stopped"
                    break
                if self.wanted_threads != threads:
                    threads = self.wanted_threads
                    decoder.set_threads(threads)
                if decoder.is_eog(token) and not ignore_eos:
                    finish = "stop"
                    break
                count += 1
                if first_at is None:
                    first_at = time.monotonic()
                if stream.add(decoder.piece(token)):
                    finish = "stop"
                    break
                if count >= max_tokens:
                    break
        except DecodeError as exc:
            stream.finish(final=False)
            self.send({"event": "error", "id": request_id, "kind": "decode",
                       "message": str(exc)})
            return
        finally:
            generator.close()
        stream.finish(final=finish not in ("stop", "stopped"))
        ended = time.monotonic()
        decode_s = ended - first_at if first_at else 0.0
        self.send({
            "event": "done",
            "id": request_id,
            "finish_reason": finish,
            "stats": {
                "prompt_tokens": len(tokens),
                "completion_tokens": count,
                "ttft_s": (first_at or ended) - started,
                "prefill_s": prefilled - started,
                "tokens_per_s": (count - 1) / decode_s if count > 1 and decode_s > 0 else None,
                "duration_s": ended - started,
                "reused_tokens": reused,
                "n_threads": self.decoder.threads,
            },
        })
        cancelled.pop(request_id)

    def _prompt_tokens(self, messages: list[dict[str, str]], budget: int,
                       continuing: bool = False) -> list[int]:
        """Render and tokenize the conversation, dropping the oldest turns to fit budget."""
        kept = list(messages)
        while True:
            tokens = self._tokenize_messages(kept, continuing)
            if len(tokens) <= budget:
                return tokens
            first = 1 if kept and kept[0].get("role") == "system" else 0
            if len(kept) - first <= 1:
                raise PromptTooLong(
                    f"The message is too long for this model's context of {self.llm.n_ctx()} "
                    f"tokens ({len(tokens)} tokens). Shorten it or raise the context length."
                )
            del kept[first]
            while len(kept) > first + 1 and kept[first].get("role") != "user":
                del kept[first]

    def _render(self, messages: list[dict[str, str]], continuing: bool) -> str:
        """The prompt text for messages in the model's template."""
        llm = self.llm
        bos = _piece(llm, llm.token_bos())
        eos = _piece(llm, llm.token_eos())
        size = sum(len(m.get("content", "")) for m in messages)
        prompt = render(self.template, messages, bos_token=bos, eos_token=eos,
                        add_generation_prompt=not continuing, max_chars=2_000_000 + 2 * size)
        if continuing:
            prompt = _cut_after_last(prompt, messages[-1].get("content", ""))
        return prompt

    def _tokenize_messages(self, messages: list[dict[str, str]],
                           continuing: bool = False) -> list[int]:
        """Prompt tokens: template markers become special tokens, message text stays text."""
        llm = self.llm
        prompt = self._render(messages, continuing)
        contents = [m.get("content", "") for m in messages]
        if not any(_has_special(llm, c) for c in contents):
            tokens = llm.tokenize(prompt.encode("utf-8"), add_bos=False, special=True)
        else:
            tokens = []
            for part, is_text in _split_spans(prompt, contents):
                tokens += llm.tokenize(part.encode("utf-8"), add_bos=False, special=not is_text)
        bos_id = llm.token_bos()
        if _adds_bos(llm) and bos_id >= 0 and (not tokens or tokens[0] != bos_id):
            tokens.insert(0, bos_id)
        return tokens


class PromptTooLong(Exception):
    """Even the last message alone does not fit the context."""


def _open_model(path: str, n_ctx: int, threads: int, n_gpu_layers: int) -> Any:
    """A Llama with flash attention left to llama.cpp (on where the backend has it).

    Llama() only offers flash attention on or off and defaults to off; llama.cpp's own
    default (and llama-bench's) is auto, which is faster on GPUs and CPUs that support it.
    """
    import llama_cpp
    import llama_cpp.llama as high_level

    enabled = high_level.llama_cpp.LLAMA_FLASH_ATTN_TYPE_ENABLED
    high_level.llama_cpp.LLAMA_FLASH_ATTN_TYPE_ENABLED = llama_cpp.LLAMA_FLASH_ATTN_TYPE_AUTO
    try:
        return llama_cpp.Llama(model_path=path, n_ctx=n_ctx, n_threads=threads,
                               n_threads_batch=threads, n_gpu_layers=n_gpu_layers,
                               flash_attn=True, verbose=True)
    finally:
        high_level.llama_cpp.LLAMA_FLASH_ATTN_TYPE_ENABLED = enabled


def _piece(llm: Any, token: int) -> str:
    """A special token's text (empty for none)."""
    if token < 0:
        return ""
    return llm.detokenize([token], special=True).decode("utf-8", errors="replace")


def _adds_bos(llm: Any) -> bool:
    """Whether the model expects a BOS token first."""
    import llama_cpp

    return bool(llama_cpp.llama_vocab_get_add_bos(llama_cpp.llama_model_get_vocab(llm.model)))


def _has_special(llm: Any, text: str) -> bool:
    """Whether text contains the text of a special token of this model."""
    if "<" not in text and "[" not in text:
        return False
    data = text.encode("utf-8")
    return llm.tokenize(data, add_bos=False, special=True) != llm.tokenize(
        data, add_bos=False, special=False
    )


def _split_spans(prompt: str, contents: list[str]) -> list[tuple[str, bool]]:
    """Cut the rendered prompt into (part, is_message_text) in order."""
    parts: list[tuple[str, bool]] = []
    pos = 0
    for content in contents:
        for candidate in (content, content.strip()):
            if not candidate:
                continue
            found = prompt.find(candidate, pos)
            if found >= 0:
                if found > pos:
                    parts.append((prompt[pos:found], False))
                parts.append((candidate, True))
                pos = found + len(candidate)
                break
    if pos < len(prompt):
        parts.append((prompt[pos:], False))
    return parts


def _cut_after_last(prompt: str, content: str) -> str:
    """The prompt up to the end of the last message's text (its end-of-turn marker dropped)."""
    for candidate in (content, content.rstrip(), content.strip()):
        found = prompt.rfind(candidate) if candidate else -1
        if found >= 0:
            return prompt[: found + len(candidate)]
    return prompt


class _TextStream:
    """Turns token bytes into text events: UTF-8 completed across tokens, stop strings cut,
    pieces batched so that fast models do not pay a message per token (each piece event
    says how many tokens the answer has so far, for live speed numbers)."""

    BATCH_S = 0.01

    def __init__(self, worker: Worker, request_id: int, stops: tuple[str, ...],
                 strip_leading: bool) -> None:
        self.worker = worker
        self.request_id = request_id
        self.stops = tuple(s for s in stops if s)
        self.hold = max((len(s) for s in self.stops), default=0)
        self.utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.text = ""
        self.sent = 0
        self.flushed = 0
        self.started = not strip_leading
        self.last_send = 0.0
        self.tokens = 0

    def add(self, data: bytes) -> bool:
        """Add a token's bytes; True when a stop string was reached."""
        self.tokens += 1
        self.text += self.utf8.decode(data)
        if not self.started:
            self.started = bool(self.text.strip())
            self.text = self.text.lstrip()
        if self.stops:
            cut = _find_stop(self.text, self.stops, self.sent)
            if cut is not None:
                self.text = self.text[:cut]
                return True
        safe = len(self.text) - self.hold
        if safe > self.sent:
            self.sent = safe
            now = time.monotonic()
            if now - self.last_send >= self.BATCH_S:
                self._send(self.sent)
                self.last_send = now
        return False

    def _send(self, upto: int) -> None:
        if upto > self.flushed:
            self.worker.send({"event": "piece", "id": self.request_id,
                              "text": self.text[self.flushed:upto], "tokens": self.tokens})
            self.flushed = upto

    def finish(self, final: bool) -> None:
        """Send what is left (the held-back tail too)."""
        if final:
            self.text += self.utf8.decode(b"", final=True)
        self._send(len(self.text))


def _find_stop(text: str, stops: tuple[str, ...], sent: int) -> int | None:
    """Where the first stop string starts in text, looking only at unsent text."""
    best = None
    for stop in stops:
        found = text.find(stop, max(0, sent - len(stop)))
        if found >= 0 and (best is None or found < best):
            best = found
    return best


class Host:
    """The process: its slots, each a Worker with its own thread, and the one output."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.slots: dict[int, tuple[Worker, threading.Thread]] = {}
        self.load_lock = threading.Lock()
        self._write_lock = threading.Lock()

    def send(self, message: dict[str, Any]) -> None:
        """Send one event to the app."""
        with self._write_lock:
            protocol.write(self.out, message)

    def worker(self, slot: int) -> Worker:
        """The slot's worker, started on its first request."""
        if slot not in self.slots:
            worker = Worker(self, slot)
            thread = threading.Thread(target=worker.serve, daemon=True)
            self.slots[slot] = (worker, thread)
            thread.start()
        return self.slots[slot][0]

    def dispatch(self, request: dict[str, Any]) -> None:
        """Cancels and thread counts act at once; the rest queue up for the slot's thread."""
        op = request.get("op")
        slot = int(request.get("slot") or 0)
        if op == "close" and slot not in self.slots:
            self.send({"event": "closed", "slot": slot})
            return
        worker = self.worker(slot)
        if op == "cancel":
            worker.cancelled.add(int(request.get("id", -1)))
        elif op == "threads":
            worker.wanted_threads = max(0, int(request.get("n", 0)))
        else:
            worker.inbox.put(request)
            if op == "close":
                del self.slots[slot]

    def shutdown(self) -> None:
        """Stop every answer, free every model, and leave."""
        for worker, _ in self.slots.values():
            worker.cancelled.everything = True
            worker.inbox.put({"op": "quit"})
        for _, thread in self.slots.values():
            thread.join(timeout=10)
        self.out.flush()
        os._exit(0)


def serve(stream: IO[bytes], host: Host) -> None:
    """Read requests until quit or end of input."""
    for line in stream:
        try:
            request = protocol.decode(line)
        except ValueError:
            host.send({"event": "error", "kind": "protocol", "message": "bad request"})
            continue
        if request.get("op") == "quit":
            break
        try:
            host.dispatch(request)
        except (TypeError, ValueError):
            host.send({"event": "error", "kind": "protocol", "message": "bad request"})
    host.shutdown()


def main() -> int:
    """Serve requests until quit or end of input."""
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb", buffering=0)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    host = Host(out)
    import llama_cpp

    host.send({"event": "ready", "protocol": protocol.PROTOCOL_VERSION, "pid": os.getpid(),
               "gpu": bool(llama_cpp.llama_supports_gpu_offload())})
    serve(sys.stdin.buffer, host)
    return 0


if __name__ == "__main__":
    sys.exit(main())
