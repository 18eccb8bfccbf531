"""How the app starts its own children, installed and packaged: `python -m MODULE`, or the
packaged executable's --run-module mode (which runs only the app's own child modules); the
window closing cleanly on SIGTERM; what a user without any model is told to do."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chatapp import launch
from chatapp.errors import UserError
from chatapp.hub.recommended import RECOMMENDED
from chatapp.i18n import translate_error
from chatapp.starter import (
    FIRST_MODEL_QUANT,
    FIRST_MODEL_REPO,
    NO_MODELS_PACKAGED,
    NO_MODELS_PIP,
    no_models_error,
)

ROOT = Path(__file__).resolve().parent.parent


def test_installed_children_run_as_python_modules() -> None:
    assert launch.module_command("chatapp.engine.worker") == [
        sys.executable, "-m", "chatapp.engine.worker"]


def test_packaged_children_run_through_the_apps_own_executable(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = tmp_path / "chatapp"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app))
    assert launch.module_command("chatapp.engine.gpu_probe") == [
        str(app), "--run-module", "chatapp.engine.gpu_probe"]


def test_packaged_windows_children_use_the_console_executable(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window_app = tmp_path / "ChatApp.exe"
    console_app = tmp_path / launch.WINDOWS_CONSOLE_APP
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(window_app))
    monkeypatch.setattr(sys, "platform", "win32")
    assert launch.module_command("chatapp.engine.worker")[0] == str(window_app)  # not built
    console_app.write_bytes(b"MZ")
    assert launch.module_command("chatapp.engine.worker") == [
        str(console_app), "--run-module", "chatapp.engine.worker"]


@pytest.mark.parametrize("original", [None, "/opt/lib"])
def test_programs_the_packaged_app_starts_get_the_system_libraries(
        monkeypatch: pytest.MonkeyPatch, original: str | None) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("LD_LIBRARY_PATH", "/app/_internal")
    if original is None:
        monkeypatch.delenv("LD_LIBRARY_PATH_ORIG", raising=False)
    else:
        monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", original)
    launch.restore_system_libraries()
    assert os.environ.get("LD_LIBRARY_PATH") == original
    assert "LD_LIBRARY_PATH_ORIG" not in os.environ


def test_only_the_apps_child_modules_can_be_started() -> None:
    with pytest.raises(ValueError):
        launch.module_command("os")
    assert launch.run_child_mode(["chatapp", "models"]) is False
    assert launch.run_child_mode(["chatapp"]) is False


def test_child_mode_of_the_entry_point() -> None:
    env = {**os.environ, "GGML_NO_BACKTRACE": "1"}
    probe = subprocess.run([sys.executable, "-m", "chatapp", "--run-module",
                            "chatapp.engine.gpu_probe"], capture_output=True, text=True,
                           timeout=60, cwd=ROOT, env=env)
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout in ("0", "1")
    refused = subprocess.run([sys.executable, "-m", "chatapp", "--run-module", "runpy"],
                             capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert refused.returncode == 2
    assert refused.stderr.strip() == "chatapp: not a child module: runpy"


def test_no_model_says_how_to_get_one_for_each_kind_of_install(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert no_models_error().template == NO_MODELS_PIP
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["/opt/ChatApp/chatapp", "models"])
    monkeypatch.delenv("APPIMAGE", raising=False)
    error = no_models_error()
    assert isinstance(error, UserError) and error.template == NO_MODELS_PACKAGED
    text = translate_error(error, "en")
    assert f"/opt/ChatApp/chatapp pull {FIRST_MODEL_REPO} --quant {FIRST_MODEL_QUANT}" in text
    assert "pip" not in text
    for language in ("id", "ms", "fil"):
        assert f"/opt/ChatApp/chatapp pull {FIRST_MODEL_REPO} --quant {FIRST_MODEL_QUANT}" in (
            translate_error(error, language))
    # run from an AppImage: the command is the AppImage file the user ran, quoted
    monkeypatch.setenv("APPIMAGE", "/home/me/My Apps/ChatApp.AppImage")
    monkeypatch.setenv("ARGV0", "./My Apps/ChatApp.AppImage")
    assert f"'./My Apps/ChatApp.AppImage' pull {FIRST_MODEL_REPO}" in translate_error(
        no_models_error(), "en")
    # the model fetched first is the smallest recommended chat model
    assert min(RECOMMENDED, key=lambda r: r.parameters).repo_id == FIRST_MODEL_REPO


def terminated(home: Path, after_s: float = 0.0) -> subprocess.Popen:
    """The window started offscreen and sent SIGTERM once its database is there (and
    after_s more), then ended (killed after 30 s)."""
    window = subprocess.Popen([sys.executable, "-m", "chatapp"], cwd=ROOT,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        database = home / "data" / "chatapp.db"
        started = time.monotonic()
        while not database.exists() and window.poll() is None:
            assert time.monotonic() - started < 60
            time.sleep(0.1)
        time.sleep(after_s)
        window.send_signal(signal.SIGTERM)
        window.stderr_text = window.communicate(timeout=30)[1]
    finally:
        if window.poll() is None:
            window.kill()
            window.communicate()
    return window


def test_sigterm_closes_the_window_like_its_close_button(starter_home: Path) -> None:
    window = terminated(starter_home)  # possibly before the window is shown
    assert window.returncode == 0, window.stderr_text
    settings = (starter_home / "config" / "settings.json").read_text(encoding="utf-8")
    assert '"window_geometry": ""' not in settings and "window_geometry" in settings
    assert "closing on signal 15" in (starter_home / "logs" / "chatapp.log").read_text()


def test_sigterm_closes_the_app_while_a_dialog_waits_for_an_answer(starter_home: Path) -> None:
    """A box that waits for OK holds the app in a loop of its own: a logout still ends it."""
    settings = starter_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('{"theme": ', encoding="utf-8")  # broken: a warning box at the start
    window = terminated(starter_home, 3)  # the box is up (one signalled sooner goes as it comes)
    assert window.returncode == 0, window.stderr_text
    assert "closing on signal 15" in (starter_home / "logs" / "chatapp.log").read_text()


def test_the_window_says_a_broken_settings_file_was_kept(starter_home: Path) -> None:
    settings = starter_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('{"language": "fil", "theme": ', encoding="utf-8")
    # the real window start in a process of its own; the user reads the warning and clicks
    # OK (it is printed instead), then the window closes at once
    script = ("import sys\n"
              "from PySide6.QtWidgets import QApplication, QMessageBox\n"
              "QMessageBox.warning = lambda _p, _t, text: print('WARNING', text)\n"
              "QApplication.exec = lambda _self: 0\n"
              "from chatapp.ui import app\n"
              "sys.exit(app.run())\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    kept = list(settings.parent.glob("settings.json.broken-*"))
    assert len(kept) == 1
    said = [line for line in result.stdout.splitlines() if line.startswith("WARNING")]
    assert len(said) == 1 and str(kept[0]) in said[0] and "Default settings" in said[0]


def test_a_second_start_brings_the_open_window_forward_instead_of_a_second_one(
        starter_home: Path) -> None:
    from chatapp.ui.single_instance import instance_name

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    window = subprocess.Popen([sys.executable, "-m", "chatapp"], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        log = starter_home / "logs" / "chatapp.log"
        started = time.monotonic()
        # listening once the window is made; its database is open by then
        while window.poll() is None and not (
                log.exists() and "the window is open" in log.read_text(encoding="utf-8")):
            assert time.monotonic() - started < 60
            time.sleep(0.1)
        second = subprocess.run([sys.executable, "-m", "chatapp"], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert second.stderr.strip().endswith(
            "ChatApp is open already: its window was brought to the front.")
        assert window.poll() is None  # the first goes on
        window.send_signal(signal.SIGTERM)
        window.communicate(timeout=30)
    finally:
        if window.poll() is None:
            window.kill()
            window.communicate()
    assert window.returncode == 0
    assert instance_name(starter_home / "data") == instance_name(starter_home / "data" / ".")
    # a window killed leaves its socket: the next start takes it over and opens a window
    for ending in (signal.SIGKILL, signal.SIGTERM):
        window = subprocess.Popen([sys.executable, "-m", "chatapp"], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        opened = log.read_text(encoding="utf-8").count("the window is open")
        started = time.monotonic()
        while window.poll() is None and log.read_text(encoding="utf-8").count(
                "the window is open") == opened:
            assert time.monotonic() - started < 60
            time.sleep(0.1)
        assert window.poll() is None, window.communicate()
        window.send_signal(ending)
        window.communicate(timeout=30)


LANGUAGE_SWITCH = '''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from chatapp.ui import app
from chatapp.ui.main_window import MainWindow

app.make_application()
seen = []


def shown():
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()]


def answer():
    box = QApplication.activeModalWidget()
    print("ASKED", " ".join(box.text().split()), "|", [b.text() for b in box.buttons()])
    next(b for b in box.buttons() if b.text() == sys.argv[1]).click()


def step():
    windows = shown()
    if not windows or windows[0] in seen:
        QTimer.singleShot(100, step)
        return
    window = windows[0]
    seen.append(window)
    print("MENUS", [a.text() for a in window.menuBar().actions()])
    print("TITLE", window.title_label.text())
    if len(seen) == 1:
        kept = window.ctx.store.create_conversation("Kept on screen")
        window.ctx.store.add_message(kept.id, None, "user", "hello")
        window.open_conversation(kept.id)
        QTimer.singleShot(300, answer)
        next(a for a in window.findChildren(QAction) if a.data() == "language:id").trigger()
        if sys.argv[1] == "Saat mulai berikutnya":  # this window stays as it is: closed
            QTimer.singleShot(500, window.close)
        else:
            QTimer.singleShot(100, step)
    else:
        window.close()


QTimer.singleShot(100, step)
sys.exit(app.run())
'''


@pytest.mark.parametrize("choice", ["Beralih sekarang", "Saat mulai berikutnya"])
def test_a_new_language_shows_at_once_or_at_the_next_start(chatapp_home: Path,
                                                         choice: str) -> None:
    """Settings → Language: the question comes in the chosen language; "switch now" opens
    the window again in it (the app goes on), "at the next start" keeps this window as it
    is. Either way the choice is saved."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", LANGUAGE_SWITCH, choice],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    asked = [line for line in lines if line.startswith("ASKED")]
    assert len(asked) == 1 and asked[0].startswith("ASKED Tampilkan ChatApp dalam bahasa ini")
    menus = [line for line in lines if line.startswith("MENUS")]
    if choice == "Beralih sekarang":
        assert menus[0].startswith("MENUS ['&File'") and menus[1].startswith("MENUS ['&Berkas'")
        assert len(menus) == 2
        assert [line for line in lines if line.startswith("TITLE")][1] == "TITLE Kept on screen"
    else:
        assert menus == [menus[0]] and menus[0].startswith("MENUS ['&File'")
    settings = (chatapp_home / "config" / "settings.json").read_text(encoding="utf-8")
    assert '"language": "id"' in settings
