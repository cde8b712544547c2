"""The Telegram adapter: a thin python-telegram-bot layer around the brain and the reminders."""

import os

# PTB 22 warns (an error under pytest's filterwarnings) when RetryAfter.retry_after is read
# as seconds; opting in makes it a timedelta. Read at call time, so setting it here, before
# any handler runs, is enough.
os.environ.setdefault("PTB_TIMEDELTA", "1")
