"""Composition root of the Telegram bot: builds the PTB Application and runs it.

`build_application` wires everything and is what the tests run against a fake Bot API
server; `run` is the entry point of `rygbot telegram` (long polling, or a webhook when
RYGBOT_WEBHOOK_URL is set).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import sys
from collections.abc import Callable, Coroutine
from datetime import UTC, date, datetime
from typing import Any

from telegram import Bot, BotCommand
from telegram.constants import ParseMode, UpdateType
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    ContextTypes,
    Defaults,
)

from bot.brain import Brain
from bot.knowledge import Exercise, KnowledgeError
from bot.logs import configure_logging, redact
from bot.reminders import ReminderDispatcher
from bot.settings import Settings
from bot.storage import Storage, StorageError
from bot.telegram import keyboards
from bot.telegram.handlers import COMMANDS, ChatHandlers, Clock
from bot.telegram.ordering import PerChatOrder
from bot.telegram.render import exercise_html
from bot.telegram.texts import TelegramTexts, load_telegram_texts

logger = logging.getLogger(__name__)

REMINDER_JOB = "reminders"
TICK_SECONDS = 30  # how often due reminders are looked for
# A tick delayed by a busy event loop still runs (APScheduler's default grace is 1 s).
TICK_GRACE_SECONDS = 25
# Chats handled at once. Measured against the fake server with 50 ms per API call: 8-16
# beat 32, because httpx checks every pooled connection on each request (CPU-bound).
CONCURRENT_UPDATES = 16
ALLOWED_UPDATES = [UpdateType.MESSAGE, UpdateType.EDITED_MESSAGE, UpdateType.CALLBACK_QUERY]
# The webhook server listens on every interface: Telegram or a reverse proxy must reach it.
WEBHOOK_LISTEN = "0.0.0.0"


def utc_now() -> datetime:
    return datetime.now(UTC)


def telegram_rate_limiter() -> AIORateLimiter:
    """Telegram's limits: about 30 messages a second overall and 20 a minute per group.

    No retries here: handlers ask for one retry per message, and the reminder
    dispatcher handles flood waits itself.
    """
    return AIORateLimiter(
        overall_max_rate=30,
        overall_time_period=1,
        group_max_rate=20,
        group_time_period=60,
        max_retries=0,
    )


def build_application(
    settings: Settings,
    brain: Brain,
    storage: Storage,
    *,
    clock: Clock = utc_now,
    texts: TelegramTexts | None = None,
    rate_limiter: BaseRateLimiter | None = None,
) -> Application:
    """The bot, ready for `run_polling`/`run_webhook` (or the test lifecycle).

    `clock` returns the current instant (aware); tests inject their own. The reminder
    job's callback can be run directly in tests: `job_queue.get_jobs_by_name(REMINDER_JOB)`.
    """
    if settings.token is None:
        raise ValueError("build_application needs a token")
    texts = texts or load_telegram_texts()
    app = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .base_file_url(_file_url(settings.api_base_url))
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=settings.timezone))
        .rate_limiter(rate_limiter or telegram_rate_limiter())
        .concurrent_updates(PerChatOrder(CONCURRENT_UPDATES))
        .post_init(_post_init(texts))
        .build()
    )
    handlers = ChatHandlers(
        brain, storage, texts, settings.timezone, clock, brain.urgent_care.overview()
    )
    handlers.register(app)

    async def send_reminder(chat_id: int, exercise: Exercise, day: date) -> None:
        await app.bot.send_message(
            chat_id,
            exercise_html(exercise, texts, heading=texts.reminder_intro),
            reply_markup=keyboards.reminder_keyboard(day, texts),
        )

    dispatcher = ReminderDispatcher(storage, brain.exercises, send_reminder, settings.timezone)

    async def tick(context: ContextTypes.DEFAULT_TYPE) -> None:
        report = await dispatcher.dispatch_due(clock())
        if report.sent or report.removed or report.retried_later or report.failed:
            logger.info("Reminders: %s", report)

    assert app.job_queue is not None  # the job-queue extra is a dependency
    app.job_queue.run_repeating(
        tick,
        interval=TICK_SECONDS,
        name=REMINDER_JOB,
        job_kwargs={"misfire_grace_time": TICK_GRACE_SECONDS},
    )
    return app


def webhook_options(settings: Settings, listen: str = WEBHOOK_LISTEN) -> dict[str, Any]:
    """Keyword arguments for `Application.run_webhook` and `Updater.start_webhook`.

    Both take these names in PTB 22; the tests start the updater with them directly.
    There is always a secret: without one PTB takes any POST to the webhook path, so
    whoever learns the URL could forge updates. Unless one is configured, a random one is
    made for this start; PTB gives it to Telegram in setWebhook, so nothing else changes.
    """
    return {
        "listen": listen,
        "port": settings.webhook_port,
        "url_path": settings.webhook_path,
        "webhook_url": settings.webhook_url,
        "secret_token": settings.webhook_secret or secrets.token_urlsafe(32),
        "allowed_updates": ALLOWED_UPDATES,
    }


REJECTED_TOKEN = (
    "Telegram rejected TELEGRAM_BOT_TOKEN (revoked or mistyped?). Check it with @BotFather."
)


async def _check_connection(token: str, api_base_url: str) -> str | None:
    """What stops the bot from reaching Telegram, or None if getMe works.

    Checked before `run_polling`, whose own start-up failure is logged with a traceback.
    """
    try:
        async with Bot(token, base_url=api_base_url):
            return None
    except InvalidToken:
        return REJECTED_TOKEN
    except TelegramError as error:
        return f"cannot reach the Telegram Bot API at {api_base_url}: {redact(str(error))}"


def _post_init(texts: TelegramTexts) -> Callable[[Application], Coroutine[Any, Any, None]]:
    async def post_init(app: Application) -> None:
        """Register the command menu with Danish descriptions."""
        await app.bot.set_my_commands(
            [BotCommand(name, getattr(texts, field)) for name, field in COMMANDS.items()]
        )

    return post_init


def _file_url(api_base_url: str) -> str:
    """Telegram serves files under /file/bot<token>, next to /bot<token>."""
    root = api_base_url.removesuffix("/bot")
    return f"{root}/file/bot"


def run(settings: Settings) -> int:
    """Run the bot until stopped (Ctrl+C, SIGTERM); returns the process exit code."""
    configure_logging(settings.log_level)
    if settings.token is None:
        print(
            "rygbot: TELEGRAM_BOT_TOKEN is not set. Get a token from @BotFather and put it "
            "in .env (see .env.example) or the environment.",
            file=sys.stderr,
        )
        return 2
    try:
        brain = Brain.load()
        texts = load_telegram_texts()
    except KnowledgeError as error:
        print(f"rygbot: knowledge error: {error}", file=sys.stderr)
        return 2
    problem = asyncio.run(_check_connection(settings.token, settings.api_base_url))
    if problem:
        print(f"rygbot: {problem}", file=sys.stderr)
        return 2
    try:
        storage = Storage(settings.db_path)
    except StorageError as error:
        print(f"rygbot: RYGBOT_DB {error}", file=sys.stderr)
        return 2
    try:
        app = build_application(settings, brain, storage, texts=texts)
        if settings.webhook_url:
            logger.info("Starting webhook on port %d", settings.webhook_port)
            app.run_webhook(**webhook_options(settings))
        else:
            logger.info("Starting long polling")
            app.run_polling(allowed_updates=ALLOWED_UPDATES)
    except InvalidToken:
        print(f"rygbot: {REJECTED_TOKEN}", file=sys.stderr)
        return 2
    except TelegramError as error:
        print(f"rygbot: Telegram bot stopped: {redact(str(error))}", file=sys.stderr)
        return 1
    finally:
        storage.close()
    return 0
