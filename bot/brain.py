"""The brain: one message in, one reply out. Pure: no Telegram, no I/O after loading.

Every message is analysed once (`bot.analysis`), then: red flags first (whatever else
the message is), then small talk, then matching against the article's entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.analysis import analyse
from bot.knowledge import (
    KNOWLEDGE_DIR,
    Entry,
    Exercise,
    KnowledgeError,
    load_entries,
    load_exercises,
    load_texts,
)
from bot.language import load_analyzer, load_lexicon, not_covered_reply, smalltalk_kind
from bot.matching import Matcher
from bot.red_flags import RedFlagDetector, RedFlagResult, Tier
from bot.reply import Reply, ReplyKind, Suggestion
from bot.urgent_care import UrgentCare

# At or above: answer with confidence. Between the two: "did you mean". Below: fall back.
ANSWER_THRESHOLD = 45.0
CLARIFY_THRESHOLD = 25.0
# Suggestions below this score are noise; the fallback shows the starter questions instead.
SUGGESTION_FLOOR = 15.0
MAX_SUGGESTIONS = 3
# The article's list of danger signs: the answer for a red-flag message that matches
# no other entry about symptoms or causes with confidence.
RED_FLAG_ENTRY = "symptomer"
# Entries about the danger signs: answered with the contacts line beneath.
DANGER_SIGN_ENTRIES = frozenset({RED_FLAG_ENTRY, "soeg-hjaelp"})
# Broad questions offered when the bot has nothing closer to suggest.
STARTER_ENTRIES = ("hurtig-hjaelp", "oevelser", "soeg-hjaelp")


@dataclass(frozen=True)
class Phrases:
    """The bot's own Danish sentences, from knowledge/phrases.yaml."""

    greeting: str
    thanks: str
    capabilities: str
    capabilities_title: str
    clarify: str
    fallback: str
    fallback_title: str
    related_title: str
    empty: str
    red_flag_more_title: str
    disclaimer: str
    terminal_intro: str
    terminal_prompt: str
    terminal_goodbye: str


class Brain:
    def __init__(
        self,
        entries: tuple[Entry, ...],
        exercises: tuple[Exercise, ...],
        matcher: Matcher,
        red_flags: RedFlagDetector,
        urgent_care: UrgentCare,
        phrases: Phrases,
    ) -> None:
        self.entries = entries
        self.exercises = exercises
        self.phrases = phrases
        self._matcher = matcher
        self._language = matcher.analyzer.language
        self._red_flags = red_flags
        self.urgent_care = urgent_care
        self._by_id = {entry.id: entry for entry in entries}
        self._exercises_by_id = {exercise.id: exercise for exercise in exercises}
        for required in (RED_FLAG_ENTRY, *STARTER_ENTRIES):
            if required not in self._by_id:
                raise KnowledgeError(f"entries.yaml: entry '{required}' is required by the bot")

    @classmethod
    def load(
        cls, knowledge_dir: Path = KNOWLEDGE_DIR, entries: tuple[Entry, ...] | None = None
    ) -> Brain:
        """Read and validate every knowledge file; raises KnowledgeError with one clear line.

        `entries` stands in for entries.yaml (the benchmark's synthetic knowledge bases).
        """
        if entries is None:
            entries = load_entries(knowledge_dir / "entries.yaml")
        exercises = load_exercises(knowledge_dir / "exercises.yaml", {e.id for e in entries})
        lexicon = load_lexicon(knowledge_dir / "danish_words.txt")
        return cls(
            entries,
            exercises,
            Matcher(entries, load_analyzer(knowledge_dir, entries, lexicon)),
            RedFlagDetector.load(knowledge_dir / "red_flags.yaml", lexicon),
            UrgentCare.load(knowledge_dir / "urgent_care.yaml"),
            load_texts(knowledge_dir / "phrases.yaml", Phrases),
        )

    def reply(self, text: str, now: datetime) -> Reply:
        """The reply to one user message; `now` (timezone-aware) picks the urgent contacts."""
        message = analyse(text)
        context = self._red_flags.read(message)
        red_flag = self._red_flags.check(context)
        if red_flag.tier is not Tier.NONE:
            return self._red_flag_reply(red_flag, now)
        if not message.folded:
            return self._reply(ReplyKind.FALLBACK, self.phrases.empty)
        smalltalk = smalltalk_kind(self._language, message)
        if smalltalk:
            return self._smalltalk(smalltalk)
        uncovered = not_covered_reply(self._language, message)
        if uncovered:
            return self._reply(ReplyKind.FALLBACK, uncovered)
        matches = self._matcher.rank(message, context.negated_words())
        best = matches[0] if matches else None
        if red_flag.asked_about and not (best and best.entry.id in DANGER_SIGN_ENTRIES):
            # A question about a danger sign ("hvad betyder ridebukseanæstesi?"): the
            # article's list of danger signs, with the contacts.
            return self._answer(self._by_id[RED_FLAG_ENTRY], best.score if best else 0.0)
        if best and best.score >= ANSWER_THRESHOLD:
            return self._answer(best.entry, best.score)
        score = best.score if best else 0.0
        close = tuple(
            Suggestion(m.entry.id, m.entry.heading)
            for m in matches[:MAX_SUGGESTIONS]
            if m.score >= SUGGESTION_FLOOR
        )
        if score >= CLARIFY_THRESHOLD:
            return self._reply(ReplyKind.CLARIFY, self.phrases.clarify, score, close)
        return self._reply(
            ReplyKind.FALLBACK,
            self.phrases.fallback,
            score,
            close or self._starters(),
            self.phrases.fallback_title,
        )

    def entry(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None (for button data from an older knowledge base)."""
        return self._by_id.get(entry_id)

    def exercise(self, exercise_id: str) -> Exercise | None:
        """The exercise with this id, or None."""
        return self._exercises_by_id.get(exercise_id)

    def answer(self, entry_id: str) -> Reply | None:
        """The reply for a pressed suggestion button; None for an unknown id."""
        entry = self._by_id.get(entry_id)
        return self._answer(entry, 100.0) if entry else None

    def _red_flag_reply(self, red_flag: RedFlagResult, now: datetime) -> Reply:
        """The urgent-care warning first and alone: what to do and the number, fit for a
        phone. The article's danger signs are offered as a button, not dumped beneath."""
        return Reply(
            kind=ReplyKind.ANSWER,
            red_flag=red_flag.tier,
            warning=self.urgent_care.warning(red_flag, now),
            text="",
            entry=self._by_id[RED_FLAG_ENTRY],
            score=100.0,
            suggestions=(Suggestion(RED_FLAG_ENTRY, self._by_id[RED_FLAG_ENTRY].heading),),
            suggestions_title=self.phrases.red_flag_more_title,
        )

    def _answer(self, entry: Entry, score: float) -> Reply:
        """An entry's answer under its heading, with the doctor line where it touches
        diagnosis, and the contacts where it is the article's list of danger signs."""
        parts = [f"{entry.heading}\n{entry.answer}"]
        if entry.id in DANGER_SIGN_ENTRIES:
            parts.append(self.urgent_care.overview())
        if entry.diagnosis:
            parts.append(self.phrases.disclaimer)
        related = self._related(entry)
        return Reply(
            kind=ReplyKind.ANSWER,
            red_flag=Tier.NONE,
            warning="",
            text="\n\n".join(parts),
            entry=entry,
            score=score,
            suggestions=related,
            suggestions_title=self.phrases.related_title if related else "",
        )

    def _smalltalk(self, kind: str) -> Reply:
        if kind == "thanks":
            return self._reply(ReplyKind.SMALLTALK, self.phrases.thanks)
        text = self.phrases.greeting if kind == "greeting" else self.phrases.capabilities
        return self._reply(
            ReplyKind.SMALLTALK, text, 0.0, self._starters(), self.phrases.capabilities_title
        )

    def _reply(
        self,
        kind: ReplyKind,
        text: str,
        score: float = 0.0,
        suggestions: tuple[Suggestion, ...] = (),
        title: str = "",
    ) -> Reply:
        """A reply that answers no entry: small talk, "did you mean" or the fallback."""
        return Reply(
            kind=kind,
            red_flag=Tier.NONE,
            warning="",
            text=text,
            entry=None,
            score=score,
            suggestions=suggestions,
            suggestions_title=title if suggestions else "",
        )

    def _related(self, entry: Entry) -> tuple[Suggestion, ...]:
        return tuple(Suggestion(i, self._by_id[i].heading) for i in entry.related[:MAX_SUGGESTIONS])

    def _starters(self) -> tuple[Suggestion, ...]:
        return tuple(Suggestion(i, self._by_id[i].heading) for i in STARTER_ENTRIES)
