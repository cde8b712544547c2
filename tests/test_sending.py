"""The send scheduler on its own: who goes first, when "typing…" is skipped, what is retried.

Calls are plain coroutines standing in for Bot API requests; no server is involved.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.telegram.sending import NO_RETRY, URGENT, Backoff, SendPolicy, SendScheduler

FAST = Backoff(first=0.01, factor=2.0, cap=0.02, deadline=0.5)


class Api:
    """Records the order of calls; `errors` are raised, one per call, before succeeding."""

    def __init__(self, *errors: Exception) -> None:
        self.calls: list[str] = []
        self.errors = list(errors)

    def call(
        self,
        scheduler: SendScheduler,
        name: str,
        policy: SendPolicy | None = None,
        endpoint: str = "sendMessage",
        chat_id: int = 1,
    ) -> Any:
        async def request() -> bool:
            self.calls.append(name)
            if self.errors:
                raise self.errors.pop(0)
            return True

        return scheduler.process_request(request, (), {}, endpoint, {"chat_id": chat_id}, policy)


async def test_urgent_replies_overtake_waiting_ones() -> None:
    scheduler = SendScheduler(rate=50.0)
    scheduler._tokens = 0  # the budget is spent: everything waits
    api = Api()
    waiting = [asyncio.create_task(api.call(scheduler, f"answer {n}")) for n in range(5)]
    await asyncio.sleep(0)
    urgent = asyncio.create_task(api.call(scheduler, "warning", URGENT))
    await asyncio.gather(*waiting, urgent)
    assert api.calls == ["warning", *[f"answer {n}" for n in range(5)]]


async def test_typing_is_skipped_while_replies_wait_and_sent_when_idle() -> None:
    scheduler = SendScheduler(rate=50.0)
    api = Api()
    assert await api.call(scheduler, "typing idle", endpoint="sendChatAction") is True
    scheduler._tokens = 0
    reply = asyncio.create_task(api.call(scheduler, "reply"))
    await asyncio.sleep(0)
    assert await api.call(scheduler, "typing busy", endpoint="sendChatAction") is True
    await reply
    assert api.calls == ["typing idle", "reply"]


@pytest.mark.parametrize(
    "error",
    [NetworkError("Bad Gateway"), TimedOut(), RetryAfter(timedelta(seconds=0.05))],
    ids=["5xx", "timeout", "flood-wait"],
)
async def test_passing_errors_are_retried(error: Exception) -> None:
    api = Api(error, error)
    assert await api.call(SendScheduler(backoff=FAST), "reply") is True
    assert api.calls == ["reply"] * 3


@pytest.mark.parametrize(
    "error", [Forbidden("blocked"), BadRequest("Chat not found")], ids=["403", "400"]
)
async def test_permanent_errors_are_raised_at_once(error: Exception) -> None:
    api = Api(error)
    with pytest.raises(type(error)):
        await api.call(SendScheduler(backoff=FAST), "reply")
    assert api.calls == ["reply"]


async def test_retries_stop_at_the_deadline_and_not_retried_calls_fail_at_once() -> None:
    api = Api(*[NetworkError("down")] * 1000)
    with pytest.raises(NetworkError):
        await api.call(SendScheduler(backoff=FAST), "reply")
    assert 10 < len(api.calls) < 60  # 0.5 s of tries 10-20 ms apart
    api.calls.clear()
    with pytest.raises(NetworkError):
        await api.call(SendScheduler(backoff=FAST), "reminder", NO_RETRY)
    assert api.calls == ["reminder"]
