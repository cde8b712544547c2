"""Batch mode: one message per input line, one JSON object per output line.

The protocol of the evaluation scorer: `heading` is the answered entry's article
heading, or null when the bot did not answer with confidence.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TextIO

from bot.brain import Brain
from bot.reply import Reply, ReplyKind, plain_text


def reply_record(reply: Reply) -> dict[str, object]:
    answered = reply.entry if reply.kind is ReplyKind.ANSWER else None
    return {
        "heading": answered.heading if answered else None,
        "id": answered.id if answered else None,
        "score": reply.score,
        "red_flag": reply.red_flag.value,
        "suggestions": [s.heading for s in reply.suggestions],
        "reply": plain_text(reply),
    }


def run_batch(
    brain: Brain, lines: Iterable[str], out: TextIO, clock: Callable[[], datetime]
) -> None:
    for line in lines:
        record = reply_record(brain.reply(line.rstrip("\r\n"), clock()))
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
