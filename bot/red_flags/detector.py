"""The red-flag detector: concepts found in a message, judged by their context.

Missing a real sign is the worst failure this bot can have, so a found concept is
dropped only for a reason the context gives: it is denied, it is past (and the sign
is not one whose past matters), it is a hypothesis or a general question, or an
`except` look-alike or an `unless` explanation stands with it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from bot.analysis import Message, analyse
from bot.knowledge import KNOWLEDGE_DIR, Record, load_record
from bot.language import load_lexicon
from bot.normalise import fold
from bot.red_flags.concepts import (
    SEVERITY,
    Combination,
    Concept,
    Hit,
    Tier,
    Urgency,
    add_composites,
    load_combination,
    slot_hits,
)
from bot.red_flags.context import (
    BUT,
    DENIALS,
    LOST_FEELING_SLOT,
    WORSENING_SLOT,
    Context,
    ContextRules,
    Kind,
    Verdict,
)
from bot.red_flags.dates import dated_span
from bot.red_flags.vocabulary import (
    WRITTEN_NOT,
    Term,
    TermIndex,
    WordReader,
    parse_term,
    variants,
)


@dataclass(frozen=True)
class RedFlagSign:
    id: str
    tier: Tier
    label: str  # Danish, used in the warning ("tab af kontrol over blære eller tarm")
    urgency: Urgency
    entry: str  # id of the article's entry about this sign, offered beneath the warning
    injury: bool = False  # an event that may have hurt the back (a crash, a fall), no nerve sign


@dataclass(frozen=True)
class RedFlagResult:
    tier: Tier  # highest tier found, Tier.NONE if none
    signs: tuple[RedFlagSign, ...]  # every sign found, most severe first
    # The sentences that speak of a sign in general or as a "what if" ("hvad betyder
    # ridebukseanæstesi?"): no warning, but the article's danger signs are the fitting answer.
    asked_in: frozenset[int] = frozenset()
    # The words of signs it speaks of that are not there (denied, over, or another
    # person's past: "ingen feber", "min far havde kræft"), but for the pain itself: when
    # the rest asks nothing else, the article's danger signs are what it wants to know.
    not_there: frozenset[int] = frozenset()
    # The ids of the signs told as over or past ("nu er feberen væk", "det var for 2 år
    # siden"): a warning about them earlier in the chat is not kept by this message (a
    # denial is not enough: "har ikke feber lige nu fordi jeg har taget panodil").
    told_over: frozenset[str] = frozenset()
    # The slots the message fills (knowledge/red_flags.yaml): whether a later message
    # could complete a sign with it (`RedFlagDetector.completes`).
    slots: frozenset[str] = frozenset()
    # The ids of the signs whose function the message tells working ("nej undskyld, jeg kan
    # godt tisse"; `Concept.restored_by`): a warning about them earlier in the chat is
    # taken back. Only for that: a story telling the bladder fine tells no sign over.
    works_again: frozenset[str] = frozenset()
    # The ids of the signs the message denies and tells nowhere, no pill named that may hide
    # them ("jeg har ikke feber"): a correction that denies a sign warned about takes the
    # warning back, whatever else it asks ("nej glem det, jeg har ikke feber. hvad kan jeg
    # gøre ved ryggen?").
    denied: frozenset[str] = frozenset()
    # The back the message names is an animal's ("vores gravhund har fået dårlig ryg"), no
    # person's: what it asks is asked of the animal.
    animals_back: bool = False

    @property
    def asked_about(self) -> bool:
        return bool(self.asked_in)


NO_RED_FLAG = RedFlagResult(Tier.NONE, ())
# The slot of back-pain words: whether a relative with a past sign is the patient now.
PAIN_SLOT = "smerte"
PAIN_WORD_SLOT = "smerte-ord"  # a word for pain itself ("ondt"), not the place
# The slot of a cause told for the pain ("efter havearbejde"): muscle overload to the brain.
TOLD_CAUSE_SLOT = "kendt-årsag"
# Words after a sign that may name where it is ("kræft i ryggen"), not a pain.
SIGN_PLACE_WORDS = 2
# The slot of places of pain other than the back ("ondt i maven"): such a pain is not
# back pain, so it makes nobody the patient.
OTHER_PLACE_SLOT = "andet-sted"
# Another part of the body or complaint: what a reason `about_itself` told with it is about.
OTHER_PART_SLOT = "anden-del"
BACK_SLOT = "ryg-ord"
# How far after a "men" the back may be named for the "men" to turn to it (`_works`: "men
# jeg har stadig ondt i ryggen").
BACK_AFTER_BUT = 6
# A recent earlier moment ("i går", "i søndags"): told between a state of long standing
# and the sign, it is news that sets the state aside ("efter 3 fødsler har jeg fra i går
# ingen kontrol").
RECENT_SLOT = "før"
# A conjunction that gives a cause ("fordi"): a reason before it and the sign right after
# it, in the clause it opens, make the sign the cause ("kan ikke lave squat længere fordi
# mit ben er blevet svagere"; not "pga sin sclerose og bruger ble").
BECAUSE_SLOT = "fordi-ord"
# At most this many words between a `BECAUSE_SLOT` conjunction and the sign it introduces.
BECAUSE_REACH = 3
# A time still to come ("i morgen", "om en måned"): a reason it dates, within
# FUTURE_REACH words of it in its clause, has not happened and explains nothing now ("vi
# skal på en lang køretur i morgen og jeg har ingen følelse i skridtet"; but "er på kur
# fordi jeg skal giftes næste måned" or "med vilje til mit bryllup om 3 uger" is now).
FUTURE_SLOT = "fremtid"
FUTURE_REACH = 1
# A correction's clearing words are denied by an "ikke" this many words before them.
CORRECTION_NOT_REACH = 2
# "If": between a sign and a reason after it, a condition the sign comes under.
CONDITION = "hvis"
# The sides of the body a reason or a sign may be told of, and "the other" one: a reason
# of one side explains no sign of another ("gammel knæskade i højre knæ, og nu er det
# venstre ben der svigter").
SIDE_SLOTS = ("højre-side", "venstre-side")
OTHER_SIDE_SLOT = "anden-side"
# At most this many words between a side and the reason or sign it is told of.
SIDE_REACH = 3
# The slot of the back told fine ("ryggen fejler intet"): its words are no back pain.
BACK_FINE_SLOT = "ryg-fin"
# ... and of the back told fine only at times ("ryggen gør ikke ondt når jeg ligger, men
# ellers meget"): where it overlaps, the back is not told fine.
PARTLY_FINE_SLOT = "kun-til-tider"
# The slots of a function only nearly working again ("feberen er næsten væk") and of pills
# that hide a sign rather than end it ("feberen forsvandt med panodil"): such a function
# told working takes no warning back.
NOT_YET_SLOT = "ikke-helt"
PILL_SLOT = "pille"
# Slots of how suddenly or how fast a sign came: they tell of no person, so a "vi" before
# "pludselig" makes no second person of the sign ("vi var ude og handle og pludselig kunne
# min kæreste ikke gå videre, hun sagde benene var helt væk").
WHEN_SLOTS = frozenset({WORSENING_SLOT, "ny-debut", "før-og-nu", "dag-for-dag"})
# The slots the code reads by name, and what each is: the knowledge must have them.
_REQUIRED_SLOTS = {
    PAIN_SLOT: "back pain: is a relative the patient?",
    TOLD_CAUSE_SLOT: "a cause told for the pain",
    LOST_FEELING_SLOT: "a feeling lost",
    WORSENING_SLOT: "a change for the worse",
    BACK_FINE_SLOT: "the back told fine",
    PARTLY_FINE_SLOT: "the back told fine only at times",
    OTHER_PLACE_SLOT: "pain that is not back pain",
    OTHER_PART_SLOT: "another part or complaint",
    BACK_SLOT: "the back named",
    RECENT_SLOT: "a recent earlier moment",
    BECAUSE_SLOT: "a conjunction giving a cause",
    FUTURE_SLOT: "a time still to come",
    NOT_YET_SLOT: "a function only nearly working",
    PILL_SLOT: "a pill that hides a sign",
    **dict.fromkeys((*SIDE_SLOTS, OTHER_SIDE_SLOT), "a side of the body"),
    **dict.fromkeys(WHEN_SLOTS - {WORSENING_SLOT}, "how suddenly or fast a sign came"),
}
_TOP_KEYS = {
    "slots", "composites", "concepts", "modifiers", "not-typos", "spellings", "spellings-after",
    "fillers",
}  # fmt: skip
_CONCEPT_KEYS = {
    "id", "tier", "urgency", "label", "entry", "when", "except", "unless", "certain",
    "past-counts", "event", "with-pain", "back-pain-needed", "never-denied", "standing",
    "held", "onset", "explained-earlier", "explained-anywhere", "painless-causes", "lasting",
    "unexplained", "others-doing", "about-itself", "follows-on", "look-alikes", "other-parts",
    "restored-by", "ends-with-pain", "corrected-by",
}  # fmt: skip
# The persons a reason may be told of ("man" tells of no one).
NAMED_PERSONS = frozenset({Kind.SELF, Kind.OTHER})
_TIERS = {"acute": Tier.ACUTE, "prompt": Tier.PROMPT}
_URGENCIES = {u.value: u for u in Urgency}


def merged(first: RedFlagResult, second: RedFlagResult) -> RedFlagResult:
    """Both results' signs, each once, most severe first (a message's own signs and those
    it completes with earlier messages)."""
    signs = [*first.signs, *(s for s in second.signs if s not in first.signs)]
    signs.sort(key=lambda s: -SEVERITY[s.tier])
    if not signs:
        asked_in = first.asked_in | second.asked_in
        return RedFlagResult(Tier.NONE, (), asked_in, slots=first.slots | second.slots)
    return RedFlagResult(signs[0].tier, tuple(signs), slots=first.slots | second.slots)


def ordinary_words(danish: Collection[str], english: Collection[str]) -> frozenset[str]:
    """The words never taken for slips: ordinary Danish words and common English ones
    (knowledge/english_words.txt: an English message's "cancel" is no "cancer")."""
    return frozenset(danish).union(english)


class RedFlagDetector:
    def __init__(
        self,
        terms: tuple[Term, ...],
        composites: dict[str, Combination],
        concepts: tuple[Concept, ...],
        rules: ContextRules,
        lexicon: Collection[str],
        as_typed: Collection[str] = (),
        spellings: dict[str, str] | None = None,
        fillers: Collection[str] = (),
        spellings_after: dict[str, SpellingAfter] | None = None,
    ) -> None:
        """`spellings_after`: words read as another, and only as that, after certain
        words (Jutland's "it" is "ikke" after "ka", English elsewhere)."""
        self._terms = TermIndex(terms)
        self._spellings_after = spellings_after or {}
        self._composites = composites
        self._concepts = tuple(sorted(concepts, key=lambda c: -SEVERITY[c.tier]))
        self._concept_by_id = {c.id: c for c in self._concepts}
        self._rules = rules
        slot_words = {p for t in terms for p in t.patterns}
        whole_terms = {t.patterns[0] for t in terms if len(t.patterns) == 1}
        self._reader = WordReader(
            slot_words | rules.patterns,
            lexicon,
            as_typed,
            slot_words,
            spellings,
            fillers,
            whole_terms,
        )

        # Each combination's slots, composites spelled out as their parts, and whether its
        # sign is an illness, an event or a sign only with back pain (fever) that the back
        # pain told in another message makes a sign ("min mor har ondt i lænden" / "hun
        # har også 39 i feber").
        def parts(slot: str) -> frozenset[str]:
            composite = composites.get(slot)
            return (
                frozenset().union(*map(parts, composite.slots)) if composite else frozenset({slot})
            )

        self._needs = tuple(
            (
                frozenset().union(*map(parts, combination.slots)),
                concept.past_counts or concept.event or concept.back_pain_needed,
            )
            for concept in self._concepts
            for combination in concept.when
        )
        # A person's lasting condition ("knogleskørhed", "er 78", "har haft kræft"): what a
        # chat told of it stands while the chat goes on (`lasting`).
        self._lasting_slots = frozenset(
            part
            for concept in self._concepts
            for slot in (*concept.standing, *concept.held)
            for part in parts(slot)
        )
        self._lasting_needs = tuple(
            frozenset().union(*map(parts, combination.slots))
            for concept in self._concepts
            if concept.past_counts
            for combination in concept.when
        )
        self._signs = {
            c.id: RedFlagSign(c.id, c.tier, c.label, c.urgency, c.entry, c.event)
            for c in self._concepts
        }
        self._past_counting = frozenset(c.id for c in self._concepts if c.past_counts)
        # Each concept's combinations as the slot sets they need, for `check`'s first look.
        self._concept_needs = tuple(
            (concept, tuple(combination.needed for combination in concept.when))
            for concept in self._concepts
        )
        self._restorable = tuple(c for c in self._concepts if c.restored_by)
        # Slots that only clear a sign (a look-alike, a reason) and make none: their words
        # never run over a sentence's end ("Jeg kan ikke forklare det. Jeg kan pludselig næsten
        # ikke gå" is no "det kan ikke gå", "Jeg orker ikke mere. Har tisset i bukserne" no
        # "ikke mere ... tisset").
        making = frozenset().union(
            *(parts(slot) for concept in self._concepts for c in concept.when for slot in c.slots)
        )
        self._clearing = (
            frozenset(
                slot
                for concept in self._concepts
                for slot in (*concept.excepted, *concept.unless, *concept.lasting)
            )
            - making
            - composites.keys()  # filled after the walls, from slots walled already
        )

    @classmethod
    def load(
        cls, path: Path = KNOWLEDGE_DIR / "red_flags.yaml", lexicon: Collection[str] | None = None
    ) -> RedFlagDetector:
        """The detector for a concept file; `lexicon` holds the words never taken for
        slips (by default `ordinary_words` of the knowledge folder)."""
        top = load_record(path)
        unknown = sorted(set(top.data) - _TOP_KEYS)
        if unknown:
            raise top.fail(f"unknown key '{unknown[0]}'")
        slots = top.data.get("slots")
        if not isinstance(slots, dict) or not slots:
            raise top.fail("'slots' must be a mapping of slot names to terms")
        section = Record(slots, top.file, "slots")
        terms: list[Term] = []
        for name in map(str, slots):
            for text in section.unique_texts(name):
                terms += variants(parse_term(name, text, section.fail))
        known = {str(name) for name in slots}
        composites: dict[str, Combination] = {}
        for name, item in (top.data.get("composites") or {}).items():
            where = Record({}, top.file, f"composite '{name}'")
            if name in known:
                raise where.fail("a slot has this name too")
            composites[str(name)] = load_combination(item, where, known)
            known.add(str(name))
        concepts: list[Concept] = []
        for record in top.records("concepts"):
            concept = _load_concept(record, known)
            if any(c.id == concept.id for c in concepts):
                raise record.fail("id appears twice")
            concepts.append(concept)
        if lexicon is None:
            lexicon = ordinary_words(
                load_lexicon(KNOWLEDGE_DIR / "danish_words.txt"),
                load_lexicon(KNOWLEDGE_DIR / "english_words.txt"),
            )
        for slot, what in _REQUIRED_SLOTS.items():
            if slot not in known:
                raise top.fail(f"slot '{slot}' is missing ({what})")
        as_typed = top.texts("not-typos", minimum=0)
        spellings = _load_spellings(top)
        fillers = top.texts("fillers", minimum=0)
        rules = ContextRules.load(top)
        return cls(
            tuple(terms),
            composites,
            tuple(concepts),
            rules,
            lexicon,
            as_typed,
            spellings,
            fillers,
            _load_spellings_after(top),
        )

    @property
    def signs(self) -> tuple[RedFlagSign, ...]:
        """Every sign the detector knows, most severe first."""
        return tuple(self._signs.values())

    def read(self, message: Message) -> Context:
        """The message's words as term patterns, its slot terms and its context triggers
        (found once)."""
        readings = self._readings(message)
        sentences = [token.sentence for token in message.tokens]
        triggers = self._rules.triggers(readings, sentences)
        hits = slot_hits(self._terms, readings, _after_questions(message))
        return Context(message, readings, triggers, hits, self._rules.trailing)

    def _readings(self, message: Message) -> tuple[frozenset[str], ...]:
        """Each word's patterns; a compound split in two ("mine køns dele er føle løse")
        is read at its first word as the word the two make, and the present's date as the
        span back to a start dated before it (six to nine weeks, three to five months)."""
        words = message.words
        readings = [self._reader.read(word) for word in words]
        for i in range(1, len(words)):
            spelling = self._spellings_after.get(words[i])
            if spelling is not None and words[i - 1] in spelling.after:
                readings[i] = self._reader.read(spelling.means)
        for i, token in enumerate(message.tokens[:-1]):
            if token.clause == message.tokens[i + 1].clause:
                readings[i] |= self._reader.joined(words[i], words[i + 1])
        span = dated_span(words)
        if span is not None:
            present, reading = span
            readings[present] |= {reading}
        return tuple(readings)

    def check(self, context: Context) -> RedFlagResult:
        """Every danger sign in a message read by `read`; never raises."""
        hits = {slot: list(found) for slot, found in context.hits.items()}  # judged, pruned
        if not hits:
            return NO_RED_FLAG
        _drop_overlapped(hits, BACK_FINE_SLOT, PARTLY_FINE_SLOT)
        _drop_across_sentences(context.message, hits, self._clearing)
        add_composites(context.message, self._composites, hits)
        found: list[RedFlagSign] = []
        asked_in: set[int] = set()
        not_there: set[int] = set()
        told_over: set[str] = set()
        denied: set[str] = set()
        filled = frozenset(hits)
        for concept, needs in self._concept_needs:
            if not any(map(filled.issuperset, needs)):
                continue  # a slot of every combination is empty: not judged at all
            if self._judge(concept, context, hits, asked_in, not_there, told_over, denied):
                found.append(self._signs[concept.id])
        slots = frozenset(slot for slot in hits if slot not in self._composites)
        if not found:
            works_again = frozenset(
                concept.id
                for concept in self._restorable
                if any(
                    self._works(context, hit, hits)
                    for slot in concept.restored_by
                    for hit in hits.get(slot, ())
                )
            )
            return RedFlagResult(
                Tier.NONE,
                (),
                frozenset(asked_in),
                frozenset(not_there),
                frozenset(told_over),
                slots,
                works_again,
                frozenset(denied),
                _an_animals_back(context),
            )
        return RedFlagResult(found[0].tier, tuple(found), slots=slots)

    def completes(self, now: frozenset[str], before: frozenset[str]) -> bool:
        """Whether slots filled now and slots filled in earlier messages could together
        make a sign that neither makes alone (so the messages are worth reading joined),
        or make an illness, an event or a fever one message tells a sign with the back
        pain the other tells ("min mor har ondt" / "hun havde kræft"; "han er i kemo" /
        "han har ondt i lænden"; "min mor på 84 faldt i sidste uge" / "hun har stadig ondt
        i ryggen"; "min far har ondt i ryggen" / "han har også 39 i feber")."""
        together = now | before
        for needed, pain_may_be_elsewhere in self._needs:
            if needed <= together and needed & now and not needed <= now:
                return True
            if pain_may_be_elsewhere and (
                (needed <= now and PAIN_SLOT in before)
                # pain told before too was read with the illness then
                or (needed <= before and PAIN_SLOT in now and PAIN_SLOT not in before)
            ):
                return True
        return False

    def lasting(self, slots: frozenset[str]) -> bool:
        """Whether a message's slots tell a lasting condition that a later fall or back
        pain makes a sign (osteoporosis, an age, long-term steroids, an earlier cancer)."""
        return not self._lasting_slots.isdisjoint(slots) or any(
            needed <= slots for needed in self._lasting_needs
        )

    def result_of(self, sign_ids: Iterable[str]) -> RedFlagResult:
        """The result for signs found before, by their ids (unknown ids are skipped)."""
        signs = {self._signs[i] for i in sign_ids if i in self._signs}
        ordered = tuple(sorted(signs, key=lambda s: (-SEVERITY[s.tier], s.id)))
        return RedFlagResult(ordered[0].tier, ordered) if ordered else NO_RED_FLAG

    def corrected(self, sign_ids: Iterable[str], context: Context) -> bool:
        """Whether a message read by `read` clears each of the signs as a correction: for
        every one, a `corrected_by` or `restored_by` slot told as so (not denied, supposed
        or another person's: "følelsen dernede er helt normal", "det er med vilje"; not "det
        er ikke med vilje")."""
        concepts = self._concepts_of(sign_ids)
        if not concepts or not all(c.corrected_by or c.restored_by for c in concepts):
            return False
        readings = context.readings

        def told(slot: str) -> bool:
            for hit in context.hits.get(slot, ()):
                verdict = context.judge((hit,))
                # "ikke" right before or in the words denies them too ("det er ikke med vilje")
                denied = any(
                    WRITTEN_NOT in readings[i]
                    for i in range(max(0, hit.start - CORRECTION_NOT_REACH), hit.end)
                )
                if not (denied or verdict.negated or verdict.hypothetical or verdict.other_person):
                    return True
            return False

        return all(any(map(told, (*c.corrected_by, *c.restored_by))) for c in concepts)

    def denies_a_reason(self, sign_ids: Iterable[str], context: Context) -> bool:
        """Whether a message read by `read` denies what would explain one of the signs
        away (an `unless`, `lasting` or `others-doing` slot told as not so: "jeg er ikke på
        kur" after weight loss): it speaks of the sign, and confirms it."""
        return any(verdict.negated for verdict in self._reasons_told(sign_ids, context))

    def tells_a_reason(self, sign_ids: Iterable[str], context: Context) -> bool:
        """Whether a message read by `read` tells, of anyone, what would explain one of the
        signs away or clears it ("min mand har tabt sig med vilje"), not denied nor
        supposed."""
        return any(
            not (verdict.negated or verdict.hypothetical)
            for verdict in self._reasons_told(sign_ids, context, clearing=True)
        )

    def _reasons_told(
        self, sign_ids: Iterable[str], context: Context, clearing: bool = False
    ) -> Iterator[Verdict]:
        """The verdicts on each word of the message that tells a reason of one of the
        signs (an `unless`, `lasting` or `others-doing` slot; with `clearing`, also a
        `corrected-by` one)."""
        reasons = {
            slot
            for concept in self._concepts_of(sign_ids)
            for slot in (
                *concept.unless,
                *concept.lasting,
                *concept.others_doing,
                *(concept.corrected_by if clearing else ()),
            )
        }
        return (context.judge((hit,)) for slot in reasons for hit in context.hits.get(slot, ()))

    def _concepts_of(self, sign_ids: Iterable[str]) -> list[Concept]:
        """The concepts of signs found before, by their ids (unknown ids are skipped)."""
        return [self._concept_by_id[i] for i in dict.fromkeys(sign_ids) if i in self._concept_by_id]

    def counts_when_past(self, sign_ids: Iterable[str]) -> bool:
        """Whether one of the signs counts however long ago it was (an earlier cancer)."""
        return not self._past_counting.isdisjoint(sign_ids)

    def check_text(self, text: str) -> RedFlagResult:
        """`check` for a text not analysed yet (tests and tools)."""
        return self.check(self.read(analyse(text)))

    def _judge(
        self,
        concept: Concept,
        context: Context,
        hits: dict[str, list[Hit]],
        asked_in: set[int],
        not_there: set[int],
        told_over: set[str],
        denied: set[str],
    ) -> bool:
        """Whether the sign is there; the sentences where it is only spoken of, in general
        or as a "what if", are added to `asked_in`, and its words (but for the pain) to
        `not_there` where it is told denied, over or as another person's past (its id to
        `told_over` where it is told over, to `denied` where it is denied and not there)."""

        def set_aside(leaves: tuple[Hit, ...]) -> None:
            not_there.update(
                i
                for leaf in leaves
                if leaf.slot not in (PAIN_SLOT, PAIN_WORD_SLOT)
                for i in range(leaf.start, leaf.end)
            )

        # The words that fill the concept's slots anywhere, and the back for a sign told
        # with its pain or an event that hurts it: a "gone" phrase with one of them for its
        # subject ends the sign ("væltede på motorcykel, men ryggen blev helt rask").
        slots = {slot for combination in concept.when for slot in combination.slots}
        if concept.with_pain or concept.ends_with_pain or concept.event:
            slots.add(BACK_SLOT)
        # ... but for another part of the body ("mit ben bliver svagere, men mit knæ er
        # helet": the knee fills the leg's slot, and is not the leg); with each instance's
        # own words added below
        concept_words = _words_of(
            leaf for slot in slots for hit in hits.get(slot, ()) for leaf in hit.leaves
        ) - _words_of(hits.get(OTHER_PART_SLOT, ()))
        negated = False
        for combination in concept.when:
            if not combination.needed <= hits.keys():
                continue  # a slot of it is empty: no instance
            for combo in combination.instances(context.message, hits):
                leaves = tuple(leaf for hit in combo for leaf in hit.leaves)
                sign_at = concept_words | _words_of(leaves)
                if len(self._persons(context, leaves, concept.held)) > 1:
                    continue  # one person's osteoporosis and another's fall are no sign
                if self._excepted(concept, leaves, hits) or self._explained(
                    concept, combo, context, hits
                ):
                    continue
                verdict = context.judge(leaves, sign_at)
                deniable = tuple(leaf for leaf in leaves if leaf.slot not in concept.never_denied)
                if deniable != leaves:  # judged without the parts no negation denies
                    verdict = replace(
                        verdict, negated=bool(deniable) and context.judge(deniable).negated
                    )
                # The sign's own words, not the states it meets ("er 72", osteoporosis).
                event = tuple(leaf for leaf in leaves if leaf.slot not in concept.standing)
                if concept.event and event and event != leaves and not verdict.hypothetical:
                    # The event asked of as a "what if", the state it meets told as news
                    # ("hvad gør jeg, hvis min mor falder? Hun har knogleskørhed nu"): no
                    # event happened.
                    verdict = replace(verdict, hypothetical=context.judge(event).hypothetical)
                if verdict.no_one:
                    continue
                if verdict.negated:
                    set_aside(leaves)
                    negated = True
                    continue
                if verdict.hypothetical and not (
                    verdict.asked_of_anyone
                    and concept.tier is Tier.ACUTE
                    and self._tells_own_pain(context, hits, leaves)
                ):
                    asked_in.add(context.message.tokens[leaves[0].start].sentence)
                    continue
                if event != leaves and event:
                    when = context.judge(event, sign_at)
                    verdict = replace(
                        verdict,
                        historical=when.historical,
                        recent=when.recent,
                        told_in_past=when.told_in_past,
                    )
                if concept.ends_with_pain and verdict.pain_over:
                    verdict = replace(verdict, historical=True)
                if concept.past_counts:
                    # An earlier illness is a sign for the person with back pain now.
                    if verdict.other_person and not self._patient(context, hits, leaves):
                        set_aside(leaves)
                        continue
                elif self._over(concept, verdict, context, hits, leaves):
                    set_aside(leaves)
                    told_over.add(concept.id)
                    continue
                if concept.with_pain and not self._in_pain(context, hits, leaves, concept):
                    continue
                return True
        if negated and PILL_SLOT not in hits:  # not "ingen feber, har taget en panodil"
            denied.add(concept.id)
        return False

    @staticmethod
    def _works(context: Context, hit: Hit, hits: dict[str, list[Hit]]) -> bool:
        """Whether words of a function working ("jeg kan godt tisse") tell it works now:
        not denied, asked of, only nearly so ("feberen er næsten væk"), hidden by a pill in
        their clause ("feberen forsvandt med panodil"), or followed by a "men" in their
        sentence ("kan godt tisse, men kun lidt ad gangen"), unless that "men" turns to
        the back's pain ("feberen er væk, men ryggen driller stadig"; not "men ryggen er
        rød og hævet ved arret")."""
        verdict = context.judge(hit.leaves)
        if verdict.negated or verdict.hypothetical or verdict.no_one:
            return False
        message = context.message
        clause = message.clause_of(hit.start)
        if any(hit.start <= h.start < hit.end for h in hits.get(NOT_YET_SLOT, ())) or any(
            h.start in clause for h in hits.get(PILL_SLOT, ())
        ):
            return False
        after = range(hit.end, message.sentence_of(hit.start).stop)
        back = {h.start for h in hits.get(BACK_SLOT, ())}
        pain = {h.start for h in hits.get(PAIN_WORD_SLOT, ())}
        return not any(
            message.words[i] in BUT
            and (
                back.isdisjoint(range(i + 1, i + 1 + BACK_AFTER_BUT))
                or pain.isdisjoint(range(i + 1, after.stop))
            )
            for i in after
        )

    @staticmethod
    def _persons(
        context: Context, leaves: tuple[Hit, ...], held: tuple[str, ...] = ()
    ) -> set[Kind]:
        """Whose each clause of an instance is about, read at its last word there ("nu kan
        jeg ikke tisse": the writer, though "min søn" stood in the sentence before); the
        words of a `held` slot, a person's condition, are read where they stand ("min mormor
        er 90 og jeg har pludselig fået ondt i ryggen": her age, the writer's pain); those of
        `WHEN_SLOTS` tell of no one."""
        end_in_clause: dict[int, int] = {}
        holders: set[Kind] = set()
        for leaf in leaves:
            if leaf.slot in held:
                holders.add(context.holder(leaf.end))
                continue
            if leaf.slot in WHEN_SLOTS:
                continue
            clause = context.message.tokens[leaf.start].clause
            end_in_clause[clause] = max(leaf.end, end_in_clause.get(clause, leaf.end))
        kinds = holders | {context.experiencer(end) for end in end_in_clause.values()}
        return kinds - {Kind.GENERIC}

    @staticmethod
    def _patient(context: Context, hits: dict[str, list[Hit]], leaves: tuple[Hit, ...]) -> bool:
        """Whether the message says another person has back pain now ("min mor havde
        kræft og har nu ondt i ryggen"), so their illness is a sign, not family history
        (the sign's own words, "kræft i ryggen", are not their pain, nor pain a question
        asks about)."""
        # The sign's words and the place just after them ("kræft i ryggen") are no pain.
        own = {i for leaf in leaves for i in range(leaf.start, leaf.end + SIGN_PLACE_WORDS)}
        for hit in _back_pains(hits):
            if not own.isdisjoint(range(hit.start, hit.end)) or context.asked_of_no_one(hit.start):
                continue  # the sign's place, or pain asked about ("kan ondt i lænden være kræft?")
            verdict = context.judge((hit,))
            # Pain that began weeks back runs on ("hun har fået ondt i lænden for et par
            # uger siden"); pain years back or told in a past tense does not.
            over = verdict.historical and not verdict.recent
            if verdict.other_person and not (over or verdict.negated or verdict.told_in_past):
                return True
        return False

    @classmethod
    def _over(
        cls,
        concept: Concept,
        verdict: Verdict,
        context: Context,
        hits: dict[str, list[Hit]],
        leaves: tuple[Hit, ...],
    ) -> bool:
        """Whether the sign is past: told as past, or another person's told in a past
        tense; an event is past only by a date (it is always told in a past tense), and
        not when it was weeks back and its pain runs on (`_hurts_now`); a pain's onset
        only by a date not weeks or months back."""
        if concept.onset:
            return verdict.historical and not verdict.recent
        if concept.event:
            # The event's own words, not what stands with it ("er 72" may share the pain's
            # clause: "jeg er 72 og har ondt i lænden, efter at jeg faldt i sidste uge").
            event = tuple(leaf for leaf in leaves if leaf.slot not in concept.standing)
            return verdict.historical and not (
                verdict.recent and cls._hurts_now(context, hits, event or leaves)
            )
        return verdict.historical or verdict.told_in_past

    @staticmethod
    def _tells_own_pain(
        context: Context, hits: dict[str, list[Hit]], leaves: tuple[Hit, ...]
    ) -> bool:
        """Whether a sentence of its own that asks nothing tells the writer's back pain now,
        and denies nothing ("Hvad betyder det, når man ikke kan mærke numsehullet? Har haft
        ondt i ryggen siden weekenden."): an acute sign asked of anyone is then the
        writer's own; "har ondt i ryggen men ingen problemer dernede" tells it is not, nor
        does "har selv ondt i lænden, spørger bare fordi min bror blev bange" (it says it
        only asks)."""
        message = context.message
        sign_sentence = message.tokens[leaves[0].start].sentence
        denials = {message.tokens[t.start].sentence for t in context.of(*DENIALS, Kind.JUST_ASKING)}
        for hit, other in _pains_now(context, hits):
            number = message.tokens[hit.start].sentence
            told_apart = number != sign_sentence and not message.asked[number]
            if not other and told_apart and number not in denials:
                return True
        return False

    @staticmethod
    def _hurts_now(context: Context, hits: dict[str, list[Hit]], leaves: tuple[Hit, ...]) -> bool:
        """Whether the person of an event weeks back has back pain now, told in a clause
        of its own ("faldt ned fra en stige for to uger siden, har haft ondt i
        lænden siden", "min morfar på 90 faldt i sidste uge. Han har ondt i ryggen"): the
        pain may be the event's injury. Pain in the event's own clause has the event's
        date ("væltede og havde ondt i ryggen"), unless a pain word is told in a present tense:
        before the event ("har ondt i lænden efter et fald for en uge siden") or after a
        clause word ("faldt på isen for en uge siden og har ondt i lænden")."""
        message = context.message
        events = {message.tokens[leaf.start].clause for leaf in leaves}
        first_event = min(leaf.start for leaf in leaves)
        last_event = max(leaf.end for leaf in leaves)
        person = context.experiencer(leaves[0].end) is Kind.OTHER
        said_to_hurt = {h.start for h in hits.get(PAIN_WORD_SLOT, ())}

        def in_present_tense(pain: Hit) -> bool:
            if message.tokens[pain.start].clause not in events:
                return True  # a clause of its own
            if not any(pain.start <= s <= pain.end + 1 for s in said_to_hurt):
                # the back named, not its pain ("og brækket ryggen"; but "og lænden er øm")
                return False
            if pain.end <= first_event:
                since = message.clause_of(pain.start).start
            else:
                opened = [
                    t.end
                    for t in context.of(Kind.CLAUSE_WORD)
                    if last_event <= t.start and t.end <= pain.start
                ]
                if not opened:
                    return False
                since = max(opened)
            return not any(since <= t.start < pain.start for t in context.of(Kind.PAST_VERB))

        return any(
            other is person and in_present_tense(hit) for hit, other in _pains_now(context, hits)
        )

    @staticmethod
    def _in_pain(
        context: Context, hits: dict[str, list[Hit]], leaves: tuple[Hit, ...], concept: Concept
    ) -> bool:
        """Whether the sign may be of a person whose back hurts (`Concept.with_pain`): the
        writer's own sign is (with `back_pain_needed`, unless the message names pain only
        in another place; no pain word at all: the writer's back); another person's is
        not when the message names only the writer's back as hurting ("min datter har
        feber, og jeg har ondt i lænden"), or only pain in another place ("mit barn har
        ondt i ørerne og feber"), nor, for a sign only with back pain, when no pain is told
        at all ("min søn på 4 har 39 i feber": the back pain may be told in another
        message, `completes`); the writer's sign neither when no pain is told and an
        everyday illness that brings it is (`Concept.painless_causes`)."""
        back_pain_needed = concept.back_pain_needed
        own = {i for leaf in leaves for i in range(leaf.start, leaf.end)}
        # Words told fine count as denied: "... 38,5 i feber. ryggen fejler intet".
        fine = {i for h in hits.get(BACK_FINE_SLOT, ()) for i in range(h.start, h.end)}
        denied = [no or i in fine for i, no in enumerate(context.negated_words())]
        back = set(_back_pains(hits))
        told = [h for h in hits.get(PAIN_SLOT, ()) if own.isdisjoint(range(h.start, h.end))]
        pains = [h for h in told if not denied[h.start]]
        in_sign = [h for h in hits.get(PAIN_SLOT, ()) if not own.isdisjoint(range(h.start, h.end))]
        if context.experiencer(leaves[0].end) is not Kind.OTHER:
            if any(h in back and not denied[h.start] for h in in_sign):
                return True  # the sign tells the back pain itself: "begyndte at gøre ondt i lænden"
            # The writer's own sign; for a sign only with back pain (fever), not when
            # every pain told is of another place ("ondt i halsen og 39 i feber"), nor
            # when the back is named only as not hurting ("har feber men ingen ondt i
            # ryggen", "ryggen fejler intet"; "ikke ondt i benet, men feber" names no back).
            if not told:
                return not any(
                    _brings_it(context, cause, denied)
                    for slot in concept.painless_causes
                    for cause in hits.get(slot, ())
                )
            if not back_pain_needed or any(h in back for h in pains):
                return True
            pain_words = {h.start for h in hits.get(PAIN_WORD_SLOT, ())}
            back_denied = any(
                h in back and h.start not in pain_words and denied[h.start] for h in told
            )
            return any(h in back for h in told) and not back_denied
        if back_pain_needed and not hits.get(PAIN_SLOT):
            return False
        return not pains or any(
            h in back and context.experiencer(h.end) is Kind.OTHER for h in pains
        )

    @staticmethod
    def _excepted(concept: Concept, leaves: tuple[Hit, ...], hits: dict[str, list[Hit]]) -> bool:
        """A look-alike phrase overlaps the sign ("kan ikke gå langt"), and the sign's words
        are not a longer phrase around it ("har sovet" is sleep, "som når man har sovet på
        armen" is numbness)."""
        return any(
            e.overlaps(leaf) and not _around(leaf, e)
            for slot in concept.excepted
            for e in hits.get(slot, ())
            for leaf in leaves
        )

    @staticmethod
    def _explained(
        concept: Concept, combo: tuple[Hit, ...], context: Context, hits: dict[str, list[Hit]]
    ) -> bool:
        """An `unless` or `lasting` reason stands, not denied, in the sign's sentence ("på
        slankekur"), or an earlier one for a concept `explained_earlier` (any other one for
        `explained_anywhere`), and the sign says nothing the reason leaves `unexplained`;
        and no `certain` slot is filled in the sign's sentence ("uden at prøve")."""
        tokens, words = context.message.tokens, context.message.words
        sentences = {tokens[h.start].sentence for h in combo}
        first_sentence = min(sentences)
        start = min(h.start for h in combo)
        # Where the sign's news begins: a person's condition held before it ("er 79") is
        # no part of it ("gift i 50 år og er 79, og nu har jeg pludselig fået ondt").
        told = min((h.start for h in combo if h.slot not in concept.held), default=start)
        completed = max(h.start for h in combo)
        leaves = [leaf for hit in combo for leaf in hit.leaves]
        contrasts = [t.start for t in context.of(Kind.TERMINATOR)]
        sudden = context.of(Kind.SUDDEN)
        earlier = concept.explained_earlier or concept.explained_anywhere
        sign_end = max(h.end for h in combo)
        # Whose the sign may be, worked out only when a reason is found (a hot path): the
        # person its words end with, and the subject before it ("og bruger et trusseindlæg"
        # after "siden jeg fødte mine tre børn" is the writer's; "i frikvarteret faldt en
        # elev" after "Jeg er lærer" is the pupil's).
        persons: list[Kind | None] = []

        def sign_persons() -> list[Kind | None]:
            """[the person the sign's words end with, the subject before it]."""
            if not persons:
                persons.extend((context.experiencer(sign_end), context.subject(start)))
            return persons

        def about_another_part(reason: Hit) -> bool:
            """Whether the part of the body a reason tells of is another than the back and
            the sign's own: the last named in its clause up to its end, else the first
            after it ("slog kun knæet og har det fint i ryggen" tells of the back; "hoften
            blev røntget og den var fin", "alt er normalt med min hofte" of the hip). The
            sign's words and the reason's own name no other part ("it came back by
            dinner")."""
            clause = tokens[reason.start].clause
            others = [
                part
                for slot in (OTHER_PART_SLOT, *concept.other_parts)
                for part in hits.get(slot, ())
                if tokens[part.start].clause == clause
                and not any(part.overlaps(words) for words in (reason, *leaves))
            ]
            # A word that is both the back and another part ("rygsmerterne" beside a nerve
            # sign) is the other part.
            taken = {part.start for part in others}
            backs = [
                part
                for part in hits.get(BACK_SLOT, ())
                if tokens[part.start].clause == clause and part.start not in taken
            ]
            named = sorted((*others, *backs), key=lambda part: part.start)
            before = [part for part in named if part.start < reason.end]
            nearest = before[-1] if before else next(iter(named), None)
            return nearest is not None and nearest in others

        def side_of(first: int, end: int) -> str | None:
            """The side told nearest the words first..end in their clause, if any."""
            clause = tokens[first].clause
            near = [
                (max(side.start - end, first - side.end, 0), side.slot)
                for slot in (*SIDE_SLOTS, OTHER_SIDE_SLOT)
                for side in hits.get(slot, ())
                if tokens[side.start].clause == clause
                and side.start <= end + SIDE_REACH
                and first - SIDE_REACH <= side.end
            ]
            return min(near)[1] if near else None

        def of_another_side(reason: Hit) -> bool:
            """Whether a reason is told of another side than the sign ("gammel knæskade i
            højre knæ, og nu er det venstre ben der svigter"), or the sign of "the other"
            ("venter på en knæoperation, og nu ... det andet ben")."""
            sign_sides = {side_of(leaf.start, leaf.end) for leaf in leaves} - {None}
            if OTHER_SIDE_SLOT in sign_sides:
                return True
            reason_side = side_of(reason.start, reason.end)
            return bool(sign_sides) and reason_side is not None and reason_side not in sign_sides

        def denied_beside_the_sign(reason: Hit) -> bool:
            """Whether a reason read as denied is denied by more than the sign's own "not":
            that one denies no reason after it ("får ikke sovet pga stress"), unless a
            "men" after the reason tells the cause it was instead ("har ikke sovet pga
            stress men pga smerter"); a reason among the words holding the "not" is denied
            with them ("not getting better")."""
            nots = {t.start for t in context.of(Kind.NEGATION)}
            negating = [leaf for leaf in leaves if any(leaf.start <= n < leaf.end for n in nots)]
            if not negating or any(leaf.overlaps(reason) for leaf in negating):
                return True
            sentence = tokens[reason.start].sentence
            if any(reason.end <= c and tokens[c].sentence == sentence for c in contrasts):
                return True
            own = frozenset(n for n in nots for leaf in negating if leaf.start <= n < leaf.end)
            return context.denied_apart_from((reason,), own)

        def stands(
            slot: str, earlier: bool = False, lasting: bool = False, reason: bool = True
        ) -> bool:
            """Filled in the sign's sentence (or an `earlier` one), told as so (not
            denied, nor only asked about: "de spørger om jeg er på kur"), and not set aside
            by a "men" between it and the sign after it in its sentence ("efter maratonet,
            men benene bliver svagere for hver dag"; but "tabt 3 kilo, men det er fordi jeg
            er på kur" explains); a `reason` (not a `certain` slot) told of the sign's
            person and, if `about_itself`, of no other part of the body."""
            unexplained = [
                u
                for other in concept.unexplained.get(slot, ())
                for u in hits.get(other, ())
                if any(u.overlaps(leaf) for leaf in leaves)
            ]
            for h in hits.get(slot, ()):
                if any(not u.overlaps(h) for u in unexplained):
                    continue  # the sign says what the reason does not (its own words aside)
                if any(
                    o.overlaps(h)
                    for other in concept.look_alikes.get(slot, ())
                    for o in hits.get(other, ())
                ):
                    continue  # another thing ("en 3 meter høj stige")
                own = tokens[h.start].sentence in sentences
                told_elsewhere = (
                    concept.explained_anywhere or tokens[h.start].sentence < first_sentence
                )
                if not (own or (earlier and told_elsewhere)):
                    continue
                verdict = context.judge((h,))
                # A "hvis" between the sign and its reason sets a condition the sign comes
                # under, no "what if" ("vækker mig hvis jeg har ligget på maven").
                condition = own and any(
                    start < t.start < h.start and words[t.start] == CONDITION
                    for t in context.of(Kind.HYPOTHETICAL)
                )
                if (verdict.negated and denied_beside_the_sign(h)) or (
                    verdict.hypothetical and not condition
                ):
                    continue
                # A reason told before counts only as the same person's, and as now: not
                # "Min datter er på slankekur" nor "var på slankekur for 5 år siden".
                if not own and (
                    verdict.historical or context.experiencer(h.end) != sign_persons()[0]
                ):
                    continue
                # Nor one the sign is given as the cause of ("har stoppet med at løbe fordi
                # jeg har ondt i lænden").
                if (
                    reason
                    and own
                    and any(
                        h.end <= b.start
                        and start - BECAUSE_REACH <= b.end <= start
                        and tokens[b.start].clause == tokens[start].clause
                        and not any(h.end <= w.start < start for w in context.of(Kind.CLAUSE_WORD))
                        for b in hits.get(BECAUSE_SLOT, ())
                    )
                ):
                    continue
                # Nor one still to come ("skal på en lang køretur i morgen"), in this
                # sentence or an earlier one, but for an operation: one planned tells of
                # what it is to mend ("skal have ny hofte i næste uge og mit venstre ben
                # svigter").
                if (
                    reason
                    and slot not in concept.follows_on
                    and any(
                        tokens[f.start].clause == tokens[h.start].clause
                        and max(f.start - h.end, h.start - f.end) <= FUTURE_REACH
                        for f in hits.get(FUTURE_SLOT, ())
                    )
                ):
                    continue
                # Nor one asked about in a clause of its own after the sign ("..., skal han
                # have en ny madras?", "..., kan det være fordi jeg er på kur?"): a cause
                # guessed at explains nothing.
                clause = tokens[h.start].clause
                if (
                    reason
                    and own
                    and h.start > completed
                    and context.message.clause_asks(clause)
                    and all(tokens[leaf.start].clause != clause for leaf in leaves)
                ):
                    continue
                # Nor one told of another side of the body than the sign.
                if reason and own and of_another_side(h):
                    continue
                # Nor one told of another part of the body or complaint ("Hovedpinen gik
                # væk efter 10 minutter og mit venstre ben svigter").
                if reason and slot in concept.about_itself and about_another_part(h):
                    continue
                # Nor another's doing whose words name the person with the sign, its
                # subject, the sign's pain told ("Mit barn på 14 vågner om natten ... fordi
                # ryggen gør ondt"; not "Vores baby vågner hver nat", "Min baby ... græder
                # hele natten").
                if (
                    reason
                    and own
                    and slot in concept.others_doing
                    and any(leaf.slot in (PAIN_SLOT, PAIN_WORD_SLOT) for leaf in leaves)
                    and h.end <= start
                    and tokens[h.start].clause == tokens[start].clause
                    and sign_persons() == [Kind.OTHER, Kind.OTHER]
                    and any(t.start < h.end and h.start < t.end for t in context.of(Kind.OTHER))
                ):
                    continue
                # Nor one told of another person than the sign's ("Min datter fik feber af
                # vaccinen, og jeg har selv 39 i feber"), unless it is another's doing.
                if reason and own and slot not in concept.others_doing:
                    teller = context.subject(h.start)
                    whose = sign_persons()
                    if (
                        teller is not None
                        and teller not in whose
                        and not NAMED_PERSONS.isdisjoint(whose)
                    ):
                        continue
                # A "men" that turns to now sets a reason aside even when part of the
                # sign stood before it ("har altid kunnet mærke, når jeg skulle tisse, men
                # i dag har jeg ikke haft trang").
                # News that opens before the whole sign ("og nu", "og i dag", ", nu") sets
                # aside a reason that is no cause: a state of long standing ("i mange år, og
                # nu kan jeg ikke holde på vandet"), one dated weeks or more back ("på
                # slankekur for et år siden, og nu har jeg tabt 8 kilo igen") and a state
                # of the body (`about_itself`: "ryggen var fin i går, og i dag ..."). After
                # a cause, "og nu" tells what it led to ("er på Wegovy og nu har jeg tabt 12
                # kilo"), and so after an operation, however long ago (`follows_on`: "nyt
                # knæ for to måneder siden, og nu svigter benet engang imellem"). A "now"
                # within the sign is no news ("svagt efter nyt knæ, og nu ondt i lænden").
                # A state of long standing is set aside too by a "pludselig" anywhere
                # before the sign ("i mange år og kan pludselig ikke holde på vandet") and
                # by a recent moment told between it and the sign ("efter 3 fødsler har jeg
                # fra i går ingen kontrol").
                no_cause = slot not in concept.follows_on and (
                    lasting or verdict.historical or slot in concept.about_itself
                )
                set_aside = (
                    any(h.end <= c < start for c in contrasts)
                    or any(h.end <= c < completed for c in context.turns_to_now)
                    or (no_cause and any(h.end <= c < told for c in context.turns_to_news))
                    or (
                        lasting
                        and (
                            any(h.end <= t.start < completed for t in sudden)
                            or any(h.end <= r.start < told for r in hits.get(RECENT_SLOT, ()))
                        )
                    )
                )
                if not (own and set_aside):
                    return True
            return False

        explained = any(stands(s, earlier) for s in concept.unless) or any(
            stands(s, earlier, lasting=True) for s in concept.lasting
        )
        # Whoever a sure sign's words are told of, they keep it ("vi holdt stille, han kom
        # med 80 km/t").
        return explained and not any(stands(s, reason=False) for s in concept.certain)


def _load_spellings(top: Record) -> dict[str, str]:
    data = top.data.get("spellings", {})
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise top.fail("'spellings' must map a spelling to the word it stands for")
    return {fold(k): fold(v) for k, v in data.items()}


def _an_animals_back(context: Context) -> bool:
    """Whether the back a message names is an animal's, every time it is named (looked
    into only where an animal is named at all)."""
    backs = context.hits.get(BACK_SLOT, ())
    return (
        bool(backs)
        and bool(context.of(Kind.ANIMAL))
        and all(context.an_animals(hit.end) for hit in backs)
    )


@dataclass(frozen=True)
class SpellingAfter:
    """A word that stands for `means` only right after one of the words `after`."""

    means: str
    after: frozenset[str]


def _load_spellings_after(top: Record) -> dict[str, SpellingAfter]:
    found: dict[str, SpellingAfter] = {}
    for word, item in (top.data.get("spellings-after") or {}).items():
        data = item if isinstance(item, dict) else {}
        where = Record(data, top.file, f"spellings-after '{word}'")
        if not isinstance(item, dict) or set(item) != {"means", "after"}:
            raise where.fail("each spelling must have exactly 'means' and 'after'")
        found[fold(str(word))] = SpellingAfter(
            fold(where.text("means")), frozenset(map(fold, where.texts("after")))
        )
    return found


def _load_concept(record: Record, known: set[str]) -> Concept:
    unknown = sorted(set(record.data) - _CONCEPT_KEYS)
    if unknown:
        raise record.fail(f"unknown key '{unknown[0]}'")
    tier = _TIERS.get(record.text("tier"))
    if tier is None:
        raise record.fail("'tier' must be acute or prompt")
    urgency = _URGENCIES.get(record.text("urgency"))
    if urgency is None:
        raise record.fail("'urgency' must be now, today or soon")
    if (tier is Tier.ACUTE) != (urgency is Urgency.NOW):
        raise record.fail("an acute sign's urgency is now, and only an acute sign's")
    when = record.data.get("when")
    if not isinstance(when, list) or not when:
        raise record.fail("'when' must be a non-empty list of combinations")
    named = {
        key: record.texts(key, minimum=0)
        for key in (
            "except",
            "unless",
            "lasting",
            "certain",
            "never-denied",
            "standing",
            "held",
            "painless-causes",
            "others-doing",
            "about-itself",
            "follows-on",
            "other-parts",
            "restored-by",
            "corrected-by",
        )
    }
    for key in ("others-doing", "about-itself"):
        if not set(named[key]) <= {*named["unless"], *named["lasting"]}:
            raise record.fail(f"'{key}' must name unless or lasting slots")
    if not set(named["follows-on"]) <= set(named["unless"]):
        raise record.fail("'follows-on' must name unless slots")
    unexplained = _load_slot_map(
        record, "unexplained", (*named["unless"], *named["lasting"]), "unless or lasting"
    )
    look_alikes = _load_slot_map(
        record,
        "look-alikes",
        (*named["unless"], *named["lasting"], *named["certain"]),
        "unless, lasting or certain",
    )
    maps = (*unexplained.values(), *look_alikes.values())
    for slot in (s for names in (*named.values(), *maps) for s in names):
        if slot not in known:
            raise record.fail(f"unknown slot '{slot}'")
    return Concept(
        id=record.ident(),
        tier=tier,
        urgency=urgency,
        label=record.text("label"),
        entry=record.ident("entry"),
        when=tuple(load_combination(item, record, known) for item in when),
        excepted=named["except"],
        unless=named["unless"],
        lasting=named["lasting"],
        unexplained=unexplained,
        certain=named["certain"],
        look_alikes=look_alikes,
        past_counts=record.flag("past-counts"),
        event=record.flag("event"),
        with_pain=record.flag("with-pain"),
        ends_with_pain=record.flag("ends-with-pain"),
        back_pain_needed=record.flag("back-pain-needed"),
        never_denied=named["never-denied"],
        standing=named["standing"],
        held=named["held"],
        onset=record.flag("onset"),
        explained_earlier=record.flag("explained-earlier"),
        explained_anywhere=record.flag("explained-anywhere"),
        painless_causes=named["painless-causes"],
        others_doing=named["others-doing"],
        about_itself=named["about-itself"],
        other_parts=named["other-parts"],
        follows_on=named["follows-on"],
        restored_by=named["restored-by"],
        corrected_by=named["corrected-by"],
    )


def _load_slot_map(
    record: Record, key: str, allowed: tuple[str, ...], what: str
) -> dict[str, tuple[str, ...]]:
    """A mapping from some of the concept's `allowed` slots to lists of slots."""
    data = record.data.get(key, {})
    if not isinstance(data, dict) or not all(
        isinstance(slots, list) and all(isinstance(s, str) for s in slots)
        for slots in data.values()
    ):
        raise record.fail(f"'{key}' must map a slot to a list of slots")
    for slot in data:
        if slot not in allowed:
            raise record.fail(f"'{key}' names '{slot}', which is no {what} slot")
    return {slot: tuple(slots) for slot, slots in data.items()}


def _drop_overlapped(hits: dict[str, list[Hit]], slot: str, by: str) -> None:
    """Leave out the slot's hits that a hit of `by` overlaps."""
    _keep(
        hits,
        slot,
        [
            hit
            for hit in hits.get(slot, ())
            if not any(hit.overlaps(other) for other in hits.get(by, ()))
        ],
    )


def _drop_across_sentences(
    message: Message, hits: dict[str, list[Hit]], slots: frozenset[str]
) -> None:
    """Leave out the hits of `slots` whose words run over a sentence's end (a look-alike
    may run over a comma: "jeg prøver den nye øvelse, men jeg vælter hele tiden")."""
    sentence_of = [token.sentence for token in message.tokens]
    for slot in slots & hits.keys():
        _keep(
            hits,
            slot,
            [hit for hit in hits[slot] if sentence_of[hit.start] == sentence_of[hit.end - 1]],
        )


def _keep(hits: dict[str, list[Hit]], slot: str, kept: list[Hit]) -> None:
    """Keep only `kept` of the slot's hits; a slot with none left is no longer filled."""
    if kept:
        hits[slot] = kept
    else:
        hits.pop(slot, None)


def _back_pains(hits: dict[str, list[Hit]]) -> list[Hit]:
    """The pain words not told of another place ("ondt i maven", "feber og ondt i ørerne")."""
    elsewhere = {h.start for h in hits.get(OTHER_PLACE_SLOT, ())}
    return [h for h in hits.get(PAIN_SLOT, ()) if h.end not in elsewhere]


def _pains_now(context: Context, hits: dict[str, list[Hit]]) -> Iterator[tuple[Hit, bool]]:
    """The back pains told as now (not denied, past, a "what if" or another person's
    past), each with whether it is another person's."""
    for hit in _back_pains(hits):
        verdict = context.judge((hit,))
        if not (
            verdict.negated or verdict.historical or verdict.hypothetical or verdict.told_in_past
        ):
            yield hit, verdict.other_person


def _brings_it(context: Context, cause: Hit, denied: Sequence[bool]) -> bool:
    """Whether an everyday illness told is the writer's now (`Concept.painless_causes`): not
    denied ("er ikke forkølet"), not another person's ("min søn er forkølet"), not over
    ("var forkølet for en måned siden")."""
    verdict = context.judge((cause,))
    return not (denied[cause.start] or verdict.other_person or verdict.historical)


def _words_of(spans: Iterable[Hit]) -> frozenset[int]:
    """The word positions the hits cover."""
    return frozenset(i for hit in spans for i in range(hit.start, hit.end))


def _around(outer: Hit, inner: Hit) -> bool:
    """Whether `outer` is a longer phrase that holds all of `inner`."""
    longer = outer.end - outer.start > inner.end - inner.start
    return longer and outer.start <= inner.start and inner.end <= outer.end


def _after_questions(message: Message) -> frozenset[int]:
    """The first word of each sentence that follows a question."""
    return frozenset(
        sentence.start
        for number, sentence in enumerate(message.sentences[1:], start=1)
        if message.asked[number - 1]
    )
