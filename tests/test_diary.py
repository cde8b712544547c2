"""The recovery diary's rules, its storage, the /mine_data document and the chart."""

import json
import string
import struct
import subprocess
import sys
from dataclasses import fields
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.chart import demo_data, render_chart
from bot.diary import (
    TEXTS_FILE,
    DiaryTexts,
    Score,
    caption,
    chart_start,
    danish_decimal,
    is_editable,
    load_diary_texts,
    moving_average,
    retention_cutoff,
    scores_missing_for_chart,
    too_few_text,
    week_average,
)
from bot.knowledge import KnowledgeError
from bot.my_data import as_json, collect
from bot.reminders import schedule_reminder
from bot.storage import Storage

TODAY = date(2025, 5, 20)
TEXTS = load_diary_texts()


def daily(first: date, values: list[int]) -> list[Score]:
    return [Score(first + timedelta(days=i), v) for i, v in enumerate(values)]


@pytest.fixture
def storage():
    db = Storage(":memory:")
    yield db
    db.close()


DIARY_PLACEHOLDERS = {
    "caption_this_week": {"now"},
    "caption_compared": {"now", "before"},
    "too_few_scores": {"days"},
}


def test_every_diary_text_has_exactly_its_placeholders() -> None:
    for field in fields(DiaryTexts):
        text = getattr(TEXTS, field.name)
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        assert names == DIARY_PLACEHOLDERS.get(field.name, set()), field.name


def test_month_names_must_be_twelve(tmp_path) -> None:
    broken = tmp_path / "diary.yaml"
    text = TEXTS_FILE.read_text(encoding="utf-8")
    broken.write_text(text.replace(" dec", ""), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="chart_months"):
        load_diary_texts(broken)


def test_only_todays_answer_can_be_changed() -> None:
    assert is_editable(TODAY, TODAY)
    assert not is_editable(TODAY - timedelta(days=1), TODAY)


def test_week_average_counts_the_seven_days_ending_that_day() -> None:
    scores = daily(TODAY - timedelta(days=7), [9, 2, 4, 4, 4, 4, 4, 6])
    assert week_average(scores, TODAY) == pytest.approx(28 / 7)  # the 9, seven days back, is out
    assert week_average(scores, TODAY - timedelta(days=30)) is None


def test_moving_average_has_one_point_per_answered_day() -> None:
    scores = daily(TODAY - timedelta(days=2), [6, 4, 2])
    assert moving_average(scores) == [
        (TODAY - timedelta(days=2), 6.0),
        (TODAY - timedelta(days=1), 5.0),
        (TODAY, 4.0),
    ]


def test_caption_compares_this_week_with_two_weeks_ago_in_danish_decimals() -> None:
    scores = daily(TODAY - timedelta(days=20), [6, 7, 6] + [5] * 15 + [4, 4, 5])
    assert caption(scores, TODAY, TEXTS) == "Gennemsnit denne uge 4,7 – for to uger siden 5,6."
    assert caption(scores[-3:], TODAY, TEXTS) == "Gennemsnit denne uge: 4,3."
    assert caption(scores[:3], TODAY, TEXTS) == TEXTS.caption_no_week
    assert danish_decimal(4.14) == "4,1"


def test_too_few_scores_says_how_many_days_more() -> None:
    assert scores_missing_for_chart([]) == 3
    assert "2 dage mere" in too_few_text(daily(TODAY, [5]), TEXTS)
    assert "én dag mere" in too_few_text(daily(TODAY, [5, 5]), TEXTS)
    assert scores_missing_for_chart(daily(TODAY, [5, 5, 5])) == 0


def test_scores_are_kept_for_twelve_months() -> None:
    assert retention_cutoff(TODAY) == date(2024, 5, 20)


def test_a_score_is_stored_replaced_and_read_back_in_day_order(storage: Storage) -> None:
    storage.set_score(1, TODAY, 7)
    storage.set_score(1, TODAY - timedelta(days=1), 8)
    storage.set_score(1, TODAY, 5)  # changed the same day
    storage.set_score(2, TODAY, 1)
    assert storage.scores(1) == [Score(TODAY - timedelta(days=1), 8), Score(TODAY, 5)]
    assert storage.scores(1, since=TODAY) == [Score(TODAY, 5)]


def test_old_scores_are_deleted_for_every_user(storage: Storage) -> None:
    cutoff = retention_cutoff(TODAY)
    for chat in (1, 2):
        storage.set_score(chat, cutoff - timedelta(days=1), 5)
        storage.set_score(chat, cutoff, 6)
    assert storage.delete_scores_before(cutoff) == 2
    assert storage.scores(1) == [Score(cutoff, 6)] == storage.scores(2)


def test_delete_user_removes_the_whole_diary(storage: Storage) -> None:
    storage.give_consent(1, datetime(2025, 5, 1, tzinfo=UTC))
    storage.set_score(1, TODAY, 5)
    storage.record_nudge(1, "assess", TODAY)
    storage.record_done(1, TODAY)
    storage.set_score(2, TODAY, 3)
    storage.delete_user(1)
    assert storage.consent(1) is None and storage.scores(1) == [] and storage.nudges(1) == {}
    assert storage.done_days(1) == []
    assert storage.scores(2) == [Score(TODAY, 3)]


def test_consent_keeps_the_first_time_it_was_given(storage: Storage) -> None:
    first = datetime(2025, 5, 1, 8, tzinfo=UTC)
    storage.give_consent(1, first)
    storage.give_consent(1, first + timedelta(days=3))
    assert storage.consent(1) == first
    assert storage.consent(2) is None


def test_my_data_document_holds_everything_stored(storage: Storage) -> None:
    given = datetime(2025, 5, 1, 8, tzinfo=UTC)
    schedule_reminder(storage, 1, time(6, 0), given, ZoneInfo("UTC"))
    storage.record_done(1, TODAY)
    storage.give_consent(1, given)
    storage.set_score(1, TODAY, 6)
    storage.record_nudge(1, "better", TODAY)
    document = json.loads(as_json(collect(storage, 1), given))
    assert document["reminder"]["time"] == "06:00"
    assert document["exercise_days_done"] == ["2025-05-20"]
    assert document["diary"] == {
        "consent_given_at": "2025-05-01T08:00:00+00:00",
        "pain_scores": [{"day": "2025-05-20", "score": 6}],
        "advice_given": {"better": "2025-05-20"},
    }
    empty = json.loads(as_json(collect(storage, 2), given))
    assert empty["diary"]["pain_scores"] == [] and empty["reminder"]["time"] is None


def test_chart_is_a_png_at_least_800_pixels_wide() -> None:
    scores, done = demo_data(TODAY)
    png = render_chart(scores, done, TODAY, TEXTS)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    assert width >= 800 and height >= 500


def test_demo_data_covers_the_chart_window() -> None:
    scores, done = demo_data(TODAY)
    assert scores[0].day >= chart_start(TODAY) and scores[-1].day <= TODAY
    assert scores[0].score > scores[-1].score  # a back getting better
    assert done and all(chart_start(TODAY) <= day <= TODAY for day in done)


def test_matplotlib_is_not_imported_by_the_bot_until_a_chart_is_drawn() -> None:
    code = (
        "import sys, bot.cli, bot.telegram.app, bot.chart, bot.batch; "
        "print('matplotlib' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
