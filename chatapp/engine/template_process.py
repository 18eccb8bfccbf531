"""Untrusted chat templates rendered in a long-lived child process that the OS limits.

A chat template is a program from a downloaded file. Every process of the app that renders
one (the window's template viewer, each model worker) hands it to its own renderer child,
``python -m chatapp.engine.template_process``, which speaks JSON lines over pipes: a request
``{"text", "variables", "max_chars", "deadline_s"}`` is answered by ``{"text"}`` or
``{"error"}``. The child's address space is limited (``RLIMIT_AS``: a template that builds
huge values gets a MemoryError), and so is its CPU time per render (``RLIMIT_CPU``); the
parent kills it once a render runs past its deadline and starts another. Where
``RLIMIT_AS`` does not apply (Windows has no ``resource`` module; macOS ignores it), the
wall-clock kill and the size cap on the output are the limits.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
from typing import Any

from chatapp.engine.jinja_sandbox import TemplateError, render_text
from chatapp.engine.spawn import die_with_parent, spawn
from chatapp.errors import QT_TRANSLATE_NOOP, user_error_from
from chatapp.launch import module_command

MODULE = "chatapp.engine.template_process"
# Address space the child may use on top of what it holds once ready, besides 16 bytes a
# character of the largest prompt asked for.
MEMORY_BASE = 256 * 1024 * 1024
# How long a starting child may take to say it is ready.
START_TIMEOUT_S = 60.0


class Renderer:
    """The parent's handle to one renderer child: one render at a time, a child killed at a
    render's deadline and replaced at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._popen: subprocess.Popen[bytes] | None = None
        self._lines: queue.Queue[bytes | None] = queue.Queue()
        self._ready = False

    def _start(self) -> None:
        """Start a child (it is ready once it writes its first line)."""
        self._lines = queue.Queue()
        self._ready = False
        self._popen = spawn(module_command(MODULE), dict(os.environ),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        threading.Thread(target=self._read, args=(self._popen, self._lines), daemon=True).start()

    @staticmethod
    def _read(popen: subprocess.Popen[bytes], lines: queue.Queue[bytes | None]) -> None:
        assert popen.stdout is not None
        with popen.stdout:
            for line in popen.stdout:
                lines.put(line)
        lines.put(None)

    def _stop(self) -> None:
        if self._popen is not None:
            self._popen.kill()
            self._popen.wait()
            if self._popen.stdin is not None:
                self._popen.stdin.close()
            self._popen = None

    def close(self) -> None:
        """End the child: its input closes and it exits (killed if it does not within a
        second)."""
        with self._lock:
            popen, self._popen = self._popen, None
        if popen is None:
            return
        if popen.stdin is not None:
            with contextlib.suppress(OSError):
                popen.stdin.close()
        try:
            popen.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            popen.kill()
            popen.wait()

    def _reply(self, timeout: float) -> dict[str, Any]:
        """The child's next line; {"ended": true} when it ended, {} when it said nothing in
        time."""
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            return {}
        return {"ended": True} if line is None else json.loads(line)

    def render(self, text: str, variables: dict[str, Any], deadline_s: float,
               max_chars: int) -> str:
        """The template's output, or TemplateError (past the deadline: the child is killed)."""
        request = json.dumps({"text": text, "variables": variables, "max_chars": max_chars,
                              "deadline_s": deadline_s}, default=str).encode("ascii") + b"\n"
        with self._lock:
            if self._popen is None or self._popen.poll() is not None:
                self._stop()
                self._start()
            if not self._ready:
                if not self._reply(START_TIMEOUT_S).get("ready"):
                    self._stop()
                    raise TemplateError(QT_TRANSLATE_NOOP(
                        "errors", "The chat template could not be rendered: the template "
                        "process did not start."))
                self._ready = True
            try:
                assert self._popen is not None and self._popen.stdin is not None
                self._popen.stdin.write(request)
                self._popen.stdin.flush()
            except OSError:
                pass  # it ended: no reply comes
            reply = self._reply(deadline_s)
            if not reply or "ended" in reply or reply.get("restart"):
                self._stop()
                self._start()  # warms up while the caller goes on
            if not reply:
                raise TemplateError(QT_TRANSLATE_NOOP(
                    "errors", "The chat template took longer than {seconds} s to render and was "
                    "stopped (it may loop forever)."), seconds=f"{deadline_s:g}")
            if "ended" in reply:
                raise TemplateError(QT_TRANSLATE_NOOP(
                    "errors", "The chat template stopped the template process."))
        if "error" in reply:
            data = user_error_from(reply.get("data"))
            raise (TemplateError(data.template, **data.params) if data is not None
                   else TemplateError("{reason}", reason=str(reply["error"])))
        return reply["text"]


_renderer = Renderer()
atexit.register(_renderer.close)


def render_untrusted(text: str, variables: dict[str, Any], *, deadline_s: float,
                     max_chars: int) -> str:
    """Render template source with JSON-like variables in this process's renderer child;
    the output (at most max_chars characters) or TemplateError."""
    return _renderer.render(text, variables, deadline_s, max_chars)


def _address_space() -> int:
    """This process's virtual memory size in bytes (0 where it cannot be read)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


def _limit(max_chars: int, deadline_s: float, base: int) -> None:
    """Set this process's limits for one render: address space and CPU seconds."""
    try:
        import resource
    except ImportError:  # Windows
        return
    used = resource.getrusage(resource.RUSAGE_SELF)
    limits = [(resource.RLIMIT_CPU, int(used.ru_utime + used.ru_stime + deadline_s) + 2)]
    if base:  # where the address space can be read (Linux): macOS ignores RLIMIT_AS
        limits.append((resource.RLIMIT_AS, base + MEMORY_BASE + 16 * max_chars))
    for kind, want in limits:
        # (a system that refuses: the deadline kill remains)
        with contextlib.suppress(ValueError, OSError):
            _soft, hard = resource.getrlimit(kind)
            resource.setrlimit(kind, (want if hard == resource.RLIM_INFINITY
                                      else min(want, hard), hard))


def main() -> None:
    """The child: render requests from stdin, one JSON line each, until stdin closes."""
    die_with_parent()
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    base = _address_space()
    stdout.write(b'{"ready": true}\n')
    stdout.flush()
    for line in stdin:
        request = json.loads(line)
        max_chars = int(request["max_chars"])
        _limit(max_chars, float(request["deadline_s"]), base)
        try:
            reply = {"text": render_text(request["text"], request["variables"], max_chars)}
        except TemplateError as exc:  # after a MemoryError the parent starts a fresh child
            reply = {"error": str(exc), "data": exc.to_dict(),
                     "restart": isinstance(exc.__cause__, MemoryError)}
        stdout.write(json.dumps(reply).encode("ascii") + b"\n")
        stdout.flush()


if __name__ == "__main__":
    main()
