"""Message texts in Telegram's HTML: every piece of text escaped, markup added only here."""

from __future__ import annotations

from bot.knowledge import Exercise
from bot.reply import MAX_MESSAGE_LENGTH, Reply, messages
from bot.telegram.texts import TelegramTexts, html


def reply_html(reply: Reply) -> list[str]:
    """The reply's messages (warning first), with the suggestions' lead-in at the end.

    The lead-in goes with the last message, above the buttons, or on its own if that
    message would grow past Telegram's limit.
    """
    chunks = messages(reply)
    title = reply.suggestions_title if reply.suggestions else ""
    if title and chunks and len(chunks[-1]) + 2 + len(title) <= MAX_MESSAGE_LENGTH:
        chunks[-1] = f"{chunks[-1]}\n\n{title}"
    elif title:
        chunks.append(title)
    return [html(chunk) for chunk in chunks]


def exercise_html(exercise: Exercise, texts: TelegramTexts, heading: str = "") -> str:
    """Name in bold, the instructions, and the dosage; an optional heading above."""
    parts = [html(heading)] if heading else []
    parts += [f"<b>{html(exercise.name)}</b>", html(exercise.instructions)]
    parts.append(f"{html(texts.dosage_label)} {html(exercise.dosage)}")
    return "\n\n".join(parts)
