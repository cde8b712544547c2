"""Long polling that acknowledges an update to Telegram only after it has been handled.

Telegram forgets every update below the `offset` of a getUpdates call. PTB's Updater moves
the offset past a batch as soon as it has queued it, so a bot killed with updates queued
never answers them. Here the offset stays at the oldest update still being handled: a
killed bot gets those updates again at its restart (the intake skips the ones it had
finished, by id). Telegram returns at most 100 updates from the offset, so at most 100
are in hand at once.

Updates are fetched raw (decoded JSON) and handed to the intake one by one, so one that
python-telegram-bot cannot parse costs only itself (`Bot.get_updates` parses the whole
batch and fails on one bad update, again and again).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from typing import Any

from telegram import Bot
from telegram.error import InvalidToken, TelegramError

from bot.telegram.intake import Intake

logger = logging.getLogger(__name__)

POLL_TIMEOUT = 10.0  # seconds Telegram holds a getUpdates call open when nothing comes
BATCH_LIMIT = 100  # Telegram's maximum
# While updates are being handled, Telegram answers at once with them (unacknowledged);
# wait this long (or until all are done) before asking again, so the loop does not spin.
BUSY_WAIT = 0.2
RETRY_WAITS = (1.0, 2.0, 5.0, 10.0, 30.0)  # after failed getUpdates calls, the last repeats
STOP_GRACE = 30.0  # at stop, how long updates being handled may still take


class Poller:
    def __init__(
        self, bot: Bot, intake: Intake, allowed_updates: list[str], timeout: float = POLL_TIMEOUT
    ) -> None:
        self._bot = bot
        self._intake = intake
        self._allowed_updates = allowed_updates
        self._timeout = timeout
        self._handling: dict[int, asyncio.Task[None]] = {}
        self._last_taken = -1  # highest update id given to the intake

    def _offset(self) -> int:
        """Acknowledges everything below it: all but what is still being handled."""
        return min(self._handling, default=self._last_taken + 1)

    async def run(self, stop: asyncio.Event) -> None:
        """Poll until `stop` is set; then finish (or give back) the updates in hand."""
        failures = 0
        while not stop.is_set():
            try:
                batch = await _unless_stopped(self._get_updates(self._timeout), stop)
            except InvalidToken:
                raise
            except TelegramError as error:
                wait = RETRY_WAITS[min(failures, len(RETRY_WAITS) - 1)]
                failures += 1
                name = type(error).__name__
                logger.warning("getUpdates failed (%s); again in %.0f s", name, wait)
                await _unless_stopped(asyncio.sleep(wait), stop)
                continue
            if batch is None:  # stopped
                break
            failures = 0
            if not self._take(batch) and self._handling:
                await asyncio.wait([*self._handling.values()], timeout=BUSY_WAIT)
        await self._finish()

    def _take(self, batch: list[Any]) -> bool:
        """Start handling the updates not yet taken; True if there were any."""
        new = [raw for raw in batch if _update_id(raw) > self._last_taken]
        for raw in new:
            update_id = _update_id(raw)
            self._last_taken = update_id
            task = asyncio.create_task(self._intake.handle(raw))
            self._handling[update_id] = task
            task.add_done_callback(functools.partial(self._done, update_id))
        return bool(new)

    def _done(self, update_id: int, _task: asyncio.Task[None]) -> None:
        task = self._handling.pop(update_id)
        if not task.cancelled() and task.exception() is not None:
            logger.error("Update %d not handled: %s", update_id, type(task.exception()).__name__)

    async def _finish(self) -> None:
        """Let the updates in hand finish, then acknowledge what is done."""
        if self._handling:
            await asyncio.wait([*self._handling.values()], timeout=STOP_GRACE)
        for task in self._handling.values():  # given back: Telegram sends them again
            task.cancel()
        offset = self._offset()
        with contextlib.suppress(TelegramError):
            await self._get_updates(0, offset)

    async def _get_updates(self, timeout: float, offset: int | None = None) -> list[Any]:
        # Bot._post, not Bot.get_updates (parses the batch as a whole) nor
        # Bot.do_api_request (warns for getUpdates).
        result: list[Any] = await self._bot._post(
            "getUpdates",
            {
                "offset": self._offset() if offset is None else offset,
                "limit": BATCH_LIMIT,
                "timeout": timeout,
                "allowed_updates": self._allowed_updates,
            },
            read_timeout=timeout + 5.0,
        )
        return result


def _update_id(raw: Any) -> int:
    """The id of a raw update; -1 (never taken) if it has none."""
    update_id = raw.get("update_id") if isinstance(raw, dict) else None
    return update_id if isinstance(update_id, int) else -1


async def _unless_stopped(awaitable: Any, stop: asyncio.Event) -> Any:
    """The result of `awaitable`, or None if `stop` is set first (the awaitable is cancelled)."""
    task = asyncio.ensure_future(awaitable)
    stopping = asyncio.create_task(stop.wait())
    await asyncio.wait([task, stopping], return_when="FIRST_COMPLETED")
    stopping.cancel()
    if not task.done():
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return None
    return task.result()
