"""Urgent-care advice for a message with danger signs, chosen by the Danish clock.

Pure: the Danish text lives in `knowledge/urgent_care.yaml`, read once; the time of
day and the calendar decide between the user's own doctor and the regional
out-of-hours lines.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.knowledge import KNOWLEDGE_DIR, Record, load_record
from bot.red_flags import RedFlagResult, Tier, Urgency

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
_OPENS, _CLOSES = time(8, 0), time(16, 0)
# Days on which a general practice is closed although they are weekdays: the public
# holidays (Store Bededag was abolished from 2024), plus Christmas Eve, New Year's Eve
# and Constitution Day, when practices close or run as on holidays.
_FIXED_CLOSED = ((1, 1), (6, 5), (12, 24), (12, 25), (12, 26), (12, 31))
# Days counted from Easter Sunday: skærtorsdag, langfredag, påskedag, 2. påskedag,
# Kristi himmelfartsdag, pinsedag, 2. pinsedag.
_EASTER_CLOSED = (-3, -2, 0, 1, 39, 49, 50)


@dataclass(frozen=True)
class _Texts:
    acute_headline: str
    acute_injury_headline: str
    acute_doctor_hours: str
    acute_out_of_hours: str
    acute_emergency: str
    also_mentioned: str
    today_headline: str
    today_doctor_hours: str
    today_out_of_hours: str
    soon_headline: str
    soon_doctor_hours: str
    soon_out_of_hours: str
    soon_reminder: str
    today_reminder: str
    emergency: str
    overview: str
    and_word: str
    today_word: str
    tomorrow_word: str
    on_weekday: str


# Which placeholders each phrase must hold, so a slip in the file stops start-up.
_PLACEHOLDERS = {
    "acute_headline": ("{signs}",),
    "acute_injury_headline": ("{signs}",),
    "today_headline": ("{signs}",),
    "soon_headline": ("{signs}",),
    "also_mentioned": ("{signs}",),
    "acute_out_of_hours": ("{regions}",),
    "today_out_of_hours": ("{regions}",),
    "soon_out_of_hours": ("{regions}", "{day}"),
    "soon_reminder": ("{signs}", "{day}"),
    "today_reminder": ("{signs}",),
    "overview": ("{regions}",),
    "on_weekday": ("{weekday}",),
}


@dataclass(frozen=True)
class UrgentCare:
    texts: _Texts
    regions: str  # one line per region: "• Region Hovedstaden: 1813 (Akuttelefonen)"
    weekdays: tuple[str, ...]  # Danish names, Monday first

    @classmethod
    def load(cls, path: Path = KNOWLEDGE_DIR / "urgent_care.yaml") -> UrgentCare:
        record = load_record(path)
        names = [f.name for f in fields(_Texts)]
        unknown = sorted(set(record.data) - {*names, "regions", "weekdays"})
        if unknown:
            raise record.fail(f"unknown key '{unknown[0]}'")
        texts = _Texts(**{name: record.text(name) for name in names})
        for name, placeholders in _PLACEHOLDERS.items():
            for placeholder in placeholders:
                if placeholder not in getattr(texts, name):
                    raise record.fail(f"'{name}' must contain {placeholder}")
        weekdays = record.texts("weekdays", minimum=7)
        if len(weekdays) != 7:
            raise record.fail("'weekdays' must name the 7 days, Monday first")
        lines = []
        for region in record.records("regions"):
            labelled = Record(region.data, region.file, f"region '{region.data.get('name')}'")
            service = f" ({labelled.text('service')})" if "service" in region.data else ""
            lines.append(f"• {labelled.text('name')}: {labelled.text('phone')}{service}")
        return cls(texts, "\n".join(lines), weekdays)

    def warning(self, result: RedFlagResult, now: datetime) -> str:
        """What to do, fitting the most urgent sign and the hour: acute signs now (own
        doctor, out of hours the region's line, 112 if life-threatening); fever or a
        possible fracture today; other prompt signs a time with the own doctor on the
        next weekday, the region's line only if it gets worse."""
        if result.tier == Tier.NONE:
            return ""
        t = self.texts
        open_now = doctor_is_open(now)
        if result.tier == Tier.ACUTE:
            # The headline explains acute signs (nerves under pressure, or an injury when
            # the only acute sign is a crash or a fall); prompt signs found alongside are
            # named on their own line, not as a cause of that.
            acute_signs = [s for s in result.signs if s.tier is Tier.ACUTE]
            headline = (
                t.acute_injury_headline if all(s.injury for s in acute_signs) else t.acute_headline
            )
            acute = self._join([s.label for s in acute_signs])
            prompt = [s.label for s in result.signs if s.tier is Tier.PROMPT]
            also = [t.also_mentioned.replace("{signs}", self._join(prompt))] if prompt else []
            lines = [
                headline.replace("{signs}", acute),
                *also,
                "",
                t.acute_doctor_hours if open_now else t.acute_out_of_hours,
                t.acute_emergency,
            ]
        else:
            signs = self._join([s.label for s in result.signs])
            if any(s.urgency is Urgency.TODAY for s in result.signs):
                headline, act = (
                    t.today_headline,
                    (t.today_doctor_hours if open_now else t.today_out_of_hours),
                )
            else:
                headline, act = (
                    t.soon_headline,
                    (t.soon_doctor_hours if open_now else t.soon_out_of_hours),
                )
            lines = [headline.replace("{signs}", signs), "", act, t.emergency]
        day = "" if open_now else self._next_opening_day(now)
        return "\n".join(lines).replace("{regions}", self.regions).replace("{day}", day)

    def reminder(self, result: RedFlagResult, now: datetime, about_it: bool = False) -> str:
        """A short reminder of a see-a-doctor warning given a message or two before, to
        stand above the answer to a question of the writer's own: one line, not the whole
        warning again. Acute signs get their whole warning again, and so do signs for
        today out of the doctor's hours (the region's numbers, and not to wait until
        tomorrow) and when the message speaks of waiting or whom to call (`about_it`: "vi
        venter til mandag")."""
        t = self.texts
        open_now = doctor_is_open(now)
        today = any(s.urgency is Urgency.TODAY for s in result.signs)
        if result.tier is not Tier.PROMPT or (today and (about_it or not open_now)):
            return self.warning(result, now)
        signs = self._join([s.label for s in result.signs])
        if today:
            return t.today_reminder.replace("{signs}", signs)
        day = t.today_word if open_now else self._next_opening_day(now)
        return t.soon_reminder.replace("{signs}", signs).replace("{day}", day)

    def _next_opening_day(self, now: datetime) -> str:
        """When the own doctor opens next: "i dag", "i morgen" or a weekday ("på mandag")."""
        local = now.astimezone(COPENHAGEN) if now.tzinfo else now
        day = local.date() + timedelta(days=0 if local.time() < _OPENS else 1)
        while day.weekday() >= 5 or day in closed_days(day.year):
            day += timedelta(days=1)
        ahead = (day - local.date()).days
        if ahead == 0:
            return self.texts.today_word
        if ahead == 1:
            return self.texts.tomorrow_word
        return self.texts.on_weekday.replace("{weekday}", self.weekdays[day.weekday()])

    def overview(self) -> str:
        return self.texts.overview.replace("{regions}", self.regions)

    def _join(self, labels: list[str]) -> str:
        if len(labels) == 1:
            return labels[0]
        return f"{', '.join(labels[:-1])} {self.texts.and_word} {labels[-1]}"


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def closed_days(year: int) -> frozenset[date]:
    easter = easter_sunday(year)
    return frozenset(
        [date(year, month, day) for month, day in _FIXED_CLOSED]
        + [easter + timedelta(days=offset) for offset in _EASTER_CLOSED]
    )


def doctor_is_open(now: datetime) -> bool:
    """Whether own doctors take calls: weekdays 08-16 Danish time, not on holidays.

    A naive `now` is taken to be Danish time already.
    """
    local = now.astimezone(COPENHAGEN) if now.tzinfo else now
    return (
        local.weekday() < 5
        and _OPENS <= local.time() < _CLOSES
        and local.date() not in closed_days(local.year)
    )
