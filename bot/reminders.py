"""Sending the daily exercise reminders that are due: one periodic job calls `dispatch_due`.

Delivery is at most once. Each reminder is claimed in the database (marked as sent for its
local day and moved to its next due time) just before it is sent, and the claim is released
if the send fails in a way worth retrying. A crash between the claim and the send therefore
loses that day's reminder instead of sending it twice, which is the lesser harm for a daily
nudge; a restart never repeats a reminder already claimed.

The send function reports how a send went with this module's own exceptions (the Telegram
adapter maps Telegram's errors to them, bot/telegram/delivery.py): `ChatGone` (the user
blocked the bot, the chat no longer exists) stops the reminder; `FloodWait` pauses every
send for the time asked and retries; `Unreachable` (network trouble, server errors)
releases the claim so a later tick sends it. Other errors are logged by type only and
count as failed, without retry, so a bug cannot resend every tick.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from time import monotonic
from zoneinfo import ZoneInfo

from bot.knowledge import Exercise
from bot.schedule import exercise_for_day, first_due, next_due
from bot.storage import Storage, Subscription

logger = logging.getLogger(__name__)


class ChatGone(Exception):
    """The reminder cannot reach the chat again: the user blocked the bot or it is gone."""


class FloodWait(Exception):
    """Too many messages: wait `seconds` before sending anything."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


class Unreachable(Exception):
    """Network trouble or a server error: the send may work later."""


SendReminder = Callable[[int, Exercise, date], Awaitable[None]]  # chat_id, exercise, local day
Sleep = Callable[[float], Awaitable[object]]


@dataclass
class DispatchReport:
    """What one `dispatch_due` call did, for logging and tests."""

    sent: int = 0
    removed: int = 0  # the user blocked the bot or the chat is gone
    retried_later: int = 0  # left due for a later tick (network trouble, repeated flood waits)
    skipped_stale: int = 0  # missed by more than the late grace; moved to the next day
    skipped_already_sent: int = 0  # that local day's reminder had already been sent
    failed: int = 0  # unexpected error; not retried


class Pacer:
    """Spaces sends: at most `rate` a second overall and one per chat per `per_chat` seconds.

    Telegram allows about 30 messages a second overall and 1 a second per chat; the bot's
    rate limiter (bot/telegram/sending.py) only enforces the overall limit. A flood wait
    (`pause`) holds every send.
    """

    def __init__(
        self,
        rate: float,
        per_chat: float = 1.0,
        clock: Callable[[], float] = monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._interval = 1 / rate
        self._per_chat = per_chat
        self._clock = clock
        self._sleep = sleep
        self._next_slot = float("-inf")
        self._paused_until = float("-inf")
        self._last_send: dict[int, float] = {}
        self._recent: deque[tuple[float, int]] = deque()  # (send time, chat) oldest first

    def pause(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, self._clock() + seconds)

    async def wait_turn(self, chat_id: int) -> None:
        """Return when a message to `chat_id` may be sent, and count it as sent then."""
        while True:
            now = self._clock()
            slot = max(
                now,
                self._next_slot,
                self._paused_until,
                self._last_send.get(chat_id, float("-inf")) + self._per_chat,
            )
            self._next_slot = slot + self._interval
            if slot > now:
                await self._sleep(slot - now)
            if self._clock() >= self._paused_until:  # a flood wait may have begun meanwhile
                break
        self._remember(chat_id, self._clock())

    def _remember(self, chat_id: int, at: float) -> None:
        """Keep send times only as long as they can delay a send: memory stays O(rate)."""
        while self._recent and self._recent[0][0] <= at - self._per_chat:
            old_at, old_chat = self._recent.popleft()
            if self._last_send.get(old_chat) == old_at:
                del self._last_send[old_chat]
        self._last_send[chat_id] = at
        self._recent.append((at, chat_id))


def schedule_reminder(
    storage: Storage, chat_id: int, local_time: time, now: datetime, tz: ZoneInfo
) -> Subscription:
    """Set a daily reminder at `local_time`, first due when `schedule.first_due` says: if
    today's reminder was already sent, the new time applies from tomorrow.

    The read and the write have no await between them, so no tick of the dispatcher (on
    the same event loop) can come in between.
    """
    last_sent = storage.last_sent_day(chat_id)
    due = first_due(local_time, now, tz, last_sent)
    storage.set_reminder(chat_id, local_time, due)
    return Subscription(chat_id, local_time, due, last_sent)


class ReminderDispatcher:
    def __init__(
        self,
        storage: Storage,
        exercises: Sequence[Exercise],
        send: SendReminder,
        tz: ZoneInfo,
        rate_per_second: float = 25,
        sleep: Sleep = asyncio.sleep,
        *,
        clock: Callable[[], float] = monotonic,
        late_grace: timedelta = timedelta(hours=1),
        batch_size: int = 200,
        max_in_flight: int = 32,
        max_flood_waits: int = 3,
        max_network_failures: int = 10,
    ) -> None:
        """`sleep` and `clock` (monotonic seconds) are injectable so tests never wait.

        `max_network_failures` consecutive network failures end a tick early: Telegram is
        probably unreachable, and the rows left due are tried by the next tick.
        """
        if not exercises:
            raise ValueError("reminders need at least one exercise")
        self._storage = storage
        self._exercises = exercises
        self._send = send
        self._tz = tz
        self._late_grace = late_grace
        self._batch_size = batch_size
        self._max_flood_waits = max_flood_waits
        self._max_network_failures = max_network_failures
        self._pacer = Pacer(rate_per_second, clock=clock, sleep=sleep)
        self._in_flight = asyncio.Semaphore(max_in_flight)
        self._network_failures = 0

    async def dispatch_due(self, now: datetime) -> DispatchReport:
        """Send every reminder due at `now` (UTC-aware), paced; returns what happened."""
        report = DispatchReport()
        sends: set[asyncio.Task[None]] = set()
        self._network_failures = 0
        after: tuple[datetime, int] | None = None
        try:
            while not self._network_down() and (
                rows := self._storage.due_reminders(now, self._batch_size, after)
            ):
                after = (rows[-1].next_due, rows[-1].chat_id)
                for sub in rows:
                    if self._network_down():
                        logger.warning("Telegram unreachable; due reminders left for next tick")
                        break
                    task = await self._start(sub, now, report)
                    if task is not None:
                        sends.add(task)
                        task.add_done_callback(sends.discard)
        finally:
            await asyncio.gather(*sends)
        return report

    async def _start(
        self, sub: Subscription, now: datetime, report: DispatchReport
    ) -> asyncio.Task[None] | None:
        """Skip, or claim and start sending, one due reminder."""
        due = sub.next_due
        if now - due >= self._late_grace:
            # Missed while the bot was down; a later occurrence may still be recent enough.
            due = next_due(sub.local_time, now - self._late_grace, self._tz)
            if due > now:
                self._storage.reschedule(sub, due)
                report.skipped_stale += 1
                return None
        day = due.astimezone(self._tz).date()
        following = first_due(sub.local_time, now, self._tz, day)
        if day == sub.last_sent_day:
            self._storage.reschedule(sub, following)
            report.skipped_already_sent += 1
            return None
        await self._in_flight.acquire()
        await self._pacer.wait_turn(sub.chat_id)
        if not self._storage.claim(sub, day, following):  # changed by the user meanwhile
            self._in_flight.release()
            return None
        return asyncio.create_task(self._deliver(sub, day, following, report))

    async def _deliver(
        self, sub: Subscription, day: date, following: datetime, report: DispatchReport
    ) -> None:
        exercise = exercise_for_day(self._exercises, day)
        try:
            for flood_waits in range(self._max_flood_waits + 1):
                try:
                    await self._send(sub.chat_id, exercise, day)
                except FloodWait as error:
                    if flood_waits == self._max_flood_waits:
                        raise
                    self._pacer.pause(error.seconds)
                    await self._pacer.wait_turn(sub.chat_id)
                else:
                    report.sent += 1
                    self._network_failures = 0
                    return
        except ChatGone:
            self._remove(sub, report)
        except (Unreachable, FloodWait) as error:
            if isinstance(error, Unreachable):
                self._network_failures += 1
            self._storage.release(sub, day, following)
            report.retried_later += 1
        except Exception as error:
            self._fail(error, report)
        finally:
            self._in_flight.release()

    def _network_down(self) -> bool:
        return self._network_failures >= self._max_network_failures

    def _remove(self, sub: Subscription, report: DispatchReport) -> None:
        self._storage.remove_reminder(sub.chat_id)
        report.removed += 1

    def _fail(self, error: Exception, report: DispatchReport) -> None:
        logger.error("Reminder not sent (%s); not retried", type(error).__name__)
        report.failed += 1
