"""Command line: `rygbot [chat | ask | telegram | feedback | chart]`.

Without a subcommand, rygbot starts the Telegram bot when a token is configured
(environment or .env) and a terminal chat otherwise.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from bot.brain import Brain
from bot.conversation import Conversations
from bot.knowledge import KnowledgeError
from bot.settings import Settings, SettingsError, load_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="rygbot", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("chat", help="talk to the bot in this terminal")
    ask = commands.add_parser("ask", help="answer messages without a chat")
    ask.add_argument("--jsonl", action="store_true", help="one message per stdin line, JSON out")
    ask.add_argument("message", nargs="*", help="a message to answer (else read stdin)")
    commands.add_parser("telegram", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    commands.add_parser("feedback", help="print the 👍/👎 counts users gave each answer")
    chart = commands.add_parser("chart", help="draw the /forloeb progress chart as a PNG")
    chart.add_argument(
        "--demo", metavar="FILE.png", type=Path, required=True, help="from made-up data"
    )
    args = parser.parse_args(argv)
    if args.command == "chart":
        return _demo_chart(args.demo)
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"rygbot: {error}", file=sys.stderr)
        return 2
    command = args.command or ("telegram" if settings.token else "chat")
    if command == "telegram":
        from bot.telegram.app import run  # imported here: chat and batch need no Telegram

        return run(settings)
    try:
        brain = Brain.load()
    except KnowledgeError as error:
        print(f"rygbot: knowledge error: {error}", file=sys.stderr)
        return 2
    if command == "feedback":
        return _print_feedback(brain, settings)
    clock = _clock(settings)
    conversations = Conversations(brain)
    if command == "chat":
        from bot.terminal import run_chat

        run_chat(conversations, input, sys.stdout, clock)
        return 0
    from bot.batch import run_batch
    from bot.reply import plain_text

    if args.jsonl:
        run_batch(conversations, sys.stdin, sys.stdout, clock)
    else:
        message = " ".join(args.message) if args.message else sys.stdin.read()
        print(plain_text(brain.reply(message, clock())))
    return 0


def _print_feedback(brain: Brain, settings: Settings) -> int:
    """One line per answer: how often it was marked useful and not useful on Telegram."""
    from bot.storage import Storage, StorageError

    try:
        storage = Storage(settings.db_path)
    except StorageError as error:
        print(f"rygbot: RYGBOT_DB {error}", file=sys.stderr)
        return 2
    try:
        counts = storage.feedback_counts()
    finally:
        storage.close()
    for entry in brain.entries:
        helpful, not_helpful = counts.get(entry.id, (0, 0))
        print(f"{helpful:6} 👍 {not_helpful:6} 👎  {entry.heading}")
    return 0


def _demo_chart(path: Path) -> int:
    """The progress chart of six made-up weeks, as shown in the README."""
    from bot.chart import demo_data, render_chart
    from bot.diary import load_diary_texts

    try:
        texts = load_diary_texts()
    except KnowledgeError as error:
        print(f"rygbot: knowledge error: {error}", file=sys.stderr)
        return 2
    today = date.today()
    scores, exercise_days = demo_data(today)
    try:
        path.write_bytes(render_chart(scores, exercise_days, today, texts))
    except OSError as error:
        print(f"rygbot: cannot write {path}: {error.strerror}", file=sys.stderr)
        return 1
    print(f"Wrote {path}")
    return 0


def _clock(settings: Settings) -> Callable[[], datetime]:
    return lambda: datetime.now(settings.timezone)


if __name__ == "__main__":
    sys.exit(main())
