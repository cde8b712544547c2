"""What each chat was just talking about, so a follow-up can be read in its light.

Memory only: never written to the database or the logs. A chat's context holds its last
few turns, is forgotten after a quiet spell (CONTEXT_TTL) or on /slet, and the store holds
at most `max_chats` chats, dropping the least recently active first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.red_flags import Tier

CONTEXT_TTL = timedelta(minutes=30)
MAX_TURNS = 4
MAX_CHATS = 100_000
# Of each message, only its last this many characters are kept: enough for a danger sign
# told across messages, and it bounds the store's bytes, not just its number of chats.
MAX_TEXT = 600


@dataclass(frozen=True, slots=True)
class Turn:
    """One message of the user and what the bot made of it."""

    text: str  # the end of the user's words (MAX_TEXT): a sign may span two messages
    entry_id: str | None  # the entry answered, None when the bot did not answer
    exercise_id: str | None  # the exercise the answer was about
    person: str | None  # who the message was about ("far", "mor"), None for the writer
    red_flag: Tier  # the tier raised by this turn
    red_flag_slots: frozenset[str]  # danger-sign slots it filled (names only, no text)
    suggestions: tuple[str, ...]  # entry ids offered, in the order shown (numbers pick them)
    more_ref: str  # the rest of the answer on request ("" when all was shown)
    red_flag_signs: tuple[str, ...] = ()  # ids of the signs warned about (no text)
    exercise_named: str | None = None  # the one exercise another entry's answer named
    fell_back: bool = False  # the bot found the message not covered (a fallback reply)
    offered: bool = False  # the suggestions were put as a question: "ja" takes them
    had_the_help: bool = False  # told the help advised was had: "ok var hos vagtlægen"
    # took the warning just given back: "nej undskyld, det var for 5 år siden"
    took_back: bool = False

    def picked(self, number: int) -> str | None:
        """The entry id a lone number picks from the suggestions shown (1 is the first)."""
        return self.suggestions[number - 1] if 1 <= number <= len(self.suggestions) else None

    @property
    def offers_one(self) -> bool:
        """Whether this turn put one question to take ("Vil du læse, hvad artiklen siger
        om det?"): "ja" and "mere" open it."""
        return self.offered and len(self.suggestions) == 1

    def takes(self, number: int) -> bool:
        """Whether a lone number means something after this turn: it picks a suggestion,
        or it is 0 and there is more of the answer to show."""
        return self.picked(number) is not None or (number == 0 and bool(self.more_ref))


def warned_in(turns: Iterable[Turn]) -> frozenset[str]:
    """The ids of the danger signs the turns warned about."""
    return frozenset(sign for turn in turns for sign in turn.red_flag_signs)


@dataclass(frozen=True, slots=True)
class Context:
    """The recent turns of one chat, oldest first; empty for a new chat."""

    turns: tuple[Turn, ...] = ()

    @property
    def warned(self) -> frozenset[str]:
        """The ids of the danger signs the chat was warned about."""
        return warned_in(self.turns)

    @property
    def last(self) -> Turn | None:
        return self.turns[-1] if self.turns else None

    @property
    def entry_id(self) -> str | None:
        """The most recent entry answered."""
        return next((t.entry_id for t in reversed(self.turns) if t.entry_id), None)

    @property
    def exercise_id(self) -> str | None:
        """The most recent exercise spoken of."""
        return next((t.exercise_id for t in reversed(self.turns) if t.exercise_id), None)

    @property
    def person_turn(self) -> Turn | None:
        """The most recent turn that named a person ("min far ..."): later messages may
        speak of them as "han" or "hun"."""
        return next((t for t in reversed(self.turns) if t.person), None)


NO_CONTEXT = Context()


class ContextStore:
    """Per-chat contexts in memory, bounded in time and in number of chats."""

    def __init__(
        self, ttl: timedelta = CONTEXT_TTL, max_chats: int = MAX_CHATS, max_turns: int = MAX_TURNS
    ) -> None:
        self._ttl = ttl
        self._max_chats = max_chats
        self._max_turns = max_turns
        # chat -> (time of its last turn, its turns); least recently active first.
        self._chats: OrderedDict[Hashable, tuple[datetime, tuple[Turn, ...]]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._chats)

    def get(self, chat: Hashable, now: datetime) -> Context:
        """The chat's context, or an empty one when it has none or it has run out."""
        self._expire(now)
        stored = self._chats.get(chat)
        return Context(stored[1]) if stored else NO_CONTEXT

    def add(self, chat: Hashable, turn: Turn, now: datetime) -> None:
        """Remember a turn; the oldest turn and the least recently active chat make room."""
        stored = self._chats.pop(chat, None)
        turns = (stored[1] if stored else ()) + (turn,)
        self._chats[chat] = (now, turns[-self._max_turns :])
        while len(self._chats) > self._max_chats:
            self._chats.popitem(last=False)

    def forget(self, chat: Hashable) -> None:
        """Drop everything remembered about a chat (/slet)."""
        self._chats.pop(chat, None)

    def _expire(self, now: datetime) -> None:
        """Drop chats quiet for longer than the TTL (the oldest are first in line)."""
        while self._chats:
            chat, (at, _) = next(iter(self._chats.items()))
            if now - at <= self._ttl:
                return
            del self._chats[chat]
