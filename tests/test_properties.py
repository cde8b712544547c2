"""Properties that hold for any message: a valid reply, never a crash, danger always flagged.

Hypothesis generates the messages (any Unicode, invisible and right-to-left characters,
emoji, control characters, Danish words from the knowledge mixed with noise, very long
texts). Runs are derandomized (the hypothesis profile in tests/conftest.py), so the
suite is deterministic.
"""

import json
import re
from datetime import UTC, datetime

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.batch import reply_record
from bot.brain import Brain
from bot.knowledge import KNOWLEDGE_DIR, load_entries
from bot.normalise import fold
from bot.red_flags import Tier
from bot.reply import MAX_MESSAGE_LENGTH, Reply, ReplyKind, messages, plain_text, split_message

# A weekday morning and a Saturday night in Copenhagen: the urgent advice depends on it.
CLOCKS = (datetime(2026, 11, 24, 8, 0, tzinfo=UTC), datetime(2026, 11, 28, 23, 30, tzinfo=UTC))
# Sentences that must always bring the advice to seek help now.
DANGER = (
    "Jeg kan ikke holde på vandet",
    "Jeg har mistet følelsen i skridtet",
    "Jeg kan ikke holde på afføringen",
)


_ENTRIES = load_entries(KNOWLEDGE_DIR / "entries.yaml")
_TEXTS = [t for e in _ENTRIES for t in (e.heading, e.answer, *e.alternates, *e.keywords)]
KNOWLEDGE_WORDS = sorted({w for text in _TEXTS for w in text.split()})
DANISH_WORDS = sorted({w for text in _TEXTS for w in fold(text).split() if set(w) & set("æøå")})

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
RIGHT_TO_LEFT = "\u200f\u202b\u202e\u2067\u2069שלוםمرحبا"
CONTROL = "\x00\x01\x07\x08\x1b\x7f\x85\x9f\r\t\v\f\n"
ODD = "🙂😭👍🏽❤️\u200d🔥🇩🇰\u0301\u030a\u00a0\u3000ﬀÅÆØåæø?!.,;:()\"'-"
odd_characters = st.text(alphabet=INVISIBLE + RIGHT_TO_LEFT + CONTROL + ODD, max_size=60)
danish_with_noise = st.lists(
    st.one_of(st.sampled_from(KNOWLEDGE_WORDS), st.text(max_size=4), odd_characters),
    max_size=30,
).map(" ".join)
any_message = st.one_of(st.text(max_size=300), odd_characters, danish_with_noise)
# Up to 10 000 characters: a short piece repeated, so generating it stays cheap.
long_message = st.builds(
    lambda piece, length: (piece * (length // max(len(piece), 1) + 1))[:length],
    st.one_of(st.text(min_size=1, max_size=40), danish_with_noise.filter(bool)),
    st.integers(1000, 10_000),
)


def check_reply(brain: Brain, reply: Reply) -> None:
    """Everything a front end relies on when it shows a reply."""
    assert isinstance(reply.kind, ReplyKind)
    assert isinstance(reply.red_flag, Tier)
    assert (reply.entry is not None) == (reply.kind is ReplyKind.ANSWER)
    sent = messages(reply)
    assert sent
    assert all(0 < len(text) <= MAX_MESSAGE_LENGTH and text.strip() for text in sent)
    if reply.red_flag is not Tier.NONE:
        assert reply.warning.strip()
        assert sent[0].startswith(split_message(reply.warning)[0])
    else:
        assert not reply.warning
    assert plain_text(reply).strip()
    record = json.loads(json.dumps(reply_record(reply), ensure_ascii=False))
    assert record["heading"] is None or record["heading"] in {e.heading for e in brain.entries}
    assert record["red_flag"] == reply.red_flag.value


@settings(max_examples=300)
@given(message=any_message, clock=st.sampled_from(CLOCKS))
@example(message="", clock=CLOCKS[0])
@example(message=INVISIBLE, clock=CLOCKS[0])
@example(message="\x00", clock=CLOCKS[1])
def test_any_message_gets_a_valid_reply(brain: Brain, message: str, clock: datetime) -> None:
    check_reply(brain, brain.reply(message, clock))


@settings(max_examples=6)
@given(message=long_message)
@example(message="ryg " * 2500)
def test_a_very_long_message_gets_a_valid_reply(brain: Brain, message: str) -> None:
    check_reply(brain, brain.reply(message, CLOCKS[0]))


@settings(max_examples=150)
@given(
    message=any_message,
    danger=st.sampled_from(DANGER),
    first=st.booleans(),
    clock=st.sampled_from(CLOCKS),
)
@example(message="ingen feber, intet vægttab, ikke", danger=DANGER[0], first=False, clock=CLOCKS[1])
@example(message="min mor havde kræft, har jeg ikke", danger=DANGER[1], first=True, clock=CLOCKS[0])
def test_a_danger_sentence_makes_any_message_acute(
    brain: Brain, message: str, danger: str, first: bool, clock: datetime
) -> None:
    """Red flags are checked on every message, whatever else it says (safety property)."""
    text = f"{danger}. {message}" if first else f"{message}\n{danger}."
    reply = brain.reply(text, clock)
    assert reply.red_flag is Tier.ACUTE
    check_reply(brain, reply)


# Danger signs as noun phrases, so that each can be said, denied, told as a colleague's
# past or asked about as a "what if".
SIGNS = (
    "problemer med at holde på vandet",
    "følelsesløshed i skridtet",
    "lammelser i benet",
    "feber",
    "kræft",
)
CALM_SENTENCES = (
    "Jeg har ondt i lænden.",
    "Hvilke øvelser er gode?",
    "Jeg sidder meget ved computeren.",
    "Tak for svaret.",
    "Min ryg er stiv om morgenen.",
)
NOT_A_SIGN_NOW = (
    "Jeg har ingen {sign}.",
    "Min kollega havde engang {sign}.",
    "Hvad hvis jeg får {sign}?",
)


@settings(max_examples=150)
@given(
    calm=st.lists(st.sampled_from(CALM_SENTENCES), max_size=4),
    sign=st.sampled_from(SIGNS),
    position=st.integers(0, 4),
    clock=st.sampled_from(CLOCKS),
)
def test_a_sign_said_now_is_flagged_wherever_it_stands(
    brain: Brain, calm: list[str], sign: str, position: int, clock: datetime
) -> None:
    sentences = [*calm]
    sentences.insert(min(position, len(sentences)), f"Jeg har {sign}.")
    reply = brain.reply(" ".join(sentences), clock)
    assert reply.red_flag is not Tier.NONE
    check_reply(brain, reply)


@settings(max_examples=150)
@given(
    calm=st.lists(st.sampled_from(CALM_SENTENCES), max_size=4),
    sign=st.sampled_from(SIGNS),
    frame=st.sampled_from(NOT_A_SIGN_NOW),
    position=st.integers(0, 4),
)
def test_a_denied_past_or_hypothetical_sign_raises_no_warning(
    brain: Brain, calm: list[str], sign: str, frame: str, position: int
) -> None:
    sentences = [*calm]
    sentences.insert(min(position, len(sentences)), frame.format(sign=sign))
    reply = brain.reply(" ".join(sentences), CLOCKS[0])
    assert reply.red_flag is Tier.NONE


# --- the text pipeline ----------------------------------------------------------------------

FOLDED = re.compile(r"(?:[0-9a-zæøå]+(?: [0-9a-zæøå]+)*)?")


@settings(max_examples=500)
@given(text=st.one_of(st.text(), odd_characters, danish_with_noise))
def test_fold_gives_single_spaced_danish_letters_and_digits_and_is_idempotent(text: str) -> None:
    folded = fold(text)
    assert FOLDED.fullmatch(folded)
    assert fold(folded) == folded


_PLAIN = {"æ": ("ae", "AE", "Ae"), "ø": ("oe", "OE", "Oe"), "å": ("aa", "AA", "Aa")}


@settings(max_examples=300)
@given(word=st.sampled_from(DANISH_WORDS), data=st.data())
def test_plain_spelling_of_a_danish_word_folds_like_the_danish_letters(
    word: str, data: st.DataObject
) -> None:
    plain = "".join(data.draw(st.sampled_from(_PLAIN[ch])) if ch in _PLAIN else ch for ch in word)
    assert fold(plain) == fold(word) == word


# Words without whitespace, none longer than the smallest limit below.
split_words = st.lists(
    st.text(st.characters(blacklist_categories=["Zs", "Zl", "Zp", "Cc"]), min_size=1, max_size=30),
    max_size=40,
)


@settings(max_examples=300)
@given(
    words=split_words,
    separators=st.lists(st.sampled_from([" ", "\n", "\n\n", "  "]), min_size=40, max_size=40),
    limit=st.integers(30, 200),
)
def test_split_message_keeps_every_word_in_chunks_within_the_limit(
    words: list[str], separators: list[str], limit: int
) -> None:
    text = "".join(w + s for w, s in zip(words, separators, strict=False))
    chunks = split_message(text, limit)
    assert all(0 < len(chunk) <= limit and chunk.strip() for chunk in chunks)
    assert " ".join(chunks).split() == text.split()


@settings(max_examples=300)
@given(text=st.text(max_size=600), limit=st.integers(1, 100))
def test_split_message_loses_no_character_but_whitespace(text: str, limit: int) -> None:
    chunks = split_message(text, limit)
    assert all(0 < len(chunk) <= limit and chunk.strip() for chunk in chunks)
    assert "".join("".join(chunks).split()) == "".join(text.split())
