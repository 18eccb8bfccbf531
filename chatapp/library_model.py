"""One model the library lists (a GGUF file, or every part of a split one) with what its
header says and, when it cannot be used, why."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from chatapp.errors import QT_TRANSLATE_NOOP, UserError, user_error_from
from chatapp.library_kinds import CHAT, NOT_CHAT
from chatapp.library_split import split_name

CANNOT_LOAD = QT_TRANSLATE_NOOP("errors", "Could not load the model {name}: {reason}")


def without_gguf(name: str) -> str:
    """A model file's name as people are shown it: without ".gguf", also where a variant's
    name goes on after it ("model.gguf + Handbook" → "model + Handbook")."""
    import re

    return re.sub(r"\.gguf(?=$| )", "", name, flags=re.IGNORECASE)


# Where a model comes from, as the model browser and `chatapp models` name it (context
# "library"): LocalModel.source -> its label.
SOURCE_LABELS = {
    "starter": QT_TRANSLATE_NOOP("library", "comes with the app"),
    "library": QT_TRANSLATE_NOOP("library", "models folder"),
    "downloaded": QT_TRANSLATE_NOOP("library", "downloaded"),
    "hf-cache": QT_TRANSLATE_NOOP("library", "Hugging Face cache"),
    "lmstudio": QT_TRANSLATE_NOOP("library", "LM Studio"),
    "ollama": QT_TRANSLATE_NOOP("library", "Ollama"),
    "folder": QT_TRANSLATE_NOOP("library", "linked folder"),
    "file": QT_TRANSLATE_NOOP("library", "linked file"),
}


def source_label(source: str) -> str:
    """Where a model comes from (LocalModel.source), in the user's language."""
    from chatapp.i18n import translate_text

    return translate_text("library", SOURCE_LABELS[source]) if source in SOURCE_LABELS \
        else source

@dataclass
class LocalModel:
    """One model the app lists: a GGUF file, or all parts of a split one.

    Attributes:
        path: the file to load (part 1 of a split model).
        kind: what the file is (library_kinds: "chat", "vision-projector", …).
        parts: every part of a split model, part 1 first; [] for a one-file model.
        problem: why the model cannot be used (English), "" when it can;
            problem_template/problem_params let a front end translate it; problem_reason
            is why its header does not read (UserError.to_dict()), {} for other problems.
    """

    path: str
    file_name: str
    size: int
    mtime: float
    architecture: str = ""
    quantization: str = ""
    context_length: int | None = None
    has_template: bool = False
    title: str = ""
    repo_id: str = ""
    starter: bool = False
    sha256: str = ""
    problem: str = ""
    parameters: int = 0
    source: str = ""  # "starter", "library", "downloaded", or a linked store (library_sources)
    name: str = ""  # the name another app gives it (Ollama's "name:tag"), "" for the file's
    last_used: float = 0.0
    kind: str = CHAT
    parts: list[str] = field(default_factory=list)
    problem_template: str = ""
    problem_params: dict = field(default_factory=dict)
    problem_reason: dict = field(default_factory=dict)
    base_model: bool = False  # pretrained only: continues text, not instruction-tuned
    same_as_another: bool = False  # another file has its size and time: its name tells them apart
    identity_mtime: float = 0.0  # the time in the key: the first seen while the size is the same

    @property
    def path_tag(self) -> str:
        """8 hex digits of the sha256 of its path: what tells two files of one name apart
        (the local API's NAME:TAG ids), stable while the file stays where it is."""
        return hashlib.sha256(self.path.encode()).hexdigest()[:8]

    @property
    def key(self) -> str:
        """A stable identity: the sha256 when known, else size and modification time (the
        time the file was first seen with at this size; and the file name where another file
        has both)."""
        if self.sha256:
            return f"sha256:{self.sha256}"
        key = f"size:{self.size}:mtime:{int(self.identity_mtime or self.mtime)}"
        return f"{key}:{self.file_name}" if self.same_as_another else key

    @property
    def all_paths(self) -> list[str]:
        """Every file of the model (the parts of a split one)."""
        return list(self.parts) or [self.path]

    @property
    def shared_file_name(self) -> str:
        """The file name, or for a split model the name its parts share ("NAME.gguf")."""
        name = split_name(self.file_name) if self.parts else None
        return name.shared_file_name if name else self.file_name

    @property
    def stem(self) -> str:
        """The file name without .gguf."""
        return without_gguf(self.file_name)

    @property
    def display_name(self) -> str:
        """The name shown to people."""
        return self.name or without_gguf(self.shared_file_name)

    @property
    def list_name(self) -> str:
        """The name in listings: the other app's name, else the (shared) file name."""
        return self.name or self.shared_file_name

    @property
    def is_chat(self) -> bool:
        """Whether this is a chat model (it may still have a problem)."""
        return self.kind == CHAT

    def set_problem(self, error: UserError) -> None:
        """Mark the model unusable, with a translatable reason."""
        self.problem = str(error)
        self.problem_template = error.template
        self.problem_params = error.to_dict()["params"]

    def _reason(self) -> UserError | str:
        """Why the header does not read, translatable where that is known."""
        return user_error_from(self.problem_reason) or self.problem

    def problem_error(self) -> UserError | None:
        """The problem as a UserError (translatable when its template is known), or None."""
        if not self.problem:
            return None
        if self.problem_template:
            return user_error_from({"template": self.problem_template,
                                    "params": self.problem_params})
        return UserError("{reason}", reason=self._reason())

    def check_chat(self) -> None:
        """Raise a UserError unless this is a chat model that can be loaded."""
        if not self.is_chat:
            raise UserError(NOT_CHAT[self.kind], name=self.list_name)
        if self.problem_template:
            raise self.problem_error()  # type: ignore[misc]
        if self.problem:
            raise UserError(CANNOT_LOAD, name=self.list_name, reason=self._reason())
