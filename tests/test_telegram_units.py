"""The Telegram layer's pieces without a server: texts, keyboards, rendering, start-up."""

from __future__ import annotations

import asyncio
import html
import re
import socket
import string
import threading
from collections.abc import Iterator
from dataclasses import fields, replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from telegram import InlineKeyboardMarkup

from bot.brain import Brain
from bot.red_flags import Tier
from bot.reply import MAX_MESSAGE_LENGTH, Reply, ReplyKind, Suggestion
from bot.settings import Settings
from bot.telegram import keyboards
from bot.telegram.app import run
from bot.telegram.handlers import COMMANDS
from bot.telegram.render import reply_html
from bot.telegram.texts import TelegramTexts, fill
from tests.fake_bot_api import FakeBotApi

PLACEHOLDERS = {
    "reminder_set": {"time"},
    "reminder_current": {"time"},
    "done_streak_many": {"days"},
    "diary_question_answered": {"score"},
    "diary_saved": {"score"},
}


def all_callback_data(markup: InlineKeyboardMarkup | None) -> list[str]:
    rows = markup.inline_keyboard if markup else ()
    return [str(button.callback_data) for row in rows for button in row]


def test_every_text_has_exactly_its_placeholders(texts: TelegramTexts) -> None:
    for field in fields(TelegramTexts):
        text = getattr(texts, field.name)
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        assert names == PLACEHOLDERS.get(field.name, set()), field.name


def test_no_text_states_how_many_exercises_there_are(texts: TelegramTexts) -> None:
    """The count comes from exercises.yaml; a text saying "tre øvelser" would go stale."""
    count = re.compile(r"\b(\d+|to|tre|fire|fem|seks|syv|otte|ni|ti) øvelse", re.IGNORECASE)
    for field in fields(TelegramTexts):
        assert not count.search(getattr(texts, field.name)), field.name


def test_fill_escapes_text_and_values() -> None:
    assert fill("Kl. {time} & <nu>", time="<b>7</b>") == "Kl. &lt;b&gt;7&lt;/b&gt; &amp; &lt;nu&gt;"


def test_command_menu_is_valid_for_telegram(texts: TelegramTexts) -> None:
    for command in COMMANDS:
        assert re.fullmatch(r"[a-z0-9_]{1,32}", command.name)
        assert 1 <= len(getattr(texts, command.description)) <= 256


def test_callback_data_is_short_ascii_and_matches_its_handler(
    brain: Brain, texts: TelegramTexts
) -> None:
    data: list[str] = []
    for entry in brain.entries:
        reply = brain.answer(entry.id)
        assert reply is not None
        data += all_callback_data(keyboards.reply_keyboard(reply, texts))
    data += all_callback_data(keyboards.exercises_keyboard(brain.exercises))
    data += all_callback_data(keyboards.reminder_keyboard(date(2025, 12, 31), texts))
    data += all_callback_data(keyboards.delete_keyboard(texts))
    data += all_callback_data(keyboards.consent_keyboard(texts))
    data += all_callback_data(keyboards.pain_keyboard(date(2025, 12, 31)))
    data += all_callback_data(keyboards.diary_offer_keyboard(texts))
    for value in data:
        assert value.isascii() and len(value.encode()) <= 64, value
        assert sum(bool(re.match(p, value)) for p in keyboards.PATTERNS.values()) == 1, value


def test_answer_keyboard_has_read_more_suggestions_then_votes(
    brain: Brain, texts: TelegramTexts
) -> None:
    reply = brain.answer("hurtig-hjaelp")
    assert reply is not None and reply.suggestions
    markup = keyboards.reply_keyboard(reply, texts)
    assert all_callback_data(markup)[-2:] == ["fb:1:hurtig-hjaelp", "fb:0:hurtig-hjaelp"]
    more = [f"more:{reply.more_ref}"] if reply.more_ref else []
    assert all_callback_data(keyboards.without_feedback(markup)) == more + [
        f"q:{s.entry_id}" for s in reply.suggestions
    ]


def test_clarify_keyboard_has_no_votes(texts: TelegramTexts) -> None:
    reply = _reply(ReplyKind.CLARIFY, "Mente du?", (Suggestion("prolaps", "Prolaps"),))
    assert all_callback_data(keyboards.reply_keyboard(reply, texts)) == ["q:prolaps"]
    assert keyboards.reply_keyboard(replace(reply, suggestions=()), texts) is None


def test_reply_html_escapes_and_adds_the_suggestions_title() -> None:
    reply = _reply(ReplyKind.CLARIFY, "Ryg <og> ben & hofte", (Suggestion("prolaps", "P"),))
    assert reply_html(replace(reply, warning="Ring 112!")) == [
        "<b>Ring 112!</b>\n\nRyg &lt;og&gt; ben &amp; hofte\n\nMente du:"
    ]


def test_a_warning_shows_its_headline_in_bold(brain: Brain) -> None:
    reply = brain.reply("feber & ondt i <ryggen>", _now())
    [first, *_] = reply_html(reply)
    headline = reply.warning.split("\n")[0]
    assert first.startswith(f"<b>{html.escape(headline, quote=False)}</b>\n")


def test_an_answer_shows_its_question_in_bold(brain: Brain) -> None:
    reply = brain.reply("hvad hjælper mod <hekseskud> & ondt?", _now())
    assert reply.entry is not None
    [first, *_] = reply_html(reply)
    assert first.startswith(f"<b>{html.escape(reply.entry.heading, quote=False)}</b>\n")


def test_long_reply_is_split_and_the_title_still_fits() -> None:
    long_text = ("Lang sætning om ryggen. " * 400).strip()
    chunks = reply_html(_reply(ReplyKind.FALLBACK, long_text, (Suggestion("prolaps", "P"),)))
    assert len(chunks) >= 3
    assert all(len(chunk) <= MAX_MESSAGE_LENGTH for chunk in chunks)
    assert chunks[-1].endswith("Mente du:")


# -- start-up --------------------------------------------------------------------------------


@pytest.mark.usefixtures("restore_logging")
def test_run_without_token_says_so_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(Settings(token=None)) == 2
    err = capsys.readouterr().err
    assert "TELEGRAM_BOT_TOKEN" in err and err.count("\n") == 1


@pytest.fixture
def server_in_thread() -> Iterator[FakeBotApi]:
    """A fake Bot API in its own thread and loop: `run` owns the main thread's loop."""
    fake = FakeBotApi()
    ready, stop = threading.Event(), threading.Event()

    async def serve() -> None:
        async with fake:
            ready.set()
            while not stop.is_set():
                await asyncio.sleep(0.02)

    thread = threading.Thread(target=asyncio.run, args=(serve(),))
    thread.start()
    ready.wait(5)
    yield fake
    stop.set()
    thread.join(5)


@pytest.mark.usefixtures("restore_logging")
def test_run_with_a_rejected_token_says_so_in_one_line(
    server_in_thread: FakeBotApi,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    revoked = "987654321:AAHrevokedTokenForTests_abcdefghijk"
    settings = Settings(
        token=revoked, api_base_url=server_in_thread.base_url, db_path=tmp_path / "db.sqlite3"
    )
    assert run(settings) == 2
    err = capsys.readouterr().err
    assert (
        err == "rygbot: Telegram rejected TELEGRAM_BOT_TOKEN (revoked or mistyped?). "
        "Check it with @BotFather.\n"
    )
    assert [call.method for call in server_in_thread.calls] == []  # every call was refused


def _now() -> datetime:
    return datetime(2025, 3, 10, 10, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))


def _reply(kind: ReplyKind, text: str, suggestions: tuple[Suggestion, ...]) -> Reply:
    return Reply(
        kind=kind,
        red_flag=Tier.NONE,
        warning="",
        text=text,
        entry=None,
        score=30.0,
        suggestions=suggestions,
        suggestions_title="Mente du:" if suggestions else "",
    )


@pytest.mark.usefixtures("restore_logging")
def test_run_with_a_database_that_is_a_directory_says_so_in_one_line(
    server_in_thread: FakeBotApi,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = Settings(
        token=server_in_thread.token, api_base_url=server_in_thread.base_url, db_path=tmp_path
    )
    assert run(settings) == 2
    assert capsys.readouterr().err == (
        f"rygbot: RYGBOT_DB {tmp_path}: is a directory, not a database file\n"
    )


def _webhook_settings(fake: FakeBotApi, tmp_path: Path, port: int) -> Settings:
    return Settings(
        token=fake.token,
        api_base_url=fake.base_url,
        db_path=tmp_path / "db.sqlite3",
        webhook_url="https://rygbot.example/hook",
        webhook_port=port,
    )


@pytest.mark.usefixtures("restore_logging")
def test_run_with_the_webhook_port_in_use_says_so_in_one_line(
    server_in_thread: FakeBotApi,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert run(_webhook_settings(server_in_thread, tmp_path, port)) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"rygbot: RYGBOT_WEBHOOK_PORT {port} cannot be used: ")
    assert err.count("\n") == 1 and "in use" in err


@pytest.mark.usefixtures("restore_logging")
def test_run_with_a_webhook_telegram_refuses_says_so_in_one_line(
    server_in_thread: FakeBotApi,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    refusal = "Bad Request: bad webhook: Failed to resolve host: Name or service not known"
    server_in_thread.fail("setWebhook", 400, description=refusal)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert run(_webhook_settings(server_in_thread, tmp_path, port)) == 2
    err = capsys.readouterr().err
    url = "https://rygbot.example/hook"
    assert err.startswith(f"rygbot: Telegram refused RYGBOT_WEBHOOK_URL {url}: ")
    assert err.count("\n") == 1 and "failed to resolve host" in err
