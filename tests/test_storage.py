import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.reminders import schedule_reminder
from bot.storage import Storage, StorageError, Subscription

CPH = ZoneInfo("Europe/Copenhagen")
DUE = datetime(2024, 5, 1, 5, 30, tzinfo=UTC)  # 07:30 in Copenhagen
TODAY = date(2024, 5, 1)


@pytest.fixture
def path(tmp_path):
    return tmp_path / "data" / "rygbot.sqlite"


@pytest.fixture
def storage(path):
    store = Storage(path)
    yield store
    store.close()


@pytest.mark.usefixtures("storage")
def test_creates_the_folder_and_uses_wal(path):
    assert path.exists()
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_in_memory_database_works():
    store = Storage(":memory:")
    store.set_reminder(1, time(7, 30), DUE)
    assert store.reminder(1) == Subscription(1, time(7, 30), DUE, None)
    store.close()


def test_reminder_round_trip_survives_reopening(path, storage):
    storage.set_reminder(42, time(7, 30), DUE)
    storage.close()
    reopened = Storage(path)
    assert reopened.reminder(42) == Subscription(42, time(7, 30), DUE, None)
    assert reopened.reminder(43) is None
    reopened.close()


def test_changing_the_time_keeps_the_day_already_reminded(storage):
    storage.set_reminder(42, time(7, 30), DUE)
    assert storage.claim(storage.reminder(42), TODAY, DUE + timedelta(days=1))
    storage.set_reminder(42, time(20, 0), DUE + timedelta(hours=12, minutes=30))
    assert storage.reminder(42) == Subscription(
        42, time(20, 0), DUE + timedelta(hours=12, minutes=30), TODAY
    )


def test_remove_reminder(storage):
    storage.set_reminder(42, time(7, 30), DUE)
    assert storage.remove_reminder(42) is True
    assert storage.reminder(42) is None
    assert storage.remove_reminder(42) is False
    assert storage.due_reminders(DUE + timedelta(days=9), limit=10) == []


def test_schedule_reminder_fires_today_unless_today_was_already_reminded(storage):
    morning = datetime(2024, 5, 1, 6, 0, tzinfo=UTC)  # 08:00 local
    sub = schedule_reminder(storage, 42, time(20, 0), morning, CPH)
    assert sub.next_due == datetime(2024, 5, 1, 18, 0, tzinfo=UTC)
    schedule_reminder(storage, 7, time(7, 30), morning, CPH)
    assert storage.reminder(7).next_due == datetime(2024, 5, 2, 5, 30, tzinfo=UTC)

    assert storage.claim(storage.reminder(42), TODAY, DUE + timedelta(days=1))
    later = schedule_reminder(storage, 42, time(21, 0), morning, CPH)
    assert later.next_due == datetime(2024, 5, 2, 19, 0, tzinfo=UTC)


def test_stopping_and_restarting_the_same_day_brings_no_second_reminder(storage):
    schedule_reminder(storage, 42, time(7, 30), DUE - timedelta(hours=1), CPH)
    assert storage.claim(storage.reminder(42), TODAY, DUE + timedelta(days=1))
    assert storage.remove_reminder(42)
    sub = schedule_reminder(storage, 42, time(20, 0), DUE + timedelta(hours=1), CPH)
    assert sub.next_due == datetime(2024, 5, 2, 18, 0, tzinfo=UTC)


def test_due_reminders_in_batches_oldest_first(storage):
    for chat_id in (5, 3, 9):
        storage.set_reminder(chat_id, time(7, 30), DUE)
    storage.set_reminder(1, time(7, 0), DUE - timedelta(minutes=30))
    storage.set_reminder(2, time(8, 0), DUE + timedelta(minutes=30))  # not due yet

    first = storage.due_reminders(DUE, limit=2)
    assert [s.chat_id for s in first] == [1, 3]
    rest = storage.due_reminders(DUE, limit=10, after=(first[-1].next_due, first[-1].chat_id))
    assert [s.chat_id for s in rest] == [5, 9]


def test_claim_only_succeeds_on_an_unchanged_row_and_release_undoes_it(storage):
    storage.set_reminder(42, time(7, 30), DUE)
    sub = storage.reminder(42)
    tomorrow = DUE + timedelta(days=1)
    assert storage.claim(sub, TODAY, tomorrow)
    assert storage.due_reminders(DUE, limit=10) == []
    assert not storage.claim(sub, TODAY, tomorrow)  # already claimed

    storage.release(sub, TODAY, tomorrow)
    assert storage.reminder(42) == sub

    storage.set_reminder(42, time(9, 0), DUE + timedelta(hours=1, minutes=30))
    assert not storage.claim(sub, TODAY, tomorrow)  # the user changed it meanwhile


def test_reschedule_moves_without_marking_sent(storage):
    storage.set_reminder(42, time(7, 30), DUE)
    assert storage.reschedule(storage.reminder(42), DUE + timedelta(days=1))
    assert storage.reminder(42) == Subscription(42, time(7, 30), DUE + timedelta(days=1), None)


def test_feedback_is_counted_per_entry_without_who(storage):
    storage.add_feedback("iskias", helpful=True)
    storage.add_feedback("iskias", helpful=True)
    storage.add_feedback("iskias", helpful=False)
    storage.add_feedback("motion", helpful=False)
    assert storage.feedback_counts() == {"iskias": (2, 1), "motion": (0, 1)}
    columns = {row[1] for row in storage._db.execute("PRAGMA table_info(feedback)")}
    assert columns == {"entry_id", "helpful", "not_helpful"}


def rows_mentioning(path, value: int) -> list[tuple[str, tuple]]:
    """Every row in every table that holds `value` in any column."""
    with closing(sqlite3.connect(path)) as db:
        tables = [
            name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return [
            (table, row)
            for table in tables
            for row in db.execute(f"SELECT * FROM {table}")
            if value in row
        ]


def test_delete_user_leaves_no_row_about_the_user(path, storage):
    user, other = 987654321, 123456789
    for chat_id in (user, other):
        schedule_reminder(storage, chat_id, time(7, 30), DUE - timedelta(hours=1), CPH)
        assert storage.claim(storage.reminder(chat_id), TODAY, DUE + timedelta(days=1))
        storage.record_done(chat_id, TODAY)
        storage.give_consent(chat_id, DUE)
        storage.set_score(chat_id, TODAY, 5)
        storage.record_nudge(chat_id, "assess", TODAY)
    storage.add_feedback("iskias", helpful=True)

    storage.delete_user(user)
    storage.close()

    assert rows_mentioning(path, user) == []
    assert {table for table, _ in rows_mentioning(path, other)} == {
        "subscription",
        "done_day",
        "diary_consent",
        "pain_score",
        "nudge",
    }
    reopened = Storage(path)
    assert reopened.done_days(user) == []
    assert reopened.feedback_counts() == {"iskias": (1, 0)}
    reopened.close()


def test_refuses_naive_instants(storage):
    with pytest.raises(ValueError):
        storage.set_reminder(42, time(7, 30), datetime(2024, 5, 1, 7, 30))


def test_handled_update_ids_are_remembered_for_a_day_only(storage):
    storage.mark_handled(41, DUE)
    storage.mark_handled(41, DUE)  # a second time changes nothing
    assert storage.was_handled(41) and not storage.was_handled(42)
    storage.mark_handled(42, DUE + timedelta(hours=26))
    assert not storage.was_handled(41)  # Telegram cannot deliver it again after 24 hours
    assert storage.was_handled(42)


def test_deleted_rows_leave_nothing_in_the_file_or_its_log_while_open(path, storage):
    """/slet: nothing of the user stays in the database file or its write-ahead log, even
    while the bot keeps running."""
    for offset in range(300):
        storage.record_done(777, TODAY - timedelta(days=offset))
    storage.delete_user(777)
    log = path.with_name(path.name + "-wal")
    for file in (path, log):
        assert not file.exists() or b"2024-05-01" not in file.read_bytes()
    storage.close()


def test_deleted_rows_leave_nothing_in_the_file(path, storage):
    """/slet must not leave the user's days in SQLite's free pages."""
    for offset in range(300):
        storage.record_done(777, TODAY - timedelta(days=offset))
    storage.delete_user(777)
    storage.close()  # checkpoints the WAL into the file
    assert b"2024-05-01" not in path.read_bytes()
    reopened = Storage(path)
    assert reopened._db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    reopened.close()


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda p: p.mkdir(parents=True), "is a directory"),
        (lambda p: p.parent.mkdir() or p.write_text("hej"), "is not an SQLite database"),
        (lambda p: p.parent.write_text("x"), "a file is in the way of its folder"),
    ],
    ids=["directory", "not-a-database", "path-under-a-file"],
)
def test_a_database_that_cannot_be_used_is_named_in_one_line(tmp_path, make, problem):
    path = tmp_path / "data" / "rygbot.sqlite"
    make(path)
    with pytest.raises(StorageError) as raised:
        Storage(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ") and problem in message and "\n" not in message


def test_a_read_only_database_is_refused_at_once(path, monkeypatch):
    Storage(path).close()
    connect = sqlite3.connect
    monkeypatch.setattr(  # as root, file permissions would not stop the writes
        sqlite3, "connect", lambda name, **kw: connect(f"file:{name}?mode=ro", uri=True, **kw)
    )
    with pytest.raises(StorageError, match="is read-only"):
        Storage(path)
