"""The real window streams answer after answer without losing references or memory.

A Qt binding that returns None (or True) from C++ without taking a reference makes CPython
abort with "Fatal Python error: none_dealloc" once the count reaches zero, minutes into a
session (PySide6 6.12.0 on Python 3.11). Python 3.12 made these objects immortal, so there the
counts do not move and the test only watches the memory.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                       reason="llama-cpp-python is not installed"),
    pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc"),
]

ANSWERS = 50


def test_fifty_streamed_answers_keep_references_and_memory(qtbot, chatapp_home: Path,
                                                           tiny_model: Path) -> None:
    from benchmarks.bench_reliability import MAX_LOST_REFERENCES, soak

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    shutil.copy(tiny_model, models / tiny_model.name)
    result = soak(ANSWERS)
    assert len(result["finished"]) == ANSWERS
    assert set(result["finished"]) <= {"stop", "length"}
    assert all(lost < MAX_LOST_REFERENCES for lost in result["lost"].values()), result["lost"]
    assert result["rss_after"] < result["rss_before"] * 1.10, result
