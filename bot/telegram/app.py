"""Composition root of the Telegram bot: builds the PTB Application and runs it.

`build_application` wires everything; `serve` runs it (long polling, or a webhook when
RYGBOT_WEBHOOK_URL is set) until told to stop, and is what the tests run against a fake
Bot API server; `run` is the entry point of `rygbot telegram`: signals, one-line
start-up errors, exit codes.

Updates do not go through PTB's Updater: the poller (polling.py) and the webhook server
(webhook.py) hand them to the intake (intake.py), which skips unparseable and repeated
updates and returns only when an update is handled, so Telegram is told only then.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import signal
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from datetime import time as time_of_day

from telegram import Bot, BotCommand, Update
from telegram.constants import ParseMode, UpdateType
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    ContextTypes,
    Defaults,
)

from bot.brain import Brain
from bot.conversation import Conversations
from bot.diary import DiaryTexts, load_diary_texts, retention_cutoff
from bot.knowledge import Exercise, KnowledgeError
from bot.logs import configure_logging, redact
from bot.nudges import ADVICE_ENTRY
from bot.red_flags import Tier
from bot.reminders import ReminderDispatcher
from bot.settings import Settings
from bot.storage import Storage, StorageError
from bot.telegram import keyboards
from bot.telegram.delivery import reporting_outcomes
from bot.telegram.handlers import COMMANDS, ChatHandlers, Clock
from bot.telegram.intake import Intake
from bot.telegram.ordering import PerChatOrder, UrgentFirst
from bot.telegram.polling import POLL_TIMEOUT, Poller
from bot.telegram.render import exercise_html
from bot.telegram.sending import NO_RETRY, SendScheduler
from bot.telegram.texts import TelegramTexts, load_telegram_texts
from bot.telegram.webhook import WebhookOptions, WebhookServer

logger = logging.getLogger(__name__)

REMINDER_JOB = "reminders"
RETENTION_JOB = "diary-retention"  # deletes diary scores older than 12 months, nightly
RETENTION_TIME = time_of_day(3, 30)  # local: the table scan blocks the loop briefly, when few write
TICK_SECONDS = 30  # how often due reminders are looked for
# A tick delayed by a busy event loop still runs (APScheduler's default grace is 1 s).
TICK_GRACE_SECONDS = 25
# Chats handled at once. Measured against the fake server with 50 ms per API call: 8-16
# beat 32, because httpx checks every pooled connection on each request (CPU-bound).
CONCURRENT_UPDATES = 16
ALLOWED_UPDATES: list[str] = [
    UpdateType.MESSAGE,
    UpdateType.EDITED_MESSAGE,
    UpdateType.CALLBACK_QUERY,
]
# The webhook server listens on every interface: Telegram or a reverse proxy must reach it.
WEBHOOK_LISTEN = "0.0.0.0"
READ_TIMEOUT = 5.0  # PTB's default
_INTAKE = "rygbot.intake"  # bot_data keys
_TEXTS = "rygbot.texts"


class StartupError(Exception):
    """The bot cannot start; the message is one line naming the setting and its value."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def build_application(
    settings: Settings,
    brain: Brain,
    storage: Storage,
    *,
    clock: Clock = utc_now,
    monotonic: Callable[[], float] = time.monotonic,
    texts: TelegramTexts | None = None,
    diary_texts: DiaryTexts | None = None,
    rate_limiter: BaseRateLimiter | None = None,
    read_timeout: float = READ_TIMEOUT,
) -> Application:
    """The bot, ready for `serve`.

    `clock` returns the current instant (aware) and `monotonic` the seconds the reminder
    pacing counts; tests inject their own. The reminder
    job's callback can be run directly in tests: `job_queue.get_jobs_by_name(REMINDER_JOB)`.
    `read_timeout` is how long a Bot API call may take before it counts as failed.
    """
    if settings.token is None:
        raise ValueError("build_application needs a token")
    texts = texts or load_telegram_texts()
    diary_texts = diary_texts or load_diary_texts()
    advice = brain.entry(ADVICE_ENTRY)
    if advice is None:
        raise KnowledgeError(f"entries.yaml: entry '{ADVICE_ENTRY}' is required by the diary")
    app = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .base_file_url(_file_url(settings.api_base_url))
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=settings.timezone))
        .rate_limiter(rate_limiter or SendScheduler())
        .read_timeout(read_timeout)
        .concurrent_updates(PerChatOrder(CONCURRENT_UPDATES))
        .updater(None)  # updates come through the intake: see the module docstring
        .build()
    )
    turns = UrgentFirst(CONCURRENT_UPDATES, _has_danger_sign(brain))
    app.bot_data[_INTAKE] = Intake(app, storage, clock, turns)
    app.bot_data[_TEXTS] = texts
    handlers = ChatHandlers(
        brain,
        storage,
        texts,
        settings.timezone,
        clock,
        brain.urgent_care.overview(),
        diary_texts,
        advice,
        Conversations(brain),
    )
    handlers.register(app)

    async def send_reminder(chat_id: int, exercise: Exercise, day: date) -> None:
        await app.bot.send_message(
            chat_id,
            exercise_html(exercise, texts, heading=texts.reminder_intro),
            reply_markup=keyboards.reminder_keyboard(day, texts),
            rate_limit_args=NO_RETRY,  # the dispatcher paces and retries reminders itself
        )

    dispatcher = ReminderDispatcher(
        storage,
        brain.exercises,
        reporting_outcomes(send_reminder),
        settings.timezone,
        clock=monotonic,
    )

    async def tick(_context: ContextTypes.DEFAULT_TYPE) -> None:
        report = await dispatcher.dispatch_due(clock())
        if report.sent or report.removed or report.retried_later or report.failed:
            logger.info("Reminders: %s", report)

    async def delete_old_scores(_context: ContextTypes.DEFAULT_TYPE) -> None:
        today = clock().astimezone(settings.timezone).date()
        deleted = storage.delete_scores_before(retention_cutoff(today))
        if deleted:
            logger.info("Diary retention: %d old scores deleted", deleted)

    assert app.job_queue is not None  # the job-queue extra is a dependency
    app.job_queue.run_repeating(
        tick,
        interval=TICK_SECONDS,
        name=REMINDER_JOB,
        job_kwargs={"misfire_grace_time": TICK_GRACE_SECONDS},
    )
    app.job_queue.run_daily(
        delete_old_scores,
        RETENTION_TIME.replace(tzinfo=settings.timezone),
        name=RETENTION_JOB,
        job_kwargs={"misfire_grace_time": TICK_GRACE_SECONDS},
    )
    return app


def _has_danger_sign(brain: Brain) -> Callable[[Update], bool]:
    """Whether an update's text holds a danger sign: such updates wait least
    (ordering.py). Only the red-flag check runs, not the whole reply."""

    def has_danger_sign(update: Update) -> bool:
        message = update.effective_message
        text = (message.text or message.caption) if message else None
        return bool(text and brain.red_flag(text).tier is not Tier.NONE)

    return has_danger_sign


def webhook_options(settings: Settings, listen: str = WEBHOOK_LISTEN) -> WebhookOptions:
    """Where the webhook listens and what Telegram is told in setWebhook.

    There is always a secret: without one any POST to the webhook path would be taken, so
    whoever learns the URL could forge updates. Unless one is configured, a random one is
    made for this start and given to Telegram in setWebhook, so nothing else changes.
    """
    assert settings.webhook_url is not None
    return WebhookOptions(
        listen=listen,
        port=settings.webhook_port,
        url_path=settings.webhook_path,
        webhook_url=settings.webhook_url,
        secret_token=settings.webhook_secret or secrets.token_urlsafe(32),
        allowed_updates=ALLOWED_UPDATES,
    )


def intake_of(app: Application) -> Intake:
    """The intake `build_application` made for `app`: its counts are read by tests."""
    found: Intake = app.bot_data[_INTAKE]
    return found


async def serve(
    app: Application,
    stop: asyncio.Event,
    *,
    webhook: WebhookOptions | None = None,
    poll_timeout: float = POLL_TIMEOUT,
    ready: asyncio.Event | None = None,
) -> None:
    """Run the bot until `stop` is set: by webhook if `webhook` is given, else long polling.

    Raises StartupError if the webhook cannot listen or Telegram refuses it. `ready` is
    set once updates are being taken.
    """
    async with app:  # getMe, then Application.shutdown at the end
        await _register_commands(app)
        await app.start()  # the reminder job
        try:
            if webhook is None:
                await app.bot.delete_webhook()
                poller = Poller(app.bot, intake_of(app), ALLOWED_UPDATES, poll_timeout)
                logger.info("Taking updates by long polling")
                if ready:
                    ready.set()
                await poller.run(stop)
            else:
                await _serve_webhook(app, webhook, stop, ready)
        finally:
            await app.stop()


async def _serve_webhook(
    app: Application, options: WebhookOptions, stop: asyncio.Event, ready: asyncio.Event | None
) -> None:
    server = WebhookServer(intake_of(app), options)
    try:
        server.start()
    except OSError as error:
        raise StartupError(
            f"RYGBOT_WEBHOOK_PORT {options.port} cannot be used: {error.strerror or error}"
        ) from None
    try:
        try:
            await app.bot.set_webhook(
                options.webhook_url,
                secret_token=options.secret_token,
                allowed_updates=options.allowed_updates,
            )
        except TelegramError as error:
            raise StartupError(
                f"Telegram refused RYGBOT_WEBHOOK_URL {options.webhook_url}: "
                f"{redact(error.message)}"
            ) from None
        logger.info("Taking updates by webhook on port %d", options.port)
        if ready:
            ready.set()
        await stop.wait()
    finally:
        await server.stop()


REJECTED_TOKEN = (
    "Telegram rejected TELEGRAM_BOT_TOKEN (revoked or mistyped?). Check it with @BotFather."
)


async def _check_connection(token: str, api_base_url: str) -> str | None:
    """What stops the bot from reaching Telegram, or None if getMe works.

    Checked before serving, so a wrong token or URL is one line, not a traceback.
    """
    try:
        async with Bot(token, base_url=api_base_url):
            return None
    except InvalidToken:
        return REJECTED_TOKEN
    except TelegramError as error:
        return f"cannot reach the Telegram Bot API at {api_base_url}: {redact(str(error))}"


async def _register_commands(app: Application) -> None:
    """The command menu with Danish descriptions."""
    texts: TelegramTexts = app.bot_data[_TEXTS]
    await app.bot.set_my_commands(
        [BotCommand(c.name, getattr(texts, c.description)) for c in COMMANDS]
    )


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
        diary_texts = load_diary_texts()
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
        app = build_application(settings, brain, storage, texts=texts, diary_texts=diary_texts)
        webhook = webhook_options(settings) if settings.webhook_url else None
        asyncio.run(_serve_until_signalled(app, webhook))
    except StartupError as error:
        print(f"rygbot: {error}", file=sys.stderr)
        return 2
    except InvalidToken:
        print(f"rygbot: {REJECTED_TOKEN}", file=sys.stderr)
        return 2
    except TelegramError as error:
        print(f"rygbot: Telegram bot stopped: {redact(str(error))}", file=sys.stderr)
        return 1
    finally:
        storage.close()
    return 0


async def _serve_until_signalled(app: Application, webhook: WebhookOptions | None) -> None:
    """`serve` until SIGINT or SIGTERM (Ctrl+C, systemd, docker stop)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signal_number, stop.set)
    await serve(app, stop, webhook=webhook)
