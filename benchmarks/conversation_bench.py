"""Conversations: how long replies are, how fast batch mode is with context, context memory.

    .venv/bin/python benchmarks/conversation_bench.py [--chats 100000] [--rounds 20]

1. Reply length: over every message of the eval sets in eval/ (conversation cases turn by
   turn, in their own chat), the characters the user sees first (warning and text, the
   "Læs mere" part not included), for ordinary answers (an entry, no danger sign) and
   for all replies; plus how long the rest is where there is one.
2. Batch latency with context on: the same messages through `run_batch` as conversation
   lines (three messages a chat), p50 and p99 per message over several rounds.
3. Context memory: `--chats` chats, each with a full context of four turns, held by a
   ContextStore bounded at that many chats; then as many again, to show the oldest are
   evicted. Prints the growth of the process's peak RSS and the store's size, for
   messages of typical length and for messages as long as the context keeps (MAX_TEXT).

Prints figures only; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.batch import run_batch  # noqa: E402
from bot.brain import Brain  # noqa: E402
from bot.context import MAX_TEXT, ContextStore, Turn  # noqa: E402
from bot.conversation import Conversations  # noqa: E402
from bot.red_flags import Tier  # noqa: E402
from bot.reply import ReplyKind, messages  # noqa: E402

NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
TURNS_PER_CHAT = 3


def eval_conversations() -> list[list[str]]:
    """Every eval set in eval/ as conversations: a single-message case is one of its own."""
    chats: list[list[str]] = []
    for path in sorted((ROOT / "eval").glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            turns = case.get("turns", [case])
            chats.append([t if isinstance(t, str) else t["text"] for t in turns])
    return chats


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def describe(name: str, lengths: list[int]) -> None:
    if not lengths:
        print(f"  {name:28} none")
        return
    print(
        f"  {name:28} n={len(lengths):4}  median={statistics.median(lengths):6.0f}  "
        f"p90={percentile(lengths, 0.9):6.0f}  max={max(lengths):6}  "
        f"<=400: {sum(n <= 400 for n in lengths) / len(lengths):5.1%}"
    )


def reply_lengths(brain: Brain, chats: list[list[str]]) -> None:
    conversations = Conversations(brain)
    ordinary, everything, rest = [], [], []
    for number, chat in enumerate(chats):
        for text in chat:
            reply = conversations.reply(number, text, NOW)
            first = sum(len(m) for m in messages(reply))
            everything.append(first)
            if reply.kind is ReplyKind.ANSWER and reply.red_flag is Tier.NONE:
                ordinary.append(first)
            if reply.more:
                rest.append(len(reply.more))
    print("Reply length, characters seen first (before 'Læs mere'):")
    describe("ordinary answers", ordinary)
    describe("all replies", everything)
    describe("the rest, where there is one", rest)


def batch_latency(brain: Brain, chats: list[list[str]], rounds: int) -> None:
    texts = [text for chat in chats for text in chat]
    lines = [
        json.dumps({"conversation": f"c{i // TURNS_PER_CHAT}", "text": t}, ensure_ascii=False)
        for i, t in enumerate(texts)
    ]
    per_message: list[float] = []
    for _ in range(rounds):
        conversations = Conversations(brain)
        for line in lines:
            started = time.perf_counter()
            run_batch(conversations, [line], io.StringIO(), lambda: NOW)
            per_message.append((time.perf_counter() - started) * 1000)
    print(
        f"Batch mode with context, {len(lines)} messages x {rounds} rounds: "
        f"p50 {statistics.median(per_message):.3f} ms, p99 {percentile(per_message, 0.99):.3f} ms"
    )


def context_memory(chats: int, length: int) -> None:
    """Fill a store bounded at `chats` with chats of four turns of `length` characters,
    then as many chats again; run in a process of its own so the RSS is the store's."""

    def rss_mib() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    before = rss_mib()
    store = ContextStore(max_chats=chats)
    sample = "min far på 80 har haft ondt i lænden siden i går, hvad skal vi gøre? "
    text = (sample * (length // len(sample) + 1))[:length]
    suggestions = ("hurtig-hjaelp", "varme-kulde", "oevelser")
    slots = frozenset({"smerte", "smerte-ord", "har-haft"})  # shared, as the slot names are
    started = time.perf_counter()
    for chat in range(2 * chats):
        for turn in range(4):
            # A fresh copy of the text per turn, as each message would be.
            fresh = f"{text[:-1]}{turn % 10}"
            turn_ = Turn(fresh, "hold-i-ryggen", None, "far", Tier.NONE, slots, suggestions, "x:1")
            store.add(chat, turn_, NOW + timedelta(microseconds=chat))
        if chat == chats - 1:
            full = rss_mib()
    elapsed = time.perf_counter() - started
    print(
        f"Context memory, {chats} chats x 4 turns of {length} characters: peak RSS "
        f"+{full - before:.0f} MiB ({(full - before) * 2**20 / chats:.0f} bytes a chat); "
        f"after {chats} more chats the store holds {len(store)} (oldest evicted), peak RSS "
        f"+{rss_mib() - before:.0f} MiB; {elapsed / (8 * chats) * 1e6:.2f} µs a turn stored"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--memory-only", type=int, metavar="LENGTH", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_only:
        context_memory(args.chats, args.memory_only)
        return
    brain = Brain.load()
    chats = eval_conversations()
    reply_lengths(brain, chats)
    batch_latency(brain, chats, args.rounds)
    # A typical message, and every message as long as the context keeps (the worst case).
    for length in (70, MAX_TEXT):
        command = [sys.executable, __file__, "--chats", str(args.chats)]
        subprocess.run([*command, "--memory-only", str(length)], check=True)


if __name__ == "__main__":
    main()
