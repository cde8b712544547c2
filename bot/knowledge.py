"""Loading and validating the knowledge files in `knowledge/`.

A physiotherapist edits these YAML files, so every problem is reported as one
line naming the file, the entry and what is wrong, and start-up stops there.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import pickle
import re
import sys
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar, cast

from bot.normalise import fold

KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "knowledge"
# Work kept for the next start, under the SHA-256 of what it was made from: each
# knowledge file as parsed, as JSON (json.loads is about 40x faster than PyYAML building
# the data: red_flags.yaml took 50 ms of every start), and the whole loaded brain, pickled
# (kept). A cache is "<name>.<sha256>.<json|pickle>": its first line is the SHA-256 of the
# rest, so a damaged cache file is noticed and the work done again.
CACHE_DIR = Path(__file__).resolve().parent.parent / ".cache"
# Part of each cache's key: changed when parsing changes (keys written twice are refused
# since 2026-11-30), so that no data parsed the old way is read again.
PARSER_VERSION = b"2\n"
_CACHE_NAME = re.compile(r"\.[0-9a-f]{64}\.(?:json|pickle)")
_ID = re.compile(r"^[a-z0-9-]{1,24}$")
SOURCES = ("section", "faq", "table")


class KnowledgeError(Exception):
    """A knowledge file is missing, unreadable or incomplete."""


def read_yaml(path: Path) -> Any:
    """Parse one YAML file, turning every failure into a one-line KnowledgeError.

    The parsed data comes from CACHE_DIR when the file's bytes were parsed before; the
    cache never stops start-up (unreadable, damaged or not writable: the YAML is parsed).
    """
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise KnowledgeError(f"{path.name}: cannot read the file ({error.strerror})") from None
    key = hashlib.sha256(PARSER_VERSION + raw).hexdigest()
    cache = CACHE_DIR / f"{path.name}.{key}.json"
    body = _read_cache(cache)
    with contextlib.suppress(ValueError, RecursionError):
        if body is not None:
            return json.loads(body)
    data = _parse_yaml(path.name, raw.decode("utf-8"))
    with contextlib.suppress(TypeError, ValueError, RecursionError):
        # Only data that JSON gives back unchanged is kept (not dates or number keys).
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        if json.loads(body) == data:
            _write_cache(cache, path.name, body)
    return data


def kept(
    name: str, sources: Iterable[Path], make: Callable[[], T], libraries: Iterable[str] = ()
) -> T:
    """What `make()` returns, or the object it returned last time from the same bytes of
    `sources`, with this Python and these versions of the installed `libraries` (their
    distribution names), kept pickled in CACHE_DIR. `make` must read nothing but
    `sources`; its errors are raised and nothing is kept. Like the YAML cache, this cache
    never stops start-up: unreadable or damaged, the object is made again. Unpickling
    runs what the file says: the folder is as trusted as the code beside it."""
    digest = hashlib.sha256(sys.version.encode() + b"\n")
    for library in libraries:
        try:
            version = metadata.version(library)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{library} {version}\n".encode())
    try:
        for source in sources:
            raw = source.read_bytes()
            digest.update(f"{source.name}\n{len(raw)}\n".encode())
            digest.update(raw)
    except OSError:
        return make()  # which reports an unreadable knowledge file
    cache = CACHE_DIR / f"{name}.{digest.hexdigest()}.pickle"
    body = _read_cache(cache)
    if body is not None:
        try:
            return cast(T, pickle.loads(body))
        except Exception:  # made by other code than this (a library updated): made again
            pass
    made = make()
    with contextlib.suppress(pickle.PicklingError, TypeError, AttributeError, RecursionError):
        _write_cache(cache, name, pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
    return made


def _parse_yaml(name: str, text: str) -> Any:
    # Imported here: a start whose files are all cached does without PyYAML (10 ms).
    import yaml

    # libyaml's parser when PyYAML was built with it (every PyPI wheel is): about 10x faster.
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class UniqueKeyLoader(base):  # type: ignore[valid-type,misc]
        """A key written twice in one mapping is an editing slip that YAML would let the
        second silently win ("nummen" spelled out in two places): refuse it."""

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            self.flatten_mapping(node)  # merge keys ("<<: *x") first, as PyYAML does
            seen: set[Hashable] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if not isinstance(key, Hashable):
                    continue  # PyYAML's own error names it below
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"the key '{key}' is written twice", key_node.start_mark
                    )
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    try:
        return yaml.load(text, Loader=UniqueKeyLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise KnowledgeError(f"{name}: {problem}{where}") from None


def _read_cache(cache: Path) -> bytes | None:
    """The body kept in `cache`, or None when there is none or it is damaged."""
    try:
        check, _, body = cache.read_bytes().partition(b"\n")
        if check.decode("ascii") != hashlib.sha256(body).hexdigest():
            return None
        return body
    except (OSError, ValueError):
        return None


def _write_cache(cache: Path, source: str, body: bytes) -> None:
    """Keep `body` in `cache` for the next start, written whole or not at all, and drop
    the older caches of `source`. Any failure (a read-only folder, a full disk) is ignored."""
    temporary = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
    try:
        cache.parent.mkdir(exist_ok=True)
        temporary.write_bytes(hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body)
        os.replace(temporary, cache)
        for old in cache.parent.iterdir():
            stale = old != cache and old.name.startswith(source)
            if stale and _CACHE_NAME.fullmatch(old.name, len(source)):
                old.unlink(missing_ok=True)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


@dataclass(frozen=True)
class Record:
    """One mapping from a knowledge file, with typed accessors that fail with context."""

    data: dict[str, Any]
    file: str
    label: str

    def fail(self, problem: str) -> KnowledgeError:
        return KnowledgeError(f"{self.file}: {self.label}: {problem}")

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"'{key}' must be a non-empty text")
        return value.strip()

    def texts(self, key: str, minimum: int = 1) -> tuple[str, ...]:
        value = self.data.get(key, [] if minimum == 0 else None)
        if isinstance(value, list):
            # One pass over the list (red_flags.yaml has some 12 000 terms), the rest on failure.
            texts = tuple([v.strip() for v in value if isinstance(v, str)])
            if len(texts) == len(value) and all(texts):
                if len(texts) < minimum:
                    raise self.fail(f"'{key}' needs at least {minimum} items, has {len(texts)}")
                return texts
            if any(isinstance(v, bool) for v in value):
                # YAML reads unquoted no/yes/on/off as true/false.
                raise self.fail(f"'{key}' has a word YAML reads as true/false: put it in quotes")
        raise self.fail(f"'{key}' must be a list of non-empty texts")

    def unique_texts(self, key: str, minimum: int = 1) -> tuple[str, ...]:
        """`texts`, each listed once: a term written twice is a slip that leaves a reader
        unsure which comment it belongs to."""
        texts = self.texts(key, minimum)
        if len(set(texts)) < len(texts):
            seen: set[str] = set()
            for text in texts:
                if text in seen:
                    raise self.fail(f"'{key}' lists '{text}' twice")
                seen.add(text)
        return texts

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(f"'{key}' must be true or false")
        return value

    def ident(self, key: str = "id") -> str:
        value = self.text(key)
        if not _ID.match(value):
            raise self.fail(f"'{key}' must be 1-24 characters of a-z, 0-9 and '-'")
        return value

    def records(self, key: str) -> Iterator[Record]:
        """The mappings listed under `key`, each labelled by its id or position."""
        items = self.data.get(key)
        if not isinstance(items, list) or not items:
            raise self.fail(f"'{key}' must be a non-empty list")
        for position, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                raise self.fail(f"'{key}' item {position} must be a mapping")
            ident = item.get("id")
            name = ident if isinstance(ident, str) else f"{key} item {position}"
            yield Record(item, self.file, name)


def load_record(path: Path) -> Record:
    """A whole knowledge file, which must be a mapping at the top."""
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path.name}: the file must be a mapping at the top level")
    return Record(data, path.name, "top level")


T = TypeVar("T")


def load_texts(path: Path, cls: type[T]) -> T:
    """Fill a dataclass of str fields from a YAML mapping of the same names.

    Used for the bot's own Danish phrases, so a missing phrase stops start-up
    instead of surfacing as a crash in the middle of a conversation.
    """
    record = load_record(path)
    names = [field.name for field in dataclasses.fields(cls)]  # type: ignore[arg-type]
    unknown = sorted(set(record.data) - set(names))
    if unknown:
        raise KnowledgeError(f"{path.name}: unknown phrase '{unknown[0]}'")
    return cls(**{name: Record(record.data, path.name, name).text(name) for name in names})


@dataclass(frozen=True)
class Entry:
    """One question-answer pair taken from the article."""

    id: str
    heading: str
    source: str
    answer: str
    alternates: tuple[str, ...]
    keywords: tuple[str, ...]
    related: tuple[str, ...]
    diagnosis: bool
    # Words of which a message, or the chat before it, names one where the entry is what
    # it asks about ("iskias", "prikken" for the entries about sciatica); none for most.
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Exercise:
    """One of the article's exercises, as sent in reminders and /ovelser."""

    id: str
    name: str
    entry_id: str
    instructions: str
    dosage: str
    # Words people use for what the article says the exercise does ("mindsker stivhed":
    # stiv, stivhed, smidig), folded: a question of which exercise is best for one gets
    # this one.
    goals: tuple[str, ...] = ()


def load_entries(path: Path) -> tuple[Entry, ...]:
    entries: list[Entry] = []
    for record in load_record(path).records("entries"):
        source = record.text("source")
        if source not in SOURCES:
            raise record.fail(f"'source' must be one of {', '.join(SOURCES)}")
        entries.append(
            Entry(
                id=record.ident(),
                heading=record.text("heading"),
                source=source,
                answer=record.text("answer"),
                alternates=record.texts("alternates", minimum=8),
                keywords=record.texts("keywords"),
                related=record.texts("related", minimum=0),
                diagnosis=record.flag("diagnosis"),
                needs=record.texts("needs", minimum=0),
            )
        )
    _check_unique(path.name, "id", [e.id for e in entries])
    _check_unique(path.name, "heading", [e.heading for e in entries])
    ids = {e.id for e in entries}
    for entry in entries:
        for other in entry.related:
            if other not in ids:
                raise KnowledgeError(
                    f"{path.name}: {entry.id}: related id '{other}' does not exist"
                )
    return tuple(entries)


def load_exercises(path: Path, entry_ids: set[str]) -> tuple[Exercise, ...]:
    exercises = []
    for record in load_record(path).records("exercises"):
        exercise = Exercise(
            id=record.ident(),
            name=record.text("name"),
            entry_id=record.ident("entry"),
            instructions=record.text("instructions"),
            dosage=record.text("dosage"),
            goals=tuple(fold(goal) for goal in record.texts("goals", minimum=0)),
        )
        if exercise.entry_id not in entry_ids:
            raise record.fail(f"entry '{exercise.entry_id}' does not exist")
        exercises.append(exercise)
    _check_unique(path.name, "id", [e.id for e in exercises])
    _check_unique(path.name, "goal", [goal for e in exercises for goal in e.goals])
    return tuple(exercises)


def _check_unique(file: str, what: str, values: list[str]) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise KnowledgeError(f"{file}: {what} '{value}' appears twice")
        seen.add(value)
