"""A conversation in the terminal with the same brain (what `make run` starts without a token)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TextIO

from bot.brain import Brain
from bot.reply import Reply, plain_text

QUIT_WORDS = {"farvel", "exit", "quit", "afslut"}


def run_chat(
    brain: Brain, read: Callable[[str], str], out: TextIO, clock: Callable[[], datetime]
) -> None:
    """Read messages until end of input; a number picks one of the last reply's suggestions."""
    phrases = brain.phrases
    out.write(phrases.terminal_intro + "\n\n")
    last: Reply | None = None
    while True:
        try:
            message = read(phrases.terminal_prompt + " ")
        except (EOFError, KeyboardInterrupt):
            break
        if message.strip().lower() in QUIT_WORDS:
            break
        reply = _picked(brain, last, message) or brain.reply(message, clock())
        out.write("\nrygbot: " + plain_text(reply) + "\n\n")
        last = reply
    out.write("\n" + phrases.terminal_goodbye + "\n")


def _picked(brain: Brain, last: Reply | None, message: str) -> Reply | None:
    """The answer to suggestion number N of the previous reply, if the message is just N."""
    choice = message.strip()
    if not last or not choice.isdigit() or not 1 <= int(choice) <= len(last.suggestions):
        return None
    return brain.answer(last.suggestions[int(choice) - 1].entry_id)
