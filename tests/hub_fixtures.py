"""Fixtures for Hub tests: a running local Hub (HF_ENDPOINT points at it), online mode,
and tiny GGUF repos.  Import the fixtures into a test module to use them."""

from __future__ import annotations

from pathlib import Path

import pytest
from gguf_factory import CHATML_TEMPLATE, write_tiny_llama
from hub_server import FakeHub

README = """---
license: apache-2.0
tags: [gguf]
---
# Tiny Llama GGUF

A **tiny** model for tests. ![remote image](http://127.0.0.1:9/tracker.png)

[Project page](https://example.org/tiny) · <script>alert(1)</script>
"""


@pytest.fixture(scope="session")
def tiny_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Three tiny models of growing depth (1, 4 and 16 layers, 32k context)."""
    folder = tmp_path_factory.mktemp("hubfiles")
    return {
        "small": write_tiny_llama(folder / "small.gguf", n_layer=1, ctx=32768,
                                  chat_template=CHATML_TEMPLATE),
        "medium": write_tiny_llama(folder / "medium.gguf", n_layer=4, ctx=32768),
        "large": write_tiny_llama(folder / "large.gguf", n_layer=16, ctx=32768, seed=2),
    }


@pytest.fixture
def online(monkeypatch: pytest.MonkeyPatch) -> None:
    """Leave the tests' default offline mode (restored after the test)."""
    from huggingface_hub import constants

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)


@pytest.fixture
def hub(online: None, monkeypatch: pytest.MonkeyPatch, tiny_files: dict[str, Path]):
    """A local Hub with a GGUF repo (three quants, one split in two parts, a projector),
    a gated repo and a private repo; HF_ENDPOINT points at it."""
    with FakeHub() as server:
        monkeypatch.setenv("HF_ENDPOINT", server.url)
        server.add_repo(
            "tester/tiny-GGUF",
            {
                "README.md": README.encode(),
                "tiny-Q4_K_M.gguf": tiny_files["small"],
                "tiny-Q8_0.gguf": tiny_files["medium"],
                "tiny-F16-00001-of-00002.gguf": tiny_files["large"],
                "tiny-F16-00002-of-00002.gguf": tiny_files["medium"],
                "mmproj-tiny-f16.gguf": tiny_files["small"],
                "config.json": b"{}",
            },
            downloads=500, likes=3, last_modified="2025-03-01T00:00:00.000Z",
            gguf={"total": 120_000, "architecture": "llama", "context_length": 32768},
        )
        server.add_repo("tester/other-GGUF", {"other-Q4_0.gguf": tiny_files["small"]},
                        downloads=900, likes=1, last_modified="2025-05-01T00:00:00.000Z",
                        gguf={"total": 9_000_000_000, "architecture": "llama"})
        server.add_repo("tester/liked-GGUF", {"liked-Q5_K_M.gguf": tiny_files["small"]},
                        downloads=10, likes=50, last_modified="2024-01-01T00:00:00.000Z",
                        gguf={"total": 1_500_000_000, "architecture": "qwen2"})
        server.add_repo("tester/not-gguf", {"model.safetensors": b"x" * 10},
                        tags=["safetensors"], downloads=10_000)
        server.add_repo("corp/gated-GGUF", {"gated-Q4_K_M.gguf": tiny_files["small"]},
                        gated="manual", tokens={"hf_allowed"}, license="other")
        server.add_repo("corp/private-GGUF", {"private-Q4_K_M.gguf": tiny_files["small"]},
                        private=True, tokens={"hf_allowed"})
        yield server
