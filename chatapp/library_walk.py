"""Find the GGUF files under a folder, following symbolic links safely, and say why each
entry that looks like a model was skipped.

A link to a regular file is followed (people keep models on another disk and link them
in).  Links that loop, dangle or lead to a named pipe, a device or a socket are skipped —
opening a pipe named ``x.gguf`` would block forever — and so are links to folders unless
the caller asks to follow them (each real folder is then walked once, so a link back to a
parent cannot loop).  Every skipped entry comes back with its reason.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from chatapp.errors import QT_TRANSLATE_NOOP, UserError, os_reason

MAX_FILES = 10_000

LINK_LOOP = QT_TRANSLATE_NOOP(
    "errors", "{path} is a symbolic link that leads back to itself (a loop); skipped.")
LINK_DANGLING = QT_TRANSLATE_NOOP(
    "errors", "{path} is a symbolic link to {target}, which does not exist; skipped.")
UNREADABLE = QT_TRANSLATE_NOOP("errors", "{path} cannot be read ({reason}); skipped.")
FIFO = QT_TRANSLATE_NOOP("errors", "{path} is a named pipe (FIFO), not a model file; skipped.")
DEVICE = QT_TRANSLATE_NOOP("errors", "{path} is a device, not a model file; skipped.")
SOCKET = QT_TRANSLATE_NOOP("errors", "{path} is a socket, not a model file; skipped.")
FOLDER_NAMED_GGUF = QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a model file; skipped.")
FOLDER_LOOP = QT_TRANSLATE_NOOP(
    "errors", "{path} links back to a folder that was already searched (a loop); skipped.")
FOLDER_LINK = QT_TRANSLATE_NOOP(
    "errors", "{path} is a link to a folder, which is not followed here; skipped.")
SYSTEM_FOLDER = QT_TRANSLATE_NOOP(
    "errors", "{path} is in /proc, /sys or /dev, where the system shows its processes and "
    "devices, not model files; skipped.")
SAME_FILE = QT_TRANSLATE_NOOP("errors", "{path} is the same file as {other}; listed once.")
TOO_MANY = QT_TRANSLATE_NOOP(
    "errors", "Stopped after {count} model files in {path}; the rest was not searched.")


@dataclass
class Skipped:
    """An entry that looked like a model but was not taken, and why."""

    path: str
    reason: UserError

    @classmethod
    def of(cls, path: Path | str, template: str, **params: object) -> Skipped:
        """A skipped entry whose reason is template with {path} and params filled in."""
        return cls(str(path), UserError(template, path=str(path), **params))

    def __str__(self) -> str:
        return str(self.reason)


@dataclass
class Walk:
    """What a walk found.

    Attributes:
        files: the GGUF files (regular files, or links to them), as found (links kept).
        skipped: what was left out, with the reason.
        folders: every folder walked with its modification time in ns (a change signature).
        stats: size and modification time (ns) of each file in files, by path.
    """

    files: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    folders: dict[str, int] = field(default_factory=dict)
    stats: dict[str, tuple[int, int]] = field(default_factory=dict)

    def skip(self, path: Path, template: str, **params: object) -> None:
        """Record a skipped entry."""
        self.skipped.append(Skipped.of(path, template, **params))


def is_regular(path: Path) -> bool:
    """Whether path is (or links to) a regular file (False where it cannot be looked at)."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _special(mode: int) -> str | None:
    """The reason template for a non-regular file, None for a regular one."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return FIFO
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return DEVICE
    if stat.S_ISSOCK(mode):
        return SOCKET
    if stat.S_ISDIR(mode):
        return FOLDER_NAMED_GGUF
    return DEVICE


# the kernel's pseudo file systems: their entries come and go with processes and devices,
# and /proc/N/cwd, /proc/N/root lead back into every folder under other names
SYSTEM_ROOTS = ("/proc", "/sys", "/dev")
# real storage below them (a RAM disk)
NOT_SYSTEM = ("/dev/shm",)


def _under_system_root(path: str) -> bool:
    def under(roots: tuple[str, ...]) -> bool:
        return any(path == root or path.startswith(root + "/") for root in roots)

    return under(SYSTEM_ROOTS) and not under(NOT_SYSTEM)


def in_system_folder(path: Path | str) -> bool:
    """Whether path is in /proc, /sys or /dev (not /dev/shm), or is a link that leads
    there by any step; False off POSIX."""
    if os.name != "posix":
        return False
    current = os.path.abspath(path)
    for _ in range(40):  # the kernel's own limit on links followed
        if _under_system_root(current):
            return True
        try:
            target = os.readlink(current)
        except OSError:
            break
        current = os.path.normpath(os.path.join(os.path.dirname(current), target))
    return _under_system_root(os.path.realpath(path))


def stat_key(path: str | Path) -> tuple[int, int] | None:
    """A file's size and modification time (ns), to tell that it changed; None when it
    cannot be read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def unusable(path: Path | str) -> str | None:
    """Why a path named to search for models cannot be searched (a reason template with
    {path}): a device, pipe or socket rather than a file or folder, or a place in /proc,
    /sys or /dev; None when it can be (or cannot be read: the search says why)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if not stat.S_ISDIR(mode) and _special(mode) is not None:
        return _special(mode)
    return SYSTEM_FOLDER if in_system_folder(path) else None


def _os_problem(path: Path, exc: OSError) -> tuple[str, dict[str, object]]:
    """The reason template and its params for a path that os.stat could not follow."""
    if exc.errno == errno.ELOOP:
        return LINK_LOOP, {}
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return LINK_DANGLING, {"target": target}
    return UNREADABLE, {"reason": os_reason(exc)}


def file_problem(path: Path | str) -> tuple[str, dict[str, object]] | None:
    """Why path is no model file: (the walk's reason template, ending "skipped"; ALONE has
    the same said on its own, its params): a link that loops or leads nowhere, a pipe,
    device, socket or folder, or what cannot be looked at. None for a regular file or a
    link to one."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return _os_problem(Path(path), exc)
    reason = _special(mode)
    return None if reason is None else (reason, {})


#: file_problem's reasons said on their own (a file named to a command), not as a search's
ALONE = {
    LINK_LOOP: QT_TRANSLATE_NOOP(
        "errors", "{path} is a symbolic link that leads back to itself (a loop)."),
    LINK_DANGLING: QT_TRANSLATE_NOOP(
        "errors", "{path} is a symbolic link to {target}, which does not exist."),
    UNREADABLE: QT_TRANSLATE_NOOP("errors", "{path} cannot be read ({reason})."),
    FIFO: QT_TRANSLATE_NOOP("errors", "{path} is a named pipe (FIFO), not a model file."),
    DEVICE: QT_TRANSLATE_NOOP("errors", "{path} is a device, not a model file."),
    SOCKET: QT_TRANSLATE_NOOP("errors", "{path} is a socket, not a model file."),
    FOLDER_NAMED_GGUF: QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a model file."),
}


def walk_gguf(root: Path, *, follow_folder_links: bool = True,
              limit: int = MAX_FILES) -> Walk:
    """The *.gguf files under root (depth first, by name), skipping hidden folders and
    never going into /proc, /sys or /dev (a root there is skipped with the reason).

    follow_folder_links: walk into linked folders (each real folder once) instead of
    reporting them.  Stops after limit files (reported).
    """
    walk = Walk()
    seen_folders: set[tuple[int, int]] = set()
    seen_files: dict[tuple[int, int], Path] = {}
    if in_system_folder(root):
        walk.skip(root, SYSTEM_FOLDER)
        return walk
    try:
        st = os.stat(root)
    except OSError as exc:
        walk.skip(root, UNREADABLE, reason=os_reason(exc))
        return walk
    seen_folders.add((st.st_dev, st.st_ino))
    stack = [(root, st.st_mtime_ns)]
    while stack:
        folder, mtime = stack.pop()
        walk.folders[str(folder)] = mtime
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            walk.skip(folder, UNREADABLE, reason=os_reason(exc))
            continue
        below = []
        for entry in entries:
            path = Path(entry.path)
            is_gguf = entry.name.lower().endswith(".gguf")
            try:
                is_link = entry.is_symlink()
                if not is_link and entry.is_dir(follow_symlinks=False):
                    if not entry.name.startswith(".") and not _under_system_root(
                            os.path.abspath(path)):
                        sub = entry.stat(follow_symlinks=False)
                        if (sub.st_dev, sub.st_ino) not in seen_folders:
                            seen_folders.add((sub.st_dev, sub.st_ino))
                            below.append((path, sub.st_mtime_ns))
                    continue
                if not is_link and not is_gguf:
                    continue
                target = os.stat(path)  # follows a link
            except OSError as exc:
                if is_gguf or entry.is_symlink():
                    template, params = _os_problem(path, exc)
                    walk.skip(path, template, **params)
                continue
            if is_link and stat.S_ISDIR(target.st_mode):
                if entry.name.startswith("."):
                    continue
                key = (target.st_dev, target.st_ino)
                if not follow_folder_links:
                    walk.skip(path, FOLDER_LINK)
                elif in_system_folder(path):
                    walk.skip(path, SYSTEM_FOLDER)
                elif key in seen_folders:
                    walk.skip(path, FOLDER_LOOP)
                else:
                    seen_folders.add(key)
                    below.append((path, target.st_mtime_ns))
                continue
            if not is_gguf:
                continue
            reason = _special(target.st_mode)
            if reason is None and is_link and in_system_folder(path):
                reason = SYSTEM_FOLDER  # /proc/N/fd/M: a name that lasts as long as a process
            if reason is not None:
                walk.skip(path, reason)
                continue
            key = (target.st_dev, target.st_ino)
            if key in seen_files:
                walk.skip(path, SAME_FILE, other=str(seen_files[key]))
                continue
            seen_files[key] = path
            walk.files.append(path)
            walk.stats[str(path)] = (target.st_size, target.st_mtime_ns)
            if len(walk.files) >= limit:
                walk.skip(root, TOO_MANY, count=limit)
                return walk
        stack.extend(reversed(below))
    return walk


def listed_once(models: list, skipped: list[Skipped]) -> list:
    """models (chatapp.library.LocalModel) without each later one whose file is one listed
    before it (a link in the models folder to a linked file, say), said in skipped."""
    seen: dict[tuple[int, int], str] = {}
    kept = []
    for model in models:
        try:
            target = os.stat(model.path)
        except OSError:  # gone or unreadable: listed as such
            kept.append(model)
            continue
        key = (target.st_dev, target.st_ino)
        if key in seen:
            skipped.append(Skipped.of(model.path, SAME_FILE, other=seen[key]))
            continue
        seen[key] = model.path
        kept.append(model)
    return kept
