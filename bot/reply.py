"""What the brain answers, and how that becomes message texts.

Adapters never build reply text themselves: Telegram sends `messages(reply)` and
shows the suggestions (and "Læs mere" when there is more) as buttons; the terminal and
batch mode print `plain_text`. `text` is what the user sees first; `more` is the rest.
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
    more: str = ""  # the rest of the answer, shown on request ("" when all is shown)
    more_ref: str = ""  # what to ask the brain for the rest (Brain.rest), "" when no more
    # The danger-sign slots the message filled (names only): with a later message's,
    # whether the two together may make a sign (bot/red_flags).
    red_flag_slots: frozenset[str] = frozenset()
    red_flag_signs: tuple[str, ...] = ()  # ids of the signs warned about, most severe first
    # The message took back the warning given just before it ("nej undskyld, det var for
    # 5 år siden"): the chat's context ends that warning.
    took_back: bool = False


def messages(reply: Reply, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """The texts to send for a reply, warning first, each at most `limit` characters.

    Suggestions are not included: chat front ends show them as buttons.
    """
    paragraphs = [part for part in (reply.warning, reply.text) if part]
    return split_message("\n\n".join(paragraphs), limit)


def plain_text(reply: Reply, more_hint: str = "") -> str:
    """What the user sees first as one text, suggestions as a numbered list (terminal and
    batch mode); `more_hint` (how to read the rest) follows the text when there is more."""
    parts = [part for part in (reply.warning, reply.text) if part]
    if reply.more and more_hint:
        parts.append(more_hint)
    if reply.suggestions:
        lines = [f"{n}. {s.heading}" for n, s in enumerate(reply.suggestions, start=1)]
        parts.append("\n".join([reply.suggestions_title, *lines]).strip())
    return "\n\n".join(parts)


def split_message(text: str, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Split text into chunks of at most `limit` characters.

    Cuts at paragraph boundaries where possible, then at line ends, then at spaces,
    and only inside a word when a single word is longer than the limit.
    """
    chunks: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[: limit + 1]
        cut = (
            max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or max(window.rfind(" "), 0)
        )
        if cut <= 0:
            cut = limit
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        chunks.append(rest)
    return chunks
