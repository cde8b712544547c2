"""Scoring a message against every entry of the knowledge base.

Each entry is known by its phrasings (heading, alternate questions, keywords) and its
answer text, all reduced to canonical terms by the same `Analyzer` as the message.
A term weighs by how few entries use it (inverse document frequency), so "lænd",
which every entry has, counts little and "bird-dog" counts a lot. An entry's score
(0-100) blends how well its best phrasing fits the message with how much of the
message the entry as a whole accounts for; words the knowledge never uses, and above
all words of topics the article does not cover, pull the score down.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from bot.knowledge import Entry
from bot.language import Analyzer
from bot.normalise import stem

# Weight of a message word the knowledge base never uses ("nabo", "weekenden").
UNKNOWN_WEIGHT = 0.8
# Weight of a word from a topic the article does not cover ("nakken", "ibuprofen").
OFF_TOPIC_WEIGHT = 4.0
# Answer-text words count for less than the questions written for an entry.
ANSWER_SHARE = 0.5
# How much more it matters that a phrasing is covered than that the message is.
BETA = 1.6
# Blend of best-phrasing fit and whole-entry coverage.
PHRASING_SHARE = 0.6


@dataclass(frozen=True)
class Match:
    entry: Entry
    score: float  # 0-100


@dataclass(frozen=True)
class _Phrasing:
    entry_index: int
    terms: frozenset[str]
    weight: float  # summed weight of its terms


class Matcher:
    """Ranks entries for a message; built once at start-up, then read-only."""

    def __init__(self, entries: Sequence[Entry], analyzer: Analyzer) -> None:
        self.entries = tuple(entries)
        self.analyzer = analyzer
        self._off_topic = frozenset(stem(w) for w in analyzer.language.off_topic)
        question_terms = [self._question_terms(e) for e in self.entries]
        answer_terms = [frozenset(analyzer.terms(e.answer)) for e in self.entries]
        document_frequency: dict[str, int] = defaultdict(int)
        for questions, answer in zip(question_terms, answer_terms, strict=True):
            for term in questions | answer:
                document_frequency[term] += 1
        count = len(self.entries)
        self._idf = {t: math.log(1 + count / df) for t, df in document_frequency.items()}
        self._questions = question_terms
        self._answers = [a - q for q, a in zip(question_terms, answer_terms, strict=True)]
        self._phrasings: list[_Phrasing] = []
        self._postings: dict[str, list[int]] = defaultdict(list)
        for index, entry in enumerate(self.entries):
            for text in (entry.heading, *entry.alternates, *entry.keywords):
                terms = frozenset(analyzer.terms(text))
                if not terms:
                    continue
                self._postings_add(terms, len(self._phrasings))
                self._phrasings.append(_Phrasing(index, terms, self._weight(terms)))

    def rank(self, text: str) -> list[Match]:
        """Entries that share any term with the message, best first."""
        query = frozenset(self.analyzer.terms(text))
        if not query:
            return []
        query_weight = self._weight(query)
        shared: dict[int, float] = defaultdict(float)
        for term in query:
            weight = self._idf.get(term)
            if weight is None:
                continue
            for phrasing in self._postings.get(term, ()):
                shared[phrasing] += weight
        best_fit: dict[int, float] = defaultdict(float)
        for phrasing_index, overlap in shared.items():
            phrasing = self._phrasings[phrasing_index]
            fit = _f_beta(overlap / query_weight, overlap / phrasing.weight)
            if fit > best_fit[phrasing.entry_index]:
                best_fit[phrasing.entry_index] = fit
        matches = [
            Match(self.entries[i], round(100 * self._blend(i, fit, query, query_weight), 1))
            for i, fit in best_fit.items()
        ]
        matches.sort(key=lambda m: m.score, reverse=True)
        return matches

    def _blend(self, index: int, fit: float, query: frozenset[str], query_weight: float) -> float:
        covered = self._weight(query & self._questions[index])
        covered += ANSWER_SHARE * self._weight(query & self._answers[index])
        return PHRASING_SHARE * fit + (1 - PHRASING_SHARE) * covered / query_weight

    def _weight(self, terms: frozenset[str]) -> float:
        total = 0.0
        for term in terms:
            weight = self._idf.get(term)
            if weight is None:
                weight = OFF_TOPIC_WEIGHT if term in self._off_topic else UNKNOWN_WEIGHT
            total += weight
        return total

    def _question_terms(self, entry: Entry) -> frozenset[str]:
        texts = (entry.heading, *entry.alternates, *entry.keywords)
        return frozenset(term for text in texts for term in self.analyzer.terms(text))

    def _postings_add(self, terms: frozenset[str], phrasing_index: int) -> None:
        for term in terms:
            self._postings[term].append(phrasing_index)


def _f_beta(message_covered: float, phrasing_covered: float) -> float:
    """F-measure that weighs covering the phrasing BETA times as much as covering the message."""
    if message_covered <= 0 or phrasing_covered <= 0:
        return 0.0
    beta2 = BETA * BETA
    return (1 + beta2) * message_covered * phrasing_covered / (
        beta2 * message_covered + phrasing_covered
    )
