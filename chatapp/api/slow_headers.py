"""HTTP connections that do not finish their request's head in time are closed: uvicorn waits
for a request's headers without a limit (its keep-alive timeout starts after an answer), so
connections that send a few header bytes, or nothing, would stay open until the process runs
out of file descriptors."""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

# seconds a connection has to send the head of its first request
HEADERS_S = 30.0


class HeadTimeoutProtocol(H11Protocol):
    """uvicorn's h11 protocol, closing a connection whose first request's head has not come
    HEADERS_S after it was made (read when the connection is made)."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._head_timer: Any = self.loop.call_later(HEADERS_S, self._head_late)

    def _head_late(self) -> None:
        if self.cycle is None and not self.transport.is_closing():  # no request began
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self._head_timer.cancel()
        super().connection_lost(exc)
