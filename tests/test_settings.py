"""Paths under CHATAPP_HOME, typed settings, the rotating log."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from chatapp.logs import setup_logging
from chatapp.paths import app_paths
from chatapp.settings import Settings, SettingsFile


def test_chatapp_home_moves_everything(chatapp_home: Path) -> None:
    paths = app_paths().ensure()
    for folder in (paths.data, paths.config, paths.cache, paths.logs, paths.models):
        assert folder.is_dir()
        assert chatapp_home in folder.parents
    assert paths.database.parent == paths.data


def test_settings_round_trip(tmp_path: Path) -> None:
    file = SettingsFile(tmp_path / "settings.json")
    settings = file.load()
    assert settings == Settings()
    settings.language = "id"
    settings.sampling.temperature = 0.2
    file.save(settings)
    again = SettingsFile(tmp_path / "settings.json").load()
    assert again.language == "id"
    assert again.sampling.temperature == 0.2


def test_mistyped_values_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({
        "language": 5, "context_length": "big", "offline": "yes",
        "sampling": {"temperature": 1, "max_tokens": 99.5, "seed": True}, "unknown": 1,
    }))
    settings = SettingsFile(path).load()
    assert settings.language == ""
    assert settings.context_length == 4096
    assert settings.offline is False
    assert settings.sampling.temperature == 1.0
    assert settings.sampling.max_tokens == 512
    assert settings.sampling.seed == -1


def test_broken_settings_file_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ not json")
    file = SettingsFile(path)
    assert file.load() == Settings()
    assert file.problem is not None and file.problem.read_text() == "{ not json"
    assert not path.exists()


def test_log_file_rotates_and_holds_no_message_text(tmp_path: Path) -> None:
    log_path = setup_logging(tmp_path)
    logging.getLogger("chatapp.test").info("an event")
    for handler in logging.getLogger("chatapp").handlers:
        handler.flush()
    assert "an event" in log_path.read_text()
    handler = next(h for h in logging.getLogger("chatapp").handlers
                   if getattr(h, "baseFilename", "") == str(log_path))
    assert handler.maxBytes > 0 and handler.backupCount > 0


@pytest.mark.parametrize(("stored", "used"), [(999, os.cpu_count() or 1), (-5, 0), (1, 1),
                                              ("abc", 0), (True, 0)])
def test_threads_from_the_settings_file_stay_within_the_cores(stored: object, used: int) -> None:
    assert Settings.from_dict({"threads": stored}).threads == used
