"""End to end: the real PTB Application and the real Brain against a fake Bot API server.

Reminder time is the injected clock; the reminder job is run directly, never waited for.
"""

from __future__ import annotations

import html
import io
import logging
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.brain import Brain
from bot.logs import LIBRARY_LOGGERS, configure_logging
from bot.reply import messages
from bot.schedule import exercise_for_day
from bot.telegram.app import intake_of
from bot.telegram.handlers import COMMANDS
from bot.telegram.texts import TelegramTexts, fill
from tests.e2e_support import (
    QUESTION,
    READ_TIMEOUT,
    RED_FLAG,
    USER,
    Bot,
    Clock,
    running_bot,
)
from tests.fake_bot_api import FakeBotApi


def calls_to_chat(fake: FakeBotApi, chat_id: int) -> list[str]:
    """The methods of every call the bot made about `chat_id`."""
    return [call.method for call in fake.calls if call.params.get("chat_id") == chat_id]


def expected_text(brain: Brain, text: str, clock: Clock) -> list[str]:
    """What the user should see, message by message."""
    return messages(brain.reply(text, clock()))


# -- the conversation, step by step ----------------------------------------------------------


async def test_start_up_registers_the_danish_command_menu(bot: Bot, texts: TelegramTexts) -> None:
    [commands] = bot.fake.calls_to("setMyCommands")
    menu = {c["command"]: c["description"] for c in commands.params["commands"]}
    assert menu["paamind"] == texts.command_paamind
    assert menu["dagbog"] == texts.command_dagbog
    assert list(menu) == [c.name for c in COMMANDS]
    assert {"start", "hjaelp", "paamind", "dagbog", "forloeb", "mine_data", "slet"} <= set(menu)


async def test_help_lists_every_command_of_the_menu(bot: Bot, texts: TelegramTexts) -> None:
    [help_] = await bot.say("/hjaelp")
    for command in COMMANDS:
        assert f"/{command.name} – {getattr(texts, command.description)}" in help_.shown


async def test_start_says_who_it_is_that_it_is_no_doctor_and_whom_to_call(
    bot: Bot, brain: Brain
) -> None:
    [start] = await bot.say("/start")
    assert "ikke læge" in start.text
    assert html.escape(brain.urgent_care.overview(), quote=False) in start.text
    assert start.parse_mode == "HTML"


async def test_question_shows_typing_then_the_answer_with_buttons(
    bot: Bot, brain: Brain, texts: TelegramTexts, clock: Clock
) -> None:
    answer = (await bot.say(QUESTION))[-1]
    reply = brain.reply(QUESTION, clock())
    assert answer.shown.startswith(expected_text(brain, QUESTION, clock)[0])
    assert bot.fake.calls_to("sendChatAction")[-1].params == {"chat_id": USER, "action": "typing"}
    labels = [label for label, _ in answer.buttons]
    if reply.more_ref:  # "Læs mere" comes first
        assert labels.pop(0) == texts.more_button
    assert labels[: len(reply.suggestions)] == [s.heading for s in reply.suggestions]
    assert labels[-2:] == [texts.feedback_up, texts.feedback_down]
    assert all(len(data.encode()) <= 64 and data.isascii() for _, data in answer.buttons)


async def test_red_flag_puts_the_urgent_care_warning_first(
    bot: Bot, brain: Brain, clock: Clock
) -> None:
    [first, *_] = await bot.say(RED_FLAG, count=len(expected_text(brain, RED_FLAG, clock)))
    warning = brain.reply(RED_FLAG, clock()).warning
    assert warning and first.shown.startswith(warning[:60])


async def test_suggestion_button_answers_that_question(
    bot: Bot, brain: Brain, clock: Clock
) -> None:
    answer = (await bot.say(QUESTION))[-1]
    suggestion = brain.reply(QUESTION, clock()).suggestions[0]
    bot.fake.press(answer, suggestion.heading)
    [pressed] = await bot.fake.next_messages(USER)
    related = brain.answer(suggestion.entry_id)
    assert related is not None
    assert pressed.shown.startswith(related.text[:200])


async def test_thumbs_up_counts_for_the_entry_and_the_votes_go_away(
    bot: Bot, brain: Brain, texts: TelegramTexts, clock: Clock
) -> None:
    answer = (await bot.say(QUESTION))[-1]
    entry = brain.reply(QUESTION, clock()).entry
    assert entry is not None
    bot.fake.press(answer, texts.feedback_up)
    await bot.fake.wait_until(lambda: bool(bot.fake.calls_to("editMessageReplyMarkup")))
    assert bot.storage.feedback_counts() == {entry.id: (1, 0)}
    assert bot.fake.calls_to("answerCallbackQuery")[-1].params["text"] == texts.feedback_thanks
    assert texts.feedback_up not in [label for label, _ in answer.buttons]


async def test_exercise_menu_shows_instructions_and_dosage(bot: Bot, brain: Brain) -> None:
    [menu_message] = await bot.say("/ovelser")
    assert [label for label, _ in menu_message.buttons] == [e.name for e in brain.exercises]
    exercise = brain.exercises[1]
    bot.fake.press(menu_message, exercise.name)
    [shown] = await bot.fake.next_messages(USER)
    assert f"<b>{html.escape(exercise.name)}</b>" in shown.text
    assert html.escape(exercise.instructions, quote=False) in shown.text
    assert html.escape(exercise.dosage, quote=False) in shown.text


async def test_remind_rejects_a_bad_time_then_sets_and_shows_it(
    bot: Bot, texts: TelegramTexts
) -> None:
    [bad] = await bot.say("/paamind 25:70")
    assert bad.text == html.escape(texts.reminder_bad_time, quote=False)
    [set_] = await bot.say("/paamind 7.30")
    assert set_.text == fill(texts.reminder_set, time="07:30")
    [current] = await bot.say("/paamind")
    assert current.text == fill(texts.reminder_current, time="07:30")


async def test_reminder_brings_the_days_exercise_and_done_counts_a_streak(
    bot: Bot, brain: Brain, texts: TelegramTexts, clock: Clock
) -> None:
    await bot.say("/paamind 7.30")
    tuesday = date(2025, 3, 11)
    clock.set_local(tuesday, 7, 30, 5)
    await bot.tick()
    [reminder] = await bot.fake.next_messages(USER)
    todays = exercise_for_day(brain.exercises, tuesday)
    assert html.escape(todays.name) in reminder.text
    assert html.escape(todays.dosage, quote=False) in reminder.text
    bot.fake.press(reminder, "Gjort")
    streak, diary_question = await bot.fake.next_messages(USER, 2)
    assert streak.text == html.escape(texts.done_streak_one, quote=False)
    assert diary_question.text == html.escape(texts.diary_consent_question, quote=False)

    clock.set_local(tuesday + timedelta(days=1), 7, 31)
    await bot.tick()
    [reminder] = await bot.fake.next_messages(USER)
    bot.fake.press(reminder, "Gjort")
    [streak] = await bot.fake.next_messages(USER)
    assert streak.text == fill(texts.done_streak_many, days=2)


async def test_unsubscribe_stops_the_next_reminder(
    bot: Bot, texts: TelegramTexts, clock: Clock
) -> None:
    await bot.say("/paamind 7.30")
    [stopped] = await bot.say("/afmeld")
    assert stopped.text == html.escape(texts.reminder_stopped, quote=False)
    clock.set_local(date(2025, 3, 11), 7, 31)
    await bot.tick()
    assert bot.storage.reminder(USER) is None
    assert bot.fake.unread(USER) == []


async def test_delete_asks_first_then_deletes_everything(
    bot: Bot, texts: TelegramTexts, clock: Clock
) -> None:
    await bot.say("/paamind 8")
    clock.set_local(date(2025, 3, 11), 8, 0)
    await bot.tick()
    [reminder] = await bot.fake.next_messages(USER)
    bot.fake.press(reminder, "Gjort")
    await bot.fake.next_messages(USER, 2)  # the streak, the diary's consent question
    [question] = await bot.say("/slet")
    assert bot.storage.reminder(USER) is not None
    bot.fake.press(question, texts.delete_yes)
    await bot.fake.wait_until(lambda: question.text == html.escape(texts.deleted, quote=False))
    assert bot.storage.reminder(USER) is None
    assert bot.storage.done_days(USER) == []
    assert bot.fake.unread(USER) == []


async def test_stop_button_under_a_reminder(bot: Bot, texts: TelegramTexts, clock: Clock) -> None:
    await bot.say("/paamind 07:30")
    clock.set_local(date(2025, 3, 11), 7, 30)
    await bot.tick()
    [reminder] = await bot.fake.next_messages(USER)
    bot.fake.press(reminder, texts.stop_button)
    [stopped] = await bot.fake.next_messages(USER)
    assert stopped.text == html.escape(texts.reminder_stopped, quote=False)
    assert bot.storage.reminder(USER) is None


@pytest.mark.parametrize("day", ["2025-13-45", "2025-03-12"], ids=["no-such-date", "tomorrow"])
async def test_forged_done_button_is_treated_as_stale(
    bot: Bot, texts: TelegramTexts, caplog: pytest.LogCaptureFixture, day: str
) -> None:
    """Callback data comes from the client: a 'Gjort' no reminder sent counts for nothing."""
    [start] = await bot.say("/start")
    bot.fake.push_callback(start, f"done:{day}")
    [reply] = await bot.fake.next_messages(USER)
    assert reply.text == html.escape(texts.stale_button, quote=False)
    assert bot.storage.done_days(USER) == []
    assert "failed" not in caplog.text


async def test_delete_can_be_cancelled(bot: Bot, texts: TelegramTexts) -> None:
    await bot.say("/paamind 07:30")
    [question] = await bot.say("/slet")
    bot.fake.press(question, texts.delete_no)
    await bot.fake.wait_until(lambda: question.text == texts.delete_cancelled)
    assert bot.storage.reminder(USER) is not None


# -- message kinds ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["photo", "sticker", "voice", "document", "location"])
async def test_non_text_message_gets_a_text_only_line(
    bot: Bot, texts: TelegramTexts, kind: str
) -> None:
    bot.fake.push_media(USER, kind)
    [reply] = await bot.fake.next_messages(USER)
    assert reply.text == html.escape(texts.text_only, quote=False)


@pytest.mark.parametrize("kind", ["photo", "document"])
async def test_caption_with_a_danger_sign_gets_the_warning_first(
    bot: Bot, brain: Brain, clock: Clock, kind: str
) -> None:
    warning = brain.reply(RED_FLAG, clock()).warning
    assert warning
    bot.fake.push_media(USER, kind, caption=RED_FLAG)
    [first, *rest] = await bot.fake.next_messages(USER, len(expected_text(brain, RED_FLAG, clock)))
    assert first.shown.startswith(warning[:60])
    assert [m.shown for m in [first, *rest]] == [
        m.shown for m in await bot.say(RED_FLAG, count=len(rest) + 1)
    ]  # the same answer as the words sent as text


async def test_edited_message_is_answered_like_a_new_one(
    bot: Bot, brain: Brain, clock: Clock
) -> None:
    await bot.say("hej")
    bot.fake.push_edit(USER, message_id=1, text=QUESTION)  # "hej" was message 1
    expected = expected_text(brain, QUESTION, clock)
    answer = await bot.fake.next_messages(USER, len(expected))
    assert answer[0].shown.startswith(expected[0])


async def test_group_answers_only_mentions_replies_and_commands(
    bot: Bot, brain: Brain, clock: Clock, texts: TelegramTexts
) -> None:
    group = -100
    fake = bot.fake
    # Not addressed to the bot: each handled to the end, and nothing sent to the group.
    await bot.handle(fake.user_message(group, QUESTION, None, None))
    await bot.handle(fake.media_message(group, "photo"))
    assert calls_to_chat(fake, group) == []

    fake.push_text(group, f"@{fake.username} {QUESTION}")
    answer = (await fake.next_messages(group, len(expected_text(brain, QUESTION, clock))))[0]
    assert answer.shown.startswith(expected_text(brain, QUESTION, clock)[0])

    fake.push_text(group, "Hvad med øvelser?", reply_to=answer)
    [reply] = await fake.next_messages(group)
    assert reply.shown.startswith(expected_text(brain, "Hvad med øvelser?", clock)[0][:100])

    fake.push_text(group, f"/hjaelp@{fake.username}")
    [help_] = await fake.next_messages(group)
    assert help_.text.startswith(html.escape(texts.help, quote=False))


async def test_group_answers_captions_that_mention_or_reply_to_the_bot(
    bot: Bot, brain: Brain, clock: Clock
) -> None:
    group = -100
    fake = bot.fake
    await bot.handle(fake.media_message(group, "photo", caption=RED_FLAG))  # not addressed
    assert calls_to_chat(fake, group) == []

    warning = brain.reply(RED_FLAG, clock()).warning
    expected = expected_text(brain, RED_FLAG, clock)
    fake.push_media(group, "photo", caption=f"@{fake.username} {RED_FLAG}")
    [first, *_] = await fake.next_messages(group, len(expected))
    assert first.shown.startswith(warning[:60])

    fake.push_media(group, "photo", caption=RED_FLAG, reply_to=first)
    [first, *_] = await fake.next_messages(group, len(expected))
    assert first.shown.startswith(warning[:60])


async def test_user_text_cannot_break_html(bot: Bot) -> None:
    [reply] = await bot.say("/paamind <b>kl</b> & 7")
    assert "<b>" not in reply.text and "&" not in reply.text.replace("&amp;", "")


# -- Telegram faults -------------------------------------------------------------------------


async def test_flood_wait_delays_but_delivers_the_answer(
    bot: Bot, brain: Brain, clock: Clock
) -> None:
    bot.fake.fail("sendMessage", 429, retry_after=1)  # the send scheduler waits the 1 s asked
    answers = await bot.say(QUESTION, count=len(expected_text(brain, QUESTION, clock)))
    assert answers[0].shown.startswith(expected_text(brain, QUESTION, clock)[0])
    assert len(bot.fake.calls_to("sendMessage")) == len(answers) + 1  # one retried


async def test_faults_before_an_urgent_reply_delay_but_do_not_lose_it(
    bot: Bot, brain: Brain, clock: Clock
) -> None:
    """500, 502, a flood wait, a timeout, an HTML error page and a dropped connection."""
    fake = bot.fake
    fake.fail("sendMessage", 500)
    fake.fail("sendMessage", 502)
    fake.fail("sendMessage", 429, retry_after=1)
    fake.fail("sendMessage", 500, delay=READ_TIMEOUT + 0.5)  # answered too late: a timeout
    fake.fail_not_json("sendMessage")
    fake.drop("sendMessage")
    expected = expected_text(brain, RED_FLAG, clock)
    [warning, *_] = await bot.say(RED_FLAG, count=len(expected), timeout=10)
    assert warning.shown.startswith(brain.reply(RED_FLAG, clock()).warning[:60])
    assert len(fake.calls_to("sendMessage")) == 6 + len(expected)  # six failed tries
    assert fake.unread(USER) == []


@pytest.mark.parametrize(
    ("status", "description"),
    [
        (403, "Forbidden: bot was blocked by the user"),
        (400, "Bad Request: chat not found"),
    ],
)
async def test_permanent_errors_are_not_retried(bot: Bot, status: int, description: str) -> None:
    bot.fake.fail("sendMessage", status, chat_id=USER, description=description)
    bot.fake.push_text(USER, "/start")
    await bot.say("/hjaelp", chat_id=USER + 1)  # a later update: the first was handled
    sent_to_user = [c for c in bot.fake.calls_to("sendMessage") if c.params["chat_id"] == USER]
    assert len(sent_to_user) == (1 if status == 403 else 2)  # 400: only the apology follows


async def test_a_send_that_cannot_succeed_gets_a_danish_apology(
    bot: Bot, texts: TelegramTexts
) -> None:
    bot.fake.fail("sendMessage", 400, description="Bad Request: can't parse entities")
    [apology] = await bot.say(QUESTION)
    assert apology.text == html.escape(texts.error, quote=False)


async def test_typing_failure_does_not_cost_the_answer(
    bot: Bot, brain: Brain, clock: Clock
) -> None:
    bot.fake.fail("sendChatAction", 500)
    answers = await bot.say(QUESTION, count=len(expected_text(brain, QUESTION, clock)))
    assert answers[0].shown.startswith(expected_text(brain, QUESTION, clock)[0])


async def test_blocked_user_loses_the_reminder(bot: Bot, clock: Clock) -> None:
    await bot.say("/paamind 07:30")
    bot.fake.fail("sendMessage", 403, chat_id=USER)
    clock.set_local(date(2025, 3, 11), 7, 30)
    await bot.tick()
    assert bot.storage.reminder(USER) is None


async def test_blocked_user_gets_no_apology_attempt(bot: Bot) -> None:
    bot.fake.fail("sendMessage", 403, chat_id=USER)
    await bot.handle(bot.fake.user_message(USER, "/start", None, None))  # errors handled too
    assert len(bot.fake.calls_to("sendMessage")) == 1


async def test_slow_server_for_one_chat_does_not_hold_up_others(bot: Bot) -> None:
    slow_chat, other_chat = USER, USER + 1
    release = bot.fake.hold("sendMessage", slow_chat)
    bot.fake.push_text(slow_chat, "/start")
    await bot.fake.wait_until(lambda: bot.fake.held("sendMessage", slow_chat))
    await bot.say("/hjaelp", chat_id=other_chat)  # answered while the slow send waits
    assert bot.fake.unread(slow_chat) == []
    release.set()
    await bot.fake.next_messages(slow_chat)


async def test_one_chat_gets_answers_in_order(bot: Bot) -> None:
    release = bot.fake.hold("sendMessage", USER)  # the first answer is slow
    bot.fake.push_text(USER, "/start")
    bot.fake.push_text(USER, "/hjaelp")
    await bot.fake.wait_until(lambda: bot.fake.held("sendMessage", USER))
    # Another chat's message sent after both is answered: /hjaelp has been read too, and
    # waits for /start's answer instead of overtaking it.
    await bot.say("/start", chat_id=USER + 1)
    assert len(bot.fake.calls_to("sendMessage")) == 2
    release.set()
    start, help_ = await bot.fake.next_messages(USER, 2)
    assert "112" in start.text and "/paamind" in help_.text


# -- restart -----------------------------------------------------------------------------


async def test_reminder_survives_a_restart_and_fires_once(
    fake: FakeBotApi, brain: Brain, tmp_path: Path, clock: Clock
) -> None:
    db = tmp_path / "rygbot.sqlite3"
    async with running_bot(fake, brain, db, clock) as first:
        await first.say("/paamind 07:30")
    clock.set_local(date(2025, 3, 11), 7, 45)
    async with running_bot(fake, brain, db, clock) as second:
        await second.tick()
        await second.tick()
        [reminder] = await fake.next_messages(USER)
        assert "Gjort" in reminder.buttons[0][0]
    async with running_bot(fake, brain, db, clock) as third:
        await third.tick()
        await third.fake.wait_until(lambda: bool(fake.calls_to("getUpdates")))
    assert fake.unread(USER) == []


# -- privacy ---------------------------------------------------------------------------------


@pytest.fixture
def debug_logging() -> Iterator[io.StringIO]:
    """Root logging at DEBUG through bot.logs, restored afterwards."""
    root = logging.getLogger()
    saved = (root.level, list(root.handlers))
    saved_levels = {name: logging.getLogger(name).level for name in LIBRARY_LOGGERS}
    stream = io.StringIO()
    configure_logging(logging.DEBUG, stream)
    yield stream
    root.setLevel(saved[0])
    root.handlers[:] = saved[1]
    for name, level in saved_levels.items():
        logging.getLogger(name).setLevel(level)


async def test_logs_hold_neither_token_nor_message_text(
    debug_logging: io.StringIO,
    caplog: pytest.LogCaptureFixture,
    bot: Bot,
    texts: TelegramTexts,
    clock: Clock,
) -> None:
    caplog.set_level(logging.DEBUG)
    secret_words = ["Forstoppelse-hemmelighed", "Kodeord-rygsojle"]
    await bot.say(QUESTION + " " + secret_words[0], count=1)
    await bot.say(RED_FLAG + " " + secret_words[1], count=1)
    bot.fake.fail("sendMessage", 400, description="Bad Request: can't parse entities")
    await bot.say("Er det slemt? " + secret_words[0])  # fails: the error handler logs
    await bot.say("/paamind 07:30")
    clock.set_local(date(2025, 3, 11), 7, 30)
    await bot.tick()
    await bot.fake.next_messages(USER)
    [consent] = await bot.say("/dagbog")  # a pain score given by button
    bot.fake.press(consent, texts.diary_consent_yes)
    [check_in] = await bot.fake.next_messages(USER)
    bot.fake.press(check_in, "7")
    await bot.fake.wait_until(lambda: check_in.text == fill(texts.diary_saved, score=7))
    logged = debug_logging.getvalue() + caplog.text
    assert "failed: BadRequest" in logged  # the error was logged, by type
    assert bot.fake.token not in logged and bot.fake.token.split(":")[1] not in logged
    for text in [QUESTION, RED_FLAG, *secret_words, texts.reminder_intro, "ondt i lænden"]:
        assert text not in logged
    assert "pain:" not in logged and "score" not in logged.lower()  # no button data, no score


# -- updates the bot cannot read, updates delivered twice ------------------------------------


async def test_a_poison_update_is_skipped_logged_once_without_its_text_and_others_answered(
    debug_logging: io.StringIO, caplog: pytest.LogCaptureFixture, bot: Bot
) -> None:
    secret = "Hemmelig-tekst-i-en-afstemning"
    bot.fake.push_text(USER, "/start")
    poison_id = bot.fake.push_poison(USER + 1, secret)
    bot.fake.push_text(USER + 2, "/hjaelp")
    await bot.fake.next_messages(USER)
    await bot.fake.next_messages(USER + 2)
    await bot.say("/hjaelp")  # a later batch: the poison was acknowledged, not fetched again
    assert intake_of(bot.app).counts.poisoned == 1
    assert bot.fake.unread(USER + 1) == []
    logged = debug_logging.getvalue() + caplog.text
    assert secret not in logged
    skipped = [line for line in debug_logging.getvalue().splitlines() if "Skipped" in line]
    assert len(skipped) == 1 and f"update {poison_id}" in skipped[0]
    assert "(TypeError)" in skipped[0]


# -- a conversation: context, "Læs mere", forgetting ----------------------------------------

STORY = "jeg har fået iskias"
FOLLOW_UP = "kan jeg træne med det?"
FOLLOW_UP_HEADING = "Kan jeg træne med iskias?"


async def test_a_follow_up_is_read_with_what_was_said_before(bot: Bot) -> None:
    await bot.say(STORY)
    [answer] = await bot.say(FOLLOW_UP)
    assert answer.shown.startswith(FOLLOW_UP_HEADING)
    # Another chat, without that context, is not answered about sciatica.
    [elsewhere] = await bot.say(FOLLOW_UP, chat_id=USER + 1)
    assert FOLLOW_UP_HEADING not in elsewhere.shown


async def test_read_more_sends_the_rest_of_the_answer(
    bot: Bot, brain: Brain, texts: TelegramTexts, clock: Clock
) -> None:
    question = "hvordan laver jeg bird dog?"
    expected = brain.reply(question, clock())
    assert expected.more, "the answer is long enough to be cut"
    [first] = await bot.say(question)
    assert expected.more not in first.shown
    bot.fake.press(first, texts.more_button)
    [rest] = await bot.fake.next_messages(USER)
    assert rest.shown.startswith(expected.more)
    # The button is gone from the first part; the rest has no "Læs mere" of its own.
    await bot.fake.wait_until(lambda: texts.more_button not in dict(first.buttons))
    assert texts.more_button not in dict(rest.buttons)


async def test_delete_forgets_the_conversation(bot: Bot, texts: TelegramTexts) -> None:
    await bot.say(STORY)
    [question] = await bot.say("/slet")
    bot.fake.press(question, texts.delete_yes)
    await bot.fake.wait_until(lambda: question.text == html.escape(texts.deleted, quote=False))
    [answer] = await bot.say(FOLLOW_UP)
    assert FOLLOW_UP_HEADING not in answer.shown


@pytest.mark.parametrize(("minutes", "remembered"), [(29, True), (31, False)])
async def test_context_runs_out_after_half_an_hour(
    bot: Bot, clock: Clock, minutes: int, remembered: bool
) -> None:
    await bot.say(STORY)
    clock.now += timedelta(minutes=minutes)
    [answer] = await bot.say(FOLLOW_UP)
    assert answer.shown.startswith(FOLLOW_UP_HEADING) is remembered
