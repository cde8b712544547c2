"""How many text messages a second the Telegram bot answers, end to end.

    .venv/bin/python benchmarks/telegram_throughput.py [--updates N] [--chats C]
                                                        [--limited-updates M]

The real Application (built by `build_application`, real Brain, SQLite storage) long-polls
a fake Bot API server running in its own process, so the server's CPU is not the bot's.
The server queues N text updates from C chats at once and times until every answer
(one sendMessage each; a "typing…" sendChatAction comes first when the budget has room)
has arrived.

Runs with Telegram's limits lifted (rate limiter set to 1 000 000/s) show the bot's own
capacity: on loopback (CPU-bound: PTB + httpx + brain), from one chat (handled strictly
in order), and with every API call answered after 50 ms, like a real network round trip
(where handling chats concurrently matters). The last run uses the production rate
limiter (30 requests/s that carry a chat id): what users would see at peak.

Prints figures only; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime
from multiprocessing.connection import Connection
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PTB_TIMEDELTA", "1")

from bot.brain import Brain  # noqa: E402
from bot.reply import messages  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.storage import Storage  # noqa: E402
from bot.telegram.app import build_application  # noqa: E402
from bot.telegram.sending import SendScheduler  # noqa: E402
from tests.fake_bot_api import FAKE_TOKEN, FakeBotApi, polling  # noqa: E402

TZ = ZoneInfo("Europe/Copenhagen")
QUESTIONS = (
    "Hvad hjælper hurtigt mod ondt i lænden?",
    "Må jeg træne med iskias?",
    "hvor længe varer det normalt",
    "Jeg har ondt i ryggen og kan ikke holde på vandet",  # red flag: warning first
    "hjælper varme eller kulde",
    "skal jeg have en MR scanning",
)


# --- the server process -----------------------------------------------------------------


def serve(conn: Connection) -> None:
    """Fake Bot API; each request (updates, chats) is answered with timings."""

    async def main() -> None:
        loop = asyncio.get_running_loop()
        async with FakeBotApi() as fake:
            conn.send(fake.port)
            while (job := await loop.run_in_executor(None, conn.recv)) is not None:
                conn.send(await burst(fake, *job))

    asyncio.run(main())


async def burst(fake: FakeBotApi, updates: int, chats: int, delay: float) -> dict[str, object]:
    for method in ("sendMessage", "sendChatAction"):
        fake.slow(method, delay, times=updates)
    before = fake.sent_total
    first_chat = 1_000_000 + before  # fresh chats each burst: answers pair up with pushes
    pushed: dict[int, list[float]] = defaultdict(list)
    start = time.perf_counter()
    for number in range(updates):
        chat = first_chat + number % chats
        pushed[chat].append(time.perf_counter())
        fake.push_text(chat, QUESTIONS[number % len(QUESTIONS)])
    await fake.wait_until(lambda: fake.sent_total >= before + updates, timeout=3600)
    elapsed = time.perf_counter() - start
    fake.clear_faults()
    latencies = [
        sent.sent_at - pushed_at
        for chat, times in pushed.items()
        for sent, pushed_at in zip(fake.messages[chat], times, strict=True)
    ]
    return {"elapsed": elapsed, "latencies": sorted(latencies), "requests": len(fake.calls)}


# --- the bot ------------------------------------------------------------------------------


Run = tuple[str, int, int, float, bool]  # label, updates, chats, server delay (s), limited


async def measure(port: int, conn: Connection, runs: list[Run]) -> None:
    brain = Brain.load()
    now = time.time()
    for question in QUESTIONS:  # so one answer is one message and counting is exact
        reply = brain.reply(question, datetime.now(TZ))
        assert len(messages(reply)) == 1, question
    with tempfile.TemporaryDirectory() as tmp:
        storage = Storage(Path(tmp) / "bench.sqlite3")
        settings = Settings(
            token=FAKE_TOKEN, api_base_url=f"http://127.0.0.1:{port}/bot", timezone=TZ
        )
        for label, updates, chats, delay, limited in runs:
            limiter = SendScheduler() if limited else SendScheduler(rate=1_000_000)
            app = build_application(settings, brain, storage, rate_limiter=limiter)
            async with polling(app, poll_timeout=1):
                conn.send((updates, chats, delay))
                result = await asyncio.get_running_loop().run_in_executor(None, conn.recv)
            report(label, updates, chats, result)
        storage.close()
    print(f"(total wall time {time.time() - now:.1f} s)")


def report(label: str, updates: int, chats: int, result: dict[str, object]) -> None:
    elapsed = float(result["elapsed"])  # type: ignore[arg-type]
    latencies: list[float] = result["latencies"]  # type: ignore[assignment]
    quantiles = statistics.quantiles(latencies, n=100)
    print(
        f"{label}: {updates} messages from {chats} chats answered in {elapsed:.2f} s = "
        f"{updates / elapsed:,.0f} answers/s; latency p50 {quantiles[49] * 1000:.0f} ms, "
        f"p95 {quantiles[94] * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=5000)
    parser.add_argument("--chats", type=int, default=500)
    parser.add_argument("--limited-updates", type=int, default=150)
    args = parser.parse_args()
    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=serve, args=(theirs,), daemon=True)
    server.start()
    port = ours.recv()
    runs: list[Run] = [
        ("warm-up", 200, 50, 0.0, False),
        ("Limits lifted, loopback", args.updates, args.chats, 0.0, False),
        ("Limits lifted, one chat", 500, 1, 0.0, False),
        ("Limits lifted, 50 ms per API call", 1000, 200, 0.05, False),
        ("Production rate limiter", args.limited_updates, args.limited_updates, 0.0, True),
    ]
    asyncio.run(measure(port, ours, runs))
    ours.send(None)
    server.join(5)


if __name__ == "__main__":
    main()
