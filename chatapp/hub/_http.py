"""The HTTP library huggingface_hub uses (httpx2 in recent releases, httpx before)."""

from __future__ import annotations

try:
    import httpx2 as httpx
except ImportError:  # huggingface_hub 1.x
    import httpx  # type: ignore[no-redef]

__all__ = ["httpx"]
