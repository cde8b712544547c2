"""A conversation in the terminal with the same brain (what `make run` starts without a token)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TextIO

from bot.conversation import Conversations
from bot.reply import plain_text

QUIT_WORDS = {"farvel", "exit", "quit", "afslut"}
# The terminal is one chat.
CHAT = "terminal"


def run_chat(
    conversations: Conversations,
    read: Callable[[str], str],
    out: TextIO,
    clock: Callable[[], datetime],
) -> None:
    """Read messages until end of input; a number picks one of the last reply's suggestions
    and 0 shows the rest of the last answer (the brain reads them with the context)."""
    phrases = conversations.brain.phrases
    out.write(phrases.terminal_intro + "\n\n")
    while True:
        try:
            message = read(phrases.terminal_prompt + " ")
        except (EOFError, KeyboardInterrupt):
            break
        if message.strip().lower().lstrip("/") in QUIT_WORDS:  # "/quit" too, as on Telegram
            break
        reply = conversations.reply(CHAT, message, clock())
        out.write("\nrygbot: " + plain_text(reply, phrases.more_hint) + "\n\n")
    out.write("\n" + phrases.terminal_goodbye + "\n")
