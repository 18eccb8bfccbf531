"""An answer made in its own thread and read from the API's event loop.

The pipeline's answers are blocking iterators (they wait for their model's turn, then for
each piece from the worker); each request gets a thread that iterates its answer and hands
the pieces to the event loop, so that the loop stays free for the other requests.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Awaitable, Callable

from chatapp.answers import Answer

log = logging.getLogger(__name__)

END = None  # the item that ends the feed
POLL_S = 0.2  # how often a client that waits is checked for having gone away
_NOTHING = object()  # no piece came within POLL_S


class AnswerFeed:
    """Iterates an answer in a thread; the loop reads its pieces (a text piece, "" when only
    the reasoning or the tool calls grew) with get() until END.

    Attributes:
        answer: the answer.
        on_end: called in the answer's thread once the answer ended (its model is free).
    """

    def __init__(self, answer: Answer, loop: asyncio.AbstractEventLoop,
                 on_end: Callable[[], None]) -> None:
        self.answer = answer
        self.on_end = on_end
        self._loop = loop
        self._queue: asyncio.Queue[str | None] = asyncio.Queue()
        self._thread = threading.Thread(target=self._run, daemon=True, name="api-answer")
        self._asked = 0.0  # when the client was last checked for having gone away (loop time)

    def start(self) -> AnswerFeed:
        self._thread.start()
        return self

    def _put(self, item: str | None) -> None:
        with contextlib.suppress(RuntimeError):  # the loop is gone (the server stopped)
            self._loop.call_soon_threadsafe(self._queue.put_nowait, item)

    def _run(self) -> None:
        try:
            for piece in self.answer:
                self._put(piece)
        except Exception:  # a bug: the answer ends as an error, the server goes on
            log.exception("an API answer failed")
        finally:
            self._put(END)
            self.on_end()

    async def get(self) -> str | None:
        """The next piece, or END."""
        return await self._queue.get()

    def take_ready(self) -> list[str | None]:
        """The pieces that are there already (END included), without waiting."""
        items = []
        while not self._queue.empty():
            items.append(self._queue.get_nowait())
        return items

    async def wait(self, gone: Callable[[], Awaitable[bool]]) -> str | None | bool:
        """The next piece (or END); False when gone() said the client went away (the answer
        is then cancelled). gone() is asked at least every POLL_S, also while pieces keep
        coming (a client that gave up on a whole answer reads none of them)."""
        clock = asyncio.get_running_loop().time
        while True:
            try:
                item = await asyncio.wait_for(self._queue.get(), POLL_S)
            except asyncio.TimeoutError:
                item = _NOTHING
            if item is _NOTHING or clock() - self._asked >= POLL_S:
                self._asked = clock()
                if await gone():
                    self.answer.cancel()
                    return False
            if item is not _NOTHING:
                return item
