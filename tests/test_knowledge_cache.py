"""The caches of start-up work (each knowledge file as parsed, the whole brain as built):
the same answers as the YAML gives, never stale, never in the way (a damaged cache file or
a folder that cannot be written only costs the work)."""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from bot import knowledge
from bot.brain import Brain
from bot.knowledge import KNOWLEDGE_DIR, KnowledgeError, kept, load_entries, read_yaml
from bot.reply import plain_text

TUESDAY_MORNING = datetime.datetime(2026, 11, 24, 8, 0, tzinfo=datetime.UTC)
MESSAGES = (
    "hvordan laver man kat-ko?",
    "jeg kan ikke holde på vandet og har ondt i ryggen",
    "hej",
    "hjælper akupunktur mod migræne?",
)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setattr(knowledge, "CACHE_DIR", folder)
    return folder


def cached(cache: Path, name: str) -> list[Path]:
    return sorted(cache.glob(f"{name}.*.json"))


def replies(brain: Brain) -> list[str]:
    return [plain_text(brain.reply(text, TUESDAY_MORNING)) for text in MESSAGES]


def test_every_knowledge_file_reads_the_same_from_its_cache(cache: Path) -> None:
    for path in sorted(KNOWLEDGE_DIR.glob("*.yaml")):
        parsed = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert read_yaml(path) == parsed  # parsed, and cached
        assert len(cached(cache, path.name)) == 1
        assert read_yaml(path) == parsed  # from the cache


def test_a_brain_from_the_cache_answers_as_one_from_the_yaml(cache: Path) -> None:
    first = Brain.load()
    assert cached(cache, "red_flags.yaml")
    assert replies(Brain.load()) == replies(first)


def test_an_edited_file_is_read_again_and_its_old_cache_dropped(
    tmp_path: Path, cache: Path
) -> None:
    path = tmp_path / "phrases.yaml"
    path.write_text("greeting: Hej\n", encoding="utf-8")
    assert read_yaml(path) == {"greeting": "Hej"}
    path.write_text("greeting: Goddag\n", encoding="utf-8")
    assert read_yaml(path) == {"greeting": "Goddag"}
    assert len(cached(cache, "phrases.yaml")) == 1
    path.write_text("greeting: Hej\n", encoding="utf-8")  # back as it was: parsed again
    assert read_yaml(path) == {"greeting": "Hej"}


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: text[:0],  # empty
        lambda text: text.replace('"', "'"),  # no JSON
        lambda text: text.replace("Hej", "Farvel"),  # other data: the check no longer fits
        lambda text: "\udcff" + text,  # no UTF-8
    ],
)
def test_a_damaged_cache_file_is_not_trusted(
    tmp_path: Path, cache: Path, damage: Callable[[str], str]
) -> None:
    path = tmp_path / "phrases.yaml"
    path.write_text("greeting: Hej\nthanks: Selv tak\n", encoding="utf-8")
    read_yaml(path)
    [kept] = cached(cache, "phrases.yaml")
    kept.write_bytes(damage(kept.read_text(encoding="utf-8")).encode("utf-8", "surrogateescape"))
    assert read_yaml(path) == {"greeting": "Hej", "thanks": "Selv tak"}


def test_damaged_caches_of_every_file_still_give_the_same_brain(cache: Path) -> None:
    expected = replies(Brain.load())
    for path in cache.iterdir():
        path.write_text("{}", encoding="utf-8")
    assert replies(Brain.load()) == expected


def test_a_cache_folder_that_cannot_be_made_only_costs_the_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(knowledge, "CACHE_DIR", blocker / "cache")  # under a file: no folder
    knowledge_dir = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, knowledge_dir)
    assert replies(Brain.load(knowledge_dir)) == replies(Brain.load(knowledge_dir))
    assert sorted(tmp_path.iterdir()) == [blocker, knowledge_dir]


def test_data_json_would_change_is_not_cached(tmp_path: Path, cache: Path) -> None:
    """YAML dates and number keys would come back from JSON as texts: such a file is
    parsed at every start."""
    path = tmp_path / "diary.yaml"
    path.write_text("since: 2024-05-01\nscores:\n  1: godt\n", encoding="utf-8")
    expected = {"since": datetime.date(2024, 5, 1), "scores": {1: "godt"}}
    assert read_yaml(path) == expected
    assert cached(cache, "diary.yaml") == []
    assert read_yaml(path) == expected


def test_a_broken_file_fails_with_the_same_line_when_its_data_comes_from_the_cache(
    tmp_path: Path, cache: Path
) -> None:
    path = tmp_path / "entries.yaml"
    path.write_text("entries:\n  - id: a\n    heading: Hvad er det?\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as parsed:
        load_entries(path)
    assert cached(cache, "entries.yaml")
    with pytest.raises(KnowledgeError) as from_cache:
        load_entries(path)
    assert str(from_cache.value) == str(parsed.value)
    assert str(parsed.value) == "entries.yaml: a: 'source' must be a non-empty text"


@pytest.mark.usefixtures("cache")
def test_a_later_start_takes_the_kept_brain_instead_of_building_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = replies(Brain.load())

    def build_again(*_: object) -> Brain:
        raise AssertionError("the brain was built again")

    monkeypatch.setattr(Brain, "_build", build_again)
    assert replies(Brain.load()) == expected


def test_an_edited_knowledge_file_is_in_the_next_brain(tmp_path: Path, cache: Path) -> None:
    knowledge_dir = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, knowledge_dir)
    assert "Jeg er rygbot." in plain_text(Brain.load(knowledge_dir).reply("hej", TUESDAY_MORNING))
    phrases = knowledge_dir / "phrases.yaml"
    edited = phrases.read_text(encoding="utf-8").replace("Jeg er rygbot.", "Jeg hedder rygbot.")
    phrases.write_text(edited, encoding="utf-8")
    greeting = plain_text(Brain.load(knowledge_dir).reply("hej", TUESDAY_MORNING))
    assert "Jeg hedder rygbot." in greeting
    assert len(cached_brains(cache)) == 1  # the older brain is dropped


@pytest.mark.usefixtures("cache")
def test_a_kept_object_is_made_again_when_a_source_changes(tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    made: list[str] = []

    def make() -> str:
        made.append(source.read_text(encoding="utf-8"))
        return made[-1]

    source.write_text("ryg", encoding="utf-8")
    assert [kept("words", [source], make) for _ in range(2)] == ["ryg", "ryg"]
    source.write_text("lænd", encoding="utf-8")
    assert kept("words", [source], make) == "lænd"
    assert made == ["ryg", "lænd"]


@pytest.mark.parametrize(
    "body",
    [
        b"not a pickle",
        b"cno_such_module\nBrain\n.",  # a pickle naming code that is not there
    ],
    ids=["damaged", "made-by-other-code"],
)
def test_a_kept_brain_that_cannot_be_read_is_built_again(cache: Path, body: bytes) -> None:
    expected = replies(Brain.load())
    [pickled] = cached_brains(cache)
    check = hashlib.sha256(body).hexdigest().encode("ascii")
    pickled.write_bytes(check + b"\n" + body)  # whole, as written: only its content is wrong
    assert replies(Brain.load()) == expected
    assert pickled.read_bytes() != check + b"\n" + body  # kept anew


def cached_brains(cache: Path) -> list[Path]:
    return sorted(cache.glob("brain.*.pickle"))


@pytest.mark.usefixtures("cache")
def test_a_kept_object_is_made_again_when_a_library_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stems are made with the installed stemmer: another version builds the brain again."""
    source = tmp_path / "words.txt"
    source.write_text("ryg", encoding="utf-8")
    made: list[str] = []

    def make() -> str:
        made.append("made")
        return "ryg"

    for _ in range(2):
        kept("words", [source], make, ["snowballstemmer"])
    monkeypatch.setattr(knowledge.metadata, "version", lambda _: "0.0.0")
    kept("words", [source], make, ["snowballstemmer"])
    assert made == ["made", "made"]


def test_a_brain_kept_by_one_process_answers_the_same_in_the_next(cache: Path) -> None:
    """The next start is a new interpreter (other string hashes, nothing in memory)."""
    expected = replies(Brain.load())
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from bot import knowledge\n"
        "knowledge.CACHE_DIR = Path(sys.argv[1])\n"
        "from bot.brain import Brain\n"
        "from tests.test_knowledge_cache import replies\n"
        "Brain._build = classmethod(lambda *_: sys.exit('built again'))\n"
        "print(json.dumps(replies(Brain.load())))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(cache)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, "PYTHONHASHSEED": "random"},
    ).stdout
    assert json.loads(out) == expected
