"""Slot vocabularies: which words of a message a slot's terms stand on.

A term is one or more words that follow each other in the message. A word in a term is
written as it is spelled ("blæren"), with "*" for any ending ("følelsesløs*") or any
beginning ("*kræft"), or as "<tal>" (any number), "<alder>" (a number from 70 to 119,
an age that makes a fall dangerous), "<fart>" (a number from 30 to 399, a speed in km/h
that makes a crash high-energy; "10 km/t" into a hedge is none), "<årstal>" (a year),
"<få>" (a number from 1 to 30: "5 meter" is a short way), "<højde>" (a number from 2 to
15, metres fallen that make a fall high-energy; "1 meter" is none), "<dag>" (a weekday's
name, "mandag" or "mandags": "mandag kunne jeg gå normalt"; "i <dag>" for "i mandags").
"..." between words allows up to two other words, never "ikke" as written ("vågner ikke
af smerter" is no "vågner ... af smerter").

Each message word is read once, through a cache, as the set of term words it can be:
spelled as written, another inflection of a slot's word ("svigtede" for "svigter"),
typed without æ/ø/å ("folelseslos", "blaere"), or a small slip of a word spelled out in
some term ("skridet" for "skridtet"). Ordinary Danish words are never
taken for slips: "kræfter" stays strength and "nakkesmerter" is not "nattesmerter".
A compound split in two ("køns dele", "på kørt") is read, at its first word, as the word
the two make (`WordReader.joined`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container, Iterable, Sequence
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.knowledge import KnowledgeError
from bot.normalise import fold, plain, plain_keys, plain_words, split_compound, stem, stems
from bot.red_flags.dates import SIX_TO_NINE_WEEKS, THREE_TO_FIVE_MONTHS

GAP = "..."
GAP_WORDS = 2
# What a filler word (`fillers` in the file) reads as: between the words of a term, up
# to FILLER_WORDS of them are passed over ("kan jeg jo ikke holde" is "kan ikke holde").
FILLER = "<fyld>"
FILLER_WORDS = 2
NUMBER, AGE, SPEED, YEAR, FEW, DAY = "<tal>", "<alder>", "<fart>", "<årstal>", "<få>", "<dag>"
HEIGHT = "<højde>"
# A year of birth that makes a person 70 or more this year ("born 1944"): old enough for
# a fall to break a bone, like "<alder>".
OLD_BIRTH_YEAR = "<årgang-70>"
# A small child's age in years, in digits or words ("min søn på 3", "datter på to").
TODDLER = "<småbarn>"
TODDLER_AGES = range(1, 6)
TODDLER_WORDS = frozenset({"to", "tre", "fire", "fem", "two", "three", "four", "five"})
# A child's age, up to 12, for what children often do ("min søn på 8 tisser i sengen").
CHILD = "<barn>"
CHILD_AGES = range(1, 13)
CHILD_WORDS = TODDLER_WORDS | {"seks", "syv", "otte", "ni", "ti", "elleve", "tolv"} | {
    "six", "seven", "eight", "nine", "ten", "eleven", "twelve"
}  # fmt: skip
# What "ikke" as written reads as besides itself: a term's gap never passes over it
# (spellings that stand for it, like Jutlandic "ett", may also be "et": "tabt ett kilo").
WRITTEN_NOT = "<ikke>"
# Numbers written as words also fill <tal> ("en", "et" and "to" are too common to).
NUMBER_WORDS = frozenset(
    {"tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv"}
    | {"femten", "tyve", "halvanden", "halvandet", "two", "three", "four", "five", "six"}
    | {"seven", "eight", "nine", "ten"}
)
# Numbers as words that are metres fallen (not one and a half, nor twenty: a distance).
HEIGHT_WORDS = NUMBER_WORDS - {"halvanden", "halvandet", "tyve"}
AGE_RANGE = range(70, 120)
SPEED_RANGE = range(30, 400)
YEAR_RANGE = range(1900, 2100)
OLD_BIRTH_YEARS = range(1900, date.today().year - AGE_RANGE.start + 1)
# A few: "kan ikke gå mere end 5 meter" is trouble walking, 500 meter is not.
FEW_RANGE = range(1, 31)
# Metres fallen: from a ladder's top or a roof, high enough to break a vertebra.
HEIGHT_RANGE = range(2, 16)
# The weekdays, as messages spell them: "mandag", "i mandags", without æ/ø ("lordag").
WEEKDAYS = frozenset(
    f"{day}dag{ending}"
    for day in ("man", "tirs", "ons", "tors", "fre", "lør", "lor", "søn", "son")
    for ending in ("", "s", "en")
) | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# "<uger-6-9>", "<måneder-3-5>": spans told as two dates (bot/red_flags/dates.py).
_PLACEHOLDERS = (
    GAP,
    NUMBER,
    AGE,
    SPEED,
    YEAR,
    FEW,
    DAY,
    HEIGHT,
    OLD_BIRTH_YEAR,
    TODDLER,
    CHILD,
    SIX_TO_NINE_WEEKS,
    THREE_TO_FIVE_MONTHS,
)
# Words this long may be slips of a term word: one edit away, two from 9 letters; two
# neighbouring letters swapped count as one edit ("feebr" for "feber").
_TYPO_MIN_LENGTH = 6
# Two words are read as the compound they make only when it is this long: shorter ones
# are chance ("fem år" is no "femar", "a tv" no "atv").
_JOINED_MIN_LENGTH = 6
# ... or when a consonant alone was split off a term word ("febe r"): a vowel alone is a
# word ("bag i låret").
_VOWELS = frozenset("aeiouyæøå")
_TYPO_TWO_EDITS = 9
# Shorter words, from this length, may only have two neighbouring letters swapped, or a
# letter typed twice where the term word has two others ("tiise"), or once more than the
# term word has it ("hellt" for "helt"): never a letter left out of a word this short
# ("kisa" is a name, not the Swedish "kissa").
_SWAP_MIN_LENGTH = 4
# From this length a word may also lack one letter of a term word one longer ("sengn").
_LEFT_OUT_MIN_LENGTH = 5
# A word read as nothing, from this length, may be a slip in a word only a prefix or a
# suffix pattern covers ("biluuheld", "prostatakræt"), in a part of at least this many
# letters (a suffix: five, "kræft").
_SLIPPED_END_MIN_LENGTH = 7
_SLIPPED_PART = 7
_SLIPPED_SUFFIX = 5
# Endings of Danish inflections, by which an ordinary word's forms are known ("punge").
_INFLECTIONS = ("erne", "ene", "en", "et", "er", "e")
_DOUBLED = re.compile(r"(.)\1+")
# Longer words are never repaired or split: no Danish word is this long, and comparing
# a 100 000-letter "word" with every term word would take seconds.
MAX_WORD_LENGTH = 40
# Shortest stem by which inflections fill a term word: "fald" joins "faldt" and "falder",
# but "sov" (sleep) is too short to say one thing.
_MIN_STEM = 4
_MAX_ENDING = 3
# Endings that derive another word rather than inflect one: "hurtigt" (quickly) is no
# form of the English "hurt", "dovenhed" none of "doven".
_DERIVATIONS = ("ig", "lig", "hed")
# Grammar's other forms of a term (`variants`): "kan" also in the past, and "<verb>
# ikke" also in a subordinate clause's order; words before "ikke" that are no verb
# ("også ikke", "jo ikke") keep their order.
NOT = "ikke"
CAN, COULD = "kan", "kunne"
_NOT_VERBS = frozenset({"også", "jo", "nu", "altså", "bare", "lige", "endnu", "stadig"})
# Shortest parts of a compound of ordinary words ("nakke" + "smerter").
_COMPOUND_PART = 4
_WORD = re.compile(r"^\*?[0-9a-zæøå]+\*?$")
# The writer's words ("jeg", "mig", "min") and the same words of another person: him, her,
# and either told with a reflexive pronoun ("han slog sig", "hun mistede sin følelse").
_FIRST_PERSON = frozenset({"jeg", "mig", "min", "mit", "mine"})
_OTHER_PERSONS: tuple[dict[str, str], ...] = tuple(
    {"jeg": subject, "mig": obj, "min": owner, "mit": owner_neuter, "mine": owner_plural}
    for subject, obj, owner, owner_neuter, owner_plural in (
        ("han", "ham", "hans", "hans", "hans"),
        ("hun", "hende", "hendes", "hendes", "hendes"),
        ("han", "sig", "sin", "sit", "sine"),
        ("hun", "sig", "sin", "sit", "sine"),
    )
)
# Verbs of carrying or helping someone: "benene kan ikke bære mig" tells a sign, but "kan
# ikke bære ham" is as often a parent with a tired child, so a term with "mig" after one
# stays the writer's ("kan ikke bære min vægt" is told of others too).
_CARRYING = frozenset({"bære", "bar", "båret", "hjælpe", "hjalp", "hjulpet", "løfte", "løftet"})
# Times chat may write as one word: "i" and one of these.
_JOINABLE_TIMES = frozenset({"dag", "går", "morges", "aftes", "aften", "nat", "forgårs", "morgen"})
# A word already as folding leaves it: letters only or digits only, and no "aa", "ae",
# "oe", which folding spells "å", "æ", "ø" ("toes" is read as "tøs", like messages).
_FOLDED = re.compile(r"^(?:[a-zæøå]+|[0-9]+)$")
_DIGRAPH = re.compile("aa|ae|oe")
_DANISH = re.compile("[æøå]")
# A term of plain folded words, no pattern: read as written.
_PLAIN_TERM = re.compile("(?:[a-zæøå]+|[0-9]+)(?: (?:[a-zæøå]+|[0-9]+))*")


class Term(NamedTuple):
    """One term of a slot: its word patterns in order (GAP allows up to two words). A
    tuple: the slots have some 12 000 terms, made at every start."""

    slot: str
    patterns: tuple[str, ...]
    joined: bool = False  # its first two words stand together, no filler between


def parse_term(slot: str, text: str, fail: Callable[[str], KnowledgeError]) -> Term:
    """A term as written in the YAML file, validated word by word; `fail` makes the
    one-line error that names the file and place."""
    if _PLAIN_TERM.fullmatch(text) and not _DIGRAPH.search(text):  # most terms: words as read
        return Term(slot, tuple(text.split()))
    patterns: list[str] = []
    for word in text.split():
        if word in _PLACEHOLDERS or (_FOLDED.match(word) and not _DIGRAPH.search(word)):
            patterns.append(word)
        elif "<" in word or ">" in word:
            # "(<alder>)" would fold to the plain word "alder": a placeholder stands alone
            raise fail(f"slot '{slot}': term '{text}' has a bad word '{word}'")
        elif "*" not in word:
            folded = fold(word).split()  # "70erne" is read as "70 erne", like messages
            if not folded:
                raise fail(f"slot '{slot}': term '{text}' has a bad word '{word}'")
            patterns += folded
        else:
            spelled = "*".join(fold(part) for part in word.split("*"))
            if not _WORD.match(spelled) or spelled.strip("*") == "":
                raise fail(f"slot '{slot}': term '{text}' has a bad word '{word}'")
            patterns.append(spelled)
    if not patterns or patterns[0] == GAP or patterns[-1] == GAP:
        raise fail(f"slot '{slot}': term '{text}' must start and end with a word")
    return Term(slot, tuple(patterns))


def variants(term: Term) -> tuple[Term, ...]:
    """A term as written and in the forms Danish grammar gives the same words: a term
    that opens with "kan" also in the past ("kan ikke stå": "kunne ikke stå"), and one
    that opens with a verb and "ikke" ("kan ikke mærke", "kommer ikke ud") also in a
    subordinate clause's order, where "ikke" comes first ("..., at jeg ikke kan mærke",
    "nu jeg ikke kan føle"); a time also as chat writes it in one word ("i morges":
    "imorges"); and a term told of the writer also told of another person ("benene
    forsvinder under mig": "... under ham", "... under hende")."""
    return tuple(
        form
        for person in _person_forms(term)
        for spelled in _time_spellings(person)
        for form in _grammar_forms(spelled)
    )


def _person_forms(term: Term) -> tuple[Term, ...]:
    """A term, and the same words told of him, of her and of either with a reflexive
    pronoun ("slog mig": "slog ham", "slog hende", "slog sig"), when it has words of the
    writer: whose sign it is, the context decides (`context.py`), not the term."""
    words = term.patterns
    if _FIRST_PERSON.isdisjoint(words) or any(
        word == "mig" and before in _CARRYING for before, word in pairwise(words)
    ):
        return (term,)
    forms = {term}
    for persons in _OTHER_PERSONS:
        patterns = tuple(persons.get(word, word) for word in term.patterns)
        forms.add(Term(term.slot, patterns, term.joined))
    return tuple(sorted(forms, key=lambda form: form != term))


def _time_spellings(term: Term) -> tuple[Term, ...]:
    """A term, and with its times written as one word ("i går kunne jeg gå": "igår kunne
    jeg gå") when it has any."""
    words = list(term.patterns)
    joined = [
        i for i in range(len(words) - 1) if words[i] == "i" and words[i + 1] in _JOINABLE_TIMES
    ]
    if not joined:
        return (term,)
    for i in reversed(joined):
        words[i : i + 2] = ["i" + words[i + 1]]
    return (term, Term(term.slot, tuple(words), term.joined))


def _grammar_forms(term: Term) -> tuple[Term, ...]:
    if term.patterns[0] != CAN and term.patterns[1:2] != (NOT,):
        return (term,)  # most terms: no other form
    first, *rest = term.patterns
    tenses = [term]
    if first == CAN:
        tenses.append(Term(term.slot, (COULD, *rest)))
    if not rest or rest[0] != NOT or not _FOLDED.match(first) or first in _NOT_VERBS:
        return tuple(tenses)
    # "at jeg ikke kan": the subject stands before "ikke", nothing between it and the verb.
    return (*tenses, *(Term(t.slot, (NOT, t.patterns[0], *rest[1:]), joined=True) for t in tenses))


class WordReader:
    """Reads each message word as the set of term word patterns it satisfies."""

    def __init__(
        self,
        patterns: Collection[str],
        lexicon: Collection[str],
        as_typed: Collection[str] = (),
        inflected: Collection[str] = (),
        spellings: dict[str, str] | None = None,
        fillers: Collection[str] = (),
        whole_terms: Collection[str] = (),
    ) -> None:
        """`as_typed`: words never read as another word ("kraft" is strength, not "kræft").

        `fillers`: pronouns and small adverbs a term may have between its words.

        `spellings`: common short misspellings and chat forms, read as the word they stand
        for ("ik" -> "ikke", "tise" -> "tisse"): too short for typo repair.

        `inflected`: term words that any inflection also fills ("svigtede" for "svigter"):
        words with the same Danish stem, where the stem is long enough to mean one thing.

        `whole_terms`: the patterns that are a term on their own ("gang", "smerter"): a
        word read as one is no split-off ending of a compound.
        """
        literal = {p for p in patterns if "*" not in p and p not in _PLACEHOLDERS}
        self._literal = frozenset(literal)
        self._prefixes = tuple(sorted({p[:-1] for p in patterns if p.endswith("*")}))
        self._suffixes = tuple(sorted({p[1:] for p in patterns if p.startswith("*")}))
        # The same without æ/ø/å, worked out once (a word typed without them reads them).
        self._plain_prefixes = tuple((plain(p), p) for p in self._prefixes)
        self._plain_suffixes = tuple((plain(s), s) for s in self._suffixes)
        self._lexicon = frozenset(lexicon)
        self._as_typed = frozenset(fold(w) for w in as_typed)
        self._spellings = spellings or {}
        self._fillers = frozenset(fold(w) for w in fillers)
        self._whole_terms = frozenset(whole_terms)
        self._by_stem: dict[str, set[str]] = {}
        words = [word for word in inflected if word in literal]
        for word, root in zip(words, stems(words), strict=True):
            if _inflects(word, root):
                self._by_stem.setdefault(root, set()).add(word)
        # Plain keys of the literal words: "folelseslos" -> {"følelsesløs"}, "bare" ->
        # {"bare", "bære"} (a word typed without æ/ø/å is read as each of them).
        self._by_plain: dict[str, set[str]] = {}
        words = list(literal)
        for word, key in zip(words, plain_words(words), strict=True):
            self._by_plain.setdefault(key, set()).add(word)
        by_letter: dict[str, list[str]] = {}
        # Short keys by their shapes: sorted letters, and letters with doubles made single.
        self._by_shape: dict[str, set[str]] = {}
        # Longest first, and alphabetically within a length (the sort is stable).
        for key in sorted(sorted(self._by_plain), key=len, reverse=True):
            if len(key) >= _TYPO_MIN_LENGTH:
                by_letter.setdefault(key[0], []).append(key)
            elif len(key) >= _SWAP_MIN_LENGTH:
                for shape in _shapes(key):
                    self._by_shape.setdefault(shape, set()).add(key)
        self._by_letter = {letter: tuple(keys) for letter, keys in by_letter.items()}
        self.read = lru_cache(maxsize=32768)(self._read)
        self.joined = lru_cache(maxsize=32768)(self._joined)

    def __getstate__(self) -> dict[str, object]:
        """Pickled (the brain kept for the next start) without its cache."""
        state = self.__dict__.copy()
        del state["read"], state["joined"]
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.read = lru_cache(maxsize=32768)(self._read)
        self.joined = lru_cache(maxsize=32768)(self._joined)

    def _joined(self, first: str, second: str) -> frozenset[str]:
        """What two words make as one when a compound was split in two ("køns dele",
        "skridt et", "be døvet"), its ending meaning nothing alone, beyond what the first
        word reads: a term word spelled out (also without æ/ø/å), or a term's beginning or
        ending when the two make a term word or an ordinary Danish word ("føle løse"). No
        slip repair and no inflection: "fuld kraft" is never "kræft", nor "man det"
        "mand"."""
        word = first + second
        # A second word that is a term on its own is no split-off ending: "en gang" is no
        # "engang" (its "gang" is walking). A shorter word is joined only when its last
        # consonant was split off a term word ("febe r"; not "bag i": a vowel alone is a
        # word, "i", "å", "ø").
        stray_letter = len(second) == 1 and second not in _VOWELS and word in self._literal
        if (
            (len(word) < _JOINED_MIN_LENGTH and not stray_letter)
            or not word.isalpha()
            or self.read(second) & self._whole_terms
        ):
            return frozenset()
        made = self._by_plain.get(plain(word), set()) | ({word} & self._literal)
        if made or self.ordinary(word):
            made |= {p + "*" for p in self._prefixes if word.startswith(p)}
            made |= {"*" + s for s in self._suffixes if word.endswith(s)}
        return frozenset(made) - self.read(first)

    def _read(self, word: str) -> frozenset[str]:
        """The patterns `word` satisfies, as typed or as the word it was meant to be."""
        ages = ({TODDLER} if word in TODDLER_WORDS else set()) | (
            {CHILD} if word in CHILD_WORDS else set()
        )
        if word in NUMBER_WORDS:  # "for tre måneder siden" is "for <tal> måneder siden"
            heights = {HEIGHT} if word in HEIGHT_WORDS else set()
            return self._read_word(word) | {NUMBER, FEW} | heights | ages  # all 20 or less
        if word in WEEKDAYS:
            return self._read_word(word) | {DAY}
        if word == NOT:
            return self._read_word(word) | {WRITTEN_NOT}
        return self._read_word(word) | ages

    def _read_word(self, word: str) -> frozenset[str]:
        if word.isdigit():
            found = {NUMBER, word} if word in self._literal else {NUMBER}
            if len(word) <= 3 and int(word) in AGE_RANGE:
                found.add(AGE)
            if len(word) <= 3 and int(word) in SPEED_RANGE:
                found.add(SPEED)
            if len(word) == 4 and int(word) in YEAR_RANGE:
                found.add(YEAR)
            if len(word) == 4 and int(word) in OLD_BIRTH_YEARS:
                found.add(OLD_BIRTH_YEAR)
            if len(word) <= 2 and int(word) in FEW_RANGE:
                found.add(FEW)
            if len(word) <= 2 and int(word) in HEIGHT_RANGE:
                found.add(HEIGHT)
            if len(word) == 1 and int(word) in TODDLER_AGES:
                found.add(TODDLER)
            if len(word) <= 2 and int(word) in CHILD_AGES:
                found.add(CHILD)
            return frozenset(found)
        if len(word) > MAX_WORD_LENGTH:
            return frozenset()
        found = {FILLER} if self._spellings.get(word, word) in self._fillers else set()
        meant = self._meant(word)  # a slip of a chat form means what that form means
        for form in {
            word,
            meant,
            self._spellings.get(word, word),
            self._spellings.get(meant, meant),
        }:
            if form in self._literal:
                found.add(form)
            if form not in self._as_typed and _inflects(form, root := stem(form)):
                found.update(self._by_stem.get(root, ()))
            found.update(p + "*" for p in self._prefixes if form.startswith(p))
            found.update("*" + s for s in self._suffixes if form.endswith(s))
        if word not in self._as_typed and (not _DANISH.search(word) or word not in self._lexicon):
            # Typed without æ/ø/å, or with some ("tærne" from "taerne"): also read as
            # the words with them ("blaren", "ga", "tæerne").
            key = plain(word)
            found.update(self._by_plain.get(key, ()))
            found.update(p + "*" for bare, p in self._plain_prefixes if key.startswith(bare))
            found.update("*" + s for bare, s in self._plain_suffixes if key.endswith(bare))
        if meant == word and not found - {FILLER} and self._slip_may_hide(word):
            found.update(self._slipped_ends(word))
        return frozenset(found)

    def _slip_may_hide(self, word: str) -> bool:
        """Whether a word read as nothing may be a slip in a word only a pattern covers:
        long enough, typed as no term and no ordinary Danish word."""
        return (
            len(word) >= _SLIPPED_END_MIN_LENGTH
            and word.isalpha()
            and word not in self._as_typed
            and not self.ordinary(word)
        )

    def _slipped_ends(self, word: str) -> set[str]:
        """The prefix and suffix patterns a word fills with one slip in the part they cover
        ("biluuheld": "biluheld*", "prostatakræt": "*kræft"), a part of at least
        _SLIPPED_PART letters, and a suffix after a head of its own ("*kræft" needs one)."""
        key = plain(word)
        found: set[str] = set()
        for bare, pattern in self._plain_prefixes:
            if len(bare) >= _SLIPPED_PART and any(
                self._slipped(key[:length], bare, word[:length])
                for length in (len(bare) - 1, len(bare), len(bare) + 1)
            ):
                found.add(pattern + "*")
        for bare, pattern in self._plain_suffixes:
            if len(bare) >= _SLIPPED_SUFFIX and any(
                len(key) - length >= _MIN_STEM
                and self._slipped(key[-length:], bare, word[-length:])
                for length in (len(bare) - 1, len(bare), len(bare) + 1)
            ):
                found.add("*" + pattern)
        return found

    def _slipped(self, part: str, bare: str, typed: str) -> bool:
        """Whether a part of a word (`part` plain, `typed` as typed) is a pattern's letters
        with one slip: the same first letter ("kontinentaleuropa" is no "inkontinens" with
        its "in" left out) and no ordinary word as typed ("vennekreds" ends in "kreds", no
        "kræft")."""
        return (
            part[:1] == bare[:1]
            and OSA.distance(part, bare, score_cutoff=1) <= 1
            and not self.ordinary(typed)
        )

    def _meant(self, word: str) -> str:
        """The term word a message word stands for, if it is a slip; else the word.

        A word without æ/ø/å may have been typed on a keyboard without them; other slips
        are forgiven only in words that are not ordinary Danish ("stikker" never becomes
        "sikker").
        """
        if word in self._literal or word in self._as_typed or not word.isalpha():
            return word
        # A key with an "e" kept beside æ/ø/å only for a word long enough to lack a letter
        # ("blæen"), not a shorter one it would widen ("bået" is no "beat").
        keys = plain_keys(word) if len(word) >= _LEFT_OUT_MIN_LENGTH else (plain(word),)
        near = list(dict.fromkeys(k for key in keys for k in self._nearest_keys(key, word)))
        if not near or self.ordinary(word):
            return word
        # Of term words equally near, the one that keeps the æ/ø/å typed ("kærft" is
        # "kræft", not "kraft"; "mækrer" is "mærker", not "makker"), then the first found.
        return min(
            (
                (OSA.distance(word, spelled), rank, spelled)
                for rank, key in enumerate(near)
                for spelled in self._by_plain[key]
            )
        )[2]

    def _nearest_keys(self, key: str, word: str) -> list[str]:
        """The plain keys of the term words a slip typed as `key` is nearest to, all that
        are equally near."""
        if len(key) < _TYPO_MIN_LENGTH:  # see _shapes
            same_shape = {
                k
                for shape in _shapes(key)
                for k in self._by_shape.get(shape, ())
                if _slip_keeps_letters(key, k) and OSA.distance(key, k) == 1
            }
            # A slip that keeps the length first ("bærre" is "bærer", not "bare").
            kept = [k for k in same_shape if len(k) == len(key)]
            if kept or same_shape:
                return kept or sorted(same_shape)
            if len(key) < _LEFT_OUT_MIN_LENGTH or self._inflects_ordinary(word):
                return []
            longer = [k for k in self._by_letter.get(key[0], ()) if len(k) == len(key) + 1]
            return _nearest(key, longer, 1)
        allowed = 1 if len(key) < _TYPO_TWO_EDITS else 2
        return _nearest(key, self._by_letter.get(key[0], ()), allowed)

    def _inflects_ordinary(self, word: str) -> bool:
        """Whether a word is an ordinary Danish word with an inflection's ending ("punge",
        wallets, is no "pungen" with a letter left out)."""
        return any(
            word.endswith(ending)
            and len(word) - len(ending) >= 3
            and self.ordinary(word[: -len(ending)])
            for ending in _INFLECTIONS
        )

    def ordinary(self, word: str) -> bool:
        """An ordinary Danish word, or a compound of two ("nakke" + "smerter")."""
        lexicon = self._lexicon
        return word in lexicon or bool(
            split_compound(word, lexicon.__contains__, _COMPOUND_PART, _COMPOUND_PART)
        )


def _nearest(key: str, candidates: Sequence[str], allowed: int) -> list[str]:
    """The candidates nearest to `key`, at most `allowed` edits away, all equally near,
    in their order (the longest first: a letter left out is the likelier slip)."""
    found = process.extract(key, candidates, scorer=OSA.distance, score_cutoff=allowed, limit=None)
    if not found:
        return []
    best = min(distance for _, distance, _ in found)
    return [
        candidate
        for candidate, distance, _ in sorted(found, key=lambda f: f[2])
        if distance == best
    ]


def _slip_keeps_letters(typed: str, meant: str) -> bool:
    """Whether a short word's slip left every letter of the term word in: as long as it
    (two swapped, or one typed twice), or one longer by a letter typed twice ("hellt")."""
    if len(typed) == len(meant):
        return True
    return len(typed) == len(meant) + 1 and any(
        typed[i] == typed[i + 1] and typed[:i] + typed[i + 1 :] == meant
        for i in range(len(typed) - 1)
    )


def _shapes(key: str) -> tuple[str, str]:
    """The shapes under which a short word's slips are looked up: its letters sorted (two
    neighbours swapped) and its letters with doubles made single (one typed twice)."""
    return "".join(sorted(key)), _DOUBLED.sub(r"\1", key)


def _inflects(word: str, root: str) -> bool:
    """Whether a word joins its inflections by its stem `root`: a stem long enough to mean
    one thing, and an ending no longer than an inflection ("svigtede"), not a derivation
    ("mærkelig" is no form of "mærke", "hurtigt" none of "hurt")."""
    ending = word[len(root) :] if word.startswith(root) else ""
    return (
        len(root) >= _MIN_STEM
        and len(word) - len(root) <= _MAX_ENDING
        and not ending.startswith(_DERIVATIONS)
    )


class TermIndex:
    """Terms by their first two words, so that a message word tries only the terms that
    can start there (most terms fail on their second word; this never tries them)."""

    def __init__(self, terms: Iterable[Term], fillers: bool = True) -> None:
        """`fillers`: whether a filler may stand between a term's words (slot terms: yes;
        context triggers: no, "nej, jeg har ikke" is no "nej ikke")."""
        self._fillers = fillers
        # Each term with the patterns its lookup has not found in the message yet: those
        # after its first word, or after its second where it is filed under that too.
        self._index: dict[str, dict[str, list[tuple[Term, tuple[str, ...]]]]] = {}
        for term in terms:
            second = term.patterns[1] if len(term.patterns) > 1 else ""
            key = "" if second == GAP else second
            group = self._index.setdefault(term.patterns[0], {})
            group.setdefault(key, []).append((term, term.patterns[2 if key else 1 :]))

    def matches(
        self, readings: Sequence[frozenset[str]], starts: Container[int] | None = None
    ) -> list[list[tuple[Term, int]]]:
        """For each word, each term that matches from there, with the end of its match;
        with `starts`, only from those words (the others' lists are left empty).
        Terms with a pattern the message lacks anywhere are skipped without trying them."""
        index, fillers = self._index, self._fillers
        present = patterns_of(readings)
        found: list[list[tuple[Term, int]]] = []
        for start, here in enumerate(readings):
            at_start: list[tuple[Term, int]] = []
            found.append(at_start)
            if starts is not None and start not in starts:
                continue
            following: list[frozenset[str]] | None = None
            for pattern in here:
                group = index.get(pattern)
                if group is None:
                    continue
                if following is None:
                    following = self._following(readings, start)
                candidates = [group.get("", ())]
                for reading in following:  # a word reads as a few patterns; a group has many
                    for second in reading:
                        more = group.get(second)
                        if more is not None:
                            candidates.append(more)
                for terms in candidates:
                    for term, unseen in terms:
                        if present.issuperset(unseen):
                            end = term_spans(term, readings, start, fillers)
                            if end is not None:
                                at_start.append((term, end))
        return found

    def _following(self, readings: Sequence[frozenset[str]], start: int) -> list[frozenset[str]]:
        """The words a term's second word may be: the next one, or with fillers between,
        one of the next few after fillers only ("kan jeg jo ikke")."""
        following: list[frozenset[str]] = []
        position = start + 1
        while position < len(readings) and position <= start + 1 + FILLER_WORDS:
            following.append(readings[position])
            if not (self._fillers and FILLER in readings[position]):
                break
            position += 1
        return following


def patterns_of(readings: Sequence[frozenset[str]]) -> frozenset[str]:
    """Every pattern some word of a message satisfies, and GAP, which no word is but
    every message has (a term's GAP asks for no word)."""
    return frozenset().union(*readings, (GAP,))


def term_spans(
    term: Term, readings: Sequence[frozenset[str]], start: int, fillers: bool = True
) -> int | None:
    """The end (exclusive) of `term` matched from word `start`, or None; with `fillers`,
    up to FILLER_WORDS filler words may stand between its words."""
    position = start
    patterns = term.patterns
    index = 0
    while index < len(patterns):
        pattern = patterns[index]
        if pattern == GAP:
            following = patterns[index + 1]
            for skip in range(GAP_WORDS + 1):
                at = position + skip
                if at >= len(readings) or (skip and WRITTEN_NOT in readings[at - 1]):
                    return None  # "vågner ikke af smerter" is no "vågner ... af smerter"
                if following in readings[at]:
                    position = at
                    break
            else:
                return None
            index += 1
            continue
        skipped = 0
        while position < len(readings) and pattern not in readings[position]:
            if (
                not fillers
                or index == 0
                or (index == 1 and term.joined)
                or skipped == FILLER_WORDS
                or FILLER not in readings[position]
            ):
                return None
            position, skipped = position + 1, skipped + 1
        if position >= len(readings):
            return None
        position += 1
        index += 1
    return position
