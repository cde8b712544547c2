"""The recovery diary's rules: the pain scale, which day's answer may change, the chart's
window and caption, and how long scores are kept.

Pure: no I/O, no clock; `today` is always the user's local day. The texts come from
knowledge/diary.yaml. Advice drawn from the scores is in `bot/nudges.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from bot.knowledge import KNOWLEDGE_DIR, KnowledgeError, load_texts

# The 0-10 numeric rating scale (NRS): 0 = no pain, 10 = worst imaginable.
SCALE = range(0, 11)
# The chart shows the last six weeks: the article's 2-6 week horizon.
CHART_DAYS = 42
# Fewer scores than this in the window draw no meaningful curve.
MIN_CHART_SCORES = 3
AVERAGE_DAYS = 7  # the moving average and "this week"
# Scores older than this are deleted by the daily job (docs/privacy.md).
RETENTION = timedelta(days=365)

TEXTS_FILE = KNOWLEDGE_DIR / "diary.yaml"


@dataclass(frozen=True)
class Score:
    """One day's answer to "Hvordan har ryggen det i dag?"."""

    day: date
    score: int


@dataclass(frozen=True)
class DiaryTexts:
    """The diary's Danish texts (knowledge/diary.yaml), shared by every front end."""

    chart_title: str
    chart_y_label: str
    chart_scores_label: str
    chart_average_label: str
    chart_exercise_label: str
    chart_months: str  # twelve words, January first
    caption_this_week: str
    caption_compared: str
    caption_no_week: str
    too_few_scores: str
    too_few_scores_one: str
    nudge_assess: str
    nudge_assess_firmly: str
    nudge_very_high: str
    nudge_better: str
    nudge_professional: str


def load_diary_texts(path: Path = TEXTS_FILE) -> DiaryTexts:
    texts = load_texts(path, DiaryTexts)
    if len(texts.chart_months.split()) != 12:
        raise KnowledgeError(f"{path.name}: 'chart_months' must name the 12 months")
    return texts


def is_valid_score(score: int) -> bool:
    return score in SCALE


def is_editable(day: date, today: date) -> bool:
    """Only today's answer may be given or changed: a day's score is how that day felt."""
    return day == today


def chart_start(today: date) -> date:
    """The first day the chart shows."""
    return today - timedelta(days=CHART_DAYS - 1)


def retention_cutoff(today: date) -> date:
    """Scores of days before this are deleted."""
    return today - RETENTION


def scores_missing_for_chart(scores: Sequence[Score]) -> int:
    """How many more days of answers the chart needs (0 when it can be drawn)."""
    return max(0, MIN_CHART_SCORES - len(scores))


def week_average(scores: Iterable[Score], last_day: date) -> float | None:
    """The mean score of the seven days ending `last_day`, or None without answers."""
    first_day = last_day - timedelta(days=AVERAGE_DAYS - 1)
    week = [s.score for s in scores if first_day <= s.day <= last_day]
    return sum(week) / len(week) if week else None


def moving_average(scores: Sequence[Score]) -> list[tuple[date, float]]:
    """For each answered day, the mean of the answers in the seven days ending that day."""
    return [
        (s.day, average) for s in scores if (average := week_average(scores, s.day)) is not None
    ]


def caption(scores: Sequence[Score], today: date, texts: DiaryTexts) -> str:
    """One or two sentences under the chart: this week's mean, and two weeks earlier."""
    now = week_average(scores, today)
    before = week_average(scores, today - timedelta(days=2 * AVERAGE_DAYS))
    if now is None:
        return texts.caption_no_week
    if before is None:
        return texts.caption_this_week.format(now=danish_decimal(now))
    return texts.caption_compared.format(now=danish_decimal(now), before=danish_decimal(before))


def too_few_text(scores: Sequence[Score], texts: DiaryTexts) -> str:
    missing = scores_missing_for_chart(scores)
    if missing == 1:
        return texts.too_few_scores_one
    return texts.too_few_scores.format(days=missing)


def danish_decimal(value: float) -> str:
    """One decimal with a decimal comma, as Danes write it: 4,1."""
    return f"{value:.1f}".replace(".", ",")
