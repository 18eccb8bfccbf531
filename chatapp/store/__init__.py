"""The conversation store: one SQLite file, no Qt."""

from chatapp.store.database import SCHEMA_VERSION, DatabaseError
from chatapp.store.repository import (
    HIT_END,
    HIT_START,
    Conversation,
    DeletedBranch,
    Message,
    Preset,
    SearchHit,
    Store,
)

__all__ = ["HIT_END", "HIT_START", "SCHEMA_VERSION", "Conversation", "DatabaseError",
           "DeletedBranch", "Message", "Preset", "SearchHit", "Store"]
