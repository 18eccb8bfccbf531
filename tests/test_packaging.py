import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.chatapp.ChatApp"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / f"{APP_ID}.metainfo.xml"
SVG_ICON = ICONS / "chatapp.svg"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)


def _error_lines(output: str) -> list[str]:
    return [
        line for line in output.splitlines() if line.startswith("E:") or "error:" in line.lower()
    ]


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed",
)
def test_desktop_file_validates() -> None:
    result = _run("desktop-file-validate", str(DESKTOP_FILE))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert _error_lines(output) == [], output


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli is not installed",
)
def test_metainfo_validates() -> None:
    result = _run("appstreamcli", "validate", "--no-net", str(METAINFO_FILE))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert _error_lines(output) == [], output


def test_desktop_file_matches_app_id() -> None:
    text = DESKTOP_FILE.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in text
    assert "Exec=chatapp\n" in text
    metainfo = METAINFO_FILE.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{DESKTOP_FILE.name}</launchable>' in metainfo


def test_svg_icon_is_self_contained() -> None:
    text = SVG_ICON.read_text(encoding="utf-8")
    for needle in ("href", "<image", "<text", "@import"):
        assert needle not in text


def test_svg_icon_renders() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert app is not None

    renderer = QSvgRenderer(str(SVG_ICON))
    assert renderer.isValid()
    assert renderer.viewBox().width() == 128
    assert renderer.viewBox().height() == 128

    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()

    assert image.pixelColor(32, 32).alpha() == 255
    assert image.pixelColor(0, 0).alpha() == 0


def test_png_icon_size() -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(ICONS / "chatapp-256.png"))
    assert not image.isNull()
    assert (image.width(), image.height()) == (256, 256)


def test_every_package_is_installed() -> None:
    tomllib = pytest.importorskip("tomllib")

    root = Path(__file__).resolve().parent.parent
    listed = set(tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    found = {".".join(p.parent.relative_to(root).parts)
             for p in (root / "chatapp").rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)


FLATPAK_MANIFEST = PACKAGING / f"{APP_ID}.yml"
BASE_APP_PROVIDES = {"pyside6-essentials"}  # io.qt.PySide.BaseApp


def _requirement_name(text: str) -> str:
    import re

    return re.split(r"[<>=!~;\[ ]", text.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_flatpak_manifest_matches_the_project() -> None:
    """What flatpak-builder would build: the app id, command and files of this repository,
    and every dependency in pyproject.toml (Qt comes from the PySide base app)."""
    import shlex

    tomllib = pytest.importorskip("tomllib")
    yaml = pytest.importorskip("yaml")
    manifest = yaml.safe_load(FLATPAK_MANIFEST.read_text(encoding="utf-8"))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert manifest["id"] == APP_ID
    assert manifest["command"] in project["scripts"]
    for key in ("runtime", "runtime-version", "sdk", "base", "base-version"):
        assert isinstance(manifest[key], str) and manifest[key], key
    assert not any(arg.startswith(("--filesystem=home", "--filesystem=host"))
                   for arg in manifest["finish-args"])
    modules = {module["name"]: module for module in manifest["modules"]}
    assert list(modules)[-1] == "chatapp"  # built last, on top of its dependencies
    commands = [shlex.split(command) for module in manifest["modules"]
                for command in module["build-commands"]]
    words = [word for command in commands for word in command]
    pip_wants = {_requirement_name(w) for command in commands if command[:2] == ["pip3", "install"]
                 for w in command[2:] if not w.startswith("-") and w != "."}
    needed = {_requirement_name(d) for d in project["dependencies"]} - BASE_APP_PROVIDES
    assert needed <= pip_wants, sorted(needed - pip_wants)
    installed = [w for w in words if w.startswith(("packaging/", "resources/"))]
    assert installed
    for path in installed:
        assert (ROOT / path).is_file(), path
    assert f"{DESKTOP_FILE.name}" in " ".join(installed)
    assert f"{METAINFO_FILE.name}" in " ".join(installed)


@pytest.mark.skipif(shutil.which("flatpak-builder") is None,
                    reason="flatpak-builder is not installed")
def test_flatpak_builder_reads_the_manifest() -> None:
    import json

    result = _run("flatpak-builder", "--show-manifest", str(FLATPAK_MANIFEST))
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr and "error" not in result.stderr.lower(), result.stderr
    shown = json.loads(result.stdout)
    assert shown["id"] == APP_ID
    assert [m["name"] for m in shown["modules"]] == ["python3-dependencies", "chatapp"]


@pytest.mark.parametrize("spec", sorted(PACKAGING.glob("*.spec")), ids=lambda p: p.name)
def test_the_installer_specs_import_names_the_app_has(spec: Path) -> None:
    """The PyInstaller spec reads names from the app (the starter's part packages…). was: a
    clean-up took STARTER_PART_MODULES for unused, and the installer build stopped."""
    import ast
    import importlib

    found = [node for node in ast.walk(ast.parse(spec.read_text(encoding="utf-8")))
             if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("chatapp")]
    assert found
    for node in found:
        module = importlib.import_module(node.module)
        for alias in node.names:
            assert hasattr(module, alias.name), f"{node.module}.{alias.name}"
