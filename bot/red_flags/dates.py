"""How long something has gone on, told as two dates ("siden sidst i januar, og nu er det
marts", "fra starten af august til midt i september"): the weeks between them.

The rules on pain that has not got better after 2–6 weeks read durations in weeks; a
writer who dates the start and the present gives the same fact without a number. A date
is a month's name or a day Danes date by, placed within its month by the words before it
("sidst i", "midt i", "1."). The first date after a word of starting ("siden", "fra") is
the start; a later one after a word of now ("nu", "til", "snart") is the present.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.normalise import MONTH_NAMES

# The readings put on the present's date by the weeks between the two dates: six to nine
# weeks, past the article's 2–6 weeks; three to five months, further past them but not yet
# the months on end of pain of long standing.
SIX_TO_NINE_WEEKS = "<uger-6-9>"
THREE_TO_FIVE_MONTHS = "<måneder-3-5>"
_SPANS = ((6.0, 9.5, SIX_TO_NINE_WEEKS), (9.5, 22.0, THREE_TO_FIVE_MONTHS))
_WEEKS_PER_MONTH = 4.35

_MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
# Days dated by, as a month and the part of it gone (Sankt Hans is 23 June).
# Easter moves between late March and late April: its usual place is early April.
_FEASTS = {
    "sankthans": (6, 0.75),
    "jul": (12, 0.8),
    "julen": (12, 0.8),
    "nytår": (1, 0.0),
    "sommerferien": (7, 0.25),
    "fastelavn": (2, 0.5),
    "påske": (4, 0.2),
    "påsken": (4, 0.2),
}
# Where in its month a date falls, by the word before it; a month alone is its middle.
_PARTS = {
    "start": 0.1,
    "starten": 0.1,
    "først": 0.1,
    "begyndelsen": 0.1,
    "midt": 0.5,
    "midten": 0.5,
    "sidst": 0.85,
    "slutningen": 0.85,
    "udgangen": 0.95,
}
# ... and the moment of onset told ("da jeg skiftede dæk i oktober")
_STARTS = frozenset({"siden", "fra", "startede", "begyndte", "efter", "da"})
_NOWS = frozenset({"nu", "til", "snart", "dag"})
# How many words before a date its part, start or now word may stand ("siden sidst i
# januar", "nu er vi midt i august").
_REACH = 5


def dated_span(words: Sequence[str]) -> tuple[int, str] | None:
    """The index of the present's date and the reading of the span, when the message dates
    a start and a present six weeks to five months apart; None otherwise."""
    start: float | None = None
    for index, word in enumerate(words):
        before = words[max(0, index - _REACH) : index]
        if word in _FEASTS:
            month, part = _FEASTS[word]
        elif word in _MONTHS:
            month, part = _MONTHS[word], _part(before)
        else:
            continue
        when = month - 1 + part
        if start is None:
            if _STARTS.intersection(before):
                start = when
            continue
        if _NOWS.intersection(before):
            weeks = (when - start) % 12 * _WEEKS_PER_MONTH
            return next(
                ((index, reading) for low, high, reading in _SPANS if low <= weeks < high), None
            )
    return None


def _part(before: Sequence[str]) -> float:
    """Where in its month a date falls: the part named before it, or a day's number ("1.
    marts"); the middle when none is told."""
    for previous in reversed(before):
        if previous in _PARTS:
            return _PARTS[previous]
    if before and before[-1].isdigit() and 1 <= int(before[-1]) <= 31:
        return int(before[-1]) / 31
    return 0.5
