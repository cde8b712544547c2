"""Red flags: danger signs in a message that need a doctor, not an exercise.

Read in this order: `vocabulary` (slot terms and how message words are read),
`concepts` (signs as combinations of slots), `context` (ConText modifiers: negated,
past, hypothetical, whose sign), `detector` (the three together).
"""

from bot.red_flags.concepts import SEVERITY, Tier, Urgency
from bot.red_flags.detector import (
    NO_RED_FLAG,
    PAIN_SLOT,
    TOLD_CAUSE_SLOT,
    RedFlagDetector,
    RedFlagResult,
    RedFlagSign,
    merged,
    ordinary_words,
)

__all__ = [
    "NO_RED_FLAG",
    "PAIN_SLOT",
    "SEVERITY",
    "TOLD_CAUSE_SLOT",
    "RedFlagDetector",
    "RedFlagResult",
    "RedFlagSign",
    "Tier",
    "Urgency",
    "merged",
    "ordinary_words",
]
