"""Shared test set-up."""

import os

# RetryAfter reads retry_after as seconds with a deprecation warning (an error under
# filterwarnings=error) unless PTB_TIMEDELTA is set; the app sets it too (bot.telegram).
os.environ.setdefault("PTB_TIMEDELTA", "1")
