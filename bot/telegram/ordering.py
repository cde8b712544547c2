"""Updates from different chats are handled concurrently, those from one chat in order,
and when updates have to wait, a chat with a danger sign waiting goes first.

Handling is mostly waiting for Telegram, so concurrency is what makes the bot fast,
but a user who sends two questions quickly must get the answers in the same order.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


class PerChatOrder(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._queued: dict[int, int] = {}  # updates holding or awaiting each lock

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        self._queued[chat.id] = self._queued.get(chat.id, 0) + 1
        try:
            async with lock:  # asyncio.Lock is fair: first come, first served
                await coroutine
        finally:
            self._queued[chat.id] -= 1
            if not self._queued[chat.id]:  # keep memory bounded by the active chats
                del self._queued[chat.id], self._locks[chat.id]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""


@dataclass
class _Waiting:
    chat: object
    urgent: bool
    order: int
    admitted: asyncio.Future[None]


class UrgentFirst:
    """Lets at most `size` updates be handled at once. When updates wait, the next one is
    the oldest of a chat that has an urgent update waiting (its older ones go first, to
    keep the chat's order), else the oldest. `is_urgent` is asked only about updates that
    have to wait: when nothing waits, nothing needs ranking."""

    def __init__(self, size: int, is_urgent: Callable[[Update], bool]) -> None:
        self._size = size
        self._is_urgent = is_urgent
        self._running = 0
        self._waiting: list[_Waiting] = []
        self._order = itertools.count()

    @asynccontextmanager
    async def turn(self, update: Update) -> AsyncIterator[None]:
        if self._running < self._size and not self._waiting:
            self._running += 1
        else:
            await self._wait(update)
        try:
            yield
        finally:
            self._release()

    async def _wait(self, update: Update) -> None:
        chat = update.effective_chat
        waiting = _Waiting(
            chat.id if chat else object(),
            self._is_urgent(update),
            next(self._order),
            asyncio.get_running_loop().create_future(),
        )
        self._waiting.append(waiting)
        try:
            await waiting.admitted
        except asyncio.CancelledError:
            if waiting.admitted.cancelled():
                self._waiting.remove(waiting)
            else:  # admitted just before the cancellation: give the turn on
                self._release()
            raise

    def _release(self) -> None:
        self._running -= 1
        if not self._waiting:
            return
        urgent_chats = {w.chat for w in self._waiting if w.urgent}
        chosen = min(self._waiting, key=lambda w: (w.chat not in urgent_chats, w.order))
        self._waiting.remove(chosen)
        self._running += 1
        chosen.admitted.set_result(None)
