"""When each model last wrote an answer, read from the conversation database (the library's
Last used column and the order of its lists)."""

from __future__ import annotations

from pathlib import Path

from chatapp.library_walk import stat_key

# the database's path -> (its files' sizes and times when read, what was read then)
_USED: dict[str, tuple[tuple, dict[str, float]]] = {}


def last_used_times(database: Path) -> dict[str, float]:
    """When each model (by key and by path) last wrote an answer (Unix time, s), read from
    the database at database (an answer that failed before its first word, as when the
    model could not be loaded, does not count); read again only when the database's files
    changed since; {} without a readable database."""
    import sqlite3

    if not database.is_file():
        return {}
    seen = (stat_key(database), stat_key(f"{database}-wal"))  # (unchanged: read before)
    if (kept := _USED.get(str(database))) is not None and kept[0] == seen:
        return dict(kept[1])
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return {}
    try:
        used: dict[str, float] = {}
        began = "(content != '' OR finish_reason IS NOT 'error')"
        for key, at in conn.execute("SELECT model_key, MAX(created_at) FROM messages WHERE "
                                    f"model_key IS NOT NULL AND {began} GROUP BY model_key"):
            used[key] = at
        try:
            for path, at in conn.execute("SELECT model_path, MAX(created_at) FROM messages WHERE "
                                         f"model_path IS NOT NULL AND {began} GROUP BY model_path"):
                used[path] = max(at, used.get(path, 0.0))
        except sqlite3.Error:
            pass
        _USED[str(database)] = (seen, dict(used))
        return used
    except sqlite3.Error:
        return {}
    finally:
        conn.close()
