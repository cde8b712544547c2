"""The end-to-end set-up shared by the Telegram tests: the injected clock, the running bot
against the fake Bot API server, and the pytest fixtures (in conftest.py) built on them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import Application

from bot.brain import Brain
from bot.settings import Settings
from bot.storage import Storage
from bot.telegram.app import REMINDER_JOB, build_application
from bot.telegram.sending import Backoff, SendScheduler
from tests.fake_bot_api import FakeBotApi, SentMessage, polling

TZ = ZoneInfo("Europe/Copenhagen")
USER = 4242
QUESTION = "Hvad hjælper hurtigt mod ondt i lænden?"
RED_FLAG = "Jeg har ondt i ryggen og kan ikke holde på vandet"
# Retries as in production, only faster, so fault tests take a fraction of a second.
FAST_RETRIES = Backoff(first=0.05, factor=2.0, cap=0.2, deadline=3.0)
READ_TIMEOUT = 0.5  # a call the fake server holds longer than this has timed out
# Monday 10 March 2025, 10:00 in Copenhagen.
MONDAY_MORNING = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


class Clock:
    """The injected clock: stands still until a test moves it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        """Seconds for the reminder pacing: they pass only when the test moves the clock."""
        return self.now.timestamp()

    def set_local(self, day: date, hour: int, minute: int, second: int = 0) -> None:
        self.now = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=TZ)


@dataclass
class Bot:
    fake: FakeBotApi
    app: Application
    storage: Storage
    _handled: int = 0

    async def tick(self) -> None:
        """One run of the reminder job, as the job queue would run it."""
        assert self.app.job_queue is not None
        [job] = self.app.job_queue.get_jobs_by_name(REMINDER_JOB)
        await job.run(self.app)

    async def handle(self, message: dict[str, Any]) -> None:
        """Handle one update carrying `message` to the end, outside the polling loop (PTB's
        process_update): whatever the bot would send for it has been sent on return."""
        self._handled += 1
        payload = {"update_id": 10**9 + self._handled, "message": message}
        await self.app.process_update(Update.de_json(payload, self.app.bot))

    async def say(
        self, text: str, count: int = 1, chat_id: int = USER, timeout: float = 5.0
    ) -> list[SentMessage]:
        self.fake.push_text(chat_id, text)
        return await self.fake.next_messages(chat_id, count, timeout)


@asynccontextmanager
async def running_bot(fake: FakeBotApi, brain: Brain, db: Path, clock: Clock) -> AsyncIterator[Bot]:
    settings = Settings(token=fake.token, api_base_url=fake.base_url, db_path=db, timezone=TZ)
    storage = Storage(db)
    try:
        app = build_application(
            settings,
            brain,
            storage,
            clock=clock,
            monotonic=clock.monotonic,
            rate_limiter=SendScheduler(backoff=FAST_RETRIES),
            read_timeout=READ_TIMEOUT,
        )
        async with polling(app):
            yield Bot(fake, app, storage)
    finally:
        storage.close()
