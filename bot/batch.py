"""Batch mode: one message per input line, one JSON object per output line.

The evaluation scorer's protocol. A line that is a JSON object with "conversation" and
"text" is the next message of that chat, read with the chat's context; any other line
is a message of its own. Out: `heading` is the answered entry's article heading, or null
when the bot did not answer with confidence; `reply` is what the user sees first and
`more` the rest of the answer, shown on request.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TextIO

from bot.conversation import Conversations
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
        "more": reply.more,
    }


def conversation_message(line: str) -> tuple[str, str] | None:
    """(conversation id, text) for a conversation line, None for a plain message."""
    if not line.startswith("{"):
        return None
    try:
        message = json.loads(line)
    except ValueError:
        return None
    if not isinstance(message, dict):
        return None
    chat, text = message.get("conversation"), message.get("text")
    if not isinstance(chat, str | int) or not isinstance(text, str):
        return None
    return str(chat), text


def run_batch(
    conversations: Conversations,
    lines: Iterable[str],
    out: TextIO,
    clock: Callable[[], datetime],
) -> None:
    for line in lines:
        line = line.rstrip("\r\n")
        message = conversation_message(line)
        if message is None:
            reply = conversations.brain.reply(line, clock())
        else:
            reply = conversations.reply(message[0], message[1], clock())
        out.write(json.dumps(reply_record(reply), ensure_ascii=False) + "\n")
        out.flush()
