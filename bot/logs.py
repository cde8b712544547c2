"""Logging set-up that keeps message texts and the bot token out of every log.

Libraries are the risk: httpx logs each request URL (which contains the token) at INFO,
and the `telegram` logger at DEBUG logs request parameters (message texts). Those
loggers stay at WARNING or above whatever level is asked for, and a filter on the
handler redacts anything shaped like a token that still gets through (for example
inside an exception message).
"""

from __future__ import annotations

import logging
import re
import sys
from typing import TextIO

LIBRARY_LOGGERS = ("httpx", "httpcore", "telegram", "apscheduler", "tornado")
# The shape of a bot token as @BotFather gives it: bot id, ':', secret part.
TOKEN_SHAPE = re.compile(r"\d+:[A-Za-z0-9_-]{20,}")
REDACTED = "<redacted>"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def redact(text: str) -> str:
    """Replace every token-shaped substring (also inside '.../bot<token>/...') by a marker."""
    return TOKEN_SHAPE.sub(REDACTED, text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message and exception text with tokens redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg, record.args = redact(message), None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def configure_logging(level: int, stream: TextIO | None = None) -> logging.Handler:
    """Log to `stream` (stderr) at `level`; returns the installed handler.

    Replaces handlers installed by an earlier call, so it can be called again.
    """
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(RedactingFilter())
    handler.set_name("rygbot")
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "rygbot"]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in LIBRARY_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    return handler
