"""What the brain answers, and how that becomes message texts.

Adapters never build reply text themselves: Telegram sends `messages(reply)` and
shows the suggestions as buttons; the terminal and batch mode print `plain_text`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.knowledge import Entry
from bot.red_flags import Tier

# Telegram's limit for one message (MessageLimit.MAX_TEXT_LENGTH), counted in characters.
MAX_MESSAGE_LENGTH = 4096


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
    suggestions_title: str = ""  # Danish lead-in for the suggestions, "" when there are none
