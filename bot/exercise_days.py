"""Days the daily exercise was done: the streak shown after 'Gjort ✅'. Pure."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta


def streak(done: Iterable[date], today: date) -> int:
    """Consecutive local days done, ending today or, if today is not done yet, yesterday.

    Days after `today` (an impossible future) are ignored; `done` may be in any order.
    """
    days = {day for day in done if day <= today}
    end = today if today in days else today - timedelta(days=1)
    count = 0
    while end - timedelta(days=count) in days:
        count += 1
    return count
