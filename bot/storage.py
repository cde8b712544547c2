"""The bot's own SQLite database: reminder subscriptions, exercise days done, the recovery
diary (consent, pain scores, advice given), answer feedback, and the ids of recently
handled Telegram updates.

Only what a feature needs is stored: no message text, no names, and feedback is counted
per knowledge entry without who gave it. docs/privacy.md lists every field, why it is
kept and for how long. This module only reads and writes; the rules are in the core.
Update ids say nothing about who sent what; they
let a restarted bot recognise an update Telegram delivers a second time. `secure_delete`
makes SQLite overwrite deleted rows, so nothing `/slet` removed stays in free pages.

Instants are stored as integer microseconds since the epoch (UTC), local times as "HH:MM"
and local days as ISO dates. The connection is in autocommit mode; statements that must
hold together run inside `_transaction()`. WAL with synchronous=NORMAL: a commit survives
a crash of the bot, not necessarily a power loss of the machine.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from bot.diary import Score

_SCHEMA = """
CREATE TABLE IF NOT EXISTS subscription (
    chat_id INTEGER PRIMARY KEY,
    local_time TEXT,          -- "HH:MM"; NULL after /afmeld
    next_due_us INTEGER,      -- UTC microseconds; NULL after /afmeld
    last_sent_day TEXT        -- local ISO date of the last reminder sent
);
CREATE INDEX IF NOT EXISTS subscription_due ON subscription (next_due_us);
CREATE TABLE IF NOT EXISTS done_day (
    chat_id INTEGER NOT NULL,
    day TEXT NOT NULL,        -- local ISO date the exercise was done
    PRIMARY KEY (chat_id, day)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS handled_update (
    update_id INTEGER PRIMARY KEY,
    handled_us INTEGER NOT NULL   -- UTC microseconds, for forgetting old ids
);
CREATE INDEX IF NOT EXISTS handled_update_age ON handled_update (handled_us);
CREATE TABLE IF NOT EXISTS diary_consent (
    chat_id INTEGER PRIMARY KEY,
    given_us INTEGER NOT NULL -- UTC microseconds when the user said yes to storing scores
);
CREATE TABLE IF NOT EXISTS pain_score (
    chat_id INTEGER NOT NULL,
    day INTEGER NOT NULL,     -- local day as date.toordinal(): 3 bytes instead of 10
    score INTEGER NOT NULL,   -- 0-10
    PRIMARY KEY (chat_id, day)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS nudge (
    chat_id INTEGER NOT NULL,
    kind TEXT NOT NULL,       -- bot.nudges.Nudge
    day TEXT NOT NULL,        -- local ISO date it was last given
    PRIMARY KEY (chat_id, kind)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS feedback (
    entry_id TEXT PRIMARY KEY,
    helpful INTEGER NOT NULL DEFAULT 0,
    not_helpful INTEGER NOT NULL DEFAULT 0
);
"""
# Telegram keeps an unconfirmed update for 24 hours; an id older than that cannot come again.
HANDLED_UPDATE_MEMORY = timedelta(hours=25)
# Every table with rows about one user (feedback is anonymous): what /slet empties.
_USER_TABLES = ("subscription", "done_day", "diary_consent", "pain_score", "nudge")
_SELECT = "SELECT chat_id, local_time, next_due_us, last_sent_day FROM subscription"
SCHEMA_VERSION = 2  # 2: the recovery diary
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Subscription:
    """One user's daily reminder. `next_due` is UTC-aware."""

    chat_id: int
    local_time: time
    next_due: datetime
    last_sent_day: date | None


class StorageError(Exception):
    """The database cannot be used; the message is one line naming the path and why."""


class Storage:
    def __init__(self, path: Path | str) -> None:
        """Open (creating if needed) the database; ":memory:" gives a private in-memory one.

        Raises StorageError if the file cannot be opened, is no SQLite database or cannot
        be written (checked now, not at the first user's /paamind).
        """
        try:
            if str(path) != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), isolation_level=None)
            self._db.execute("PRAGMA secure_delete=ON")
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA busy_timeout=5000")
            self._db.executescript(_SCHEMA)
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")  # also proves it writable
        except (OSError, sqlite3.Error) as error:
            raise StorageError(f"{path}: {_open_problem(Path(path), error)}") from None

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # --- subscriptions -------------------------------------------------------------------

    def set_reminder(self, chat_id: int, local_time: time, next_due: datetime) -> None:
        """Subscribe or change the time; the last sent day is kept (one reminder a day)."""
        self._db.execute(
            "INSERT INTO subscription (chat_id, local_time, next_due_us) VALUES (?, ?, ?)"
            " ON CONFLICT (chat_id) DO UPDATE"
            " SET local_time = excluded.local_time, next_due_us = excluded.next_due_us",
            (chat_id, _time_text(local_time), _to_us(next_due)),
        )

    def reminder(self, chat_id: int) -> Subscription | None:
        """The user's active reminder, or None."""
        row = self._db.execute(
            f"{_SELECT} WHERE chat_id = ? AND next_due_us IS NOT NULL",
            (chat_id,),
        ).fetchone()
        return _subscription(row) if row else None

    def last_sent_day(self, chat_id: int) -> date | None:
        """The local day the user's last reminder was sent (kept after /afmeld), or None."""
        row = self._db.execute(
            "SELECT last_sent_day FROM subscription WHERE chat_id = ?", (chat_id,)
        ).fetchone()
        return _day(row[0]) if row else None

    def remove_reminder(self, chat_id: int) -> bool:
        """Stop the user's reminder; True if there was one.

        The last sent day is kept, so unsubscribing and subscribing again on the same day
        cannot bring a second reminder that day (`reminders.schedule_reminder` reads it);
        `delete_user` removes it too.
        """
        with self._transaction() as db:
            stopped = db.execute(
                "UPDATE subscription SET local_time = NULL, next_due_us = NULL"
                " WHERE chat_id = ? AND next_due_us IS NOT NULL",
                (chat_id,),
            ).rowcount
            db.execute(
                "DELETE FROM subscription WHERE chat_id = ? AND last_sent_day IS NULL", (chat_id,)
            )
        return stopped == 1

    def due_reminders(
        self, now: datetime, limit: int, after: tuple[datetime, int] | None = None
    ) -> list[Subscription]:
        """Up to `limit` reminders due at `now`, oldest first (by next_due, then chat_id).

        `after` is the (next_due, chat_id) of the last row of the previous batch, so one
        pass over the due rows never sees a row twice, even one released back as due.
        """
        due, chat_id = (_to_us(after[0]), after[1]) if after else (-(2**63), 0)
        # Two index range scans merged, so a batch never rescans the rows before `after`.
        rows = self._db.execute(
            f"{_SELECT} WHERE next_due_us = :due AND chat_id > :chat_id UNION ALL"
            f" {_SELECT} WHERE next_due_us > :due AND next_due_us <= :now"
            " ORDER BY next_due_us, chat_id LIMIT :limit",
            {"due": due, "chat_id": chat_id, "now": _to_us(now), "limit": limit},
        ).fetchall()
        return [_subscription(row) for row in rows]

    def claim(self, sub: Subscription, day: date, next_due: datetime) -> bool:
        """Mark `sub` as reminded for local `day` and due next at `next_due`, before sending.

        Succeeds only if the row is unchanged since it was read (the user may have changed
        or stopped it meanwhile). Committed before the send: a crash between the two loses
        that day's reminder rather than sending it twice (at most once).
        """
        return self._replace_due(sub.chat_id, sub.next_due, sub.last_sent_day, next_due, day)

    def release(self, sub: Subscription, day: date, claimed_next_due: datetime) -> None:
        """Undo a `claim` whose send failed, so the reminder is due again as before."""
        self._replace_due(sub.chat_id, claimed_next_due, day, sub.next_due, sub.last_sent_day)

    def reschedule(self, sub: Subscription, next_due: datetime) -> bool:
        """Move `sub` to `next_due` without sending (a skipped reminder)."""
        return self._replace_due(
            sub.chat_id, sub.next_due, sub.last_sent_day, next_due, sub.last_sent_day
        )

    def _replace_due(
        self,
        chat_id: int,
        old_due: datetime,
        old_day: date | None,
        new_due: datetime,
        new_day: date | None,
    ) -> bool:
        changed = self._db.execute(
            "UPDATE subscription SET next_due_us = ?, last_sent_day = ?"
            " WHERE chat_id = ? AND next_due_us = ? AND last_sent_day IS ?",
            (_to_us(new_due), _day_text(new_day), chat_id, _to_us(old_due), _day_text(old_day)),
        ).rowcount
        return changed == 1

    # --- exercise days done --------------------------------------------------------------

    def record_done(self, chat_id: int, day: date) -> None:
        """Record local `day` as a day the exercise was done (idempotent)."""
        self._db.execute(
            "INSERT OR IGNORE INTO done_day (chat_id, day) VALUES (?, ?)",
            (chat_id, day.isoformat()),
        )

    def done_days(self, chat_id: int, since: date = date.min) -> list[date]:
        """The local days the exercise was done, from `since` on, oldest first."""
        rows = self._db.execute(
            "SELECT day FROM done_day WHERE chat_id = ? AND day >= ? ORDER BY day",
            (chat_id, since.isoformat()),
        )
        return [date.fromisoformat(day) for (day,) in rows]

    # --- recovery diary ------------------------------------------------------------------

    def give_consent(self, chat_id: int, at: datetime) -> None:
        """Record that the user agreed to their scores being stored (kept if given before)."""
        self._db.execute(
            "INSERT OR IGNORE INTO diary_consent (chat_id, given_us) VALUES (?, ?)",
            (chat_id, _to_us(at)),
        )

    def consent(self, chat_id: int) -> datetime | None:
        """When the user consented to the diary, or None."""
        row = self._db.execute(
            "SELECT given_us FROM diary_consent WHERE chat_id = ?", (chat_id,)
        ).fetchone()
        return _from_us(row[0]) if row else None

    def set_score(self, chat_id: int, day: date, score: int) -> None:
        """Store (or replace) the score of local `day`."""
        self._db.execute(
            "INSERT INTO pain_score (chat_id, day, score) VALUES (?, ?, ?)"
            " ON CONFLICT (chat_id, day) DO UPDATE SET score = excluded.score",
            (chat_id, day.toordinal(), score),
        )

    def scores(self, chat_id: int, since: date = date.min) -> list[Score]:
        """The user's scores from local day `since` on, oldest first."""
        rows = self._db.execute(
            "SELECT day, score FROM pain_score WHERE chat_id = ? AND day >= ? ORDER BY day",
            (chat_id, since.toordinal()),
        )
        return [Score(date.fromordinal(day), score) for day, score in rows]

    def delete_scores_before(self, day: date) -> int:
        """Delete every user's scores of days before `day`; returns how many.

        A scan of the whole table (about 2.5 s at 100 000 users with a year each, see
        benchmarks/diary_bench.py), run once a night: an index on `day` would make the
        file twice as large and every write three times slower, for a delete hardly faster.
        """
        deleted = self._db.execute(
            "DELETE FROM pain_score WHERE day < ?", (day.toordinal(),)
        ).rowcount
        self._erase_deleted()
        return deleted

    def record_nudge(self, chat_id: int, kind: str, day: date) -> None:
        self._db.execute(
            "INSERT INTO nudge (chat_id, kind, day) VALUES (?, ?, ?)"
            " ON CONFLICT (chat_id, kind) DO UPDATE SET day = excluded.day",
            (chat_id, kind, day.isoformat()),
        )

    def nudges(self, chat_id: int) -> dict[str, date]:
        """Each kind of advice given to the user -> the local day it was last given."""
        rows = self._db.execute("SELECT kind, day FROM nudge WHERE chat_id = ?", (chat_id,))
        return {kind: date.fromisoformat(day) for kind, day in rows}

    # --- feedback ------------------------------------------------------------------------

    def add_feedback(self, entry_id: str, helpful: bool) -> None:
        """Count one vote on an answer; who voted is not stored."""
        column = "helpful" if helpful else "not_helpful"
        self._db.execute(
            f"INSERT INTO feedback (entry_id, {column}) VALUES (?, 1)"
            f" ON CONFLICT (entry_id) DO UPDATE SET {column} = {column} + 1",
            (entry_id,),
        )

    def feedback_counts(self) -> dict[str, tuple[int, int]]:
        """entry_id -> (helpful, not helpful)."""
        rows = self._db.execute("SELECT entry_id, helpful, not_helpful FROM feedback")
        return {entry_id: (up, down) for entry_id, up, down in rows}

    # --- updates handled (at-least-once delivery from Telegram) ----------------------------

    def was_handled(self, update_id: int) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM handled_update WHERE update_id = ?", (update_id,)
        ).fetchone()
        return row is not None

    def mark_handled(self, update_id: int, now: datetime) -> None:
        """Remember `update_id` as handled; ids older than HANDLED_UPDATE_MEMORY are forgotten."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO handled_update (update_id, handled_us) VALUES (?, ?)",
                (update_id, _to_us(now)),
            )
            db.execute(
                "DELETE FROM handled_update WHERE handled_us < ?",
                (_to_us(now - HANDLED_UPDATE_MEMORY),),
            )

    # --- /slet ---------------------------------------------------------------------------

    def delete_user(self, chat_id: int) -> None:
        """Remove every row about the user: subscription, days done, the whole diary."""
        with self._transaction() as db:
            for table in _USER_TABLES:
                db.execute(f"DELETE FROM {table} WHERE chat_id = ?", (chat_id,))
        self._erase_deleted()

    def _erase_deleted(self) -> None:
        """Copy the write-ahead log into the file and empty it: `secure_delete` zeroes
        deleted rows in the database file, but the log would still hold the old pages."""
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _open_problem(path: Path, error: OSError | sqlite3.Error) -> str:
    if path.is_dir():
        return "is a directory, not a database file"
    if any(parent.is_file() for parent in path.parents):
        return "cannot be created: a file is in the way of its folder"
    text = str(error)
    if "not a database" in text:
        return "is not an SQLite database (another file by that name?)"
    if "readonly" in text or isinstance(error, PermissionError):
        return "is read-only or its folder is: the bot must be able to write it"
    return f"cannot be opened ({type(error).__name__}: {text})"


def _to_us(instant: datetime) -> int:
    if instant.tzinfo is None:
        raise ValueError("instants must be timezone-aware")
    return (instant - _EPOCH) // timedelta(microseconds=1)


def _from_us(value: int) -> datetime:
    return _EPOCH + timedelta(microseconds=value)


def _time_text(local_time: time) -> str:
    return local_time.strftime("%H:%M")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _day_text(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _subscription(row: tuple[int, str, int, str | None]) -> Subscription:
    chat_id, local_time, next_due_us, last_sent = row
    return Subscription(
        chat_id, time.fromisoformat(local_time), _from_us(next_due_us), _day(last_sent)
    )
