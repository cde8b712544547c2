"""One function every front end calls: a chat's message in, the reply out, with context.

Telegram, the terminal chat and batch mode all talk to `Conversations`; it reads the
chat's context (bot/context.py), asks the brain, and remembers the turn.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import datetime

from bot.brain import Brain
from bot.context import ContextStore
from bot.reply import Reply


class Conversations:
    def __init__(self, brain: Brain, store: ContextStore | None = None) -> None:
        self.brain = brain
        self.store = store or ContextStore()

    def reply(self, chat: Hashable, text: str, now: datetime) -> Reply:
        """The reply to a chat's next message, read in the light of what came before."""
        context = self.store.get(chat, now)
        reply = self.brain.reply(text, now, context)
        self.store.add(chat, self.brain.turn(text, reply, context), now)
        return reply

    def answer(self, chat: Hashable, entry_id: str, now: datetime) -> Reply | None:
        """A pressed suggestion: answered like a question, and the chat's topic from then on."""
        reply = self.brain.answer(entry_id)
        if reply is not None:
            self.store.add(chat, self.brain.turn("", reply), now)
        return reply

    def forget(self, chat: Hashable) -> None:
        """Forget the chat's context (/slet)."""
        self.store.forget(chat)
