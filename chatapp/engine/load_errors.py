"""Why a model could not be loaded, in words a person can act on: llama.cpp's most telling
line, a model family it does not know, and a failure to allocate memory told as such."""

from __future__ import annotations

import collections
import re

from chatapp.errors import QT_TRANSLATE_NOOP, UserError


def last_error_line(lines: collections.deque[str]) -> str:
    """The most telling line llama.cpp wrote before failing, its source files named without
    the folders they were built in ("llama-model.cpp:1328: GGML_ASSERT(…) failed"); a line
    that only says loading failed gives way to the one before it that says why."""
    found = [line for line in reversed(lines) if _FAILURE_WORD.search(line)]
    telling = [line for line in found if not _GENERIC_FAILURE.search(line)]
    line = (telling or found or [""])[0]
    return _BUILD_PATH.sub("", line.strip())[:500]


# a word of a line that tells of a failure (whole words: "set_abort_callback" is not one)
_FAILURE_WORD = re.compile(r"\b(?:GGML_ASSERT|GGML_ABORT|[Ee]rror|ERROR|failed|FAILED|invalid|"
                           r"expected|[Aa]bort(?:ed)?|terminate|[Ss]egmentation fault|"
                           r"out of memory)\b")
# llama.cpp's closing lines of a failed load, which say nothing of why
_GENERIC_FAILURE = re.compile(r"failed to (?:load model(?: from .*)?|read tensor (?:info|data))$")
# llama.cpp's line for a model family it does not know
_UNKNOWN_ARCH = re.compile(r"unknown model architecture: '([^']{1,80})'")
UNKNOWN_ARCH = QT_TRANSLATE_NOOP(
    "errors", "its architecture \"{arch}\" is not supported by this version of llama.cpp "
    "(a newer ChatApp may run it)")


# the folders before a llama.cpp source file in its messages (/tmp/pip-…/src/)
_BUILD_PATH = re.compile(r"(?<![\w.])(?:/[^\s/:]+)+/(?=[\w.-]+\.(?:c|cpp|cu|h|m):\d)")


def explain_load(message: str, stderr: collections.deque[str]) -> str | UserError:
    """A load error with llama.cpp's reason where it gave one (ours where we know it)."""
    unknown = next((m for m in map(_UNKNOWN_ARCH.search, reversed(stderr)) if m), None)
    if unknown is not None:
        return UserError(UNKNOWN_ARCH, arch=unknown.group(1))
    detail = last_error_line(stderr)
    if message.startswith("Failed to load model") and detail:
        return detail
    return message or detail


# llama.cpp's and its backends' words for memory it could not have (CPU, CUDA, Metal, Vulkan)
_NO_MEMORY = re.compile(r"unable to allocate|failed to allocate|cudaMalloc failed|"
                        r"out of memory|insufficient memory|ErrorOutOfDeviceMemory", re.I)
NO_MEMORY = QT_TRANSLATE_NOOP(
    "errors", "There is not enough memory to load {name}: it needs about {need}, and this "
    "computer has {free} free. Close other programs, or pick a smaller quantization or a "
    "shorter context.")
NO_MEMORY_PLAIN = QT_TRANSLATE_NOOP(
    "errors", "There is not enough memory to load {name}. Close other programs, or pick a "
    "smaller quantization or a shorter context.")


def no_memory(*texts: object) -> str:
    """llama.cpp's words (a message, log lines) that say it could not allocate memory,
    whichever buffer it was ("unable to allocate CPU_REPACK buffer", "cudaMalloc failed: out
    of memory", …): the first such line, "" when none says so."""
    lines = (line for text in texts for line in str(text).splitlines())
    return next((line.strip() for line in lines if _NO_MEMORY.search(line)), "")
