"""Prints 1 when llama.cpp was built with a GPU backend, else 0 (run as a child process, so
llama.cpp is never loaded into the app's own process)."""

from __future__ import annotations

import sys


def main() -> int:
    """Write "1" or "0" to stdout; exit status 0."""
    import llama_cpp

    sys.stdout.write(str(int(llama_cpp.llama_supports_gpu_offload())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
