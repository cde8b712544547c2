"""The brain: one message in, one reply out. Pure: no Telegram, no I/O after loading.

STUB: interface fixed, implementation in progress (matching, red flags, composition).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bot.knowledge import KNOWLEDGE_DIR, Entry, Exercise, load_entries, load_exercises
from bot.reply import Reply


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
