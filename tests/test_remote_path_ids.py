"""A model that llama-cpp-python's own server lists by its file's path (``python -m
llama_cpp.server --model /path/file.gguf``) is shown by the endpoint's name and the file's
name, as LM Studio and Jan show one, in pickers, the compare panes, the leaderboard and an
evaluation's report; the whole path is kept where it must be exact (the request's "model",
``-m``, provenance). Real llama-cpp-python server, real Qt widgets offscreen, real database."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from llama_server import llama_server
from openai_server import OpenAIServer
from test_compare_window import send, wait_done

from chatapp.catalogue import short_key, short_keys, short_model_id
from chatapp.remote.endpoints import EndpointStore, make_endpoint

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)


def test_a_path_id_is_shown_by_its_files_name() -> None:
    """was: "jauh//tmp/t2/home/cache/starter/gemma-3-270m-q4_k_m.gguf" everywhere."""
    assert short_model_id("/tmp/t2/home/cache/starter/gemma-3-270m-q4_k_m.gguf") \
        == "gemma-3-270m-q4_k_m.gguf"
    assert short_model_id("C:\\models\\x.gguf") == short_model_id("models/x.gguf") == "x.gguf"
    for kept in ("Qwen/Qwen2.5-0.5B-Instruct", "llama3.2:latest", "gpt-4o",
                 "hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M"):
        assert short_model_id(kept) == kept
    assert short_key("jauh//m/x.gguf + Lab") == "jauh/x.gguf + Lab"
    assert short_key("x.gguf") == "x.gguf"
    # two files of one name on one server are shown whole
    assert short_keys(["a//m/x.gguf", "a//n/x.gguf", "b//n/x.gguf"]) == {
        "a//m/x.gguf": "a//m/x.gguf", "a//n/x.gguf": "a//n/x.gguf", "b//n/x.gguf": "b/x.gguf"}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory):
    """llama-cpp-python's server serving a tiny model by its path."""
    from gguf_factory import write_tiny_llama

    model = write_tiny_llama(tmp_path_factory.mktemp("served") / "gemma-3-270m-q4_k_m.gguf",
                             ctx=1024)
    with llama_server(model, n_ctx=1024) as url:
        yield url, str(model)


def test_the_servers_path_id_in_the_catalogue_and_on_the_command_line(
        chatapp_home: Path, served) -> None:
    """was: listed, picked and recorded as "jauh//…/gemma-3-270m-q4_k_m.gguf"; the short
    name did not select it."""
    from chatapp.compare.variants import of_model
    from chatapp.context import open_app

    url, path = served
    ctx = open_app()
    EndpointStore(ctx.paths).add(make_endpoint("jauh", url))
    assert ctx.catalogue.refresh_remote() == {}
    (entry,) = ctx.catalogue.remote()
    assert entry.model_id == path and entry.key == f"jauh/{path}"
    assert entry.display_name == "jauh/gemma-3-270m-q4_k_m"  # as a local file is shown
    assert ctx.catalogue.resolve(f"jauh/{path}") is entry  # the whole id selects it
    assert ctx.catalogue.resolve("jauh/gemma-3-270m-q4_k_m.gguf") is entry  # and the short
    assert ctx.catalogue.resolve("jauh/gemma-3-270m-q4_k_m") is entry
    variant = of_model(entry)
    assert variant.name == "jauh/gemma-3-270m-q4_k_m"  # the report's name
    assert variant.model == entry.key and variant.describe()["model_file"] == entry.key
    assert ctx.catalogue.resolve(variant.model) is entry
    ctx.close()


def test_two_files_of_one_name_are_shown_by_their_paths(chatapp_home: Path) -> None:
    """One server listing /a/x.gguf and /b/x.gguf: each shown whole, the short name is
    no model's (was: both would have read "lab/x.gguf")."""
    from chatapp.context import open_app
    from chatapp.library import ModelNotFound

    server = OpenAIServer().serve()
    server.models = [{"id": "/a/x.gguf", "object": "model"},
                     {"id": "/b/x.gguf", "object": "model"},
                     {"id": "/b/y.gguf", "object": "model"}]
    ctx = open_app()
    try:
        EndpointStore(ctx.paths).add(make_endpoint("lab", server.url))
        assert ctx.catalogue.refresh_remote() == {}
        assert [e.display_name for e in ctx.catalogue.remote()] == [
            "lab//a/x.gguf", "lab//b/x.gguf", "lab/y"]
        with pytest.raises(ModelNotFound):
            ctx.catalogue.resolve("lab/x.gguf")
        assert ctx.catalogue.resolve("lab/y.gguf").model_id == "/b/y.gguf"
    finally:
        ctx.close()
        server.close()


def test_four_panes_at_1440_px_show_the_short_name_and_no_documents_whole(
        qtbot, chatapp_home: Path, tiny_model: Path, served) -> None:
    """Indonesian, 4 panes at 1440 px, one of them the server's model: its header is
    "jauh/gemma-3-270m-q4_k_m" with its state beside it as in the other panes, the
    request's "model" is the whole path, and every pane's documents picker shows "Tanpa
    dokumen" whole (was: "jauh//tmp/t2/home/cache/starter/gemma-3-270…" with "selesai" on a
    line of its own, and "Tanpa doku…")."""
    import shutil

    from PySide6.QtWidgets import QApplication

    from chatapp.compare.ratings import Leaderboard, Rating
    from chatapp.context import open_app
    from chatapp.ui.app import install_language, make_application
    from chatapp.ui.compare_view import CompareWindow
    from chatapp.ui.leaderboard import RatingChart

    url, path = served
    app = make_application()
    assert install_language(app, "id") == "id"
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    shutil.copy(tiny_model, models / "tiny-llama-F32.gguf")
    ctx = open_app()
    EndpointStore(ctx.paths).add(make_endpoint("jauh", url))
    assert ctx.catalogue.refresh_remote() == {}
    ctx.settings.sampling.max_tokens = 3
    view = CompareWindow(ctx)
    qtbot.addWidget(view)
    try:
        view.add_pane()
        view.add_pane()
        view.resize(1440, 800)
        view.show()
        qtbot.waitUntil(lambda: any(m.key == f"jauh/{path}" for m in view.models),
                        timeout=10000)
        remote = view.panes[0]
        remote.picker.setCurrentIndex(next(i for i, m in enumerate(view.models)
                                           if m.key == f"jauh/{path}"))
        for pane in view.panes[1:]:
            pane.picker.setCurrentIndex(next(i for i, m in enumerate(view.models)
                                             if m.file_name == "tiny-llama-F32.gguf"))
        assert remote.picker.currentText().startswith("jauh/gemma-3-270m-q4_k_m · ")
        send(qtbot, view, "Halo")
        wait_done(qtbot, view)
        QApplication.processEvents()
        view.grab()
        assert remote.header.text() == "jauh/gemma-3-270m-q4_k_m"
        assert remote.title.stacked() == view.panes[1].title.stacked()
        for pane in view.panes:
            assert pane.docs_box.currentText() == "Tanpa dokumen"
            assert not pane.docs_box.cut, pane.docs_box.width()
        message = ctx.store.message(remote.message.id)
        assert message.model_name == path  # provenance: the whole id
        chart = RatingChart()
        qtbot.addWidget(chart)
        chart.set_board(Leaderboard([Rating(f"jauh/{path}", 1010.0, 990.0, 1030.0, 3, 2.0)],
                                    [f"jauh/{path}"]))
        assert chart.labels() == {f"jauh/{path}": "jauh/gemma-3-270m-q4_k_m"}
    finally:
        view.close()
        install_language(app, "en")
        ctx.close()


def test_a_comparison_with_a_servers_path_id_is_named_and_exported_whole(
        qtbot, chatapp_home: Path, tiny_model: Path, served) -> None:
    """A comparison of two local models and the server's, stored as it runs: reopened, in
    the main chat's answer label, in `chatapp export --format md`, `chatapp leaderboard` and
    its CSV the server's model is "lab/gemma-3-270m-q4_k_m", as the pickers show it, and the
    Markdown has every pane's answer with its model and numbers (was: the reopened pane,
    the answer label, the export and the leaderboard said
    "lab//…/home/cache/starter/gemma-3-270m-q4_k_m.gguf", and the Markdown kept one pane's
    answer, without its numbers)."""
    import os
    import shutil
    import subprocess
    import sys

    from chatapp.compare.votes import add_vote
    from chatapp.context import open_app
    from chatapp.export_md import numbers_line
    from chatapp.ui.app import make_application
    from chatapp.ui.compare_view import CompareWindow
    from chatapp.ui.provenance import short_name

    url, path = served
    make_application()
    models = chatapp_home / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    for name in ("random-tiny-F32.gguf", "random-slow-F32.gguf"):
        shutil.copy(tiny_model, models / name)
    ctx = open_app()
    EndpointStore(ctx.paths).add(make_endpoint("lab", url))
    assert ctx.catalogue.refresh_remote() == {}
    ctx.settings.sampling.max_tokens = 4
    view = CompareWindow(ctx)
    qtbot.addWidget(view)
    try:
        view.add_pane()
        view.show()
        qtbot.waitUntil(lambda: any(m.key == f"lab/{path}" for m in view.models),
                        timeout=10000)
        for pane, key in zip(view.panes, ("random-tiny-F32.gguf", "random-slow-F32.gguf",
                                          f"lab/{path}"), strict=True):
            pane.picker.setCurrentIndex(next(i for i, m in enumerate(view.models)
                                             if key in (m.key, m.file_name)))
        send(qtbot, view, "Ang kabisera ng Pilipinas ay")
        wait_done(qtbot, view)
        conversation_id = view.conversation_id
        answers = [ctx.store.message(p.message.id) for p in view.panes]
        remote = answers[2]
        assert remote.model_name == path and remote.endpoint == "lab"  # stored whole
        assert short_name(remote) == "lab/gemma-3-270m-q4_k_m"  # the chat's answer label
        add_vote(ctx.store, remote.id, answers[0].id, "both_bad")
    finally:
        view.close()
    again = CompareWindow(ctx)
    qtbot.addWidget(again)
    try:
        assert again.open_conversation(conversation_id)
        assert again.panes[2].header.text() == "lab/gemma-3-270m-q4_k_m"
    finally:
        again.close()
        ctx.close()

    def cli(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                              text=True, timeout=120, env=os.environ.copy())
        assert done.returncode == 0, done.stderr
        assert path not in done.stdout, done.stdout
        return done.stdout

    markdown = cli("export", str(conversation_id), "--format", "md")
    assert markdown.count("## You") == 1, markdown
    for answer, label in zip(answers, ("random-tiny-F32", "random-slow-F32",
                                       "lab/gemma-3-270m-q4_k_m"), strict=True):
        heading = f"## Assistant ({label})"
        assert heading in markdown, markdown
        said = numbers_line(answer)
        assert "tokens" in said and "tok/s" in said and "first token" in said, said
        assert f"{heading}\n\n*{said}*\n" in markdown, markdown
        # (read as text: a "\r" the random model wrote reads as a line break)
        assert re.sub(r"\r\n?", "\n", answer.content.strip()[:20]) in markdown
    for args in (("leaderboard",), ("leaderboard", "--csv")):
        assert "lab/gemma-3-270m-q4_k_m" in cli(*args)
