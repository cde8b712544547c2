"""Logging set-up that keeps message texts, update contents and the bot token out of every log.

Libraries are the risk: httpx logs each request URL (which contains the token) at INFO,
the `telegram` logger at DEBUG logs request parameters (message texts), and at CRITICAL
python-telegram-bot logs a whole update it could not parse, with every user's text in it.
Those loggers stay at WARNING or above whatever level is asked for, and a filter on the
handler rewrites every record, at every level, before it is written:

- a library's record keeps its message template but not its arguments (numbers stay,
  anything else becomes "<withheld str>"): the arguments are where updates, request
  parameters and response bodies go;
- our own records (`bot.*`) log ids and error types only, by rule, so they are kept;
- an exception keeps its traceback frames and its type, never its message, which can
  quote data ("Can not load invalid JSON data: ...");
- anything shaped like a token is redacted in what remains.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from collections.abc import Mapping
from typing import Any, TextIO

LIBRARY_LOGGERS = ("httpx", "httpcore", "telegram", "apscheduler", "tornado")
OWN_LOGGER = "bot"
# The shape of a bot token as @BotFather gives it: bot id, ':', secret part.
TOKEN_SHAPE = re.compile(r"\d+:[A-Za-z0-9_-]{20,}")
REDACTED = "<redacted>"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def redact(text: str) -> str:
    """Replace every token-shaped substring (also inside '.../bot<token>/...') by a marker."""
    return TOKEN_SHAPE.sub(REDACTED, text)


class _Withheld:
    """Stands in for a log argument that may hold user data: only its type is shown."""

    def __init__(self, value: object) -> None:
        self._text = f"<withheld {type(value).__name__}>"

    def __str__(self) -> str:
        return self._text

    __repr__ = __str__


def _safe(value: object) -> object:
    return value if isinstance(value, int | float) else _Withheld(value)


def _library_message(record: logging.LogRecord) -> str:
    """The record's template filled with numbers only."""
    template = str(record.msg)
    if not record.args:
        return template
    args: Any = record.args
    if isinstance(args, Mapping):  # logging unpacks a lone mapping argument
        keyed = "%(" in template
        args = {key: _safe(value) for key, value in args.items()} if keyed else (_Withheld(args),)
    else:
        args = tuple(_safe(value) for value in args)
    try:
        return template % args
    except (TypeError, ValueError, KeyError):  # e.g. %d given a withheld value
        return f"{template} [arguments withheld]"


def exception_outline(error: BaseException) -> str:
    """Where an exception (and each one it came from) was raised, and its type; no message."""
    parts = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = "".join(traceback.format_list(traceback.extract_tb(current.__traceback__)))
        parts.append(f"{frames}{type(current).__qualname__} (message withheld)")
        current = current.__cause__ or current.__context__
    return "Traceback (most recent call last; newest exception first):\n" + "\nfrom\n".join(parts)


class PrivacyFilter(logging.Filter):
    """Rewrites each record so that only what the module docstring allows is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        own = record.name == OWN_LOGGER or record.name.startswith(f"{OWN_LOGGER}.")
        message = record.getMessage() if own else _library_message(record)
        record.msg, record.args = redact(message), None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(exception_outline(record.exc_info[1]))
        elif record.exc_text:
            record.exc_text = "(exception text withheld)"
        record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def configure_logging(level: int, stream: TextIO | None = None) -> logging.Handler:
    """Log to `stream` (stderr) at `level`; returns the installed handler.

    Replaces handlers installed by an earlier call, so it can be called again.
    """
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(PrivacyFilter())
    handler.set_name("rygbot")
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "rygbot"]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in LIBRARY_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    return handler
