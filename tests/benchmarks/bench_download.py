"""Download throughput of chatapp's downloader against huggingface_hub.hf_hub_download.

Both fetch the same ~200 MB GGUF from the same local Hub server (tests/hub_server.py, in
its own process), alternating after one untimed run of each, in one run; the ratio of their
speeds is what counts.  huggingface_hub runs twice a round: with its own chunk size and with
the smaller one chatapp's downloader reads.  Our downloader also computes and checks the
sha256 and makes the file durable (hf_hub_download does neither).  Then a
download is interrupted twice (the connection dropped mid-file, then the app "restarts":
a new manager resumes the paused download) and the bytes fetched twice are reported.

usage: python tests/benchmarks/bench_download.py [--size-mb 200] [--rounds 5]
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.pop("HF_HUB_OFFLINE", None)
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
TESTS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TESTS))

REPO = "bench/big-GGUF"
FILE = "big-F32.gguf"


def _default_chunk() -> int:
    from huggingface_hub import constants

    return constants.DOWNLOAD_CHUNK_SIZE


DEFAULT_CHUNK = _default_chunk()


def make_model(path: Path, size_mb: int) -> Path:
    """A valid GGUF whose one tensor makes the file about size_mb megabytes."""
    import gguf
    import numpy as np

    n = size_mb * 1_000_000 // 4 // 256 * 256
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_name("bench")
    writer.add_block_count(1)
    writer.add_context_length(512)
    writer.add_tensor("blob.weight", np.random.default_rng(0).random(n, dtype=np.float32)
                      .reshape(-1, 256))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def paths_in(folder: Path):
    from chatapp.paths import Paths

    return Paths(folder / "data", folder / "config", folder / "cache", folder / "logs").ensure()


def ours(url: str, work: Path) -> float:
    """Seconds for chatapp's DownloadManager (HEAD-free: sizes come from model info)."""
    from chatapp.hub.client import HubClient
    from chatapp.hub.config import HubConfig
    from chatapp.hub.download import DONE, DownloadManager

    config = HubConfig(url, None, False)
    paths = paths_in(work)
    start = time.perf_counter()
    page = HubClient(config).model(REPO, with_card=False)
    manager = DownloadManager(paths, lambda: config, reserve_bytes=0)
    jobs = manager.add(REPO, page.models[0].files, page.commit)
    manager.wait()
    elapsed = time.perf_counter() - start
    assert jobs[0].status == DONE, jobs[0].error
    return elapsed


def theirs(url: str, work: Path, chunk: int = DEFAULT_CHUNK) -> float:
    """Seconds for huggingface_hub.hf_hub_download into a fresh cache, reading chunk bytes
    at a time (by default its own chunk size; chatapp's downloader sets a smaller one in
    the same process)."""
    from huggingface_hub import constants, hf_hub_download

    constants.DOWNLOAD_CHUNK_SIZE = chunk
    start = time.perf_counter()
    hf_hub_download(REPO, FILE, cache_dir=str(work / "hf"), endpoint=url, token=False)
    return time.perf_counter() - start


def resume_refetch(model: Path) -> tuple[int, int, int]:
    """(file size, bytes fetched in all, requests) for a download cut twice and resumed."""
    from hub_server import FakeHub

    from chatapp.hub.client import HubClient
    from chatapp.hub.config import HubConfig
    from chatapp.hub.download import DONE, PAUSED, DownloadManager

    size = model.stat().st_size
    with tempfile.TemporaryDirectory() as tmp, FakeHub() as hub:
        hub.add_repo(REPO, {FILE: model})
        config = HubConfig(hub.url, None, False)
        paths = paths_in(Path(tmp))
        page = HubClient(config).model(REPO, with_card=False)
        hub.reset_log()
        # 1. the connection drops at 30 %: the manager retries with a Range request
        hub.faults.drop_after(FILE, int(size * 0.3))
        manager = DownloadManager(paths, lambda: config, reserve_bytes=0, retry_delays=(0.2,))
        hub.faults.rate = 40e6  # slow enough to stop it half-way
        job = manager.add(REPO, page.models[0].files, page.commit)[0]
        while job.done_bytes < size * 0.6:
            time.sleep(0.02)
        # 2. the app quits mid-download, a new one resumes from the incomplete file
        manager.close()
        assert manager.get(job.id).status == PAUSED
        hub.faults.rate = None
        manager = DownloadManager(paths, lambda: config, reserve_bytes=0)
        manager.resume(job.id)
        manager.wait()
        job = manager.get(job.id)
        assert job.status == DONE, job.error
        sent = hub.sent(FILE)
        return size, sent, len([r for r in hub.requests if FILE in r.path])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        model = make_model(Path(tmp) / FILE, args.size_mb)
        size = model.stat().st_size
        server = subprocess.Popen(
            [sys.executable, str(TESTS / "hub_server.py"), "--file", f"{REPO}/{FILE}={model}"],
            stdout=subprocess.PIPE, text=True)
        try:
            url = server.stdout.readline().strip()
            from chatapp.hub.transfer import CHUNK

            our_s, their_s, same_s = [], [], []
            runs = (("hf", theirs, their_s), ("hf " + f"{CHUNK >> 10}K",
                                               functools.partial(theirs, chunk=CHUNK), same_s),
                    ("ours", ours, our_s))
            for _, fn, _ in runs:  # imports and first connections are not timed
                with tempfile.TemporaryDirectory(dir=tmp) as work:
                    fn(url, Path(work))
            for i in range(args.rounds):
                for name, fn, out in runs:
                    with tempfile.TemporaryDirectory(dir=tmp) as work:
                        os.sync()  # no dirty data of the run before is written during this one
                        seconds = fn(url, Path(work))
                    out.append(seconds)
                    print(f"round {i + 1} {name:8s} {size / seconds / 1e6:8.1f} MB/s",
                          flush=True)
        finally:
            server.terminate()
            server.wait()
        ours_rate = size / statistics.median(our_s) / 1e6
        theirs_rate = size / statistics.median(their_s) / 1e6
        print(f"\nfile: {size / 1e6:.0f} MB, {args.rounds} rounds, medians")
        same_rate = size / statistics.median(same_s) / 1e6
        print(f"huggingface_hub.hf_hub_download: {theirs_rate:8.1f} MB/s")
        print(f"  the same, {CHUNK >> 10} KB chunks: {same_rate:8.1f} MB/s")
        print(f"chatapp DownloadManager (+sha256): {ours_rate:8.1f} MB/s")
        print(f"ratio ours / huggingface_hub: {ours_rate / theirs_rate:.2f} "
              f"({ours_rate / same_rate:.2f} against its {CHUNK >> 10} KB chunks)")
        total, sent, requests = resume_refetch(model)
        refetched = sent - total
        print(f"\ninterrupted twice (dropped connection, app restart) and resumed: "
              f"{requests} requests, {sent:,} bytes sent for a {total:,}-byte file; "
              f"re-fetched {refetched:,} bytes ({100 * refetched / total:.3f} %)")


if __name__ == "__main__":
    main()
