"""Who is handled first when updates have to wait: a chat with a danger sign waiting."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from bot.telegram.ordering import UrgentFirst


def update_from(chat_id: int) -> Any:
    """Stands in for an Update: only its chat is read."""
    return SimpleNamespace(effective_chat=SimpleNamespace(id=chat_id))


async def test_a_chat_with_a_danger_sign_waiting_is_handled_first_in_its_own_order() -> None:
    urgent = set()
    turns = UrgentFirst(1, lambda update: id(update) in urgent)
    handled: list[str] = []

    async def handle(name: str, update: Any) -> None:
        async with turns.turn(update):
            handled.append(name)
            await asyncio.sleep(0)

    first = update_from(1)
    queue = {
        "chat 2, first": update_from(2),
        "chat 3, first": update_from(3),
        "chat 4, calm": update_from(4),
        "chat 3, danger sign": update_from(3),
        "chat 2, second": update_from(2),
    }
    urgent.add(id(queue["chat 3, danger sign"]))
    await asyncio.gather(handle("chat 1", first), *(handle(n, u) for n, u in queue.items()))
    assert handled == [
        "chat 1",  # already being handled
        "chat 3, first",  # the chat with the danger sign, in its order
        "chat 3, danger sign",
        "chat 2, first",
        "chat 4, calm",
        "chat 2, second",
    ]
