"""Split GGUF models: the parts ``NAME-00001-of-0000N.gguf`` … written by llama.cpp's
gguf-split are one model.  llama.cpp loads the other parts itself when given part 1, by
the same naming, so the parts must sit side by side under exactly these names.
"""

from __future__ import annotations

import glob
import re
from dataclasses import dataclass
from pathlib import Path

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.library_walk import is_regular

# llama.cpp's llama_split_path(): "%s-%05d-of-%05d.gguf" (case-sensitive)
_SPLIT = re.compile(r"^(?P<base>.+)-(?P<part>\d{5})-of-(?P<total>\d{5})\.gguf$")

PART_MISSING = QT_TRANSLATE_NOOP(
    "errors", "Part {part} of {total} of this model is missing: {file}")
PART_UNREADABLE = QT_TRANSLATE_NOOP(
    "errors", "Part {part} of {total} of this model ({file}) cannot be read: {reason}")
COUNT_MISMATCH = QT_TRANSLATE_NOOP(
    "errors", "{file} says the model has {count} parts, but its name says {total}.")


@dataclass(frozen=True)
class SplitName:
    """What a part's file name says.

    Attributes:
        base: the name the parts share, without the part suffix and ".gguf".
        part: this part's number, from 1.
        total: how many parts the model has.
    """

    base: str
    part: int
    total: int

    @property
    def shared_file_name(self) -> str:
        """"NAME.gguf", the name that stands for all parts."""
        return f"{self.base}.gguf"

    def file_name(self, part: int) -> str:
        """The file name of another part."""
        return f"{self.base}-{part:05d}-of-{self.total:05d}.gguf"


def split_name(file_name: str) -> SplitName | None:
    """The split naming of a file name, or None for a one-file model (also "-of-00001")."""
    m = _SPLIT.match(file_name)
    if not m:
        return None
    part, total = int(m.group("part")), int(m.group("total"))
    if total < 2 or not 1 <= part <= total:
        return None
    return SplitName(m.group("base"), part, total)


def whole_name(file_name: str) -> str:
    """The name a model file is known by: a split model's shared name for any part."""
    split = split_name(file_name)
    return split.shared_file_name if split is not None else file_name


def part_paths(path: Path) -> list[Path]:
    """All parts of the split model that path is a part of (in order), or [path]."""
    name = split_name(path.name)
    if name is None:
        return [path]
    return [path.with_name(name.file_name(i)) for i in range(1, name.total + 1)]


def first_part(path: Path) -> Path:
    """Part 1 of the split model path belongs to (path itself for a one-file model)."""
    return part_paths(path)[0]


def parts_problem(path: Path) -> UserError | None:
    """The first missing part of path's model as a UserError naming it, or None."""
    parts = part_paths(path)
    missing = missing_parts(path)
    if not missing:
        return None
    return UserError(PART_MISSING, part=parts.index(missing[0]) + 1, total=len(parts),
                     file=missing[0].name)


def missing_parts(path: Path) -> list[Path]:
    """The parts of path's model that are not regular files (empty when all are there)."""
    return [part for part in part_paths(path) if not is_regular(part)]


def shared_path(path: Path) -> Path | None:
    """For a path "…/NAME.gguf" that does not exist but whose parts do, part 1; else None."""
    if path.name.lower().endswith(".gguf") and split_name(path.name) is None:
        base = path.name[:-5]
        pattern = f"{glob.escape(base)}-00001-of-{'[0-9]' * 5}.gguf"
        candidates = sorted(path.parent.glob(pattern))
        for candidate in candidates:
            if split_name(candidate.name) is not None:
                return candidate
    return None

