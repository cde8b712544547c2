"""Scoring entries in plain Python (the article's knowledge base) and with numpy arrays
(large bases): the same ranking, to the last digit of every score."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot import matching
from bot.analysis import analyse
from bot.knowledge import KNOWLEDGE_DIR, load_entries
from bot.language import load_analyzer
from bot.matching import Match, Matcher

ROOT = Path(__file__).resolve().parent.parent
MESSAGES = (
    "hvad hjælper mod ondt i lænden?",
    "kan jeg træne med iskias",
    "jeg har ondt i ryggen og ingen feber, hvilke øvelser kan jeg lave?",
    "min ryg er gået i baglås, skal jeg ligge ned eller gå rundt?",
    "hjælper akupunktur mod migræne?",
    "er varme eller kulde bedst",
    "hvor længe går der før det går over",
    "asdfghjkl qwerty",
    "hej",
)


def ranks(matcher: Matcher) -> list[list[tuple[str, float]]]:
    """Every message ranked alone, after the one before (as context) and with every
    other word denied, as (entry id, score) lists."""
    entries = load_entries(KNOWLEDGE_DIR / "entries.yaml")
    texts = [*MESSAGES, *(text for entry in entries for text in entry.alternates)]
    messages = [analyse(text) for text in texts]
    found: list[list[Match]] = []
    for before, message in zip([None, *messages], messages, strict=False):
        denied = [index % 2 == 1 for index in range(len(message.words))]
        found += [
            matcher.rank(message),
            matcher.rank(message, context=before, limit=len(entries)),
            matcher.rank(message, denied),
        ]
    return [[(match.entry.id, match.score) for match in matches] for matches in found]


def matcher() -> Matcher:
    entries = load_entries(KNOWLEDGE_DIR / "entries.yaml")
    return Matcher(entries, load_analyzer(KNOWLEDGE_DIR, entries))


def test_plain_and_array_scoring_rank_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = ranks(matcher())
    monkeypatch.setattr(matching, "PLAIN_SCORING_PHRASINGS", 0)  # every base is "large"
    assert ranks(matcher()) == plain
    assert sum(map(len, plain)) > 5000  # many entries ranked, not a list of empty results


def test_the_article_s_knowledge_base_starts_without_numpy(tmp_path: Path) -> None:
    """numpy's import would be a fifth of start-up; the article's base is scored without it."""
    code = (
        "import sys, pathlib, bot.knowledge;"
        f"bot.knowledge.CACHE_DIR = pathlib.Path({str(tmp_path)!r});"
        "from bot.brain import Brain; Brain.load(); print('numpy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
