"""Typed settings, declared once with their defaults, stored as one JSON file."""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chatapp.errors import QT_TRANSLATE_NOOP
from chatapp.paths import write_json

log = logging.getLogger(__name__)


@dataclass
class Sampling:
    """Sampling parameters for one answer."""

    max_tokens: int = 512
    temperature: float = 0.7
    top_k: int = 40
    top_p: float = 0.95
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    seed: int = -1
    stop: list = field(default_factory=list)  # the answer ends before any of these texts

    def to_dict(self) -> dict[str, Any]:
        """As a plain dict (stored with every answer)."""
        return dataclasses.asdict(self)


# name -> (lowest, highest, whole number): the values a sampling parameter may take
SAMPLING_RANGES: dict[str, tuple[float, float, bool]] = {
    "temperature": (0.0, 5.0, False),
    "top_k": (0, 1000, True),
    "top_p": (0.0, 1.0, False),
    "min_p": (0.0, 1.0, False),
    "repeat_penalty": (0.5, 2.5, False),
    "max_tokens": (1, 32768, True),
    "seed": (-1, 2**31 - 1, True),
}


MAX_STOPS = 4  # stop strings an answer may have (as the local API and OpenAI allow)


def checked_stops(value: object) -> list[str]:
    """Stored stop strings made safe: the first MAX_STOPS non-empty strings ([] for
    anything but a list)."""
    if not isinstance(value, list):
        return []
    return [text for text in value if isinstance(text, str) and text][:MAX_STOPS]


def checked_sampling(params: object) -> dict[str, Any]:
    """Stored sampling parameters (a conversation's or a preset's, from an import or an
    older version) made safe to use and to show: each a finite number cut to its range
    (SAMPLING_RANGES), whole where it must be; other values left out; other entries (the
    adapters) kept as they are. {} for anything but a dict."""
    if not isinstance(params, dict):
        return {}
    checked: dict[str, Any] = {}
    for name, value in params.items():
        limits = SAMPLING_RANGES.get(name)
        if name == "stop":
            checked[name] = checked_stops(value)
        elif limits is None:
            checked[name] = value
        elif (isinstance(value, (int, float)) and not isinstance(value, bool)
              and math.isfinite(value)):
            low, high, whole = limits
            value = min(max(value, low), high)
            checked[name] = int(value) if whole else float(value)
    return checked


@dataclass
class ApiSettings:
    """The local OpenAI-compatible API (off until the user turns it on)."""

    enabled: bool = False
    host: str = "127.0.0.1"  # another address lets other computers on the network in
    port: int = 8765
    cors_origins: list = field(default_factory=list)  # web origins allowed (none: CORS off)
    save_conversations: bool = False  # keep the API's conversations in the chat list


@dataclass
class Settings:
    """Every option of the app with its default."""

    language: str = ""  # "" follows the system locale; else "en", "id", "ms", "fil"
    theme: str = "system"  # "system", "light" or "dark"
    default_model: str = ""  # model key; "" means the starter model or the first found
    context_length: int = 4096
    threads: int = 0  # 0 chooses from the number of cores
    system_prompt: str = ""
    offline: bool = False
    downloads_parallel: int = 2  # model files downloaded at once
    sampling: Sampling = field(default_factory=Sampling)
    window_geometry: str = ""
    template_overrides: dict = field(default_factory=dict)  # model key -> chat template
    # model key -> {"n_ctx": int, "n_gpu_layers": int} (see chatapp.model_defaults)
    model_options: dict = field(default_factory=dict)
    arena_left_out: list = field(default_factory=list)  # model keys the arena does not draw
    docs_embedding: str = ""  # the embedding model's key new collections use ("": words only)
    last_conversation: int = 0  # shown when the window closed (-1: a new one; 0: not known)
    drafts: dict = field(default_factory=dict)  # conversation id ("new") -> its unsent text
    # conversations whose oldest messages are left out, without asking, when they overflow
    always_drop: list = field(default_factory=list)
    api: ApiSettings = field(default_factory=ApiSettings)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Settings from a dict, keeping defaults for unknown, missing or mistyped values;
        threads cut to 0 (chosen from the cores) … the number of cores."""
        settings = cls()
        _apply(settings, data)
        settings.threads = min(max(settings.threads, 0), os.cpu_count() or 1)
        settings.sampling.stop = checked_stops(settings.sampling.stop)
        return settings

    def to_dict(self) -> dict[str, Any]:
        """As a plain dict."""
        return dataclasses.asdict(self)


def _apply(target: Any, data: dict[str, Any]) -> None:
    """Copy values of the right type from data onto the dataclass target."""
    for f in dataclasses.fields(target):
        if f.name not in data:
            continue
        current = getattr(target, f.name)
        value = data[f.name]
        if dataclasses.is_dataclass(current):
            if isinstance(value, dict):
                _apply(current, value)
        elif isinstance(current, bool):
            if isinstance(value, bool):
                setattr(target, f.name, value)
        elif isinstance(current, float) and isinstance(value, (int, float)):
            if not isinstance(value, bool):
                setattr(target, f.name, float(value))
        elif isinstance(value, type(current)) and not isinstance(value, bool):
            setattr(target, f.name, value)
        else:
            log.warning("setting %s has a value of the wrong type; using the default", f.name)


#: what the user is told when loading found a broken settings file (path: where it went)
BROKEN_SETTINGS = QT_TRANSLATE_NOOP(
    "errors", "The settings file could not be read and was kept as {path}. Default settings "
    "are used.")


class SettingsFile:
    """Loads and saves Settings; a broken file is kept aside and replaced by defaults.

    Attributes:
        path: the JSON file.
        problem: the path the broken file was moved to, if loading found one.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: Path | None = None

    def load(self) -> Settings:
        """Read the settings; a missing file gives the defaults, and so does one that is not
        a JSON object in UTF-8 (it is kept beside as settings.json.broken-TIME, problem).
        OSError when the file cannot be read."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Settings()
        try:
            data = json.loads(raw.decode("utf-8"))  # bad bytes too: a ValueError
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except ValueError:
            kept = self.path.with_name(f"{self.path.name}.broken-{int(time.time())}")
            os.replace(self.path, kept)
            self.problem = kept
            log.warning("settings file was unreadable; kept it as %s and used defaults", kept)
            return Settings()
        return Settings.from_dict(data)

    def save(self, settings: Settings) -> None:
        """Write the settings atomically."""
        write_json(self.path, settings.to_dict(), indent=2)
