"""The conversation store: one SQLite file, no Qt."""

from chatapp.store.database import (
    SCHEMA_VERSION,
    BadText,
    DamagedDatabase,
    DatabaseBusy,
    DatabaseError,
    DatabaseFull,
    ReadOnlyDatabase,
)
from chatapp.store.records import (
    HIT_END,
    HIT_START,
    KINDS,
    Conversation,
    DeletedBranch,
    EvalRunRecord,
    Message,
    Preset,
    SearchHit,
)
from chatapp.store.repository import Store

__all__ = ["HIT_END", "HIT_START", "KINDS", "SCHEMA_VERSION", "BadText", "Conversation",
           "DamagedDatabase", "DatabaseBusy", "DatabaseError", "DatabaseFull", "DeletedBranch",
           "EvalRunRecord", "Message", "Preset", "ReadOnlyDatabase", "SearchHit", "Store"]
