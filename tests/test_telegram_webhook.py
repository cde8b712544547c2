"""Webhook mode: the real PTB Application serves its webhook on 127.0.0.1, updates are
POSTed to it the way Telegram would, and its answers go to the fake Bot API server.

The bot runs with `serve(app, webhook=webhook_options(settings))`, as `run()` runs it, so
the test covers the production wiring (path, secret, allowed updates) rather than a copy.
"""

from __future__ import annotations

import html
import itertools
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from bot.brain import Brain
from bot.reply import messages
from bot.settings import Settings
from bot.storage import Storage
from bot.telegram.app import ALLOWED_UPDATES, build_application, webhook_options
from bot.telegram.texts import TelegramTexts
from tests.fake_bot_api import FakeBotApi, webhook

TZ = ZoneInfo("Europe/Copenhagen")
NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
USER = 4242
SECRET = "hemmelig_Webhook-token123"
# Telegram calls the public URL; the bot's local web server serves the same path.
WEBHOOK_PATH = "/telegram/hook-7f3a"
WEBHOOK_URL = f"https://rygbot.example{WEBHOOK_PATH}"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
QUESTION = "hvordan laver jeg bird dog"
RED_FLAG = "Jeg har ondt i ryggen og kan ikke holde på vandet"
# Telegram numbers updates across restarts; a repeated id would be taken as a repeat.
UPDATE_IDS = itertools.count(1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class WebhookBot:
    fake: FakeBotApi
    client: httpx.AsyncClient

    async def post(self, text: str, *, secret: str | None = SECRET) -> int:
        """POST a user's text message as Telegram would; returns the HTTP status."""
        return await self.post_update(self.update(text), secret=secret)

    def update(self, text: str) -> dict[str, Any]:
        """A new update holding a user's text message."""
        return {
            "update_id": next(UPDATE_IDS),
            "message": self.fake.user_message(USER, text, None, None),
        }

    async def post_update(self, update: dict[str, Any], *, secret: str | None = SECRET) -> int:
        headers = {} if secret is None else {SECRET_HEADER: secret}
        response = await self.client.post(WEBHOOK_PATH, json=update, headers=headers)
        return response.status_code


@asynccontextmanager
async def webhook_bot(brain: Brain, db: Path, secret: str | None) -> AsyncIterator[WebhookBot]:
    """The bot in webhook mode with RYGBOT_WEBHOOK_SECRET set to `secret` (None: unset)."""
    async with FakeBotApi() as fake:
        settings = Settings(
            token=fake.token,
            api_base_url=fake.base_url,
            db_path=db,
            timezone=TZ,
            webhook_url=WEBHOOK_URL,
            webhook_port=free_port(),
            webhook_secret=secret,
        )
        storage = Storage(settings.db_path)
        try:
            app = build_application(settings, brain, storage, clock=lambda: NOW)
            options = webhook_options(settings, listen="127.0.0.1")
            local = f"http://127.0.0.1:{settings.webhook_port}"
            async with webhook(app, options), httpx.AsyncClient(base_url=local) as client:
                yield WebhookBot(fake, client)
        finally:
            storage.close()


@pytest.fixture
async def bot(brain: Brain, tmp_path: Path) -> AsyncIterator[WebhookBot]:
    async with webhook_bot(brain, tmp_path / "rygbot.sqlite3", SECRET) as running:
        yield running


def expected_text(brain: Brain, text: str) -> list[str]:
    """What the user should see, message by message."""
    return messages(brain.reply(text, NOW))


async def test_start_up_registers_the_webhook_with_url_secret_and_update_kinds(
    bot: WebhookBot,
) -> None:
    [call] = bot.fake.calls_to("setWebhook")
    assert call.params["url"] == WEBHOOK_URL
    assert call.params["secret_token"] == SECRET
    assert call.params["allowed_updates"] == [str(kind) for kind in ALLOWED_UPDATES]
    assert bot.fake.calls_to("getUpdates") == []  # no polling alongside the webhook


async def test_question_posted_to_the_webhook_is_answered(bot: WebhookBot, brain: Brain) -> None:
    expected = expected_text(brain, QUESTION)
    assert await bot.post(QUESTION) == 200
    answer = await bot.fake.next_messages(USER, len(expected))
    assert answer[0].shown.startswith(expected[0])  # suggestions follow, as buttons
    assert "bird-dog" in answer[0].text.lower()


async def test_danger_sign_posted_to_the_webhook_gets_the_warning_first(
    bot: WebhookBot, brain: Brain
) -> None:
    warning = brain.reply(RED_FLAG, NOW).warning
    assert warning
    expected = expected_text(brain, RED_FLAG)
    assert await bot.post(RED_FLAG) == 200
    [first, *_] = await bot.fake.next_messages(USER, len(expected))
    assert first.shown.startswith(warning[:60])


@pytest.mark.parametrize("secret", ["forkert-token", None], ids=["wrong", "missing"])
async def test_post_without_the_right_secret_is_refused_and_not_answered(
    bot: WebhookBot, texts: TelegramTexts, secret: str | None
) -> None:
    assert await bot.post(QUESTION, secret=secret) == 403
    # Had the refused question been taken, this chat's answers would come in order: it first.
    assert await bot.post("/hjaelp") == 200
    [reply] = await bot.fake.next_messages(USER)
    assert reply.text.startswith(html.escape(texts.help, quote=False))
    assert [call.params["text"] for call in bot.fake.calls_to("sendMessage")] == [reply.text]
    assert bot.fake.calls_to("sendChatAction") == []


async def test_without_a_configured_secret_a_random_one_guards_the_webhook(
    brain: Brain, tmp_path: Path, texts: TelegramTexts
) -> None:
    """Unset RYGBOT_WEBHOOK_SECRET must not leave the webhook open to forged updates."""
    secrets_given = []
    for _ in range(2):  # two starts
        async with webhook_bot(brain, tmp_path / "rygbot.sqlite3", None) as bot:
            [call] = bot.fake.calls_to("setWebhook")
            secret = call.params["secret_token"]
            assert len(secret) >= 32
            assert await bot.post(QUESTION, secret=None) == 403
            assert await bot.post("/hjaelp", secret=secret) == 200
            [reply] = await bot.fake.next_messages(USER)
            assert reply.text.startswith(html.escape(texts.help, quote=False))
            assert len(bot.fake.calls_to("sendMessage")) == 1  # the refused question: no answer
            secrets_given.append(secret)
    assert secrets_given[0] != secrets_given[1]  # a new one each start, guessable by no one


async def test_a_poison_update_is_answered_200_and_skipped(
    bot: WebhookBot, texts: TelegramTexts
) -> None:
    """PTB's own webhook answers 400, and Telegram would retry it for hours."""
    poison = bot.update("Hemmelig tekst")
    poison["message"]["poll"] = {"id": "poll-1", "question": "?"}  # lacks required fields
    assert await bot.post_update(poison) == 200
    assert await bot.post("/hjaelp") == 200
    [reply] = await bot.fake.next_messages(USER)
    assert reply.text.startswith(html.escape(texts.help, quote=False))
    assert bot.fake.unread(USER) == []


async def test_telegram_is_answered_after_handling_and_a_repeat_is_not_answered_again(
    bot: WebhookBot,
) -> None:
    update = bot.update("/hjaelp")
    assert await bot.post_update(update) == 200
    assert len(bot.fake.messages[USER]) == 1  # sent before Telegram got its 200
    assert await bot.post_update(update) == 200  # Telegram sending it again
    assert len(bot.fake.calls_to("sendMessage")) == 1
