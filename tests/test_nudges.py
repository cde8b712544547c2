"""The 2-6 week rule: which advice the diary's scores bring, and when none."""

from datetime import date, timedelta

import pytest

from bot.brain import Brain
from bot.diary import Score, load_diary_texts
from bot.nudges import Nudge, choose_nudge, clearly_better, nudge_text

START = date(2025, 3, 3)


def days(values: list[int], start: date = START) -> list[Score]:
    return [Score(start + timedelta(days=i), v) for i, v in enumerate(values)]


def today_of(scores: list[Score]) -> date:
    return scores[-1].day


@pytest.mark.parametrize(
    ("before", "after", "better"),
    [(8, 6, True), (8, 6.1, False), (3, 2.1, True), (3, 2.2, False), (0, 0, False)],
)
def test_clearly_better_is_two_points_or_thirty_percent(
    before: float, after: float, better: bool
) -> None:
    assert clearly_better(before, after) is better


def test_no_advice_before_two_weeks_however_high() -> None:
    scores = days([7] * 14)  # day 14 is the last day of the second week
    assert choose_nudge(scores, today_of(scores), {}) is None


def test_high_and_not_better_after_two_weeks_suggests_an_assessment() -> None:
    scores = days([7] * 15)
    assert choose_nudge(scores, today_of(scores), {}) is Nudge.ASSESS


def test_the_assessment_advice_is_given_once() -> None:
    scores = days([7] * 30)
    given = {Nudge.ASSESS: START + timedelta(days=14)}
    assert choose_nudge(scores, today_of(scores), given) is None


def test_six_weeks_without_improvement_gets_firmer_advice_once() -> None:
    scores = days([6] * 43)
    given = {Nudge.ASSESS: START + timedelta(days=14)}
    assert choose_nudge(scores, today_of(scores), given) is Nudge.ASSESS_FIRMLY
    given[Nudge.ASSESS_FIRMLY] = today_of(scores)
    later = days([6] * 50)
    assert choose_nudge(later, today_of(later), given) is None


def test_low_pain_that_does_not_change_brings_no_advice() -> None:
    scores = days([3] * 30)
    assert choose_nudge(scores, today_of(scores), {}) is None


def test_clear_improvement_gets_encouragement() -> None:
    scores = days([7] * 7 + [6] * 7 + [5, 5, 4, 5, 5, 4, 5])
    assert choose_nudge(scores, today_of(scores), {}) is Nudge.BETTER


def test_several_very_high_days_in_a_row_get_advice_at_once() -> None:
    scores = days([5, 8, 9, 8])
    assert choose_nudge(scores, today_of(scores), {}) is Nudge.VERY_HIGH
    gap = days([8, 9]) + days([9], START + timedelta(days=3))  # a day missing between
    assert choose_nudge(gap, today_of(gap), {}) is None
    not_today = days([8, 9, 8])
    assert choose_nudge(not_today, today_of(not_today) + timedelta(days=1), {}) is None


def test_no_advice_within_a_week_of_the_last() -> None:
    scores = days([9] * 20)
    today = today_of(scores)
    assert choose_nudge(scores, today, {Nudge.BETTER: today - timedelta(days=6)}) is None
    assert choose_nudge(scores, today, {Nudge.VERY_HIGH: today - timedelta(days=7)}) is not None


def test_a_week_needs_three_answers_to_count() -> None:
    scores = days([7, 7]) + days([7] * 14, START + timedelta(days=7))
    assert choose_nudge(scores, today_of(scores), {}) is None


def test_advice_quotes_the_article_and_names_doctor_and_physiotherapist(brain: Brain) -> None:
    texts = load_diary_texts()
    advice = brain.entry("soeg-hjaelp")
    assert advice is not None
    for nudge in (Nudge.ASSESS, Nudge.ASSESS_FIRMLY, Nudge.VERY_HIGH):
        text = nudge_text(nudge, texts, advice)
        assert "Hvornår skal jeg søge hjælp?" in text and "2–6 uger" in text
        assert "egen læge" in text and "fysioterapeut" in text
    assert nudge_text(Nudge.BETTER, texts, advice) == texts.nudge_better
