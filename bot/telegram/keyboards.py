"""Inline keyboards and their callback data.

Callback data is ASCII and at most 64 bytes (Telegram counts bytes): a short prefix
and an id from the knowledge files (at most 24 characters) or an ISO date.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.diary import SCALE
from bot.knowledge import Exercise
from bot.reply import Reply, ReplyKind
from bot.telegram.texts import TelegramTexts

# Prefixes; the handlers match them with PATTERNS.
QUESTION = "q"  # q:<entry_id>: answer that question
MORE = "more"  # more:<entry_id>:<hex mask of the sentences shown>: the rest of the answer
FEEDBACK = "fb"  # fb:<1|0>:<entry_id>: the answer helped / did not help
EXERCISE = "ex"  # ex:<exercise_id>: show the exercise
DONE = "done"  # done:<YYYY-MM-DD>: the reminded exercise was done that local day
STOP = "stop"  # stop the reminders
DELETE = "del"  # del:<yes|no>: answer to "delete everything?"
CONSENT = "dc"  # dc:<yes|no>: answer to "may I store your diary answers?"
PAIN = "pain"  # pain:<YYYY-MM-DD>:<0-10>: that local day's pain score
DIARY = "diary"  # start the diary's check-in (offered after 'Gjort')

PATTERNS = {
    QUESTION: r"^q:([a-z0-9-]{1,24})$",
    MORE: r"^more:([a-z0-9-]{1,24}:[0-9a-f]{1,16})$",
    FEEDBACK: r"^fb:([01]):([a-z0-9-]{1,24})$",
    EXERCISE: r"^ex:([a-z0-9-]{1,24})$",
    DONE: r"^done:(\d{4}-\d{2}-\d{2})$",
    STOP: r"^stop$",
    DELETE: r"^del:(yes|no)$",
    CONSENT: r"^dc:(yes|no)$",
    PAIN: r"^pain:(\d{4}-\d{2}-\d{2}):(\d{1,2})$",
    DIARY: r"^diary$",
}
# The pain scale's buttons, in rows that fit a phone: 0-5 and 6-10.
_PAIN_ROWS = (SCALE[:6], SCALE[6:])


def _button(label: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=data)


def reply_keyboard(reply: Reply, texts: TelegramTexts) -> InlineKeyboardMarkup | None:
    """ "Læs mere" when there is more, suggestions one per row, then 👍/👎 under an answer;
    None when there is nothing."""
    rows = [[_button(texts.more_button, f"{MORE}:{reply.more_ref}")]] if reply.more_ref else []
    rows += [[_button(s.heading, f"{QUESTION}:{s.entry_id}")] for s in reply.suggestions]
    if reply.kind is ReplyKind.ANSWER and reply.entry is not None:
        rows.append(feedback_row(reply.entry.id, texts))
    return InlineKeyboardMarkup(rows) if rows else None


def feedback_row(entry_id: str, texts: TelegramTexts) -> list[InlineKeyboardButton]:
    return [
        _button(texts.feedback_up, f"{FEEDBACK}:1:{entry_id}"),
        _button(texts.feedback_down, f"{FEEDBACK}:0:{entry_id}"),
    ]


def without_feedback(markup: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup | None:
    """The same keyboard with the 👍/👎 row removed (after the user voted)."""
    return _without(markup, FEEDBACK)


def without_more(markup: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup | None:
    """The same keyboard without "Læs mere" (once the rest has been sent)."""
    return _without(markup, MORE)


def _without(markup: InlineKeyboardMarkup | None, prefix: str) -> InlineKeyboardMarkup | None:
    if markup is None:
        return None
    rows = [
        row
        for row in markup.inline_keyboard
        if not any(str(b.callback_data).startswith(f"{prefix}:") for b in row)
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def exercises_keyboard(exercises: Sequence[Exercise]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_button(e.name, f"{EXERCISE}:{e.id}")] for e in exercises])


def reminder_keyboard(day: date, texts: TelegramTexts) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[_button(texts.done_button, f"{DONE}:{day.isoformat()}")], [stop_button(texts)]]
    )


def stop_button(texts: TelegramTexts) -> InlineKeyboardButton:
    return _button(texts.stop_button, STOP)


def delete_keyboard(texts: TelegramTexts) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[_button(texts.delete_yes, f"{DELETE}:yes"), _button(texts.delete_no, f"{DELETE}:no")]]
    )


def consent_keyboard(texts: TelegramTexts) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [_button(texts.diary_consent_yes, f"{CONSENT}:yes")],
            [_button(texts.diary_consent_no, f"{CONSENT}:no")],
        ]
    )


def pain_keyboard(day: date) -> InlineKeyboardMarkup:
    """0-10 for local `day`: one tap answers, another tap the same day changes it."""
    return InlineKeyboardMarkup(
        [[_button(str(n), f"{PAIN}:{day.isoformat()}:{n}") for n in row] for row in _PAIN_ROWS]
    )


def diary_offer_keyboard(texts: TelegramTexts) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_button(texts.diary_offer_button, DIARY)]])
