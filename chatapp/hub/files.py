"""GGUF files of a Hub repo: quantization names, split models as one entry, safe paths, and
putting a download in its place.

File names from the Hub are untrusted: :func:`safe_relative_path` refuses traversal,
absolute paths and odd characters, and :func:`library_target` places a file under the
library folder without following symlinks out of it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from chatapp.errors import QT_TRANSLATE_NOOP, UserError

_QUANT = re.compile(
    r"(?<![A-Za-z0-9])("
    r"(?:UD-)?I?Q[1-8](?:_[0-9A-Z]{1,3})*"
    r"|BF16|F16|F32|FP16|FP32|TQ[12]_0|MXFP4(?:_MOE)?"
    r")(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"^(?P<base>.+)-(?P<part>\d{5})-of-(?P<total>\d{5})\.gguf$", re.IGNORECASE)
_REPO_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,95}/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$")
_BAD_CHARS = re.compile(r"[\x00-\x1f\x7f\\:*?\"<>|]")


INCOMPLETE_PART = QT_TRANSLATE_NOOP(
    "errors", "{name} in {repo} is a model split into {total} parts, and part {parts} is not "
    "in the repository, so it cannot be downloaded. Ask its authors, or choose another file.")
INCOMPLETE_PARTS = QT_TRANSLATE_NOOP(
    "errors", "{name} in {repo} is a model split into {total} parts, and parts {parts} are "
    "not in the repository, so it cannot be downloaded. Ask its authors, or choose another "
    "file.")
OUTSIDE = QT_TRANSLATE_NOOP(
    "errors", "Refused the file name \"{name}\" from the Hub: it could write outside the "
    "models folder.")


class UnsafePath(UserError):
    """A file name from the Hub that would write outside the library."""


class IncompleteSplit(UserError):
    """A split model whose repo lacks some of its parts: it cannot be downloaded."""


@dataclass(frozen=True)
class HubFile:
    """One file of a repo as the Hub lists it."""

    path: str
    size: int | None = None
    sha256: str = ""

    @property
    def name(self) -> str:
        return PurePosixPath(self.path).name


@dataclass
class QuantEntry:
    """One downloadable model: a GGUF file, or all parts of a split GGUF.

    Attributes:
        quant: the quantization named in the file name ("Q4_K_M"), "" if none.
        files: the file, or the parts in order.
        kind: "model", or "mmproj" for a vision projector (not a chat model by itself).
    """

    quant: str
    files: list[HubFile] = field(default_factory=list)
    kind: str = "model"
    expected_parts: int = 1

    @property
    def key(self) -> str:
        return self.files[0].path

    @property
    def name(self) -> str:
        """The file name, or for a split model the name shared by its parts."""
        first = self.files[0].name
        m = _SPLIT.match(first)
        return f"{m.group('base')}.gguf" if m else first

    @property
    def split(self) -> bool:
        return self.expected_parts > 1

    @property
    def complete(self) -> bool:
        return len(self.files) == self.expected_parts

    @property
    def missing_parts(self) -> list[int]:
        """The numbers (1-based) of a split model's parts the repo lacks; [] when whole."""
        have = {int(m.group("part")) for f in self.files if (m := _SPLIT.match(f.name))}
        return [n for n in range(1, self.expected_parts + 1) if n not in have]

    @property
    def size(self) -> int | None:
        sizes = [f.size for f in self.files]
        return None if any(s is None for s in sizes) else sum(sizes)  # type: ignore[misc]


def incomplete_split(entry: QuantEntry, repo_id: str) -> IncompleteSplit:
    """Why entry (a split model with parts missing) cannot be downloaded: the parts it lacks."""
    missing = entry.missing_parts
    return IncompleteSplit(INCOMPLETE_PART if len(missing) == 1 else INCOMPLETE_PARTS,
                           name=entry.name, repo=repo_id, total=entry.expected_parts,
                           parts=", ".join(str(n) for n in missing))


def quant_name(file_name: str) -> str:
    """The quantization in a GGUF file name ("Q4_K_M", "IQ2_XXS", "F16"), or ""."""
    stem = PurePosixPath(file_name).name
    m = _SPLIT.match(stem)
    stem = m.group("base") if m else re.sub(r"\.gguf$", "", stem, flags=re.IGNORECASE)
    found = _QUANT.findall(stem)
    if not found:
        return ""
    name = found[-1].upper()
    return {"FP16": "F16", "FP32": "F32"}.get(name, name)


def group_gguf_files(files: list[HubFile]) -> list[QuantEntry]:
    """GGUF files as downloadable entries, split parts joined, smallest first."""
    entries: dict[tuple[str, str, int], QuantEntry] = {}
    for f in files:
        if not f.path.lower().endswith(".gguf"):
            continue
        folder = str(PurePosixPath(f.path).parent)
        m = _SPLIT.match(f.name)
        kind = "mmproj" if "mmproj" in f.name.lower() else "model"
        total = int(m.group("total")) if m else 1
        entries.setdefault((folder, m.group("base") if m else f.name, total), QuantEntry(
            quant_name(f.name), kind=kind, expected_parts=total)).files.append(f)
    for entry in entries.values():
        entry.files.sort(key=lambda f: f.name)
    return sorted(entries.values(),
                  key=lambda e: (e.kind != "model", e.size if e.size is not None else 1 << 62,
                                 e.name))


def check_repo_id(repo_id: str) -> str:
    """The repo id if it is a plain OWNER/NAME, else UnsafePath."""
    if not _REPO_ID.match(repo_id) or ".." in repo_id:
        raise UnsafePath(QT_TRANSLATE_NOOP("errors", "\"{repo}\" is not a valid repository id "
                                           "(expected OWNER/NAME)."), repo=repo_id)
    return repo_id


def safe_relative_path(name: str) -> PurePosixPath:
    """A Hub file name as a relative path, refusing anything that could escape a folder."""
    problem = (
        not name or len(name) > 1024 or name.startswith("/") or _BAD_CHARS.search(name)
        or re.match(r"^[A-Za-z]:", name)
    )
    parts = name.split("/")
    if not problem:
        problem = any(p in ("", ".", "..") or len(p) > 255 for p in parts)
    if problem:
        raise UnsafePath(OUTSIDE, name=name[:200])
    return PurePosixPath(*parts)


def library_target(models_root: Path, repo_id: str, file_name: str) -> Path:
    """Where a Hub file goes in the library: models/OWNER/NAME/FILE, checked to stay inside.

    Refuses traversal in the repo id or file name, and any existing folder or file on the
    way that is a symlink (it could point out of the library).
    """
    check_repo_id(repo_id)
    relative = PurePosixPath(*repo_id.split("/")) / safe_relative_path(file_name)
    root = models_root.resolve()
    target = root.joinpath(*relative.parts)
    current = root
    for part in relative.parts:
        current = current / part
        try:
            st = os.lstat(current)
        except FileNotFoundError:
            break
        if stat.S_ISLNK(st.st_mode):
            raise UnsafePath(QT_TRANSLATE_NOOP(
                "errors", "Refused to write {path}: it is a symbolic link, which could lead "
                "outside the models folder."), path=str(current))
    if os.path.commonpath([root, os.path.abspath(target)]) != str(root):
        raise UnsafePath(OUTSIDE, name=file_name[:200])
    return target


def put_in_place(partial: Path, target: Path) -> bool:
    """Move a verified download to its place in the models folder; a models folder on another
    disk gets a copy (written beside the target, then renamed: never half there), the
    download staying until the caller removes it. Whether it was copied. OSError."""
    try:
        os.replace(partial, target)
        return False
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
    tmp = target.with_name(f".{target.name}.copying")
    try:
        with open(partial, "rb") as source, open(tmp, "wb") as copy:
            shutil.copyfileobj(source, copy, 1 << 20)
            copy.flush()
            os.fsync(copy.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return True


def sync_folders(folders: set[Path]) -> None:
    """Make the files moved into these folders last through a power cut (an fsync of each
    folder; where it fails, nothing more can be done)."""
    for folder in folders:
        with contextlib.suppress(OSError):
            fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
