"""Recovery diary: chart rendering, database size and /forloeb queries, start-up time.

    .venv/bin/python benchmarks/diary_bench.py [--users N] [--days D] [--compare-with REV]

1. Chart: the first chart in this process (matplotlib's import included), then p50 and max
   of further charts of six weeks of scores.
2. Database: N users with D days of scores each (default 100 000 x 365), written in bulk
   through SQLite into the bot's own schema; the file size, then the reads /forloeb makes
   (six weeks of scores and exercise days) for random users, p50 and max, and the daily
   retention delete of one day's scores.
3. Start-up: wall time of a fresh interpreter that sets up `rygbot telegram` (imports, the
   brain, build_application; no network) and of batch mode (`rygbot ask --jsonl` on one
   line), best of ten, and whether matplotlib got imported. With --compare-with REV the
   same is measured on that git revision (exported to a temporary directory), the two
   taking turns, for a before/after comparison.

Prints figures only; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.chart import demo_data, render_chart  # noqa: E402
from bot.diary import chart_start, load_diary_texts  # noqa: E402
from bot.storage import Storage  # noqa: E402

TODAY = date(2026, 6, 30)
TELEGRAM_SETUP = """
import sys, time
start = time.perf_counter()
from bot.brain import Brain
from bot.settings import Settings
from bot.storage import Storage
from bot.telegram.app import build_application
build_application(Settings(token="123456789:AAHbenchTokenForStartupOnly_abcdef"),
                  Brain.load(), Storage(":memory:"))
print(time.perf_counter() - start, "matplotlib" in sys.modules)
"""


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def bench_chart(repeats: int) -> None:
    assert "matplotlib" not in sys.modules
    texts = load_diary_texts()
    scores, done = demo_data(TODAY)
    start = time.perf_counter()
    png = render_chart(scores, done, TODAY, texts)
    first = time.perf_counter() - start
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        render_chart(scores, done, TODAY, texts)
        times.append(time.perf_counter() - start)
    print(
        f"chart: first (incl. matplotlib import) {ms(first)}; next {repeats}: "
        f"p50 {ms(statistics.median(times))}, max {ms(max(times))}; PNG {len(png) // 1024} KiB"
    )


def bench_database(users: int, days: int, queries: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "diary.sqlite3"
        Storage(path).close()  # the bot's schema
        first_day = TODAY - timedelta(days=days - 1)
        start = time.perf_counter()
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=OFF")  # bulk set-up only, not what the bot runs
        rng = random.Random(1)
        ordinal = first_day.toordinal()
        db.execute("BEGIN")
        db.executemany(
            "INSERT INTO pain_score (chat_id, day, score) VALUES (?, ?, ?)",
            (
                (user, ordinal + d, rng.randrange(11))
                for user in range(1, users + 1)
                for d in range(days)
            ),
        )
        db.executemany(
            "INSERT INTO done_day (chat_id, day) VALUES (?, ?)",
            (
                (user, (first_day + timedelta(days=d)).isoformat())
                for user in range(1, users + 1, 10)
                for d in range(0, days, 2)
            ),
        )
        db.execute("COMMIT")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        filled = time.perf_counter() - start
        size = path.stat().st_size
        rows = users * days
        print(
            f"database: {users} users x {days} days = {rows:,} scores written in "
            f"{filled:.0f} s; file {size / 2**20:.0f} MiB ({size / rows:.1f} bytes a score)"
        )

        storage = Storage(path)
        since = chart_start(TODAY)
        times = []
        for _ in range(queries):
            user = rng.randrange(1, users + 1)
            start = time.perf_counter()
            scores = storage.scores(user, since=since)
            storage.done_days(user, since=since)
            times.append(time.perf_counter() - start)
            assert len(scores) == 42
        print(
            f"/forloeb reads (scores + exercise days, {queries} random users): "
            f"p50 {ms(statistics.median(times))}, max {ms(max(times))}"
        )
        start = time.perf_counter()
        # The daily job the day after the oldest scores turn a year old: one day's worth.
        deleted = storage.delete_scores_before(first_day + timedelta(days=1))
        print(
            f"daily retention delete (one day of every user's scores): {deleted:,} in "
            f"{ms(time.perf_counter() - start)}"
        )
        storage.close()


def timed(command: list[str], tree: Path, stdin: str = "") -> tuple[float, str]:
    """Wall time of `command` run with `tree` first on the path, and its output."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PTB_TIMEDELTA": "1"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    start = time.perf_counter()
    result = subprocess.run(
        command, input=stdin, capture_output=True, text=True, cwd=tree, env=env, check=True
    )
    return time.perf_counter() - start, result.stdout


def bench_startup(trees: dict[str, Path], runs: int = 10) -> None:
    """Best of `runs` for each tree, the trees taking turns so that load on the machine
    hits them alike."""
    setup: dict[str, tuple[float, str]] = {}
    batch: dict[str, float] = {}
    for _ in range(runs):
        for label, tree in trees.items():
            took, output = timed([sys.executable, "-c", TELEGRAM_SETUP], tree)
            if took < setup.get(label, (float("inf"), ""))[0]:
                setup[label] = (took, output)
            took, _ = timed([sys.executable, "-m", "bot.cli", "ask", "--jsonl"], tree, "hej\n")
            batch[label] = min(batch.get(label, float("inf")), took)
    for label in trees:
        took, output = setup[label]
        inner, imported = output.split()
        print(
            f"start-up [{label}]: rygbot telegram set-up {ms(took)} (in-process "
            f"{ms(float(inner))}, matplotlib imported: {imported}); batch mode, one line "
            f"{ms(batch[label])}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--charts", type=int, default=30)
    parser.add_argument("--compare-with", metavar="REV", help="git revision for 'before'")
    parser.add_argument("--startup-only", action="store_true", help="skip chart and database")
    args = parser.parse_args()
    print(
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} CPUs"
    )
    if not args.startup_only:
        bench_chart(args.charts)
        bench_database(args.users, args.days, args.queries)
    if not args.compare_with:
        bench_startup({"now": ROOT})
        return
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.compare_with],
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        bench_startup({f"before: {args.compare_with}": Path(folder), "now": ROOT})


if __name__ == "__main__":
    main()
