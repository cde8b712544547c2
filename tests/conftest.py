"""Shared test set-up: PTB's time format, one brain for the session, clean logging."""

import logging
import os
from collections.abc import Iterator

import pytest

# RetryAfter reads retry_after as seconds with a deprecation warning (an error under
# filterwarnings=error) unless PTB_TIMEDELTA is set; the app sets it too (bot.telegram).
os.environ.setdefault("PTB_TIMEDELTA", "1")

from bot.brain import Brain
from bot.logs import LIBRARY_LOGGERS
from bot.telegram.texts import TelegramTexts, load_telegram_texts


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
