"""/mine_data: everything stored about one user, as a JSON document (GDPR access and
portability). docs/privacy.md describes each field; keep the two in step.

Feedback votes are not in it: they are stored without who gave them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from bot.diary import Score
from bot.storage import Storage, Subscription

FILE_NAME = "rygbot-mine-data.json"


@dataclass(frozen=True)
class UserData:
    chat_id: int
    reminder: Subscription | None
    last_reminder_day: date | None
    exercise_days: list[date]
    diary_consent: datetime | None
    scores: list[Score]
    advice_given: dict[str, date]


def collect(storage: Storage, chat_id: int) -> UserData:
    """Every row about `chat_id`, read from each table that holds one."""
    return UserData(
        chat_id=chat_id,
        reminder=storage.reminder(chat_id),
        last_reminder_day=storage.last_sent_day(chat_id),
        exercise_days=storage.done_days(chat_id),
        diary_consent=storage.consent(chat_id),
        scores=storage.scores(chat_id),
        advice_given=storage.nudges(chat_id),
    )


def as_json(data: UserData, exported_at: datetime) -> bytes:
    """The document sent to the user: readable field names, ISO dates, UTF-8."""
    reminder = data.reminder
    document = {
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "telegram_chat_id": data.chat_id,
        "reminder": {
            "time": f"{reminder.local_time:%H:%M}" if reminder else None,
            "next_due": reminder.next_due.isoformat(timespec="seconds") if reminder else None,
            "last_sent_day": _day(data.last_reminder_day),
        },
        "exercise_days_done": [day.isoformat() for day in data.exercise_days],
        "diary": {
            "consent_given_at": (
                data.diary_consent.isoformat(timespec="seconds") if data.diary_consent else None
            ),
            "pain_scores": [{"day": s.day.isoformat(), "score": s.score} for s in data.scores],
            "advice_given": {kind: day.isoformat() for kind, day in data.advice_given.items()},
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode()


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None
