"""The download manager against the local Hub: verified downloads, resume with Range after
a dropped connection and after a restart, corruption, full disks, retries, traversal."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from hub_server import FakeHub

from chatapp.errors import UserError
from chatapp.hub.client import HubClient
from chatapp.hub.config import HubConfig
from chatapp.hub.download import (
    CANCELLED,
    DONE,
    FAILED,
    PAUSED,
    RUNNING,
    VERIFIED,
    DownloadManager,
)
from chatapp.hub.download_record import read_origins
from chatapp.hub.files import HubFile, UnsafePath, library_target, safe_relative_path
from chatapp.library import Library
from chatapp.paths import Paths, app_paths

pytest_plugins = ("hub_fixtures",)

REPO = "tester/tiny-GGUF"
FAST_RETRY = (0.05, 0.05, 0.05)
SMALL_CHUNK = 16 << 10  # what a transfer reads between two looks at progress and pauses


def config_for(hub: FakeHub, token: str | None = None) -> HubConfig:
    return HubConfig(hub.url, token, False)


def manager_for(hub: FakeHub, paths: Paths | None = None, **kwargs) -> DownloadManager:
    config = config_for(hub)
    kwargs.setdefault("retry_delays", FAST_RETRY)
    kwargs.setdefault("reserve_bytes", 0)
    return DownloadManager(paths or app_paths().ensure(), lambda: config, **kwargs)


def entry(hub: FakeHub, quant: str, repo: str = REPO):
    page = HubClient(config_for(hub)).model(repo, with_card=False)
    return page, next(e for e in page.models if e.quant == quant)


def wait_for(predicate, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.01)


def test_download_is_verified_and_moved_into_the_library(hub: FakeHub,
                                                         tiny_files: dict[str, Path]) -> None:
    page, q8 = entry(hub, "Q8_0")
    manager = manager_for(hub)
    changes = []
    finished = []
    manager.subscribe(changes.append, finished.append)
    job = manager.add(REPO, q8.files, page.commit)[0]
    assert manager.wait(timeout=20)
    assert job.status == DONE, job.error
    target = app_paths().models / "tester" / "tiny-GGUF" / "tiny-Q8_0.gguf"
    assert Path(job.target) == target
    assert target.read_bytes() == tiny_files["medium"].read_bytes()
    # nothing is left of the download (its lock's file neither: one a download piled up)
    assert not list(manager.folder.glob("*.incomplete"))
    assert not (manager.folder / f"{job.id}.lock").exists()
    assert finished == [job] and any(c.status == "verifying" for c in [job]) or changes
    assert read_origins(app_paths())[str(target)]["sha256"] == q8.files[0].sha256
    models = {m.file_name: m for m in Library(app_paths()).models()}
    model = models["tiny-Q8_0.gguf"]
    assert model.source == "downloaded" and model.repo_id == REPO
    assert model.parameters > 0 and model.sha256 == q8.files[0].sha256


def test_dropped_connection_resumes_with_range(hub: FakeHub, monkeypatch) -> None:
    monkeypatch.setattr("chatapp.hub.transfer.CHUNK", SMALL_CHUNK)  # several in a tiny file
    page, q8 = entry(hub, "Q8_0")
    size = q8.files[0].size
    hub.faults.drop_after("tiny-Q8_0.gguf", size // 3, size // 3)
    hub.reset_log()
    job = manager_for(hub).add(REPO, q8.files, page.commit)[0]
    manager_wait(job)
    assert job.status == DONE, job.error
    gets = [r for r in hub.requests if "tiny-Q8_0" in r.path and r.method == "GET"]
    assert [r.range is not None for r in gets] == [False, True, True]
    refetched = hub.sent("tiny-Q8_0") - size  # at most the chunk each drop cut short
    assert refetched < 2 * SMALL_CHUNK
    assert job.fetched_bytes == size


def manager_wait(job, timeout: float = 20.0) -> None:
    wait_for(lambda: job.status not in ("queued", "running", "verifying"), timeout)


def test_pause_and_resume_after_restart(hub: FakeHub, tmp_path: Path) -> None:
    from gguf_factory import write_tiny_llama

    model = write_tiny_llama(tmp_path / "m.gguf", n_embd=256, n_ff=512)  # ~3 MB
    hub.add_repo("tester/slow-GGUF", {"slow-F32.gguf": model})
    page, f32 = entry(hub, "F32", "tester/slow-GGUF")
    size = f32.files[0].size
    hub.faults.rate = 4e6
    paths = app_paths().ensure()
    first = manager_for(hub, paths)
    job = first.add("tester/slow-GGUF", f32.files, page.commit)[0]
    wait_for(lambda: job.done_bytes > size // 3)
    first.close()  # the app quits: the download is paused, its partial file kept
    assert job.status == PAUSED and job.interrupted
    assert [d.id for d in DownloadManager.interrupted(paths)] == [job.id]
    partial = first.partial_path(job)
    kept = partial.stat().st_size
    assert 0 < kept < size
    hub.faults.rate = None
    hub.reset_log()
    second = manager_for(hub, paths)  # the app starts again
    again = second.get(job.id)
    assert again.status == PAUSED and again.done_bytes == kept
    assert again.interrupted  # not paused by the user: said so
    second.resume(job.id)
    assert second.wait(timeout=20)
    assert again.status == DONE, again.error
    assert not again.interrupted and DownloadManager.interrupted(paths) == []
    resumed = [r for r in hub.requests if r.range == f"bytes={kept}-"]
    assert len(resumed) == 1 and resumed[0].sent == size - kept
    assert Path(again.target).read_bytes() == model.read_bytes()


def test_corrupted_download_is_rejected(hub: FakeHub) -> None:
    page, q8 = entry(hub, "Q8_0")
    hub.faults.corrupt_byte("tiny-Q8_0.gguf", q8.files[0].size - 10)
    manager = manager_for(hub)
    job = manager.add(REPO, q8.files, page.commit)[0]
    manager.wait(timeout=20)
    assert job.status == FAILED
    assert "checksum" in job.error and job.error_template and job.retryable
    assert not Path(job.target).exists()
    assert not list(manager.folder.glob("*.incomplete"))
    assert "tiny-Q8_0.gguf" not in {m.file_name for m in Library(app_paths()).models()}
    # a retry from a good server works
    hub.faults.clear()
    manager.retry(job.id)
    manager.wait(timeout=20)
    assert job.status == DONE


def test_a_file_that_is_not_a_model_fails_for_good(hub: FakeHub) -> None:
    import hashlib

    body = b"<!DOCTYPE html><html><body>Sign in to continue</body></html>\n" * 40
    hub.add_repo("tester/page-GGUF", {"page-Q4_K_M.gguf": body})
    page = HubClient(config_for(hub)).model("tester/page-GGUF", with_card=False)
    wanted = HubFile("page-Q4_K_M.gguf", len(body), hashlib.sha256(body).hexdigest())
    manager = manager_for(hub)
    job = manager.add("tester/page-GGUF", [wanted], page.commit)[0]
    manager.wait(timeout=20)
    assert job.status == FAILED and not job.retryable
    assert job.error.startswith("page-Q4_K_M.gguf is not a usable GGUF model and was deleted: ")
    assert ".)." not in job.error and job.error.endswith(".")
    assert not Path(job.target).exists() and not list(manager.folder.glob("*.incomplete"))


def test_truncated_file_with_wrong_size_is_rejected(hub: FakeHub) -> None:
    page, q8 = entry(hub, "Q8_0")
    wrong = HubFile(q8.files[0].path, q8.files[0].size + 1000, q8.files[0].sha256)
    manager = manager_for(hub)
    job = manager.add(REPO, [wrong], page.commit)[0]
    manager.wait(timeout=20)
    assert job.status == FAILED and "bytes but the Hub says" in job.error
    assert not Path(job.target).exists()


def test_not_enough_space_by_reserve(hub: FakeHub) -> None:
    page, q8 = entry(hub, "Q8_0")
    import shutil

    manager = manager_for(hub)
    manager.folder.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(manager.folder).free
    manager.reserve_bytes = free - q8.files[0].size // 2  # a quota: only half the file fits
    hub.reset_log()
    job = manager.add(REPO, q8.files, page.commit)[0]
    manager.wait(timeout=20)
    assert job.status == FAILED and "Not enough disk space" in job.error
    assert [r for r in hub.requests if "resolve" in r.path] == []


def tmpfs(mount: Path, size: str):
    """A tmpfs of size ("2m") mounted on mount, unmounted after (skips where mounting is
    not allowed)."""
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
                            capture_output=True)
    if result.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 2 MB tmpfs."""
    yield from tmpfs(tmp_path / "disk", "2m")


def test_full_disk_is_reported(hub: FakeHub, small_disk: Path, tmp_path: Path) -> None:
    from gguf_factory import write_tiny_llama

    model = write_tiny_llama(tmp_path / "m.gguf", n_embd=256, n_ff=512)  # ~3 MB > 2 MB disk
    hub.add_repo("tester/big-GGUF", {"big-F32.gguf": model})
    page, f32 = entry(hub, "F32", "tester/big-GGUF")
    paths = Paths(small_disk / "data", small_disk / "config", small_disk / "cache",
                  small_disk / "logs").ensure()
    manager = manager_for(hub, paths)
    job = manager.add("tester/big-GGUF", f32.files, page.commit)[0]
    manager.wait(timeout=20)
    assert job.status == FAILED and "Not enough disk space" in job.error
    # the disk fills up during the download (the size check passed): reported, not a crash
    half = HubFile(f32.files[0].path, 1_500_000, f32.files[0].sha256)
    job = manager.add("tester/big-GGUF", [half], page.commit)[0]
    manager.remove(job.id)
    job = manager.add("tester/big-GGUF", [half], page.commit)[0]
    manager.wait(timeout=20)
    assert job.status == FAILED
    assert "disk became full" in job.error or "Not enough disk space" in job.error


def test_a_models_folder_on_another_disk_gets_the_download_copied_whole(
        hub: FakeHub, small_disk: Path, tiny_files: dict[str, Path]) -> None:
    """data/downloads and data/models on two disks (a folder mounted or linked there): the
    verified file is copied into place, not refused as a move across disks."""
    paths = app_paths().ensure()
    models = small_disk / "models"
    models.mkdir()
    shutil.rmtree(paths.models)
    paths.models.symlink_to(models)  # the models folder on the small disk
    page, q8 = entry(hub, "Q8_0")
    manager = manager_for(hub, paths)
    job = manager.add(REPO, q8.files, page.commit)[0]
    assert manager.wait(timeout=20)
    assert job.status == DONE, job.error
    target = models / "tester" / "tiny-GGUF" / "tiny-Q8_0.gguf"
    assert target.read_bytes() == tiny_files["medium"].read_bytes()
    assert not list(manager.folder.glob("*.incomplete"))  # the download is gone once copied
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")]  # no half copy
    assert any(m.file_name == "tiny-Q8_0.gguf" for m in Library(paths).models())


@pytest.fixture
def disk_48m(tmp_path: Path):
    """A 48 MB tmpfs."""
    yield from tmpfs(tmp_path / "disk48", "48m")


def test_a_download_stops_before_it_eats_the_space_kept_free(hub: FakeHub, disk_48m: Path,
                                                              tmp_path: Path) -> None:
    """Another program fills the disk while a download runs: the download stops once the
    free space falls below the reserve (not at a full disk), keeps what it has, and goes on
    from there when space is back."""
    body = tmp_path / "body.bin"
    body.write_bytes(os.urandom(24 << 20))
    hub.add_repo("tester/fill-GGUF", {"fill-F16.gguf": body})
    page, f16 = entry(hub, "F16", "tester/fill-GGUF")
    paths = Paths(disk_48m / "data", disk_48m / "config", disk_48m / "cache",
                  disk_48m / "logs").ensure()
    manager = manager_for(hub, paths, reserve_bytes=12 << 20)
    hub.faults.rate = 4 << 20
    job = manager.add("tester/fill-GGUF", f16.files, page.commit)[0]
    wait_for(lambda: job.done_bytes > 0)
    filler = disk_48m / "other-program.bin"
    filler.write_bytes(b"\0" * (24 << 20))
    manager.wait(timeout=30)
    assert job.status == FAILED and "is kept free for the system" in job.error
    assert 0 < job.done_bytes < 24 << 20
    assert shutil.disk_usage(disk_48m).free > 4 << 20  # stopped well before a full disk
    kept = manager.partial_path(job).stat().st_size
    assert kept == job.done_bytes
    filler.unlink()
    hub.faults.rate = None
    manager.retry(job.id)
    manager.wait(timeout=30)
    # it went on from what it had (the whole file fetched once; it is then found to be no
    # GGUF: random bytes)
    assert job.fetched_bytes == 24 << 20
    assert "kept free" not in job.error
    manager.close()


def test_retries_server_errors_and_rate_limits(hub: FakeHub) -> None:
    page, q8 = entry(hub, "Q8_0")
    hub.faults.fail("/tester/tiny-GGUF/resolve/*", 500, times=2)
    hub.faults.fail("/tester/tiny-GGUF/resolve/*", 429, times=1, Retry_After="0")
    manager = manager_for(hub)
    job = manager.add(REPO, q8.files, page.commit)[0]
    manager.wait(timeout=20)
    assert job.status == DONE and job.attempts == 2  # the 429: huggingface_hub waits itself
    # a server that keeps failing ends the download with a message
    hub.faults.fail("/tester/tiny-GGUF/resolve/*", 503, times=100)
    page, q4 = entry(hub, "Q4_K_M")
    job = manager.add(REPO, q4.files, page.commit)[0]
    manager.wait(timeout=20)
    assert job.status == FAILED and "HTTP 503" in job.error


def test_gated_download_explains(hub: FakeHub) -> None:
    page = HubClient(config_for(hub)).model("corp/gated-GGUF", with_card=False)
    manager = manager_for(hub)
    job = manager.add("corp/gated-GGUF", page.models[0].files, page.commit)[0]
    manager.wait(timeout=20)
    assert job.status == FAILED and "accept the license" in job.error
    good = HubConfig(hub.url, "hf_allowed", False)
    manager = DownloadManager(app_paths().ensure(), lambda: good, reserve_bytes=0)
    manager.retry(job.id)
    manager.wait(timeout=20)
    assert manager.get(job.id).status == DONE


def test_redirect_to_the_storage_host_resumes_and_keeps_the_token_home(hub: FakeHub,
                                                                      monkeypatch) -> None:
    """The real Hub answers a large file with 302 to a signed URL on its CDN: the download
    follows it, resumes there with Range, and never sends the Hub token to that host."""
    monkeypatch.setattr("chatapp.hub.transfer.CHUNK", SMALL_CHUNK)
    hub.cdn_redirects = True
    good = HubConfig(hub.url, "hf_allowed", False)
    page = HubClient(good).model("corp/gated-GGUF", with_card=False)
    files = page.models[0].files
    size = files[0].size
    hub.faults.drop_after("gated-Q4_K_M.gguf", size // 2)
    hub.reset_log()
    manager = DownloadManager(app_paths().ensure(), lambda: good, reserve_bytes=0,
                              retry_delays=FAST_RETRY)
    job = manager.add("corp/gated-GGUF", files, page.commit)[0]
    manager_wait(job)
    assert job.status == DONE, job.error
    hub_side = [r for r in hub.requests if "/resolve/" in r.path and r.method == "GET"]
    cdn_side = [r for r in hub.requests if r.path.startswith("/cdn/")]
    assert hub_side and all(r.status == 302 and r.authorization for r in hub_side)
    assert [r.status for r in cdn_side] == [200, 206]
    assert cdn_side[1].range == f"bytes={size // 2 // SMALL_CHUNK * SMALL_CHUNK}-"
    assert not any(r.authorization for r in cdn_side)
    assert hub.sent("/cdn/") - size < SMALL_CHUNK
    assert Path(job.target).stat().st_size == size


def test_cancel_deletes_the_partial_file(hub: FakeHub) -> None:
    page, q8 = entry(hub, "Q8_0")
    hub.faults.rate = 100_000
    manager = manager_for(hub)
    job = manager.add(REPO, q8.files, page.commit)[0]
    wait_for(lambda: job.done_bytes > 0 or manager.partial_path(job).exists())
    manager.cancel(job.id)
    manager.wait(timeout=10)
    assert job.status == CANCELLED
    assert not manager.partial_path(job).exists() and not Path(job.target).exists()
    assert not (manager.folder / f"{job.id}.lock").exists()


def test_parallel_downloads_and_split_models(hub: FakeHub) -> None:
    page, f16 = entry(hub, "F16")
    _, q4 = entry(hub, "Q4_K_M")
    hub.faults.rate = 2e6
    manager = manager_for(hub, max_parallel=2)
    running_together = []
    manager.subscribe(lambda _d: running_together.append(
        sum(1 for d in manager.downloads() if d.status == RUNNING)))
    jobs = manager.add(REPO, f16.files, page.commit, group=f16.key)
    jobs += manager.add(REPO, q4.files, page.commit)
    assert manager.wait(timeout=30)
    assert all(j.status == DONE for j in jobs), [j.error for j in jobs]
    assert max(running_together) == 2
    folder = app_paths().models / "tester" / "tiny-GGUF"
    assert {p.name for p in folder.iterdir()} == {
        "tiny-F16-00001-of-00002.gguf", "tiny-F16-00002-of-00002.gguf", "tiny-Q4_K_M.gguf"}


@pytest.mark.parametrize("name", [
    "../../evil.gguf", "/etc/evil.gguf", "a/../../evil.gguf", "..", "a//b.gguf",
    "C:\\evil.gguf", "evil\x00.gguf", "./x.gguf",
])
def test_traversal_file_names_are_refused(name: str) -> None:
    with pytest.raises(UnsafePath):
        safe_relative_path(name)
    with pytest.raises(UnsafePath):
        library_target(app_paths().ensure().models, REPO, name)


def test_traversal_from_the_hub_is_refused(hub: FakeHub, tiny_files: dict[str, Path]) -> None:
    hub.add_repo("evil/repo-GGUF", {"../../../escape-Q4_0.gguf": tiny_files["small"],
                                    "sub/../../up-Q4_0.gguf": tiny_files["small"]})
    page = HubClient(config_for(hub)).model("evil/repo-GGUF", with_card=False)
    manager = manager_for(hub)
    for e in page.models:
        with pytest.raises(UnsafePath):
            manager.add("evil/repo-GGUF", e.files, page.commit)
    with pytest.raises(UserError):
        manager.add("../evil", page.models[0].files, page.commit)
    assert manager.downloads() == []
    home = app_paths().data.parent
    assert not any(p.name.startswith(("escape", "up-")) for p in home.parent.rglob("*.gguf"))


def test_symlink_out_of_the_library_is_not_followed(hub: FakeHub, tmp_path: Path) -> None:
    paths = app_paths().ensure()
    outside = tmp_path / "outside"
    outside.mkdir()
    (paths.models / "tester").mkdir()
    os.symlink(outside, paths.models / "tester" / "tiny-GGUF")
    page, q8 = entry(hub, "Q8_0")
    with pytest.raises(UnsafePath):
        manager_for(hub, paths).add(REPO, q8.files, page.commit)
    assert list(outside.iterdir()) == []
    # and the library does not list files through it
    (outside / "x.gguf").write_bytes(b"GGUF")
    assert "x.gguf" not in {m.file_name for m in Library(paths).models()}


@pytest.fixture
def split_repo(hub: FakeHub, tmp_path: Path) -> list[Path]:
    """tester/split-GGUF: a real three-part split model."""
    from gguf_factory import write_tiny_llama

    folder = tmp_path / "parts"
    folder.mkdir()
    write_tiny_llama(folder / "split-Q8_0.gguf", split_max_tensors=9, n_embd=128)
    parts = sorted(folder.iterdir())
    assert len(parts) == 3
    hub.add_repo("tester/split-GGUF", {p.name: p for p in parts})
    return parts


def test_split_model_with_a_corrupt_part_installs_no_part(hub: FakeHub,
                                                         split_repo: list[Path]) -> None:
    page, entry_ = entry(hub, "Q8_0", "tester/split-GGUF")
    assert entry_.split and len(entry_.files) == 3
    hub.faults.corrupt_byte(split_repo[1].name, split_repo[1].stat().st_size - 5)
    paths = app_paths().ensure()
    manager = manager_for(hub, paths)
    finished = []
    manager.subscribe(lambda _d: None, finished.append)
    jobs = manager.add("tester/split-GGUF", entry_.files, page.commit, group=entry_.key)
    assert manager.wait(timeout=30)
    assert [j.status for j in jobs] == [VERIFIED, FAILED, VERIFIED]
    assert "checksum" in jobs[1].error
    folder = paths.models / "tester" / "split-GGUF"
    assert not folder.exists() or not list(folder.iterdir())  # nothing half-installed
    assert [m for m in Library(paths).entries() if "split" in m.file_name] == []
    assert finished == []
    # the checked parts wait, also across a restart; a retry of the bad part installs all
    manager.close()
    again = manager_for(hub, paths)
    assert [again.get(j.id).status for j in jobs] == [VERIFIED, FAILED, VERIFIED]
    again.subscribe(lambda _d: None, finished.append)
    hub.faults.clear()
    hub.reset_log()
    again.retry(jobs[1].id)
    assert again.wait(timeout=30)
    assert [again.get(j.id).status for j in jobs] == [DONE, DONE, DONE]
    assert sorted(p.name for p in folder.iterdir()) == [p.name for p in split_repo]
    assert sorted(d.file_name for d in finished) == [p.name for p in split_repo]
    assert {r.path.rsplit("/", 1)[-1] for r in hub.requests if r.method == "GET"} == {
        split_repo[1].name}  # the verified parts were not fetched again
    [model] = [m for m in Library(paths).models() if "split" in m.file_name]
    assert model.parts and not model.problem and model.source == "downloaded"
    assert not list(again.folder.glob("*.incomplete"))


def test_pull_of_a_split_model_with_a_corrupt_part_fails_whole(
        hub: FakeHub, split_repo: list[Path], chatapp_home: Path) -> None:
    import sys

    hub.faults.corrupt_byte(split_repo[2].name, 200)
    result = subprocess.run([sys.executable, "-m", "chatapp", "pull", "tester/split-GGUF"],
                            capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        f"chatapp: {split_repo[2].name} was damaged in transfer: its checksum does not match "
        "the one the Hub publishes. The file was deleted; retry to download it again.")
    assert not list((chatapp_home / "data" / "models").rglob("*.gguf"))
    listing = subprocess.run([sys.executable, "-m", "chatapp", "models"], capture_output=True,
                             text=True, timeout=120, env=os.environ.copy())
    assert "split-Q8_0" not in listing.stdout
