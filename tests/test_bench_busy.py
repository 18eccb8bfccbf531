"""A speed `chatapp bench` measured while the computer was busy is said to be one where the
model pickers show it, in every language. The real command line on a tiny model (the
processor's load set for the run, as a busy computer's), bench.json as it writes it, and the
real model list."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed"
)


def bench(load: float) -> subprocess.CompletedProcess:
    """`chatapp bench` on the tiny model with other programs using load of the processor."""
    return subprocess.run(
        [sys.executable, "-c", "import sys; from chatapp import machine; "
         f"from chatapp.cli import main; machine.cpu_busy = lambda: {load}; "
         "sys.exit(main(sys.argv[1:]))",
         "bench", "-m", "tiny-llama-F32", "-p", "8", "-n", "4", "-r", "1"],
        capture_output=True, text=True, timeout=300, env=os.environ.copy())


def shown_speed(language: str) -> str:
    """What the model list says of the tiny model's speed, in language."""
    from chatapp.context import open_app
    from chatapp.ui.app import install_language, make_application
    from chatapp.ui.model_list import ModelList

    app = make_application()
    assert install_language(app, language) == language
    ctx = open_app()
    try:
        models = ModelList(ctx)
        models.reload()
        label = next(models.label(m, models_speeds(ctx)) for m in models.models
                     if m.file_name == "tiny-llama-F32.gguf")
        return label.split(" · ")[-1]
    finally:
        install_language(app, "en")
        ctx.close()


def models_speeds(ctx) -> dict:
    return json.loads((ctx.paths.data / "bench.json").read_text(encoding="utf-8"))


def test_a_speed_measured_while_busy_says_so_in_the_model_list(tiny_home: Path) -> None:
    """was: "≈ 50 tok/s here" from a run that itself warned "This computer is busy (90%)"."""
    busy = bench(0.9)
    assert busy.returncode == 0, busy.stderr
    assert "measured while busy" in busy.stderr
    stored = json.loads((tiny_home / "data" / "bench.json").read_text(encoding="utf-8"))
    (result,) = stored.values()
    assert result["busy"] == 0.9 and result["tg_tps"] > 0
    assert re.fullmatch(r"≈ [\d,]+ tok/s here \(measured while busy\)", shown_speed("en"))
    assert shown_speed("fil").endswith(")") and "(measured" not in shown_speed("fil")
    quiet = bench(0.05)  # measured again on a quiet computer: the model's speed
    assert quiet.returncode == 0, quiet.stderr
    assert "busy" not in quiet.stderr
    (result,) = json.loads((tiny_home / "data" / "bench.json").read_text(
        encoding="utf-8")).values()
    assert result["busy"] == 0.05
    assert re.fullmatch(r"≈ [\d,]+ tok/s here", shown_speed("en"))
