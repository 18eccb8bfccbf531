"""Endpoints: checked names, addresses and headers, a private file that keeps the keys out of
everything else, a damaged file left alone, and which hosts count as this machine."""

from __future__ import annotations

import json
import stat

import pytest

from chatapp.paths import app_paths
from chatapp.remote.endpoints import (
    Endpoint,
    EndpointError,
    EndpointStore,
    is_loopback,
    make_endpoint,
    normalize_url,
    parse_header,
)
from chatapp.remote.errors import one_line, retry_after_s


@pytest.fixture
def store():
    return EndpointStore(app_paths().ensure())


@pytest.mark.parametrize(("given", "expected"), [
    ("http://gpu-box:8080", "http://gpu-box:8080/v1"),
    ("http://gpu-box:8080/", "http://gpu-box:8080/v1"),
    ("https://api.example.com/v1/", "https://api.example.com/v1"),
    ("  http://10.0.0.5:11434/v1  ", "http://10.0.0.5:11434/v1"),
    ("https://router.example/api/v1", "https://router.example/api/v1"),
    ("http://[::1]:8000", "http://[::1]:8000/v1"),
    ("gpu-box:8080", "http://gpu-box:8080/v1"),  # no scheme: http, as typed in a browser
    ("localhost:8011/v1", "http://localhost:8011/v1"),
])
def test_addresses_are_normalized(given, expected):
    assert normalize_url(given) == expected


@pytest.mark.parametrize("bad", ["", "h:99999", "ftp://host/v1", "http://", "http://h:99999",
                                 "http://user:pw@host/v1", "http://host/v1?key=1",
                                 "http://ho st/v1", "ho st:80"])
def test_bad_addresses_are_refused(bad):
    with pytest.raises(EndpointError):
        normalize_url(bad)


def test_a_bad_address_without_a_scheme_is_said_as_it_was_typed():
    with pytest.raises(EndpointError, match=r"^Not a server address: ho st:80\. "):
        normalize_url("ho st:80")


@pytest.mark.parametrize("given", ["http://user:pw-SECRET@host:8080/v1",
                                   "http://host:8080/v1?api-key=SECRET",
                                   "https://host:8080/v1#SECRET"])
def test_an_address_with_a_secret_in_it_is_refused_without_repeating_it(given):
    with pytest.raises(EndpointError) as caught:
        normalize_url(given)
    message = str(caught.value)
    assert "SECRET" not in message and "pw" not in message
    assert message.startswith(f"The address {given.split(':')[0]}://host:8080/v1 carries a user")


@pytest.mark.parametrize("bad", ["", "  ", "a/b", "x" * 65, "tab\there", "gpu box", "lab:1",
                                 "a$b"])
def test_bad_names_are_refused(bad):
    with pytest.raises(EndpointError) as caught:
        make_endpoint(bad, "http://h:1")
    message = str(caught.value)
    assert message.endswith("(it is typed in -m NAME/MODEL).") and ": " not in message[-40:]
    assert ("Give the connection a name" in message) == (not bad.strip())


def test_good_names_and_names_stored_before():
    for good in ("lab", "gpu-box.2", "vllm_a100", "Rumah", "máy-chủ"):
        assert make_endpoint(f" {good} ", "http://h:1").name == good
    kept = Endpoint.from_dict({"name": "old name", "base_url": "http://h:1/v1"})
    assert kept.name == "old name"


def test_headers_and_variable_names():
    assert parse_header("X-Team=blue") == ("X-Team", "blue")
    assert parse_header("Authorization: Basic abc=") == ("Authorization", "Basic abc=")
    for bad in ("no-separator", "Bad Name=1", "X=line\nbreak"):
        with pytest.raises(EndpointError):
            parse_header(bad)
    assert make_endpoint("a", "http://h:1", api_key_env="$VLLM_KEY").api_key_env == "VLLM_KEY"
    with pytest.raises(EndpointError):
        make_endpoint("a", "http://h:1", api_key_env="not a name")


@pytest.mark.parametrize(("host", "loopback"), [
    ("localhost", True), ("LOCALHOST.", True), ("app.localhost", True), ("127.0.0.1", True),
    ("127.8.9.10", True), ("::1", True), ("[::1]", True), ("::ffff:127.0.0.1", True),
    ("192.168.1.20", False), ("10.0.0.1", False), ("gpu-box", False),
    ("localhost.example.com", False), ("0.0.0.0", False)])
def test_loopback_without_dns(host, loopback):
    assert is_loopback(host) is loopback


def test_store_round_trip_private_file(store, chatapp_home):
    store.add(make_endpoint("gpu", "http://gpu-box:8000", api_key="sk-secret-value",
                            headers={"X-Team": "blue"}))
    store.add(make_endpoint("ollama", "http://127.0.0.1:11434", api_key_env="OLLAMA_KEY"))
    assert [e.name for e in store.load()] == ["gpu", "ollama"]
    gpu = store.get("gpu")
    assert (gpu.base_url, gpu.api_key, gpu.headers) == (
        "http://gpu-box:8000/v1", "sk-secret-value", {"X-Team": "blue"})
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700
    data = json.loads(store.path.read_text())
    assert data["endpoints"][1]["api_key"] == "" and data["endpoints"][1]["api_key_env"] \
        == "OLLAMA_KEY"
    # the key lives in that file only
    others = [p for p in chatapp_home.rglob("*") if p.is_file() and p != store.path]
    assert not [p for p in others if b"sk-secret-value" in p.read_bytes()]
    assert "sk-secret-value" not in repr(gpu) and "blue" not in repr(gpu)


def test_edit_rename_duplicate_and_remove(store):
    store.add(make_endpoint("a", "http://h:1"))
    store.add(make_endpoint("b", "http://h:2"))
    with pytest.raises(EndpointError) as info:
        store.add(make_endpoint("a", "http://h:3"))
    assert "a" in str(info.value)
    with pytest.raises(EndpointError):
        store.add(make_endpoint("b", "http://h:3"), replace="a")
    store.add(make_endpoint("c", "http://h:3"), replace="a")
    assert [(e.name, e.base_url) for e in store.load()] == [
        ("c", "http://h:3/v1"), ("b", "http://h:2/v1")]
    assert store.remove("c").name == "c"
    with pytest.raises(EndpointError):
        store.remove("c")
    with pytest.raises(EndpointError):
        store.get("nothing")


@pytest.mark.parametrize("content", ["{broken", "[]", '{"endpoints": [{"name": "a/b", '
                                     '"base_url": "http://h"}]}', '{"endpoints": [7]}'])
def test_a_damaged_file_is_reported_and_never_overwritten(store, content):
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text(content)
    with pytest.raises(EndpointError) as info:
        store.load()
    assert str(store.path) in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(EndpointError):
        store.add(make_endpoint("new", "http://h:1"))
    assert store.path.read_text() == content


def test_key_from_an_unset_variable_is_one_line(monkeypatch):
    endpoint = make_endpoint("gpu", "http://h:1", api_key_env="GPU_KEY")
    monkeypatch.delenv("GPU_KEY", raising=False)
    with pytest.raises(EndpointError) as info:
        endpoint.api_key_value()
    assert "GPU_KEY" in str(info.value)
    monkeypatch.setenv("GPU_KEY", " sk-from-env ")
    assert endpoint.api_key_value() == "sk-from-env"
    assert "sk-from-env" in endpoint.secrets()


def test_server_text_becomes_one_short_line_without_secrets():
    line = one_line("Bad key sk-abcdef123\n<b>trace</b>\n" + "x" * 500, ["sk-abcdef123"])
    assert "\n" not in line and "sk-abcdef123" not in line and len(line) <= 200
    # a header's token, repeated by the server without its scheme
    endpoint = make_endpoint("gpu", "http://h:1",
                             headers={"Authorization": "Bearer tok-0123456789"})
    line = one_line("Invalid API key: tok-0123456789", endpoint.secrets())
    assert "tok-0123456789" not in line and "Invalid API key" in line


def test_retry_after_forms():
    assert retry_after_s({"retry-after": "7"}) == 7
    assert retry_after_s({"retry-after-ms": "1500"}) == 1.5
    assert 50 < retry_after_s({"retry-after": _http_date(60)}) <= 60
    assert retry_after_s({"retry-after": "soon"}) is None
    assert retry_after_s({}) is None


def _http_date(seconds_ahead: float) -> str:
    import email.utils
    import time

    return email.utils.formatdate(time.time() + seconds_ahead, usegmt=True)
