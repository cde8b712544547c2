import asyncio
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.knowledge import Exercise
from bot.reminders import DispatchReport, Pacer, ReminderDispatcher, schedule_reminder
from bot.schedule import exercise_for_day
from bot.storage import Storage
from bot.telegram.delivery import reporting_outcomes

CPH = ZoneInfo("Europe/Copenhagen")
EXERCISES = tuple(
    Exercise(id=f"ex{i}", name=f"Øvelse {i}", entry_id="motion", instructions="…", dosage="…")
    for i in range(3)
)
TODAY = date(2024, 5, 1)
DUE = datetime(2024, 5, 1, 5, 30, tzinfo=UTC)  # 07:30 in Copenhagen


@pytest.fixture(autouse=True)
def timedelta_retry_after(monkeypatch):
    """As in the app: RetryAfter.retry_after is a timedelta, without a deprecation warning."""
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


class FakeTime:
    """A monotonic clock that only `sleep` moves; every sleep is recorded."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        target = self.now + seconds
        self.sleeps.append(seconds)
        await asyncio.sleep(0)
        self.now = max(self.now, target)


@dataclass
class FakeTelegram:
    """Records every send attempt; `errors[chat_id]` are raised by that chat's next attempts."""

    clock: FakeTime
    attempts: list[tuple[float, int]] = field(default_factory=list)
    delivered: list[tuple[int, str, date]] = field(default_factory=list)
    errors: dict[int, list[Exception]] = field(default_factory=dict)

    async def send(self, chat_id: int, exercise: Exercise, day: date) -> None:
        self.attempts.append((self.clock.now, chat_id))
        await asyncio.sleep(0)
        if self.errors.get(chat_id):
            raise self.errors[chat_id].pop(0)
        self.delivered.append((chat_id, exercise.id, day))

    def chats(self) -> list[int]:
        return [chat_id for chat_id, _, _ in self.delivered]


@pytest.fixture
def fake_time():
    return FakeTime()


@pytest.fixture
def telegram(fake_time):
    return FakeTelegram(fake_time)


@pytest.fixture
def path(tmp_path):
    return tmp_path / "rygbot.sqlite"


@pytest.fixture
def storage(path):
    store = Storage(path)
    yield store
    store.close()


def dispatcher_for(storage, telegram, fake_time, **options) -> ReminderDispatcher:
    return ReminderDispatcher(
        storage,
        EXERCISES,
        reporting_outcomes(telegram.send),
        CPH,
        sleep=fake_time.sleep,
        clock=fake_time.clock,
        **options,
    )


@pytest.fixture
def dispatcher(storage, telegram, fake_time):
    return dispatcher_for(storage, telegram, fake_time)


def subscribe(storage, *chat_ids: int, at: time = time(7, 30)) -> None:
    for chat_id in chat_ids:
        schedule_reminder(storage, chat_id, at, DUE - timedelta(hours=2), CPH)


async def test_due_reminders_are_sent_once_with_the_exercise_of_the_day(
    storage, telegram, dispatcher
):
    subscribe(storage, 1, 2, 3)
    subscribe(storage, 4, at=time(8, 0))

    assert await dispatcher.dispatch_due(DUE - timedelta(seconds=1)) == DispatchReport()
    report = await dispatcher.dispatch_due(DUE + timedelta(seconds=20))
    again = await dispatcher.dispatch_due(DUE + timedelta(seconds=50))

    assert report == DispatchReport(sent=3)
    assert again == DispatchReport()
    exercise = exercise_for_day(EXERCISES, TODAY).id
    assert sorted(telegram.delivered) == [(chat, exercise, TODAY) for chat in (1, 2, 3)]
    assert storage.reminder(1).next_due == DUE + timedelta(days=1)
    assert storage.reminder(1).last_sent_day == TODAY


async def test_each_day_brings_the_next_exercise(storage, telegram, dispatcher):
    subscribe(storage, 1)
    for offset in range(3):
        await dispatcher.dispatch_due(DUE + timedelta(days=offset, seconds=30))
    assert [ex for _, ex, _ in telegram.delivered] == [
        exercise_for_day(EXERCISES, TODAY + timedelta(days=offset)).id for offset in range(3)
    ]
    assert len({ex for _, ex, _ in telegram.delivered}) == 3


async def test_a_restart_does_not_repeat_todays_reminder(path, storage, telegram, fake_time):
    subscribe(storage, 1)
    await dispatcher_for(storage, telegram, fake_time).dispatch_due(DUE + timedelta(seconds=5))
    storage.close()

    restarted = Storage(path)
    dispatcher = dispatcher_for(restarted, telegram, fake_time)
    assert await dispatcher.dispatch_due(DUE + timedelta(minutes=10)) == DispatchReport()
    assert await dispatcher.dispatch_due(DUE + timedelta(days=1)) == DispatchReport(sent=1)
    restarted.close()
    assert telegram.chats() == [1, 1]


async def test_a_reminder_missed_by_under_an_hour_is_sent_late(storage, telegram, dispatcher):
    subscribe(storage, 1)
    report = await dispatcher.dispatch_due(DUE + timedelta(minutes=59))
    assert report == DispatchReport(sent=1)
    assert telegram.delivered == [(1, exercise_for_day(EXERCISES, TODAY).id, TODAY)]
    assert storage.reminder(1).next_due == DUE + timedelta(days=1)


async def test_a_late_reminder_after_midnight_belongs_to_the_day_before(
    storage, telegram, dispatcher
):
    subscribe(storage, 1, at=time(23, 45))
    await dispatcher.dispatch_due(datetime(2024, 5, 1, 22, 10, tzinfo=UTC))  # 00:10 on 2 May
    assert telegram.delivered == [(1, exercise_for_day(EXERCISES, TODAY).id, TODAY)]
    assert storage.reminder(1).next_due == datetime(2024, 5, 2, 21, 45, tzinfo=UTC)


async def test_a_reminder_missed_by_an_hour_or_more_is_skipped_until_tomorrow(
    storage, telegram, dispatcher
):
    subscribe(storage, 1)
    report = await dispatcher.dispatch_due(DUE + timedelta(hours=1))
    assert report == DispatchReport(skipped_stale=1)
    assert telegram.attempts == []
    assert storage.reminder(1).next_due == DUE + timedelta(days=1)
    assert storage.reminder(1).last_sent_day is None

    assert await dispatcher.dispatch_due(DUE + timedelta(days=1)) == DispatchReport(sent=1)
    assert telegram.delivered == [
        (1, exercise_for_day(EXERCISES, TODAY + timedelta(1)).id, TODAY + timedelta(1))
    ]


async def test_after_days_of_downtime_only_a_recent_reminder_is_sent(storage, telegram, dispatcher):
    subscribe(storage, 1)  # due 1 May 07:30; the bot comes back on 3 May at 07:50
    back = DUE + timedelta(days=2, minutes=20)
    assert await dispatcher.dispatch_due(back) == DispatchReport(sent=1)
    assert telegram.delivered == [(1, exercise_for_day(EXERCISES, back.date()).id, back.date())]
    assert storage.reminder(1).next_due == DUE + timedelta(days=3)


async def test_a_day_already_reminded_is_not_reminded_again(storage, telegram, dispatcher):
    subscribe(storage, 1)
    await dispatcher.dispatch_due(DUE)
    # A caller that ignores the day already reminded moves the time to later today.
    storage.set_reminder(1, time(20, 0), DUE + timedelta(hours=12, minutes=30))
    report = await dispatcher.dispatch_due(DUE + timedelta(hours=12, minutes=31))
    assert report == DispatchReport(skipped_already_sent=1)
    assert telegram.chats() == [1]
    assert storage.reminder(1).next_due == DUE + timedelta(days=1, hours=12, minutes=30)


@pytest.mark.parametrize(
    "error", [Forbidden("Forbidden: bot was blocked by the user"), BadRequest("Chat not found")]
)
async def test_a_blocked_or_vanished_chat_loses_its_reminder(storage, telegram, dispatcher, error):
    subscribe(storage, 1, 2)
    telegram.errors[1] = [error]
    report = await dispatcher.dispatch_due(DUE)
    assert report == DispatchReport(sent=1, removed=1)
    assert storage.reminder(1) is None
    assert await dispatcher.dispatch_due(DUE + timedelta(days=1)) == DispatchReport(sent=1)
    assert telegram.chats() == [2, 2]


async def test_another_bad_request_is_logged_and_not_retried(storage, telegram, dispatcher, caplog):
    subscribe(storage, 1)
    telegram.errors[1] = [BadRequest("Can't parse entities")]
    assert await dispatcher.dispatch_due(DUE) == DispatchReport(failed=1)
    assert await dispatcher.dispatch_due(DUE + timedelta(minutes=1)) == DispatchReport()
    assert "BadRequest" in caplog.text
    assert storage.reminder(1).next_due == DUE + timedelta(days=1)


@pytest.mark.parametrize("retry_after", [5, 5.0, timedelta(seconds=5)])
async def test_a_flood_wait_pauses_every_send_and_retries_once(
    storage, telegram, fake_time, retry_after
):
    dispatcher = dispatcher_for(storage, telegram, fake_time, rate_per_second=1000)
    subscribe(storage, 1, 2, 3)
    telegram.errors[1] = [RetryAfter(retry_after)]

    report = await dispatcher.dispatch_due(DUE)

    assert report == DispatchReport(sent=3)
    assert sorted(telegram.chats()) == [1, 2, 3]
    assert 5 in fake_time.sleeps
    flood_at = telegram.attempts[0][0]
    assert [chat for _, chat in telegram.attempts].count(1) == 2
    later = [at for at, _ in telegram.attempts[1:]]
    # Chat 2's send may already be on its way; nothing starts during the wait.
    assert all(at >= flood_at + 5 for at in later[1:])


async def test_repeated_flood_waits_leave_the_reminder_for_a_later_tick(
    storage, telegram, fake_time
):
    dispatcher = dispatcher_for(storage, telegram, fake_time, max_flood_waits=2)
    subscribe(storage, 1)
    telegram.errors[1] = [RetryAfter(timedelta(seconds=1))] * 3
    assert await dispatcher.dispatch_due(DUE) == DispatchReport(retried_later=1)
    assert await dispatcher.dispatch_due(DUE + timedelta(minutes=1)) == DispatchReport(sent=1)
    assert telegram.chats() == [1]


@pytest.mark.parametrize("error", [NetworkError("Bad Gateway"), TimedOut()])
async def test_network_trouble_leaves_the_reminder_due_for_the_next_tick(
    storage, telegram, dispatcher, error
):
    subscribe(storage, 1, 2)
    telegram.errors[1] = [error]

    first = await dispatcher.dispatch_due(DUE)
    assert first == DispatchReport(sent=1, retried_later=1)
    assert storage.reminder(1).next_due == DUE  # still due, not marked sent
    assert storage.reminder(1).last_sent_day is None

    assert await dispatcher.dispatch_due(DUE + timedelta(seconds=30)) == DispatchReport(sent=1)
    assert await dispatcher.dispatch_due(DUE + timedelta(seconds=60)) == DispatchReport()
    assert sorted(telegram.chats()) == [1, 2]


async def test_an_outage_ends_the_tick_early_and_loses_nothing(storage, telegram, fake_time):
    dispatcher = dispatcher_for(storage, telegram, fake_time, max_network_failures=3)
    chats = range(1, 21)
    subscribe(storage, *chats)
    for chat in chats:
        telegram.errors[chat] = [NetworkError("Bad Gateway")]

    report = await dispatcher.dispatch_due(DUE)
    assert report.sent == 0
    assert 3 <= len(telegram.attempts) < 20
    assert len(storage.due_reminders(DUE, limit=100)) == 20

    telegram.errors.clear()  # Telegram is back
    assert await dispatcher.dispatch_due(DUE + timedelta(seconds=30)) == DispatchReport(sent=20)
    assert sorted(telegram.chats()) == list(chats)


async def test_sends_are_paced_overall(storage, telegram, fake_time):
    dispatcher = dispatcher_for(storage, telegram, fake_time, rate_per_second=25, batch_size=7)
    subscribe(storage, *range(1, 101))
    assert await dispatcher.dispatch_due(DUE) == DispatchReport(sent=100)

    times = sorted(round(at, 9) for at, _ in telegram.attempts)
    busiest = max(sum(1 for t in times if start <= t < start + 1) for start in times)
    assert busiest <= 25
    assert times[-1] - times[0] >= 99 / 25 - 1e-9


async def test_a_chat_never_gets_two_sends_within_a_second(storage, telegram, fake_time):
    dispatcher = dispatcher_for(storage, telegram, fake_time, rate_per_second=1000)
    subscribe(storage, 1)
    telegram.errors[1] = [NetworkError("Bad Gateway")]
    await dispatcher.dispatch_due(DUE)
    await dispatcher.dispatch_due(DUE + timedelta(seconds=30))  # clock barely moved
    (first, _), (second, _) = telegram.attempts
    assert second - first >= 1
    assert telegram.chats() == [1]


async def test_pacer_forgets_chats_it_no_longer_needs_to_delay(fake_time):
    pacer = Pacer(rate=100, clock=fake_time.clock, sleep=fake_time.sleep)
    for chat_id in range(1000):
        await pacer.wait_turn(chat_id)
    assert len(pacer._last_send) <= 101


async def test_a_reminder_at_0730_stays_at_0730_local_across_both_switches(
    storage, telegram, dispatcher
):
    schedule_reminder(storage, 1, time(7, 30), datetime(2024, 3, 29, tzinfo=UTC), CPH)
    schedule_reminder(storage, 2, time(2, 30), datetime(2024, 3, 29, tzinfo=UTC), CPH)
    sent_at = []
    tick = datetime(2024, 3, 29, tzinfo=UTC)
    while tick < datetime(2024, 4, 2, tzinfo=UTC):
        before = len(telegram.delivered)
        await dispatcher.dispatch_due(tick)
        sent_at += [(chat, tick.astimezone(CPH)) for chat, _, _ in telegram.delivered[before:]]
        tick += timedelta(minutes=10)

    assert [t.strftime("%d %H:%M") for c, t in sent_at if c == 1] == [
        "29 07:30",
        "30 07:30",
        "31 07:30",
        "01 07:30",
    ]
    # 02:30 does not exist on 31 March: sent when the clocks jump to 03:00.
    assert [t.strftime("%d %H:%M") for c, t in sent_at if c == 2] == [
        "29 02:30",
        "30 02:30",
        "31 03:00",
        "01 02:30",
    ]


async def test_an_ambiguous_time_on_the_fall_back_night_is_sent_once(storage, telegram, dispatcher):
    schedule_reminder(storage, 1, time(2, 30), datetime(2024, 10, 26, 12, tzinfo=UTC), CPH)
    tick = datetime(2024, 10, 26, 12, tzinfo=UTC)
    while tick < datetime(2024, 10, 27, 12, tzinfo=UTC):
        await dispatcher.dispatch_due(tick)
        tick += timedelta(minutes=10)
    assert telegram.delivered == [
        (1, exercise_for_day(EXERCISES, date(2024, 10, 27)).id, date(2024, 10, 27))
    ]


def test_the_dispatcher_knows_nothing_of_telegram() -> None:
    """Telegram's errors are the adapter's business (bot/telegram/delivery.py)."""
    code = (
        "import sys, bot.reminders; print(any(m.split('.')[0] == 'telegram' for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
