"""A model process's peak memory is the answer's own: started again as each answer begins."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatapp.engine.client import ModelWorker

HELLO = [{"role": "user", "content": "Hello"}]
PARAMS = {"max_tokens": 4, "temperature": 0.0, "seed": 1}


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="Linux /proc only")
def test_a_peak_after_a_reset_is_below_an_earlier_higher_one(starter_file: Path) -> None:
    """A real worker that held a large context, then a small one: after reset_peak its peak
    is what the small one needs (was: VmHWM kept the process's earlier peak, so the same
    variant read 609 MB after the start and 751 MB later in a session)."""
    worker = ModelWorker()
    try:
        worker.load(starter_file, n_ctx=32768, n_threads=1)
        "".join(worker.generate(HELLO, PARAMS))
        worker.load(starter_file, n_ctx=256, n_threads=1)
        earlier = worker.peak_rss()
        assert worker.reset_peak()
        "".join(worker.generate(HELLO, PARAMS))
        own = worker.peak_rss()
        assert 0 < own < earlier - 50e6, (own, earlier)
    finally:
        worker.stop()
    assert not worker.reset_peak()  # no process: the report then says its peak is not its own
