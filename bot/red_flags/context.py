"""Context modifiers on the model of ConText (Harkema et al. 2009): what a found
concept means in its sentence.

Trigger terms, found once per message, govern the words in their scope: forward from
a trigger to the end of its sentence, or backward from it, stopped by a terminator
("men", "but", a new clause for some kinds) and by a reach in words. The kinds:

- negated: "ingen feber", "feber har jeg ikke", "Feber? Nej."
- historical: "for 5 år siden", "sidste år" before or after the sign in its clause
  (not past "og", "men"), "men det gik over" after it in its sentence; a `current`
  term ("nu", "stadig", "i går") in the sign's own clause makes it current again. A plain past
  verb ("havde", "fik") makes only another person's sign historical: "min kollega fik
  lammelser" is a story, "jeg fik pludselig svært ved at gå" is news.
- hypothetical: "hvis", "hvad hvis", "i tilfælde af".
- general: a question about the signs ("hvad betyder ridebukseanæstesi?"), or one asked
  of "man": only in a sentence that asks, and only when no person is its subject.
- experiencer: the nearest person before the sign ("jeg", "min far", "han", a genitive
  before a part of the body: "min mors ryg"). Another person's current sign counts; their
  past does not.

The same negation scopes tell the matcher which words the writer denies, so one
denial system serves both.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from bot.analysis import CONDITION_REACH, Message
from bot.knowledge import Record
from bot.normalise import fold, stem
from bot.red_flags.concepts import Hit
from bot.red_flags.vocabulary import FILLER, GAP, Term, TermIndex, parse_term


class Kind(StrEnum):
    NEGATION = "negation"  # forward: "ingen", "ikke", "no"
    NEGATION_AFTER = "negation-after"  # backward, closing the clause: "har jeg ikke", "nej"
    DENIAL_ANSWER = "denial-answer"  # a whole sentence after a question: "Nej."; or "feber nej"
    # Denies every sign before it in its sentence, or in the question before it: "Feber
    # eller svaghed i benene? Ingen af delene.", "feber, vægttab, kræft: nej til alt det".
    DENIAL_OF_ALL = "denial-of-all"
    PSEUDO = "pseudo"  # holds a trigger word but triggers nothing: "ikke kun", "ved ikke"
    HISTORY = "history"  # either side in its clause: "for 5 år siden", "tidligere"
    LONG_AGO = "long-ago"  # history years back: "for 10 år siden", "sidste år"
    HISTORY_AFTER = "history-after"  # backward in its sentence: "men det gik over"
    # A "gone" that ends a sign like HISTORY_AFTER, except right after a feeling lost,
    # where it is the feeling that is gone: "kan ikke mærke noget dernede, det er helt væk".
    FEELING_GONE = "feeling-gone"
    # A fever, or an illness that brings one, as the subject of a "gone" phrase: it ends a
    # fever told before it, and no other sign (`_gone_of_another`).
    FEVER_ILLNESS = "fever-illness"
    # The pain told gone after the sign ("men smerterne er væk"): `Verdict.pain_over`,
    # which ends a sign of pain (night pain), not one that tells none ("kan ikke mærke
    # noget i skridtet, men smerterne er væk": the numbness is not what is over).
    PAIN_GONE = "pain-gone"
    PAST_VERB = "past-verb"  # "havde", "fik": history for another person only
    CURRENT = "current"  # "nu", "stadig", "i går": the sign is current
    # A sign told going on ("bliver værre og værre", "Det er blevet værre hver dag"):
    # current, in its clause or in a later one that points back at it, up to the next
    # sentence (no phrase that opens with a denial or a pronoun: those are triggers of
    # their own, so "det er ikke blevet bedre" is not one).
    GOES_ON = "goes-on"
    # The sign back after a time it was not ("..., og nu er det kommet igen"): current
    # after a clause word too, where a date years back keeps other times of now apart.
    RETURNS = "returns"
    # "pludselig": news, so another person's past tense is no story ("min far fik
    # pludselig svært ved at gå"), but no match for an explicit time ("sidste år ...").
    SUDDEN = "sudden"
    # A present-tense report before a sign that tells a worsening: "min søn siger at benet
    # blev mere og mere lammet" is news he tells now, so another person's past tense is
    # no story there ("min kollega siger at han var lam i benet efter ulykken" is).
    REPORTED = "reported"
    HYPOTHETICAL = "hypothetical"  # forward in its clause: "hvis", "what if"
    # After a "what if", in its sentence or opening the next: the condition is met, so the
    # sign is told ("ringe hvis jeg fik feber, og det har jeg nu", "det er sket nu").
    CONFIRMED = "confirmed"
    GENERAL = "general"  # forward in an asking sentence: "hvad betyder", "what is"
    GENERAL_AFTER = "general-after"  # after, in an asking sentence: "et farligt tegn?"
    JUST_ASKING = "just-asking"  # "spørger bare": the sentence tells no news
    SELF = "self"  # "jeg", "mig", "I"
    OTHER = "other"  # "min far", "han", "my wife"
    # Another person's genitive before a part of the body ("min mors ryg"): that person,
    # as a clause's subject (made from `other`, not written itself; the parts of the body
    # are `genitive-before`).
    OWNER = "owner"
    GENERIC = "generic"  # "man", "you" (in a question: not a person's own sign)
    ANIMAL = "animal"  # "vores gravhund", "my dog": an animal's sign is no one's
    # The patients or residents one works with ("vores beboere", "patienter med ..."): what
    # a carer tells of them in general is no one's sign to act on.
    GROUP = "group"
    # Opening a sentence, points back at the sign before: "Kan man få X? Det startede i
    # dag." makes the question the writer's own.
    ANAPHOR = "anaphor"
    TERMINATOR = "terminator"  # ends every forward or backward scope: "men", "but"
    CLAUSE_WORD = "clause-word"  # ends a negation's scope: "og", "and"
    # Ends a negation's scope too, but the clause it opens keeps the time of the one
    # before: "opereret for 5 år siden, fordi jeg ikke kunne holde på vandet" is past.
    CAUSE = "cause"
    # Opening a clause after a comma, makes it part of the clause before: "for tre år
    # siden, da jeg ikke kunne gå", "jeg har læst, at feber ...", "en periode, hvor ...".
    SUBORDINATE = "subordinate"
    LIST = "list"  # "eller": a negation passes commas in a list ("ingen feber, X eller Y")
    # Words that look like a trigger and are not one: found so that they start none ("ligger
    # på siden" is a side, not "siden", since).
    LOOK_ALIKE = "look-alike"


# The slot of a change for the worse ("mere og mere"): reported now, it is news.
WORSENING_SLOT = "forværring"
# The kinds that name whose sign it is.
PERSONS = (Kind.SELF, Kind.OTHER, Kind.GENERIC, Kind.ANIMAL, Kind.GROUP)
# The slot of a feeling lost ("kan ikke mærke"), which a FEELING_GONE phrase confirms; a
# sign's words in another slot tell a feeling lost too when they deny a verb of feeling
# ("kan ikke mærke noget i skridtet"), not when they name a symptom ("prikken i foden").
LOST_FEELING_SLOT = "ingen-fornemmelse"
FEELING_VERBS = frozenset(
    {"mærke", "mærker", "mærkede", "mærk", "føle", "føler", "følte", "feel", "felt"}
)
NOT_FELT = frozenset({"ikke", "ik", "intet", "ingenting", "not", "nothing", "cant", "cannot"})
# Each kind's place in the declaration: of two triggers as long, the first declared wins.
_RANK = {kind: rank for rank, kind in enumerate(Kind)}
# The kinds that deny something in their sentence.
DENIALS = (Kind.NEGATION, Kind.NEGATION_AFTER, Kind.DENIAL_ANSWER, Kind.DENIAL_OF_ALL)
# The kinds that tell a time past: a sign then is over, or another person's story.
PAST_TIME = (Kind.HISTORY, Kind.LONG_AGO, Kind.HISTORY_AFTER, Kind.PAST_VERB)
# The kinds found inside other triggers' words too: whose sign it is, news ("kunne
# pludselig ikke" is a pseudo denial, and still sudden), and a clause word ("for 3 uger
# siden og det er blevet værre": "og det" points back, and still opens a clause of now),
# and a fever named in a "gone" phrase ("feberen er væk": whose end it is).
NEVER_HIDDEN = (*PERSONS, Kind.SUDDEN, Kind.CLAUSE_WORD, Kind.FEVER_ILLNESS)
# The times found in the words a trigger's "..." skips, besides the `NEVER_HIDDEN` kinds
# found anywhere inside: a time told there is the sign's time ("min veninde kunne engang
# ikke tisse": "kunne ... ikke" is a pseudo denial, and "engang" still tells it was long
# ago); not in a trigger's own words ("ikke engang" is "not even").
TIMES_IN_GAPS = (Kind.HISTORY, Kind.LONG_AGO, Kind.CURRENT)
# The modifiers' list of denial words that also deny the word before them.
TRAILING = "negation-trailing"
# The parts of the body a person's genitive makes theirs ("min mors ryg").
OWNED = "genitive-before"
# Words of its own a negation's clause has, at least, before a sign it runs on into.
RUN_ON_WORDS = 2
# A negation governs words at most this many words after it (more in a list).
NEGATION_REACH = 5
# A denial this many words before a phrase of recovery, at most, denies it ("det er ikke
# helet", "er slet ikke helt rask").
RECOVERY_DENIAL_REACH = 2
LIST_REACH = 12
# "ikke" right after the sign's last word, or after a filler such as a pronoun, denies
# it ("svigter ikke", "vækker mig ikke"; not "kan ik mærke mit røvhul lol ikke for sjov").
TRAILING_NEGATION_REACH = 1
# A denial of all closes its clause, or has at most this many words after it.
DENIAL_TAIL = 1
# A clause of at most this many words ending in a denial is a bare answer: "Jeg har
# ingen." after "Nattesmerter?".
BARE_ANSWER_WORDS = 3
# A backward negation stands at most this many words after the sign.
NEGATION_AFTER_REACH = 3
# A past verb makes another person's sign history only this close before it.
PAST_VERB_REACH = 6
# Words that carry on a negation the sign holds, denying nothing: "kan ikke holde på
# hverken tis eller lort" cannot hold either.
NEGATIVE_CONCORD = frozenset({"hverken", "neither", "nor"})
# A bare "ikke" after a comma that ends a statement asks for agreement ("... så har jeg
# ondt i lænden, ikke.", "..., ik?"): it denies nothing before it, unlike "feber: nej".
TAG_QUESTIONS = frozenset({"ikke", "ik", "ikk", "vel", "right"})
# The denial words a closing denial ends in ("er der ingen"), that deny forward when
# the clause goes on after them ("har jeg ikke kunnet styre maven" denies nothing: the
# "ikke" is the sign's own).
FORWARD_DENIALS = frozenset({"ingen", "intet"})
# Words that open what such a denial does not reach ("om at" is opened by its "at"; "om"
# alone is also "om natten").
CLAUSE_OPENERS = frozenset({"end", "hvorfor", "than", "why", "whether"})
# Verbs of going away: a trailing "ikke" after the sign they govern denies them, not it.
GOING_VERBS = frozenset({"forsvinder", "forsvandt", "aftager", "fortager", "letter"})
# A reason denied ("det er ikke fordi jeg ikke kan mærke noget forneden"): "it is" before a
# negation that ends in "because", which opens the clause it denies ("jeg sover ikke fordi
# jeg ikke kan ligge ned" denies no reason; "er det ikke fordi ...?" asks one).
REASON_WORDS = frozenset({"fordi", "because"})
IT_IS = frozenset({("det", "er"), ("det", "var"), ("it", "s"), ("it", "is")})
# Negations that follow the verb they deny.
POST_VERBAL_NEGATIONS = frozenset({"ikke", "ik", "not"})
# Words whose object is no subject: a person named after one does not tell whose sign it is.
PREPOSITIONS = frozenset(
    {"over", "med", "på", "til", "af", "fra", "for", "ved", "om", "mod", "hos", "efter", "i"}
    | {"with", "on", "to", "of", "from", "by", "about", "at", "in"}
)
# Words after which a person named is no verb's object: one that opens a clause with its
# subject after it ("... og min mor er faldet", "siden min mor fik ondt"), or "hos", which
# gives a condition its person ("knogleskørhed hos min mor"); not other prepositions ("efter
# at have båret rundt på min søn, der har feber" is the writer's pain).
NO_OBJECT_BEFORE = frozenset({"og", "men", "så", "siden", "hos", "and", "but", "so", "since"})
# The writer as a clause's subject: another person after its verb is that verb's object
# ("jeg kan ikke løfte min datter"), not whose the signs told after are.
WRITER_SUBJECTS = frozenset({"jeg", "ja", "a", "æ"})
# Words that open a subordinate clause, its subject after them ("fordi min mor har ...").
SUBORDINATORS = frozenset({"fordi", "at", "da", "når", "hvis", "mens", "om", "som", "der"})
# Times that, opening a clause, put its verb before its subject ("I går faldt min mor").
FRONTED_TIMES = (Kind.HISTORY, Kind.LONG_AGO, Kind.CURRENT)
# The words that may stand before a genitive in its phrase ("min mors ryg").
POSSESSIVES = frozenset(
    {"min", "mit", "mine", "din", "dit", "dine", "hans", "hendes", "sin", "sit", "sine"}
    | {"vores", "jeres", "deres"}
)
# A date in a phrase opened by one of these words dates the event the phrase names, and a
# sign told in the perfect runs from it: "efter min knæoperation for tre uger siden har
# jeg haft feber", "har haft feber siden operationen for to uger siden".
SINCE = frozenset({"efter", "siden", "after", "since"})
# "Når" opening what the writer tells of themselves: given that, no "what if" ("hvad hvis
# det er en prolaps når jeg ikke kan mærke skridtet?").
WHEN = frozenset({"når", "when"})
# Words of a condition or a supposition ("hvis", "sæt nu at"): what follows them is
# supposed, also after an "og jeg ...".
CONDITIONS = frozenset(
    {"hvis", "if", "såfremt", "sæt", "antag", "forestil", "tænk", "suppose", "imagine"}
)
# A preposition that opens a phrase describing a person ("min far med tidligere
# prostatakræft"): a date right after it dates the noun that follows (within this many
# words), not the clause's other words ("... har ondt i lænden").
ATTRIBUTE_OPENERS = frozenset({"med", "with"})
ATTRIBUTE_NOUN_WORDS = 1
# The verbs of what would be, opening the main clause after a condition.
WOULD = frozenset({"ville", "would"})
# Verbs of a condition that something comes about or would be ("hvis jeg får ...", "hvis
# jeg mister ...", "hvis jeg havde ..."): what its main clause tells follows from it, not
# what happens whenever one does something.
COMING_ABOUT = frozenset({"får", "fik", "mister", "mistede", "havde", "skulle", "gets", "got"})
# Words before "af" that name some out of a group ("en af vores beboere", "to af dem", "en
# 80-årig af"), not "mange af" or "de fleste af", and how far before the group they stand.
SOME_OF = frozenset({"en", "et", "to", "tre", "fire", "fem", "par", "nogle", "årig", "årige"})
GROUP_REACH = 5
# Words that may stand before a group that is its clause's subject: quantities and
# determiners ("mange af de ældre beboere"), and the words that open a clause before them
# ("fordi min gravhund slæber ...").
GROUP_DETERMINERS = frozenset(
    {"de", "af", "mange", "flere", "fleste", "alle", "nogle", "andre", "ældre", "gamle"}
)
GROUP_OPENERS = frozenset({"og", "men", "så", "and", "but"}) | SUBORDINATORS
AND = frozenset({"og", "and"})
# "men" and "but": after a "what if", a person's news may follow.
BUT = frozenset({"men", "but"})
# Words that may open the next sentence before a phrase that ends a sign told just before
# it: the sign pointed back to and dated ("det var for 2 år siden"), or a correction
# ("nej vent, det er helt væk nu").
POINTING_BACK = frozenset(
    {"det", "var", "er", "skete", "nej", "vent", "undskyld", "ups", "altså", "it", "was", "no"}
)
# At most this many of them.
POINTING_BACK_WORDS = 4
# The "now" words such a clause keeps a dated sign current with ("..., og det er der stadig").
STILL = frozenset({"stadig", "stadigvæk", "fortsat", "still"})
PERFECT = frozenset({"har", "has", "have", "blevet"})
# A sign whose own verb is in the present runs from an event dated weeks ago too: "hun kan
# ikke mærke, når hun tisser, efter hun løftede en sofa i sidste uge" (not from one months
# or years ago: "kan ikke gå efter ulykken for 8 måneder siden" is an old disability).
PRESENT = frozenset({"kan", "er", "can", "is", "are", "am"})
PAST = frozenset({"kunne", "var", "havde", "could", "was", "were", "had"})
PRESENT_OR_PERFECT = PRESENT | {"har", "has", "have"}
# Words after a date that tell the moment or the reason of what it dates ("det var sidste
# år efter min skilsmisse").
DATED_BY = frozenset({"efter", "under", "pga", "grundet", "after", "during", "because"})
# A denial that announces a list ("hverken ... eller").
EITHER = frozenset({"hverken", "neither"})
# Finite verbs: a clause with one is a clause of its own, no item of a list.
FINITE_VERBS = (
    PRESENT
    | PAST
    | frozenset(
        {"har", "bliver", "blev", "føles", "føltes", "føler", "mærker", "gør", "går", "skal"}
        | {"vil", "må", "begynder", "begyndte", "kommer", "kom", "has", "have", "feels", "does"}
    )
)
# Words that tell a thing back as good news: a function, not the sign ("det er heldigvis
# kommet igen" after a feeling lost).
GLAD = frozenset({"heldigvis", "gudskelov", "endelig", "luckily", "thankfully", "finally"})
# The verbs a sign may share with a denial after it ("kræft har jeg aldrig haft").
AUXILIARIES = FINITE_VERBS | {"haft", "været", "fået", "had", "been"}
# Verbs in the present that tell a person's news right after its subject ("og jeg kan ikke
# holde på vandet"); a past one may go on with a dream or a story ("drømte at ... og jeg
# faldt om").
NEWS_VERBS = PRESENT | frozenset(
    {"har", "mærker", "føler", "tisser", "vågner", "sover", "snubler", "falder", "ligger"}
    | {"mangler", "taber", "slæber", "går", "have", "has"}
)
# A feeling lost told in the past ("mærkede ikke"), and "gone" told then or now.
FELT_PAST = PAST | frozenset({"mærkede", "følte", "felt"})
GONE_THEN = frozenset({"var", "was"})
GONE_NOW = frozenset({"er", "is"})
# Words that join two subjects ("feberen og hovedpinen er gået over").
COORDINATORS = frozenset({"og", "samt", "eller", "and", "or"})
# Before a "gone" phrase: words between it and its subject ("hovedpinen er heldigvis helt
# væk nu") ...
SUBJECT_SKIPPED = frozenset(
    {"er", "var", "blev", "har", "havde", "været", "blevet", "nu", "helt", "heldigvis"}
    | {"endelig", "også", "jo", "vist", "så", "fuldstændig", "totalt"}
    | {"is", "s", "was", "has", "now", "fully", "totally", "completely", "all"}
)
# The shortest root by which a subject is known as a sign's word.
SAME_ROOT = 3
# The verbs a "gone" phrase may tell its subject with ("feberen er væk", "det gik over").
GONE_VERBS = frozenset(
    {"er", "var", "blev", "har", "havde", "gik", "forsvandt", "kom", "is", "s", "was", "went"}
)
# ... subjects that point back at the sign ("det er gået over", "symptomerne er væk") ...
REFERRING = frozenset(
    {"det", "den", "de", "dét", "alt", "hele", "it", "that", "this", "everything", "dele"}
    | {"symptomerne", "symptomer", "problemet", "problemerne", "episoden", "anfaldet"}
    | {"tingene", "gener", "generne", "symptoms", "problem"}
)
# Words of a date that may be recent ("det er kun sket en gang", "det kom tidligere").
WEAK_DATES = frozenset({"en", "gang", "engang", "tidligere", "før", "i", "once", "earlier"})
# After a date years back, a clause of the state one was in then ("... dengang da jeg var
# ung").
THEN_OPENERS = frozenset({"da", "dengang", "hvor", "mens", "when"})
STATE_VERBS = frozenset({"var", "was", "were"})
# How far before a `returns` phrase a denial denies it ("det er ikke kommet igen").
DENIED_RETURN = 3
# "og" and the words right after it that point back at what came before.
AND = frozenset({"og", "samt", "and"})
POINTING = (
    frozenset({"det", "den", "dem", "dette", "disse", "sådan", "diagnosen", "these"}) | REFERRING
)
# ... and words that open the clause before it, its subject left out ("..., og er gået
# over").
JOINING = frozenset({"og", "men", "eller", "så", "and", "but", "or", "so"})
# Words that may stand before a first subject joined to another: "både", a word opening
# its clause (not "og": "bliver svagere og svagere og hovedpinen ..."), a possessive.
SUBJECT_OPENERS = (JOINING - COORDINATORS) | POSSESSIVES | {"både", "both"}
# The slots of a fever, which an illness that brings one ends with it.
FEVER_SLOTS = frozenset({"feber", "målt-feber", "fryser", "sved"})
# Words that tell only pain, which a sign's words and another complaint may share ("39 i
# feber og ondt i ryggen, men ondt i halsen er gået over").
PAIN_ONLY = frozenset({"ondt", "smerter", "smerte", "smerten", "smerterne", "pain"})
# After "væk": gone again, gone now: the loss is over.
OVER_AFTER_GONE = frozenset({"igen", "again", "nu", "now"})
NOW_WORDS = frozenset({"nu", "now"})
WEEKS = frozenset({"uge", "uger", "ugen", "week", "weeks"})
# How many words before a sign's first word its own verb may stand ("hun kan ikke mærke").
OWN_VERB_REACH = 2
# An indefinite person a preposition governs ("af en tung patient") is part of what
# happened, not whose sign it is.
INDEFINITE_ARTICLES = frozenset({"en", "et", "a", "an"})
# A person something came from is no subject, named with or without an article.
SOURCES = frozenset({"fra", "from"})
# Words before "nogen" that make it a determiner ("uden nogen grund"), not anyone.
NO_ONE_BEFORE = frozenset({"uden", "ikke", "without"})
# The persons an animal's signs may be told with after it: a pronoun for it, its owners,
# the vet.
STANDING_IN_FOR_ANIMALS = frozenset(
    {"han", "hun", "ham", "hende", "den", "vi", "os", "he", "she", "him", "her", "we", "us"}
)
ANIMAL_DOCTORS = ("dyrlæge", "vet")
# Pronouns that are their clause's subject wherever they stand ("i dag har jeg").
SUBJECT_PRONOUNS = frozenset({"jeg", "han", "hun", "i", "he", "she"})
# Pronouns of the person a clause does something to ("Babyen vækker mig hver nat").
OBJECT_PRONOUNS = frozenset({"mig", "ham", "hende", "me", "him", "her"})
# The pronouns that name whom a clause tells of wherever they stand.
TELLING_PRONOUNS = SUBJECT_PRONOUNS | OBJECT_PRONOUNS
# Words that open a relative clause inside a clause ("en stol som mit barnebarn havde
# trukket væk"): a person named there is not the subject of the clauses after it.
RELATIVE_WORDS = frozenset({"som", "der"})


@dataclass(frozen=True)
class Trigger:
    kind: Kind
    start: int
    end: int


@dataclass(frozen=True)
class Verdict:
    """What the context says about one found concept."""

    negated: bool
    historical: bool  # told as past: "for 5 år siden", "det gik over"
    # Told as past only by a date weeks or months back, with nothing that says it is over
    # ("faldt ned fra en stige for to uger siden"): an event's pain may still run from it.
    recent: bool
    told_in_past: bool  # another person's sign in a past tense only: "min kollega fik ..."
    hypothetical: bool
    other_person: bool
    # An animal's sign ("gravhunden slæber bagbenene"), or a group's a carer tells of in
    # general ("mange af vores beboere er inkontinente"): no one's to act on.
    no_one: bool
    # Hypothetical only as a question asked of anyone ("hvad betyder det, når man ikke kan
    # mærke ...?"), with no "what if": the writer's own news may be told beside it.
    asked_of_anyone: bool
    # The pain told gone after it, in its sentence or opening the next: a sign of pain is
    # over (`Concept.ends_with_pain`).
    pain_over: bool = False


def _told_of_fever(hits: Sequence[Hit]) -> bool:
    return any(hit.slot in FEVER_SLOTS for hit in hits)


def _same_word(subject: str, word: str) -> bool:
    """Whether a subject names a word of the sign, or the compound it opens ("feberen":
    "feber"; "vægten": "vægttab")."""
    root = stem(subject)
    return len(root) >= SAME_ROOT and (stem(word) == root or word.startswith(root))


def genitives(persons: tuple[Term, ...]) -> tuple[Term, ...]:
    """Each person's genitive ("mors", "konens"), an `owner` trigger where a part of the
    body follows it (`ContextRules.triggers`; "my dad's back" is read as "dad s back" and
    needs none)."""
    return tuple(
        Term(Kind.OWNER.value, (*person.patterns[:-1], person.patterns[-1] + "s"))
        for person in persons
        if person.patterns[-1].isalpha() and not person.patterns[-1].endswith("s")
    )


class ContextRules:
    """The trigger terms of every kind, from the `modifiers` section of red_flags.yaml."""

    def __init__(
        self,
        terms: dict[Kind, tuple[Term, ...]],
        trailing: frozenset[str],
        owned: frozenset[str] = frozenset(),
    ) -> None:
        """`owned`: the words for parts of the body that make a genitive before them an
        `owner` ("min mors ryg"; "min datters konfirmation" names no one)."""
        self.trailing = trailing
        self._owned = owned
        self._terms = TermIndex((t for kind in Kind for t in terms.get(kind, ())), fillers=False)
        self._never_hidden = TermIndex(
            (t for kind in NEVER_HIDDEN for t in terms.get(kind, ())), fillers=False
        )
        self._times_in_gaps = TermIndex(
            (t for kind in TIMES_IN_GAPS for t in terms.get(kind, ())), fillers=False
        )
        self.patterns = {p for ts in terms.values() for t in ts for p in t.patterns} | owned

    @classmethod
    def load(cls, record: Record) -> ContextRules:
        data = record.data.get("modifiers")
        if not isinstance(data, dict):
            raise record.fail("'modifiers' must be a mapping of kind to terms")
        written = [kind for kind in Kind if kind is not Kind.OWNER]
        unknown = sorted(set(data) - {k.value for k in written} - {TRAILING, OWNED})
        if unknown:
            raise record.fail(f"modifiers: unknown kind '{unknown[0]}'")
        section = Record(data, record.file, "modifiers")
        terms: dict[Kind, tuple[Term, ...]] = {
            kind: tuple(
                parse_term(kind.value, t, section.fail) for t in section.unique_texts(kind.value)
            )
            for kind in written
        }
        owned = [parse_term(OWNED, t, section.fail) for t in section.texts(OWNED)]
        if any(len(term.patterns) != 1 for term in owned):
            raise section.fail(f"'{OWNED}' must list single words")
        terms[Kind.OWNER] = genitives(terms[Kind.OTHER])
        trailing = frozenset(fold(w) for w in section.texts(TRAILING))
        return cls(terms, trailing, frozenset(term.patterns[0] for term in owned))

    def triggers(
        self, readings: Sequence[frozenset[str]], sentences: Sequence[int]
    ) -> tuple[Trigger, ...]:
        """Every trigger in the message; at each word the longest term wins (of two as
        long, the one that names its words: "for over et år siden" is years ago, not
        "for over ... siden"), and the words it covers start no other trigger. No
        trigger spans two sentences (the sentence index of each word is in `sentences`):
        "skridtet? Ikke at jeg har det"."""
        found: list[Trigger] = []
        gapped: set[Trigger] = set()
        matches = self._terms.matches(readings)
        position = 0
        while position < len(readings):
            best: Trigger | None = None
            best_gaps = 0
            for term, end in matches[position]:
                if sentences[end - 1] != sentences[position]:
                    continue
                if term.slot == Kind.OWNER and (
                    end == len(readings)
                    or sentences[end] != sentences[position]
                    or readings[end].isdisjoint(self._owned)
                ):
                    continue  # a genitive before no part of the body
                gaps = term.patterns.count(GAP)
                kind = Kind(term.slot)
                if (
                    best is None
                    or end > best.end
                    or (end == best.end and gaps < best_gaps)
                    # as long and as gapped, the kind declared first, whatever order the
                    # word's readings came in (Jutland's "it" is a "not", no English "it")
                    or (end == best.end and gaps == best_gaps and _RANK[kind] < _RANK[best.kind])
                ):
                    best, best_gaps = Trigger(kind, position, end), gaps
            if best is None:
                position += 1
                continue
            found.append(best)
            if best_gaps:
                gapped.add(best)
            position = best.end
        inside = self._never_hidden_within(readings, found, gapped)
        return tuple(sorted(found + inside, key=lambda t: t.start))

    def _never_hidden_within(
        self, readings: Sequence[frozenset[str]], found: list[Trigger], gapped: set[Trigger]
    ) -> list[Trigger]:
        """The `NEVER_HIDDEN` triggers inside other triggers' words ("kan jeg ikke" is a
        pseudo denial, and still the writer speaking; "kunne pludselig ikke" is sudden),
        and the `TIMES_IN_GAPS` inside the words between a `gapped` trigger's first and
        last ("kunne engang ikke" is long ago)."""
        inside: list[Trigger] = []
        if all(trigger.kind in NEVER_HIDDEN for trigger in found):
            return inside
        hiding = {
            position
            for trigger in found
            if trigger.kind not in NEVER_HIDDEN
            for position in range(trigger.start, trigger.end)
        }
        matches = self._never_hidden.matches(readings, hiding)
        in_gaps = self._times_in_gaps.matches(
            readings, {p for t in gapped for p in range(t.start + 1, t.end - 1)}
        )
        for trigger in found:
            if trigger.kind in NEVER_HIDDEN:
                continue
            position = trigger.start
            while position < trigger.end:
                named = [Trigger(Kind(term.slot), position, end) for term, end in matches[position]]
                if trigger in gapped and trigger.start < position:
                    named += [
                        Trigger(Kind(term.slot), position, end)
                        for term, end in in_gaps[position]
                        if end < trigger.end
                    ]
                if named:
                    longest = max(named, key=lambda t: t.end)
                    inside.append(longest)
                    position = longest.end
                else:
                    position += 1
        return inside


def _denials_going_on(message: Message, triggers: tuple[Trigger, ...]) -> list[Trigger]:
    """A closing denial with words after it in its clause closes nothing: its own denial
    word denies forward ("denne gang er der ingen feber", "har jeg ingen smerter i benet");
    not over what a subordinate clause or "end" tells ("har jeg ingen idé om hvorfor jeg
    tisser i bukserne", "ingen andre symptomer end at benene svigter")."""
    going_on: list[Trigger] = []
    for t in triggers:
        if t.kind is not Kind.NEGATION_AFTER or message.words[t.end - 1] not in FORWARD_DENIALS:
            continue
        stop = message.clause_of(t.start).stop
        if (
            t.end != stop
            and not any(t.end <= s.start < stop for s in triggers if s.kind is Kind.SUBORDINATE)
            and not CLAUSE_OPENERS & set(message.words[t.end : stop])
        ):
            going_on.append(Trigger(Kind.NEGATION, t.end - 1, t.end))
    return going_on


class Context:
    """The triggers of one message, and what they say about spans of its words."""

    def __init__(
        self,
        message: Message,
        readings: tuple[frozenset[str], ...],
        triggers: tuple[Trigger, ...],
        hits: Mapping[str, Sequence[Hit]],
        trailing: frozenset[str] = frozenset(),
    ) -> None:
        self.message = message
        self.readings = readings  # each word as the term word patterns it satisfies
        self.triggers = triggers
        self.hits = hits  # each slot's terms found in the words, as read (never pruned)
        self._trailing = trailing  # denial words that also deny what stands before them
        self._by_kind: dict[Kind, list[Trigger]] = {}
        # What `judge` and `negated_words` found, kept: a sign's parts are judged again
        # for every combination and concept they take part in.
        self._verdicts: dict[tuple[tuple[Hit, ...], frozenset[int]], Verdict] = {}
        self._negated_words: tuple[bool, ...] | None = None
        for trigger in (*triggers, *_denials_going_on(message, triggers)):
            self._by_kind.setdefault(trigger.kind, []).append(trigger)
        # The persons that count as whose a sign may be, in order (worked out once:
        # `experiencer` is asked for every part of every sign).
        words = message.words
        self._persons = [
            t
            for t in (*map(self._one_of_group, self.of(*PERSONS)), *self._owners_as_subjects())
            if not (t.kind is Kind.GENERIC and t.start and words[t.start - 1] in NO_ONE_BEFORE)
            and not (t.kind is Kind.OTHER and self._someone_in_passing(t.start))
            # an animal or a group counts only as its clause's subject ("vores gravhund
            # slæber ...", "og hunden løb videre", "mange af vores beboere er ..."), not as
            # what happened or whom one works with ("faldt over hunden", "walking the dog",
            # "jeg arbejder med borgere og har feber")
            and not (t.kind in (Kind.ANIMAL, Kind.GROUP) and not self._group_as_subject(t))
        ]
        self._persons.sort(key=lambda t: t.start)
        # Where a clause word opens a "now" ("og i dag"): the end of a "what if".
        nows = {t.start for t in self.of(Kind.CURRENT)}
        self._now_opened = [t.start for t in self.of(Kind.CLAUSE_WORD) if t.end in nows]
        # Where a "men" turns to now ("men i dag"): it sets aside a reason told before it
        # (`RedFlagDetector._explained`).
        self.turns_to_now = [t.start for t in self.of(Kind.TERMINATOR) if t.end in nows]
        # A "now" dated from a moment past ("siden i morges"): what a "hvis" holds after
        # it is so ("kan man lave bird dog, hvis man siden i morges har lækket lidt tis?")
        self._since = [t.start for t in self.of(Kind.CURRENT) if message.words[t.start] in SINCE]
        # A "men" that opens a person's news ends a "what if" before it: "sorry hvis det er
        # TMI men min pik føles bedøvet" tells it; so does "når jeg" (`WHEN`).
        self._but_someone = self._opening(Kind.TERMINATOR, BUT, (Kind.SELF, Kind.OTHER))
        self._when_i = self._opening(Kind.CLAUSE_WORD, WHEN, (Kind.SELF,))
        # An "og" that opens a person's news in a clause of its own, its verb right after
        # the subject ("er bange for min ryg og jeg kan ikke holde på vandet"; not "... og
        # jeg ikke kan", which goes on with what is feared): the end of a worry or of
        # something read, not of a condition (`CONDITIONS`).
        told = {
            person.start
            for person in self.of(Kind.SELF, Kind.OTHER)
            if person.end < len(words) and words[person.end] in NEWS_VERBS
        }
        self._and_news = [
            t.start for t in self.of(Kind.CLAUSE_WORD) if words[t.start] in AND and t.end in told
        ]

    @cached_property
    def turns_to_news(self) -> list[int]:
        """Where news begins: an "og" before a now ("og nu", "og i dag") or a now opening a
        clause (", nu"). Like a turn to now, it sets aside a reason of long standing told
        before it (`Concept.lasting`); asked only when one is told, so worked out then."""
        nows = {t.start for t in self.of(Kind.CURRENT)}
        words = self.message.words
        return [
            *(
                t.start
                for t in self.of(Kind.CLAUSE_WORD)
                if t.end in nows and words[t.start] in AND
            ),
            *(i for i in nows if self.message.clause_of(i).start == i),
        ]

    def _opening(self, kind: Kind, words: frozenset[str], persons: tuple[Kind, ...]) -> list[int]:
        """Where a trigger of `kind` that is one of `words` stands right before a person of
        `persons` ("men min ...", "når jeg ...")."""
        named = {t.start for t in self.of(*persons)}
        return [
            t.start
            for t in self.of(kind)
            if self.message.words[t.start] in words and t.end in named
        ]

    def of(self, *kinds: Kind) -> list[Trigger]:
        return [t for kind in kinds for t in self._by_kind.get(kind, ())]

    # --- negation --------------------------------------------------------------------

    def negated_words(self) -> tuple[bool, ...]:
        """For each word: whether a negation governs it (what the matcher leaves out)."""
        if self._negated_words is None:
            self._negated_words = tuple(self._find_negated_words())
        return self._negated_words

    def _find_negated_words(self) -> list[bool]:
        message = self.message
        marks = [False] * len(message.tokens)
        words = message.words
        for trigger in self.of(Kind.NEGATION):
            for index in range(trigger.start, self._negation_scope(trigger).stop):
                marks[index] = True
            # Danish puts "ikke" after the verb it denies: "det stråler ikke ned".
            before = trigger.start - 1
            if (
                words[trigger.start] in POST_VERBAL_NEGATIONS
                and before >= 0
                and message.tokens[before].clause == message.tokens[trigger.start].clause
                and FILLER not in self.readings[before]
            ):
                marks[before] = True
        for trigger in self.of(Kind.NEGATION_AFTER, Kind.DENIAL_ANSWER):
            clause = message.clause_of(trigger.start)
            if trigger.end == clause.stop:  # "feber har jeg ikke", "feber nej"
                marks[clause.start : clause.stop] = [True] * len(clause)
        for trigger in self.denials_of_all():
            start = self._denied_from(trigger)
            marks[start : trigger.end] = [True] * (trigger.end - start)
        for trigger in self.of(Kind.DENIAL_ANSWER, Kind.NEGATION, Kind.NEGATION_AFTER):
            answered = self._answered(trigger)
            if answered is not None:  # "Feber? Nej.", "feber: nej"
                marks[answered.start : trigger.end] = [True] * (trigger.end - answered.start)
        return marks

    def denials_of_all(self) -> list[Trigger]:
        """The denials of all that close their clause (at most DENIAL_TAIL words after
        them): "Ingen af delene.", "nej til alt det heldigvis"; not "det har jeg ikke
        prøvet på"."""
        return [
            t
            for t in self.of(Kind.DENIAL_OF_ALL)
            if self.message.clause_of(t.start).stop - t.end <= DENIAL_TAIL
        ]

    def _denied_from(self, trigger: Trigger) -> int:
        """Where the reach of a denial of all begins: back to a "men" before it in its
        sentence, else to its sentence's start, or the start of the sentence before when
        that one asks ("Feber eller svaghed i benene? Ingen af delene.")."""
        message = self.message
        number = message.tokens[trigger.start].sentence
        sentence = message.sentences[number]
        stops = [
            t.end for t in self.of(Kind.TERMINATOR) if sentence.start <= t.start < trigger.start
        ]
        if stops:
            return max(stops)
        before = message.sentences[number - 1] if number else None
        # "Feber? Ingen af delene.", "blev spurgt om feber, vægttab. nej til alt det.",
        # "feber og rygsmerter betyder man skal til lægen. Hun har ingen af delene."
        if before and (
            message.asked[number - 1]
            or self._in_sentence((Kind.HYPOTHETICAL, Kind.GENERIC), before)
        ):
            return before.start
        return sentence.start

    def _answered(self, trigger: Trigger) -> range | None:
        """The words a bare "nej" answers: the clause before it when it is a clause of its
        own ("feber: nej"), the asking sentence before it when it is a sentence of its own
        ("Feber? Nej.", "Nattesmerter? Jeg har ingen."); None when it is no bare answer."""
        message = self.message
        clause = message.clause_of(trigger.start)
        if clause.stop != trigger.end or not clause.start:
            return None
        sentence = message.tokens[trigger.start].sentence
        if message.sentences[sentence].start < clause.start:
            if clause.start != trigger.start or message.words[trigger.start] in TAG_QUESTIONS:
                return None
            return message.clause_of(clause.start - 1)
        if len(clause) <= BARE_ANSWER_WORDS and message.asked[sentence - 1]:
            return message.sentences[sentence - 1]
        return None

    def _negation_scope(self, trigger: Trigger, own: Collection[int] = ()) -> range:
        """The words a forward negation governs: up to its reach, a terminator, a clause
        word, another negation (but for the sign's `own` words), or a comma that does
        not continue a list."""
        message = self.message
        sentence = message.sentence_of(trigger.start)
        stop = message.clause_of(trigger.start).stop
        # A list goes on past commas to the clause of its "eller": "ingen feber, vægttab
        # eller kræft"; no further.
        # (Not to the "eller" of a later denial: "aldrig været tyndere: 5 kilo ned uden at
        # have ændret hverken mad eller timer".)
        denials_after = [t.start for t in self.of(Kind.NEGATION) if trigger.end <= t.start]
        # (Nor into a clause that asks a question of its own: "ingen feber, hjælper varme
        # eller kulde bedst?")
        clauses = range(
            message.tokens[trigger.start].clause + 1, message.tokens[sentence.stop - 1].clause + 1
        )
        asks_from = next(
            (message.clauses[c].start for c in clauses if message.opens_question(c)),
            sentence.stop,
        )
        # (Nor past a clause with a verb of its own, which is news, not an item of the list:
        # "ingen feber, numsen er helt følelsesløs eller bedøvet"; but "hverken" announces
        # items that may have one: "hverken feber, har tabt mig eller har problemer ...".)
        correlative = message.words[trigger.start] in EITHER
        listed = [
            t
            for t in self.of(Kind.LIST)
            if stop <= t.start < asks_from
            and not any(d < t.start for d in denials_after)
            and (correlative or FINITE_VERBS.isdisjoint(message.words[stop : t.start]))
        ]
        if listed:
            stop = message.clause_of(listed[0].start).stop
        # A list in its own clause reaches further too: "hverken min mand eller jeg har feber".
        listed += [t for t in self.of(Kind.LIST) if trigger.end <= t.start < stop]
        stop = min(stop, trigger.end + (LIST_REACH if listed else NEGATION_REACH))
        for t in self.of(Kind.TERMINATOR, Kind.CLAUSE_WORD, Kind.CAUSE, Kind.NEGATION):
            if trigger.end <= t.start < stop and t.start not in own:
                stop = t.start
        return range(trigger.end, stop)

    def denied_apart_from(self, hits: tuple[Hit, ...], words: frozenset[int]) -> bool:
        """Whether found words are denied by a "not" that starts outside `words` (a sign's
        own words: "får ikke sovet pga stress" denies the sleep, not the stress)."""
        return self._negated(hits, words)

    def _negated(self, hits: tuple[Hit, ...], ignoring: frozenset[int] = frozenset()) -> bool:
        own = {i for h in hits for i in range(h.start, h.end)}
        last = max(h.end for h in hits)
        # A sign that tells a "not" of its own ("benene vil ikke", "ingen følelse") is
        # denied only through a clause of its own ("har ikke oplevet at jeg ikke kan
        # tisse"): a "not" before it with no "at" between ran two clauses together without
        # a comma ("jeg kommer ikke ud af sengen benene vil ikke").
        says_not = any(
            own & set(range(t.start, t.end)) for t in self.of(Kind.NEGATION, Kind.PSEUDO)
        )
        for trigger in self.of(Kind.NEGATION):
            if (
                own & set(range(trigger.start, trigger.end))
                or trigger.start in ignoring
                or self._carries_on(trigger, own)
            ):
                continue
            # A reason denied opens the clause it denies and reaches into the sign's own
            # "not": "det er ikke fordi jeg ikke kan tisse" (not "lægen tror ikke på at jeg
            # ikke kan mærke skridtet").
            denies_reason = self._denies_reason(trigger)
            if says_not and not denies_reason and self._runs_on_into(trigger, min(own)):
                continue
            scope = self._negation_scope(trigger, own if denies_reason else ())
            if any(h.start in scope for h in hits):
                return True
            # Danish puts "ikke" after the verb and its pronoun: "smerten vækker mig ikke",
            # "benet svigter ikke".
            if (
                last <= trigger.start <= last + TRAILING_NEGATION_REACH
                and all(FILLER in self.readings[i] for i in range(last, trigger.start))
                and self.message.words[trigger.start] in self._trailing
                and self.message.tokens[trigger.start].clause
                == self.message.tokens[last - 1].clause
                and not self._going_before(min(h.start for h in hits))
            ):
                return True
        return self._denied_after(hits, own)

    def _runs_on_into(self, trigger: Trigger, first: int) -> bool:
        """Whether a negation's clause has ended before the sign at word `first`, run on
        into it without a comma: words of its own between ("kommer ikke ud af sengen
        benene vil ikke"), the last no preposition that takes the sign as its object
        ("ikke noget med kan ikke tisse"), and no "at" or "der" opening the sign's
        clause under it ("har ikke oplevet at jeg ikke kan tisse"). A sign that opens
        with its own "ikke" goes on from the word before it ("kan ikke holde på tis")."""
        words = self.message.words
        return (
            trigger.end + RUN_ON_WORDS <= first
            and words[first - 1] not in PREPOSITIONS
            and words[first] not in POST_VERBAL_NEGATIONS | FORWARD_DENIALS
            and not self._between(Kind.SUBORDINATE, trigger.end, first)
        )

    def _denies_reason(self, trigger: Trigger) -> bool:
        """Whether a negation denies a reason, opening the clause it denies: "det er ikke
        fordi jeg ikke kan tisse"."""
        words = self.message.words
        return (
            words[trigger.end - 1] in REASON_WORDS
            and tuple(words[max(trigger.start - 2, 0) : trigger.start]) in IT_IS
        )

    def _going_before(self, first: int) -> bool:
        """A verb of going away just before the sign takes a trailing denial: "forsvinder
        følelsesløsheden i læggen ikke" denies the going, not the numbness."""
        words = self.message.words
        start = max(self.message.clause_of(first).start, first - 2)
        return any(words[i] in GOING_VERBS for i in range(start, first))

    def _carries_on(self, trigger: Trigger, own: set[int]) -> bool:
        """A "hverken" after a negation inside the sign's own words carries it on and
        denies nothing (`NEGATIVE_CONCORD`)."""
        if self.message.words[trigger.start] not in NEGATIVE_CONCORD:
            return False
        return any(
            t.end <= trigger.start and own & set(range(t.start, t.end))
            for t in self.of(Kind.NEGATION, Kind.PSEUDO)
        )

    def _denied_after(self, hits: tuple[Hit, ...], own: set[int]) -> bool:
        """A denial closing the sign's clause ("feber har jeg ikke"), or a bare answer
        after it ("feber: nej", "Feber? Nej.")."""
        message = self.message
        words = message.words
        last = max(h.end for h in hits)
        first = min(h.start for h in hits)
        for trigger in self.denials_of_all():
            if self._denied_from(trigger) <= first and last <= trigger.start:
                return True
        # The sign's words up to the verbs a denial after them shares ("kræft har jeg
        # ikke", "kræft har jeg aldrig haft": the sign's "har haft" is the denial's too).
        told = max(
            (h.end for h in hits if not AUXILIARIES.issuperset(words[h.start : h.end])),
            default=last,
        )
        for trigger in self.of(Kind.NEGATION_AFTER, Kind.DENIAL_ANSWER):
            shared = own & set(range(trigger.start, trigger.end))
            if any(words[i] not in AUXILIARIES for i in shared):
                continue
            end = told if shared else last
            if (
                end <= trigger.start <= end + NEGATION_AFTER_REACH
                and trigger.end == message.clause_of(trigger.start).stop
                and message.tokens[trigger.start].sentence == message.tokens[last - 1].sentence
                and not self._between(Kind.TERMINATOR, last, trigger.start)
                # not one whose own thing stands after a clause word that ends the sign's
                # clause, its verb told ("kan ikke holde på vandet, og feber har jeg ikke";
                # not a list: "feber og vægttab har jeg ikke")
                and not any(
                    last <= c.start
                    and c.end < trigger.start
                    and not FINITE_VERBS.isdisjoint(words[first : c.start])
                    for c in self.of(Kind.CLAUSE_WORD)
                )
            ):
                return True
        for trigger in self.of(Kind.DENIAL_ANSWER, Kind.NEGATION, Kind.NEGATION_AFTER):
            answered = self._answered(trigger)
            if answered is not None and last - 1 in answered:
                return True
        return False

    # --- history, hypothesis, experiencer -----------------------------------------------

    def _between(self, kind: Kind, start: int, stop: int) -> bool:
        return any(start <= t.start < stop for t in self.of(kind))

    def _same_clause_unbroken(self, trigger: Trigger, first: int, last: int) -> bool:
        """The trigger stands in the clause of the words [first, last), and not in a
        phrase that describes a person, dating its own noun only: before them with
        no terminator or clause word between ("sidste år havde jeg feber", not "sidste år
        havde jeg en prolaps og jeg kan ikke tisse"), or after them with no terminator
        between ("havde feber og ondt sidste måned"), nor, for words told in the present,
        a clause word that opens a clause with a subject of its own ("har ondt i lænden og
        hun fik brystkræft for 3 år siden", not "kunne ikke tisse og jeg var indlagt for 2
        år siden")."""
        clause = self.message.clause_of(first)
        if not clause.start <= trigger.start < clause.stop:
            return False
        if (
            trigger.start
            and self.message.words[trigger.start - 1] in ATTRIBUTE_OPENERS
            and not trigger.end <= first < trigger.end + ATTRIBUTE_NOUN_WORDS
        ):
            return False  # "min far med tidligere prostatakræft har ondt": the cancer's date
        if trigger.start < first:
            between, stops = (trigger.end, first), self.of(Kind.TERMINATOR, Kind.CLAUSE_WORD)
        else:
            verbs = self.message.words[clause.start : first]
            told_now = PAST.isdisjoint(verbs) and not PRESENT_OR_PERFECT.isdisjoint(verbs)
            starts = {person.start for person in self._persons} if told_now else set()
            between, stops = (
                (last, trigger.start),
                [
                    t
                    for t in self.of(Kind.TERMINATOR, Kind.CLAUSE_WORD)
                    if t.kind is Kind.TERMINATOR or self._opens_other_news(t, starts)
                ],
            )
        years_back = trigger.kind is Kind.LONG_AGO and not any(
            clause.start <= t.start < clause.stop for t in self.of(Kind.SUDDEN)
        )
        return not any(
            between[0] <= t.start < between[1] and not (years_back and self._goes_on_in_the_past(t))
            for t in stops
        )

    def _opens_other_news(self, joiner: Trigger, persons: set[int]) -> bool:
        """Whether an "og" opens a clause of other news, with a person for its subject that
        does not point back at the sign ("... og hun fik brystkræft for 3 år siden", not
        "... og han fik det for 5 år siden", "... og jeg har haft det sådan siden")."""
        words = self.message.words
        if words[joiner.start] not in AND or joiner.end not in persons:
            return False
        clause = self.message.clause_of(joiner.start)
        return POINTING.isdisjoint(words[joiner.end : clause.stop])

    def _goes_on_in_the_past(self, trigger: Trigger) -> bool:
        """A clause word followed at once by a past verb goes on with the same subject at
        the same time: "fik en prolaps for 20 år siden og kunne ikke tisse" (only years
        back: "i sidste uge løftede jeg noget og kunne ikke tisse" may still be so)."""
        words = self.message.words
        return (
            trigger.kind is Kind.CLAUSE_WORD
            and trigger.end < len(words)
            and words[trigger.end] in PAST
        )

    def _dates_an_event(self, trigger: Trigger, first: int, last: int) -> bool:
        """Whether a date in the sign's clause stands in a phrase opened by a `SINCE`
        word, and the sign is told in the perfect, or with its own verb in the present
        weeks after: the sign runs from the event dated."""
        words = self.message.words
        clause = self.message.clause_of(first)
        if trigger.start < first:  # "efter operationen for tre uger siden har jeg haft feber"
            opened = words[clause.start : trigger.start]
            told = words[trigger.end : first]
        else:  # "har haft feber siden operationen for tre uger siden", "foden er blevet
            # kraftesløs efter iskiasanfaldet for 5 uger siden"; told from the last "og"
            # before the sign ("jeg har ondt i ryggen og min far kunne ikke gå efter ...":
            # the writer's "har" tells no perfect of the father's sign)
            opened = words[last : trigger.start]
            joins = [
                t.end
                for t in self.of(Kind.CLAUSE_WORD)
                if clause.start <= t.start < first and words[t.start] in AND
            ]
            told = words[max([clause.start, *joins]) : last]
        if SINCE.isdisjoint(opened):
            return False
        if not PERFECT.isdisjoint(told):
            return True
        own_verb = words[max(clause.start, first - OWN_VERB_REACH) : first + 1]
        return (
            trigger.kind is Kind.HISTORY
            and not WEEKS.isdisjoint(words[trigger.start : trigger.end])
            and not PRESENT.isdisjoint(own_verb)
            and PAST.isdisjoint(own_verb)
        )

    def _in_sentence(self, kinds: tuple[Kind, ...], sentence: range) -> list[Trigger]:
        return [t for t in self.of(*kinds) if sentence.start <= t.start < sentence.stop]

    def experiencer(self, end: int) -> Kind:
        """Whose sign words ending at `end` are: the nearest person named before that
        end ("min far", "my dad 81"), in its sentence or earlier; the writer when none is."""
        best = self._person_before(end)
        if best is not None and self.message.tokens[best.start].clause != (
            self.message.tokens[end - 1].clause
        ):
            # "satte mig på en stol som mit barnebarn havde trukket væk, og røg ned på
            # gulvet": the clause after takes the subject from outside the relative clause.
            relative = self._relative_word_before(best.start)
            if relative is not None:
                best = self._person_before(relative)
            elif self._writers_object(best):
                # "... så voldsomme at jeg ikke kan løfte min datter op, det har stået på
                # siden januar": the one the writer lifts is no subject of the clauses after.
                best = self._person_before(best.start - 1)
        if best is None:
            # Only a person named after the sign in its sentence: "has wet himself, my dad".
            sentence = self.message.sentence_of(end - 1)
            words = self.message.words
            # ... not one a preposition governs: "snublede over hunden" is the writer's fall.
            after = [
                t
                for t in self._persons
                if t.kind is Kind.OTHER
                and end <= t.start < sentence.stop
                and words[t.start - 1] not in PREPOSITIONS
            ]
            if not after:
                return Kind.SELF
            # ... the subject after the verb of the sign's clause, opened by a time ("For
            # en uge siden faldt min mor"), whoever else the message names
            first = after[0].start
            tokens = self.message.tokens
            phrase = self._phrase_start(first)
            subject = tokens[first].clause == tokens[end - 1].clause and (
                self._after_fronted_time(phrase)
            )
            return Kind.OTHER if subject or not self._writer_named() else Kind.SELF
        return best.kind

    def _owners_as_subjects(self) -> list[Trigger]:
        """Each genitive before a part of the body that is its clause's subject, as that
        person ("min mors ryg gør ondt"); after a verb or a preposition the part is the
        writer's doing ("har løftet min mors ben ind i bilen")."""
        return [
            Trigger(Kind.OTHER, t.start, t.end)
            for t in self.of(Kind.OWNER)
            if self._no_object(self._phrase_start(t.start))
        ]

    def _writer_named(self) -> bool:
        """Whether the message names the writer: "jeg", "min ryg", or another person as
        the writer's but not as the subject of a clause ("ondt i ryggen og min mor er
        faldet", "knogleskørhed hos min mor" may be the mother's pain; "kan ikke løfte min
        søn", "har båret rundt på min søn" are the writer's)."""
        others = {t.start for t in self._persons if t.kind is Kind.OTHER}
        return any(not (t.end in others and self._no_object(t.start)) for t in self.of(Kind.SELF))

    def _writers_object(self, person: Trigger) -> bool:
        """Whether another person, named with a possessive, is a verb's object in a clause
        the writer is the subject of ("jeg kan ikke løfte min datter"; "at hun ...", a
        pronoun of its own, is a subject)."""
        tokens, words = self.message.tokens, self.message.words
        # the possessive before the person, or the trigger's own ("min datter")
        phrase = self._phrase_start(person.start)
        if person.kind is not Kind.OTHER or words[phrase] not in POSSESSIVES:
            return False
        # a verb's object follows the verb: not a preposition ("skriver for min mor") nor a
        # word that opens a clause ("fordi min mor har skøre knogler")
        if self._no_object(phrase) or words[phrase - 1] in PREPOSITIONS | SUBORDINATORS:
            return False
        before = self._person_before(phrase)
        return (
            before is not None
            and words[before.start] in WRITER_SUBJECTS
            and before.end < phrase
            and tokens[before.start].clause == tokens[person.start].clause
        )

    def _phrase_start(self, index: int) -> int:
        """Where the phrase of a person named at word `index` starts: at a possessive right
        before it ("min mor"), else at the word itself."""
        return index - 1 if index and self.message.words[index - 1] in POSSESSIVES else index

    def _no_object(self, index: int) -> bool:
        """Whether word `index` is no verb's object: it opens its clause, or follows a
        word that opens one ("og") or "hos", or the verb after a time that opens the
        clause (the subject after it: "For en uge siden faldt min mor", "nu kan min far
        ikke")."""
        tokens = self.message.tokens
        return (
            index == 0
            or tokens[index - 1].clause != tokens[index].clause
            or tokens[index - 1].word in NO_OBJECT_BEFORE
            or self._after_fronted_time(index)
        )

    def _after_fronted_time(self, index: int) -> bool:
        """Whether word `index` follows the verb after a time that opens its clause: the
        subject's place in "For en uge siden faldt min mor", "I sidste uge faldt min far"."""
        return any(
            t.end == index - 1 and self._opens_clause(t.start) for t in self.of(*FRONTED_TIMES)
        )

    def _opens_clause(self, index: int) -> bool:
        """Whether word `index` opens its clause, or follows only a preposition that does
        ("I sidste uge", "For en uge siden")."""
        start = self.message.clause_of(index).start
        words = self.message.words
        return index == start or (index == start + 1 and words[start] in PREPOSITIONS)

    def holder(self, end: int) -> Kind:
        """Whose a condition told by words ending at `end` is (an age, osteoporosis): the
        person named right after it ("min 80-årige far", "my 76-year-old father"), else
        whoever `experiencer` finds."""
        tokens = self.message.tokens
        for trigger in self._persons:
            if trigger.start >= end:
                if (
                    trigger.start == end < len(tokens)
                    and trigger.kind is Kind.OTHER
                    and tokens[end].sentence == tokens[end - 1].sentence
                ):
                    return Kind.OTHER
                break
        return self.experiencer(end)

    def subject(self, index: int) -> Kind | None:
        """Whom what word `index` tells is about, as far as the words before it in its
        sentence say: the last person named there as a subject, or as a pronoun a clause
        does something to. "Min kone er på slankekur" tells of the wife, "Babyen vækker
        mig" of the writer; "siden jeg fik børn" of the writer too (the children are what
        was got); "hunden løb videre" of the dog. None when no one is named so before it
        ("Vi har hedebølge")."""
        words = self.message.words
        sentence = self.message.sentence_of(index)
        found: Kind | None = None
        named = {t.start for t in self._persons}
        for trigger in self._persons:
            start = trigger.start
            if start >= index:
                break
            if (
                start < sentence.start
                or trigger.kind not in (Kind.SELF, Kind.OTHER, Kind.ANIMAL)
                # "min" in "min datter" is hers (in "mine ben", the writer's)
                or (words[start] in POSSESSIVES and start + 1 in named)
            ):
                continue
            phrase = self._phrase_start(start)
            if words[start] in TELLING_PRONOUNS or self._no_object(phrase):
                found = trigger.kind
        return found

    def _group_as_subject(self, trigger: Trigger) -> bool:
        """Whether a group (or an animal) stands as its clause's subject: at the clause's
        start, or after "og", "men" or "så", with only quantities and determiners before it
        ("og mange af vores beboere er inkontinente", "og hunden løb videre"); not after a
        verb or a preposition ("plejer beboerne", "med andre patienter")."""
        words = self.message.words
        clause = self.message.clause_of(trigger.start)
        index = trigger.start - 1
        while index >= clause.start and (
            words[index] in POSSESSIVES or words[index] in GROUP_DETERMINERS
        ):
            index -= 1
        return index < clause.start or words[index] in GROUP_OPENERS

    def _one_of_group(self, trigger: Trigger) -> Trigger:
        """Some named out of a group are persons: "en af (de ældre / mine) beboere", "to af
        vores beboere", "en 80-årig af vores beboere" tell of someone to act on."""
        if trigger.kind is not Kind.GROUP:
            return trigger
        words = self.message.words
        before = words[max(trigger.start - GROUP_REACH, 0) : trigger.start]
        if "af" in before:
            counted = before[: len(before) - before[::-1].index("af") - 1]
            if counted and (counted[-1] in SOME_OF or counted[-1].isdigit()):
                return Trigger(Kind.OTHER, trigger.start, trigger.end)
        return trigger

    def an_animals(self, end: int) -> bool:
        """Whether words ending at `end` are told of an animal: the animal the last named
        before them, past pronouns, "vi" and the vet ("vores gravhund piber når vi løfter
        ham, tror han har ondt i ryggen", "Dyrlægen tror det er ryggen")."""
        person = self._person_before(end)
        words = self.message.words
        while person is not None and (
            words[person.start] in STANDING_IN_FOR_ANIMALS
            or words[person.start].startswith(ANIMAL_DOCTORS)
        ):
            person = self._person_before(person.start)
        return person is not None and person.kind is Kind.ANIMAL

    def _person_before(self, end: int) -> Trigger | None:
        """The last person named before word `end` ("nogen" after "uden" or "ikke" is a
        determiner, no one: "uden nogen grund", "ikke nogen bedring")."""
        best: Trigger | None = None
        for trigger in self._persons:
            if trigger.start >= end:
                break
            best = trigger
        return best

    def _someone_in_passing(self, index: int) -> bool:
        """Whether the person at word `index` is an indefinite one a preposition governs
        ("efter en forflytning af en tung patient"), or any one it came from ("fået noget
        med hjem fra ungerne"): part of what happened, not whose sign it is."""
        words = self.message.words
        if index and words[index - 1] in SOURCES:
            return True
        for article in (index - 1, index - 2):
            if article >= 1 and words[article] in INDEFINITE_ARTICLES:
                return words[article - 1] in PREPOSITIONS
        return False

    def _relative_word_before(self, index: int) -> int | None:
        """The relative word ("som", "der") that opens a relative clause before word
        `index` in its clause, if any."""
        clause = self.message.clause_of(index)
        words = self.message.words
        relatives = [
            t.start
            for t in self.of(Kind.SUBORDINATE)
            if clause.start < t.start < index and words[t.start] in RELATIVE_WORDS
        ]
        return relatives[0] if relatives else None

    def asked_of_no_one(self, index: int) -> bool:
        """Whether the sentence of word `index` asks and names no person ("kan ondt i
        lænden være kræft?"), or its clause asks a question of its own and names none
        ("min far havde kræft i prostata, kan ondt i ryggen være arveligt?"): what it says
        is asked about, not told of anyone."""
        message = self.message
        token = message.tokens[index]
        persons = (Kind.SELF, Kind.OTHER)
        if message.asked[token.sentence] and not self._in_sentence(
            persons, message.sentences[token.sentence]
        ):
            return True
        return message.opens_question(token.clause) and not self._in_sentence(
            persons, message.clauses[token.clause]
        )

    def _asked_in_general(self, sentence: range, first: int, last: int, person: Kind) -> bool:
        """A question about a sign, not a person's sign: "hvad betyder ridebukse-
        anæstesi?", "er inkontinens et farligt tegn?" (no person in the sentence), or
        "kan man få feber af iskias?" (asked of "man", and no person or "now" anywhere in
        the message: "er det normalt at man ikke kan mærke ...? Min ryg gik i går" is
        the writer's own)."""
        if self._told_as_news_after(sentence) or self._told_without_subject(sentence, first):
            return False
        persons = self._in_sentence((Kind.SELF, Kind.OTHER), sentence)
        # The sign named and at once called a danger sign, with another way to ask it
        # after "eller" ("Er nattesmerter et faresignal, eller er det normalt?"): a
        # question about it ("kan ikke tisse, farligt for mig?" is the writer's own).
        named = any(
            last <= t.start <= last + 1 for t in self._in_sentence((Kind.GENERAL_AFTER,), sentence)
        )
        choices = [t.start for t in self._in_sentence((Kind.LIST,), sentence) if t.start >= last]
        if persons and not (named and all(any(c < p.start for c in choices) for p in persons)):
            return False
        # A "now" before the sign's end, or before a clause of its own that asks about it
        # ("har haft feber siden i går, har det noget med det at gøre?"); not a "now"
        # inside the one clause that asks ("kan inkontinens i dag have noget med ryggen
        # at gøre?").
        tokens = self.message.tokens
        asking = next(
            (
                t.start
                for t in self._in_sentence((Kind.GENERAL_AFTER,), sentence)
                if t.start >= last and tokens[t.start].clause > tokens[last - 1].clause
            ),
            last,
        )
        if any(
            t.start < last or (t.start < asking and tokens[t.start].clause < tokens[asking].clause)
            for t in self._in_sentence((Kind.CURRENT,), sentence)
        ):
            # Told as now before it is asked about, with the subject dropped as chat
            # drops it: "er i behandling for kræft og har nu fået ondt, kan det have
            # noget med det at gøre?"
            return False
        if any(t.start < first for t in self._in_sentence((Kind.GENERAL,), sentence)):
            return True
        if any(t.start >= last for t in self._in_sentence((Kind.GENERAL_AFTER,), sentence)):
            return True
        # A person or a "now" counts where it tells of someone, not in a sentence that
        # itself only speaks of the sign ("vi havde om det i skolen i dag").
        telling = [
            t
            for t in self.of(Kind.SELF, Kind.OTHER, Kind.CURRENT)
            if not self._in_sentence(
                (Kind.HYPOTHETICAL, Kind.GENERAL, Kind.JUST_ASKING),
                self.message.sentence_of(t.start),
            )
        ]
        return person is Kind.GENERIC and not telling

    def _governing_clause(self, index: int) -> range | None:
        """The clause before the one of word `index`, when that one opens with a
        subordinating word after a comma and so belongs to it, or is what a condition
        before it supposes (`_supposed_clauses`); else None."""
        message = self.message
        clause_number = message.tokens[index].clause
        if not clause_number:
            return None
        clause = message.clauses[clause_number]
        opens = any(t.start == clause.start for t in self.of(Kind.SUBORDINATE, Kind.CAUSE))
        if not (opens or clause_number in self._supposed_clauses):
            return None
        before = message.clauses[clause_number - 1]
        same_sentence = message.tokens[before.start].sentence == message.tokens[index].sentence
        return before if same_sentence else None

    @cached_property
    def _supposed_clauses(self) -> frozenset[int]:
        """The clauses that tell what a condition right before them supposes: a question
        with "så" after its subject ("hvis jeg mister følelsen i skridtet, kan jeg så ikke
        gå?"; not "..., er smerten så slem at"), what would be ("hvis jeg havde cauda
        equina, ville jeg ikke kunne holde på vandet"), or what would follow from something
        coming about ("hvis jeg får cauda equina kan jeg ikke holde på vandet"; not "hvis
        jeg hoster lækker jeg tis")."""
        message, words = self.message, self.message.words
        supposed = set()
        for number in range(1, len(message.clauses)):
            clause, before = message.clauses[number], message.clauses[number - 1]
            condition = words[before.start : before.stop]
            if CONDITIONS.isdisjoint(condition[:CONDITION_REACH]):
                continue
            verb = clause.start + (words[clause.start] == "så")
            asks = message.asked[message.tokens[clause.start].sentence]
            if (
                (asks and words[verb + 2 : verb + 3] == ("så",))
                or words[verb] in WOULD
                or not COMING_ABOUT.isdisjoint(condition)
            ):
                supposed.add(number)
        return frozenset(supposed)

    def dated_long_ago(self) -> bool:
        """Whether the message dates what it points back at years back, and tells nothing
        after the date in its clause but a state of then: "det var for 5 år siden", "det
        var dengang jeg var gravid", "det er længe siden"; not "det var for 2 år siden jeg
        fik prolaps" or "det var sidste år efter jeg blev opereret", which date something
        else."""
        words = self.message.words
        pointing = {
            self.message.tokens[t.start].clause for t in self.of(Kind.ANAPHOR, Kind.HISTORY_AFTER)
        }
        dates = [
            t
            for t in self.of(Kind.LONG_AGO, Kind.HISTORY_AFTER)
            if (t.kind is Kind.LONG_AGO or "siden" in words[t.start : t.end])
            # in the clause that points back ("Det startede i går. Min far fik en blodprop
            # for 5 år siden" dates the father's)
            and self.message.tokens[t.start].clause in pointing
            # a date that says years back ("en gang", "tidligere", a bare year may be now)
            and not all(w in WEAK_DATES or w.isdigit() for w in words[t.start : t.end])
        ]
        return any(map(self._dates_a_state_then, dates))

    def denies_last(self) -> bool:
        """Whether the message denies something, and names no person after its last
        denial ("jeg tog fejl, det har jeg ikke"; not "det er ikke min mor, det er mig"),
        nor, right after a forward one, another thing than what was told ("jeg skrev
        forkert, jeg mente ryggen ikke maven" denies the belly, not the sign)."""
        denials = self.of(*DENIALS)
        if not denials:
            return False
        final = max(denials, key=lambda t: t.end)
        last = final.end
        words = self.message.words
        clause = self.message.clause_of(final.start)
        names_another = (
            final.kind is Kind.NEGATION and last < clause.stop and words[last] not in POINTING
        )
        return not names_another and not any(person.start >= last for person in self._persons)

    def _dates_a_state_then(self, date: Trigger) -> bool:
        """Whether a date ends its clause or is followed only by the state one was in then
        ("dengang jeg var gravid", "for mange år siden, da jeg var ung")."""
        rest = self.message.words[date.end : self.message.clause_of(date.start).stop]
        return (
            not rest
            or (rest[0] in SUBJECT_PRONOUNS and rest[1:2] == ("var",))
            or (rest[0] in THEN_OPENERS and not STATE_VERBS.isdisjoint(rest))
        )

    def _fronted_date(self, first: int) -> list[Trigger]:
        """The date years back of a time clause put first, which dates the clause after it
        ("dengang jeg var gravid, kunne jeg ...", "for to år siden, havde jeg ..."): a date
        that ends its clause or tells a state then ("dengang jeg var ung"), with no time of
        now in it ("Da jeg var i bad i aftes, ..."; "Tidligere på ugen, ..." is no such
        date), and no other news opened by "og" before the sign ("..., spillede jeg
        fodbold og jeg kan ikke holde på vandet")."""
        fronted = self._fronted_time(first)
        if fronted is None:
            return []
        message = self.message
        clause = message.clause_of(fronted)
        if any(clause.start <= t.start < clause.stop for t in self.of(Kind.CURRENT)):
            return []
        persons = {person.start for person in self._persons}
        if any(
            clause.stop <= t.start < first and self._opens_other_news(t, persons)
            for t in self.of(Kind.CLAUSE_WORD)
        ):
            return []
        return [
            t for t in self.of(Kind.LONG_AGO) if t.start == fronted and self._dates_a_state_then(t)
        ]

    def _fronted_time(self, index: int) -> int | None:
        """Where the clause before that of word `index` starts, when it opens its sentence
        and the clause of `index` opens with a finite verb, its subject after it: a clause
        put first that the next one goes on from ("dengang jeg var gravid, kunne jeg ikke
        holde på vandet"); else None."""
        message = self.message
        number = message.tokens[index].clause
        if not number:
            return None
        clause, before = message.clauses[number], message.clauses[number - 1]
        words = message.words
        opens_sentence = message.sentence_of(index).start == before.start
        # the verb first: one known as finite, or any word but one that joins with the
        # subject right after it ("tabte jeg", "vågnede hun"; not ", og jeg")
        first_word = words[clause.start]
        inverted = first_word in FINITE_VERBS or (
            len(clause) > 1
            and words[clause.start + 1] in SUBJECT_PRONOUNS
            and first_word not in JOINING | SUBORDINATORS
        )
        return before.start if opens_sentence and inverted else None

    def _hypothetical_at(self, index: int) -> bool:
        """Whether a "what if" governs word `index`: before it in its clause, or in the
        clause its own clause belongs to ("jeg har læst, at feber ..."), unless a reason
        given as fact stands between ("de spørger om jeg er syg, fordi jeg er blevet så
        tynd", also without the comma), or a "siden" dating it from a moment past."""
        message = self.message
        clause = message.clause_of(index)
        causes = [t.start for t in self.of(Kind.CAUSE)]
        reason = clause.start in causes
        governing = None if reason else self._governing_clause(index)
        # A clause word opening a "now" ends a "what if" too: "i går skulle jeg holde i
        # gelænderet og i dag kan jeg slet ikke ..." tells today as fact.
        for t in self.of(Kind.HYPOTHETICAL):
            if clause.start <= t.start < index:
                conditional = not CONDITIONS.isdisjoint(message.words[t.start : t.end])
                cuts = (
                    *causes,
                    *self._now_opened,
                    *self._since,
                    *self._when_i,
                    *self._but_someone,
                    *(() if conditional else self._and_news),
                )
                if not any(t.end <= cut < index for cut in cuts):
                    return True
            elif governing and t.start in governing:
                return True
        return False

    def _told_as_news(self, hit: Hit) -> bool:
        """Whether a part of a sign stands in a sentence that asks nothing and tells a
        person's news now ("Min mand har haft uheld to gange i dag")."""
        message = self.message
        number = message.tokens[hit.start].sentence
        sentence = message.sentences[number]
        return (
            not message.asked[number]
            and not self._hypothetical_at(hit.start)
            and bool(self._in_sentence((Kind.CURRENT,), sentence))
            and self.experiencer(hit.end) in (Kind.SELF, Kind.OTHER)
            and bool(self._in_sentence((Kind.SELF, Kind.OTHER), sentence))
        )

    def _points_back(self, sentence: range, phrase: Trigger) -> bool:
        """Whether `phrase` ends or dates the sign of `sentence` from the next sentence,
        which opens with pointing words only ("det var", "nej vent, det") and says nothing
        after it in its clause, with nothing of now or again after it in the message (but
        in a question): "... kunne ikke holde på vandet. Det var for 2 år siden." (not "Det
        var for 3 år siden jeg blev opereret", "det skete for en uge siden og er blevet
        værre", "det er kommet igen i dag")."""
        message = self.message
        start = sentence.stop
        if not start < phrase.start < len(message.words):
            return False
        opening = message.words[start : phrase.start]
        if len(opening) > POINTING_BACK_WORDS or not POINTING_BACK.issuperset(opening):
            return False
        told_in = message.sentence_of(phrase.start)
        if told_in.start != start:
            return False
        # What the phrase dates may be told on after it by the moment or reason, with no
        # verb of its own ("det var sidste år efter min skilsmisse").
        rest = message.words[phrase.end : message.clause_of(phrase.start).stop]
        if rest and (rest[0] not in DATED_BY or not FINITE_VERBS.isdisjoint(rest)):
            return False
        # A "now" or "again" after it, in its sentence or a later one that asks nothing,
        # tells the sign back ("Det var for 2 år siden. Nu er det kommet igen."); not one in
        # a clause that tells something over or well ("vægten er stabil nu").
        well = {message.tokens[t.start].clause for t in self.of(Kind.HISTORY_AFTER)}
        return not any(
            t.start >= phrase.end
            and not message.asked[message.tokens[t.start].sentence]
            and message.tokens[t.start].clause not in well
            for t in self.of(Kind.CURRENT)
        )

    def _opens_joined(self, index: int) -> bool:
        """Whether word `index` opens its clause right after a clause word, its subject
        dropped ("..., og bliver værre og værre")."""
        start = self.message.clause_of(index).start
        return index == start + 1 and any(t.start == start for t in self.of(Kind.CLAUSE_WORD))

    def _returns(self, first: int, clauses: set[int]) -> list[Trigger]:
        """The `returns` phrases that tell the sign back, after it in its sentence
        (`_tells_back`)."""
        tokens = self.message.tokens
        return [
            t
            for t in self.of(Kind.RETURNS)
            if t.start >= first
            and tokens[t.start].sentence == tokens[first].sentence
            and self._tells_back(t, first, tokens[t.start].clause in clauses)
        ]

    def _tells_back(self, phrase: Trigger, first: int, own: bool) -> bool:
        """Whether a `returns` phrase after a sign tells it back: told of "det" in the
        sign's own clause ("... i sidste uge og det er kommet igen", not "... og kraften er
        vendt tilbage"), or in a clause that points back at it but not with "den" ("...,
        og nu er det kommet igen", not "..., og nu er den kommet tilbage": a feeling or a
        strength back); not after "men" without a "nu" ("men det er kommet igen" tells a
        feeling back), not told gladly ("det er heldigvis kommet igen"), not denied ("det
        er ikke kommet igen")."""
        clause = self.message.clause_of(phrase.start)
        told = self.message.words[clause.start : phrase.start]
        if own:
            of_it = any(clause.start <= a.start < phrase.start for a in self.of(Kind.ANAPHOR))
        else:
            of_it = "den" not in told and self._clause_points_back(phrase.start, True)
        turned = any(
            first <= turn.start < phrase.start
            and not self._between(Kind.CURRENT, turn.end, phrase.start)
            for turn in self.of(Kind.TERMINATOR)
        )
        denied = any(
            phrase.start - DENIED_RETURN <= d.start < phrase.start for d in self.of(*DENIALS)
        )
        return of_it and not turned and GLAD.isdisjoint(told) and not denied

    def _clause_points_back(self, index: int, inverted: bool = False) -> bool:
        """Whether the clause of word `index` opens with an `anaphor` ("det", "og det"),
        after a clause word or "men" at most, or, when `inverted`, after a time of now and
        its verb ("og nu er det kommet igen"): it speaks of what the clause before told."""
        start = self.message.clause_of(index).start
        joined = any(t.start == start for t in self.of(Kind.CLAUSE_WORD, Kind.TERMINATOR))
        opening = start + 1 if joined else start
        # "nu er det": the anaphor after a time put first and the verb it inverts
        after_now = {t.end + 1 for t in self.of(Kind.CURRENT) if inverted and t.start == opening}
        return any(
            t.start in (start, opening) or t.start in after_now for t in self.of(Kind.ANAPHOR)
        )

    def _confirmed_after(self, sentence: range, last: int) -> bool:
        """A "what if" met after the sign, in its sentence or opening the next one ("skulle
        ringe hvis jeg fik feber, og det har jeg nu"; "... hvis jeg mistede følelsen i
        skridtet. Det er sket nu"), closing its clause ("det kan jeg ikke forestille mig"
        meets nothing)."""
        message = self.message
        return any(
            t.start >= last
            and message.clause_of(t.start).stop == t.end
            and (t.start < sentence.stop or message.sentence_of(t.start).start == t.start)
            and message.sentence_of(t.start).start <= sentence.stop
            for t in self.of(Kind.CONFIRMED)
        )

    def _told_without_subject(self, sentence: range, first: int) -> bool:
        """The sign told in a clause of its own, its subject dropped as chat drops it, and
        asked about in a later clause: "har feber og ondt i ryggen, er det noget at reagere
        på?" is the writer's news (not "har feber og rygsmerter noget med hinanden at
        gøre?", one clause that asks, nor "har man feber, ..." with its subject)."""
        message = self.message
        clause = message.tokens[first].clause
        later = range(clause + 1, message.tokens[sentence.stop - 1].clause + 1)
        return message.tells_without_subject(clause) and any(
            message.opens_question(c) for c in later
        )

    def _told_as_news_after(self, sentence: range) -> bool:
        """A later sentence points back with "det" and says when: "Kan man få en sovende
        fornemmelse i skridtet? Det startede i dag.", "Min datter siger det er sådan nu.";
        or says it is so ("Kan man få feber af iskias? Det har jeg nu", `confirmed`)."""
        for trigger in self.of(Kind.ANAPHOR, Kind.CONFIRMED):
            later = self.message.sentence_of(trigger.start)
            if later.start < sentence.stop:
                continue
            # A confirmation that closes its clause or says "nu" ("Det har jeg nu haft i to
            # dage"); not "det kan jeg ikke forestille mig".
            words = self.message.words
            confirms = trigger.kind is Kind.CONFIRMED and (
                self.message.clause_of(trigger.start).stop == trigger.end
                or not NOW_WORDS.isdisjoint(words[trigger.start : trigger.end])
            )
            told_now = confirms or bool(self._in_sentence((Kind.CURRENT,), later))
            if told_now and not self._in_sentence((Kind.HYPOTHETICAL, Kind.GENERAL), later):
                return True
        return False

    def _tells_feeling_gone(self, hits: tuple[Hit, ...], gone: Trigger, last: int) -> bool:
        """Whether a FEELING_GONE phrase after a sign tells that the feeling it lost is gone
        (the sign stands), not that the loss is over: right after a feeling lost, no "men"
        and no "now" between, nothing such as "igen" after it, and told in the sign's own
        tense ("kan ikke mærke vandet mellem benene, helt væk"; "kunne ikke mærke om jeg
        var ved at skide, det var helt væk"; not "kunne ikke mærke blæren i et par dage,
        det er helt væk")."""
        words = self.message.words
        lost = [
            leaf
            for h in hits
            for leaf in h.leaves
            if leaf.slot == LOST_FEELING_SLOT
            or (
                FEELING_VERBS.intersection(words[leaf.start : leaf.end])
                and NOT_FELT.intersection(words[max(leaf.start - 1, 0) : leaf.end])
            )
        ]
        if not lost or self._between(Kind.TERMINATOR, last, gone.start):
            return False
        if any(last <= t.start <= gone.end for t in self.of(Kind.CURRENT)):
            return False
        if gone.end < len(words) and words[gone.end] in OVER_AFTER_GONE:
            return False
        told = set(words[max(gone.start - 1, 0) : gone.end])
        felt_then = any(
            w in FELT_PAST
            for leaf in lost
            for w in words[max(leaf.start - OWN_VERB_REACH, 0) : leaf.end]
        )
        return not (told & (GONE_NOW if felt_then else GONE_THEN))

    def _since_long_ago(self, now: Trigger, first: int, last: int) -> bool:
        """Whether a "siden" of now opens a phrase that holds the sign's words (`first` to
        `last`) and dates them years back, with no clause word between: "har haft ondt i
        ryggen siden et biluheld for 8 år siden" tells pain of long standing since an old
        accident, no accident now (not "tager prednisolon siden for 3 år siden", a state
        since then, nor "siden et fald i sidste uge og for 5 år siden ...")."""
        if self.message.words[now.start] not in SINCE or not now.end <= first:
            return False
        breaks = [t.start for t in self.of(Kind.CLAUSE_WORD, Kind.TERMINATOR)]
        clause = self.message.clause_of(now.start)
        return any(
            last <= t.start < clause.stop and not any(now.end <= b < t.start for b in breaks)
            for t in self.of(Kind.LONG_AGO)
        )

    def _recovery_denied(self, gone: Trigger) -> bool:
        """Whether a word of recovery is denied right before it in its clause: "det er
        ikke helet", "har ikke været symptomfri" end no sign (a phrase of recovery of one
        word or one that starts with "været" takes no denial inside it)."""
        clause = self.message.clause_of(gone.start)
        return any(
            clause.start <= t.start and gone.start - RECOVERY_DENIAL_REACH <= t.end <= gone.start
            for t in self.of(Kind.NEGATION)
        )

    def _gone_of_another(
        self, gone: Trigger, hits: tuple[Hit, ...], sign_at: frozenset[int]
    ) -> bool:
        """Whether a "gone" phrase has a subject of its own that is not the sign's: "men
        hovedpinen er gået over", "ferien er overstået", "knæet er helet", "min datter er
        rask igen" end no sign of the writer's told before it. The sign's subject is a
        word of it or of its concept's slots anywhere in the message (`sign_at`: "kan ikke
        holde på vandet, men blæren er fin nu"), a word pointing back ("det er gået over",
        "symptomerne er væk"), the person whose sign it is ("jeg er rask igen", "min mand
        ... men min mand er rask igen"), and for a fever, a fever or an illness that
        brings one ("influenzaen er overstået"); a phrase with no subject ("..., er gået
        over nu") is the sign's too."""
        message = self.message
        words = message.words
        if not REFERRING.isdisjoint(words[gone.start : gone.end]):
            return False  # its own subject points back: "efter 5 min var det væk igen"
        clause = message.clause_of(gone.start)
        if words[gone.end : gone.end + 1] == ("over",):
            # What is over is named after the phrase: a fever, or an illness that brings
            # one, is another's than a sign told without a fever ("kan ikke holde på vandet,
            # men jeg er kommet mig over influenzaen"); an illness, an injury or the sign's
            # cause ("... over prolapsen", "... over det") ends it.
            over = range(gone.end + 1, clause.stop)
            if (
                any(self._fever_word(i) for i in over)
                and not _told_of_fever(hits)
                # not the sign's cause named before ("pga en infektion, men jeg er kommet mig
                # over infektionen")
                and not any(self._fever_word(i) for i in range(gone.start))
            ):
                return True
        told_of = self._person_named(range(gone.start, gone.end))
        if told_of is not None:  # "ellers sover jeg fint"
            return not self._bearer(told_of, hits)
        index = gone.start - 1
        named = (
            gone.end - gone.start > 1
            and words[gone.start] not in GONE_VERBS
            and words[gone.start + 1] in GONE_VERBS
        )
        if named:  # the phrase names its subject ("feberen er væk")
            # Only a fever's names its own: the phrases that name a function ("vægten er
            # stabil igen", "følelsen er kommet tilbage") end any sign, as written.
            return self._fever_word(gone.start) and not _told_of_fever(hits)
        while index >= clause.start and words[index] in SUBJECT_SKIPPED:
            index -= 1
        if index < clause.start or words[index] in REFERRING or words[index] in JOINING:
            return False
        # the whole subject: back to its clause's start or a word that opens it, and a
        # first subject joined to it ("(både) feberen og hovedpinen"), not the end of the
        # clause before ("kan ikke holde på vandet og knæet er helet", "bliver svagere og
        # svagere og hovedpinen er overstået")
        opening = max(
            (i + 1 for i in range(clause.start, index) if words[i] in JOINING),
            default=clause.start,
        )
        first = opening - 2
        if (
            first >= clause.start
            and words[opening - 1] in COORDINATORS
            and (first == clause.start or words[first - 1] in SUBJECT_OPENERS)
        ):
            opening = first
        subject = range(opening, index + 1)
        if self._names_sign(subject, hits, sign_at):
            return False
        person = self._person_named(subject)
        return person is None or not self._bearer(person, hits)

    def _names_sign(self, named: range, hits: tuple[Hit, ...], sign_at: frozenset[int]) -> bool:
        """Whether words that name what is over name the sign: one of its words or of its
        concept's slots (`sign_at`), or for a fever, a fever or an illness that brings one."""
        words = self.message.words
        sign_words = [words[i] for hit in hits for i in range(hit.start, hit.end)]
        return any(
            (self._fever_word(i) and _told_of_fever(hits))
            or (
                words[i] not in PAIN_ONLY
                and (i in sign_at or any(_same_word(words[i], word) for word in sign_words))
            )
            for i in named
        )

    def _bearer(self, person: Trigger, hits: tuple[Hit, ...]) -> bool:
        """Whether a person named is the one whose sign it is: the writer for the writer's
        sign ("jeg er rask igen"); for another's, a pronoun or the same words ("min mand
        ... men min mand er rask igen", not "men min datter er rask igen")."""
        end = min(h.end for h in hits)
        if person.kind is not self.experiencer(end):
            return False
        if person.kind is not Kind.OTHER:
            return True
        words = self.message.words
        named = words[person.start : person.end]
        bearer = self._person_before(end)
        return named[-1] in TELLING_PRONOUNS or (
            bearer is not None and words[bearer.start : bearer.end] == named
        )

    def _person_named(self, words: range) -> Trigger | None:
        """The person a subject's words name: its head, the person named last and the
        longest ("min datter", not its "min"); not a possessive alone ("mit knæ", "min
        migræne" name no person)."""
        told = self.message.words
        return max(
            (
                t
                for t in self._persons
                if t.start in words and not (t.end - t.start == 1 and told[t.start] in POSSESSIVES)
            ),
            key=lambda t: (t.end, t.end - t.start),
            default=None,
        )

    def _fever_word(self, index: int) -> bool:
        """Whether the word at `index` opens a fever, or an illness that brings one."""
        return any(t.start == index for t in self.of(Kind.FEVER_ILLNESS))

    def _story_dated_now(self, first: int) -> bool:
        """Whether another person's story that tells the sign in a past tense opens its
        sentence with a recent time, told of that person: "I aftes sad han i sofaen, og da
        han rejste sig var sofaen våd – han havde ikke opdaget at han havde tisset" is last
        night's news, not a story of old. No "men" between, and not a time of the writer's
        own doing ("I går talte jeg med min kollega, han havde ...")."""
        sentence = self.message.sentence_of(first)
        for t in self._in_sentence((Kind.CURRENT,), sentence):
            clause = self.message.clause_of(t.start)
            if (
                t.end <= first
                and not self._between(Kind.TERMINATOR, t.end, first)
                and self.experiencer(clause.stop) is Kind.OTHER
                and not self._between(Kind.SELF, clause.start, clause.stop)
            ):
                return True
        return False

    def judge(self, hits: tuple[Hit, ...], sign_at: frozenset[int] = frozenset()) -> Verdict:
        """What the context says about the words of one found sign; `sign_at`, the words
        that fill its concept's slots anywhere in the message."""
        key = (hits, sign_at)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = self._judge(hits, sign_at)
        return verdict

    def _judge(self, hits: tuple[Hit, ...], sign_at: frozenset[int]) -> Verdict:
        message = self.message
        first = min(h.start for h in hits)
        last = max(h.end for h in hits)
        sentence = message.sentence_of(first)
        person = self.experiencer(min(h.end for h in hits))
        if person is Kind.ANIMAL and any(
            t.end > first and t.start < last for t in self.of(Kind.ANIMAL)
        ):
            person = Kind.SELF  # the animal is part of the sign's words: "hesten kastede mig"
        clauses = {message.tokens[h.start].clause for h in hits}
        # A "now" across a "men" tells another time: "havde feber men det er jo længe
        # siden" is past.
        current = [
            t
            for t in self._in_sentence((Kind.CURRENT,), sentence)
            if message.tokens[t.start].clause in clauses
            and not self._between(Kind.TERMINATOR, min(t.end, last), max(t.start, first))
            and not self._since_long_ago(t, first, last)
        ]
        # A later clause that points back at the sign and says it is still so ("kunne ikke
        # holde på vandet i sidste uge, og det kan jeg stadig ikke"): the sign goes on; not
        # any "now" ("..., men det er i orden nu" tells it over).
        current += [
            t
            for t in self._in_sentence((Kind.CURRENT,), sentence)
            if t.start >= last
            and message.words[t.start] in STILL
            and self._clause_points_back(t.start)
        ]
        number = message.tokens[first].sentence
        current += [
            t
            for t in self.of(Kind.GOES_ON)
            if t.start >= first
            and message.tokens[t.start].sentence in (number, number + 1)
            and (
                message.tokens[t.start].clause in clauses
                or self._clause_points_back(t.start)
                or self._opens_joined(t.start)
            )
        ]
        current += self._returns(first, clauses)
        # "men det gik over" later in the sign's sentence, or opening the next one ("...
        # prikken ned i benet. Det gik over med fys.").
        resolved = sorted(
            (
                t
                for t in self.of(Kind.HISTORY_AFTER, Kind.FEELING_GONE)
                if t.start >= first
                # the next sentence's first words at the latest
                and (t.start <= sentence.stop or self._points_back(sentence, t))
                # "..., det er helt væk" right after "kan ikke mærke": the feeling is gone
                and not (t.kind is Kind.FEELING_GONE and self._tells_feeling_gone(hits, t, last))
                and not self._gone_of_another(t, hits, sign_at)
                and not self._recovery_denied(t)
            ),
            key=lambda t: t.start,
        )
        # A "now" after such a phrase tells the time since it ended ("men det er helt væk
        # nu, efter jeg begyndte at svømme"), not the sign's.
        if resolved:
            current = [t for t in current if t.start < resolved[0].start]
        # The sign's words inside such a phrase ("nu er feberen væk") are over, whatever
        # "now" stands around them.
        over = any(t.start <= first and last <= t.end for t in self.of(Kind.HISTORY_AFTER))
        told_then = (Kind.HISTORY, Kind.LONG_AGO)
        history = [
            t
            for t in self.of(*told_then)
            if self._same_clause_unbroken(t, first, last)
            and not self._dates_an_event(t, first, last)
        ] + resolved
        # The next sentence points back and dates it years back: "... kunne ikke holde på
        # vandet. Det var for 2 år siden."
        history += [t for t in self.of(Kind.LONG_AGO) if self._points_back(sentence, t)]
        # "da jeg var ung, kunne jeg ...": a time clause put first dates the clause after it
        # (not one that tells a time of now too: "da jeg var i bad i aftes, ...")
        history += self._fronted_date(first)
        governing = self._governing_clause(first)
        if governing is not None:  # "for tre år siden, da jeg ikke kunne tisse"
            history += [t for t in self.of(*told_then) if t.start in governing]
            # "I aftes opdagede jeg, at han havde tisset i bukserne": the time of the
            # clause that tells it is the sign's time too.
            current += [t for t in self.of(Kind.CURRENT) if t.start in governing]
        if any(t.kind is Kind.LONG_AGO for t in history):
            # Years ago is not made current by a time word after the next "og": in "faldt
            # ned fra et tag for 10 år siden og har haft ondt lige siden" the fall is past.
            # A phrase that points back and tells the sign is back still does ("...
            # sidste år, og nu er det kommet igen").
            current = [
                t
                for t in current
                if t.kind is Kind.RETURNS
                or not any(last <= c.start < t.start for c in self.of(Kind.CLAUSE_WORD))
            ]
        # Another person's past verb tells their sign as a story ("min kollega fik
        # lammelser i benet"), not where the sign has a verb of its own in the present
        # after it ("min mand fik en prolaps og kan ikke holde på vandet").
        own_start = max(message.clause_of(first).start, first - OWN_VERB_REACH)
        own_verb = message.words[own_start : first + 1]
        own_present = not PRESENT.isdisjoint(own_verb) and PAST.isdisjoint(own_verb)
        past_tense = (
            person is Kind.OTHER
            and any(
                first - PAST_VERB_REACH <= t.start <= last
                and not (own_present and t.start < own_start)
                for t in self._in_sentence((Kind.PAST_VERB,), sentence)
            )
            and not self._story_dated_now(first)
        )
        # A sign is hypothetical when any part of it is: "hvis hun falder" makes a fall
        # and osteoporosis told two sentences before no sign.
        hypothetical = any(self._hypothetical_at(h.start) for h in hits)
        asked = message.asked[message.tokens[first].sentence]
        if hypothetical and asked and person is Kind.GENERIC:
            # "Hvis man ikke kan holde på vandet, er det så akut? Det er mig selv, det
            # startede i nat": a "what if" of anyone, then told as the writer's news.
            hypothetical = not self._told_as_news_after(sentence)
        if hypothetical and self._confirmed_after(sentence, last):
            hypothetical = False
        general = False
        if asked and not hypothetical:
            hypothetical = general = self._asked_in_general(sentence, first, last, person)
        if hypothetical and any(
            message.tokens[h.start].sentence > message.tokens[first].sentence
            and self._told_as_news(h)
            for h in hits
        ):
            # A sign's parts told apart, the question first: "Kan man få problemer med at
            # holde på tissen? Min mand har haft uheld to gange i dag" asks about his news.
            hypothetical = general = False
        sudden = [
            t
            for t in self._in_sentence((Kind.SUDDEN,), sentence)
            if message.tokens[t.start].clause in clauses
        ]
        if any(h.slot == WORSENING_SLOT for h in hits):
            # Getting worse, reported now ("siger at benet blev mere og mere lammet"): news.
            sudden += [t for t in self._in_sentence((Kind.REPORTED,), sentence) if t.end <= first]
        historical = over or (bool(history) and not current)
        return Verdict(
            self._negated(hits),
            historical,
            historical and not over and all(t.kind is Kind.HISTORY for t in history),
            past_tense and not current and not sudden,
            hypothetical,
            person is Kind.OTHER,
            person is Kind.ANIMAL or (person is Kind.GROUP and not (current or sudden)),
            general and person is Kind.GENERIC,
            any(
                t.start >= first
                and (t.start <= sentence.stop or self._points_back(sentence, t))
                and not any(first <= now.start < t.start for now in self.of(Kind.CURRENT))
                for t in self.of(Kind.PAIN_GONE)
            ),
        )
