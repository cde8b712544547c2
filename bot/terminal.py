"""A conversation in the terminal with the same brain (what `make run` starts without a token)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TextIO

from bot.conversation import Conversations
from bot.reply import plain_text

QUIT_WORDS = {"farvel", "exit", "quit", "afslut"}
# Telegram's commands that keep data, typed here: the terminal keeps only the chat's context.
FORGET_COMMANDS = {"/slet"}
MY_DATA_COMMANDS = {"/mine_data", "/minedata"}
TELEGRAM_ONLY_COMMANDS = {
    "/paamind",
    "/påmind",
    "/afmeld",
    "/dagbog",
    "/forloeb",
    "/forløb",
}
# Commands the brain reads itself (the help and the exercises); any other command gets the
# help, as Telegram answers a command it does not know.
BRAIN_COMMANDS = {"/start", "/hjaelp", "/hjælp", "/help", "/ovelser", "/øvelser"}
HELP_COMMAND = "/hjaelp"
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
        typed = message.strip().lower()
        if typed.lstrip("/") in QUIT_WORDS:  # "/quit" too, as on Telegram
            break
        command = typed.split(maxsplit=1)[0] if typed.startswith("/") else ""
        if command in FORGET_COMMANDS:
            conversations.forget(CHAT)
            text = phrases.terminal_forgotten
        elif command in MY_DATA_COMMANDS:
            text = phrases.terminal_my_data
        elif command in TELEGRAM_ONLY_COMMANDS:
            text = phrases.terminal_telegram_only
        else:
            asked = HELP_COMMAND if command and command not in BRAIN_COMMANDS else message
            text = plain_text(conversations.reply(CHAT, asked, clock()), phrases.more_hint)
        out.write("\nrygbot: " + text + "\n\n")
    out.write("\n" + phrases.terminal_goodbye + "\n")
