"""How the app starts its own child processes (the model worker, the GPU probe, the template
renderer), installed or packaged.

Installed, a child is ``python -m MODULE``. In a packaged (frozen) app ``sys.executable`` is
the app itself and has no ``-m``: the child is ``APP --run-module MODULE``, a mode that the
entry point handles first thing, before the command line is parsed and before Qt is loaded.
Only the modules listed here may be run that way.
"""

from __future__ import annotations

import os
import runpy
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

RUN_MODULE = "--run-module"
CHILD_MODULES = frozenset({"chatapp.engine.worker", "chatapp.engine.gpu_probe",
                           "chatapp.engine.template_process"})
WINDOWS_CONSOLE_APP = "chatapp-cli.exe"


def frozen() -> bool:
    """Whether this is the packaged app (PyInstaller) rather than Python running the source."""
    return bool(getattr(sys, "frozen", False))


def module_command(module: str) -> list[str]:
    """The command line that runs one of CHILD_MODULES as a child process of this app.

    On Windows the packaged window app has no console, so its standard streams are not the
    pipes a child is given: children run from the console executable beside it."""
    if module not in CHILD_MODULES:
        raise ValueError(f"not a child module: {module}")
    if not frozen():
        return [sys.executable, "-m", module]
    executable = Path(sys.executable)
    if sys.platform == "win32" and (executable.parent / WINDOWS_CONSOLE_APP).is_file():
        executable = executable.parent / WINDOWS_CONSOLE_APP
    return [str(executable), RUN_MODULE, module]


def restore_system_libraries() -> None:
    """Let the programs the packaged app starts on Linux (a web browser for a link, the file
    manager for a folder) use the system's libraries rather than the app's own: PyInstaller
    points LD_LIBRARY_PATH into the bundle (keeping any earlier value in
    LD_LIBRARY_PATH_ORIG). The app's own children set it again when they start."""
    if not frozen() or not sys.platform.startswith("linux"):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original


def run_child_mode(argv: Sequence[str]) -> bool:
    """Run a child module when argv (sys.argv) asks for one with --run-module; False when it
    does not. SystemExit carries the child's exit status."""
    if len(argv) < 3 or argv[1] != RUN_MODULE:
        return False
    module = argv[2]
    if module not in CHILD_MODULES:
        sys.stderr.write(f"chatapp: not a child module: {module}\n")
        raise SystemExit(2)
    sys.argv = [argv[0], *argv[3:]]
    signal.signal(signal.SIGINT, signal.default_int_handler)  # as a child run on its own
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    raise SystemExit(0)
