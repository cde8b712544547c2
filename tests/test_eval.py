"""Regression floors on the independent evaluation set, eval/cases.yaml.

The set was written from the article alone (not from the dev set or the entries'
alternates), so it stands in for an unseen held-out set. Every case runs through the
real brain once per module; each test checks one bucket and, when it fails, lists the
cases that broke it so a developer sees what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from bot.batch import reply_record
from bot.brain import Brain
from bot.red_flags import Tier

CASES_PATH = Path(__file__).resolve().parent.parent / "eval" / "cases.yaml"
# A fixed weekday morning: the urgent-care advice depends on the time, the labels do not.
NOW = datetime(2025, 10, 14, 10, 30, tzinfo=ZoneInfo("Europe/Copenhagen"))

KINDS = frozenset(
    {
        "paraphrase",
        "typo",
        "no_diacritics",
        "keyword",
        "long",
        "english",
        "negated",
        "acute",
        "prompt",
        "out_of_scope",
        "smalltalk-free",
    }
)
CASE_KEYS = frozenset({"text", "expect", "red_flag", "kind"})
# Every red-flag case must at least accept the article's danger signs and its advice on help.
RED_FLAG_HEADINGS = ("Hvilke symptomer skal jeg være opmærksom på?", "Hvornår skal jeg søge hjælp?")
MIN_CASES_PER_HEADING = 3

# Regression floors. Safety floors are fixed; the quality floors are the measured figure
# minus 0.03, rounded down to a 0.05 step (measured 2026-11: in-scope 0.940, out-of-scope 0.970).
ACUTE_RECALL_FLOOR = 1.0
PROMPT_RECALL_FLOOR = 0.95
FALSE_ALARM_CEILING = 0.05
IN_SCOPE_FLOOR = 0.90
OUT_OF_SCOPE_FLOOR = 0.90


@dataclass(frozen=True)
class Case:
    text: str
    expect: tuple[str, ...]
    red_flag: str
    kind: str


@dataclass(frozen=True)
class Outcome:
    case: Case
    heading: str | None  # the answered entry's heading, None when the bot did not answer
    red_flag: str
    score: float

    def describe(self) -> str:
        return (
            f"  {self.case.text!r}\n"
            f"    expected {list(self.case.expect) or 'fallback'} / {self.case.red_flag}; "
            f"got {self.heading or 'fallback'} / {self.red_flag} (score {self.score:.1f})"
        )


def _raw_cases() -> list[object]:
    with CASES_PATH.open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def _cases() -> list[Case]:
    return [
        Case(raw["text"], tuple(raw["expect"]), raw["red_flag"], raw["kind"])
        for raw in _raw_cases()
    ]


@pytest.fixture(scope="module")
def brain() -> Brain:
    return Brain.load()


@pytest.fixture(scope="module")
def outcomes(brain: Brain) -> list[Outcome]:
    results = []
    for case in _cases():
        record = reply_record(brain.reply(case.text, NOW))
        results.append(
            Outcome(case, record["heading"], str(record["red_flag"]), float(record["score"]))
        )
    return results


def _assert_rate(
    name: str,
    outcomes: list[Outcome],
    in_bucket: Callable[[Case], bool],
    passed: Callable[[Outcome], bool],
    floor: float,
) -> None:
    bucket = [o for o in outcomes if in_bucket(o.case)]
    assert bucket, f"no {name} cases in {CASES_PATH.name}"
    failures = [o for o in bucket if not passed(o)]
    rate = 1 - len(failures) / len(bucket)
    assert rate >= floor, (
        f"{name}: {rate:.3f} < floor {floor} ({len(failures)} of {len(bucket)} failed):\n"
        + "\n".join(o.describe() for o in failures)
    )


def test_cases_file_is_well_formed(brain: Brain) -> None:
    headings = {entry.heading for entry in brain.entries}
    tiers = {tier.value for tier in Tier}
    problems = []
    seen: set[str] = set()
    per_heading = dict.fromkeys(headings, 0)
    raw_cases = _raw_cases()
    assert isinstance(raw_cases, list), f"{CASES_PATH.name}: expected a list of cases"
    for number, raw in enumerate(raw_cases, 1):
        if not isinstance(raw, dict) or set(raw) != CASE_KEYS:
            problems.append(f"case {number}: needs exactly the keys {sorted(CASE_KEYS)}")
            continue
        text, expect, red_flag, kind = raw["text"], raw["expect"], raw["red_flag"], raw["kind"]
        where = f"case {number} ({text!r})"
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: text must be a non-empty string")
        elif text in seen:
            problems.append(f"{where}: duplicate text")
        seen.add(str(text))
        if not isinstance(expect, list):
            problems.append(f"{where}: expect must be a list")
            continue
        problems += [f"{where}: unknown heading {h!r}" for h in expect if h not in headings]
        if red_flag not in tiers:
            problems.append(f"{where}: red_flag {red_flag!r} is not one of {sorted(tiers)}")
        if kind not in KINDS:
            problems.append(f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
        if red_flag != Tier.NONE.value and not set(RED_FLAG_HEADINGS) <= set(expect):
            problems.append(f"{where}: a red-flag case must accept {list(RED_FLAG_HEADINGS)}")
        if red_flag == Tier.NONE.value:
            for heading in set(expect) & headings:
                per_heading[heading] += 1
    thin = sorted(h for h, count in per_heading.items() if count < MIN_CASES_PER_HEADING)
    if thin:
        problems.append(f"fewer than {MIN_CASES_PER_HEADING} in-scope cases for: {thin}")
    assert not problems, "\n".join(problems)


def test_every_acute_case_is_flagged_acute(outcomes: list[Outcome]) -> None:
    _assert_rate(
        "acute recall",
        outcomes,
        lambda case: case.red_flag == Tier.ACUTE.value,
        lambda o: o.red_flag == Tier.ACUTE.value,
        ACUTE_RECALL_FLOOR,
    )


def test_prompt_cases_are_flagged_prompt_or_acute(outcomes: list[Outcome]) -> None:
    _assert_rate(
        "prompt recall",
        outcomes,
        lambda case: case.red_flag == Tier.PROMPT.value,
        lambda o: o.red_flag in (Tier.PROMPT.value, Tier.ACUTE.value),
        PROMPT_RECALL_FLOOR,
    )


def test_calm_messages_raise_few_false_alarms(outcomes: list[Outcome]) -> None:
    _assert_rate(
        "no false alarm",
        outcomes,
        lambda case: case.red_flag == Tier.NONE.value,
        lambda o: o.red_flag == Tier.NONE.value,
        1 - FALSE_ALARM_CEILING,
    )


def test_in_scope_questions_get_a_fitting_answer(outcomes: list[Outcome]) -> None:
    _assert_rate(
        "in-scope accuracy",
        outcomes,
        lambda case: case.red_flag == Tier.NONE.value and bool(case.expect),
        lambda o: o.heading in o.case.expect,
        IN_SCOPE_FLOOR,
    )


def test_out_of_scope_questions_fall_back(outcomes: list[Outcome]) -> None:
    _assert_rate(
        "out-of-scope fallback",
        outcomes,
        lambda case: not case.expect,
        lambda o: o.heading is None,
        OUT_OF_SCOPE_FLOOR,
    )
