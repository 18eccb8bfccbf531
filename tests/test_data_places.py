"""README's table of where data lives names every file and folder the app writes under its
home: a real start in an empty home, and the places the code names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from chatapp.hub.download_record import origins_file
from chatapp.library import CACHE_FILE
from chatapp.paths import app_paths

README = Path(__file__).resolve().parent.parent / "README.md"


def table() -> str:
    """The rows of README's "Where your data lives"."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Where your data lives", 1)[1].split("\n## ", 1)[0]
    return "\n".join(line for line in section.splitlines() if line.startswith("| "))


def test_every_place_the_app_writes_under_its_home_is_in_readmes_table(
        chatapp_home: Path) -> None:
    """was: instance.lock, cache/model-headers-*.json, cache/hub-headers/,
    cache/card-claims/ and data/downloads/origins.json written but not listed."""
    for args in (["models", "--local"], ["conversations"]):
        done = subprocess.run([sys.executable, "-m", "chatapp", *args], capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    rows = table()
    paths = app_paths()
    shown_in = {paths.data: "~/.local/share/chatapp/", paths.config: "~/.config/chatapp/",
                paths.cache: "~/.cache/chatapp/"}  # (how the table writes each folder)

    def listed(place: Path) -> bool:
        root = next(r for r in shown_in if place.is_relative_to(r))
        name = place.relative_to(root).as_posix() + ("/" if place.suffix == "" else "")
        return f"`{shown_in[root]}{name}`" in rows

    written = [p for folder in shown_in if folder.is_dir() for p in folder.iterdir()
               if not p.name.startswith("chatapp.db-")]  # (SQLite's journal: said with it)
    assert len(written) >= 4
    for place in [*written, paths.cache / CACHE_FILE, paths.cache / "hub-headers",
                  paths.card_claims, origins_file(paths), paths.data / "instance.lock"]:
        assert listed(place), f"{place.relative_to(chatapp_home)} is not in README's table"
