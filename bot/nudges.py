"""The article's 2-6 week rule made active: advice drawn from a user's diary scores.

Pure: scores, the local day and the advice already given go in; at most one nudge comes
out. Every threshold and its source is listed in docs/safety.md (hazard H11). A nudge never
replaces the red-flag check, which runs on every message the user writes.

The rules, in order:
- no nudge within a week of the last one (of any kind);
- several very high scores on consecutive days up to today: advice to see a professional
  at once, even before two weeks;
- otherwise nothing before two weeks of check-ins;
- last week clearly better than the first week (the minimal important change): a line of
  encouragement;
- last week's average high and not clearly better: a professional assessment (once), and
  from six weeks on the same advice more firmly (once).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from enum import StrEnum

from bot.diary import AVERAGE_DAYS, DiaryTexts, Score, week_average
from bot.knowledge import Entry

# The article's section quoted by the advice to seek help.
ADVICE_ENTRY = "soeg-hjaelp"
# Minimal important change on the 0-10 scale for low back pain: 2 points or 30 %
# (Ostelo et al., Spine 2008;33:90-94).
MIC_POINTS = 2.0
MIC_FRACTION = 0.30
# A weekly mean of 5 or more is moderate or severe pain (Serlin et al., Pain 1995;61:277-284).
HIGH_AVERAGE = 5.0
# 8 or more on consecutive days, VERY_HIGH_RUN of them ending today, needs advice at once.
VERY_HIGH_SCORE = 8
VERY_HIGH_RUN = 3
# The article: pain not better after 2-6 weeks needs a professional's assessment.
FIRST_ADVICE_AFTER = timedelta(weeks=2)
FIRM_ADVICE_AFTER = timedelta(weeks=6)
# A week's mean counts only with at least this many answers in it.
MIN_WEEK_SCORES = 3
# At most one nudge a week.
QUIET_PERIOD = timedelta(weeks=1)
# Scores older than this do not count: a new episode starts the weeks again, and each
# piece of advice is given at most once in this period.
LOOKBACK = timedelta(weeks=8)


class Nudge(StrEnum):
    ASSESS = "assess"
    ASSESS_FIRMLY = "assess_firmly"
    VERY_HIGH = "very_high"
    BETTER = "better"


def lookback_start(today: date) -> date:
    """The first day whose score `choose_nudge` needs."""
    return today - LOOKBACK


def clearly_better(before: float, after: float) -> bool:
    """True when the fall from `before` to `after` is at least the minimal important change."""
    fall = before - after
    return fall >= MIC_POINTS or (before > 0 and fall / before >= MIC_FRACTION)


def choose_nudge(scores: Sequence[Score], today: date, given: Mapping[Nudge, date]) -> Nudge | None:
    """The nudge due today, if any. `scores` are ordered by day; `given` maps each kind of
    nudge to the last day it was given."""
    if any(today - day < QUIET_PERIOD for day in given.values()):
        return None
    recent = [s for s in scores if lookback_start(today) <= s.day <= today]
    if _very_high_run(recent, today):
        return Nudge.VERY_HIGH
    if not recent or today - recent[0].day < FIRST_ADVICE_AFTER:
        return None
    first_day = recent[0].day
    first_week = [s for s in recent if s.day < first_day + timedelta(days=AVERAGE_DAYS)]
    last_week = [s for s in recent if today - s.day < timedelta(days=AVERAGE_DAYS)]
    if len(first_week) < MIN_WEEK_SCORES or len(last_week) < MIN_WEEK_SCORES:
        return None
    before = week_average(first_week, first_day + timedelta(days=AVERAGE_DAYS - 1))
    after = week_average(last_week, today)
    assert before is not None and after is not None
    if clearly_better(before, after):
        return Nudge.BETTER
    if after < HIGH_AVERAGE:
        return None
    six_weeks = today - first_day >= FIRM_ADVICE_AFTER
    if six_weeks and not _given_lately(given, Nudge.ASSESS_FIRMLY, today):
        return Nudge.ASSESS_FIRMLY
    if not _given_lately(given, Nudge.ASSESS, today):
        return Nudge.ASSESS
    return None


def nudge_text(nudge: Nudge, texts: DiaryTexts, advice: Entry) -> str:
    """The message for `nudge`; the advice to seek help quotes the article's own section
    `advice` ("Hvornår skal jeg søge hjælp?") and names the own doctor or physiotherapist."""
    if nudge is Nudge.BETTER:
        return texts.nudge_better
    lead = {
        Nudge.ASSESS: texts.nudge_assess,
        Nudge.ASSESS_FIRMLY: texts.nudge_assess_firmly,
        Nudge.VERY_HIGH: texts.nudge_very_high,
    }[nudge]
    return "\n\n".join([lead, texts.nudge_professional, f"{advice.heading}\n{advice.answer}"])


def _very_high_run(scores: Sequence[Score], today: date) -> bool:
    run = scores[-VERY_HIGH_RUN:]
    return (
        len(run) == VERY_HIGH_RUN
        and all(s.score >= VERY_HIGH_SCORE for s in run)
        and all(s.day == today - timedelta(days=len(run) - 1 - i) for i, s in enumerate(run))
    )


def _given_lately(given: Mapping[Nudge, date], nudge: Nudge, today: date) -> bool:
    day = given.get(nudge)
    return day is not None and today - day < LOOKBACK
