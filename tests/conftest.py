"""Shared test set-up: PTB's time format, one brain for the session, clean logging, a
knowledge cache of the session's own."""

import logging
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# RetryAfter reads retry_after as seconds with a deprecation warning (an error under
# filterwarnings=error) unless PTB_TIMEDELTA is set; the app sets it too (bot.telegram).
os.environ.setdefault("PTB_TIMEDELTA", "1")

from bot import knowledge
from bot.brain import Brain
from bot.logs import LIBRARY_LOGGERS
from bot.telegram.texts import TelegramTexts, load_telegram_texts
from tests.e2e_support import MONDAY_MORNING, Bot, Clock, running_bot
from tests.fake_bot_api import FakeBotApi

# Every property test draws the same examples on every run: CI stays deterministic.
settings.register_profile("deterministic", derandomize=True, database=None, deadline=None)
settings.load_profile("deterministic")


@pytest.fixture(scope="session", autouse=True)
def knowledge_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Parsed knowledge files are cached in a folder of the session's own: the many tests
    that load edited copies of the knowledge never touch the repository's `.cache/`."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(knowledge, "CACHE_DIR", tmp_path_factory.mktemp("knowledge-cache"))
        yield


@pytest.fixture(scope="session")
def brain() -> Brain:
    """The real brain, loaded once: it is read-only after loading."""
    return Brain.load()


@pytest.fixture(scope="session")
def texts() -> TelegramTexts:
    return load_telegram_texts()


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Put the logging configuration back after a test that configures it."""
    root = logging.getLogger()
    saved = (root.level, list(root.handlers))
    levels = {name: logging.getLogger(name).level for name in LIBRARY_LOGGERS}
    yield
    root.setLevel(saved[0])
    root.handlers[:] = saved[1]
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


# -- end to end: the fake Bot API server and the bot running against it -------------------


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY_MORNING)


@pytest.fixture
async def bot(fake: FakeBotApi, brain: Brain, tmp_path: Path, clock: Clock) -> AsyncIterator[Bot]:
    async with running_bot(fake, brain, tmp_path / "rygbot.sqlite3", clock) as running:
        yield running
