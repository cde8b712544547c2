"""The streak of days the exercise was done."""

from datetime import date, timedelta

from bot.exercise_days import streak

TODAY = date(2024, 5, 1)


def days_ago(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=offset) for offset in offsets]


def test_streak_counts_consecutive_days_up_to_today() -> None:
    assert streak([], TODAY) == 0
    assert streak(days_ago(5), TODAY) == 0
    assert streak(days_ago(5, 2), TODAY) == 0  # a gap of two days
    assert streak(days_ago(5, 2, 1), TODAY) == 2
    assert streak(days_ago(5, 2, 1, 0), TODAY) == 3
    assert streak(days_ago(0, 0, 1), TODAY) == 2  # the same day twice counts once


def test_streak_still_counts_when_today_is_not_done_yet() -> None:
    assert streak(days_ago(2, 1), TODAY) == 2
    assert streak(days_ago(2, 1), TODAY + timedelta(days=1)) == 0  # yesterday missed


def test_days_after_today_do_not_count() -> None:
    assert streak(days_ago(1, 0, -1), TODAY) == 2
