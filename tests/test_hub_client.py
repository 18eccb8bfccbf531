"""Hub search, model pages, header range reads, fit badges, tokens, gated repos and
offline mode, against the local Hub server through real huggingface_hub calls."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from hub_server import FakeHub

from chatapp.fit import FITS, TIGHT, TOO_BIG, Machine, estimate
from chatapp.hub.client import HubClient
from chatapp.hub.config import HubConfig, OfflineError, read_saved_token, save_token
from chatapp.hub.errors import HubError
from chatapp.hub.files import group_gguf_files, quant_name
from chatapp.paths import app_paths

pytest_plugins = ("hub_fixtures",)


def client(hub: FakeHub, token: str | None = None, offline: bool = False,
           cache: Path | None = None) -> HubClient:
    return HubClient(HubConfig(hub.url, token, offline), cache)


def test_config_honours_environment(hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = app_paths().ensure()
    config = HubConfig.load(paths)
    assert config.endpoint == hub.url and not config.offline and config.token is None
    monkeypatch.setenv("HF_TOKEN", "hf_env")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    config = HubConfig.load(paths)
    assert config.token == "hf_env" and config.offline
    assert os.environ["HF_HUB_DISABLE_TELEMETRY"] == "1"
    assert HubConfig.load(paths, offline_setting=True).offline


def test_search_sorts_and_filters(hub: FakeHub) -> None:
    c = client(hub)
    ids = [h.repo_id for h in c.search("")]
    assert "tester/not-gguf" not in ids
    assert ids[:3] == ["tester/other-GGUF", "tester/tiny-GGUF", "tester/liked-GGUF"]
    assert [h.repo_id for h in c.search("", sort="likes")][0] == "tester/liked-GGUF"
    assert [h.repo_id for h in c.search("", sort="recent")][0] == "tester/other-GGUF"
    assert [h.repo_id for h in c.search("tiny")] == ["tester/tiny-GGUF"]
    small = [h.repo_id for h in c.search("", min_params="1B", max_params="8B")]
    assert small == ["tester/liked-GGUF"]
    hit = c.search("tiny")[0]
    assert hit.downloads == 500 and hit.parameters == 120_000 and hit.architecture == "llama"
    query = next(r for r in hub.requests if r.path.startswith("/api/models?"))
    assert "filter=gguf" in query.path
    from chatapp import __version__  # the app says its version (was: chatapp/None)

    assert query.user_agent.startswith(f"chatapp/{__version__};"), query.user_agent


def test_model_page_groups_quants_and_splits(hub: FakeHub) -> None:
    page = client(hub).model("tester/tiny-GGUF")
    assert page.license == "apache-2.0" and not page.gated
    assert page.card.startswith("# Tiny Llama GGUF")
    models = page.models
    assert [e.quant for e in models] == ["Q4_K_M", "Q8_0", "F16"]
    split = models[-1]
    assert split.split and split.complete and split.name == "tiny-F16.gguf"
    assert [f.name for f in split.files] == ["tiny-F16-00001-of-00002.gguf",
                                             "tiny-F16-00002-of-00002.gguf"]
    assert split.size == sum(f.size for f in split.files)
    assert all(len(f.sha256) == 64 for e in models for f in e.files)
    assert [e.kind for e in page.entries if e.kind != "model"] == ["mmproj"]
    gated = client(hub).model("corp/gated-GGUF")
    assert gated.gated and gated.license == "other"


@pytest.mark.parametrize(("name", "quant"), [
    ("Llama-3.2-1B-Instruct-Q4_K_M.gguf", "Q4_K_M"),
    ("model.q8_0.gguf", "Q8_0"),
    ("Meta-Llama-3-8B-Instruct-IQ2_XXS.gguf", "IQ2_XXS"),
    ("gemma-3-270m-it-UD-Q4_K_XL.gguf", "UD-Q4_K_XL"),
    ("ggml-model-f16.gguf", "F16"),
    ("qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf", "Q4_K_M"),
    ("phi-4-BF16.gguf", "BF16"),
    ("model.gguf", ""),
])
def test_quant_names(name: str, quant: str) -> None:
    assert quant_name(name) == quant


def test_incomplete_split_is_not_offered() -> None:
    from chatapp.hub.files import HubFile

    entries = group_gguf_files([HubFile("m-Q4_K_M-00001-of-00003.gguf", 10),
                                HubFile("m-Q4_K_M-00002-of-00003.gguf", 10)])
    assert len(entries) == 1 and not entries[0].complete


def test_header_is_read_with_range_requests(hub: FakeHub, tiny_files: dict[str, Path],
                                            tmp_path: Path) -> None:
    # a 20 MB model whose header is a few KB: only the first range is fetched
    from gguf_factory import write_tiny_llama

    big = write_tiny_llama(tmp_path / "big.gguf", n_embd=1024, n_ff=2048, n_layer=2,
                           n_vocab=2000, ctx=8192)
    hub.add_repo("tester/big-GGUF", {"big-F32.gguf": big})
    c = client(hub, cache=tmp_path / "headers")
    page = c.model("tester/big-GGUF", with_card=False)
    hub.reset_log()
    shape = c.header_shape(page.repo_id, page.models[0], page.commit)
    ranges = [r for r in hub.requests if "big-F32.gguf" in r.path]
    assert ranges and all(r.range and r.range.startswith("bytes=") for r in ranges)
    assert hub.sent("big-F32.gguf") <= 1 << 20 < big.stat().st_size
    assert shape.architecture == "llama" and shape.n_layer == 2 and shape.n_ctx_train == 8192
    assert shape.n_embd == 1024 and shape.n_vocab == 2000 and not shape.has_template
    assert shape.weights_bytes > 15_000_000
    # the second time it comes from the header cache: no request
    hub.reset_log()
    assert c.header_shape(page.repo_id, page.models[0], page.commit) == shape
    assert hub.requests == []


def test_a_git_lfs_pointer_on_the_hub_says_what_can_be_done(hub: FakeHub,
                                                            tmp_path: Path) -> None:
    """Was: "… Download the actual file instead.", the advice for a pointer on this
    computer, which a user cannot follow for the Hub's own file."""
    from chatapp.hub.client import DamagedOnHub

    pointer = tmp_path / "m-Q6_K_L.gguf"
    pointer.write_bytes(b"version https://git-lfs.github.com/spec/v1\noid sha256:"
                        + b"ab" * 32 + b"\nsize 6596011200\n")
    hub.add_repo("tester/pointer-GGUF", {"m-Q6_K_L.gguf": pointer})
    c = client(hub, cache=tmp_path / "headers")
    page = c.model("tester/pointer-GGUF", with_card=False)
    with pytest.raises(DamagedOnHub) as caught:
        c.header_shape(page.repo_id, page.models[0], page.commit)
    assert str(caught.value) == (
        "m-Q6_K_L.gguf on the Hub is a Git LFS pointer, a small text file that stands for the "
        "model, not the model itself (its authors uploaded it without Git LFS), so it is not "
        "downloaded. Ask its authors, or choose another file.")


def test_header_grows_the_range_when_needed(hub: FakeHub, tmp_path: Path) -> None:
    # a header larger than the first 1 MiB range (a big vocabulary, like gemma3's)
    from gguf_factory import write_tiny_llama

    model = write_tiny_llama(tmp_path / "vocab.gguf", n_vocab=120_000, n_embd=32, n_head=2,
                             n_ff=32, n_layer=1)
    hub.add_repo("tester/vocab-GGUF", {"vocab-F32.gguf": model})
    c = client(hub)
    page = c.model("tester/vocab-GGUF", with_card=False)
    hub.reset_log()
    shape = c.header_shape(page.repo_id, page.models[0], page.commit)
    assert shape.n_vocab == 120_000
    assert len([r for r in hub.requests if "vocab-F32" in r.path]) >= 2
    assert hub.sent("vocab-F32") < model.stat().st_size


def test_fit_badges(hub: FakeHub) -> None:
    c = client(hub)
    page = c.model("tester/tiny-GGUF", with_card=False)
    shapes = [c.header_shape(page.repo_id, e, page.commit) for e in page.models]
    assert shapes[0].has_template and not shapes[1].has_template
    n_ctx = 32768
    medium = estimate(shapes[1], n_ctx, Machine(1 << 40, 1 << 40)).total
    machine = Machine(ram_total=4 << 30, ram_available=int(medium / 0.9))
    verdicts = [estimate(s, n_ctx, machine).verdict for s in shapes]
    assert verdicts == [FITS, TIGHT, TOO_BIG]
    result = estimate(shapes[2], n_ctx, machine)
    assert result.kv_cache == 16 * 4 * 32 * 2 * n_ctx  # layers × kv heads × (k+v dims) × f16
    assert result.total == result.weights + result.kv_cache + result.compute + result.overhead
    assert result.overhead > 0  # the worker process and llama.cpp's bookkeeping
    # the split F16 entry counts the weights of both parts
    assert shapes[2].weights_bytes >= page.models[2].size - 100_000
    # with a GPU that has room, the model goes there
    gpu = Machine(4 << 30, 512 << 20, gpu_offload=True, vram_total=8 << 30, vram_free=8 << 30)
    assert estimate(shapes[2], n_ctx, gpu).device == "gpu"


def test_gated_and_private_repos_say_what_to_do(hub: FakeHub) -> None:
    path = "gated-Q4_K_M.gguf"
    with pytest.raises(HubError) as no_token:
        client(hub).read_header("corp/gated-GGUF", path)
    assert "accept the license" in str(no_token.value)
    assert "token" in str(no_token.value)
    with pytest.raises(HubError) as denied:
        client(hub, token="hf_other").read_header("corp/gated-GGUF", path)
    assert "no access yet" in str(denied.value)
    assert client(hub, token="hf_allowed").read_header("corp/gated-GGUF", path)[:4] == b"GGUF"
    with pytest.raises(HubError) as private:
        client(hub).model("corp/private-GGUF")
    assert "private" in str(private.value) and "Traceback" not in str(private.value)
    assert client(hub, token="hf_allowed").model("corp/private-GGUF").private
    auth = [r.authorization for r in hub.requests if r.authorization]
    assert "Bearer hf_allowed" in auth


def test_a_card_that_cannot_be_read_says_why_instead_of_that_there_is_none(
        hub: FakeHub, tiny_files: dict[str, Path]) -> None:
    hub.add_repo("corp/carded-GGUF", {"README.md": b"# The card\n\nBehind the gate.",
                                      "carded-Q4_K_M.gguf": tiny_files["small"]},
                 gated="manual", tokens={"hf_allowed"})
    page = client(hub).model("corp/carded-GGUF")
    assert page.card == "" and page.card_error is not None
    assert "token" in str(page.card_error)  # (the window shows it in the card's place)
    page = client(hub, token="hf_allowed").model("corp/carded-GGUF")
    assert "Behind the gate." in page.card and page.card_error is None


def test_token_file_is_private_and_never_logged(hub: FakeHub, caplog: pytest.LogCaptureFixture,
                                                chatapp_home: Path) -> None:
    paths = app_paths().ensure()
    save_token(paths, "hf_allowed")
    token_file = paths.config / "hf-token"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert read_saved_token(paths) == "hf_allowed"
    config = HubConfig.load(paths)
    assert config.token == "hf_allowed" and "hf_allowed" not in repr(config)
    caplog.set_level(logging.DEBUG)
    HubClient(config).model("corp/private-GGUF")
    assert "hf_allowed" not in caplog.text
    for path in chatapp_home.rglob("*"):
        if path.is_file() and path != token_file:
            assert b"hf_allowed" not in path.read_bytes(), path
    save_token(paths, "")
    assert not token_file.exists()


def test_offline_makes_zero_requests(hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    c = client(hub, offline=True)
    for call in (lambda: c.search("tiny"), lambda: c.model("tester/tiny-GGUF"),
                 lambda: c.read_header("tester/tiny-GGUF", "tiny-Q8_0.gguf")):
        with pytest.raises(OfflineError):
            call()
    # the environment variable does the same, and huggingface_hub's own calls are blocked too
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    config = HubConfig.load(app_paths().ensure())
    with pytest.raises(OfflineError):
        HubClient(config).search("tiny")
    from huggingface_hub import hf_hub_download

    with pytest.raises(Exception):  # noqa: B017 - any refusal, as long as nothing is sent
        hf_hub_download("tester/tiny-GGUF", "tiny-Q8_0.gguf", endpoint=hub.url,
                        cache_dir=str(app_paths().cache / "hf"))
    assert hub.requests == []


def test_server_errors_are_messages(hub: FakeHub) -> None:
    hub.faults.fail("/api/models/tester/tiny-GGUF", 500, times=1)
    with pytest.raises(HubError) as server:
        client(hub).model("tester/tiny-GGUF", with_card=False)
    assert "HTTP 500" in str(server.value) and server.value.retryable
    assert client(hub).model("tester/tiny-GGUF", with_card=False).models
    hub.faults.fail("/api/models/tester/tiny-GGUF", 403, times=1)
    with pytest.raises(HubError) as forbidden:
        client(hub).model("tester/tiny-GGUF", with_card=False)
    assert "refused access" in str(forbidden.value)
    with pytest.raises(HubError) as missing:
        client(hub).model("tester/nothing-here")
    assert "was not found" in str(missing.value)


def test_a_hub_that_stops_sending_is_not_called_unreachable() -> None:
    from chatapp.hub._http import httpx
    from chatapp.hub.errors import NETWORK, STALLED, translate_exception

    stalled = translate_exception(httpx.ReadTimeout("timed out"), "a/b", "http://hub.local")
    assert stalled.template == STALLED and stalled.retryable
    assert "did not answer in time" in str(stalled) and "Could not reach" not in str(stalled)
    refused = translate_exception(httpx.ConnectError("refused"), "a/b", "http://hub.local")
    assert refused.template == NETWORK


def test_a_hub_that_never_answers_a_search_or_a_page_ends_it_with_one_line(
        hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Hub takes the connection and sends nothing: huggingface_hub's API calls set no
    read limit, so the app's (READ_TIMEOUT_S) ends them."""
    from chatapp.hub import _http
    from chatapp.hub.errors import STALLED

    monkeypatch.setattr(_http, "READ_TIMEOUT_S", 0.5)
    hub.faults.delay_s = 5.0
    for ask in (lambda c: c.search("tiny"), lambda c: c.model("tester/tiny-GGUF")):
        hub.reset_log()
        with pytest.raises(HubError) as stalled:
            ask(client(hub))
        assert stalled.value.template == STALLED and stalled.value.retryable
        # asked once: not five times more (huggingface_hub retries a read timeout; six
        # tries of 30 s each kept a search waiting 3.5 minutes)
        assert len(hub.arrived) == 1, hub.arrived
    hub.faults.delay_s = 0.0
    assert client(hub).search("tiny")


def test_a_frozen_hub_that_takes_no_connection_is_said_as_every_timeout_is(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A Hub process frozen with SIGSTOP whose waiting connections fill its queue: a new
    one is not taken in time. The search and the model page say the one translated timeout
    line (was: the search said "Cannot reach … : timed out.", with the library's English
    "timed out" inside the Malay sentence, while the page said the translated one)."""
    import socket

    from chatapp.hub import _http
    from chatapp.hub.errors import STALLED
    from chatapp.i18n import translate_error

    monkeypatch.setattr(_http, "CONNECT_TIMEOUT_S", 0.5)
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)  # never accepts: what a stopped process does
    waiting = []
    try:
        for _ in range(8):  # fill its queue: a connection more is not taken
            sock = socket.socket()
            sock.setblocking(False)
            sock.connect_ex(server.getsockname())
            waiting.append(sock)
        url = f"http://127.0.0.1:{server.getsockname()[1]}"
        hub = HubClient(HubConfig(url, None, False))
        for ask in (lambda: hub.search("tiny"), lambda: hub.model("tester/tiny-GGUF")):
            with pytest.raises(HubError) as stalled:
                ask()
            assert stalled.value.template == STALLED and stalled.value.retryable
            malay = translate_error(stalled.value, "ms")
            assert "timed out" not in malay and url in malay, malay
    finally:
        for sock in waiting:
            sock.close()
        server.close()


def test_a_long_rate_limit_is_said_at_once_with_the_time_to_wait(hub: FakeHub) -> None:
    """The Hub answers 429 and asks to wait 30 s: the search fails at once and says how
    long (was: five tries, 2.5 minutes, then "wait a minute"); a wait of a second is waited
    through and the search answers."""
    import time

    hub.faults.fail("/api/models", 429, times=5, Retry_After="30")
    started = time.monotonic()
    with pytest.raises(HubError) as limited:
        client(hub).search("tiny")
    assert time.monotonic() - started < 5
    assert str(limited.value) == ("The Hub is limiting how many requests you make: try again "
                                  "in 0:30.") and limited.value.retryable
    hub.faults.clear()
    hub.faults.fail("/api/models", 429, times=1, Retry_After="1")
    assert [h.repo_id for h in client(hub).search("tiny")] == ["tester/tiny-GGUF"]


def test_a_rate_limit_outlasting_the_retries_says_the_time_asked_for(hub: FakeHub) -> None:
    """A model page the Hub keeps refusing with 429 and Retry-After 1: once huggingface_hub's
    own retries are spent, the line says the second it asked for (was: "Wait a minute")."""
    hub.faults.fail("/api/models/tester/tiny-GGUF*", 429, times=100, Retry_After="1")
    with pytest.raises(HubError) as limited:
        client(hub).model("tester/tiny-GGUF")
    assert str(limited.value) == ("The Hub is limiting how many requests you make: try again "
                                  "in 0:01.") and limited.value.retryable


def test_a_search_the_hub_refuses_without_a_token_asks_for_one(hub: FakeHub) -> None:
    hub.faults.fail("/api/models", 401, times=1)
    with pytest.raises(HubError) as refused:
        client(hub).search("tiny")
    assert str(refused.value) == ("The Hub asks for an access token to search (HTTP 401). Add "
                                  "one in Models → Hugging Face token… (or the HF_TOKEN "
                                  "variable).")
