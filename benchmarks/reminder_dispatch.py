"""Reminder dispatch against the fake Bot API server: throughput, memory, limits.

    .venv/bin/python benchmarks/reminder_dispatch.py [--subscribers N] [--limited-seconds S]

The fake server runs in its own process (so its memory and CPU are not counted as the
dispatcher's) and counts deliveries by chat_id. Sends go through a real PTB `Bot` whose
base_url points at it.

Run 1, Telegram's limits lifted: every subscriber is due; the dispatcher's own pacing is
off. Day 1 sends through PTB to the server (end-to-end throughput, ru_maxrss, deliveries
counted at the server); days 2 and 3 use a no-op send to measure the dispatcher alone
(SQLite claims and pacing), day 3 under tracemalloc for its peak memory.
Run 2, Telegram's limits on: the server answers 429 to more than 30 messages in any 1-s
window or a second message to one chat within 1 s; the dispatcher runs with its default
pacing for a fixed time and the highest rates the server saw are printed.

Prints figures only; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PTB_TIMEDELTA", "1")

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup  # noqa: E402
from telegram.request import HTTPXRequest  # noqa: E402

from bot.knowledge import KNOWLEDGE_DIR, Exercise, load_entries, load_exercises  # noqa: E402
from bot.reminders import ReminderDispatcher, schedule_reminder  # noqa: E402
from bot.storage import Storage  # noqa: E402
from bot.telegram.delivery import reporting_outcomes  # noqa: E402
from tests.fake_bot_api import FAKE_TOKEN, FakeBotApi  # noqa: E402

TZ = ZoneInfo("Europe/Copenhagen")
REMINDER_TIME = clock_time(7, 30)
DAY_ONE = datetime(2024, 5, 1, 5, 30, 5, tzinfo=UTC)  # just after 07:30 in Copenhagen
IN_FLIGHT = 32


# --- the server process ------------------------------------------------------------------


@dataclass
class CountingBotApi(FakeBotApi):
    """The fake server, timing every sendMessage and optionally enforcing Telegram's limits."""

    limits: bool = False
    accepted: list[tuple[float, int]] = field(default_factory=list)
    rejected: int = 0
    _window: deque[float] = field(default_factory=deque)
    _last_by_chat: dict[int, float] = field(default_factory=dict)

    async def _handle(
        self, path: str, body: bytes, content_type: str = ""
    ) -> tuple[int, dict[str, Any]]:
        if path.endswith("/sendMessage"):
            chat_id = int(parse_qs(body.decode())["chat_id"][0])
            now = time.monotonic()
            if self.limits and self._over_limit(chat_id, now):
                self.rejected += 1
                return 429, {
                    "ok": False,
                    "error_code": 429,
                    "description": "Too Many Requests: retry after 1",
                    "parameters": {"retry_after": 1},
                }
            self.accepted.append((now, chat_id))
            self._last_by_chat[chat_id] = now
        return await super()._handle(path, body, content_type)

    def _over_limit(self, chat_id: int, now: float) -> bool:
        while self._window and self._window[0] <= now - 1:
            self._window.popleft()
        if len(self._window) >= 30 or now - self._last_by_chat.get(chat_id, -1e9) < 1:
            return True
        self._window.append(now)
        return False

    def reset(self, limits: bool) -> None:
        self.limits = limits
        self.accepted.clear()
        self.calls.clear()
        self.messages.clear()
        self.rejected = 0
        self._window.clear()
        self._last_by_chat.clear()

    def stats(self) -> dict[str, int]:
        delivered = [chat for _, chat in self.accepted]
        per_chat: dict[int, list[float]] = defaultdict(list)
        for at, chat in self.accepted:
            per_chat[chat].append(at)
        return {
            "delivered": len(delivered),
            "distinct_chats": len(set(delivered)),
            "rejected_429": self.rejected,
            "max_overall_per_1s": _busiest_second([at for at, _ in self.accepted]),
            "max_per_chat_per_1s": max((_busiest_second(t) for t in per_chat.values()), default=0),
        }


def _busiest_second(times: list[float]) -> int:
    """The most events in any window [t, t + 1 s)."""
    times = sorted(times)
    best = start = 0
    for end, at in enumerate(times):
        while times[start] <= at - 1:
            start += 1
        best = max(best, end - start + 1)
    return best


def serve(conn: Connection) -> None:
    asyncio.run(_serve(conn))


async def _serve(conn: Connection) -> None:
    loop = asyncio.get_running_loop()
    async with CountingBotApi() as api:
        conn.send(api.base_url)
        while True:
            command, argument = await loop.run_in_executor(None, conn.recv)
            if command == "reset":
                api.reset(limits=argument)
                conn.send(None)
            elif command == "stats":
                conn.send(api.stats())
            else:
                return


class ServerProcess:
    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=serve, args=(child,), daemon=True)
        self._process.start()
        self.base_url: str = self._conn.recv()

    def call(self, command: str, argument: object = None) -> Any:
        self._conn.send((command, argument))
        return self._conn.recv()

    def stop(self) -> None:
        self._conn.send(("stop", None))
        self._process.join(timeout=5)


# --- the dispatcher side -----------------------------------------------------------------


def load_reminder_exercises() -> tuple[Exercise, ...]:
    entries = load_entries(KNOWLEDGE_DIR / "entries.yaml")
    return load_exercises(KNOWLEDGE_DIR / "exercises.yaml", {e.id for e in entries})


def make_send(bot: Bot):
    """A reminder message shaped like the real one: text plus two inline buttons."""
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Gjort ✅", callback_data="done:x")],
            [InlineKeyboardButton("Stop påmindelser", callback_data="stop")],
        ]
    )

    async def send(chat_id: int, exercise: Exercise, _day: date) -> None:
        text = f"Dagens øvelse: {exercise.name}\n\n{exercise.instructions}\n\n{exercise.dosage}"
        await bot.send_message(chat_id, text, reply_markup=keyboard)

    return reporting_outcomes(send)  # Telegram's errors as the dispatcher's outcomes


def subscribe_all(storage: Storage, count: int) -> float:
    started = time.perf_counter()
    before = DAY_ONE - timedelta(hours=2)
    for chat_id in range(1, count + 1):
        schedule_reminder(storage, chat_id, REMINDER_TIME, before, TZ)
    return time.perf_counter() - started


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def run_unlimited(server: ServerProcess, bot: Bot, exercises, count: int, db: Path) -> None:
    storage = Storage(db)
    setup = subscribe_all(storage, count)
    print(f"  subscribed {count} chats in {setup:.1f} s")
    rss_before = max_rss_mb()

    server.call("reset", False)
    dispatcher = unpaced(storage, exercises, make_send(bot))
    report, elapsed = await timed_dispatch(dispatcher, DAY_ONE)
    print(f"  day 1, PTB Bot -> fake server: {report.sent / elapsed:.0f} msgs/s, {report}")
    print(f"  day 1 at the server: {_delivery(server.call('stats'), count)}")
    print(f"  ru_maxrss: {rss_before:.0f} MB before dispatch, {max_rss_mb():.0f} MB after")

    seen = bytearray(count + 1)  # one byte a chat, so the check barely adds to the peak
    twice = 0

    async def record(chat_id: int, _exercise: Exercise, _day: date) -> None:
        nonlocal twice
        twice += seen[chat_id]
        seen[chat_id] = 1

    dispatcher = unpaced(storage, exercises, record)
    report, elapsed = await timed_dispatch(dispatcher, DAY_ONE + timedelta(days=1))
    print(f"  day 2, no-op send (storage + pacing only): {report.sent / elapsed:.0f} msgs/s")
    seen[:] = bytes(count + 1)
    tracemalloc.start()
    report, elapsed = await timed_dispatch(dispatcher, DAY_ONE + timedelta(days=2))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"  day 3, no-op send under tracemalloc: peak {peak / 2**20:.1f} MB allocated")
    print(f"  day 3: {report.sent} sent, {sum(seen)} distinct chats, {twice} sends twice")
    storage.close()


def unpaced(storage: Storage, exercises, send) -> ReminderDispatcher:
    return ReminderDispatcher(
        storage, exercises, send, TZ, rate_per_second=float("inf"), max_in_flight=IN_FLIGHT
    )


async def timed_dispatch(dispatcher: ReminderDispatcher, now: datetime):
    started = time.perf_counter()
    report = await dispatcher.dispatch_due(now)
    return report, time.perf_counter() - started


def _delivery(stats: dict[str, int], expected: int) -> str:
    twice = stats["delivered"] - stats["distinct_chats"]
    return (
        f"delivered {stats['delivered']} to {stats['distinct_chats']} of {expected} chats,"
        f" {twice} twice"
    )


async def run_limited(
    server: ServerProcess, bot: Bot, exercises, count: int, seconds: float, db: Path
) -> None:
    storage = Storage(db)
    subscribe_all(storage, count)
    dispatcher = ReminderDispatcher(storage, exercises, make_send(bot), TZ)  # default pacing
    server.call("reset", True)
    report = None
    started = time.perf_counter()
    try:
        async with asyncio.timeout(seconds):
            report = await dispatcher.dispatch_due(DAY_ONE)
    except TimeoutError:
        pass
    elapsed = time.perf_counter() - started
    stats = server.call("stats")
    print(f"  ran {elapsed:.1f} s{f': {report}' if report else ' (stopped by the time limit)'}")
    print(f"  at the server: {_delivery(stats, count)}")
    print(
        f"  highest rate in any 1-s window: {stats['max_overall_per_1s']} msgs overall (limit 30),"
        f" {stats['max_per_chat_per_1s']} per chat (limit 1); 429s: {stats['rejected_429']}"
    )
    storage.close()


async def main(subscribers: int, limited_seconds: float) -> None:
    exercises = load_reminder_exercises()
    server = ServerProcess()
    request = HTTPXRequest(connection_pool_size=IN_FLIGHT + 4)
    bot = Bot(FAKE_TOKEN, base_url=server.base_url, request=request)
    try:
        async with bot:
            with tempfile.TemporaryDirectory() as folder:
                print(f"Run 1: Telegram's limits lifted, {subscribers} subscribers")
                await run_unlimited(
                    server, bot, exercises, subscribers, Path(folder) / "run1.sqlite"
                )
                limited = min(subscribers, int(limited_seconds * 30))
                print(f"Run 2: Telegram's limits on for {limited_seconds:.0f} s, {limited} due")
                await run_limited(
                    server, bot, exercises, limited, limited_seconds, Path(folder) / "run2.sqlite"
                )
    finally:
        server.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--limited-seconds", type=float, default=20.0)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.subscribers, arguments.limited_seconds))
