"""Reminder times: parsing what the user typed, the next due instant, the day's exercise.

Pure: no I/O, no wall clock. Every instant going in or out is timezone-aware.

Daylight saving (the `tz` rules decide, Europe/Copenhagen by default):
- the local time is kept: 07:30 stays 07:30 local across the March and October switches;
- a local time that does not exist that day (02:30 on the spring-forward Sunday) falls on
  the first valid instant after it, the moment the clocks jump (03:00 local);
- a local time that occurs twice (02:30 on the fall-back Sunday) is due once, at the first
  occurrence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

T = TypeVar("T")

# "07:30", "7.30", "kl 7", "kl. 7:05", "7", "19:45"; minutes need two digits.
_TIME = re.compile(r"(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2}))?")


def parse_reminder_time(text: str) -> time | None:
    """The local time of day the user asked for, or None if it is not a valid time."""
    match = _TIME.fullmatch(text.strip().lower())
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def exercise_for_day(exercises: Sequence[T], day: date) -> T:
    """The exercise of a local day: rotates day by day with no stored state."""
    if not exercises:
        raise ValueError("no exercises to choose from")
    return exercises[day.toordinal() % len(exercises)]


def occurrence(local_time: time, day: date, tz: ZoneInfo) -> datetime:
    """The UTC instant at which `local_time` falls on local `day` (see module docstring)."""
    # A chosen time of day has no fold of its own: the fold is decided here.
    wall = datetime.combine(day, local_time.replace(fold=0))
    first = wall.replace(tzinfo=tz)  # fold=0: the first of two, or the pre-gap offset
    if first.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == wall:
        return first.astimezone(UTC)
    # `wall` lies in a spring-forward gap: find the jump between the two candidate offsets.
    low = wall.replace(tzinfo=tz, fold=1).astimezone(UTC)  # before the jump
    high = first.astimezone(UTC)  # after the jump
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(tz).replace(tzinfo=None) >= wall:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0)


def next_due(local_time: time, after: datetime, tz: ZoneInfo) -> datetime:
    """The first occurrence of `local_time` strictly after `after`, in UTC."""
    if after.tzinfo is None:
        raise ValueError("`after` must be timezone-aware")
    day = after.astimezone(tz).date() - timedelta(days=1)
    while (due := occurrence(local_time, day, tz)) <= after:
        day += timedelta(days=1)
    return due


def first_due(
    local_time: time, now: datetime, tz: ZoneInfo, last_sent_day: date | None
) -> datetime:
    """When a newly set reminder is first due: never a second one on a day already reminded."""
    due = next_due(local_time, now, tz)
    if last_sent_day is not None and due.astimezone(tz).date() <= last_sent_day:
        due = next_due(local_time, due, tz)
    return due
