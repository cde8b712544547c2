"""Danish text normalisation shared by matching and red-flag detection.

Everything that compares user text with knowledge text goes through `fold` so that
case, accents, ae/oe/aa spellings, punctuation and invisible characters never matter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

import snowballstemmer

# Danish letters typed on keyboards without them. Applied after lower-casing, "aa" first
# so that "faaet" becomes "fået", not "faæt".
_DIGRAPHS = (("aa", "å"), ("ae", "æ"), ("oe", "ø"))
# Anything beyond ASCII and æøå needs the careful Unicode path in `fold`; most text does not.
_UNUSUAL = re.compile(r"[^\x00-\x7fæøåÆØÅ]")
# Letters that are not Danish but often appear (é in "idé", ü, ö, ä from Swedish/German).
_FOREIGN = str.maketrans({"ä": "æ", "ö": "ø", "é": "e", "è": "e", "ü": "u", "á": "a", "ó": "o"})
# The words we keep: runs of letters, and runs of digits, so that digits glued to words
# ("38,7grader", "8kilo") stand alone; everything else only separates them.
_WORD = re.compile(r"[a-zæøå]+|[0-9]+")

# Common Danish abbreviations ending in a dot that does not end the sentence.
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:f\.eks|bl\.a|m\.m|pga|ca|fx|evt|dvs|mht|ift|ifm|inkl|osv|kl|mdr|jf|ang|vha"
    r"|iflg|tidl|tdl)\.\Z",
    re.IGNORECASE,
)
# The months' Danish names, in order.
MONTH_NAMES = (
    *("januar", "februar", "marts", "april", "maj", "juni"),
    *("juli", "august", "september", "oktober", "november", "december"),
)
# An ordinal's dot ("for 2. gang", "på 3. sal", "i 8. klasse", "1. marts") before the nouns
# ordinals stand with in chat: "er 33. har ondt" keeps its sentence end.
_ORDINAL = re.compile(
    r"(?<![\d.,])(\d{1,3})\.(?= *(?:gang|sal|etage|klasse|uge|dag|time|måned|maaned|mdr|md|år"
    r"|aar|trimester|semester|plads|division|halvleg|" + "|".join(MONTH_NAMES) + r")\b)",
    re.IGNORECASE,
)
# Abbreviations that often end a sentence ("for 3 mdr. Nu ..."): their dot ends it when a
# capital letter follows.
_SENTENCE_END_ABBREVIATION = re.compile(r"(?:mdr|osv|m\.m)\.\Z", re.IGNORECASE)
_NEXT_SENTENCE = re.compile(r"\s+[A-ZÆØÅ]")
# Enough text before a dot to hold the longest abbreviation and the character before it.
_ABBREVIATION_REACH = 8

_stemmer = snowballstemmer.stemmer("danish")


def fold(text: str) -> str:
    """Lower-case, strip invisible characters and punctuation, spell Danish letters one way.

    The result holds only a-z, æ, ø, å, digits and single spaces. Decimal commas
    survive as separate number words ("38,7" becomes "38 7"), which is enough for
    keyword rules.
    """
    if _UNUSUAL.search(text):
        text = _plain_letters(text)
    text = text.lower()
    for digraph, letter in _DIGRAPHS:
        text = text.replace(digraph, letter)
    return " ".join(_WORD.findall(text))


def _plain_letters(text: str) -> str:
    """Unicode beyond ASCII and æøå made plain: no invisible marks, accents or ligatures."""
    # Format characters (zero-width space, joiners, direction marks) are invisible: drop them.
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = unicodedata.normalize("NFKC", text).lower().translate(_FOREIGN)
    # Decompose to drop combining marks except the ring on å, which NFC composes back.
    text = "".join(
        ch
        for ch in unicodedata.normalize("NFD", text)
        if not unicodedata.combining(ch) or ch == "\u030a"
    )
    return unicodedata.normalize("NFC", text)


def undot_abbreviations(text: str) -> str:
    """Abbreviation and ordinal dots as spaces, so that "pga. smerter" and "for 2. gang"
    are not cut into two sentences; "for 3 mdr. Nu ..." is two.

    Only the few places before a dot are examined: long messages have few dots.
    """
    text = _ORDINAL.sub(r"\1 ", text)
    spans = []
    dot = text.find(".")
    while dot >= 0:
        found = _ABBREVIATION.search(text, max(0, dot - _ABBREVIATION_REACH), dot + 1)
        ends_sentence = (
            found is not None
            and _SENTENCE_END_ABBREVIATION.search(text, found.start(), dot + 1) is not None
            and _NEXT_SENTENCE.match(text, dot + 1) is not None
        )
        if found and not ends_sentence:
            spans.append(found.span())
        dot = text.find(".", dot + 1)
    for start, end in spans:
        text = text[:start] + text[start:end].replace(".", " ") + text[end:]
    return text


_PLAIN = str.maketrans({"æ": "a", "ø": "o", "å": "a"})


def plain(word: str) -> str:
    """A folded word as typed without Danish letters, whichever way ("tæerne" -> "tarne").

    Folding has already turned "ae/oe/aa" into "æ/ø/å", so "taerne", "tarne" and "tæerne"
    all give the same key: the one map from plain spellings to Danish words.
    """
    return word.translate(_PLAIN).replace("ae", "a").replace("oe", "o").replace("aa", "a")


def plain_keys(word: str) -> tuple[str, ...]:
    """`plain` of a folded word, and when they differ, its letters made plain with an "e"
    beside one of æ/ø/å kept ("blæen": "blan", "blaen"): a slip may have left out the
    letter that stood between them ("blæren")."""
    letters = word.translate(_PLAIN)
    key = plain(word)
    return (key,) if letters == key else (key, letters)


def plain_words(words: Sequence[str]) -> list[str]:
    """`plain` of each of many words (no spaces in them), in one pass over them joined: no
    replacement reaches across a space, and start-up keys thousands of words."""
    return plain(" ".join(words)).split(" ") if words else []


def split_compound(
    word: str, is_word: Callable[[str], bool], min_head: int, min_tail: int
) -> tuple[str, str] | None:
    """A Danish compound as two words ("rygøvelserne" -> "ryg", "øvelserne"), longest tail
    first, allowing a linking s or e on the head ("nakkesmerter", "rygsmerter"); None if
    it is no compound of words `is_word` knows."""
    for cut in range(len(word) - min_tail, min_head - 1, -1):
        head, tail = word[:cut], word[cut:]
        if not is_word(tail):
            continue
        if is_word(head):
            return head, tail
        if head[-1] in "se" and len(head) > min_head and is_word(head[:-1]):
            return head[:-1], tail
    return None


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Danish Snowball stem of one folded word ("ryggen" -> "ryg", "øvelser" -> "øvels")."""
    return _stemmer.stemWord(word)


def stems(words: Sequence[str]) -> list[str]:
    """`stem` of each of many words, in one call into the stemmer (start-up stems thousands)."""
    return _stemmer.stemWords(words)
