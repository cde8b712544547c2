"""End to end: the recovery diary on the real PTB Application and the fake Bot API server.

Days pass on the injected clock; the jobs are run directly, never waited for.
"""

from __future__ import annotations

import html
import json
import struct
from datetime import date, timedelta

from bot.diary import Score, load_diary_texts
from bot.nudges import Nudge
from bot.telegram.app import RETENTION_JOB
from bot.telegram.texts import TelegramTexts, fill
from tests.e2e_support import USER, Bot, Clock
from tests.fake_bot_api import SentMessage

DIARY = load_diary_texts()
MONDAY = date(2025, 3, 10)  # the clock fixture's day


def shown(text: str) -> str:
    return html.escape(text, quote=False)


async def consent(bot: Bot, texts: TelegramTexts) -> SentMessage:
    """/dagbog, yes to storing: returns today's question with the 0-10 buttons."""
    [question] = await bot.say("/dagbog")
    bot.fake.press(question, texts.diary_consent_yes)
    [check_in] = await bot.fake.next_messages(USER)
    return check_in


async def answer(bot: Bot, question: SentMessage, score: int, texts: TelegramTexts) -> None:
    bot.fake.push_callback(question, question.button(str(score)))
    saved = fill(texts.diary_saved, score=score)
    await bot.fake.wait_until(lambda: question.text == saved)


async def test_diary_asks_for_consent_first_and_no_stores_nothing(
    bot: Bot, texts: TelegramTexts
) -> None:
    [question] = await bot.say("/dagbog")
    assert question.text == shown(texts.diary_consent_question)
    bot.fake.press(question, texts.diary_consent_no)
    await bot.fake.wait_until(lambda: question.text == shown(texts.diary_consent_declined))
    assert bot.storage.consent(USER) is None
    [again] = await bot.say("/dagbog")  # asked again, nothing remembered
    assert again.text == shown(texts.diary_consent_question)


async def test_check_in_by_button_can_be_changed_the_same_day_only(
    bot: Bot, texts: TelegramTexts, clock: Clock
) -> None:
    [question] = await bot.say("/dagbog")
    bot.fake.press(question, texts.diary_consent_yes)
    [check_in] = await bot.fake.next_messages(USER)
    assert question.text == shown(texts.diary_consent_given)
    assert check_in.text == shown(texts.diary_question)
    assert [label for label, _ in check_in.buttons] == [str(n) for n in range(11)]
    assert bot.storage.consent(USER) == clock()

    await answer(bot, check_in, 6, texts)
    assert bot.storage.scores(USER) == [Score(MONDAY, 6)]
    await answer(bot, check_in, 4, texts)  # changed the same day
    assert bot.storage.scores(USER) == [Score(MONDAY, 4)]
    edits = len(bot.fake.calls_to("editMessageText"))
    bot.fake.push_callback(check_in, check_in.button("4"))  # the same again
    await bot.fake.wait_until(lambda: len(bot.fake.calls_to("answerCallbackQuery")) == 4)
    [asked_again] = await bot.say("/dagbog")  # handled after the press
    assert len(bot.fake.calls_to("editMessageText")) == edits  # no edit that changes nothing
    assert asked_again.text == fill(texts.diary_question_answered, score=4)

    clock.set_local(MONDAY + timedelta(days=1), 9, 0)
    bot.fake.push_callback(check_in, check_in.button("9"))  # yesterday's message
    await bot.fake.wait_until(lambda: "text" in bot.fake.calls_to("answerCallbackQuery")[-1].params)
    assert bot.fake.calls_to("answerCallbackQuery")[-1].params["text"] == texts.diary_day_over
    assert bot.storage.scores(USER) == [Score(MONDAY, 4)]


async def test_done_on_the_reminder_asks_how_the_back_is(
    bot: Bot, texts: TelegramTexts, clock: Clock
) -> None:
    await bot.say("/paamind 7.30")
    await consent(bot, texts)
    clock.set_local(MONDAY + timedelta(days=1), 7, 30)
    await bot.tick()
    [reminder] = await bot.fake.next_messages(USER)
    bot.fake.press(reminder, "Gjort")
    streak, check_in = await bot.fake.next_messages(USER, 2)
    assert streak.text == shown(texts.done_streak_one)
    assert check_in.text == shown(texts.diary_question)
    await answer(bot, check_in, 3, texts)
    assert bot.storage.scores(USER) == [Score(MONDAY + timedelta(days=1), 3)]


async def test_done_asks_for_consent_the_first_time_then_only_offers_the_diary(
    bot: Bot, texts: TelegramTexts, clock: Clock
) -> None:
    await bot.say("/paamind 7.30")
    clock.set_local(MONDAY + timedelta(days=1), 7, 30)
    await bot.tick()
    [reminder] = await bot.fake.next_messages(USER)
    bot.fake.press(reminder, "Gjort")
    _streak, question = await bot.fake.next_messages(USER, 2)
    assert question.text == shown(texts.diary_consent_question)
    bot.fake.press(question, texts.diary_consent_no)
    await bot.fake.wait_until(lambda: question.text == shown(texts.diary_consent_declined))

    clock.set_local(MONDAY + timedelta(days=2), 7, 30)
    await bot.tick()
    [reminder] = await bot.fake.next_messages(USER)
    bot.fake.press(reminder, "Gjort")
    [streak] = await bot.fake.next_messages(USER)  # not asked again
    assert streak.buttons == [(texts.diary_offer_button, "diary")]
    bot.fake.press(streak, texts.diary_offer_button)
    [question] = await bot.fake.next_messages(USER)
    assert question.text == shown(texts.diary_consent_question)


async def test_progress_sends_a_png_chart_with_the_weekly_average(
    bot: Bot, texts: TelegramTexts
) -> None:
    check_in = await consent(bot, texts)
    for days_ago, score in [(15, 7), (14, 6), (13, 6), (2, 5), (1, 4)]:
        bot.storage.set_score(USER, MONDAY - timedelta(days=days_ago), score)
    bot.storage.record_done(USER, MONDAY - timedelta(days=1))
    await answer(bot, check_in, 3, texts)  # clearly better than the first week: praise
    encouragement, chart = await bot.say("/forloeb", count=2)
    assert encouragement.text == shown(DIARY.nudge_better)
    assert chart.upload is not None and chart.upload.data.startswith(b"\x89PNG\r\n\x1a\n")
    width, _height = struct.unpack(">II", chart.upload.data[16:24])
    assert width >= 800
    assert chart.shown == "Gennemsnit denne uge 4,0 – for to uger siden 6,5."


async def test_progress_with_too_few_answers_says_how_many_more(
    bot: Bot, texts: TelegramTexts
) -> None:
    [not_started] = await bot.say("/forloeb")
    assert not_started.text == shown(texts.diary_not_started)
    check_in = await consent(bot, texts)
    await answer(bot, check_in, 5, texts)
    [too_few] = await bot.say("/forloeb")
    assert too_few.text == shown(DIARY.too_few_scores.format(days=2))
    assert bot.fake.calls_to("sendPhoto") == []


async def test_diary_stays_out_of_group_chats(bot: Bot, texts: TelegramTexts) -> None:
    group = -100
    for command in ("/dagbog", "/forloeb"):
        [reply] = await bot.say(command, chat_id=group)
        assert reply.text == shown(texts.diary_private_only)


async def test_my_data_holds_the_score_and_delete_leaves_nothing(
    bot: Bot, texts: TelegramTexts
) -> None:
    await bot.say("/paamind 7.30")
    check_in = await consent(bot, texts)
    await answer(bot, check_in, 7, texts)
    [document] = await bot.say("/mine_data")
    assert document.upload is not None and document.upload.filename.endswith(".json")
    data = json.loads(document.upload.data)
    assert data["diary"]["pain_scores"] == [{"day": MONDAY.isoformat(), "score": 7}]
    assert data["diary"]["consent_given_at"] is not None
    assert data["reminder"]["time"] == "07:30"

    [question] = await bot.say("/slet")
    assert "dagbog" in question.text
    bot.fake.press(question, texts.delete_yes)
    await bot.fake.wait_until(lambda: question.text == shown(texts.deleted))
    [after] = await bot.say("/mine_data")
    assert after.upload is not None
    data = json.loads(after.upload.data)
    assert data["diary"] == {"consent_given_at": None, "pain_scores": [], "advice_given": {}}
    assert data["reminder"] == {"time": None, "next_due": None, "last_sent_day": None}
    assert data["exercise_days_done"] == []

    bot.fake.push_callback(check_in, check_in.button("2"))  # the old question after /slet
    [asked] = await bot.fake.next_messages(USER)
    assert asked.text == shown(texts.diary_consent_question)
    assert bot.storage.scores(USER) == []


async def test_retention_job_deletes_scores_older_than_twelve_months(
    bot: Bot, texts: TelegramTexts
) -> None:
    await consent(bot, texts)
    bot.storage.set_score(USER, MONDAY - timedelta(days=366), 5)
    bot.storage.set_score(USER, MONDAY - timedelta(days=300), 4)
    assert bot.app.job_queue is not None
    [job] = bot.app.job_queue.get_jobs_by_name(RETENTION_JOB)
    await job.run(bot.app)
    assert bot.storage.scores(USER) == [Score(MONDAY - timedelta(days=300), 4)]


async def check_in_day(
    bot: Bot, clock: Clock, day: date, score: int, texts: TelegramTexts
) -> list[str]:
    """One day's check-in by button at 20:00; returns the texts of advice it brought."""
    clock.set_local(day, 20, 0)
    bot.fake.push_text(USER, "/dagbog")
    [question] = await bot.fake.next_messages(USER)
    assert question.text == shown(texts.diary_question), question.text
    await answer(bot, question, score, texts)
    # The same chat's updates are handled in order: what comes before the answer to
    # /hjaelp is everything the press brought.
    bot.fake.push_text(USER, "/hjaelp")
    advice = []
    while not (message := await bot.fake.next_message(USER)).text.startswith(shown(texts.help)):
        advice.append(message)
    return [m.text for m in advice]


async def test_advice_comes_once_after_two_weeks_of_high_scores_and_firmly_at_six(
    bot: Bot, texts: TelegramTexts, clock: Clock
) -> None:
    await consent(bot, texts)
    advice_by_day: dict[int, list[str]] = {}
    for offset in range(22):  # three weeks of 7s, checked in by button
        advice = await check_in_day(bot, clock, MONDAY + timedelta(days=offset), 7, texts)
        if advice:
            advice_by_day[offset] = advice
    assert list(advice_by_day) == [14]  # not before two weeks, then once
    [assess] = advice_by_day[14]
    assert assess.startswith(shown(DIARY.nudge_assess))
    assert "Hvornår skal jeg søge hjælp?" in assess

    for offset in range(22, 42):  # the weeks between, written straight to the database
        bot.storage.set_score(USER, MONDAY + timedelta(days=offset), 7)
    firm = await check_in_day(bot, clock, MONDAY + timedelta(days=42), 7, texts)
    assert len(firm) == 1 and firm[0].startswith(shown(DIARY.nudge_assess_firmly))
    assert await check_in_day(bot, clock, MONDAY + timedelta(days=43), 7, texts) == []
    assert set(bot.storage.nudges(USER)) == {Nudge.ASSESS.value, Nudge.ASSESS_FIRMLY.value}


async def test_very_high_scores_in_a_row_get_advice_at_once(
    bot: Bot, texts: TelegramTexts, clock: Clock
) -> None:
    await consent(bot, texts)
    assert await check_in_day(bot, clock, MONDAY, 8, texts) == []
    assert await check_in_day(bot, clock, MONDAY + timedelta(days=1), 9, texts) == []
    [advice] = await check_in_day(bot, clock, MONDAY + timedelta(days=2), 8, texts)
    assert advice.startswith(shown(DIARY.nudge_very_high))
    assert await check_in_day(bot, clock, MONDAY + timedelta(days=3), 9, texts) == []
