"""Presets: saved starts for new chats (a system prompt, sampling parameters, a model)."""

from __future__ import annotations

import json
import time
from typing import Any

from chatapp.store.records import Preset


class PresetStore:
    """The store's presets (part of Store: uses its _rows, _row and _tx)."""

    def presets(self) -> list[Preset]:
        """The saved presets, by name."""
        return [Preset(**r) for r in self._rows("SELECT * FROM presets ORDER BY name, id")]

    def preset(self, preset_id: int) -> Preset:
        """One preset; KeyError if there is none with that id."""
        return Preset(**self._row("SELECT * FROM presets", preset_id))

    def save_preset(self, name: str, system_prompt: str = "",
                    params: dict[str, Any] | None = None, model_key: str | None = None,
                    preset_id: int | None = None) -> Preset:
        """Create a preset, or replace the one with preset_id; a name another preset has
        gets a number ("Coder (2)")."""
        now = time.time()
        value = json.dumps(params, sort_keys=True) if params else None
        with self._tx() as db:
            taken = {row[0] for row in db.execute(
                "SELECT name FROM presets WHERE id IS NOT ?", [preset_id])}
            base, number = name, 1
            while name in taken:
                number += 1
                name = f"{base} ({number})"
            row = {"name": name, "system_prompt": system_prompt, "params": value,
                   "model_key": model_key, "updated_at": now}
            if preset_id is None:
                preset_id = db["presets"].insert({**row, "created_at": now}).last_pk
            else:
                db["presets"].update(preset_id, row)
        return self.preset(preset_id)

    def delete_preset(self, preset_id: int) -> None:
        """Delete a preset."""
        with self._tx() as db:
            db.execute("DELETE FROM presets WHERE id = ?", [preset_id])
