"""The AppImage runtime (packaging/appimage/runtime.c) and packaging/appimage/make-appimage.sh,
built for real on a small AppDir whose AppRun reports what it was given: the image mounted
with FUSE, extracted and run, extracted to a folder; arguments, environment, exit status and
signals passed through; nothing left behind."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAKE_APPIMAGE = ROOT / "packaging" / "appimage" / "make-appimage.sh"
HEADERS = ("squashfuse/ll.h", "fuse3/fuse_lowlevel.h", "zstd.h", "lz4.h", "lzo/lzo1x.h",
           "lzma.h", "zlib.h")

pytestmark = pytest.mark.skipif(
    not shutil.which("gcc") or not shutil.which("mksquashfs")
    or not all((Path("/usr/include") / header).exists() for header in HEADERS),
    reason="gcc, mksquashfs, libsquashfuse-dev or libfuse3-dev is not installed")

APP_RUN = """#!/bin/sh
# reports what the runtime gave it; APP_EXIT is its exit status, APP_WAIT makes it wait for
# SIGTERM
echo "APPDIR=$APPDIR"
echo "APPIMAGE=$APPIMAGE"
echo "ARGV0=$ARGV0"
echo "OWD=$OWD"
echo "HERE=$(dirname "$(readlink -f "$0")")"
for arg in "$@"; do echo "ARG=$arg"; done
cat "$APPDIR/usr/share/hello.txt"
if [ -n "$APP_WAIT" ]; then
  trap 'echo "TERM received"; exit 0' TERM
  echo ready > "$APP_WAIT"
  while :; do sleep 0.1; done
fi
exit "${APP_EXIT:-0}"
"""


@pytest.fixture(scope="module")
def appimage(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An AppImage of a small AppDir (a script, a data file, a link, an executable)."""
    work = tmp_path_factory.mktemp("appimage")
    appdir = work / "Test.AppDir"
    (appdir / "usr" / "share").mkdir(parents=True)
    (appdir / "usr" / "bin").mkdir()
    (appdir / "AppRun").write_text(APP_RUN, encoding="utf-8")
    (appdir / "AppRun").chmod(0o755)
    (appdir / "usr" / "share" / "hello.txt").write_text("hello from the image\n",
                                                       encoding="utf-8")
    (appdir / "usr" / "bin" / "tool").write_text("#!/bin/sh\necho tool\n", encoding="utf-8")
    (appdir / "usr" / "bin" / "tool").chmod(0o755)
    (appdir / "hello.txt").symlink_to("usr/share/hello.txt")
    output = work / "Test-x86_64.AppImage"
    result = subprocess.run([str(MAKE_APPIMAGE), str(appdir), str(output), str(work / "build")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return output


def run(appimage: Path, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(appimage), *args], capture_output=True, text=True, timeout=60,
                          cwd=cwd, env={**os.environ, **env})


def reported(output: str) -> dict[str, list[str]]:
    """AppRun's KEY=VALUE lines, by key."""
    found: dict[str, list[str]] = {}
    for line in output.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            found.setdefault(key, []).append(value)
    return found


def fuse_usable() -> bool:
    try:
        fd = os.open("/dev/fuse", os.O_RDWR)
    except OSError:
        return False
    os.close(fd)
    return os.geteuid() == 0 or shutil.which("fusermount3") is not None


def leftovers(prefix: str) -> list[str]:
    tmp = Path(os.environ.get("TMPDIR") or "/tmp")
    return sorted(p.name for p in tmp.glob(prefix + "*"))


def mounted(path: str) -> bool:
    return any(line.split()[1] == path
               for line in Path("/proc/mounts").read_text().splitlines())


def test_is_a_type_2_appimage(appimage: Path, tmp_path: Path) -> None:
    data = appimage.read_bytes()
    assert data[:4] == b"\x7fELF"
    assert data[8:11] == b"AI\x02"
    result = run(appimage, "--appimage-offset", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    offset = int(result.stdout)
    assert data[offset:offset + 4] == b"hsqs"  # the squashfs image follows the runtime


@pytest.mark.skipif(not fuse_usable(), reason="FUSE cannot be used here")
def test_runs_the_app_from_the_mounted_image(appimage: Path, tmp_path: Path) -> None:
    before = leftovers(".mount_ChatApp")
    result = run(appimage, "one", "two words", "--flag", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    seen = reported(result.stdout)
    appdir = seen["APPDIR"][0]
    assert Path(appdir).name.startswith(".mount_ChatApp")
    assert seen["HERE"] == [appdir]
    assert seen["APPIMAGE"] == [str(appimage)]
    assert seen["ARGV0"] == [str(appimage)]
    assert seen["OWD"] == [str(tmp_path)]
    assert seen["ARG"] == ["one", "two words", "--flag"]
    assert "hello from the image" in result.stdout
    assert not mounted(appdir)  # unmounted and removed once the app ended
    assert not Path(appdir).exists()
    assert leftovers(".mount_ChatApp") == before


def test_exit_status_is_the_apps(appimage: Path, tmp_path: Path) -> None:
    assert run(appimage, cwd=tmp_path, APP_EXIT="3").returncode == 3
    assert run(appimage, "--appimage-extract-and-run", cwd=tmp_path,
               APP_EXIT="4").returncode == 4


def test_extract_and_run_leaves_nothing_behind(appimage: Path, tmp_path: Path) -> None:
    before = leftovers("appimage_extracted_ChatApp")
    result = run(appimage, "--appimage-extract-and-run", "hi", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    seen = reported(result.stdout)
    assert Path(seen["APPDIR"][0]).name.startswith("appimage_extracted_ChatApp")
    assert seen["ARG"] == ["hi"]  # the runtime's own option is not passed on
    assert "hello from the image" in result.stdout
    assert not Path(seen["APPDIR"][0]).exists()
    assert leftovers("appimage_extracted_ChatApp") == before

    by_variable = run(appimage, "hi", cwd=tmp_path, APPIMAGE_EXTRACT_AND_RUN="1")
    assert by_variable.returncode == 0, by_variable.stderr
    assert Path(reported(by_variable.stdout)["APPDIR"][0]).name.startswith(
        "appimage_extracted_ChatApp")


def test_extract_writes_files_links_and_modes(appimage: Path, tmp_path: Path) -> None:
    result = run(appimage, "--appimage-extract", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    root = tmp_path / "out"
    assert (root / "usr" / "share" / "hello.txt").read_text() == "hello from the image\n"
    assert (root / "hello.txt").is_symlink()
    assert os.readlink(root / "hello.txt") == "usr/share/hello.txt"
    assert os.access(root / "usr" / "bin" / "tool", os.X_OK)
    assert os.access(root / "AppRun", os.X_OK)
    assert not os.access(root / "usr" / "share" / "hello.txt", os.X_OK)

    default = run(appimage, "--appimage-extract", cwd=tmp_path)
    assert default.returncode == 0, default.stderr
    assert (tmp_path / "squashfs-root" / "AppRun").is_file()


def test_unknown_runtime_option_is_one_line(appimage: Path, tmp_path: Path) -> None:
    result = run(appimage, "--appimage-nonsense", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "unknown option --appimage-nonsense" in result.stderr


@pytest.mark.parametrize("mode", ["mounted", "extracted"])
def test_sigterm_reaches_the_app(appimage: Path, tmp_path: Path, mode: str) -> None:
    if mode == "mounted" and not fuse_usable():
        pytest.skip("FUSE cannot be used here")
    ready = tmp_path / "ready"
    args = [] if mode == "mounted" else ["--appimage-extract-and-run"]
    process = subprocess.Popen([str(appimage), *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=tmp_path,
                               env={**os.environ, "APP_WAIT": str(ready)})
    try:
        started = time.monotonic()
        while not ready.exists():
            assert process.poll() is None, process.communicate()
            assert time.monotonic() - started < 30, "the app did not start"
            time.sleep(0.05)
        process.send_signal(signal.SIGTERM)  # a logout: the app closes itself
        stdout, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr
    assert "TERM received" in stdout
    appdir = reported(stdout)["APPDIR"][0]
    assert not Path(appdir).exists()
    assert not mounted(appdir)


def wait_ready(process: subprocess.Popen, ready: Path) -> None:
    started = time.monotonic()
    while not ready.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() - started < 30, "the app did not start"
        time.sleep(0.05)


def test_a_copy_left_by_a_killed_run_goes_at_the_next_start(appimage: Path,
                                                             tmp_path: Path) -> None:
    """Without FUSE, a run killed with SIGKILL leaves its extracted copy (the app's 500 MB);
    the next start removes it, and keeps the copy of a run still going (was: every such copy
    stayed in /tmp for good)."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp)}

    def start(ready: Path) -> subprocess.Popen:
        process = subprocess.Popen([str(appimage), "--appimage-extract-and-run"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   cwd=tmp_path, env={**env, "APP_WAIT": str(ready)},
                                   start_new_session=True)
        wait_ready(process, ready)
        return process

    killed = start(tmp_path / "ready-killed")
    os.killpg(killed.pid, signal.SIGKILL)  # the runtime and the app
    killed.communicate(timeout=30)
    (left,) = tmp.glob("appimage_extracted_ChatApp_*")
    old = tmp / "appimage_extracted_ChatApp_older"  # an older runtime's, without a lock
    (old / "usr").mkdir(parents=True)
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    running = start(tmp_path / "ready-running")
    try:
        (live,) = set(tmp.glob("appimage_extracted_ChatApp_*")) - {left, old}
        assert not left.exists() and not old.exists()
        quick = subprocess.run([str(appimage), "--appimage-extract-and-run"],
                               capture_output=True, text=True, timeout=60, cwd=tmp_path,
                               env=env)
        assert quick.returncode == 0, quick.stderr
        assert live.is_dir()  # the copy of the run still going stays
    finally:
        running.send_signal(signal.SIGTERM)
        running.communicate(timeout=30)
    assert sorted(tmp.iterdir()) == []
