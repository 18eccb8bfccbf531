"""Downloads that fail, wait or compete, against the local Hub: what the bar, the rows and
the messages say, what is left on disk, and two processes on one file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hub_server import FakeHub
from terminal_run import run_in_terminal

from chatapp.hub.client import HubClient
from chatapp.hub.config import HubConfig
from chatapp.hub.download import DONE, FAILED, RUNNING, DownloadManager
from chatapp.hub.download_record import RETRY_NETWORK, RETRY_SERVER
from chatapp.paths import app_paths
from chatapp.units import format_bytes

pytest_plugins = ("hub_fixtures",)

REPO = "tester/tiny-GGUF"


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                          text=True, timeout=120, env=env or os.environ.copy())


def entry(hub: FakeHub, quant: str, repo: str = REPO):
    page = HubClient(HubConfig(hub.url)).model(repo, with_card=False)
    return page, next(e for e in page.models if e.quant == quant)


def manager_for(endpoint: str, **kwargs) -> DownloadManager:
    config = HubConfig(endpoint)
    kwargs.setdefault("reserve_bytes", 0)
    kwargs.setdefault("retry_delays", (0.05, 0.05))
    return DownloadManager(app_paths().ensure(), lambda: config, **kwargs)


def partials() -> list[Path]:
    return list((app_paths().data / "downloads").glob("*.incomplete"))


def test_a_failed_pull_draws_no_full_bar_and_leaves_no_empty_file(hub: FakeHub) -> None:
    result = run_cli("pull", "corp/gated-GGUF")  # 401: nothing was downloaded
    assert result.returncode == 1 and "accept the license" in result.stderr
    assert "100.0%" not in result.stderr and "[###" not in result.stderr
    assert partials() == []
    env = dict(os.environ, HF_TOKEN="hf_wrong")
    result = run_cli("pull", "corp/gated-GGUF", env=env)  # 403 or 401 with a bad token
    assert result.returncode == 1 and "100.0%" not in result.stderr
    assert partials() == []


def test_a_download_that_fails_before_its_first_byte_leaves_no_partial(hub: FakeHub) -> None:
    page, q8 = entry(hub, "Q8_0")
    hub.faults.fail("/tester/tiny-GGUF/resolve/*", 500, times=100)
    manager = manager_for(hub.url)
    job = manager.add(REPO, q8.files, page.commit)[0]
    assert manager.wait(timeout=20)
    assert job.status == FAILED and "HTTP 500" in job.error
    assert partials() == []


def test_not_enough_space_names_the_free_space_and_the_reserve(hub: FakeHub) -> None:
    page, q8 = entry(hub, "Q8_0")
    manager = manager_for(hub.url)
    manager.folder.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(manager.folder).free
    manager.reserve_bytes = free - q8.files[0].size // 2  # only half the file fits
    job = manager.add(REPO, q8.files, page.commit)[0]
    manager.wait(timeout=20)
    assert job.status == FAILED
    assert f"it needs {format_bytes(q8.files[0].size)} more" in job.error
    assert f"and {format_bytes(manager.reserve_bytes)} is kept free for the system, but " \
        in job.error
    assert " 0 bytes is free" not in job.error and "GB is free on" in job.error
    assert manager.space_problem("x", 1) is None


def test_a_retrying_download_says_why_and_when(hub: FakeHub) -> None:
    page, q8 = entry(hub, "Q8_0")
    hub.faults.fail("/tester/tiny-GGUF/resolve/*", 500, times=2)
    manager = manager_for(hub.url, retry_delays=(1.2, 1.2, 1.2))
    seen = []
    manager.subscribe(lambda d: seen.append((d.retry_message(), d.speed, d.eta_s)))
    job = manager.add(REPO, q8.files, page.commit)[0]
    assert manager.wait(timeout=30)
    assert job.status == DONE, job.error
    waiting = [(m, speed, eta) for m, speed, eta in seen if m is not None]
    assert waiting and all(speed == 0 and eta is None for _, speed, eta in waiting)
    assert waiting[0][0] == (RETRY_SERVER, {"seconds": 2, "attempt": 2, "attempts": 4,
                                            "status": 500})
    assert {m[1]["attempt"] for m, _, _ in waiting} == {2, 3}
    assert job.retry_message() is None  # done: nothing waits


def test_a_lost_connection_counts_down_its_retries() -> None:
    with socket_closed() as url:
        manager = manager_for(url, retry_delays=(1.5, 0.1))
        from chatapp.hub.files import HubFile
        from chatapp.i18n import translate_error, translate_text

        seen, said = [], []
        manager.subscribe(lambda d: (seen.append(d.retry_message()), said.append(
            d.retry_text(lambda context, text: translate_text(context, text, "ms")))))
        job = manager.add(REPO, [HubFile("tiny-Q8_0.gguf", 1000, "")], "main")[0]
        assert manager.wait(timeout=30)
    assert job.status == FAILED and "Could not reach" in job.error
    # while it waits it names the reason its failure then names, in the same words (was:
    # "Connection dropped" while retrying, then "Connection refused")
    malay = [text for text in said if text]
    reason = translate_text("errors", "Connection refused", "ms")
    assert malay and all(reason in text for text in malay), malay
    assert reason in translate_error(job.user_error(), "ms")
    counted = [m[1]["seconds"] for m in seen if m is not None and m[1]["attempt"] == 2]
    assert counted[0] == 2 and 1 in counted  # told again as the seconds pass
    assert all(m[0] == RETRY_NETWORK for m in seen if m is not None)
    assert partials() == []


class socket_closed:
    """An endpoint on 127.0.0.1 where nothing listens."""

    def __enter__(self) -> str:
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        return None


def test_a_second_process_does_not_share_the_partial_file(hub: FakeHub, tmp_path: Path) -> None:
    from gguf_factory import write_tiny_llama

    model = write_tiny_llama(tmp_path / "big.gguf", n_embd=512, n_ff=1024)  # 22 MB
    hub.add_repo("tester/big-GGUF", {"big-F32.gguf": model})
    page, f32 = entry(hub, "F32", "tester/big-GGUF")
    hub.faults.rate = 2e6  # ten seconds for the file, half of one for the other's header
    manager = manager_for(hub.url)
    job = manager.add("tester/big-GGUF", f32.files, page.commit, group=f32.key)[0]
    deadline = time.monotonic() + 10
    while job.done_bytes == 0:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    second = run_cli("pull", "tester/big-GGUF")
    assert job.status == RUNNING  # still: the other process really ran alongside
    assert second.returncode == 1, second.stderr
    assert "already being downloaded by another ChatApp (process " \
        f"{os.getpid()})" in second.stderr.splitlines()[-1]
    assert "100.0%" not in second.stderr
    manager.pause(job.id)
    assert manager.wait(timeout=10)
    hub.faults.rate = None
    manager.resume(job.id)
    assert manager.wait(timeout=30)
    assert job.status == DONE, job.error
    queue = json.loads((manager.folder / "queue.json").read_text())
    assert [d["status"] for d in queue if d["id"] == job.id] == [DONE]


def test_two_managers_keep_each_others_downloads_in_the_queue(hub: FakeHub) -> None:
    page, q8 = entry(hub, "Q8_0")
    _, q4 = entry(hub, "Q4_K_M")
    first = manager_for(hub.url)
    second = manager_for(hub.url)  # another process: it read the queue before the first wrote
    a = first.add(REPO, q8.files, page.commit, start=False)[0]
    b = second.add(REPO, q4.files, page.commit, start=False)[0]
    first.pause(a.id)
    queue = json.loads((first.folder / "queue.json").read_text())
    assert {d["id"]: d["status"] for d in queue} == {a.id: "paused", b.id: "queued"}
    second.remove(b.id)
    queue = json.loads((first.folder / "queue.json").read_text())
    assert [d["id"] for d in queue] == [a.id]


def test_search_values_are_checked_before_asking_the_hub(hub: FakeHub) -> None:
    hub.reset_log()
    for args, wanted in (
            (("--max-params", "abc"), "\"abc\" is not a number of parameters"),
            (("--min-params", "0B"), "is not a number of parameters"),
            (("  ",), "the search words are only spaces")):
        result = run_cli("search", *args)
        assert result.returncode == 2, result
        [line] = result.stderr.splitlines()
        assert wanted in line and "Traceback" not in result.stderr
    result = run_cli("search", "--min-params", "8B", "--max-params", "1B")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "chatapp: --min-params 8B is more than --max-params 1B: no model can match.")
    assert hub.requests == []
    result = run_cli("search", "--min-params", "1.5b", "--max-params", "8B")
    assert result.returncode == 0 and "tester/liked-GGUF" in result.stdout


def test_pull_takes_hub_addresses_and_ollama_names(hub: FakeHub, chatapp_home: Path) -> None:
    folder = chatapp_home / "data" / "models" / "tester" / "tiny-GGUF"
    result = run_cli("pull", "https://huggingface.co/tester/tiny-GGUF")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Saved {folder / 'tiny-Q4_K_M.gguf'}"
    result = run_cli("pull", "hf.co/tester/tiny-GGUF:q8_0")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Saved {folder / 'tiny-Q8_0.gguf'}"
    result = run_cli("pull", "tester/tiny-GGUF:Q8_0", "--quant", "F16")
    assert result.returncode == 1 and "give only one" in result.stderr
    result = run_cli("pull", REPO, "--file", "README.md")
    assert result.returncode == 1
    assert result.stderr.strip().endswith(
        "Available files: tiny-F16.gguf, tiny-Q4_K_M.gguf, tiny-Q8_0.gguf")
    result = run_cli("pull", REPO, "--quant", "Q2_K")
    assert result.stderr.strip().endswith("Available quantizations: Q4_K_M, Q8_0, F16")


def test_offline_says_how_to_get_out_of_it(hub: FakeHub, chatapp_home: Path) -> None:
    result = run_cli("search", "tiny", env=dict(os.environ, HF_HUB_OFFLINE="1"))
    assert result.returncode == 1 and "HF_HUB_OFFLINE" in result.stderr
    settings = chatapp_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"offline": True}))
    result = run_cli("pull", REPO)
    assert result.returncode == 1 and "Models → Work offline" in result.stderr
    assert "\"offline\" to false in" in result.stderr
    assert hub.requests == []


def test_rm_of_a_name_two_models_share_names_both(hub: FakeHub, chatapp_home: Path,
                                                 tmp_path: Path) -> None:
    assert run_cli("pull", REPO).returncode == 0
    elsewhere = tmp_path / "copies"
    elsewhere.mkdir()
    downloaded = chatapp_home / "data" / "models" / "tester" / "tiny-GGUF" / "tiny-Q4_K_M.gguf"
    shutil.copy(downloaded, elsewhere / "tiny-Q4_K_M.gguf")
    assert run_cli("link", str(elsewhere)).returncode == 0
    result = run_cli("rm", "tiny-Q4_K_M", "--yes")
    assert result.returncode == 1
    assert "Several models match \"tiny-Q4_K_M\"" in result.stderr
    assert str(downloaded) in result.stderr and str(elsewhere / "tiny-Q4_K_M.gguf") \
        in result.stderr
    assert downloaded.exists()
    # at a terminal, the same command asks which one, then asks to confirm
    copy = elsewhere / "tiny-Q4_K_M.gguf"
    which = sorted([downloaded, copy]).index(copy) + 1
    shown = run_in_terminal(["rm", "tiny-Q4_K_M"], {"Which one to delete?": f"{which}\n",
                                                    "[y/N]": "y\n"})
    assert str(downloaded) in shown and str(copy) in shown and "not touched" in shown, shown
    assert copy.exists() and downloaded.exists()  # the link is forgotten; no file deleted
    assert str(copy) not in run_cli("models").stdout
    result = run_cli("rm", str(downloaded), "--yes")
    assert result.returncode == 0 and not downloaded.exists()


@pytest.mark.parametrize("command", [("fit",), ("chat", "hi"), ("bench",)])
def test_a_repo_not_downloaded_says_so_in_every_command(chatapp_home: Path,
                                                        command: tuple[str, ...]) -> None:
    result = run_cli(command[0], "-m", "bigcorp/Huge-70B-GGUF", *command[1:])
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "chatapp: There is no connection named bigcorp (chatapp remote list shows them), and "
        "no model from bigcorp/Huge-70B-GGUF in the library (`chatapp pull "
        "bigcorp/Huge-70B-GGUF` downloads it from the Hub).")


def test_a_download_retries_through_a_few_minutes_without_network() -> None:
    """A laptop whose Wi-Fi drops for a couple of minutes: the download keeps trying for
    about four minutes, at most a minute apart (was: 1 + 2 + … + 30 s, failed after about
    70 s)."""
    from chatapp.hub.download import RETRY_DELAYS

    assert sum(RETRY_DELAYS) >= 180 and max(RETRY_DELAYS) <= 60


def test_running_is_the_status_while_waiting() -> None:
    from chatapp.hub.download_record import Download

    d = Download("x", REPO, "a.gguf", "main", 10, "", "/tmp/a.gguf", status=RUNNING)
    d.retry_at, d.retry_attempt, d.retry_attempts = time.time() + 3.2, 2, 7
    assert d.retry_message() == (RETRY_NETWORK, {"seconds": 4, "attempt": 2, "attempts": 7,
                                                "reason": "?"})
    assert "retry_at" not in d.to_json()
    d.retry_status = 429  # a rate limit is said as one (was: "The Hub answered HTTP 429")
    from chatapp.hub.download_record import RETRY_RATE

    assert d.retry_message()[0] == RETRY_RATE


def test_a_recommended_repo_gone_from_the_hub_is_not_the_users_typo(hub: FakeHub) -> None:
    import pytest

    from chatapp.errors import UserError
    from chatapp.hub.recommended import Recommendation, suggest

    gone = Recommendation("gone/Model-GGUF", "Gone Model", 1.0, ("en",))
    with pytest.raises(UserError) as error:
        suggest(HubClient(HubConfig(hub.url)), gone)
    assert str(error.value) == (
        "The recommended model gone/Model-GGUF is not on the Hub now (its authors may have "
        "moved or removed it). Browse all models to find another.")


def test_a_file_another_process_fetched_meanwhile_is_not_fetched_again(hub: FakeHub) -> None:
    """Retry in the window after `chatapp pull` got the same file (the window's try was
    refused while the other one wrote it): done at once (was: all of it fetched again)."""
    from chatapp.hub.download_record import LOCKED

    page, q8 = entry(hub, "Q8_0")
    window = manager_for(hub.url)
    waiting = window.add(REPO, q8.files, page.commit, start=False)[0]
    waiting.status, waiting.error_template = FAILED, LOCKED  # as the other process held it
    pull = manager_for(hub.url)
    done = pull.add(REPO, q8.files, page.commit)[0]
    assert pull.wait(timeout=20) and done.status == DONE, done.error
    fetched = [r for r in hub.requests if r.method == "GET" and "/resolve/" in r.path]
    window.resume(waiting.id)
    assert window.wait(timeout=20)
    assert waiting.status == DONE and waiting.done_bytes == waiting.size, waiting.error
    assert [r for r in hub.requests if r.method == "GET" and "/resolve/" in r.path] == fetched
    assert not list(window.folder.glob("*.incomplete"))


def test_a_download_whose_process_died_is_taken_over(hub: FakeHub, tmp_path: Path) -> None:
    """`chatapp pull` killed while it downloads: the other process's manager sees the
    download running there, then interrupted, and Resume here finishes it
    (was: the queue file was read at start only)."""
    import signal

    from gguf_factory import write_tiny_llama

    from chatapp.hub.download import PAUSED

    model = write_tiny_llama(tmp_path / "big.gguf", n_embd=512, n_ff=1024)  # 22 MB
    hub.add_repo("tester/big-GGUF", {"big-F32.gguf": model})
    hub.faults.rate = 2e6
    manager = manager_for(hub.url)
    pull = subprocess.Popen([sys.executable, "-m", "chatapp", "pull", "tester/big-GGUF"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while not any(d.done_bytes > 1 << 20 for d in manager.refresh()
                      if manager.elsewhere(d.id)):
            assert time.monotonic() < deadline
            time.sleep(0.2)
    finally:
        pull.send_signal(signal.SIGKILL)
        pull.wait()
    [d] = manager.refresh()
    assert d.status == PAUSED and d.interrupted and not manager.elsewhere(d.id)
    partial = manager.partial_path(d).stat().st_size
    assert d.done_bytes == partial > 1 << 20
    hub.faults.rate = None
    hub.reset_log()
    manager.resume(d.id)
    assert manager.wait(timeout=30)
    assert d.status == DONE and Path(d.target).is_file(), d.error
    assert manager.refresh() == []  # nothing new from elsewhere
