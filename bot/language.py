"""From a message to canonical terms: typos, compounds, synonyms, stop words, stems.

The same `Analyzer.terms` turns knowledge text and user messages into terms, so both
sides are always compared in one form. Language data lives in knowledge/language.yaml.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.analysis import Message, analyse, denial_key
from bot.knowledge import Entry, KnowledgeError, Record, load_record
from bot.normalise import fold, plain, split_compound, stem, stems

# Longest synonym variant, in words ("ryggen er gået i baglås").
_MAX_PHRASE_WORDS = 5
# Words shorter than this are never corrected: too many near neighbours.
_MIN_CORRECTABLE = 3
_MIN_COMPOUND_HEAD = 3
_MIN_COMPOUND_TAIL = 4
# Shortest parts of a compound of two ordinary Danish words, which is no typo ("kant" +
# "sten"); shorter parts are too often a typo's pieces.
_ORDINARY_PART = 4
# Longer words are taken as typed: no Danish word is this long, and correcting or
# splitting a 100 000-letter "word" would cost seconds.
MAX_WORD_LENGTH = 40
# Messages whose terms Analyzer keeps at hand: the few the reply to one message reads.
RECENT_MESSAGES = 16


# Letters that may join the two parts of a compound typed as two words ("fugl-hund" is
# "fuglehund"): none, or a linking e or s.
_LINKS = ("", "e", "s")
# Shortest part of such a compound.
_MIN_SPLIT_PART = 3
# Shortest stem by which a one-word synonym variant also catches its other inflections.
_MIN_SYNONYM_STEM = 4
# Frequency ranks in knowledge/danish_words.txt and the weight of an unknown word at each.
COMMON_RANK = 3000
FAIRLY_COMMON_RANK = 12000
NOVELTY_COMMON = 0.5
NOVELTY_FAIRLY_COMMON = 1.2
NOVELTY_RARE = 3.0


@dataclass(frozen=True)
class NotCovered:
    """A topic the article does not cover (language.yaml's `not_covered`)."""

    reply: str
    # Said before an answer when the topic is only the situation of a question about the
    # back that does not name it ("er gravid og har ondt i lænden, må jeg lave kat-ko?");
    # "" for a topic that is never only the situation.
    aside: str = ""
    # Phrases that, anywhere in a message that names the topic, make it about the topic
    # after all ("er det farligt for babyen ...?", "lidt blødning"), by their first word.
    asked_with: PhraseIndex = field(default_factory=dict)

    def asked_in(self, message: Message, naming: Collection[int]) -> bool:
        """Whether a message that names the topic speaks of it in words of `asked_with`,
        outside the words at `naming` that name it ("babyen sparker" tells the pregnancy,
        it asks nothing of the baby)."""
        return any(
            not all(i in naming for i in range(start, end))
            for _, start, end in _phrases_in(message.words, self.asked_with)
        )


class Term(NamedTuple):
    """One term of a text (a tuple: messages make many, and sets of them must be cheap)."""

    text: str
    novelty: float  # 0 for words the knowledge or language data use; else see Analyzer._novelty
    common: bool  # an everyday Danish word ("tage", "dag"), which says little on its own
    asked: bool  # it stands in an asking sentence, outside the question's condition


@dataclass(frozen=True)
class Language:
    stop_words: frozenset[str]
    synonyms: dict[tuple[str, ...], str]  # folded variant words -> canonical term
    # Words of what the article does not cover: other subjects, and requests (prices,
    # products, medicines) that only the asking part of a story shows (`off_topic_requests`).
    off_topic: frozenset[str]
    smalltalk: dict[str, frozenset[str]]  # kind -> folded phrases (whole message)
    not_covered: dict[str, NotCovered]  # folded word or phrase -> its topic
    # Phrases in which a not-covered topic's word tells a time that is over ("siden min
    # sidste graviditet"): the topic is background then, not what is asked about.
    not_covered_over: tuple[str, ...] = ()
    # Canonical terms of question words ("hvilke", "hvordan"): they say what kind of
    # answer is wanted, not what about, so a follow-up's topic comes from its context.
    question_kinds: frozenset[str] = frozenset()
    # Words that address the bot ("hej rygbot"): no part of what is said.
    addressing: frozenset[str] = frozenset()
    # Small words that colour a sentence and say nothing ("så", "egentlig"): left out
    # before phrases are matched, so "hvad kan jeg så selv gøre" is "hvad kan jeg selv gøre".
    particles: frozenset[str] = frozenset()
    # The part of `off_topic` a story names in passing ("tog en panodil", "har købt en ny
    # kontorstol"): off topic where it is asked, not in a story's situation.
    off_topic_requests: frozenset[str] = frozenset()
    # "hvilken", "which" (also "hvor meget", and "virker"/"hjælper" opening a question):
    # the word after one (past `which_modifiers`) names what a question asks about, unless
    # it is one of `not_asked_about` ("hvilken en"); `which_products` are things the
    # article recommends none of, though it names them.
    which_words: frozenset[str] = frozenset()
    how_much_words: frozenset[str] = frozenset()
    does_it_help_words: frozenset[str] = frozenset()
    which_modifiers: frozenset[str] = frozenset()
    asks_after: frozenset[str] = frozenset()
    not_asked_about: frozenset[str] = frozenset()
    which_products: frozenset[str] = frozenset()
    # A kind of question (of `question_kinds`) -> the folded words that answer it.
    answer_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    # Words read as themselves, never by their stem: another word family than the
    # knowledge word the stem belongs to ("ryger", a smoker, is no "ryg", the back).
    unstemmed: frozenset[str] = frozenset()
    # The part of `off_topic` that is another illness ("influenza", "hoste"): no other
    # subject where the message speaks of the back too.
    off_topic_conditions: frozenset[str] = frozenset()
    # "er det", "kan det være": a question whether one's case is the condition named next.
    is_it_words: tuple[tuple[str, ...], ...] = ()
    # Parts of the body the article names only in passing, the words of a complaint of
    # one, and the words of pain running down a leg (see language.yaml).
    other_parts: frozenset[str] = frozenset()
    complaints: frozenset[str] = frozenset()
    running_down: frozenset[str] = frozenset()
    # Questions that name what they ask about in a set place (see language.yaml): right
    # after their opening words ("findes der en app ...?"); opened by a `judged_openers`
    # word, just before one of the words it maps to ("er kinesiotape godt ...?", "kan
    # tigerbalsam hjælpe?"); or after an `against_words` word told just after a
    # `helping_words` one ("hvad er bedst mod tømmermænd?"). `thing_determiners` stand
    # before the thing, and `thing_persons` are no thing ("kan hun godt ...").
    thing_openers: tuple[tuple[str, ...], ...] = ()
    # Opening words after which the subject of a claim or question stands ("ved du om
    # a-kassen ...?", "er det rigtigt at kaffe ...?"), judged, not asked for.
    subject_openers: tuple[tuple[str, ...], ...] = ()
    judged_openers: dict[str, frozenset[str]] = field(default_factory=dict)
    against_words: frozenset[str] = frozenset()
    helping_words: frozenset[str] = frozenset()
    thing_determiners: frozenset[str] = frozenset()
    thing_persons: frozenset[str] = frozenset()

    @property
    def known_words(self) -> set[str]:
        """Every word the language data itself spells out."""
        words = set(self.stop_words) | set(self.off_topic) | set(self.unstemmed)
        for variant in self.synonyms:
            words.update(variant)
        return words

    def variants(self, canonical: str) -> tuple[str, ...]:
        """The folded phrases of one synonym group ("hvad gør jeg" of "hvadgøre")."""
        return tuple(" ".join(v) for v, term in self.synonyms.items() if term == canonical)

    @cached_property
    def smalltalk_phrases(self) -> dict[tuple[str, ...], str]:
        """Each small-talk phrase as its words, with its kind (the first that lists it)."""
        found: dict[tuple[str, ...], str] = {}
        for kind, phrases in self.smalltalk.items():
            for phrase in phrases:
                found.setdefault(tuple(phrase.split()), kind)
        return found

    @cached_property
    def longest_smalltalk(self) -> int:
        """The most words a small-talk phrase has."""
        return max(map(len, self.smalltalk_phrases), default=0)

    @cached_property
    def not_covered_index(self) -> PhraseIndex:
        """The phrases of `not_covered`, by their first word (their place: the reply's)."""
        return _index_by_first_word(self.not_covered)

    @cached_property
    def not_covered_topics(self) -> tuple[NotCovered, ...]:
        """The topic of each phrase of `not_covered`, by its place."""
        return tuple(self.not_covered.values())

    @cached_property
    def not_covered_asked(self) -> tuple[NotCovered, ...]:
        """The topics with words that ask of them (`asked_with`), each once."""
        return tuple({id(t): t for t in self.not_covered.values() if t.asked_with}.values())

    @cached_property
    def not_covered_over_index(self) -> PhraseIndex:
        """The phrases of `not_covered_over`, by their first word."""
        return _index_by_first_word(self.not_covered_over)


# Phrases by their first word, each as its place in the list and its words: a message
# looks up its own words instead of searching for every phrase.
PhraseIndex = dict[str, tuple[tuple[int, tuple[str, ...]], ...]]


def _index_by_first_word(phrases: Iterable[str]) -> PhraseIndex:
    found: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    for place, phrase in enumerate(phrases):
        words = tuple(phrase.split())
        if words:
            found[words[0]].append((place, words))
    return {first: tuple(places) for first, places in found.items()}


def _phrases_in(words: tuple[str, ...], index: PhraseIndex) -> list[tuple[int, int, int]]:
    """Where the phrases of `index` stand in `words`: (place, start, end) of each."""
    return [
        (place, start, start + len(phrase))
        for start, word in enumerate(words)
        for place, phrase in index.get(word, ())
        if words[start : start + len(phrase)] == phrase
    ]


def load_language(path: Path) -> Language:
    record = load_record(path)
    stop_words = frozenset(fold(w) for w in record.texts("stop_words"))
    off_topic_requests = frozenset(fold(w) for w in record.texts("off_topic_requests", minimum=0))
    off_topic_conditions = frozenset(
        fold(w) for w in record.texts("off_topic_conditions", minimum=0)
    )
    off_topic = (
        frozenset(fold(w) for w in record.texts("off_topic"))
        | off_topic_requests
        | off_topic_conditions
    )
    synonyms: dict[tuple[str, ...], str] = {}
    groups = record.data.get("synonyms")
    if not isinstance(groups, dict) or not groups:
        raise record.fail("'synonyms' must be a mapping of canonical word to variants")
    for canonical in groups:
        group = Record(groups, path.name, f"synonyms '{canonical}'")
        term = fold(str(canonical)).replace(" ", "")
        for variant in group.texts(canonical):
            key = tuple(fold(variant).split())
            if not key or len(key) > _MAX_PHRASE_WORDS:
                raise group.fail(f"variant '{variant}' must have 1-{_MAX_PHRASE_WORDS} words")
            if synonyms.get(key, term) != term:
                raise group.fail(f"variant '{variant}' also belongs to '{synonyms[key]}'")
            synonyms[key] = term
    kinds = record.data.get("smalltalk")
    if not isinstance(kinds, dict) or not kinds:
        raise record.fail("'smalltalk' must be a mapping of kind to phrases")
    smalltalk = {}
    for kind in kinds:
        phrases = Record(kinds, path.name, f"smalltalk '{kind}'").texts(kind)
        smalltalk[str(kind)] = frozenset(fold(p) for p in phrases)
    not_covered: dict[str, NotCovered] = {}
    not_covered_over: list[str] = []
    for topic in record.records("not_covered"):
        aside = topic.text("aside") if "aside" in topic.data else ""
        asked_with = _index_by_first_word(
            fold(phrase) for phrase in topic.texts("asked_with", minimum=0)
        )
        covered = NotCovered(topic.text("reply"), aside, asked_with)
        for word in topic.texts("words"):
            not_covered[fold(word)] = covered
        not_covered_over += [fold(phrase) for phrase in topic.texts("over", minimum=0)]
    question_kinds = frozenset(fold(w).replace(" ", "") for w in record.texts("question_kinds"))
    unknown = sorted(question_kinds - set(synonyms.values()))
    if unknown:
        raise record.fail(f"question_kinds: '{unknown[0]}' is no synonym group")
    addressing = frozenset(fold(w) for w in record.texts("addressing", minimum=0))
    particles = frozenset(fold(w) for w in record.texts("particles", minimum=0))
    clashing = sorted(w for variant in synonyms for w in variant if w in particles)
    if clashing:
        raise record.fail(f"particles: '{clashing[0]}' is a word of a synonym variant")
    which_words = frozenset(fold(w) for w in record.texts("which_words", minimum=0))
    how_much_words = frozenset(fold(w) for w in record.texts("how_much_words", minimum=0))
    does_it_help = frozenset(fold(w) for w in record.texts("does_it_help_words", minimum=0))
    which_modifiers = frozenset(fold(w) for w in record.texts("which_modifiers", minimum=0))
    asks_after = frozenset(fold(w) for w in record.texts("asks_after", minimum=0))
    not_asked_about = frozenset(fold(w) for w in record.texts("not_asked_about", minimum=0))
    which_products = frozenset(fold(w) for w in record.texts("which_products", minimum=0))
    answer_cues = _answer_cues(record, question_kinds)
    return Language(
        stop_words,
        synonyms,
        off_topic,
        smalltalk,
        not_covered,
        tuple(not_covered_over),
        question_kinds,
        addressing,
        particles,
        off_topic_requests,
        which_words,
        how_much_words,
        does_it_help,
        which_modifiers,
        asks_after,
        not_asked_about,
        which_products,
        answer_cues,
        unstemmed=frozenset(fold(w) for w in record.texts("unstemmed", minimum=0)),
        off_topic_conditions=off_topic_conditions,
        is_it_words=tuple(tuple(fold(w).split()) for w in record.texts("is_it_words", minimum=0)),
        other_parts=frozenset(fold(w) for w in record.texts("other_parts", minimum=0)),
        complaints=frozenset(fold(w) for w in record.texts("complaints", minimum=0)),
        running_down=frozenset(fold(w) for w in record.texts("running_down", minimum=0)),
        thing_openers=tuple(
            tuple(fold(w).split()) for w in record.texts("thing_openers", minimum=0)
        ),
        subject_openers=tuple(
            tuple(fold(w).split()) for w in record.texts("subject_openers", minimum=0)
        ),
        judged_openers=_word_lists(record, "judged_openers"),
        against_words=frozenset(fold(w) for w in record.texts("against_words", minimum=0)),
        helping_words=frozenset(fold(w) for w in record.texts("helping_words", minimum=0)),
        thing_determiners=frozenset(fold(w) for w in record.texts("thing_determiners", minimum=0)),
        thing_persons=frozenset(fold(w) for w in record.texts("thing_persons", minimum=0)),
    )


def _word_lists(record: Record, key: str) -> dict[str, frozenset[str]]:
    """A mapping of words to lists of words, all folded."""
    data = record.data.get(key, {})
    if not isinstance(data, dict):
        raise record.fail(f"'{key}' must map a word to words")
    return {
        fold(str(word)): frozenset(fold(w) for w in Record(data, record.file, key).texts(word))
        for word in data
    }


def _answer_cues(record: Record, question_kinds: frozenset[str]) -> dict[str, frozenset[str]]:
    cues = record.data.get("answer_cues", {})
    if not isinstance(cues, dict):
        raise record.fail("'answer_cues' must map a kind of question to words")
    found: dict[str, frozenset[str]] = {}
    for kind in cues:
        term = fold(str(kind)).replace(" ", "")
        if term not in question_kinds:
            raise record.fail(f"answer_cues: '{kind}' is not one of question_kinds")
        words = Record(cues, record.file, f"answer_cues '{kind}'").texts(kind)
        found[term] = frozenset(fold(w) for w in words)
    return found


class Analyzer:
    """Turns text into canonical terms, knowing the vocabulary of the knowledge base."""

    def __init__(
        self,
        language: Language,
        vocabulary: Counter[str],
        lexicon: dict[str, int] | None = None,
        english: dict[str, int] | None = None,
    ) -> None:
        """`vocabulary` counts the folded words of the knowledge text; frequent words win ties.

        `lexicon` ranks ordinary Danish words by frequency (0 = most common). They are never
        "corrected" into knowledge words, and their rank tells how much they say.
        `english` ranks common English words the same way, for how much they say only: an
        English message's everyday words ("killing", "monday") are no rare topic words.
        """
        self.language = language
        self._frequency = vocabulary
        self._lexicon = lexicon or {}
        self._english = english or {}
        self._listed = language.known_words
        self._known = {w for w in self._listed | set(vocabulary) if w}
        # Candidates for typo correction, bucketed by length so a lookup scans few words.
        by_length: dict[int, list[str]] = defaultdict(list)
        for word in sorted(self._known):
            by_length[len(word)].append(word)
        self._near_length = {
            length: [w for n in range(length - 2, length + 3) for w in by_length.get(n, ())]
            for length in range(_MIN_CORRECTABLE, max(by_length, default=0) + 3)
        }
        # Each plain spelling to the knowledge word it most often stands for.
        self._by_plain: dict[str, str] = {}
        for word, _ in vocabulary.most_common():
            self._by_plain.setdefault(plain(word), word)
        self._make_caches()
        # One-word variants by their stem, where the stem is long enough to mean one thing
        # ("farlig" stems to "far", father) and belongs to one group only.
        groups: dict[str, set[str]] = defaultdict(set)
        for variant, canonical in language.synonyms.items():
            if len(variant) == 1 and len(stem(variant[0])) >= _MIN_SYNONYM_STEM:
                groups[stem(variant[0])].add(canonical)
        self._by_stem = {s: next(iter(c)) for s, c in groups.items() if len(c) == 1}
        # For each word that starts a synonym variant, the most words such a variant has.
        self._longest_variant: dict[str, int] = {}
        for variant in language.synonyms:
            size = max(len(variant), self._longest_variant.get(variant[0], 0))
            self._longest_variant[variant[0]] = size

    def _make_caches(self) -> None:
        self._correct = lru_cache(maxsize=65536)(self._correct_uncached)
        self._term = lru_cache(maxsize=65536)(self._term_uncached)
        self._single = lru_cache(maxsize=65536)(self._single_uncached)
        # A message's terms, for the few messages read last: a message is ranked alone,
        # with its context and for its question kinds, and each reads the same terms.
        self._recent: dict[tuple[str, tuple[bool, ...]], tuple[Term, ...]] = {}

    def __getstate__(self) -> dict[str, object]:
        """Pickled (the brain kept for the next start) without its caches."""
        state = self.__dict__.copy()
        for cache in ("_correct", "_term", "_single", "_recent"):
            del state[cache]
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._make_caches()

    @cached_property
    def _stem_rank(self) -> dict[str, int]:
        """The lexicon's stems with the rank of their most frequent word: an inflection of
        an ordinary word ("læggen", the calf) is no typo of a knowledge word ("lægen"), and
        says as much as its most frequent form ("læg"). Built when first needed, as
        stemming the whole lexicon would add tens of milliseconds to start-up."""
        ranks: dict[str, int] = {}
        for root, rank in zip(stems(list(self._lexicon)), self._lexicon.values(), strict=True):
            ranks.setdefault(root, rank)
        return ranks

    def terms(self, text: str) -> list[str]:
        """Canonical content terms of a text, in order, stop words removed."""
        return [term.text for term in self.analyse(analyse(text))]

    def analyse(self, message: Message, denied: Sequence[bool] = ()) -> tuple[Term, ...]:
        """Canonical content terms of a message with their novelty, in order, stop words
        and the words the writer denies (`denied`, per word) removed.

        Synonyms become their group's canonical word as it is; other words are stemmed.
        """
        key = (message.text, denial_key(denied))
        terms = self._recent.get(key)
        if terms is None:
            if len(self._recent) >= RECENT_MESSAGES:
                self._recent.clear()
            terms = self._recent[key] = tuple(self._analyse(message, denied))
        return terms

    def _analyse(self, message: Message, denied: Sequence[bool]) -> list[Term]:
        stop_words = self.language.stop_words
        particles = self.language.particles
        kinds = self.language.question_kinds
        # The situation told beside a question counts as its condition does.
        told = message.told_beside_question()
        condition = [a or b for a, b in zip(_conditions(message), told, strict=True)]
        terms: list[Term] = []
        for sentence, asked in zip(message.sentences, message.asked, strict=True):
            parts: list[tuple[bool, list[tuple[str, bool]]]] = []
            for part in _runs(sentence, condition):
                read = [
                    (w, bool(denied and denied[i]))
                    for i in part
                    if message.words[i] not in particles
                    for w in self._correct(message.words[i])
                ]
                words = self._undenied(read)
                found = [(w, c) for w, c in self._apply_synonyms(words) if w not in stop_words]
                parts.append((condition[part.start], found))
            # A question's condition ("skal jeg melde mig syg, når jeg har hold i ryggen?")
            # is what it asks about, not what it asks, unless the rest names nothing
            # ("hvilken har jeg, hvis det stråler ned i læggen?").
            names = any(
                w not in kinds
                for is_condition, found in parts
                if not is_condition
                for w, _ in found
            )
            terms += [
                self._term(word, canonical, asked and not (is_condition and names))
                for is_condition, found in parts
                for word, canonical in found
            ]
        return terms

    def _term_uncached(self, word: str, canonical: bool, asked: bool) -> Term:
        if canonical:  # a synonym group's own word: known, and not stemmed
            return Term(word, 0.0, False, asked)
        rank = self._lexicon.get(word)
        if rank is None and word not in self._known:
            rank = self._stem_rank.get(stem(word))
        # A word common in English is no rare word, however rare it is in Danish ("monday",
        # "dad"); it still says more than an everyday Danish word, as an English question
        # has few words the knowledge uses ("who won the champions league?").
        english = self._english.get(word)
        if english is not None and word not in self._known:
            english = max(english, COMMON_RANK)
            rank = english if rank is None else min(rank, english)
        common = rank is not None and rank < COMMON_RANK
        read_as = word if word in self.language.unstemmed else stem(word)
        return Term(read_as, self._novelty(word, rank), common, asked)

    def _novelty(self, word: str, rank: int | None) -> float:
        """How much a word the knowledge never uses says about the question (0 if it uses it).

        Everyday Danish words ("morgen", "nabo") are context; rare words ("akupunktur",
        "nyresten") are usually what the question is about.
        """
        if word in self._known:
            return 0.0
        if word.isdigit():
            return NOVELTY_COMMON
        if rank is not None and rank < COMMON_RANK:
            return NOVELTY_COMMON
        if rank is not None and rank < FAIRLY_COMMON_RANK:
            return NOVELTY_FAIRLY_COMMON
        return NOVELTY_RARE

    def _undenied(self, read: list[tuple[str, bool]]) -> list[str]:
        """The words of `read` (word, denied) the writer does not deny. A phrase the
        knowledge writes with its own negation ("det ikke sker igen") is no denial where
        the denial begins inside it: "hvad gør jeg, for at det ikke sker igen?"."""
        words = [word for word, _ in read]
        denied = [flag for _, flag in read]
        if not any(denied):
            return words
        i = 0
        while i < len(words):
            found = self._variant_at(words, i)
            size = found[1] if found else 1
            if size > 1 and not denied[i] and denied[i + size - 1]:
                denied[i : i + size] = [False] * size
            i += size
        return [word for word, flag in zip(words, denied, strict=True) if not flag]

    def _variant_at(self, words: list[str], i: int) -> tuple[str, int] | None:
        """The canonical word of the longest variant phrase starting at word `i`, and its
        length in words; None if none starts there."""
        longest = self._longest_variant.get(words[i])
        if longest is None:  # most words start no variant
            return None
        for size in range(min(longest, len(words) - i), 0, -1):
            canonical = self.language.synonyms.get(tuple(words[i : i + size]))
            if canonical is not None:
                return canonical, size
        return None

    def _split_variant_at(self, words: list[str], i: int) -> tuple[str, int] | None:
        """The canonical word of a one-word variant typed as two words from word `i`, with
        or without its linking letter ("hekse skud", "fugl-hund" for "fuglehund"), and 2;
        None if the two make none."""
        if i + 1 >= len(words):
            return None
        first, second = words[i], words[i + 1]
        stop_words = self.language.stop_words
        if min(len(first), len(second)) < _MIN_SPLIT_PART or {first, second} & stop_words:
            return None  # "var et" is no "varet"
        if first in self._known and second in self._known:
            return None  # two words the knowledge reads apart: "mave smerter" beside back pain
        for link in _LINKS:
            canonical = self.language.synonyms.get((first + link + second,))
            if canonical is not None:
                return canonical, 2
        return None

    def _apply_synonyms(self, words: list[str]) -> list[tuple[str, bool]]:
        """Replace variant phrases, longest first, marking which terms are canonical."""
        result: list[tuple[str, bool]] = []
        i = 0
        while i < len(words):
            found = self._variant_at(words, i) or self._split_variant_at(words, i)
            if found:
                result.append((found[0], True))
                i += found[1]
            else:
                result.append(self._single(words[i]))
                i += 1
        return result

    def _single_uncached(self, word: str) -> tuple[str, bool]:
        """A word no phrase starts at: the canonical word of a one-word variant's other
        inflections ("hurtigst" for "hurtigt"), or itself (always, if `unstemmed` or a stop
        word: "forskellige", various, is no "forskel")."""
        if word in self.language.unstemmed or word in self.language.stop_words:
            return (word, False)
        canonical = self._by_stem.get(stem(word))
        return (canonical, True) if canonical else (word, False)

    def _correct_uncached(self, word: str) -> tuple[str, ...]:
        """A word as the knowledge spells it: split if compound, else the nearest known word."""
        if (
            word in self._listed
            or not _MIN_CORRECTABLE <= len(word) <= MAX_WORD_LENGTH
            or word.isdigit()
        ):
            return (word,)
        word = self._with_danish_letters(word) or word
        if word in self._english and word not in self._lexicon and word not in self._known:
            # A common English word is no Danish compound ("passport" is no "sport") nor a
            # slip ("bugging" is no "bulging").
            return (word,)
        parts = self._split_compound(word)
        if parts is None and not (
            word in self._known or word in self._lexicon or stem(word) in self._stem_rank
        ):
            # A compound of two knowledge words is no typo ("lændeskade" is no "lændeskud");
            # nor, but for a single slip ("hekseskød"), is one of two ordinary Danish words
            # ("kantsten" is no "katten"); any other unknown word is corrected, then split
            # if it is a compound.
            corrected = self._nearest_known(word, 1 if self._ordinary_compound(word) else None)
            parts = self._split_compound(corrected) if corrected != word else None
            word = corrected
        return parts or (word,)

    def _ordinary_compound(self, word: str) -> bool:
        """Whether the word is a compound of two ordinary Danish words ("kantsten"), no
        typo of a knowledge word ("katten")."""
        is_word = self._lexicon.__contains__
        return split_compound(word, is_word, _ORDINARY_PART, _ORDINARY_PART) is not None

    def _with_danish_letters(self, word: str) -> str | None:
        """The knowledge word meant by one typed without æ, ø or å ("ovelser" -> "øvelser").

        Only a variant the knowledge uses more often than the word as typed qualifies, so
        the knowledge's own plain spellings join their Danish ones too.
        """
        meant = self._by_plain.get(plain(word))
        return meant if meant and self._frequency[meant] > self._frequency[word] else None

    def _nearest_known(self, word: str, allowed: int | None = None) -> str:
        """The knowledge word within a typo or two of `word` (or `allowed`); the word
        itself if none."""
        if allowed is None:
            allowed = 1 if len(word) <= 6 else 2
        found = process.extract(
            word,
            self._near_length.get(len(word), ()),
            scorer=OSA.distance,
            score_cutoff=allowed,
            limit=None,
        )
        # Short words have many neighbours: only correct them to words the knowledge uses.
        found = [f for f in found if len(word) > 4 or self._frequency[f[0]]]
        if not found:
            return word
        return min(found, key=lambda f: (f[1], -self._frequency[f[0]], f[0]))[0]

    def is_word(self, word: str) -> bool:
        """Whether the word is ordinary Danish or a word the knowledge uses."""
        return word in self._lexicon or word in self._known

    def _split_compound(self, word: str) -> tuple[str, ...] | None:
        """Split a Danish compound ("rygøvelserne") into two words the knowledge uses."""
        stop_words = self.language.stop_words
        return split_compound(
            word,
            lambda part: part in self._known and part not in stop_words,
            _MIN_COMPOUND_HEAD,
            _MIN_COMPOUND_TAIL,
        )


@dataclass(frozen=True)
class NotCoveredNamed:
    """What a message names of the topics the article does not cover."""

    topic: NotCovered | None  # the topic named; of several, the one listed first
    # The places of the words that name a topic, or a time one was ("siden min sidste
    # graviditet"): none of them says what the message asks about the back.
    places: frozenset[int] = frozenset()


def not_covered_in(language: Language, message: Message) -> NotCoveredNamed:
    """The topic the article does not cover that the message names. A topic named only
    inside a phrase that tells a time that is over ("lændesmerter siden min sidste
    graviditet") is background, not the topic."""
    words = message.words
    over = {
        position
        for _, start, end in _phrases_in(words, language.not_covered_over_index)
        for position in range(start, end)
    }
    named = [
        (place, range(start, end))
        for place, start, end in _phrases_in(words, language.not_covered_index)
        if not over.issuperset(range(start, end))
    ]
    topic = language.not_covered_topics[min(place for place, _ in named)] if named else None
    return NotCoveredNamed(topic, frozenset(over.union(*(span for _, span in named))))


# Joins two small-talk phrases: "tak og farvel".
_JOINING = frozenset({"og", "and"})


def smalltalk_kind(language: Language, message: Message) -> str | None:
    """The small-talk kind a whole message is ("greeting", "thanks", ...), or None. A
    message said in several small-talk phrases one after another ("hej, hvordan går det?",
    "tak og farvel") is of the kind of the last one."""
    said = tuple(w for w in message.words if w not in language.addressing)
    if not said:
        return "greeting" if message.folded else None  # only "rygbot?"
    said = tuple(w for w in said if w not in language.particles)  # "tak, det hjalp virkelig"
    if not said:
        return None
    phrases = language.smalltalk_phrases
    # A whole phrase is its own kind ("hej hej" says goodbye, not hello twice).
    return phrases.get(said) or _last_of_phrases(phrases, said, language.longest_smalltalk)


def _last_of_phrases(
    phrases: dict[tuple[str, ...], str], words: tuple[str, ...], longest: int
) -> str | None:
    """The kind of the last phrase, when `words` are phrases of `phrases` (of at most
    `longest` words) one after another ("og" may join two); None when any word is left
    over."""
    kind_ending_at: dict[int, str] = {0: ""}
    for start in range(len(words)):
        kind = kind_ending_at.get(start)
        if kind is None:
            continue
        if kind and words[start] in _JOINING:
            kind_ending_at.setdefault(start + 1, kind)
        for end in range(start + 1, min(len(words), start + longest) + 1):
            found = phrases.get(tuple(words[start:end]))
            if found:
                kind_ending_at[end] = found
    return kind_ending_at.get(len(words)) or None


def load_analyzer(
    knowledge_dir: Path,
    entries: Iterable[Entry],
    lexicon: dict[str, int] | None = None,
    english: dict[str, int] | None = None,
) -> Analyzer:
    """The analyzer for a knowledge base: its language data, its words, the Danish lexicon
    and the common English words."""
    vocabulary: Counter[str] = Counter()
    for entry in entries:
        for text in (entry.heading, entry.answer, *entry.alternates, *entry.keywords):
            vocabulary.update(fold(text).split())
    language = load_language(knowledge_dir / "language.yaml")
    if lexicon is None:
        lexicon = load_lexicon(knowledge_dir / "danish_words.txt")
    if english is None:
        english = load_lexicon(knowledge_dir / "english_words.txt")
    return Analyzer(language, vocabulary, lexicon, english)


def load_lexicon(path: Path) -> dict[str, int]:
    """Ordinary Danish words, most frequent first, with their frequency rank."""
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except OSError as error:
        raise KnowledgeError(f"{path.name}: cannot read the file ({error.strerror})") from None
    words = [line for line in lines if line and line[0] != "#"]
    return dict(zip(words, range(len(words)), strict=True))


# Words that open a condition: from one to the end of its clause.
_CONDITION_WORDS = frozenset({"når", "hvis", "if", "when"})


def _conditions(message: Message) -> list[bool]:
    """Per word, whether it stands in a condition: from "når" or "hvis" to the end of
    its clause."""
    inside = [False] * len(message.tokens)
    for clause in message.clauses:
        opened = False
        for i in clause:
            opened = opened or message.tokens[i].word in _CONDITION_WORDS
            inside[i] = opened
    return inside


def _runs(sentence: range, flags: list[bool]) -> list[range]:
    """The sentence cut where `flags` changes, so that each part is all in or all out."""
    runs: list[range] = []
    start = sentence.start
    for i in sentence:
        if i > start and flags[i] != flags[i - 1]:
            runs.append(range(start, i))
            start = i
    if start < sentence.stop:
        runs.append(range(start, sentence.stop))
    return runs
