"""What users lose when things go wrong: crashes, failing sends, bursts.

    .venv/bin/python benchmarks/faults.py [--kill-seconds S] [--flaky-messages N]
                                           [--burst-chats C]

Against the fake Bot API server (tests/fake_bot_api.py) on 127.0.0.1:

1. **Repeated kill -9.** `rygbot telegram` runs as a subprocess; messages arrive at 60 a
   second from distinct chats for S seconds while the bot is killed with SIGKILL every
   1-2.5 s (random, seeded) and started again; then the last bot drains the queue.
   Prints messages accepted by the server vs answered, and answered twice.
2. **2 % of sends failing.** N questions from N chats; 2 % of sendMessage calls fail at
   random: 500, 502, 429 (retry after 1 s), an HTML error page, a dropped connection or
   a timeout. Prints answers lost (goal 0) and answers sent twice.
3. **A burst.** 1 000 messages from C chats (5 each, every sixth a danger sign) at once,
   with the production limits (30 messages a second). Prints the drain rate (goal ≥ 28/s)
   and the worst wait of an urgent reply (goal < 5 s), measured from the user's send
   and from the moment the bot fetched the message.

Prints figures only; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import random
import signal
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PTB_TIMEDELTA", "1")

from bot.brain import Brain  # noqa: E402
from bot.logs import configure_logging  # noqa: E402
from bot.reply import messages  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.storage import Storage  # noqa: E402
from bot.telegram.app import build_application, intake_of  # noqa: E402
from bot.telegram.sending import SendScheduler  # noqa: E402
from tests.fake_bot_api import FakeBotApi, polling  # noqa: E402

TZ = ZoneInfo("Europe/Copenhagen")
QUESTIONS = (
    "Hvad hjælper hurtigt mod ondt i lænden?",
    "Må jeg træne med iskias?",
    "hvor længe varer det normalt",
    "hjælper varme eller kulde",
    "skal jeg have en MR scanning",
    "Jeg har ondt i ryggen og kan ikke holde på vandet",  # red flag: urgent
)
URGENT = QUESTIONS[-1]


def one_message_each(brain: Brain) -> None:
    """Every question's answer is one message, so answers can be counted per chat."""
    for question in QUESTIONS:
        assert len(messages(brain.reply(question, datetime.now(TZ)))) == 1, question


def answered(fake: FakeBotApi, chats: range) -> tuple[int, int]:
    """(chats answered at least once, chats answered more than once)."""
    counts = [len(fake.messages[chat]) for chat in chats]
    return sum(1 for c in counts if c), sum(1 for c in counts if c > 1)


# --- 1. repeated kill -9 --------------------------------------------------------------------


async def start_bot(fake: FakeBotApi, db: Path) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "RYGBOT_DB": str(db),
        "RYGBOT_LOG_LEVEL": "ERROR",
    }
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "telegram", cwd=db.parent, env=env
    )


async def kill_nine(seconds: float) -> None:
    rng = random.Random(9)
    count = int(seconds * 60)
    chats = range(100_000, 100_000 + count)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "rygbot.sqlite3"
        async with FakeBotApi() as fake:

            async def users() -> None:
                for number, chat in enumerate(chats):
                    fake.push_text(chat, QUESTIONS[number % len(QUESTIONS)])
                    await asyncio.sleep(1 / 60)

            sending = asyncio.create_task(users())
            kills = 0
            bot = await start_bot(fake, db)
            while not sending.done():
                await asyncio.sleep(rng.uniform(1.0, 2.5))
                bot.send_signal(signal.SIGKILL)
                await bot.wait()
                kills += 1
                bot = await start_bot(fake, db)
            with contextlib.suppress(TimeoutError):  # what is never answered is counted below
                await fake.wait_until(lambda: answered(fake, chats)[0] == count, timeout=120)
            bot.send_signal(signal.SIGTERM)
            await bot.wait()
            got, twice = answered(fake, chats)
    print(
        f"1. kill -9 every 1-2.5 s ({kills} kills) while {count} messages came at 60/s: "
        f"{count} accepted, {got} answered, {count - got} lost, {twice} answered twice"
    )


# --- 2. failing sends -----------------------------------------------------------------------


async def failing_sends(brain: Brain, count: int) -> None:
    chats = range(200_000, 200_000 + count)
    with tempfile.TemporaryDirectory() as tmp:
        storage = Storage(Path(tmp) / "rygbot.sqlite3")
        async with FakeBotApi() as fake:
            settings = Settings(token=fake.token, api_base_url=fake.base_url, timezone=TZ)
            # Limits lifted so the run is short; retries and backoff as in production.
            app = build_application(
                settings, brain, storage, rate_limiter=SendScheduler(rate=1_000), read_timeout=1.0
            )
            fake.flaky("sendMessage", 0.02, timeout=2.0)
            started = time.perf_counter()
            async with polling(app):
                for number, chat in enumerate(chats):
                    fake.push_text(chat, QUESTIONS[number % len(QUESTIONS)])
                await fake.wait_until(lambda: intake_of(app).counts.handled == count, timeout=600)
            elapsed = time.perf_counter() - started
            got, twice = answered(fake, chats)
            tries = len(fake.calls_to("sendMessage"))
        storage.close()
    print(
        f"2. {count} questions, 2 % of {tries} sends failing at random: {count - got} answers "
        f"lost, {twice} sent twice, {elapsed:.1f} s"
    )


# --- 3. a burst -----------------------------------------------------------------------------


async def burst(brain: Brain, chats_count: int) -> None:
    per_chat = 5
    count = chats_count * per_chat
    chats = range(300_000, 300_000 + chats_count)
    with tempfile.TemporaryDirectory() as tmp:
        storage = Storage(Path(tmp) / "rygbot.sqlite3")
        async with FakeBotApi() as fake:
            settings = Settings(token=fake.token, api_base_url=fake.base_url, timezone=TZ)
            app = build_application(settings, brain, storage)  # production limits
            async with polling(app, poll_timeout=1):
                pushed: dict[int, list[tuple[int, float, bool]]] = {chat: [] for chat in chats}
                start = time.perf_counter()
                for number in range(count):
                    chat = chats[number % chats_count]
                    question = QUESTIONS[number % len(QUESTIONS)]
                    update_id = fake.push_text(chat, question)
                    pushed[chat].append((update_id, time.perf_counter(), question == URGENT))
                await fake.wait_until(lambda: fake.sent_total >= count, timeout=600)
                elapsed = time.perf_counter() - start
            calls = len(fake.calls)
            typing = len(fake.calls_to("sendChatAction"))
            waits, fetched_waits = [], []
            for chat, sent in pushed.items():
                for (update_id, at, urgent), answer in zip(sent, fake.messages[chat], strict=True):
                    if urgent:
                        waits.append(answer.sent_at - at)
                        fetched_waits.append(answer.sent_at - fake.fetched_at[update_id])
        storage.close()
    print(
        f"3. burst of {count} messages from {chats_count} chats ({len(waits)} urgent), "
        f"30/s limit: drained in {elapsed:.1f} s = {count / elapsed:.1f} answers/s; "
        f"worst urgent wait {max(waits):.1f} s from the user's send, "
        f"{max(fetched_waits):.1f} s from the bot's fetch; {calls} API calls "
        f"({typing} typing)"
    )


async def main_async(args: argparse.Namespace) -> None:
    configure_logging(logging.CRITICAL)  # the retries' warnings would drown the figures
    brain = Brain.load()
    one_message_each(brain)
    await kill_nine(args.kill_seconds)
    await failing_sends(brain, args.flaky_messages)
    await burst(brain, args.burst_chats)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kill-seconds", type=float, default=10.0)
    parser.add_argument("--flaky-messages", type=int, default=1000)
    parser.add_argument("--burst-chats", type=int, default=200)
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
