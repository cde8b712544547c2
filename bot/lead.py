"""Short answers: the one to three sentences of an entry that answer the question asked.

Every entry's answer is indexed sentence by sentence at start-up. For a question, the
sentences sharing the most (IDF-weighted) terms with it lead, in the article's order, up
to LEAD_CHARS; without such a sentence the answer's opening leads. The rest is shown on
request, and a shown set is a small bit mask, so a button can carry it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from bot.normalise import fold

# Roughly three lines on a phone; the lead may pass it to finish its first sentence.
LEAD_CHARS = 260
LEAD_SENTENCES = 3
# Words that open a sentence by pointing back at the one before ("Disse ses typisk sammen
# med ...", "De mest almindelige er ..." after "Der er mange årsager"): shown, it brings
# that one along.
_POINTING_BACK = ("Disse ", "Dette ", "Denne ", "Sådanne ", "De mest ")
# A sentence end: . ! or ? followed by white space and what starts a sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9\"«(])")


@dataclass(frozen=True)
class Sentences:
    """One answer cut into sentences, with each sentence's paragraph, terms and folded
    words (for `answer_cues`, which name words as written: "dage", not "daglige")."""

    texts: tuple[str, ...]
    paragraphs: tuple[int, ...]
    terms: tuple[frozenset[str], ...]
    words: tuple[frozenset[str], ...]

    @property
    def everything(self) -> int:
        return (1 << len(self.texts)) - 1

    def text(self, shown: int) -> str:
        """The sentences in `shown` (a bit mask), in order, paragraphs kept apart."""
        parts: list[str] = []
        paragraph = None
        for index, sentence in enumerate(self.texts):
            if not shown >> index & 1:
                continue
            if parts and paragraph != self.paragraphs[index]:
                parts.append("\n\n")
            elif parts:
                parts.append("\n" if sentence.startswith(("•", "-")) else " ")
            parts.append(sentence)
            paragraph = self.paragraphs[index]
        return "".join(parts)


def index(answer: str, terms: Callable[[str], Iterable[str]]) -> Sentences:
    """Cut an answer into sentences (a line of its own is a sentence too)."""
    texts: list[str] = []
    paragraphs: list[int] = []
    for number, paragraph in enumerate(p for p in answer.split("\n\n") if p.strip()):
        for line in paragraph.strip().split("\n"):
            for sentence in _SENTENCE_END.split(line.strip()):
                if sentence:
                    texts.append(sentence)
                    paragraphs.append(number)
    return Sentences(
        tuple(texts),
        tuple(paragraphs),
        tuple(frozenset(terms(t)) for t in texts),
        tuple(frozenset(fold(t).split()) for t in texts),
    )


def relevance(
    sentences: Sentences,
    query: dict[str, float],
    ignore: frozenset[str],
    cues: Mapping[str, frozenset[str]],
) -> list[float]:
    """Per sentence, the weight of the query's terms it holds (see `pick`)."""
    return [
        sum(
            w
            for t, w in query.items()
            if t not in ignore and (t in terms or not cues.get(t, frozenset()).isdisjoint(words))
        )
        for terms, words in zip(sentences.terms, sentences.words, strict=True)
    ]


def pick(
    sentences: Sentences,
    query: dict[str, float],
    ignore: frozenset[str],
    cues: Mapping[str, frozenset[str]],
    always: int = 0,
) -> int:
    """The sentences to show first, as a bit mask.

    `ignore` holds terms that only name the entry (its heading's): every sentence of it
    is about that, so they say nothing about which sentence answers. A question term of
    `cues` also counts for a sentence holding one of its cue words ("hvor tit" for "1–2
    gange dagligt"). `always` (a mask) is shown whatever the question.
    """
    weights = relevance(sentences, query, ignore, cues)
    ranked = sorted(
        (i for i, w in enumerate(weights) if w > 0), key=lambda i: (-weights[i], i)
    ) or list(range(len(sentences.texts)))
    shown = always
    size = sum(len(t) + 1 for i, t in enumerate(sentences.texts) if always >> i & 1)
    count = bin(always).count("1")
    for position in ranked:
        length = len(sentences.texts[position])
        if count and (size + length > LEAD_CHARS or count == LEAD_SENTENCES):
            break
        shown |= 1 << position
        size, count = size + length + 1, count + 1
    for position, text in enumerate(sentences.texts):
        if (
            shown >> position & 1
            and position
            and text.startswith(_POINTING_BACK)
            and sentences.paragraphs[position - 1] == sentences.paragraphs[position]
        ):
            shown |= 1 << (position - 1)  # "Disse ..." needs what it points at
    return shown
