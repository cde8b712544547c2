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
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from bot.analysis import Message, analyse, denial_key
from bot.knowledge import Entry
from bot.language import NOVELTY_FAIRLY_COMMON, Analyzer, Term
from bot.normalise import split_compound, stem

# Weight of a word the knowledge never uses but the language data knows (a synonym
# variant, say); other unknown words weigh by their novelty (bot.language).
UNKNOWN_WEIGHT = 0.8
# Unknown words a lone question must name, beside its kind of question, to be asked of
# something the knowledge does not cover.
UNKNOWN_THINGS = 2
# Weight of a number: "3 uger", "52 år" tell the situation; the words around it say
# what is asked.
NUMBER_WEIGHT = 0.5
# Shortest parts of an unknown compound whose last part is an off-topic word ("grav" +
# "hund"): the last part says what the compound is.
MIN_COMPOUND_HEAD = 3
MIN_OFF_TOPIC_TAIL = 4
# "hvor meget X", "how much X": the words before a how-much word.
HOW = frozenset({"hvor", "how"})
# "hvad er den bedste pizza?": a superlative after "hvad" asks which, too.
BEST = frozenset({"bedste", "best"})
WHAT = frozenset({"hvad", "what"})
# Weight of a word from a topic the article does not cover ("nakken", "ibuprofen").
OFF_TOPIC_WEIGHT = 4.0
# A phrasing of one common word ("kom") must not match everything that contains it:
# phrasings weigh at least this much, about two distinctive words.
MIN_PHRASING_WEIGHT = 3.0
# Answer-text words count for less than the questions written for an entry.
ANSWER_SHARE = 0.5
# Everyday words ("tage", "dag", "komme") count this share of their IDF.
COMMON_FACTOR = 0.5
# How much more it matters that a phrasing is covered than that the message is.
BETA = 1.0
# How much more the sentences that ask ("...?") count than the context around them.
QUESTION_BOOST = 2.0
# How much the words of the conversation so far count, against the message's own.
CONTEXT_SHARE = 0.4
# Message weight beyond which extra words no longer lower coverage (about ten words).
QUERY_WEIGHT_CAP = 12.0
# A message must say about this much to be fully covered: one everyday word ("ved") is
# not a question any entry answers.
MIN_QUERY_WEIGHT = 2.0
# Blend of best-phrasing fit and whole-entry coverage.
PHRASING_SHARE = 0.6
# A term held by at most this many entries names a thing of its own ("cykling").
DISTINCTIVE_HOLDERS = 2
# How many of the best entries `rank` returns: enough for an answer and suggestions.
MAX_MATCHES = 10
# The share of its score an entry keeps when neither the message nor its context names
# any of the words it `needs` ("skal jeg holde pause fra træning?" is no question about
# training with sciatica, however well its words fit that entry's).
UNNAMED_NEED_SHARE = 0.6
# Terms in at least this share of the phrasings, the most frequent few of them, are
# scored per entry rather than per phrasing (see _Scoring).
DENSE_SHARE = 0.2
MAX_DENSE_TERMS = 3
# (message, its denials, context, the context's denials)
_QueryKey = tuple[Message, tuple[bool, ...], Message | None, tuple[bool, ...]]
# How many of the latest queries are kept: one message is ranked alone, with its context
# and as a story's questions, then read again for its lead and topics (cleared when full).
RECENT_QUERIES = 8
# "er kinesiotape virkelig godt?": how many words past the thing a judging word may stand.
JUDGED_REACH = 3
# "er det iskias?": the condition is named within this many words after "er det" ("er det
# mon en prolaps").
IS_IT_REACH = 3
# "er det iskias eller bare lænden?": words that compare the condition with another.
COMPARING = frozenset({"eller", "or"})
# "... og er det iskias?": words that may stand before the question in its clause.
OPENING_JOINERS = frozenset({"og", "men", "så", "and", "but", "so"})

# Terms that speak of the low back itself (knowledge/language.yaml's canonical words):
# a message naming one of them is about the back, whatever else it names.
BACK_TERMS = frozenset(
    {"lænd", "hekseskud", "iskias", "prolaps", "birddog", "katko", "knætilbryst", "cauda"}
)


@dataclass(frozen=True)
class ConditionAsked:
    """A question whether one's own case is a condition ("er det iskias?")."""

    term: str  # the condition's canonical term
    compared: bool  # with another ("... eller bare lænden?")
    question: Message  # the asking words and the condition: clear without the rest


@dataclass(frozen=True)
class Match:
    entry: Entry
    score: float  # 0-100


class Matcher:
    """Ranks entries for a message; built once at start-up, then read-only."""

    def __init__(self, entries: Sequence[Entry], analyzer: Analyzer) -> None:
        self.entries = tuple(entries)
        self.analyzer = analyzer
        # Off-topic words as stems, and as themselves where they are a synonym group's
        # canonical word (canonical words are not stemmed).
        off_topic = analyzer.language.off_topic
        self._off_topic = frozenset(stem(w) for w in off_topic) | off_topic
        requests = analyzer.language.off_topic_requests
        self._off_topic_requests = frozenset(stem(w) for w in requests) | requests
        conditions = analyzer.language.off_topic_conditions
        self._off_topic_conditions = frozenset(stem(w) for w in conditions) | conditions
        # Words that are no thing asked about (a person, "hvilken en"), and those passed
        # over before one ("en", "god"): joined once, read for every question.
        self._no_things = analyzer.language.not_asked_about | analyzer.language.thing_persons
        self._before_things = (
            analyzer.language.thing_determiners | analyzer.language.which_modifiers
        )
        # Words that judge or say what helps: after a thing, they say what is asked of it
        # ("er strålingen farlig?"), they do not describe it.
        self._judging = analyzer.language.helping_words.union(
            *analyzer.language.judged_openers.values()
        )
        # Other parts of the body and complaints, as the terms a message's words become.
        language = analyzer.language
        self._other_parts = frozenset(t for w in language.other_parts for t in analyzer.terms(w))
        self._complaints = frozenset(t for w in language.complaints for t in analyzer.terms(w))
        # `is_it_words` by their first word: a message's words are looked up, not scanned.
        is_it_by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for phrase in analyzer.language.is_it_words:
            is_it_by_first[phrase[0]].append(phrase)
        self._is_it_by_first = dict(is_it_by_first)
        # Every text analysed once: each entry's phrasings (heading, alternates, keywords)
        # and its answer.
        phrasings = [
            [analyzer.analyse(analyse(t)) for t in (e.heading, *e.alternates, *e.keywords)]
            for e in self.entries
        ]
        answers = [analyzer.analyse(analyse(e.answer)) for e in self.entries]
        # Stems of everyday Danish words weigh less, wherever they occur.
        analysed = [*(p for ps in phrasings for p in ps), *answers]
        self._common = {term.text for terms in analysed for term in terms if term.common}
        questions = [frozenset(t.text for p in ps for t in p) for ps in phrasings]
        answer_terms = [frozenset(t.text for t in a) for a in answers]
        document_frequency: dict[str, int] = defaultdict(int)
        for asked, answer in zip(questions, answer_terms, strict=True):
            for term in asked | answer:
                document_frequency[term] += 1
        count = len(self.entries)
        self._idf = {
            t: math.log(1 + count / df) * (COMMON_FACTOR if t in self._common else 1.0)
            for t, df in document_frequency.items()
        }
        # Each entry's `needs` as the terms of them the knowledge uses; a word it never uses
        # is kept aside (`unknown_needs`).
        self._needs = {
            e.id: frozenset(t for w in e.needs for t in analyzer.terms(w) if t in self._idf)
            for e in self.entries
            if e.needs
        }
        self.unknown_needs: tuple[str, ...] = tuple(
            f"{entry.id}: needs '{word}', a word the knowledge never uses"
            for entry in self.entries
            for word in entry.needs
            if self._idf.keys().isdisjoint(analyzer.terms(word))
        )
        answers_only = [a - q for q, a in zip(questions, answer_terms, strict=True)]
        # Each entry's terms, for what a message names that an entry does not.
        self._entry_terms = {
            e.id: q | a for e, q, a in zip(self.entries, questions, answer_terms, strict=True)
        }
        self._holder_count = dict(document_frequency)
        # Each entry's heading terms: what the entry is about, by its own name.
        self._heading_terms = {
            e.id: frozenset(t.text for t in ps[0])
            for e, ps in zip(self.entries, phrasings, strict=True)
        }
        # Scoring reads one slot per phrasing and per entry, and for each term the slots
        # that hold it.
        phrasing_entry: list[int] = []
        phrasing_weight: list[float] = []
        postings: dict[str, list[int]] = defaultdict(list)
        for index, entry_phrasings in enumerate(phrasings):
            for phrasing in entry_phrasings:
                terms = frozenset(t.text for t in phrasing)
                if not terms:
                    continue
                for term in terms:
                    postings[term].append(len(phrasing_entry))
                phrasing_entry.append(index)
                phrasing_weight.append(max(self._weight(terms), MIN_PHRASING_WEIGHT))
        base = _Index(
            count,
            phrasing_entry,
            phrasing_weight,
            dict(postings),
            _holders(questions),
            _holders(answers_only),
            self._idf,
        )
        self._scoring = _Scoring(base)
        # The latest queries worked out, by their message, denials and context.
        self._recent_queries: dict[_QueryKey, tuple[dict[str, float], frozenset[str]]] = {}

    def rank(
        self,
        message: Message,
        denied: Sequence[bool] = (),
        limit: int = MAX_MATCHES,
        context: Message | None = None,
        context_denied: Sequence[bool] = (),
        named: Collection[str] = (),
    ) -> list[Match]:
        """The best-scoring entries that share a term with the message, best first.

        `denied` marks the words the writer denies ("ingen feber"): they do not count.
        `context` is what was said around the message (a follow-up's topic, a story around
        a question): its words count CONTEXT_SHARE as much as the message's own, its
        question words not at all (the message asks its own kind of question), and the
        words it denies (`context_denied`: "jeg har ikke iskias") not at all. `named`: terms
        the chat named before, which meet an entry's `needs` as the message's own do.
        """
        query, lent = self._query(message, denied, context, context_denied)
        if not query:
            return []
        query_weight = sum(query.values())
        # Past a point, more context words in a long message stop diluting its question.
        coverage_weight = max(min(query_weight, QUERY_WEIGHT_CAP), MIN_QUERY_WEIGHT)

        def relevance() -> float:
            """Words of topics the article does not cover make any answer less likely to
            fit; the message's own words say what is asked, not those its context lends.
            Worked out only when some phrasing shares a term with the message."""
            own = {t: w for t, w in query.items() if t not in lent}
            off_topic = sum(w for t, w in own.items() if self._off_topic_term(t))
            return 1 - off_topic / (sum(own.values()) or query_weight)

        # An entry that keeps a share of its score may fall below others past the limit:
        # as many more are ranked as there are such entries, then cut.
        best = self._scoring.best(query, coverage_weight, relevance, limit + len(self._needs))
        entries = self.entries
        matches = [
            Match(entries[i], round(score * self._need_share(entries[i], query, named), 1))
            for i, score in best
        ]
        matches.sort(key=lambda m: -m.score)  # stable: ties keep their order
        del matches[limit:]
        tied = sum(1 for m in matches if m.score == matches[0].score) if matches else 0
        if tied == 2:
            # A tie of two goes to the entry whose heading names more of what the message
            # says ("har ondt i lænden og det stråler ned i låret": the one about sciatica);
            # a message that ties many says too little to choose by.
            matches[:2] = sorted(
                matches[:2], key=lambda m: -self._heading_weight(m.entry.id, query)
            )
        return matches

    def _need_share(self, entry: Entry, query: dict[str, float], named: Collection[str]) -> float:
        """The share of its score an entry keeps: all of it unless it `needs` a word that
        neither the message, its context nor the chat before it names."""
        needs = self._needs.get(entry.id)
        unnamed = needs and needs.isdisjoint(query) and needs.isdisjoint(named)
        return UNNAMED_NEED_SHARE if unnamed else 1.0

    def _heading_weight(self, entry_id: str, query: dict[str, float]) -> float:
        """The message's weight of the terms the entry's heading names."""
        return sum(query.get(term, 0.0) for term in self._heading_terms.get(entry_id, ()))

    def query(
        self, message: Message, denied: Sequence[bool] = (), context: Message | None = None
    ) -> dict[str, float]:
        """The message's terms with their weight in this message.

        A term weighs its IDF when the knowledge uses it, else by how much an unknown word
        says (see Analyzer.analyse), and most for off-topic words. In a message of several
        sentences, the ones ending in "?" say what is asked and count QUESTION_BOOST times
        as much as the context around them ("Jeg er 67 år og har aldrig prøvet det før").
        """
        return self._query(message, denied, context, ())[0]

    def _query(
        self,
        message: Message,
        denied: Sequence[bool],
        context: Message | None,
        context_denied: Sequence[bool],
    ) -> tuple[dict[str, float], frozenset[str]]:
        """`query`, and the terms only the context lends."""
        key = (message, denial_key(denied), context, denial_key(context_denied))
        known = self._recent_queries.get(key)
        if known is not None:
            return known  # the answer's lead and the off-topic check read a query just ranked
        terms = self.analyzer.analyse(message, denied)
        boost_questions = any(t.asked for t in terms) and not all(t.asked for t in terms)
        query: dict[str, float] = {}
        for term in dict.fromkeys(terms):  # a word said twice counts once; in order, so that
            # weights add up the same way in every process (a set's order is the hash seed's)
            boost = QUESTION_BOOST if boost_questions and term.asked else 1.0
            weight = self._term_weight(term.text, term.novelty, term.common) * boost
            query[term.text] = max(query.get(term.text, 0.0), weight)
        question_kinds = self.analyzer.language.question_kinds
        lent: set[str] = set()
        lending = self.analyzer.analyse(context, context_denied) if context else ()
        for term in dict.fromkeys(lending):
            if term.text not in query and term.text not in question_kinds:
                weight = self._term_weight(term.text, term.novelty, term.common) * CONTEXT_SHARE
                query[term.text] = weight
                lent.add(term.text)
        result = (query, frozenset(lent))
        if len(self._recent_queries) >= RECENT_QUERIES:
            self._recent_queries.clear()
        self._recent_queries[key] = result
        return result

    def names_off_topic(
        self, message: Message, denied: Sequence[bool] = (), in_passing: bool = False
    ) -> bool:
        """Whether the message names a topic the article does not cover ("akupunktur").
        Reads the query just ranked for the message, when it was. `in_passing`: the
        message is a story told around a question, where a request's words ("tog en
        panodil", "har købt en kontorstol") are no topic, only another subject is. Another
        illness is no topic beside the back ("havde influenza, nu er lænden stiv. Hvad
        hjælper?"), where the back is not denied and is asked about wherever the illness
        is ("hvad hjælper mod migræne, når man har ondt i lænden?" asks of migraine)."""
        terms = self.analyzer.analyse(message, denied)
        back = [term.asked for term in terms if term.text in BACK_TERMS]
        if not back and self._tells_complaint_elsewhere(message, terms):
            return True
        return any(
            self._off_topic_term(term.text)
            and not (in_passing and term.text in self._off_topic_requests)
            and not (
                term.text in self._off_topic_conditions and back and (any(back) or not term.asked)
            )
            for term in terms
        )

    def names_only_other_parts(self, message: Message) -> bool:
        """Whether all the message names beside its kind of question is a part of the
        body the article names only in its exercises ("og knæet?", "hvad med hoften?")."""
        named = self._named(message)
        return bool(named) and self._other_parts.issuperset(named)

    def _tells_complaint_elsewhere(self, message: Message, terms: Sequence[Term]) -> bool:
        """Whether a sentence of a message that names no back tells a complaint of another
        part of the body, one the article names only in its exercises ("min hofte er også
        begyndt at gøre ondt", "stive skuldre"); not pain running down ("ondt i ballen ned
        til knæet" is sciatica)."""
        texts = {term.text for term in terms}
        if (
            texts.isdisjoint(self._other_parts)
            or texts.isdisjoint(self._complaints)
            or not self.analyzer.language.running_down.isdisjoint(message.words)
        ):
            return False
        return any(
            not said.isdisjoint(self._other_parts) and not said.isdisjoint(self._complaints)
            for said in (
                set(self.analyzer.terms(" ".join(message.words[sentence.start : sentence.stop])))
                for sentence in message.sentences
            )
        )

    def names_illness(self, message: Message, denied: Sequence[bool] = ()) -> bool:
        """Whether the message names another illness (`off_topic_conditions`), as beside
        its back pain it may."""
        return any(
            self._off_topic_term(term.text) and term.text in self._off_topic_conditions
            for term in self.analyzer.analyse(message, denied)
        )

    def asks_beyond(self, message: Message) -> bool:
        """Whether a message asks only of a thing the knowledge never speaks of, a word no
        everyday one ("er det arveligt?", "kan det være nyrerne?"): after an answer, it
        asks what the article does not say, not for more of it. Not when it says anything
        the knowledge does, a kind of question included ("hvad kan jeg gøre på
        rastepladsen?", "hvordan kan det ske af et nys?")."""
        return self.names_only_unknown(message) and any(
            weight >= NOVELTY_FAIRLY_COMMON for weight in self.query(message).values()
        )

    def names_only_unknown(self, message: Message) -> bool:
        """Whether the message names some terms, all of which the knowledge never uses
        ("hvad er klokken?"; not "hvordan gør jeg?" nor "hvad skal jeg forvente?", kinds of
        question). A number is a detail, not a thing named ("hvad er 15 % af 3400 kr?")."""
        query = self.query(message)
        asks_a_kind = not self.analyzer.language.question_kinds.isdisjoint(query)
        return not asks_a_kind and self._only_unknown(query, 1)

    def names_mostly_unknown(self, message: Message) -> bool:
        """Whether most of what the message names beside its kind of question and everyday
        words, two things or more, is never used by the knowledge ("hvordan får jeg min baby
        til at sove længere om natten?": a baby and sleeping, beside the night)."""
        named = [term for term in self._named(message) - self._common if not term.isdigit()]
        unknown = sum(term not in self._idf for term in named)
        return unknown >= UNKNOWN_THINGS and 2 * unknown > len(named)

    def names_only_unknown_beside_kind(self, message: Message) -> bool:
        """Whether the message names things beside its kind of question and the everyday
        words the knowledge uses, two or more, none of which the knowledge ever uses ("how
        long do I boil an egg?": "hvor længe" is a kind of question the knowledge answers,
        of something else; "kan du anbefale en god pizza?": "anbefale" and "god" say
        nothing of what). One such word may only say where or when ("hvad kan jeg gøre
        derhjemme?", "... imens?")."""
        return self._only_unknown(self._named(message) - self._common, UNKNOWN_THINGS)

    def names_only_unknown_beside(self, message: Message, beside: frozenset[str]) -> bool:
        """Whether the message names something beside these terms, its kind of question and
        the everyday words the knowledge uses, and the knowledge uses none of it ("er det
        farligt at spise rå dej?" beside the words of a worry)."""
        return self._only_unknown(self._named(message) - self._common - beside, 1)

    def _only_unknown(self, terms: Iterable[str], at_least: int) -> bool:
        """Whether at least `at_least` of the terms are named (a number is a detail, not a
        thing named) and the knowledge uses none of them."""
        named = [term for term in terms if not term.isdigit()]
        return len(named) >= at_least and all(term not in self._idf for term in named)

    def names_beside(self, message: Message, entry_id: str) -> bool:
        """Whether the message names a thing the knowledge speaks of in few entries, and
        this entry not ("er cykling ok?" beside kat-ko; not "hvor mange sekunder?", a word
        many entries use)."""
        held = self._entry_terms.get(entry_id, frozenset())
        return any(
            term not in held
            and 0 < self._holder_count.get(term, 0) <= DISTINCTIVE_HOLDERS
            and not any(c.isdigit() for c in term)  # "60 sekunder" is a detail, no thing
            for term in self.query(message)
        )

    def names_only(self, message: Message, term: str) -> bool:
        """Whether the term is all the message names beside its kind of question and
        everyday words ("og hvis jeg har iskias?"; not "og hvis min kone har iskias?")."""
        return self._named(message) - self._common == {term}

    def held_by(self, message: Message, entry_id: str) -> bool:
        """Whether the entry's question or answer holds every term the message names
        beside its kind of question ("og hvis det er en skarp smerte?" beside an answer
        that says "skarpe smerter")."""
        named = self._named(message)
        return bool(named) and named <= self._entry_terms.get(entry_id, frozenset())

    def names_heading_of(
        self, message: Message, entry_id: str, denied: Sequence[bool] = ()
    ) -> bool:
        """Whether the message names a term of the entry's heading, the thing the entry is
        about ("og hvis det er iskias?" names "... lokal lændesmerte og ischias?"), in
        words the writer does not deny (`denied`, per word)."""
        named = self._named(message, denied)
        return not named.isdisjoint(self._heading_terms.get(entry_id, ()))

    def _named(self, message: Message, denied: Sequence[bool] = ()) -> frozenset[str]:
        """The message's terms beside its kinds of question."""
        kinds = self.analyzer.language.question_kinds
        return frozenset(term for term in self.query(message, denied) if term not in kinds)

    def _off_topic_term(self, term: str) -> bool:
        return term not in self._idf and (term in self._off_topic or self._off_topic_tail(term))

    def _off_topic_tail(self, term: str) -> bool:
        """An unknown compound whose last part is off topic ("gravhund" is a dog); an
        ordinary word is no such compound ("forstand" is no "tand")."""
        if self.analyzer.is_word(term):
            return False
        parts = split_compound(
            term,
            lambda part: part in self._off_topic or self.analyzer.is_word(part),
            MIN_COMPOUND_HEAD,
            MIN_OFF_TOPIC_TAIL,
        )
        return parts is not None and parts[1] in self._off_topic

    def asks_about_unknown_thing(self, message: Message) -> bool:
        """Whether the message asks "which X" of a thing the article does not answer about
        ("Hvilken sadel er god til ryttere med ondt i ryggen?", "hvilken varmepude kan du
        anbefale?"): a thing the knowledge never names, or a product, brand or place, which
        it names but recommends none of. "Hvor meget X" asks of X too, and so does a
        question opened by "virker"/"hjælper" ("Virker chokbølge på ryggen?"), where a
        product it names is asked about as a treatment the article may speak of. X is the
        first term of the rest of the sentence past words like "type af" or "god", so that
        a phrase ("røde flag") reads as one."""
        language = self.analyzer.language
        words = message.words
        for i, word in enumerate(words[:-1]):
            sentence = message.sentence_of(i)
            asks_which = (word in language.which_words and not self._relative(message, i)) or (
                word in BEST and not WHAT.isdisjoint(words[max(0, i - 3) : i])
            )
            how_much = word in language.how_much_words and i > 0 and words[i - 1] in HOW
            does_it_help = word in language.does_it_help_words and i == sentence.start
            if not (asks_which or how_much or does_it_help):
                continue
            end = sentence.stop
            start = i + 1
            while start < end - 1 and words[start] in language.which_modifiers:
                start += 1
            thing = words[start]
            if thing in language.not_asked_about:
                continue
            if thing in language.which_products and not does_it_help:
                return True
            if self._unknown_thing_at(words, start, end):
                return True
        return self._names_unknown_thing_in_place(message)

    def _unknown_thing_at(self, words: Sequence[str], start: int, end: int) -> bool:
        """Whether the thing named from word `start` (to `end`) is one the knowledge never
        names: its first term unknown and no word describing a thing it names ("hvilke
        blide øvelser": a word the knowledge does not use before a thing it names describes
        that thing; "hvilken pude hjælper" and "er strålingen farlig?" do not)."""
        rest = self.analyzer.terms(" ".join(words[start:end]))
        if not rest or rest[0] in self._idf or rest[0].isdigit():
            return False
        following = words[start + 1] if start + 1 < end else ""
        after = self.analyzer.terms(following) if following else []
        described = (
            following not in self.analyzer.language.not_asked_about
            and following not in self._judging
            and bool(after)
            and after[0] in self._idf
            and rest[1:2] == after[:1]
        )
        return not described

    def _names_unknown_thing_in_place(self, message: Message) -> bool:
        """Whether a question names a thing the knowledge never names where its thing asked
        about stands (see `Language.thing_openers` and `subject_openers`): "findes der en
        app med rygøvelser?", "er kinesiotape godt til ryggen?", "kan tigerbalsam hjælpe?",
        "hvad er bedst mod tømmermænd?", "er det rigtigt at kaffe er dårligt ...?"."""
        language = self.analyzer.language
        words = message.words
        # A question opened by a verb asks without its "?"; "mod" asks only in a sentence
        # that asks, or where nothing is marked as asked (a story's questions, read alone).
        asks_anywhere = any(message.asked)
        for sentence, asked in zip(message.sentences, message.asked, strict=True):
            first, stop = sentence.start, sentence.stop
            # Where a thing stands, and whether a product there is asked for (which the
            # article recommends none of: "findes der en app ...?") or judged by name, as
            # the article may do ("er pillerne en dårlig ide?").
            # (past the small words that open it: "forresten, kan du anbefale ...?", "btw
            # ved du om a-kassen dækker ...?")
            lead = first
            while lead < stop - 1 and words[lead] in language.particles:
                lead += 1
            # ... also opening a later clause ("hvad med kontorstol, har du et mærke du kan
            # anbefale")
            opens = [lead] + [
                clause.start for clause in message.clauses if first < clause.start < stop
            ]
            starts = [
                (at + len(phrase), True)
                for at in opens
                for phrase in language.thing_openers
                if words[at : at + len(phrase)] == phrase
            ]
            # ... or the subject of a claim or question
            starts += [
                (lead + len(phrase), False)
                for phrase in language.subject_openers
                if words[lead : lead + len(phrase)] == phrase
            ]
            judging = language.judged_openers.get(words[first])
            if judging:
                at = self._past_determiners(words, first + 1, stop)
                if not judging.isdisjoint(words[at + 1 : min(at + 2 + JUDGED_REACH, stop)]):
                    starts.append((at, False))
            if asked or not asks_anywhere:
                starts += [
                    (i + 1, False)
                    for i in range(first + 1, stop)
                    if words[i] in language.against_words
                    and not language.helping_words.isdisjoint(words[max(first, i - 2) : i])
                ]
            for start, product_asked_for in starts:
                start = self._past_determiners(words, start, stop)
                thing = words[start] if start < stop else ""
                if not thing or thing in self._no_things:
                    continue  # a person is no thing
                # A product asked for may be named by two words, the product last ("kender
                # du en god søvn app?")
                head = words[start + 1] if start + 1 < stop else ""
                if product_asked_for and head in language.which_products:
                    return True
                if thing in language.which_products:
                    if product_asked_for:
                        return True
                    continue
                if self._unknown_thing_at(words, start, stop):
                    return True
        return False

    def _past_determiners(self, words: Sequence[str], start: int, stop: int) -> int:
        """The first word from `start` that is no determiner ("en", "nogle") nor a word
        like "god" or "billig" (`which_modifiers`)."""
        while start < stop - 1 and words[start] in self._before_things:
            start += 1
        return start

    def condition_asked(self, message: Message) -> ConditionAsked | None:
        """The condition an asking sentence asks whether one's own case is ("er det
        iskias?", "kan det være en prolaps?", "har jeg fået et hekseskud?"): the first term
        of the few words right after one of `is_it_words`, in an asking sentence or
        opening one (a story's question comes without its "?")."""
        words = message.words
        for sentence, asked in zip(message.sentences, message.asked, strict=True):
            for start in sentence:
                for phrase in self._is_it_by_first.get(words[start], ()):
                    end = start + len(phrase)
                    if words[start:end] != phrase:
                        continue
                    # "nu har jeg også fået ondt" asks nothing: the words open a clause
                    opens = start == message.clause_of(start).start or (
                        start > sentence.start and words[start - 1] in OPENING_JOINERS
                    )
                    if not opens or not (asked or start == sentence.start):
                        continue
                    stop = min(end + IS_IT_REACH, sentence.stop)
                    named = self.analyzer.terms(" ".join(words[end:stop]))
                    if named:
                        return ConditionAsked(
                            named[0],
                            compared=any(w in COMPARING for w in words[end : sentence.stop]),
                            question=analyse(" ".join(words[start:stop])),
                        )
        return None

    def denies(self, message: Message, denied: Sequence[bool], term: str) -> bool:
        """Whether the writer denies the term somewhere in the message ("det stråler ikke
        ned" denies "iskias"), whatever else names it."""
        said = sum(t.text == term for t in self.analyzer.analyse(message))
        kept = sum(t.text == term for t in self.analyzer.analyse(message, denied))
        return kept < said

    def _relative(self, message: Message, at: int) -> bool:
        """Whether "hvilket" at word `at` is a relative ("har prøvet varme hvilket ikke
        hjalp"), not a question word: inside its sentence, after no word that asks on."""
        words = message.words
        return (
            words[at] == "hvilket"
            and at > message.sentence_of(at).start
            and words[at - 1] not in self.analyzer.language.asks_after
        )

    def asks_a_kind_of_question(self, message: Message) -> bool:
        """Whether the message asks with a question word of its own kind ("hvilke",
        "hvordan"), not a yes/no question ("er det normalt?")."""
        return any(self._question_kinds(message))

    def asks_about_nothing(self, message: Message) -> bool:
        """Whether the message names no topic, only a kind of question ("hvordan gør jeg
        den?"): as a follow-up, it takes its topic from the context alone."""
        return all(self._question_kinds(message))

    def _question_kinds(self, message: Message) -> list[bool]:
        """For each of the message's terms, whether it is a question word's kind."""
        kinds = self.analyzer.language.question_kinds
        return [term.text in kinds for term in self.analyzer.analyse(message)]

    def _weight(self, terms: frozenset[str]) -> float:
        return sum(self._term_weight(term) for term in terms)

    def _term_weight(self, term: str, novelty: float = 0.0, common: bool = False) -> float:
        if term.isdigit():
            return NUMBER_WEIGHT
        idf = self._idf.get(term)
        if idf is not None:
            # Knowledge terms from everyday words are damped already; damp the message's too.
            return idf * COMMON_FACTOR if common and term not in self._common else idf
        if term in self._off_topic or self._off_topic_tail(term):
            return OFF_TOPIC_WEIGHT
        return novelty or UNKNOWN_WEIGHT


def _holders(term_sets: list[frozenset[str]]) -> dict[str, list[int]]:
    """For each term, the positions of the sets that hold it."""
    holders: dict[str, list[int]] = defaultdict(list)
    for position, terms in enumerate(term_sets):
        for term in terms:
            holders[term].append(position)
    return dict(holders)


class _Index(NamedTuple):
    """The knowledge base as scoring reads it."""

    entries: int
    phrasing_entry: list[int]  # each phrasing's entry
    phrasing_weight: list[float]  # each phrasing's weight, at least MIN_PHRASING_WEIGHT
    phrasings: dict[str, list[int]]  # for each term, the phrasings that hold it
    questions: dict[str, list[int]]  # the entries whose phrasings hold it
    answers: dict[str, list[int]]  # the entries that hold it in their answer only
    idf: dict[str, float]


def _blend(best_fit: float, covered: float) -> float:
    """An entry's score (before relevance) from its best phrasing's fit and the share of
    the message it accounts for."""
    return PHRASING_SHARE * best_fit + (1 - PHRASING_SHARE) * covered


def _fit(message_covered: float, phrasing_covered: float) -> float:
    """A phrasing's fit: the F-measure of how much of the message and of the phrasing
    their shared terms cover; covering the phrasing weighs BETA times as much."""
    beta2 = BETA * BETA
    if message_covered > 1.0:
        message_covered = 1.0
    return (
        (1 + beta2)
        * message_covered
        * phrasing_covered
        / (beta2 * message_covered + phrasing_covered)
    )


class _Scoring:
    """Scores the entries for a query: only the phrasings and entries that share a term
    with it are touched, through the terms' posting lists.

    A few terms stand in a large share of the phrasings ("lænd", "smerte"); adding them
    up phrasing by phrasing would be most of the work. A phrasing they alone hit fits
    best when it is its entry's lightest with the same of them, as its fit only grows
    with the share of it they cover; so they count per entry and per subset held, from a
    table built once, and only in the phrasings other terms hit as well one by one.
    """

    def __init__(self, index: _Index) -> None:
        self._index = index
        count = len(index.phrasing_entry)
        dense = sorted(
            (t for t, held_by in index.phrasings.items() if len(held_by) >= DENSE_SHARE * count),
            key=lambda t: (-len(index.phrasings[t]), t),
        )[:MAX_DENSE_TERMS]
        self._dense_bit = {term: 1 << bit for bit, term in enumerate(dense)}
        # The IDF each subset of the dense terms adds to a phrasing holding them.
        self._subset_idf = [
            sum(index.idf[term] for bit, term in enumerate(dense) if subset >> bit & 1)
            for subset in range(1 << len(dense))
        ]
        masks = [0] * count  # the dense terms each phrasing holds, as bits
        for term, bit in self._dense_bit.items():
            for phrasing in index.phrasings[term]:
                masks[phrasing] |= bit
        self._masks = masks
        # For each set of dense terms a message may hold: each entry's lightest phrasing
        # weight for each subset of them its phrasings hold.
        self._lightest: list[list[tuple[int, int, float]]] = [[]]
        for held in range(1, 1 << len(dense)):
            lightest: dict[tuple[int, int], float] = {}
            for phrasing, mask in enumerate(masks):
                if mask & held:
                    key = (index.phrasing_entry[phrasing], mask & held)
                    weight = index.phrasing_weight[phrasing]
                    lightest[key] = min(weight, lightest.get(key, weight))
            # A subset's lightest phrasing fits no better than one of a larger subset as
            # light or lighter (its message and phrasing coverage are no larger).
            self._lightest.append(
                [
                    (entry, mask, weight)
                    for (entry, mask), weight in sorted(lightest.items())
                    if not any(
                        e == entry and m != mask and m & mask == mask and w <= weight
                        for (e, m), w in lightest.items()
                    )
                ]
            )

    def best(
        self,
        query: dict[str, float],
        coverage_weight: float,
        relevance: Callable[[], float],
        limit: int,
    ) -> list[tuple[int, float]]:
        """The `limit` best entries sharing a term with the message, with their scores."""
        index = self._index
        shared = [0.0] * len(index.phrasing_entry)  # IDF the phrasing shares with the message
        shared_in_query = [0.0] * len(shared)  # the same, as the message weighs it
        covered = [0.0] * index.entries  # message weight each entry accounts for
        hit: set[int] = set()
        held = 0  # the dense terms the message holds, as bits
        held_weight = [0.0] * len(self._dense_bit)
        for term, weight in query.items():
            bit = self._dense_bit.get(term)
            if bit is not None:
                held |= bit
                held_weight[bit.bit_length() - 1] = weight
            elif (phrasings := index.phrasings.get(term)) is not None:
                idf = index.idf[term]
                hit.update(phrasings)
                for phrasing in phrasings:
                    shared[phrasing] += idf
                    shared_in_query[phrasing] += weight
            for entry in index.questions.get(term, ()):
                covered[entry] += weight
            for entry in index.answers.get(term, ()):
                covered[entry] += ANSWER_SHARE * weight
        if not hit and not held:
            return []
        # What each subset of the dense terms held adds: its IDF, and its message weight.
        dense_shared = self._subset_idf
        dense_in_query = [
            sum(weight for bit, weight in enumerate(held_weight) if subset >> bit & 1)
            for subset in range(held + 1)
        ]
        best_fit = [0.0] * index.entries
        masks, phrasing_entry, phrasing_weight = (
            self._masks,
            index.phrasing_entry,
            index.phrasing_weight,
        )
        for phrasing in hit:
            dense = masks[phrasing] & held
            fit = _fit(
                (shared_in_query[phrasing] + dense_in_query[dense]) / coverage_weight,
                (shared[phrasing] + dense_shared[dense]) / phrasing_weight[phrasing],
            )
            entry = phrasing_entry[phrasing]
            if fit > best_fit[entry]:
                best_fit[entry] = fit
        for entry, dense, weight in self._lightest[held]:
            fit = _fit(dense_in_query[dense] / coverage_weight, dense_shared[dense] / weight)
            if fit > best_fit[entry]:
                best_fit[entry] = fit
        scale = 100 * relevance()
        scores = {
            entry: scale * _blend(fit, min(1.0, covered[entry] / coverage_weight))
            for entry, fit in enumerate(best_fit)
            if fit
        }
        # Best first; equal scores in the order of the entries (the sort is stable).
        ranked = sorted(scores, key=lambda entry: -scores[entry])
        return [(entry, scores[entry]) for entry in ranked[:limit]]
