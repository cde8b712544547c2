"""kill -9 with updates in hand, then a restart: every update is answered, and only once.

The bot runs as `rygbot telegram` in a subprocess, long-polling the fake Bot API server
in this process; SIGKILL gives it no chance to clean up.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from tests.fake_bot_api import FakeBotApi

CHATS = range(5000, 5040)  # one message each: a chat's messages are its answers
ANSWERED_BEFORE_THE_KILL = 10


async def start_bot(fake: FakeBotApi, tmp_path: Path) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "RYGBOT_DB": str(tmp_path / "rygbot.sqlite3"),
        "RYGBOT_LOG_LEVEL": "WARNING",
    }
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "telegram", cwd=tmp_path, env=env
    )


async def test_kill_9_then_restart_answers_every_update_once(tmp_path: Path) -> None:
    async with FakeBotApi() as fake:
        for chat in CHATS:
            fake.push_text(chat, "/hjaelp")
        first = await start_bot(fake, tmp_path)
        try:
            await fake.wait_until(lambda: fake.sent_total >= ANSWERED_BEFORE_THE_KILL, 30)
            # From now on no send gets through: the updates in hand stay unfinished.
            fake.fail("sendMessage", 500, delay=3600, times=len(CHATS))
            sends = len(fake.calls_to("sendMessage"))
            await fake.wait_until(lambda: len(fake.calls_to("sendMessage")) > sends + 2)
            await asyncio.sleep(0.2)  # the answers that got through are recorded as handled
        finally:
            first.send_signal(signal.SIGKILL)
            await first.wait()
        answered = fake.sent_total
        assert ANSWERED_BEFORE_THE_KILL <= answered < len(CHATS)
        fake.clear_faults()

        second = await start_bot(fake, tmp_path)
        try:
            await fake.wait_until(lambda: all(fake.messages[chat] for chat in CHATS), 30)
        finally:
            second.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(second.wait(), 30) == 0
        assert {chat: len(fake.messages[chat]) for chat in CHATS} == dict.fromkeys(CHATS, 1)
