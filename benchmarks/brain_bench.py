"""Latency, start-up and memory of the whole brain: red flags, matching, reply composition.

    .venv/bin/python benchmarks/brain_bench.py [--quick] [--sizes real,1000,10000]
    .venv/bin/python benchmarks/brain_bench.py --profile real|1000|10000 [--quick]

Measures `brain.reply(text, now)` for a mix of Danish messages (below) against
(a) the real knowledge base and (b) synthetic bases of 1 000 and 10 000 entries made by
recombining the real entries' words with seeded random variation. Each size runs in
its own subprocess so ru_maxrss belongs to that size alone.

- cold: each message once, right after every lru cache of the bot's modules was cleared
  (the Analyzer and red-flag detector cache per-word work); "first" is the very first
  reply after building the brain.
- warm: every message many times, interleaved; p50 and p99 over all calls.
- start-up: `import bot.brain` + `Brain.load()` in a fresh interpreter, median of runs:
  every start after the first (the modules compiled and the brain kept by the first
  start, as on a user's machine: the bytecode and the knowledge cache go to temporary
  folders, not the repository's), and a first start (the bot's own modules compiled,
  the knowledge files parsed and the brain built, with an empty knowledge cache).
- memory: tracemalloc peak while building the brain and answering every message once,
  and the worker process's ru_maxrss.

`--quick` is a smoke run: two repetitions, real and 1 000 entries only (unless --sizes).
`--profile SIZE` runs the warm loop of one size under cProfile and prints where the time
goes. Prints figures only; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.brain import Brain  # noqa: E402
from bot.knowledge import (  # noqa: E402
    KNOWLEDGE_DIR,
    Entry,
    load_entries,
)
from bot.normalise import fold  # noqa: E402

SIZES = ("real", "1000", "10000")
SEED = 20240501
# A weekday morning and a night: the urgent-care advice depends on the hour.
CLOCKS = (
    datetime(2024, 5, 1, 8, 15, tzinfo=UTC),
    datetime(2024, 5, 4, 1, 30, tzinfo=UTC),
)
TARGET_REAL_P50_MS = 0.5
TARGET_REAL_P99_MS = 2.0
TARGET_10000_P50_MS = 20.0
TARGET_STARTUP_MS = 300.0

# Written for this benchmark (not taken from the evaluation set): what people type.
MESSAGES: tuple[tuple[str, str], ...] = (
    ("keyword", "iskias"),
    ("keyword", "bird-dog"),
    ("keyword", "kat-ko"),
    ("keyword", "varme eller kulde"),
    ("keyword", "MR-scanning"),
    ("keyword", "øvelser"),
    ("keyword", "hold i ryggen"),
    ("keyword", "fysioterapeut"),
    ("keyword", "prolaps"),
    ("keyword", "slidgigt"),
    ("question", "Hvad kan jeg selv gøre, når jeg har ondt i lænden?"),
    ("question", "Hvor længe går der, før lændesmerter går over?"),
    ("question", "Må jeg gå på arbejde med ondt i ryggen?"),
    ("question", "Er det farligt at styrketræne, når man har ondt i lænden?"),
    ("question", "Hvordan laver man knæ til bryst-øvelsen?"),
    ("question", "Skal jeg have taget et røntgenbillede af ryggen?"),
    ("question", "Hvordan undgår jeg at få ondt i ryggen igen?"),
    ("question", "Kan en fysioterapeut få smerterne helt væk?"),
    ("question", "Hvad er forskellen på iskias og almindelige rygsmerter?"),
    ("question", "Hvornår bør jeg gå til lægen med min ryg?"),
    ("typo", "hvad hjaelper mod ondt i laenden"),
    ("typo", "kan jeg trane med iskas"),
    ("typo", "hvor lang tid varer ondt i lenden normalt"),
    ("typo", "hvilke ovelser er gode for ryggen"),
    ("typo", "er varme eler kulde bedst"),
    ("typo", "skal jeg blive hjemme fra arbjede"),
    ("typo", "hvordan finder jeg en fysoterapeut"),
    ("typo", "hvad er en diskusprolabs"),
    ("typo", "min ryg er gaaet i baglaas hvad gor jeg"),
    ("typo", "hvorfor faar man ondt i ryggen"),
    (
        "long",
        "Hej. Jeg er 54 år og har arbejdet som tømrer i 30 år. I sidste uge løftede jeg en "
        "tung bjælke, og siden har jeg haft ondt nederst i ryggen. Det stråler lidt ned i "
        "højre balde, men ikke længere. Jeg har prøvet en varmepude. Hvilke øvelser kan jeg "
        "lave derhjemme?",
    ),
    (
        "long",
        "Min datter på 16 spiller håndbold fire gange om ugen. Hun klager over at ryggen er "
        "stiv om morgenen. Træneren siger hun skal styrketræne mere. Kan det gøre det værre?",
    ),
    (
        "long",
        "Jeg sidder foran en skærm otte timer om dagen og har fået ondt i lænden. Jeg har "
        "hævet skrivebord, men bruger det aldrig. Er det stillingen der giver smerterne, og "
        "hvad kan jeg gøre anderledes på kontoret?",
    ),
    (
        "long",
        "Godmorgen. Jeg har haft ondt i ryggen i tre måneder nu, og det bliver ikke bedre. "
        "Lægen har sagt at det nok er en muskel. Jeg er bange for at det er noget alvorligt. "
        "Skal jeg insistere på en scanning? Hvad siger artiklen om det?",
    ),
    (
        "long",
        "Jeg har fået at vide at jeg har en diskusprolaps mellem 4. og 5. lændehvirvel. Det "
        "jager ned i benet når jeg hoster. Jeg har ingen feber og kan sagtens holde på vandet. "
        "Må jeg stadig gå mine lange ture med hunden, eller skal jeg holde mig i ro?",
    ),
    (
        "long",
        "hej jeg har lige løftet min søn op fra gulvet og så sagde det knæk i ryggen og nu kan "
        "jeg næsten ikke rette mig op det gør virkelig ondt og jeg ved ikke om jeg skal ligge "
        "ned eller gå rundt hvad er bedst lige nu",
    ),
    (
        "long",
        "Jeg er gravid i 7. måned og har ondt i lænden hver aften. Jeg har læst om kat-ko "
        "øvelsen. Er den god for mig, og hvor mange gange skal jeg lave den? Skal jeg bruge "
        "varme eller kulde bagefter?",
    ),
    (
        "long",
        " ".join(
            [
                "Jeg har haft ondt i lænden i lang tid, især når jeg har siddet stille, og det "
                "bliver bedre når jeg går en tur."
            ]
            * 12
        )
        + " Hvad kan jeg gøre?",
    ),
    ("red-flag", "Jeg kan ikke holde på vandet og har ondt i ryggen"),
    ("red-flag", "Jeg har mistet følelsen i skridtet siden i går"),
    ("red-flag", "Mine ben bliver svagere og svagere, jeg snubler hele tiden"),
    ("red-flag", "Jeg har 39 i feber og ondt i lænden"),
    ("red-flag", "Jeg har tabt 10 kilo uden at prøve, og ryggen gør ondt"),
    ("red-flag", "Jeg har haft kræft for fem år siden, og nu har jeg fået ondt i ryggen"),
    ("red-flag", "Jeg vågner hver nat af smerter i ryggen"),
    ("red-flag", "kan pludselig naesten ikke gaa"),
    ("red-flag", "jeg tisser i bukserne uden at kunne maerke det"),
    ("red-flag", "Ingen feber, intet vægttab, har bare ondt i lænden når jeg løfter"),
    ("off-topic", "Hvad bliver vejret i morgen?"),
    ("off-topic", "Jeg har ondt i nakken og skuldrene"),
    ("off-topic", "Hvor meget ibuprofen må jeg tage?"),
    ("off-topic", "Hvem vandt Tour de France sidste år?"),
    ("off-topic", "Kan du anbefale en god pizzeria i Aarhus?"),
    ("off-topic", "Hvordan får jeg min kat til at holde op med at kradse i sofaen"),
    ("off-topic", "Hjælper akupunktur mod migræne?"),
    ("smalltalk", "hej"),
    ("smalltalk", "tak for hjælpen"),
    ("smalltalk", "hvad kan du"),
    ("garbage", ""),
    ("garbage", "   "),
    ("garbage", "🙂🙂🙂"),
    ("garbage", "asdfghjkl qwerty"),
    ("garbage", "?!?!?!"),
    ("garbage", "\u200b\u200d\u2066\u2069"),
    ("garbage", "ryg " * 600),
    ("garbage", "لدي ألم في أسفل الظهر"),
    ("garbage", "😭😭 ondt i ryggen 😭😭"),
    ("garbage", "ÆØÅ æøå ÆØÅ 1234567890 %&/()"),
)
KINDS = tuple(dict.fromkeys(kind for kind, _ in MESSAGES))


# --- building brains ------------------------------------------------------------------------


_WORD = re.compile(r"\w+")
# Per word of a synthetic text: the chance it is swapped for another knowledge word
# (drawn by its real frequency) and the chance it becomes a new compound of two of them.
SWAP = 0.25
COMPOUND = 0.015


def synthetic_entries(real: tuple[Entry, ...], size: int, seed: int = SEED) -> tuple[Entry, ...]:
    """The real entries plus variations of them up to `size` entries.

    Each new entry copies a random real entry and rewrites every text word by word:
    some words become other knowledge words (so term frequencies stay realistic),
    a few become new compounds ("lænde" + "pude"), so the vocabulary keeps growing
    with the size of the base as real text does (Heaps' law). Ids are unique.
    """
    rng = random.Random(seed)
    tokens = [w for e in real for t in _texts(e) for w in fold(t).split()]
    long_tokens = [w for w in tokens if len(w) >= 4]

    def vary(text: str) -> str:
        def word(match: re.Match[str]) -> str:
            draw = rng.random()
            if draw < SWAP:
                return rng.choice(tokens)
            if draw < SWAP + COMPOUND:
                return rng.choice(long_tokens) + rng.choice(long_tokens)
            return match.group()

        return _WORD.sub(word, text)

    entries = list(real)
    for number in range(size - len(real)):
        base = rng.choice(real)
        other = rng.choice(real)
        alternates = rng.sample(base.alternates, rng.randint(8, len(base.alternates)))
        entries.append(
            replace(
                base,
                id=f"syn-{number}",
                heading=vary(base.heading),
                answer=vary(base.answer) + "\n\n" + vary(other.answer.split("\n\n")[0]),
                alternates=tuple(vary(a) for a in alternates),
                keywords=tuple(vary(k) for k in base.keywords),
            )
        )
    return tuple(entries)


def _texts(entry: Entry) -> tuple[str, ...]:
    return (entry.heading, entry.answer, *entry.alternates, *entry.keywords)


def build(size: str) -> Brain:
    """A brain over the real or synthetic entries, with the real language data, red flags
    and phrases; built in full, never the brain kept for the next start (see start-up)."""
    real = load_entries(KNOWLEDGE_DIR / "entries.yaml")
    return Brain.load(entries=real if size == "real" else synthetic_entries(real, int(size)))


# --- measuring ---------------------------------------------------------------------------------


def bot_caches() -> list[Callable[[], None]]:
    """`cache_clear` of every lru cache that wraps code of the bot's modules."""
    caches = []
    for obj in gc.get_objects():
        try:
            mine = str(getattr(obj, "__module__", "")).startswith("bot.")
            clear = getattr(obj, "cache_clear", None) if mine else None
        except Exception:  # some library objects raise on getattr
            continue
        if callable(clear):
            caches.append(clear)
    return caches


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered)) - 1))]


def timed_reply(brain: Brain, text: str, now: datetime) -> tuple[float, float]:
    """Wall-clock and CPU milliseconds of one reply (CPU time leaves out preemption)."""
    start, start_cpu = time.perf_counter_ns(), time.thread_time_ns()
    brain.reply(text, now)
    return (time.perf_counter_ns() - start) / 1e6, (time.thread_time_ns() - start_cpu) / 1e6


def repetitions(size: str, quick: bool) -> int:
    full = {"real": 300, "1000": 40, "10000": 8}
    return 2 if quick else full[size]


def warm_loop(brain: Brain, reps: int) -> tuple[list[list[float]], list[float]]:
    """Every message `reps` times, interleaved: wall ms per message (MESSAGES order), CPU ms."""
    latencies: list[list[float]] = [[] for _ in MESSAGES]
    cpu: list[float] = []
    for rep in range(reps):
        now = CLOCKS[rep % len(CLOCKS)]
        for index, (_, text) in enumerate(MESSAGES):
            wall, used = timed_reply(brain, text, now)
            latencies[index].append(wall)
            cpu.append(used)
    return latencies, cpu


def worker(size: str, quick: bool) -> dict[str, object]:
    start = time.perf_counter()
    brain = build(size)
    build_ms = (time.perf_counter() - start) * 1000
    first_ms = timed_reply(brain, MESSAGES[10][1], CLOCKS[0])[0]
    caches = bot_caches()
    cold: list[float] = []
    for index, (_, text) in enumerate(MESSAGES):
        for clear in caches:
            clear()
        cold.append(timed_reply(brain, text, CLOCKS[index % len(CLOCKS)])[0])
    latencies, cpu = warm_loop(brain, repetitions(size, quick))
    warm = [ms for values in latencies for ms in values]
    by_kind = {
        kind: [
            ms
            for (k, _), values in zip(MESSAGES, latencies, strict=True)
            if k == kind
            for ms in values
        ]
        for kind in KINDS
    }
    medians = [statistics.median(values) for values in latencies]
    slowest = sorted(
        ((ms, kind, text) for ms, (kind, text) in zip(medians, MESSAGES, strict=True)), reverse=True
    )[:3]
    maxrss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    terms = len(brain._matcher._idf)  # distinct canonical terms, for the table only
    words = len({w for e in brain.entries for t in _texts(e) for w in fold(t).split()})
    del brain
    gc.collect()
    tracemalloc.start()
    brain = build(size)
    for _, text in MESSAGES:
        brain.reply(text, CLOCKS[0])
    peak_mib = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return {
        "size": size,
        "entries": len(brain.entries),
        "words": words,
        "terms": terms,
        "build_ms": build_ms,
        "first_ms": first_ms,
        "caches": len(caches),
        "cold": cold,
        "warm_p50": percentile(warm, 0.50),
        "warm_p99": percentile(warm, 0.99),
        "warm_max": max(warm),
        "cpu_p99": percentile(cpu, 0.99),
        "calls": len(warm),
        "kinds": {k: (percentile(v, 0.5), percentile(v, 0.99)) for k, v in by_kind.items()},
        "slowest": [(ms, kind, text[:60]) for ms, kind, text in slowest],
        "tracemalloc_mib": peak_mib,
        "maxrss_mib": maxrss_mib,
    }


STARTUP_CODE = """
import json, sys, time
from datetime import UTC, datetime
from pathlib import Path
start = time.perf_counter()
from bot import knowledge
knowledge.CACHE_DIR = Path(sys.argv[1])
from bot.brain import Brain
imported = time.perf_counter()
brain = Brain.load()
loaded = time.perf_counter()
brain.reply("hvad hjælper mod ondt i lænden", datetime(2024, 5, 1, 8, tzinfo=UTC))
answered = time.perf_counter()
print(json.dumps({"import_ms": (imported - start) * 1000, "load_ms": (loaded - imported) * 1000,
                  "first_ms": (answered - loaded) * 1000}))
"""


def startup(runs: int, later: bool) -> dict[str, float]:
    """Medians over fresh interpreters: import, Brain.load, first reply, whole process.
    `later`: a first start compiled the modules and kept the brain (in temporary
    folders), as on a user's machine from the second start on; else each start is a
    first one: Python writes no bytecode and the knowledge cache starts empty."""
    samples = []
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ)
        if later:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = os.path.join(folder, "bytecode")
            _start_once(env, os.path.join(folder, "kept"))  # the first start
            samples = [_start_once(env, os.path.join(folder, "kept")) for _ in range(runs)]
        else:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            samples = [_start_once(env, os.path.join(folder, str(run))) for run in range(runs)]
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def _start_once(env: dict[str, str], cache: str) -> dict[str, float]:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", STARTUP_CODE, cache],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    sample = json.loads(out)
    sample["process_ms"] = (time.perf_counter() - start) * 1000
    return sample


def run_worker(size: str, quick: bool) -> dict[str, object]:
    command = [sys.executable, __file__, "--worker", size] + (["--quick"] if quick else [])
    out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def profile(size: str, quick: bool) -> None:
    brain = build(size)
    warm_loop(brain, 1)  # fill the caches: profile the warm path
    profiler = cProfile.Profile()
    profiler.enable()
    warm_loop(brain, repetitions(size, quick))
    profiler.disable()
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("tottime").print_stats(20)
    stats.sort_stats("cumulative").print_stats(25)


# --- report ------------------------------------------------------------------------------------


def verdict(value: float, target: float) -> str:
    return f"{value:.2f} ms (target < {target:g} ms) {'met' if value < target else 'MISSED'}"


def report(
    starts: dict[str, dict[str, float]], results: list[dict], quick: bool, runs: int
) -> None:
    print(f"Brain benchmark{' (quick)' if quick else ''}: Python {sys.version.split()[0]}")
    print()
    print(f"Start-up in a fresh interpreter, median of {runs}:")
    for label, start in starts.items():
        total = start["import_ms"] + start["load_ms"]
        print(
            f"  {label}: import bot.brain {start['import_ms']:.0f} ms"
            f" + Brain.load() {start['load_ms']:.0f} ms = {total:.0f} ms;"
            f" first reply {start['first_ms']:.1f} ms;"
            f" whole process incl. interpreter {start['process_ms']:.0f} ms"
        )
    print()
    head = (
        f"{'base':>8} {'entries':>7} {'words':>6} {'terms':>6} {'build':>7} {'first':>6}"
        f" {'cold p50':>8} {'cold p99':>8} {'warm p50':>8} {'warm p99':>8} {'cpu p99':>7}"
        f" {'max':>6} {'calls':>6} {'tracemalloc':>11} {'maxrss':>7}"
    )
    print("Latency of brain.reply in ms (cpu p99: thread CPU time, without preemption by other")
    print("processes); memory in MiB (tracemalloc: peak of build + replies)")
    print(head)
    for r in results:
        cold = r["cold"]
        print(
            f"{r['size']:>8} {r['entries']:>7} {r['words']:>6} {r['terms']:>6}"
            f" {r['build_ms']:>7.0f} {r['first_ms']:>6.2f} {percentile(cold, 0.5):>8.2f}"
            f" {percentile(cold, 0.99):>8.2f} {r['warm_p50']:>8.2f} {r['warm_p99']:>8.2f}"
            f" {r['cpu_p99']:>7.2f}"
            f" {r['warm_max']:>6.1f} {r['calls']:>6} {r['tracemalloc_mib']:>11.1f}"
            f" {r['maxrss_mib']:>7.0f}"
        )
    print()
    print("Warm p50 / p99 by message kind (ms):")
    print(f"{'kind':>10} " + " ".join(f"{r['size']:>15}" for r in results))
    for kind in KINDS:
        cells = " ".join(
            f"{r['kinds'][kind][0]:>7.2f} /{r['kinds'][kind][1]:>6.2f}" for r in results
        )
        print(f"{kind:>10} {cells}")
    print()
    for r in results:
        slow = "; ".join(f"{ms:.1f} ms {kind} {text!r}" for ms, kind, text in r["slowest"])
        print(f"Slowest messages, median ({r['size']}): {slow}")
    print()
    by_size = {r["size"]: r for r in results}
    print("Targets:")
    if "real" in by_size:
        print(f"  real base warm p50: {verdict(by_size['real']['warm_p50'], TARGET_REAL_P50_MS)}")
        print(f"  real base warm p99: {verdict(by_size['real']['warm_p99'], TARGET_REAL_P99_MS)}")
    if "10000" in by_size:
        p50 = by_size["10000"]["warm_p50"]
        print(f"  10 000 entries warm p50: {verdict(p50, TARGET_10000_P50_MS)}")
    for label, start in starts.items():
        total = start["import_ms"] + start["load_ms"]
        print(f"  start-up {label} (import + load): {verdict(total, TARGET_STARTUP_MS)}")


def cost_by_length() -> None:
    """Reply time against message length: one long word, and long text (linear, not
    quadratic: Telegram allows 4 096 characters, batch mode any line)."""
    brain = Brain.load()
    now = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    print("Cost by message length on the real base (median of 3, ms; per 1 000 characters):")
    for length in (1_000, 10_000, 100_000):
        for kind, text in (
            ("one word", "æblegrød" * (length // 8)),
            ("text", ("jeg har ondt i ryggen og kan ikke sove " * (length // 39 + 1))[:length]),
        ):
            times = sorted(timed_reply(brain, text, now)[0] for _ in range(3))
            per_1000 = times[1] / length * 1000
            print(f"  {kind:>8} {length:>7} chars: {times[1]:8.1f} ms  {per_1000:6.2f}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few repetitions: a smoke run")
    parser.add_argument("--sizes", help=f"comma-separated, of {','.join(SIZES)}")
    parser.add_argument("--profile", choices=SIZES, help="cProfile the warm loop of one size")
    parser.add_argument("--worker", choices=SIZES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.quick), ensure_ascii=False))
        return
    if args.profile:
        profile(args.profile, args.quick)
        return
    runs = 2 if args.quick else 7
    starts = {
        "every later start": startup(runs, later=True),
        "first start": startup(runs, later=False),
    }
    sizes = args.sizes.split(",") if args.sizes else SIZES[:2] if args.quick else SIZES
    if not set(sizes) <= set(SIZES):
        parser.error(f"--sizes takes {','.join(SIZES)}")
    results = [run_worker(size, args.quick) for size in sizes]
    cost_by_length()
    report(starts, results, args.quick, runs)


if __name__ == "__main__":
    main()
