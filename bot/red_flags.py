"""Red-flag detection. STUB: being written."""

from enum import StrEnum


class Tier(StrEnum):
    NONE = "none"
    PROMPT = "prompt"
    ACUTE = "acute"
