"""Reading the shape of a message in a conversation: does it go on from what was said?

Pure functions over folded words, with the words themselves in knowledge/conversation.yaml.
The brain decides what to do with the answers (bot/brain.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.analysis import QUESTION_VERBS, QUESTION_WORDS, Message
from bot.knowledge import Record, load_record
from bot.normalise import fold

# "Which", as a question opens with it.
WHICH = frozenset({"hvilke", "hvilken", "hvilket", "which"})

# A "why" of at most this many words that points back asks about the last answer.
WHY_WORDS = 6
# "og på arbejdet?": a question in another setting opens with a clause of at most this
# many words.
SETTING_WORDS = 4
# Seeking help now is told in a few words; a longer message tells more than that.
ACTING_WORDS = 10


@dataclass(frozen=True)
class Phrases:
    """Folded phrases padded with a space on both sides, and one pattern that finds any of
    them: read for every message, one search instead of a scan per phrase."""

    phrases: tuple[str, ...]
    pattern: re.Pattern[str]

    def found_in(self, padded: str) -> bool:
        return self.pattern.search(padded) is not None

    def found_before_more(self, padded: str) -> bool:
        """Whether a phrase stands in the message with more words after it: "btw, hvad
        skal jeg lave til aftensmad?" turns to something else, "er murer btw" adds to what
        was said."""
        start = 0
        while match := self.pattern.search(padded, start):
            if match.end() < len(padded):
                return True
            start = match.end() - 1
        return False

    def found_undenied(self, padded: str, denied: Sequence[bool]) -> bool:
        """Whether a phrase stands in the message with a word the writer does not deny
        ("jeg tror ikke det er noget alvorligt" is no worry); `denied` is per word."""
        start = 0
        while match := self.pattern.search(padded, start):
            first = padded.count(" ", 0, match.start() + 1) - 1
            count = match.group().strip().count(" ") + 1
            span = denied[first : first + count]
            if not span or not all(span):  # no denials read: the phrase stands
                return True
            start = match.end() - 1  # the next phrase may begin at this one's last space
        return False


@dataclass(frozen=True)
class ConversationWords:
    openers: tuple[str, ...]
    conditionals: tuple[str, ...]
    settings: tuple[str, ...]
    pronouns: frozenset[str]
    exercise_pointers: frozenset[str]
    which_one: frozenset[str]
    short_message_words: int
    corrections: tuple[str, ...]
    correction_openers: frozenset[str]  # "undskyld 6 dage, ikke uger"
    positions: dict[tuple[str, ...], int]  # a place by its words: ("i", "midten")
    steps: dict[str, int]
    step_followers: frozenset[str]
    position_lead: frozenset[str]
    remaining: Phrases
    which_pointers: Phrases  # a which-word with no noun of its own: "hvilken er bedst?"
    topic_shifts: Phrases
    what_to_do_after: dict[str, str]  # entry id -> the entry a bare "hvad gør jeg?" gets
    people: frozenset[str]
    worry: Phrases
    hoped_not: Phrases
    feared_doing: Phrases
    about_oneself: Phrases
    the_same: Phrases
    health: frozenset[str]
    pain: frozenset[str]
    symptoms: frozenset[str]  # the back's state beside pain: "stiv", "låst"
    exercise_done: frozenset[str]
    exercise_pain: Phrases
    acknowledgements: Phrases
    confirmations: Phrases  # a yes that confirms what was told: "ja det er rigtigt"
    all_fine: Phrases  # everything else fine: "og alt andet er også fint"
    in_error: Phrases  # what was told, told in error: "jeg tog fejl", "skrev forkert"
    slips: Phrases  # a slip of the keys told: "stavefejl", "tastede forkert"
    relief: Phrases  # something helped: "øvelserne har virkelig hjulpet"
    said_before: Phrases  # points at what the bot said: "den øvelse du nævnte"
    negations: frozenset[str]  # words that deny what a phrase tells: "det hjalp ikke"
    about_the_warning: Phrases
    acting_on_the_warning: Phrases
    the_help_advised: Phrases
    acting_later: Phrases
    not_acting: Phrases
    seen_by: Phrases
    not_seen: Phrases
    subjects: frozenset[str]
    persons: frozenset[str]
    topic_pointers: frozenset[str]
    context_pointers: frozenset[str]  # with topic_pointers: words leaning on the chat
    indirect_questions: tuple[str, ...]
    elaborations: frozenset[str]
    more_please: frozenset[str]
    if_not: frozenset[str]
    why: tuple[str, ...]
    why_pointers: frozenset[str]
    why_it_helps: frozenset[str]
    why_fillers: frozenset[str]
    meaning: frozenset[str]
    yes: frozenset[str]
    no: frozenset[str]
    sad_emoji: frozenset[str]


def load_conversation_words(path: Path, what_to_do: Iterable[str]) -> ConversationWords:
    """`what_to_do`: the phrases that ask what to do ("hvad gør jeg", kept with the
    language's synonyms); those of several words ask in a story without a "?", as the
    file's `indirect_questions` do (a lone "tips" is as often told as asked)."""
    record = load_record(path)
    short = record.data.get("short_message_words")
    if not isinstance(short, int) or isinstance(short, bool) or short < 1:
        raise record.fail("'short_message_words' must be a whole number of at least 1")
    return ConversationWords(
        openers=_phrases(record, "openers"),
        conditionals=_phrases(record, "conditionals"),
        settings=_phrases(record, "settings"),
        pronouns=frozenset(fold(w) for w in record.texts("pronouns")),
        exercise_pointers=frozenset(fold(w) for w in record.texts("exercise_pointers")),
        which_one=frozenset(fold(w) for w in record.texts("which_one")),
        short_message_words=short,
        corrections=_phrases(record, "corrections"),
        correction_openers=frozenset(fold(w) for w in record.texts("correction_openers")),
        positions={tuple(place.split()): n for place, n in _numbers(record, "positions").items()},
        steps=_numbers(record, "steps"),
        step_followers=frozenset(fold(w) for w in record.texts("step_followers")),
        position_lead=frozenset(fold(w) for w in record.texts("position_lead")),
        remaining=_phrase_set(record, "remaining"),
        which_pointers=_phrase_set(record, "which_pointers"),
        topic_shifts=_phrase_set(record, "topic_shifts"),
        what_to_do_after=_ids(record, "what_to_do_after"),
        people=frozenset(fold(w) for w in record.texts("people")),
        worry=_phrase_set(record, "worry"),
        hoped_not=_phrase_set(record, "hoped_not"),
        feared_doing=_phrase_set(record, "feared_doing"),
        about_oneself=_phrase_set(record, "about_oneself"),
        the_same=_phrase_set(record, "the_same"),
        health=frozenset(fold(w) for w in record.texts("health")),
        pain=frozenset(fold(w) for w in record.texts("pain")),
        symptoms=frozenset(fold(w) for w in record.texts("symptoms")),
        exercise_done=frozenset(fold(w) for w in record.texts("exercise_done")),
        exercise_pain=_phrase_set(record, "exercise_pain"),
        acknowledgements=_phrase_set(record, "acknowledgements"),
        confirmations=_phrase_set(record, "confirmations"),
        all_fine=_phrase_set(record, "all_fine"),
        in_error=_phrase_set(record, "in_error"),
        slips=_phrase_set(record, "slips"),
        relief=_phrase_set(record, "relief"),
        said_before=_phrase_set(record, "said_before"),
        negations=frozenset(fold(w) for w in record.texts("negations")),
        about_the_warning=_phrase_set(record, "about_the_warning"),
        acting_on_the_warning=_phrase_set(record, "acting_on_the_warning"),
        the_help_advised=_phrase_set(record, "the_help_advised"),
        acting_later=_phrase_set(record, "acting_later"),
        not_acting=_phrase_set(record, "not_acting"),
        seen_by=_phrase_set(record, "seen_by"),
        not_seen=_phrase_set(record, "not_seen"),
        subjects=frozenset(fold(w) for w in record.texts("subjects")),
        persons=frozenset(fold(w) for w in record.texts("persons")),
        topic_pointers=frozenset(fold(w) for w in record.texts("topic_pointers")),
        context_pointers=frozenset(fold(w) for w in record.texts("context_pointers")),
        indirect_questions=(
            *_phrases(record, "indirect_questions"),
            *(f" {fold(p)} " for p in what_to_do if " " in p),
        ),
        elaborations=frozenset(fold(w) for w in record.texts("elaborations")),
        more_please=frozenset(fold(w) for w in record.texts("more_please")),
        if_not=frozenset(fold(w) for w in record.texts("if_not")),
        why=_phrases(record, "why"),
        why_pointers=frozenset(fold(w) for w in record.texts("why_pointers")),
        why_it_helps=frozenset(fold(w) for w in record.texts("why_it_helps")),
        why_fillers=frozenset(fold(w) for w in record.texts("why_fillers")),
        meaning=frozenset(fold(w) for w in record.texts("meaning")),
        yes=frozenset(fold(w) for w in record.texts("says_yes")),
        no=frozenset(fold(w) for w in record.texts("says_no")),
        sad_emoji=frozenset(record.texts("sad_emoji")),
    )


def _phrases(record: Record, key: str) -> tuple[str, ...]:
    """Folded phrases, each padded with a space on both sides for whole-word search."""
    return tuple(f" {fold(p)} " for p in record.texts(key))


def _phrase_set(record: Record, key: str) -> Phrases:
    phrases = _phrases(record, key)
    return Phrases(phrases, re.compile("|".join(re.escape(p) for p in phrases) or "(?!)"))


def _ids(record: Record, key: str) -> dict[str, str]:
    value = record.data.get(key)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise record.fail(f"'{key}' must be a mapping of entry id to entry id")
    return dict(value)


def _numbers(record: Record, key: str) -> dict[str, int]:
    value = record.data.get(key)
    if not isinstance(value, dict) or not value:
        raise record.fail(f"'{key}' must be a mapping of word to whole number")
    numbers = {}
    for word, number in value.items():
        if not isinstance(number, int) or isinstance(number, bool) or number == 0:
            raise record.fail(f"'{key}': '{word}' must map to a whole number other than 0")
        numbers[fold(str(word))] = number
    return numbers


@dataclass(frozen=True)
class FollowUp:
    """What a message's shape says about how it relates to the conversation."""

    goes_on: bool  # starts like a continuation, points back, or is too short to stand alone
    points_back: bool  # a pronoun points at what was said: "hvor længe skal jeg holde den?"
    which_of_those: bool  # a which-word with no noun of its own: "hvilken er mest skarp?"
    opens_on: bool  # starts like a continuation: "og ...", "hvad med ...", "men ..."
    correction: str | None  # the words after "nej, jeg mente", None if no correction
    position: int | None  # an exercise's place in the article's order (1-based, -1 = last)
    step: int | None  # a step from the exercise just spoken of (+1 next, -1 previous)
    remaining: bool  # asks for the exercise not yet spoken of ("den vi mangler")
    changes_topic: bool  # turns to something else: "btw, ...", "forresten ..."
    person: str | None  # the person the message is about, if it names one
    about_oneself: bool  # turns to the writer's own trouble: "men mig selv, ..."
    tells_the_same: bool  # tells the same of the writer: "jeg har det samme", "også"
    worried: bool  # the writer says they are afraid or worried
    # ... of a doing named right after: "er det farligt at flyve?"
    fears_doing: bool
    health: bool  # the message is about health at all
    tells_pain: bool  # the message speaks of pain ("ondt", "øm", "et jag")
    tells_symptom: bool  # ... or of the back's state ("stiv", "låst")
    # ... that doing an exercise brought: "når jeg laver den får jeg et skarpt jag"
    tells_pain_of_exercising: bool
    acknowledges: bool  # the message holds an acknowledgement or a goodbye
    confirms: bool  # ... or says that what was told is so: "ja det er rigtigt", "præcis"
    all_fine: bool  # tells all else fine: "feberen er væk og alt andet er også fint"
    corrects: bool  # tells what was said before in error: "glem det, det passer ikke"
    # opens by correcting what was just told, or tells a slip: "nej jeg er 27", "undskyld 6
    # dage, ikke uger", "sorry stavefejl, jeg er 47"
    opens_correction: bool
    tells_relief: bool  # tells, with no denial, that something helped: "varmen hjalp"
    about_the_warning: bool  # after a warning: speaks of waiting, how urgent, whom to call
    # ... in what it asks: "tak, jeg ringer i morgen. kan styrketræning gøre det værre?"
    # speaks of the warning (it stands) but asks about training (answered below it)
    asks_about_the_warning: bool
    # After a warning: asks nothing and tells, in a few words, that the writer seeks the
    # help advised, now or with no time said ("ok jeg ringer til lægevagten nu", "tak, jeg
    # ringer til lægen"), with no word of waiting or trouble.
    acts_on_the_warning: bool
    # ... at a later time ("jeg ringer til lægen mandag morgen"): what a sign for the next
    # days asks, not one for today or now
    acts_later_on_the_warning: bool
    # Tells that the help was had, with no word of it dated earlier or failing ("ok var hos
    # vagtlægen", "har været på skadestuen, de siger det er en prolaps").
    had_the_help: bool
    elaborates: bool  # asks for more of the last answer: "hvorfor?", "hvorfor hjælper den?"
    more_please: bool  # asks only for the rest of the last answer, as "0" does: "mere"
    asks_meaning: bool  # the whole message asks what the thing just spoken of is
    conditional: bool  # opens with "og hvis", "hvad hvis": what changes if something is so
    in_setting: bool  # asks in a few words "og på arbejdet?", "og om natten?"
    if_not: bool  # the whole message asks "og hvis ikke?": if it does not pass or help
    # The whole message says only yes (True) or no (False) ("ja tak", "nej"); else None.
    says_yes: bool | None
    # Asks nothing, tells of a person and points at no topic: "hun er 66", "jeg skriver
    # for min far" (a detail, if nothing the article speaks of is named).
    tells_of_someone: bool


def had_the_help(words: ConversationWords, message: Message) -> bool:
    """Whether a short message that asks nothing tells the help advised was had: a word of
    `seen_by` followed at once by the help ("ok var hos vagtlægen"), with no word that dates
    it, tells it failed or is still to come."""
    if any(message.asked) or len(message.words) > ACTING_WORDS:
        return False
    padded = f" {message.folded} "
    if words.not_seen.found_in(padded):
        return False
    return any(
        words.the_help_advised.pattern.match(padded, seen.end() - 1)
        for seen in words.seen_by.pattern.finditer(padded)
    )


def _step(words: ConversationWords, message: Message) -> int | None:
    """The step a message asks for from the exercise spoken of: "næste" or "forrige" that
    ends its clause or stands before a word of `step_followers` ("den næste?", "næste
    øvelse"), not one of another thing ("i næste uge", "næste skridt")."""
    tokens = message.tokens
    for index, token in enumerate(tokens):
        if token.word not in words.steps:
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is None or after.clause != token.clause or after.word in words.step_followers:
            return words.steps[token.word]
    return None


def read(words: ConversationWords, message: Message, denied: Sequence[bool] = ()) -> FollowUp:
    """The message's shape; `denied` marks the words the writer denies (per word)."""
    folded = message.words
    padded = f" {message.folded} "
    pain = tells_pain(words, message)
    unacknowledged = without_acknowledgements(words, message)
    # "ok, hvad så med lænden?": an opener after a word of acknowledgement
    opens_on = _opens_on(words, unacknowledged)
    # "hvilken er mest skarp?": which of the things just spoken of
    which_back = words.which_pointers.found_in(padded)
    # seeks the help advised, at some time ("ok jeg ringer til lægen mandag")
    acting = (
        not any(message.asked)
        # "min læge har lukket, hvem ringer jeg til" asks whom to call
        and not any(message.words[clause.start] in QUESTION_WORDS for clause in message.clauses)
        and len(folded) <= ACTING_WORDS
        and words.acting_on_the_warning.found_in(padded)
        and words.the_help_advised.found_in(padded)
        and not words.not_acting.found_in(padded)
    )
    return FollowUp(
        goes_on=which_back or _goes_on(words, folded, opens_on),
        points_back=which_back or points_back(words, folded),
        which_of_those=which_back,
        opens_on=opens_on,
        correction=_correction(words, padded),
        position=_position(words, folded),
        step=_step(words, message),
        remaining=words.remaining.found_in(padded),
        changes_topic=_changes_topic(words, padded, unacknowledged),
        person=next((w for w in folded if w in words.people), None),
        about_oneself=words.about_oneself.found_in(padded),
        tells_the_same=words.the_same.found_in(padded),
        worried=words.worry.found_undenied(padded, denied) or words.hoped_not.found_in(padded),
        fears_doing=words.feared_doing.found_before_more(padded),
        health=not words.health.isdisjoint(folded),
        tells_pain=pain,
        tells_symptom=pain or not words.symptoms.isdisjoint(folded),
        tells_pain_of_exercising=not words.exercise_done.isdisjoint(folded)
        and words.exercise_pain.found_in(padded),
        # "ok tak", not "han har det ikke godt"
        acknowledges=words.acknowledgements.found_undenied(padded, denied),
        confirms=words.confirmations.found_undenied(padded, denied),
        all_fine=words.all_fine.found_undenied(padded, denied),
        corrects=words.in_error.found_in(padded),
        opens_correction=(bool(folded) and folded[0] in words.correction_openers)
        or words.slips.found_in(padded),
        tells_relief=words.relief.found_in(padded) and words.negations.isdisjoint(folded),
        about_the_warning=words.about_the_warning.found_in(padded),
        asks_about_the_warning=words.about_the_warning.found_in(_asking_part(message, padded)),
        acts_on_the_warning=acting and not words.acting_later.found_in(padded),
        acts_later_on_the_warning=acting and words.acting_later.found_in(padded),
        had_the_help=had_the_help(words, message),
        elaborates=_elaborates(words, message, pain),
        more_please=message.folded in words.more_please,
        asks_meaning=message.folded in words.meaning,
        conditional=padded.startswith(words.conditionals),
        in_setting=padded.startswith(words.settings) and len(message.clauses[0]) <= SETTING_WORDS,
        if_not=message.folded in words.if_not,
        says_yes=True
        if message.folded in words.yes
        else False
        if message.folded in words.no
        else None,
        tells_of_someone=not asks(words, message)  # "må jeg godt gå lange ture" asks
        and not any(w in QUESTION_WORDS for w in folded)  # "og hvem skal jeg gå til"
        and any(w in words.persons or w in words.people for w in folded)
        and not any(w in words.topic_pointers for w in folded),
    )


def _asking_part(message: Message, padded: str) -> str:
    """The asking sentences of a message that has some, padded; else the whole message:
    "tak, jeg ringer i morgen. kan styrketræning gøre det værre?" asks about training."""
    if all(message.asked) or not any(message.asked):
        return padded
    asking = [
        message.words[i]
        for sentence, asked in zip(message.sentences, message.asked, strict=True)
        if asked
        for i in sentence
    ]
    return f" {' '.join(asking)} "


def tells_pain(words: ConversationWords, message: Message) -> bool:
    """Whether the message speaks of pain ("ondt", "øm", "et jag")."""
    return not words.pain.isdisjoint(message.words)


def _elaborates(words: ConversationWords, message: Message, pain: bool) -> bool:
    """Whether the message asks for more of the last answer: an elaboration alone or a
    short "why" that points back ("hvorfor hjælper den?"). Also, when it tells no pain
    (a why of pain asks about the pain: "hvorfor? det gør ondt når jeg laver den"), a
    pointing "why" after an opener ("og hvorfor er den god?"; not "og hvorfor?", which
    asks why of the topic), and an elaboration that opens the message, the rest telling,
    not asking ("hvorfor ikke? så kunne man jo se det")."""
    folded = message.words
    if message.folded in words.elaborations or _asks_why_of_it(words, folded):
        return True
    if pain:
        return False
    padded = f" {message.folded} "
    lead = next((p.count(" ") - 1 for p in words.openers if padded.startswith(p)), 0)
    if lead and _asks_why_of_it(words, folded[lead:]):
        return True
    several = len(message.sentences) > 1
    opening = message.sentences[0] if several else message.clauses[0] if folded else range(0)
    return (
        0 < len(opening) < len(folded)
        and " ".join(folded[i] for i in opening) in words.elaborations
        and not any(message.asked[1:])
        and (several or "?" not in message.text)
    )


def _asks_why_of_it(words: ConversationWords, folded: tuple[str, ...]) -> bool:
    """A short "why" that points back ("hvorfor hjælper den?"), or asks why it helps and
    names nothing else ("hvorfor virker det egentlig?"; not "hvorfor virker panodil ikke
    på mig?"): why of the last answer, not the causes of back pain."""
    padded = f" {' '.join(folded)} "
    rest = folded[1:]
    helps = not words.why_it_helps.isdisjoint(rest) and all(
        w in words.why_it_helps or w in words.pronouns or w in words.why_fillers for w in rest
    )
    return (
        len(folded) <= WHY_WORDS
        and any(padded.startswith(opener) for opener in words.why)
        and (any(w in words.why_pointers for w in rest) or helps)
    )


def person(words: ConversationWords, text: str) -> str | None:
    """The person a message is about, if it names one ("min far")."""
    return next((w for w in fold(text).split() if w in words.people), None)


def _opens_on(words: ConversationWords, text: str) -> bool:
    """Whether folded `text` starts like a continuation ("og ...", "hvad med ...")."""
    padded = f" {text} "
    return padded.startswith(words.openers)


def _goes_on(words: ConversationWords, folded: tuple[str, ...], opens_on: bool) -> bool:
    if not folded:
        return False
    if len(folded) <= words.short_message_words or opens_on:
        return True
    return not words.pronouns.isdisjoint(folded)


def points_back(words: ConversationWords, folded: tuple[str, ...]) -> bool:
    """Whether a pronoun points at what was said before; not the "det" that stands for an
    "at" clause after it. (`_goes_on` counts that "det" too: "hvorfor er det bedre at være
    lidt aktiv?" still reads best with the chat.)"""
    return any(
        word in words.pronouns and not _stands_for_what_follows(folded, index)
        for index, word in enumerate(folded)
    )


def _stands_for_what_follows(folded: tuple[str, ...], index: int) -> bool:
    """Whether the word is the "det" that stands for an "at" clause after it ("hvor lang
    tid tager det at koge et æg?", "er det farligt at flyve?"), pointing at nothing said
    before."""
    return folded[index] == "det" and "at" in folded[index + 1 : index + 3]


def _correction(words: ConversationWords, padded: str) -> str | None:
    """What the writer meant, when they correct the bot ("nej, jeg mente om ...")."""
    for phrase in words.corrections:
        found = padded.find(phrase)
        if found >= 0:
            return padded[found + len(phrase) :].strip() or None
    return None


def _position(words: ConversationWords, folded: tuple[str, ...]) -> int | None:
    """A place named as "den første", "den sidste", "nr 2", "den i midten"; not "en anden
    ting"."""
    for i in range(1, len(folded)):
        if folded[i - 1] not in words.position_lead:
            continue
        for place, number in words.positions.items():
            if folded[i : i + len(place)] == place:
                return number
    return None


def _changes_topic(words: ConversationWords, padded: str, unacknowledged: str) -> bool:
    """Whether the message (`padded`; `unacknowledged`: its words without those of
    acknowledgement) turns to something else: a word of `topic_shifts` with more after it
    ("btw, kan du anbefale nogle løbesko?"), and the rest would not go on from the chat
    alone ("btw hvor mange?", "forresten, hvad er den godt for?" still do)."""
    if not words.topic_shifts.found_before_more(padded):
        return False
    rest = f" {unacknowledged} "
    for phrase in words.topic_shifts.phrases:
        rest = rest.replace(phrase, " ")
    return not _goes_on(words, tuple(rest.split()), _opens_on(words, " ".join(rest.split())))


def without_acknowledgements(words: ConversationWords, message: Message) -> str:
    """The message's folded words with its words of acknowledgement taken out."""
    padded = f" {message.folded} "
    for phrase in words.acknowledgements.phrases:
        while phrase in padded:
            padded = padded.replace(phrase, " ")
    return " ".join(padded.split())


@dataclass(frozen=True)
class Story:
    """A message of several sentences, or one cut at its asking clause: what it asks, and
    the situation around it."""

    questions: tuple[str, ...]  # the asking sentences (or clause), in order
    situation: str  # the other sentences
    asking: tuple[int, ...]  # the asking sentences' places in the message
    # The questions cannot stand alone: short, and pointing back ("Hvorfor det?").
    leans_on_situation: bool


def _asks(words: ConversationWords, sentence: list[str]) -> bool:
    """Whether a sentence that neither ends in "?" nor opens with a question word
    (`Message.asked`) asks all the same: a verb and its subject first ("kan jeg", not
    "har ondt i lænden")."""
    return len(sentence) > 1 and sentence[0] in QUESTION_VERBS and sentence[1] in words.subjects


def asks(words: ConversationWords, message: Message) -> bool:
    """Whether some sentence of the message asks ("må jeg styrketræne med ondt i
    lænden" asks without a "?")."""
    return any(message.asked) or any(
        _asks(words, [message.words[i] for i in sentence]) for sentence in message.sentences
    )


def story(words: ConversationWords, message: Message, cut_clauses: bool = False) -> Story | None:
    """The asking sentences of a message of several sentences, None if it is not such a
    message or asks nothing a sentence can show ("?", a question word first, or an
    indirect question). With `cut_clauses`, a sentence told, then asked after a comma
    ("fik hold i ryggen i går, hvad hjælper hurtigt") is cut there: its last clause asks,
    the rest is told."""
    units: list[tuple[int, range, bool]] = []  # (sentence, its words, whether they ask)
    for n, sentence in enumerate(message.sentences):
        cut = message.asking_clause(n, words.subjects) if cut_clauses else None
        if cut is None:
            units.append((n, sentence, message.asked[n]))
        else:
            units += [(n, range(sentence.start, cut), False), (n, range(cut, sentence.stop), True)]
    if len(units) < 2:
        return None
    texts = [" ".join(message.words[i] for i in unit) for _, unit, _ in units]
    asking = [u for u, (_, _, asks) in enumerate(units) if asks] or [
        u for u, text in enumerate(texts) if _asks(words, text.split())
    ]
    # "Jeg tænker på om det er bedst at blive hjemme": asked without a question mark.
    asking += [
        u
        for u, text in enumerate(texts)
        if u not in asking and any(p in f" {text} " for p in words.indirect_questions)
    ]
    asking.sort()
    if not asking or len(asking) == len(texts):
        return None
    # "... nogle øvelser hjemme. Hvilke kan du anbefale?": a "which" without its noun
    # asks together with the sentence before it, which names the noun.
    named_before = {
        u - 1 for u in asking if u and u - 1 not in asking and _which_without_noun(texts[u].split())
    }
    situation = " ".join(
        text for u, text in enumerate(texts) if u not in asking and u not in named_before
    )
    questions = tuple(
        f"{texts[u - 1]} {texts[u]}" if u - 1 in named_before else texts[u] for u in asking
    )
    leans = all(
        len(q.split()) <= words.short_message_words and any(w in words.pronouns for w in q.split())
        for q in questions
    )
    sentences = tuple(dict.fromkeys(units[u][0] for u in asking))
    return Story(questions, situation, sentences, leans)


def _which_without_noun(question: list[str]) -> bool:
    """Whether a question opens with "which" and a verb, not a noun: it points back to
    what the story named ("... nogle øvelser hjemme. Hvilke kan du anbefale?")."""
    return len(question) > 1 and question[0] in WHICH and question[1] in QUESTION_VERBS
