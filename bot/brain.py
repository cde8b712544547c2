"""The brain: one message in, one reply out. Pure: no Telegram, no I/O after loading.

STUB: interface fixed, implementation in progress (matching, red flags, composition).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from bot.knowledge import KNOWLEDGE_DIR, Entry, Exercise, load_entries, load_exercises
from bot.red_flags import Tier


class ReplyKind(StrEnum):
    ANSWER = "answer"  # confident answer from one entry
    CLARIFY = "clarify"  # unsure: "did you mean" with the closest questions
    FALLBACK = "fallback"  # not covered: what the bot can help with
    SMALLTALK = "smalltalk"  # greetings, thanks, "what can you do"


@dataclass(frozen=True)
class Suggestion:
    entry_id: str
    heading: str


@dataclass(frozen=True)
class Reply:
    kind: ReplyKind
    red_flag: Tier
    warning: str  # urgent-care advice, "" when no danger sign; always shown first
    text: str  # the answer, small talk or fallback text (plain text, not escaped)
    entry: Entry | None  # the entry answered, None unless kind is ANSWER
    score: float  # match score 0-100 of the best entry
    suggestions: tuple[Suggestion, ...]  # closest (clarify/fallback) or related (answer) questions


class Brain:
    def __init__(self, entries: tuple[Entry, ...], exercises: tuple[Exercise, ...]) -> None:
        self.entries = entries
        self.exercises = exercises

    @classmethod
    def load(cls, knowledge_dir: Path = KNOWLEDGE_DIR) -> Brain:
        entries = load_entries(knowledge_dir / "entries.yaml")
        exercises = load_exercises(knowledge_dir / "exercises.yaml", {e.id for e in entries})
        return cls(entries, exercises)

    def reply(self, text: str, now: datetime) -> Reply:
        """The reply to one user message; `now` is timezone-aware and picks the contacts."""
        raise NotImplementedError

    def answer(self, entry_id: str, now: datetime) -> Reply | None:
        """The reply for a pressed suggestion button; None for an unknown id."""
        raise NotImplementedError
