"""Telegram's errors turned into the reminder dispatcher's outcomes (bot/reminders.py),
so the dispatcher knows nothing of Telegram.
"""

from __future__ import annotations

from datetime import date, timedelta

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.knowledge import Exercise
from bot.reminders import ChatGone, FloodWait, SendReminder, Unreachable


def delivery_error(error: TelegramError) -> Exception:
    """The dispatcher's exception for `error`, or `error` itself when none fits (a bug or
    a rejected message, which the dispatcher counts as failed without retrying)."""
    if isinstance(error, Forbidden):  # blocked by the user, or the account deleted
        return ChatGone()
    if isinstance(error, BadRequest):  # a NetworkError subclass: check it first
        return ChatGone() if "chat not found" in error.message.lower() else error
    if isinstance(error, RetryAfter):
        return FloodWait(retry_after_seconds(error.retry_after))
    if isinstance(error, NetworkError):  # TimedOut and 5xx answers included
        return Unreachable(type(error).__name__)
    return error


def reporting_outcomes(send: SendReminder) -> SendReminder:
    """`send` with Telegram's errors raised as the dispatcher's outcomes."""

    async def send_reporting(chat_id: int, exercise: Exercise, day: date) -> None:
        try:
            await send(chat_id, exercise, day)
        except TelegramError as error:
            outcome = delivery_error(error)
            if outcome is error:
                raise
            raise outcome from error

    return send_reporting


def retry_after_seconds(retry_after: float | timedelta) -> float:
    """RetryAfter.retry_after is a timedelta with PTB_TIMEDELTA=1, else seconds."""
    if isinstance(retry_after, timedelta):
        return retry_after.total_seconds()
    return float(retry_after)
