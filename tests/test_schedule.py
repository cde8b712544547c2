from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.schedule import exercise_for_day, first_due, next_due, parse_reminder_time

CPH = ZoneInfo("Europe/Copenhagen")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07:30", time(7, 30)),
        ("7.30", time(7, 30)),
        ("kl 7", time(7, 0)),
        ("kl. 7:05", time(7, 5)),
        ("Kl. 7", time(7, 0)),
        ("7", time(7, 0)),
        ("07.30", time(7, 30)),
        ("19:45", time(19, 45)),
        ("  0:00 ", time(0, 0)),
        ("23:59", time(23, 59)),
    ],
)
def test_parses_the_ways_danes_write_a_time(text, expected):
    assert parse_reminder_time(text) == expected


@pytest.mark.parametrize(
    "text", ["25:99", "imorgen", "", "7:60", "24:00", "24", "7:5", "7:300", "-7", "kl", "7 30"]
)
def test_rejects_what_is_not_a_time(text):
    assert parse_reminder_time(text) is None


def local(due: datetime) -> datetime:
    return due.astimezone(CPH)


def cph(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=CPH)


def test_next_due_is_today_if_the_time_is_still_ahead():
    due = next_due(time(7, 30), cph(2024, 5, 1, 7, 0), CPH)
    assert due == datetime(2024, 5, 1, 5, 30, tzinfo=UTC)
    assert due.tzinfo is UTC


def test_next_due_is_strictly_after():
    assert local(next_due(time(7, 30), cph(2024, 5, 1, 7, 30), CPH)) == cph(2024, 5, 2, 7, 30)


@pytest.mark.parametrize(
    "days",
    [
        [date(2024, 3, 30), date(2024, 3, 31), date(2024, 4, 1)],  # spring forward
        [date(2024, 10, 26), date(2024, 10, 27), date(2024, 10, 28)],  # fall back
    ],
)
def test_keeps_the_local_time_across_daylight_saving_switches(days):
    after = cph(days[0].year, days[0].month, days[0].day, 6, 0)
    seen = []
    for _ in days:
        after = next_due(time(7, 30), after, CPH)
        seen.append(local(after))
    assert [(d.date(), d.time()) for d in seen] == [(day, time(7, 30)) for day in days]


def test_a_time_skipped_by_spring_forward_fires_when_the_clocks_jump():
    due = next_due(time(2, 30), cph(2024, 3, 31, 0, 0), CPH)
    assert due == datetime(2024, 3, 31, 1, 0, tzinfo=UTC)  # 03:00 CEST, the first valid instant
    assert local(next_due(time(2, 30), due, CPH)) == cph(2024, 4, 1, 2, 30)


def test_a_time_repeated_by_fall_back_fires_once():
    first = next_due(time(2, 30), cph(2024, 10, 27, 0, 0), CPH)
    assert first == datetime(2024, 10, 27, 0, 30, tzinfo=UTC)  # 02:30 CEST, first occurrence
    # Between the two 02:30s the next one is tomorrow's, not the repeat.
    again = next_due(time(2, 30), first, CPH)
    assert again == datetime(2024, 10, 28, 1, 30, tzinfo=UTC)


def test_other_time_zones_can_be_configured():
    new_york = ZoneInfo("America/New_York")
    due = next_due(time(7, 30), datetime(2024, 5, 1, 12, 0, tzinfo=UTC), new_york)
    assert due == datetime(2024, 5, 2, 11, 30, tzinfo=UTC)


def test_next_due_refuses_a_naive_instant():
    with pytest.raises(ValueError):
        next_due(time(7, 30), datetime(2024, 5, 1, 7, 0), CPH)


@given(
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC)
    ),
)
# A time that carries fold=1 inside the spring-forward gap is still due at 03:00.
@example(local_time=time(2, 0, fold=1), after=datetime(2019, 3, 30, 1, 0, tzinfo=UTC))
def test_next_due_is_the_nearest_later_instant_at_that_local_time(local_time, after):
    due = next_due(local_time, after, CPH)
    assert after < due <= after + timedelta(days=1, hours=1)
    wall = local(due)
    if wall.replace(tzinfo=None).time() != local_time:  # only inside a spring-forward gap
        assert wall.time() == time(3, 0) and time(2, 0) <= local_time < time(3, 0)


def test_first_due_never_brings_a_second_reminder_on_a_day_already_reminded():
    now = cph(2024, 5, 1, 9, 0)
    assert local(first_due(time(20, 0), now, CPH, None)) == cph(2024, 5, 1, 20, 0)
    assert local(first_due(time(20, 0), now, CPH, date(2024, 5, 1))) == cph(2024, 5, 2, 20, 0)
    assert local(first_due(time(20, 0), now, CPH, date(2024, 4, 30))) == cph(2024, 5, 1, 20, 0)


def test_exercises_rotate_day_by_day():
    exercises = ["a", "b", "c"]
    start = date(2024, 5, 1)
    week = [exercise_for_day(exercises, start + timedelta(days=i)) for i in range(6)]
    assert sorted(week[:3]) == exercises
    assert week[3:] == week[:3]
    assert exercise_for_day(exercises, start) == exercise_for_day(exercises, date(2024, 5, 1))


def test_rotation_needs_exercises():
    with pytest.raises(ValueError):
        exercise_for_day([], date(2024, 5, 1))
