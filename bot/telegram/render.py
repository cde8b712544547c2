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
    rendered = [html(chunk) for chunk in chunks]
    # On a phone, bold lines say at a glance what the message is: the warning's headline
    # and the question the answer is for.
    bold = [reply.warning.split("\n", 1)[0]] if reply.warning else []
    if reply.entry is not None:
        bold.append(reply.entry.heading)
    for line in bold:
        _embolden(rendered, html(line))
    return rendered


def _embolden(chunks: list[str], line: str) -> None:
    """Make the first whole line equal to `line` (already escaped) bold, in place."""
    for number, chunk in enumerate(chunks):
        lines = chunk.split("\n")
        if line in lines:
            lines[lines.index(line)] = f"<b>{line}</b>"
            chunks[number] = "\n".join(lines)
            return


def exercise_html(exercise: Exercise, texts: TelegramTexts, heading: str = "") -> str:
    """Name in bold, the instructions, and the dosage; an optional heading above."""
    parts = [html(heading)] if heading else []
    parts += [f"<b>{html(exercise.name)}</b>", html(exercise.instructions)]
    parts.append(f"{html(texts.dosage_label)} {html(exercise.dosage)}")
    return "\n\n".join(parts)
