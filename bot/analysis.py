"""One analysis of a message, read by every stage that needs the text.

A message is folded once and cut once into sentences, clauses and words. Red flags,
small talk, topics the article does not cover and the matcher all read this object;
none of them folds or splits the text again.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import NamedTuple

from bot.normalise import fold, undot_abbreviations

# A sentence: text up to and including its end marks (a dot inside a number is no end,
# nor dots that trail off into a word in lower case, as "…" does: "svært ved at gå... til
# fitness").
_SENTENCE = re.compile(r"(?:[^.!?\n]+|\.(?=\d)|\.{2,}(?=\s*[a-zæøå]))+[.!?]*|[.!?]+")
# A sentence that starts with one of these asks, with or without a "?".
QUESTION_WORDS = frozenset(
    {"hvad", "hva", "hvorfor", "hvordan", "hvornår", "hvilke", "hvilken", "hvilket", "hvor"}
    | {"hvem", "what", "why", "how", "when", "which"}
)
# Verbs that open a question ("kan jeg ...?", "hjælper varme ...?"). A clause of an asking
# sentence that starts with one, or with a question word, is a question of its own:
# "ingen feber, hjælper varme eller kulde bedst?" lists nothing.
QUESTION_VERBS = frozenset(
    {"kan", "skal", "bør", "må", "er", "har", "hjælper", "gør", "vil", "burde", "findes"}
    | {"nytter", "giver", "virker", "can", "should", "does", "do", "is", "are"}
)
# Words that join a second question to the first inside a sentence ("..., og hvor lang tid
# varer det?", "hvad hjælper hurtigt og hvornår skal jeg til læge").
_JOINERS = frozenset({"og", "men", "eller", "and", "but", "or"})
# A verb before its subject after a joining word asks too: "... og skal jeg have en MR?"
SUBJECTS = frozenset({"jeg", "du", "man", "han", "hun", "vi", "de", "det", "den", "i"})
# Finite verbs that open a clause telling the writer's news with its subject dropped, as
# chat drops it ("har feber og ondt i ryggen, er det farligt?", "hvad hjælper hurtigt,
# skal på arbejde i morgen"); followed by a subject they ask instead ("skal jeg ...?").
TELLING_VERBS = frozenset(
    {"har", "havde", "fik", "er", "var", "blev", "kan", "kunne", "vågner", "vågnede", "sover"}
    | {"tisser", "tissede", "mærker", "mærkede", "føler", "følte", "snubler", "snublede"}
    | {"falder", "faldt", "slæber", "taber", "tabte", "ligger", "lå", "mangler", "tabt"}
    | {"skal", "sidder", "arbejder", "løfter", "løftede", "går", "gik", "laver", "lavede"}
)
# The subject a verb that asks is followed by: a person, or "der" ("er der noget ...?").
ASKED_SUBJECTS = SUBJECTS | {"der"}
# Question words that also join a relative clause ("..., hvilket gør ondt"): they ask
# only in a sentence that asks.
RELATIVE_WORDS = frozenset({"hvor", "hvilket", "hvilke", "hvilken", "hvem", "which"})
# Words after "hvor" that make it ask how long, often or much, not a relative "where".
_DEGREES = frozenset({"længe", "lang", "tit", "ofte", "mange", "meget", "hurtigt", "slemt"})
# A message whose every sentence is this short is written in fragments.
TELEGRAPHIC_WORDS = 3
# Voice typing writes punctuation as words ("... i går punktum skal jeg ..."): in a
# message that ends a sentence so, every spoken mark is read as the mark it names.
_SPOKEN_MARKS = {"punktum": ".", "spørgsmålstegn": "?", "udråbstegn": "!", "komma": ","}
_SPOKEN_END = re.compile(r"\b(?:punktum|spørgsmålstegn)\b", re.IGNORECASE)
_SPOKEN_MARK = re.compile(r"\s*\b(punktum|spørgsmålstegn|udråbstegn|komma)\b", re.IGNORECASE)
# An emoji between words ends a clause, as chat writers use it for a stop: "endnu en nat
# uden søvn 😩 lænden holder mig vågen" (the "uden" does not reach the back); not right
# after a denial that goes on past it, which it only colours ("ingen 😅 problemer med at
# tisse", "har ikke 🙏 tabt mig"), but after one that closes its clause ("det har jeg
# IKKE 😅 skal jeg ...", "den vågner ikke 😅 ondt i ryggen").
_EMOJI_BETWEEN = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]+\ufe0f?(?=\s+\w)")
# How far back the words before an emoji are looked for (two words, read without
# backtracking over a long word).
_BEFORE_EMOJI = 60
# Denials that go on to what they deny ("ingen 😅 problemer med at tisse") ...
_DENYING_DETERMINERS = frozenset({"ingen", "intet", "uden", "no", "without"})
# ... and those that go on only after a verb that needs one after them ("har ikke 🙏 tabt
# mig", "kan ikke 😅 mærke"); after another verb they close its clause ("den vågner ikke
# 😅 ondt i ryggen siden fredag").
_DENIALS = frozenset({"ikke", "ej", "aldrig", "not", "never"})
_AUXILIARIES = frozenset(
    {"har", "havde", "er", "var", "kan", "kunne", "skal", "skulle", "vil", "ville", "må"}
    | {"måtte", "bør", "burde", "have", "has", "had", "can", "could", "do", "does", "did"}
    | {"am", "is", "are", "was", "were", "i'm", "im"}
)
# ... or before a word that goes on with the denied clause ("tisser ikke 😅 i bukserne"),
# or opening the message ("Ikke 😅 feber").
_GOING_ON = frozenset({"i", "på", "med", "til", "om", "for", "af", "ved", "fra", "in", "on", "at"})
# Dots that trail off into a person who goes on to tell something ("... er et rødt flag
# ved rygsmerter... jeg har tabt 6 kg"): a new clause in the same sentence, so that what
# the words before them ask or suppose does not reach it ("svært ved at gå... til
# fitness" stays one clause).
_TRAILING_DOTS = r"(?:\.{2,}|…)(?=\s*(?i:jeg|han|hun|vi|min|mit|mine|hans|hendes)\b)"
# A short aside in brackets, a word or two such as an age ("min far (71) falder"), goes on
# with its clause; a longer one ("(hun er 24)") is a clause of its own.
_SHORT_ASIDE = re.compile(r"\(\s*(\w+(?:\s\w+)?)\s*\)")
# ... unless it denies or names a person, which it keeps to itself ("feber (ikke høj)",
# "min mand (ikke mig) har feber").
_ASIDE_OWN_WORDS = frozenset(
    {"ikke", "ik", "ej", "aldrig", "ingen", "intet", "uden", "not", "no", "never"}
    | {"jeg", "mig", "du", "dig", "han", "ham", "hun", "hende", "me", "him", "her"}
)
# Punctuation that ends a clause inside a sentence (a comma in "38,5" and the colon of a
# ratio, "5:2", do not; a clock time's does: "for 2 år siden 9:30 vågnede jeg og ..."), and
# the number of a numbered list ("1) feber: nej 2) vægttab: nej"): one or two digits with
# nothing but white space before them, written to start at the digit so that the regex
# engine skips straight to the characters a mark can start with.
_CLAUSE_MARK = re.compile(
    r"[;()\[\]]|(?<!\d):|:(?!\d(?!\d))|[,](?!\d)|\s[-–—]\s|\d(?<!\S\d)\d?\)|" + _TRAILING_DOTS
)

# Run-on messages: chat often writes two main clauses with no mark between them ("var til
# lægen for 2 uger siden jeg kan ikke holde på vandet", "har ikke feber mit ben bliver
# svagere"). A main clause puts its finite verb right after its subject ("jeg kan ikke",
# where a subordinate clause has "at jeg ikke kan"), so a subject right before such a verb
# opens one, unless the word before it holds it in the clause before: a word that joins or
# governs it, a determiner, or a verb it is the inverted subject of ("tror jeg"); a verb of
# thinking or a condition a few words before governs it too ("tror ikke jeg har"); a denial
# closes its clause ("ryger ikke mit ben bliver ..."). A time put first keeps its clause
# whole ("i morges kunne jeg gå nu kan jeg ikke" tells a change, "for et år siden jeg havde
# feber" a past), and so does a noun a relative clause may follow ("feberen jeg havde");
# but a time of the past put first, its verb in the past before its subject, opens a clause
# of then ("... sidste år havde jeg en prolaps").
# Times of the past that may open a clause with the verb before its subject ("sidste år
# havde jeg"), by their first word and the words that complete them, and verbs in the past.
_PAST_TIMES: dict[str, frozenset[str]] = {
    "sidste": frozenset({"år", "uge", "måned", "sommer", "vinter", "forår", "efterår", "gang"}),
    "forrige": frozenset({"år", "uge", "måned"}),
    "i": frozenset({"fjor", "forgårs"}),
}
_PAST = frozenset(
    {"havde", "var", "fik", "kunne", "blev", "gik", "faldt", "trøde", "mærkede", "følte"}
)
_RUN_ON_PERSONS = frozenset({"jeg", "han", "hun", "vi", "de", "du", "det", "den"})
_PEOPLE = _RUN_ON_PERSONS - {"det", "den"}
_RUN_ON_POSSESSIVES = frozenset(
    {"min", "mit", "mine", "din", "dit", "dine", "hans", "hendes", "vores", "deres"}
)
# A subject noun in its definite form ("forkølelsen er overstået", "benet bliver ..."), of
# at least this many letters, not an adverb or pronoun that ends the same way.
_RUN_ON_NOUN_LENGTH = 5
_DEFINITE_ENDINGS = ("en", "et", "ne")
_RUN_ON_NOT_NOUNS = frozenset(
    {"nogen", "ingen", "noget", "meget", "intet", "andet", "hinanden", "siden", "næsten"}
    | {"alene", "sammen", "medens"}
)
# Words of time that a writer may put first with the subject after them ("sidste år jeg
# havde feber"), and determiners that open a noun a relative clause may follow ("et
# problem jeg har haft længe").
_TIME_NOUNS = frozenset(
    {"år", "uge", "uger", "måned", "måneder", "dag", "dage", "gang", "weekend", "morges"}
    | {"aftes", "nat", "går", "timer", "time", "sommer", "vinter", "forår", "efterår"}
    | {"julen", "påsken", "ferien", "weekenden", "sommeren", "vinteren", "foråret"}
    | {"efteråret", "morgenen", "aftenen", "natten", "dagen", "ugen", "måneden", "året"}
)
_NOUN_DETERMINERS = frozenset(
    {"en", "et", "den", "det", "de", "nogle", "noget", "samme", "min", "mit", "mine"}
    | {"din", "dit", "dine", "hans", "hendes", "vores", "deres", "sin", "sit", "sine"}
)
_BEING = frozenset({"er", "var", "blev", "bliver"})
_PERFECT_OR_DENIAL = frozenset(
    {"har", "havde", "er", "var", "blev", "ikke", "ik", "ej", "aldrig", "have", "has", "had"}
)
_RUN_ON_NOUN_VERBS = frozenset(
    {"er", "var", "har", "havde", "bliver", "blev", "gør", "gjorde", "går", "gik", "kan"}
    | {"kunne", "føles", "føltes", "forsvinder", "forsvandt", "kom", "kommer", "startede"}
    | {"begyndte", "begynder", "sidder", "stråler", "snurrer", "prikker", "sover"}
)
_RUN_ON_VERBS = _RUN_ON_NOUN_VERBS | frozenset(
    {"skal", "skulle", "vil", "ville", "må", "måtte", "får", "fik", "føler", "følte"}
    | {"mærker", "mærkede", "vågner", "vågnede", "tisser", "tissede", "snubler", "falder"}
    | {"faldt", "ligger", "lå", "tror", "synes", "tænker", "mangler", "taber", "tabte"}
    | {"slæber", "løfter", "løftede", "arbejder", "laver", "lavede", "trøde", "syntes"}
)
# A condition put first ("hvis ...", also after a word or two: "og hvis", "nogle gange
# hvis"): the main clause after it, without a comma, opens with its finite verb before
# its subject. (Only Danish words: English puts no verb first there. The red-flag
# context's `CONDITIONS` are all words of a supposition, these the ones that cut.)
CONDITION_WORDS = frozenset({"hvis", "såfremt"})
CONDITION_REACH = 3
_FINITE_VERBS = _RUN_ON_VERBS | TELLING_VERBS | QUESTION_VERBS | _AUXILIARIES | {"står", "stod"}
# Words a main clause's verb does not follow: it would be governed by them ("hvis jeg
# ved at det gør ...", "hvis jeg går og bærer min taske"), or be their subject's ("...
# mens jeg laver den").
_CONSEQUENT_NOT_AFTER = (
    _RUN_ON_PERSONS
    | {"og", "men", "eller", "at", "som", "der", "fordi", "når", "hvis", "om", "da", "mens"}
    | {"til", "i", "på", "med", "af", "fra", "for", "ved", "under", "over", "uden", "mod"}
    | {"en", "et", "den", "det", "de", "ikke", "ik", "and", "or", "but"}
)
# Verbs of thinking, fearing or telling, a few words before a subject, govern the clause it
# opens ("troede et øjeblik jeg havde tisset", "frygter han har cauda equina"), as do words
# of a condition ("hvis nu jeg får feber", "lad os sige jeg falder"); written folded, as
# every word set here ("troede" is "trøde").
_REPORTING_VERBS = frozenset(
    {"tror", "trøde", "tænker", "tænkte", "synes", "syntes", "mener", "mente", "frygter"}
    | {"frygtede", "håber", "håbede", "drømte", "drømmer", "siger", "sagde", "fortalte"}
    | {"læste", "hørte", "skrev", "spørger", "spurgte", "vidste", "regner", "gætter"}
    | {"bange", "bekymret", "nervøs", "sikker", "usikker", "think", "thought", "fear"}
    | {"skræmt", "angst", "sige", "hvis", "såfremt", "sæt", "antag", "forestil", "tænk", "if"}
)
# How far before a "siden" the "for" of a date is looked for ("for to og en halv uge siden").
_DATE_REACH = 6
# Question words that open a direct question in a run-on message when their verb follows
# right after them (with "hvor", also after "længe", "tit" and the like).
_QUESTION_OPENERS = frozenset({"hvad", "hvorfor", "hvordan", "hvornår", "hvor", "hvem"})
_HOW_MUCH = frozenset({"længe", "lang", "tit", "ofte", "meget", "mange", "hurtigt", "slemt"})
_RUN_ON_HOLDERS = (
    _RUN_ON_VERBS
    | _RUN_ON_POSSESSIVES
    | frozenset({"og", "men", "eller", "samt", "at", "som", "der", "fordi", "for", "når"})
    | {"hvis", "da", "mens", "selvom", "selv", "om", "end", "så", "før", "efter", "indtil"}
    | {"til", "hvor", "hvordan", "hvad", "hvorfor", "hvornår", "hvilke", "hvilken"}
    | {"hvilket", "hvem", "i", "på", "med", "af", "fra", "ved", "under", "over", "uden"}
    | {"mod", "imod", "hos", "gennem", "bag", "mellem", "omkring", "ad", "pga", "blandt"}
    | {"ingen", "intet", "hele", "halve", "begge", "selve", "nej", "ja", "jo", "nå"}
    | {"altså", "nu", "dengang", "idet", "eftersom", "skønt", "medmindre", "inden"}
    | {"ligesom", "såsom", "hvorimod", "imens", "okay", "ok"}
    | {"den", "det", "de", "en", "et", "denne", "dette", "disse", "sin", "sit", "sine"}
    | {"have", "haft", "været", "blevet", "kunnet", "gjort", "fået", "sagt", "hørt", "læst"}
    | {"and", "but", "or", "if", "that", "because", "when", "not"}
    | QUESTION_VERBS
    | TELLING_VERBS
)


class Token(NamedTuple):
    """One word of a message, folded ("Blæren," -> "blæren"); a tuple, as every message
    and every knowledge text at start-up makes many."""

    word: str
    sentence: int  # index of its sentence in the message
    clause: int  # index of its clause in the whole message (clauses never span sentences)


@dataclass(frozen=True)
class Message:
    """A message as every stage reads it.

    `tokens` are all words in order; a sentence or clause is a range of token indices.
    """

    text: str
    folded: str
    tokens: tuple[Token, ...]
    sentences: tuple[range, ...]
    asked: tuple[bool, ...]  # per sentence: it ends in "?" or starts with "hvad", "why", ...
    clauses: tuple[range, ...]

    @cached_property
    def words(self) -> tuple[str, ...]:
        return tuple(token.word for token in self.tokens)

    @cached_property
    def telegraphic(self) -> bool:
        """Written in fragments, a full stop after every word or two ("ryg. ben svagt.
        værre hver time."): its sentences are one sentence in meaning."""
        return len(self.sentences) > 1 and all(
            len(sentence) <= TELEGRAPHIC_WORDS for sentence in self.sentences
        )

    def sentence_of(self, index: int) -> range:
        return self.sentences[self.tokens[index].sentence]

    def clause_of(self, index: int) -> range:
        return self.clauses[self.tokens[index].clause]

    def questions(self) -> tuple[str, ...]:
        """The questions the message asks, each as its folded words, when it asks more than
        one: its asking sentences, each cut where a clause opens a question of its own
        ("hjælper varme eller kulde bedst, og hvor lang tid varer det?") or a joining word
        opens one with a question word ("hvad hjælper hurtigt og hvornår skal jeg til
        læge"). A part that opens with neither is context, not a question. () if one."""
        words = self.words
        clause_starts = {clause.start for clause in self.clauses}
        found: list[str] = []
        for sentence, asked in zip(self.sentences, self.asked, strict=True):
            if not asked:
                continue
            starts = [sentence.start]
            for i in range(sentence.start + 1, sentence.stop):
                after = words[i + 1] if i + 1 < sentence.stop else ""
                joined = words[i] in _JOINERS
                opens_here = i in clause_starts and (_opens(words[i]) or (joined and _opens(after)))
                subject = words[i + 2] if i + 2 < sentence.stop else ""
                joiner_asks = joined and (
                    after in QUESTION_WORDS or (after in QUESTION_VERBS and subject in SUBJECTS)
                )
                if opens_here or joiner_asks:
                    starts.append(i)
            for start, stop in zip(starts, [*starts[1:], sentence.stop], strict=True):
                joined = words[start] in _JOINERS and start + 1 < stop
                if _opens(words[start + 1] if joined else words[start]) or len(starts) == 1:
                    found.append(" ".join(words[start:stop]))
        return tuple(found) if len(found) > 1 else ()

    def asking_parts(self) -> list[range]:
        """The parts of the message that ask: each sentence marked as asking, whole, and in
        the others each clause that opens a question without its "?" ("min læge har lukket,
        hvem ringer jeg til")."""
        parts: list[range] = []
        for number, sentence in enumerate(self.sentences):
            if self.asked[number]:
                parts.append(sentence)
                continue
            clauses = range(
                self.tokens[sentence.start].clause, self.tokens[sentence.stop - 1].clause + 1
            )
            parts += [self.clauses[c] for c in clauses if self.clause_asks(c)]
        return parts

    def asking_clause(self, sentence: int, subjects: Collection[str]) -> int | None:
        """Where the last clause of a sentence starts, if it asks after clauses that tell
        ("fik hold i ryggen i går, hvad hjælper hurtigt"): a question word first (one that
        may be relative, "hvor", only in a sentence that asks), or a verb and its subject
        ("..., kan jeg træne?"). None for a sentence of one clause or another last one."""
        span = self.sentences[sentence]
        last = self.tokens[span.stop - 1].clause
        start = self.clauses[last].start
        if start == span.start:
            return None
        return start if self.clause_asks(last, subjects) else None

    def tells_without_subject(self, clause: int) -> bool:
        """Whether a clause opens with a verb of telling and no subject after it: the
        writer's news, its subject dropped as chat drops it ("..., skal på arbejde i
        morgen"), not a question ("..., skal jeg blive hjemme?")."""
        span = self.clauses[clause]
        return (
            len(span) >= 2
            and self.words[span.start] in TELLING_VERBS
            and self.words[span.start + 1] not in ASKED_SUBJECTS
        )

    def told_beside_question(self) -> list[bool]:
        """Per word, whether it stands in a clause that tells, with its subject dropped,
        after a clause of its asking sentence that asks ("hvad hjælper hurtigt, skal på
        arbejde i morgen tidlig"): the situation around the question, not what is asked.
        Not a clause told before the question, which its pronoun may ask about ("har
        brækket håndleddet, hvor lang tid tager det at hele?")."""
        tokens = self.tokens
        told = [False] * len(tokens)
        for number, sentence in enumerate(self.sentences):
            if not self.asked[number]:
                continue
            clauses = range(tokens[sentence.start].clause, tokens[sentence.stop - 1].clause + 1)
            first_asking = next((c for c in clauses if self.clause_asks(c)), None)
            if first_asking is None:
                continue
            for c in clauses:
                if c > first_asking and self.tells_without_subject(c):
                    for i in self.clauses[c]:
                        told[i] = True
        return told

    def clause_asks(self, clause: int, subjects: Collection[str] = ASKED_SUBJECTS) -> bool:
        """Whether a clause asks: a question word first (not one that may be relative in
        a sentence that does not ask: "..., hvilket er fordi ..."), or a verb and one of
        the `subjects` ("..., kan jeg træne?")."""
        span = self.clauses[clause]
        words = self.words[span.start : span.stop]
        first, second = words[0], words[1] if len(words) > 1 else ""
        relative = (
            first in RELATIVE_WORDS
            and not self.asked[self.tokens[span.start].sentence]
            and not _asks_by_order(words)
        )
        return (first in QUESTION_WORDS and not relative) or (
            first in QUESTION_VERBS and second in subjects
        )

    def opens_question(self, clause: int) -> bool:
        """Whether a clause of an asking sentence asks a question of its own: it starts
        with a question word or a verb ("..., hjælper varme eller kulde bedst?")."""
        first = self.tokens[self.clauses[clause].start]
        return self.asked[first.sentence] and (
            first.word in QUESTION_WORDS or first.word in QUESTION_VERBS
        )


def denial_key(denied: Sequence[bool]) -> tuple[bool, ...]:
    """Per-word denials as a cache key: () when no word is denied, which reads the same as
    any all-false marking (a message ranked with its denials hits what it read without)."""
    return tuple(denied) if any(denied) else ()


def _asks_by_order(words: Sequence[str]) -> bool:
    """Whether a clause that opens with a word that may be relative asks by the words after
    it: "hvor" and a degree ("..., hvor længe varer det"), or one word and then a verb
    before its subject ("..., hvilke øvelser kan jeg lave"); not "..., hvor det gør ondt"
    or "..., hvilket gør ondt"."""
    if len(words) > 1 and words[0] == "hvor" and words[1] in _DEGREES:
        return True
    return len(words) > 3 and words[2] in QUESTION_VERBS and words[3] in SUBJECTS


def _opens(word: str) -> bool:
    """Whether a word opens a question: a question word or a verb first."""
    return word in QUESTION_WORDS or word in QUESTION_VERBS


# The messages analysed last: a chat's earlier messages are read again with the next one
# (what they told or denied, a sign told over two messages), and a message is analysed once.
ANALYSED_KEPT = 1024


@lru_cache(maxsize=ANALYSED_KEPT)
def analyse(text: str) -> Message:
    """Fold and cut a message into sentences, clauses and words; never raises."""
    tokens: list[Token] = []
    sentences: list[range] = []
    asked: list[bool] = []
    clauses: list[range] = []
    for sentence in _SENTENCE.findall(undot_abbreviations(_written_marks(text))):
        start = len(tokens)
        number = len(sentences)
        for marked in _CLAUSE_MARK.split(sentence):
            for words in _run_on_clauses(fold(marked).split()):
                tokens += [Token(word, number, len(clauses)) for word in words]
                clauses.append(range(len(tokens) - len(words), len(tokens)))
        if len(tokens) > start:
            sentences.append(range(start, len(tokens)))
            asked.append("?" in sentence.rstrip()[-3:] or tokens[start].word in QUESTION_WORDS)
    folded = " ".join(t.word for t in tokens)
    return Message(text, folded, tuple(tokens), tuple(sentences), tuple(asked), tuple(clauses))


def _run_on_clauses(words: list[str]) -> list[list[str]]:
    """The words between two marks cut where a main clause of a run-on message starts."""
    cuts = [0]
    for i in range(1, len(words)):
        if (
            _main_clause_starts(words, i, cuts[-1])
            or _consequent_starts(words, i, cuts[-1])
            or _question_starts(words, i)
        ):
            cuts.append(i)
    cuts.pop(0)
    return [words[a:b] for a, b in zip([0, *cuts], [*cuts, len(words)], strict=True) if a < b]


def _main_clause_starts(words: Sequence[str], i: int, start: int) -> bool:
    """Whether a main clause starts at word i: a subject right before its finite verb
    ("jeg kan", "min numse er", "forkølelsen er"), after a word that neither joins it to
    what came before ("og jeg kan", "hvis jeg kan"), governs it ("i ryggen er"), denies
    it with a verb of thinking ("tror ikke jeg har") nor puts it after its verb ("i går
    kunne jeg")."""
    before = words[i - 1]
    if before in _RUN_ON_HOLDERS or not _REPORTING_VERBS.isdisjoint(words[max(0, i - 3) : i]):
        return False
    word = words[i]
    if _past_time_first(words, i):
        return True
    if before == "siden" and not (
        _dates_ago(words[max(start, i - _DATE_REACH) : i], words[start:i])
        and not (word in _PEOPLE and not _PAST.isdisjoint(words[i + 1 : i + 2]))
    ):
        # a person's past after it is the date's own ("... for 2 uger siden jeg havde
        # feber"); not "det var", which points back ("... for en måned siden det var en
        # blærebetændelse")
        return False
    if (word in _RUN_ON_PERSONS or word in _RUN_ON_POSSESSIVES) and _before_relative(
        words, i, start
    ):
        return False
    if word in _RUN_ON_PERSONS:
        return i + 1 < len(words) and words[i + 1] in _RUN_ON_VERBS
    if word in _RUN_ON_POSSESSIVES:
        after = words[i + 2 : i + 4]
        return bool(after) and (
            after[0] in _RUN_ON_VERBS
            or (len(after) > 1 and after[0] not in _RUN_ON_HOLDERS and after[1] in _RUN_ON_VERBS)
        )
    return _noun_at(words, i) and i + 1 < len(words) and words[i + 1] in _RUN_ON_NOUN_VERBS


def _question_starts(words: Sequence[str], i: int) -> bool:
    """Whether a direct question starts at word i of a run-on message: a question word
    with its verb right after it ("og feber hvorfor er det et tegn", "ondt i ryggen hvad
    kan jeg gøre", "... hvor længe varer det"); not an indirect question or a relative
    clause, whose subject comes first ("ved ikke hvad jeg skal gøre", "der hvor det gør
    ondt"), nor one a word before governs ("spørger om hvad ...")."""
    if words[i] not in _QUESTION_OPENERS or words[i - 1] in _RUN_ON_HOLDERS:
        return False
    verb = i + 1 + (words[i] == "hvor" and i + 1 < len(words) and words[i + 1] in _HOW_MUCH)
    return verb < len(words) and _looks_finite(words[verb])


def _consequent_starts(words: Sequence[str], i: int, start: int) -> bool:
    """Whether the main clause after a condition put first starts at word i, without the
    comma: its finite verb before its subject ("hvis jeg prøver at gå op ad trappen
    svigter mit ben", "hvis jeg rejser mig kan jeg ikke mærke benene"), once the
    condition has had its own subject and verb ("hvis min mor har det dårligt" is one
    clause); or at the "så" before that verb ("hvis jeg hoster så løber det ud af mig")."""
    opener = next(
        (k for k in range(start, min(i, start + CONDITION_REACH)) if words[k] in CONDITION_WORDS), i
    )
    verb = i + (words[i] == "så")
    if opener + 3 > i or verb + 1 >= len(words):
        return False
    word, subject = words[verb], words[verb + 1]
    if not _looks_finite(word) or words[i - 1] in _CONSEQUENT_NOT_AFTER:
        return False
    known = word in _FINITE_VERBS
    # A verb known as one, or after "så", may have "det" or "den" as its subject ("gør det
    # ondt", "så løber det"); a word that only looks like a verb needs a person, a
    # possessive or a noun ("svigter mit ben", "svigter benene").
    subjects = _RUN_ON_PERSONS if known or verb > i else _PEOPLE | {"man"}
    if not (subject in subjects or subject in _RUN_ON_POSSESSIVES or _noun_at(words, verb + 1)):
        return False
    return any(map(_looks_finite, words[opener + 2 : i]))


def _looks_finite(word: str) -> bool:
    """Whether a word looks like a verb in the present or past (its "-er", "-ede")."""
    return word in _FINITE_VERBS or (
        len(word) > 4 and word.endswith(("er", "ede")) and word not in _RUN_ON_HOLDERS
    )


def _before_relative(words: Sequence[str], i: int, start: int) -> bool:
    """Whether a subject at word i (a person, or a possessive's noun) may open a relative
    clause with its "som" left out, on a noun in its definite form before it
    ("nattesmerterne jeg havde i foråret er væk") or one that opens its clause, its verb
    still to come ("en følelse jeg ikke kender"), or be the subject of a time put first in
    the writer's own order ("sidste år jeg havde feber"); not after a clause with a verb
    ("var syg sidste år jeg kan ikke ...")."""
    before = words[i - 1]
    if _noun_at(words, i - 1) and before not in _TIME_NOUNS and _verb_left_over(words, i + 2):
        return True  # "har ondt i ryggen feberen jeg havde i sidste uge er væk"
    if _has_verb(words[start:i]):
        return False
    return before in _TIME_NOUNS or (i >= 2 and words[i - 2] in _NOUN_DETERMINERS)


def _noun_at(words: Sequence[str], k: int) -> bool:
    """Whether word k looks like a noun in its definite form ("forkølelsen", "benet"): not
    a participle, which ends the same way after a denial or a verb of the perfect ("har
    ikke oplevet kan ikke ...", "blev jeg opereret mit ben ...")."""
    word = words[k]
    return (
        len(word) >= _RUN_ON_NOUN_LENGTH
        and word.endswith(_DEFINITE_ENDINGS)
        and word not in _RUN_ON_NOT_NOUNS
        and _PERFECT_OR_DENIAL.isdisjoint(words[max(0, k - 2) : k])
    )


def _dates_ago(date: Sequence[str], clause: Sequence[str]) -> bool:
    """Whether the words before a "siden" date the clause they end, ago ("var til lægen
    for 2 uger siden jeg kan ..."): a "for" in them and a verb before it; not a date put
    first ("for et år siden jeg havde feber"), nor a cleft whose "siden" goes on with what
    it dates ("det var for 3 år siden jeg blev opereret")."""
    cleft = any(a == "det" and b in ("var", "er") for a, b in pairwise(date))
    if "for" not in date or cleft:
        return False
    told = clause[: len(clause) - len(date) + date.index("for")]
    return _has_verb(told)


def _verb_left_over(words: Sequence[str], start: int) -> bool:
    """Whether a verb of being after word `start` has no subject of its own: the verb of a
    noun a relative clause was told of between ("feberen jeg havde i sidste uge er væk");
    not one that asks, its subject after it ("... er det farligt")."""
    return any(
        words[k] in _BEING
        and words[k - 1] not in _RUN_ON_PERSONS
        and words[k + 1 : k + 2] != []
        and words[k + 1] not in _RUN_ON_PERSONS
        for k in range(start, len(words))
    )


def _past_time_first(words: Sequence[str], i: int) -> bool:
    """Whether a time of the past put first opens a clause at word i, its verb in the past
    and its subject after it ("benene forsvinder under mig sidste år havde jeg en
    prolaps"): a clause of then, whatever came before. Not a time of now ("i morges kunne
    jeg gå nu kan jeg ikke" tells a change)."""
    second = _PAST_TIMES.get(words[i])
    if second is None or i + 3 >= len(words) or words[i + 1] not in second:
        return False
    return words[i + 2] in _PAST and words[i + 3] in _RUN_ON_PERSONS


def _has_verb(words: Sequence[str]) -> bool:
    """Whether the words hold a finite verb (the "går" of "i går" is a time)."""
    return any(
        word in _RUN_ON_VERBS and not (word == "går" and k and words[k - 1] == "i")
        for k, word in enumerate(words)
    )


def _emoji_stop(emoji: re.Match[str]) -> str:
    """An emoji between words as a clause's stop, unless a denial that goes on past it
    stands right before it."""
    start = emoji.start()
    words = ["", "", *emoji.string[max(0, start - _BEFORE_EMOJI) : start].lower().split()]
    # A subject before the denial closes an inverted clause with it ("det har jeg ikke").
    after = [*emoji.string[emoji.end() : emoji.end() + _BEFORE_EMOJI].lower().split(), ""]
    goes_on = words[-1] in _DENYING_DETERMINERS or (
        words[-1] in _DENIALS
        and (words[-2] in _AUXILIARIES or not words[-2] or after[0] in _GOING_ON)
    )
    return emoji.group() + ("" if goes_on else ";")


def _aside(aside: re.Match[str]) -> str:
    """A short aside in brackets as words of its clause, unless it has words of its own."""
    inside = aside.group(1)
    return aside.group() if _ASIDE_OWN_WORDS.intersection(inside.lower().split()) else f" {inside} "


def _written_marks(text: str) -> str:
    """The text with spoken punctuation written as marks, when it was dictated, and an
    emoji between words as the stop it stands for, and a short aside in brackets as words
    of its clause."""
    text = _SHORT_ASIDE.sub(_aside, _EMOJI_BETWEEN.sub(_emoji_stop, text))
    if not _SPOKEN_END.search(text):
        return text
    return _SPOKEN_MARK.sub(lambda mark: _SPOKEN_MARKS[mark.group(1).lower()], text)
