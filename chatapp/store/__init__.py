"""The conversation store: one SQLite file, no Qt."""

from chatapp.store.database import SCHEMA_VERSION, DatabaseError
from chatapp.store.repository import Conversation, Message, Store

__all__ = ["SCHEMA_VERSION", "Conversation", "DatabaseError", "Message", "Store"]
