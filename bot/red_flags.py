"""Red-flag detection: danger signs in a message that need a doctor, not an exercise.

Missing a real sign is the worst failure this bot can have, so the rules are plain
keyword phrases a physiotherapist can read and extend in `knowledge/red_flags.yaml`;
nothing here is a similarity score. The phrase language is described at the top of
that file. A found phrase is dropped only for a clear reason: it is denied
("ingen feber"), it is excluded by one of the sign's `except`/`unless` phrases
("kan ikke gå langt", "på slankekur"), or it is a relative's past illness
("min mor havde kræft").
"""

from __future__ import annotations

import re
import sys
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bot.knowledge import KNOWLEDGE_DIR, Record, load_record
from bot.language import load_lexicon
from bot.normalise import fold, undot_abbreviations


class Tier(StrEnum):
    NONE = "none"
    PROMPT = "prompt"
    ACUTE = "acute"


_SEVERITY = {Tier.NONE: 0, Tier.PROMPT: 1, Tier.ACUTE: 2}


@dataclass(frozen=True)
class RedFlagSign:
    id: str
    tier: Tier
    label: str  # Danish, used in the warning ("tab af kontrol over blære eller tarm")


@dataclass(frozen=True)
class RedFlagResult:
    tier: Tier  # highest tier found, Tier.NONE if none
    signs: tuple[RedFlagSign, ...]  # every sign found, most severe first


NO_RED_FLAG = RedFlagResult(Tier.NONE, ())

# --- The phrase language -------------------------------------------------------------
# In the prepared text, "|" ends a sentence: no phrase or denial reaches across it.
# "," (also for ":") ends a clause: a denial does not pass it unless a list goes on
# ("ingen feber, vægttab eller kræft"), and "feber: nej" is a denial.
_COMMA, _STOP = ",", "|"
_BREAKS = re.compile(r"[!?;\n\r]|[.,:](?!\d)")
# `fold` drops punctuation, so commas and stops pass through it as these made-up words.
_MARKERS = (" qzstopqz ", " qzcommaqz ")
_UNMARK = {"qzstopqz": _STOP, "qzcommaqz": _COMMA}
_WORD = "[0-9a-zæøå]"
_GAP_WORDS = 3  # "..." in a phrase: up to this many other words
# Shortest parts of a compound of ordinary words that is not taken for a slip.
_COMPOUND_HEAD, _COMPOUND_TAIL = 4, 4
_NEGATION_REACH = 5  # a denial governs a sign at most this many words later
_LIST_REACH = 12  # ... or this many in a list of denied signs
# A phrase's tokens: a bracketed choice of phrases "(a b|c)" or one word-like token.
_TOKEN = re.compile(r"\([^()]*\)\??|[^\s()]+")
_NUMBER = "<tal>"  # in a phrase: any number ("tabt <tal> kilo")
_ALTERNATIVE = re.compile(r"^[0-9a-zæøå*]+$")
_GROUP = re.compile(r"^\{([a-z0-9æøå-]+)\}(\??)$")
# Typo repair: message words this long that are one edit (two from 9 letters) away from
# a word the phrases spell out in full are read as that word ("skridet" -> "skridtet").
_TYPO_MIN_LENGTH = 6
_CONTEXT_GROUPS = (
    "negation",
    "not-negation",
    "boundary",
    "list",
    "denial-after",
    "relative",
    "self",
    "relative-patient",
)
_SIGN_KEYS = {"id", "tier", "label", "patterns", "certain", "except", "unless", "history"}
_TIERS = {"acute": Tier.ACUTE, "prompt": Tier.PROMPT}


@dataclass(frozen=True)
class _Compiled:
    """A phrase as a regular expression, with the words one of which it cannot do without.

    `anchor` lists the alternatives of the phrase's most telling required word (with
    "*" wildcards); a message holding none of them cannot match, so the expression is
    not even tried. None when the phrase has no required word.
    """

    regex: str
    anchor: frozenset[str] | None


# Words found in most messages to this bot: poor anchors, since they rule nothing out.
_COMMON = frozenset(
    """jeg du han hun vi de man mig sig min mit mine har havde haft er var kan kunne
    ikke ik ingen og eller men at en et i på til af for med om fra som der det den
    så når hvis meget lidt nu da op ned ud over efter mere hele alle noget nogen få
    have går gå får ondt smerter smerte smerten smerterne ryg ryggen lænden lænd
    ben benet benene pain back leg legs my me the a to and of in is it has had can
    not no""".split()  # noqa: SIM905 - a word list reads better as text
)


def _telling(anchor: frozenset[str]) -> tuple[int, int]:
    """How well words from `anchor` rule messages out: fewer common words, longer words."""
    common = sum(a in _COMMON or a == _NUMBER or len(a.replace("*", "")) <= 2 for a in anchor)
    return -common, min(len(a.replace("*", "")) for a in anchor)


def _choice(choices: list[_Compiled]) -> _Compiled:
    """Any one of several compiled phrases; anchored only if every choice is."""
    anchors = [c.anchor for c in choices]
    anchor = frozenset().union(*[a for a in anchors if a is not None])
    return _Compiled(
        "(?:" + "|".join(c.regex for c in choices) + ")", None if None in anchors else anchor
    )


class _PhraseCompiler:
    """Turns phrases like "kan ikke ... holde på vandet|tisset" into regular expressions.

    Every compiled phrase consumes whole words each followed by one space, and is
    searched in the prepared text, which starts and ends with a space.
    """

    def __init__(self, groups: dict[str, tuple[str, ...]], gap_stop: tuple[str, ...], top: Record):
        self.groups = groups
        self.top = top
        self.cache: dict[str, _Compiled] = {}
        self.resolving: list[str] = []
        stop = "|".join(sorted(set(gap_stop)))
        # A gap never swallows a denial, so "har ikke haft kræft" cannot match "har ... kræft".
        # It may pass a comma ("kan ikke mærke, når jeg skal tisse"), never a full stop.
        word = f"(?:{_COMMA} )?(?!(?:{stop}) ){_WORD}+ "
        self.gap = f"(?:{word}){{0,{_GAP_WORDS}}}(?:{_COMMA} )?"

    def phrase(self, text: str, where: Record) -> _Compiled:
        if text.count("(") != text.count(")"):
            raise where.fail(f"phrase '{text}' has unmatched brackets")
        tokens = [self._token(token, text, where) for token in _TOKEN.findall(text)]
        if all(token.regex == self.gap for token, _ in tokens):
            raise where.fail(f"phrase '{text}' has no words")
        anchors = [t.anchor for t, required in tokens if required and t.anchor is not None]
        anchor = max(anchors, key=_telling) if anchors else None
        return _Compiled("".join(t.regex for t, _ in tokens), anchor)

    def group(self, name: str, where: Record) -> _Compiled:
        if name not in self.groups:
            raise where.fail(f"unknown group '{{{name}}}'")
        if name not in self.cache:
            if name in self.resolving:
                raise where.fail(f"group '{name}' refers to itself")
            self.resolving.append(name)
            owner = Record(self.top.data, self.top.file, f"group '{name}'")
            self.cache[name] = _choice([self.phrase(p, owner) for p in self.groups[name]])
            self.resolving.pop()
        return self.cache[name]

    def _token(self, token: str, text: str, where: Record) -> tuple[_Compiled, bool]:
        """One token as (compiled, required)."""
        if token == "...":
            return _Compiled(self.gap, None), False
        if token.startswith("("):
            inner = token.removesuffix("?").removeprefix("(").removesuffix(")")
            body = _choice([self.phrase(choice, where) for choice in inner.split("|")])
            if token.endswith("?"):
                return _Compiled(body.regex + "?", None), False
            return body, True
        group = _GROUP.match(token)
        if group:
            body = self.group(group.group(1), where)
            if group.group(2):
                return _Compiled(body.regex + "?", None), False
            return body, True
        alternatives = []
        spelled_all = []
        for alternative in token.removesuffix("?").split("|"):
            spelled = "*".join(fold(piece) for piece in alternative.split("*"))
            if alternative == _NUMBER:
                spelled = _NUMBER
            elif not _ALTERNATIVE.match(spelled) or not spelled.strip("*"):
                raise where.fail(f"phrase '{text}' has a bad word '{alternative}'")
            alternatives.append(_wildcard(spelled))
            spelled_all.append(spelled)
        body = "(?:" + "|".join(alternatives) + ") "
        if token.endswith("?"):
            return _Compiled(f"(?:{body})?", None), False
        return _Compiled(body, frozenset(spelled_all)), True

    def literal_words(self) -> set[str]:
        """Every word the groups spell out in full: the targets of typo repair."""
        found: set[str] = set()
        for phrases in self.groups.values():
            found.update(_literal_words(phrases))
        return found


_HAS_OE_AA = re.compile("[øå]")
_PLAIN = str.maketrans({"æ": "a", "ø": "o", "å": "a"})


def _plain(word: str) -> str:
    """A word as typed without Danish letters, whichever way: "tæerne" -> "tarne".

    Both "taerne" (folded to "tærne") and "tarne" give the same key as "tæerne".
    """
    plain = word.translate(_PLAIN)
    for digraph, letter in (("ae", "a"), ("oe", "o"), ("aa", "a")):
        plain = plain.replace(digraph, letter)
    return plain


def _wildcard(alternative: str) -> str:
    """A regular expression for one word alternative with "*", or the number token."""
    if alternative == _NUMBER:
        return "[0-9]+"
    return re.escape(alternative).replace(r"\*", f"{_WORD}*")


def _literal_words(phrases: tuple[str, ...]) -> set[str]:
    """The words that phrases spell out in full (no wildcards, numbers or groups)."""
    found: set[str] = set()
    for phrase in phrases:
        for word in re.split(r"[\s|()]+", phrase):
            word = word.removesuffix("?")
            spelled = fold(word)
            if word.isalpha() and spelled and " " not in spelled:
                found.add(spelled)
    return found


class _LazyPattern:
    """A regex compiled when first used.

    The phrase file becomes hundreds of large regexes; compiling them all would take
    most of a second at start-up, while one message needs only the few its words make
    possible. Phrases are validated word by word at load, so compiling cannot fail later
    (tests compile every pattern).
    """

    __slots__ = ("_compiled", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(text, pos)

    def sub(self, replacement: str, text: str) -> str:
        return self.compiled.sub(replacement, text)


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: fast set lookups
class _Phrase:
    regex: _LazyPattern
    anchor: frozenset[str] | None


@dataclass(frozen=True)
class _Sign:
    sign: RedFlagSign
    patterns: tuple[_Phrase, ...]  # phrases that show the sign
    certain: tuple[_Phrase, ...]  # like patterns, but `unless` does not clear them
    excepted: _LazyPattern | None  # phrases that look like the sign but are not
    unless: _LazyPattern | None  # phrases that clear the sign in the whole sentence
    history: bool  # a relative's history of this sign is not the user's red flag


def _either(compiled: list[_Compiled]) -> _LazyPattern | None:
    if not compiled:
        return None
    return _LazyPattern("(?<= )(?:" + "|".join(c.regex for c in compiled) + ")")


def _load_groups(top: Record) -> dict[str, tuple[str, ...]]:
    data = top.data.get("groups")
    if not isinstance(data, dict):
        raise top.fail("'groups' must be a mapping of group names to phrase lists")
    groups = {str(name): Record(data, top.file, f"group '{name}'").texts(name) for name in data}
    for name in _CONTEXT_GROUPS:
        if name not in groups:
            raise top.fail(f"group '{name}' is missing")
    return groups


def _load_sign(record: Record, compiler: _PhraseCompiler) -> tuple[_Sign, tuple[str, ...]]:
    """One sign, and every phrase it uses (for the typo-repair vocabulary)."""
    unknown = sorted(set(record.data) - _SIGN_KEYS)
    if unknown:
        raise record.fail(f"unknown key '{unknown[0]}'")
    tier = _TIERS.get(record.text("tier"))
    if tier is None:
        raise record.fail("'tier' must be acute or prompt")
    texts = {
        key: record.texts(key, minimum=1 if key == "patterns" else 0)
        for key in ("patterns", "certain", "except", "unless")
    }
    compiled = {key: [compiler.phrase(p, record) for p in texts[key]] for key in texts}
    sign = _Sign(
        RedFlagSign(record.ident(), tier, record.text("label")),
        patterns=tuple(_searchable(c) for c in compiled["patterns"]),
        certain=tuple(_searchable(c) for c in compiled["certain"]),
        excepted=_either(compiled["except"]),
        unless=_either(compiled["unless"]),
        history=record.flag("history"),
    )
    return sign, tuple(p for phrases in texts.values() for p in phrases)


def _searchable(compiled: _Compiled) -> _Phrase:
    return _Phrase(_LazyPattern("(?<= )" + compiled.regex), compiled.anchor)


class RedFlagDetector:
    def __init__(
        self,
        signs: tuple[_Sign, ...],
        context: dict[str, _LazyPattern],
        vocabulary: frozenset[str],
        protected: frozenset[str],
        lexicon: frozenset[str],
    ) -> None:
        self._signs = tuple(sorted(signs, key=lambda s: -_SEVERITY[s.sign.tier]))
        self._context = context
        self._known = vocabulary | protected
        self._lexicon = lexicon
        # Slips are judged on words spelled without æ, ø, å, so "folelseslos" is one
        # word away from nothing: it is "følelsesløs" typed on a foreign keyboard.
        self._plain = {_plain(word): word for word in sorted(vocabulary, reverse=True)}
        by_letter: dict[str, list[str]] = {}
        # Longest first: a slip drops a letter more often than it adds one ("skridet").
        for plain in sorted(self._plain, key=lambda w: (-len(w), w)):
            if len(plain) >= _TYPO_MIN_LENGTH:
                by_letter.setdefault(plain[0], []).append(plain)
        self._by_letter = {letter: tuple(words) for letter, words in by_letter.items()}
        self._repair = lru_cache(maxsize=16384)(self._repair_word)
        # Index of anchors: which phrases a message word makes possible. Only those are
        # searched; phrases without an anchor always are.
        phrases = [p for s in self._signs for p in (*s.patterns, *s.certain)]
        self._always = frozenset(p for p in phrases if p.anchor is None)
        self._by_word: dict[str, set[_Phrase]] = {}
        wild: dict[str, set[_Phrase]] = {}
        for phrase in phrases:
            for alternative in phrase.anchor or ():
                table = wild if "*" in alternative or alternative == _NUMBER else self._by_word
                table.setdefault(alternative, set()).add(phrase)
        self._wild = tuple((re.compile(_wildcard(a)), frozenset(ids)) for a, ids in wild.items())
        self._anchored = lru_cache(maxsize=16384)(self._phrases_of_word)

    @classmethod
    def load(
        cls,
        path: Path = KNOWLEDGE_DIR / "red_flags.yaml",
        lexicon: Collection[str] | None = None,
    ) -> RedFlagDetector:
        """The detector for a phrase file; `lexicon` holds ordinary Danish words
        (by default those of knowledge/danish_words.txt)."""
        top = load_record(path)
        unknown = sorted(set(top.data) - {"groups", "signs", "not-typos"})
        if unknown:
            raise top.fail(f"unknown key '{unknown[0]}'")
        groups = _load_groups(top)
        negation_words = tuple(word for p in groups["negation"] for word in p.split()[0].split("|"))
        compiler = _PhraseCompiler(groups, negation_words, top)
        context = {
            name: _LazyPattern("(?<= )" + compiler.group(name, top).regex)
            for name in _CONTEXT_GROUPS
        }
        vocabulary = compiler.literal_words()
        signs: list[_Sign] = []
        for record in top.records("signs"):
            sign, phrases = _load_sign(record, compiler)
            if any(s.sign.id == sign.sign.id for s in signs):
                raise record.fail("id appears twice")
            signs.append(sign)
            vocabulary |= _literal_words(phrases)
        protected = frozenset(fold(w) for w in top.texts("not-typos", minimum=0))
        if lexicon is None:
            lexicon = load_lexicon(KNOWLEDGE_DIR / "danish_words.txt")
        ordinary = frozenset(lexicon)
        return cls(tuple(signs), context, frozenset(vocabulary), protected, ordinary)

    def check(self, text: str) -> RedFlagResult:
        """Every danger sign in one message; never raises."""
        words = self._words(text)
        candidates = set(self._always).union(*(self._anchored(w) for w in set(words)))
        if not candidates:
            return NO_RED_FLAG
        prepared = " " + " ".join(words) + " "
        found = tuple(s.sign for s in self._signs if self._present(s, prepared, candidates))
        if not found:
            return NO_RED_FLAG
        return RedFlagResult(found[0].tier, found)

    # --- preparing the text ------------------------------------------------------------

    def _words(self, text: str) -> list[str]:
        """Folded, typo-repaired words, with "," and "|" standing for commas and full stops."""
        marked = _BREAKS.sub(lambda m: _MARKERS[m.group() in ",:"], undot_abbreviations(text))
        return [_UNMARK.get(w) or self._repair(w) for w in fold(marked).split()]

    def _repair_word(self, word: str) -> str:
        """The phrase word a message word stands for, if it is a slip; else the word itself.

        A word without ø or å may be typed on a keyboard without them ("folelseslos",
        "ga"), so it is compared without Danish letters. Other slips are forgiven only
        in words that are not ordinary Danish ("stikker" never becomes "sikker").
        """
        if word in self._known or not word.isalpha():
            return word
        plain = _plain(word)
        if plain in self._plain and not _HAS_OE_AA.search(word):
            return self._plain[plain]
        candidates = self._by_letter.get(plain[0])
        if len(plain) < _TYPO_MIN_LENGTH or not candidates or self._ordinary(word):
            return word
        best = process.extractOne(
            plain, candidates, scorer=Levenshtein.distance, score_cutoff=1 if len(plain) < 9 else 2
        )
        return self._plain[best[0]] if best else word

    def _ordinary(self, word: str) -> bool:
        """An ordinary Danish word, or a compound of two ("nakkesmerter" = nakke + smerter):
        such a word is meant as written, not a slip of a phrase word ("nattesmerter")."""
        if word in self._lexicon:
            return True
        for cut in range(_COMPOUND_HEAD, len(word) - _COMPOUND_TAIL + 1):
            head, tail = word[:cut], word[cut:]
            if tail in self._lexicon and (
                head in self._lexicon or (head[-1] in "se" and head[:-1] in self._lexicon)
            ):
                return True
        return False

    def _phrases_of_word(self, word: str) -> frozenset[_Phrase]:
        """The phrases whose required word this message word can be."""
        found = set(self._by_word.get(word, ()))
        for wildcard, phrases in self._wild:
            if wildcard.fullmatch(word):
                found |= phrases
        return frozenset(found)

    # --- deciding whether a found phrase counts ------------------------------------------

    def _present(self, sign: _Sign, text: str, candidates: set[_Phrase]) -> bool:
        return any(
            self._shown(sign, phrase, text, certain)
            for certain, phrases in ((True, sign.certain), (False, sign.patterns))
            for phrase in phrases
            if phrase in candidates
        )

    def _shown(self, sign: _Sign, phrase: _Phrase, text: str, certain: bool) -> bool:
        """Whether the phrase stands in the text and is not ruled out."""
        for match in phrase.regex.finditer(text):
            start, end = match.span()
            sentence = self._sentence(text, start, end)
            if sign.excepted and any(
                m.start() < end and m.end() > start for m in sign.excepted.finditer(text, *sentence)
            ):
                continue
            if self._denied(text, start, end):
                continue
            if not certain and sign.unless and self._affirmed(sign.unless, text, sentence):
                continue
            if sign.history and self._about_relative(text, sentence[0], start):
                continue
            return True
        return False

    def _affirmed(self, pattern: _LazyPattern, text: str, sentence: tuple[int, int]) -> bool:
        """Whether a phrase stands in the sentence and is not denied."""
        return any(not self._denied(text, *m.span()) for m in pattern.finditer(text, *sentence))

    @staticmethod
    def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
        begin = text.rfind(_STOP, 0, start) + 1
        stop = text.find(_STOP, end)
        return begin, len(text) if stop < 0 else stop + 1

    def _denied(self, text: str, start: int, end: int) -> bool:
        """A denial right before the phrase, or closing its clause ("feber har jeg ikke",
        "feber: nej")."""
        asked = text.startswith(_STOP, end)  # "Feber? Nej."
        if asked or text.startswith(_COMMA, end):
            end += len(_COMMA) + 1
        after = self._context["denial-after"].match(text, end)
        if after and (
            after.end() >= len(text) - 1
            or text[after.end()] in (_COMMA, _STOP)
            or self._context["boundary"].match(text, after.end())
        ):
            # Across a sentence end only a bare answer denies: "Feber? Nej." does,
            # "Jeg har feber. Har ikke sovet." does not.
            return not asked or len(text[end : after.end()].split()) == 1
        return self._negated_before(text, start)

    def _negated_before(self, text: str, start: int) -> bool:
        scope_start, reach = self._scope(text, start)
        scope = self._context["not-negation"].sub(" ", " " + text[scope_start:start])
        words = [w for w in scope.split() if w != _COMMA]
        scope = " " + " ".join(words[-reach:]) + " "
        return bool(self._context["negation"].search(scope))

    def _scope(self, text: str, start: int) -> tuple[int, int]:
        """Where a denial governing `start` may stand, and how many words back it reaches.

        A denial does not reach past a full stop or a clause word such as "men" or "og";
        nor past a comma, unless the sign is a bare item in a list that goes on with
        "eller" ("ingen feber, vægttab eller kræft").
        """
        begin = text.rfind(_STOP, 0, start) + 1
        for m in self._context["boundary"].finditer(text, begin, start):
            begin = m.end()
        comma = text.rfind(_COMMA, begin, start)
        if comma < 0:
            return begin, _NEGATION_REACH
        item = " " + text[comma + 1 : start]
        stop = text.find(_STOP, start)
        rest = text[comma:stop] if stop >= 0 else text[comma:]
        listed = len(item.split()) <= 3 and not self._context["self"].search(item)
        if listed and self._context["list"].search(rest):
            return begin, _LIST_REACH
        return comma + 1, _NEGATION_REACH

    def _about_relative(self, text: str, sentence_start: int, start: int) -> bool:
        """The sign belongs to a relative's story, and nothing says the relative is the patient."""
        nearest = None
        for name in ("relative", "self"):
            for m in self._context[name].finditer(text, sentence_start, start):
                if nearest is None or m.start() > nearest[1]:
                    nearest = (name, m.start())
        if nearest is None or nearest[0] != "relative":
            return False
        return not self._context["relative-patient"].search(text)
