"""Clinical concepts: danger signs found as combinations of slots, in any order.

A concept such as "loss of bladder control" is not one phrase but slots that must all
be filled within a clause, a sentence or the message: bladder or bowel words, and words
for losing control, not being able to or not feeling. Each slot has a broad vocabulary
(`vocabulary.py`); a named combination (a "composite", e.g. a leg word right next to a
word for altered feeling) can fill a slot of its own. Whether a found combination counts
is for the context modifiers to decide (`context.py`).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from bot.analysis import Message
from bot.knowledge import Record
from bot.red_flags.vocabulary import TermIndex

# More hits of one slot than this in one message add nothing but work.
_MAX_HITS = 12
# Words that join two nouns into one subject: "numse og lår".
_COORDINATORS = frozenset({"og", "eller", "and", "or"})


class Tier(StrEnum):
    NONE = "none"
    PROMPT = "prompt"
    ACUTE = "acute"


SEVERITY = {Tier.NONE: 0, Tier.PROMPT: 1, Tier.ACUTE: 2}


class Urgency(StrEnum):
    """How soon the sign needs a doctor (the advice fits the sign and the hour)."""

    NOW = "now"  # acute: 112 / own doctor now / the region's line out of hours
    TODAY = "today"  # fever, possible fracture: own doctor today, out of hours the region
    SOON = "soon"  # book a time with the own doctor on the next weekday


class Scope(StrEnum):
    CLAUSE = "clause"
    SENTENCE = "sentence"
    MESSAGE = "message"


@dataclass(frozen=True)
class Hit:
    """Where a slot (or a composite) is filled: tokens [start, end)."""

    slot: str
    start: int
    end: int
    parts: tuple[Hit, ...] = ()  # a composite's own hits
    # A frame composite ("først ... men nu") holds other slots' words between its own: it
    # overlaps only where it shares a word (Combination.frame).
    frame: bool = False

    @property
    def leaves(self) -> tuple[Hit, ...]:
        return tuple(p for part in self.parts for p in part.leaves) if self.parts else (self,)

    def overlaps(self, other: Hit) -> bool:
        """Whether the two spans share a word."""
        return self.start < other.end and other.start < self.end

    @property
    def words(self) -> tuple[Hit, ...]:
        """What another hit may not share: a frame's own words, else its whole span."""
        return self.leaves if self.frame else (self,)


@dataclass(frozen=True)
class Combination:
    """Slots that must all be filled, within `scope`, at most `near` words apart."""

    slots: tuple[str, ...]
    scope: Scope
    near: int | None  # most words between the first and the last hit
    blockers: tuple[str, ...]  # no hit of these slots may stand between two hits
    ordered: bool = False  # the slots are filled in the order written (a before, then a now)
    frame: bool = False  # as a composite, a frame: see Hit.frame

    @cached_property
    def needed(self) -> frozenset[str]:
        """The slots that must all be filled."""
        return frozenset(self.slots)

    def instances(self, message: Message, hits: dict[str, list[Hit]]) -> list[tuple[Hit, ...]]:
        """Every way the slots are filled in the message, nearest combinations first."""
        lists = [hits.get(slot, []) for slot in self.slots]
        if not all(lists):
            return []
        found = []
        for combo in itertools.product(*lists):
            start = min(h.start for h in combo)
            end = max(h.end for h in combo)
            if (
                self.near is not None
                and end - start - sum(h.end - h.start for h in combo) > self.near
            ):
                continue
            if not self._same_scope(message, combo) or self._overlapping(combo):
                continue
            if self.ordered and any(a.end > b.start for a, b in itertools.pairwise(combo)):
                continue
            if self._blocked(message, combo, hits):
                continue
            found.append((end - start, combo))
        found.sort(key=lambda pair: pair[0])
        return [combo for _, combo in found]

    def _same_scope(self, message: Message, combo: Sequence[Hit]) -> bool:
        if self.scope is Scope.MESSAGE or (self.scope is Scope.SENTENCE and message.telegraphic):
            return True
        attribute = "clause" if self.scope is Scope.CLAUSE else "sentence"
        return len({getattr(message.tokens[h.start], attribute) for h in combo}) == 1

    @staticmethod
    def _overlapping(combo: Sequence[Hit]) -> bool:
        """Two hits share a word: a composite's whole span, but a frame's own words only
        ("først var det venstre ben der var svagt ..., men nu": the leg is told inside the
        then-and-now, and fills a slot of its own; "prednisolon for ondt i knæene i 2 år"
        holds no pain of its own)."""
        ordered = sorted((part for hit in combo for part in hit.words), key=lambda h: h.start)
        return any(a.end > b.start for a, b in itertools.pairwise(ordered))

    def _blocked(self, message: Message, combo: Sequence[Hit], hits: dict[str, list[Hit]]) -> bool:
        """A blocker stands between two hits, not joined to the first by "og" ("balden er
        følelsesløs ned i benet" is sciatica; "numse og lår er følelsesløse" is not)."""
        if not self.blockers:
            return False
        ordered = sorted(combo, key=lambda h: h.start)
        for a, b in itertools.pairwise(ordered):
            for slot in self.blockers:
                if any(
                    a.end <= h.start
                    and h.end <= b.start
                    and not (h.start == a.end + 1 and message.words[a.end] in _COORDINATORS)
                    for h in hits.get(slot, ())
                ):
                    return True
        return False


@dataclass(frozen=True)
class Concept:
    """A danger sign: any one of its combinations, unless an `except` term overlaps it or
    an `unless` slot is filled in its sentence (and it has no `certain` slot filled)."""

    id: str
    tier: Tier
    urgency: Urgency
    label: str  # Danish, for the warning: "Du beskriver <label>."
    entry: str  # id of the article's entry about the sign (knowledge/entries.yaml)
    when: tuple[Combination, ...]
    excepted: tuple[str, ...]  # slots of look-alike phrases that are not the sign
    unless: tuple[str, ...]  # slots that clear the sign within its sentence
    certain: tuple[str, ...]  # slots that make the sign certain: `unless` does not clear
    past_counts: bool  # a past episode is still a sign (earlier cancer)
    event: bool  # told in a past tense by nature ("min bror blev påkørt"): still news
    # A sign only in someone whose back hurts: not when only another person's back
    # hurts ("min datter har feber, og jeg har ondt i lænden"). A message with no pain
    # word at all is about the writer's back: the sign counts.
    with_pain: bool = False
    # A sign of pain, or one that needs it: over when the pain is told gone after it
    # ("vågner hver nat af smerter, men smerterne er væk nu"); others stand.
    ends_with_pain: bool = False
    # A sign only with back pain (fever): the writer's own sign too is none when the
    # message names pain only in another place ("ondt i halsen og 39 i feber").
    back_pain_needed: bool = False
    # Slots no negation denies: a duration tells how long, whatever is denied before it
    # ("har ikke kunnet arbejde i 5 uger").
    never_denied: tuple[str, ...] = ()
    # Slots of a standing condition ("knogleskørhed"): told in the past or with an old
    # date, it is still there; the sign is past only when its other parts are.
    standing: tuple[str, ...] = ()
    # The sign is back pain's beginning ("fik ondt i lænden for en uge siden"): past only by
    # a date told with nothing recent about it, as the pain runs on from it.
    onset: bool = False
    # Slots of a person's condition ("er 90", "min 80-årige far"): whose it is is read where
    # its words stand, and it must be the person the rest of the sign is about.
    held: tuple[str, ...] = ()
    # Slots of a state of long standing ("i mange år"): reasons like `unless`, but set
    # aside by news before the sign ("..., og nu kan jeg ikke holde på vandet"), by a
    # "pludselig" before it, and by a recent moment told between them.
    lasting: tuple[str, ...] = ()
    # Reasons whose effect comes after them, so that news told after them is what they
    # led to even when they are dated weeks back ("fik nyt knæ for to måneder siden, og nu
    # svigter benet engang imellem"), which otherwise sets a reason aside.
    follows_on: tuple[str, ...] = ()
    # Reasons that are another's doing ("vågner om natten fordi min baby græder"): they
    # explain the sign whoever they are told of; any other reason told of another person
    # than the sign's does not ("Min kone er på slankekur og jeg har tabt 8 kilo").
    others_doing: tuple[str, ...] = ()
    # Reasons that explain only what they tell of: told with another part of the body or
    # complaint in their clause (`OTHER_PART_SLOT`), they are about that ("fik scannet
    # knæet og alt var normalt").
    about_itself: tuple[str, ...] = ()
    # Slots that, besides `anden-del`, name another part or complaint than the sign's own
    # for its `about_itself` reasons: for numbness in the crotch, the back's pain, the foot
    # and stiffness are others ("smerten i lænden går over når jeg går, og jeg er
    # følelsesløs i skridtet").
    other_parts: tuple[str, ...] = ()
    # What a reason does not explain: a sign with words of these slots ("sveder" explains
    # a wet bed, not "kan ikke holde på vandet"), by reason.
    unexplained: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # What a reason's or a `certain` slot's words are not when these slots' words overlap
    # them, by slot: "3 meter" is a height fallen, "en 3 meter høj stige" a ladder's
    # height; "prednisolon ... holdt op" steroids stopped, "prednisolon ... holdt op med
    # at ryge" not.
    look_alikes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # An `unless` reason told in an earlier sentence clears the sign too, not only one in
    # its sentence: a weight loss explained once ("med vilje") is explained when told again.
    explained_earlier: bool = False
    # An `unless` reason told in any sentence of the message clears the sign: pain told as
    # not bad after the weeks it has lasted ("... ikke blevet bedre. Den er ikke slem").
    explained_anywhere: bool = False
    # Slots of an everyday illness that brings the sign (a cold brings a fever): told in a
    # message that names no pain at all, it clears the writer's sign ("har snotforkølelse
    # og 38 i feber, kan jeg gå på arbejde?"); with back pain told, the sign stands.
    painless_causes: tuple[str, ...] = ()
    # Slots of the function the sign is about told working ("jeg kan godt tisse", "kan gå
    # normalt igen"): after a warning, such a message takes back the warning about this
    # sign only (`RedFlagResult.works_again`), unless a "men" follows in its sentence or
    # the message tells the sign itself.
    restored_by: tuple[str, ...] = ()
    # Slots that, told right after a warning as a correction ("sorry autocorrect, jeg
    # mente ... følelsen dernede er helt normal"), take the warning about this sign back:
    # the correction's own words, not denied, say the sign was never there.
    corrected_by: tuple[str, ...] = ()


def slot_hits(
    terms: TermIndex, readings: Sequence[frozenset[str]], walls: frozenset[int] = frozenset()
) -> dict[str, list[Hit]]:
    """Every slot term found in the message: at each word, each length a slot's terms
    match there ("kan ikke" and "kan ikke holde" may each pair with another slot). No
    term runs over a wall: the first word after a question ("i benet? vil ik sidde
    stille" is no leg that will not)."""
    hits: dict[str, list[Hit]] = {}
    for start, found_here in enumerate(terms.matches(readings)):
        ends: dict[str, set[int]] = {}
        for term, end in found_here:
            if walls and any(start < wall < end for wall in walls):
                continue
            ends.setdefault(term.slot, set()).add(end)
        for slot, slot_ends in ends.items():
            found = hits.setdefault(slot, [])
            for end in sorted(slot_ends, reverse=True):
                if len(found) < _MAX_HITS:
                    found.append(Hit(slot, start, end))
    return hits


def add_composites(
    message: Message, composites: dict[str, Combination], hits: dict[str, list[Hit]]
) -> None:
    """Fill the composite slots (in file order) from the hits found so far."""
    for name, combination in composites.items():
        made = []
        for combo in combination.instances(message, hits)[:_MAX_HITS]:
            ordered = tuple(sorted(combo, key=lambda h: h.start))
            end = max(h.end for h in ordered)
            made.append(Hit(name, ordered[0].start, end, ordered, combination.frame))
        if made:
            hits[name] = made


_SCOPES = {s.value: s for s in Scope}


def load_combination(item: object, where: Record, known: set[str]) -> Combination:
    """A combination as written: a list of slot names, or a mapping with `all:` and options."""
    data = {"all": item} if isinstance(item, list) else item
    if not isinstance(data, dict):
        raise where.fail("each combination must be a list of slots or a mapping with 'all'")
    record = Record(data, where.file, where.label)
    unknown = sorted(set(data) - {"all", "scope", "near", "blockers", "ordered", "frame"})
    if unknown:
        raise record.fail(f"unknown key '{unknown[0]}'")
    slots = record.texts("all")
    blockers = record.texts("blockers", minimum=0)
    for slot in (*slots, *blockers):
        if slot not in known:
            raise record.fail(f"unknown slot '{slot}'")
    scope = _SCOPES.get(str(data.get("scope", "sentence")))
    if scope is None:
        raise record.fail("'scope' must be clause, sentence or message")
    near = data.get("near")
    if near is not None and (not isinstance(near, int) or isinstance(near, bool) or near < 0):
        raise record.fail("'near' must be a whole number of words")
    ordered, frame = data.get("ordered", False), data.get("frame", False)
    if not isinstance(ordered, bool) or not isinstance(frame, bool):
        raise record.fail("'ordered' and 'frame' must be true or false")
    return Combination(slots, scope, near, blockers, ordered, frame)
