"""Every update, from long polling or the webhook, passes here on its way to the handlers.

- An update python-telegram-bot cannot parse (a "poison" update, e.g. a poll without a
  field PTB 22 requires, as an older self-hosted Bot API server sends it) is skipped:
  logged once with its id and the exception's type, counted, and remembered as handled,
  so the updates around it are answered and a restart does not meet it again.
- An update already handled (Telegram delivering it again after a crash) is skipped,
  recognised by its id; storage keeps recent ids, never contents.
- `handle` returns only once the update has been handled, so its caller acknowledges it to
  Telegram only then: delivery is at least once.

Handling takes a turn from `UrgentFirst` (a chat with a danger sign waiting goes first)
and goes through the application's update processor (`PerChatOrder`): chats concurrently,
each chat's updates in order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.storage import Storage
from bot.telegram.ordering import UrgentFirst

logger = logging.getLogger(__name__)


@dataclass
class IntakeCounts:
    handled: int = 0
    poisoned: int = 0  # could not be parsed; skipped
    duplicates: int = 0  # delivered again after being handled; skipped


class Intake:
    def __init__(
        self,
        app: Application,
        storage: Storage,
        clock: Callable[[], datetime],
        turns: UrgentFirst,
    ) -> None:
        self._app = app
        self._storage = storage
        self._clock = clock
        self._turns = turns
        self.counts = IntakeCounts()

    async def handle(self, raw: Any) -> None:
        """Handle one update as Telegram sent it (decoded JSON); returns when it is done."""
        update_id = raw.get("update_id") if isinstance(raw, dict) else None
        if not isinstance(update_id, int):
            self.counts.poisoned += 1
            logger.error("Skipped an update without an update_id")
            return
        if self._storage.was_handled(update_id):
            self.counts.duplicates += 1
            logger.info("Skipped update %d: handled before a restart", update_id)
            return
        try:
            update = Update.de_json(raw, self._app.bot)
        except Exception as error:  # any parsing failure: the update cannot be handled
            self.counts.poisoned += 1
            logger.error(
                "Skipped update %d: python-telegram-bot cannot read it (%s)",
                update_id,
                type(error).__name__,
            )
        else:
            # Handler errors end in the application's error handler, not here.
            async with self._turns.turn(update):
                await self._app.update_processor.process_update(
                    update, self._app.process_update(update)
                )
            self.counts.handled += 1
        self._storage.mark_handled(update_id, self._clock())
