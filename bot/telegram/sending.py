"""Every Bot API call but getUpdates passes here: Telegram's limits, retries and priorities.

- **Budget.** About 30 messages a second overall (calls that carry a chat id) and 20 a
  minute per group, Telegram's limits. A token bucket holding one second's worth, so a
  quiet bot answers a short burst at once.
- **Retries.** A call that fails for a reason that may pass (a 5xx, a network error, a
  timeout, an answer that is not JSON) is tried again with exponential backoff; a flood
  wait (429) pauses every call for the `retry_after` Telegram gives. All within
  `Backoff.deadline` seconds of the first try, then the error is raised (and the handler's
  error path runs). Permanent errors (400 such as "chat not found", 403 blocked, 401/404
  token, 409 conflict, a migrated chat) are raised at once: trying again cannot help.
  A timed-out send may have reached Telegram; sending it again risks a duplicate, which
  is better than a lost answer.
- **Priority.** When calls wait for the budget, urgent ones (replies with urgent-care
  advice) go first, the rest in arrival order.
- **"typing…"** is sent only when the budget has room and nobody waits: under load it is
  skipped, so it never delays a reply. It is never retried.

A call's `rate_limit_args` is a `SendPolicy`; None means DEFAULT (retried, not urgent).
The reminder dispatcher paces and retries by itself, so its sends use NO_RETRY.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import time
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    RetryAfter,
    TelegramError,
)
from telegram.ext import BaseRateLimiter

from bot.telegram.delivery import retry_after_seconds

logger = logging.getLogger(__name__)

PERMANENT_ERRORS = (BadRequest, Forbidden, InvalidToken, Conflict, ChatMigrated)
TYPING = "sendChatAction"


@dataclass(frozen=True)
class SendPolicy:
    urgent: bool = False  # goes before waiting calls that are not
    retry: bool = True  # tried again after errors that may pass


DEFAULT = SendPolicy()
URGENT = SendPolicy(urgent=True)
NO_RETRY = SendPolicy(retry=False)


@dataclass(frozen=True)
class Backoff:
    """Waits between tries: `first`, then times `factor`, at most `cap`; all within `deadline`."""

    first: float = 0.5
    factor: float = 2.0
    cap: float = 8.0
    deadline: float = 30.0

    def waits(self) -> Iterator[float]:
        wait = self.first
        while True:
            yield wait
            wait = min(wait * self.factor, self.cap)


class SendScheduler(BaseRateLimiter[SendPolicy]):
    def __init__(
        self,
        rate: float = 30.0,
        group_per_minute: int = 20,
        backoff: Backoff = Backoff(),
    ) -> None:
        self._rate = rate
        self._capacity = max(rate, 1.0)
        self._tokens = self._capacity
        self._clock = time.monotonic
        self._updated = self._clock()
        self._paused_until = float("-inf")
        self._group_per_minute = group_per_minute
        self._groups: dict[int | str, AsyncLimiter] = {}
        self._backoff = backoff
        self._waiting: list[tuple[int, int, asyncio.Future[None]]] = []  # heap: urgency, order
        self._order = itertools.count()
        self._releaser: asyncio.Task[None] | None = None

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        if self._releaser is not None:
            self._releaser.cancel()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: SendPolicy | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        policy = rate_limit_args or DEFAULT
        if endpoint == TYPING:
            if not self.has_room():
                return True  # as if shown: nobody needs to know it was skipped
            policy = NO_RETRY
        chat_id = _chat(data.get("chat_id"))
        started = self._clock()
        waits = self._backoff.waits()
        failure: TelegramError
        while True:
            await self._take_turn(chat_id, policy.urgent)
            try:
                return await callback(*args, **kwargs)
            except PERMANENT_ERRORS:
                raise
            except RetryAfter as error:
                wait = retry_after_seconds(error.retry_after)
                self._paused_until = max(self._paused_until, self._clock() + wait)
                failure = error
            except TelegramError as error:  # NetworkError, TimedOut, invalid server response
                wait = next(waits)
                failure = error
            if not policy.retry or self._clock() - started + wait > self._backoff.deadline:
                raise failure
            logger.warning(
                "%s failed (%s); trying again in %.1f s", endpoint, type(failure).__name__, wait
            )
            await asyncio.sleep(wait)

    def has_room(self) -> bool:
        """True when a call could go now without making any other call wait."""
        self._refill()
        return (
            not self._waiting
            and self._tokens >= self._capacity / 2
            and self._clock() >= self._paused_until
        )

    async def _take_turn(self, chat_id: int | str | None, urgent: bool) -> None:
        if chat_id is None:  # not a message (getMe, setWebhook, ...): only flood waits hold it
            if (pause := self._paused_until - self._clock()) > 0:
                await asyncio.sleep(pause)
            return
        if _is_group(chat_id):
            await self._group_limiter(chat_id).acquire()
        self._refill()
        if not self._waiting and self._tokens >= 1 and self._clock() >= self._paused_until:
            self._tokens -= 1
            return
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiting, (0 if urgent else 1, next(self._order), turn))
        if self._releaser is None or self._releaser.done():
            self._releaser = asyncio.create_task(self._release())
        await turn

    async def _release(self) -> None:
        """Give turns to waiting calls, most urgent first, as the budget allows."""
        while self._waiting:
            self._refill()
            wait = max(self._paused_until - self._clock(), (1 - self._tokens) / self._rate)
            if wait > 0:
                await asyncio.sleep(wait)
                continue
            turn = heapq.heappop(self._waiting)[2]
            if not turn.done():  # a cancelled caller leaves a done future behind
                self._tokens -= 1
                turn.set_result(None)

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self._capacity, self._tokens + (now - self._updated) * self._rate)
        self._updated = now

    def _group_limiter(self, chat_id: int | str) -> AsyncLimiter:
        if chat_id not in self._groups:
            self._groups[chat_id] = AsyncLimiter(self._group_per_minute, 60)
        return self._groups[chat_id]


def _chat(value: object) -> int | str | None:
    """The chat id as PTB passes it (an int, or a string: a number or '@channel')."""
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return value if isinstance(value, int | str) else None


def _is_group(chat_id: object) -> bool:
    """Groups have negative ids; a channel may be given as '@name'."""
    return isinstance(chat_id, str) or (isinstance(chat_id, int) and chat_id < 0)
