"""Properties of whole conversations: any run of messages in one chat gets valid replies,
and a danger sentence anywhere in it is flagged, whatever came before."""

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.brain import Brain
from bot.conversation import Conversations
from bot.red_flags import Tier
from tests.test_properties import CLOCKS, DANGER, any_message, check_reply

conversation = st.lists(
    st.one_of(any_message, st.sampled_from(["0", "1", "3", "tak", "og den næste?", "hvorfor?"])),
    min_size=1,
    max_size=6,
)


@settings(max_examples=80)
@given(messages=conversation, clock=st.sampled_from(CLOCKS))
def test_any_conversation_gets_valid_replies(
    brain: Brain, messages: list[str], clock: datetime
) -> None:
    chat = Conversations(brain)
    for message in messages:
        check_reply(brain, chat.reply("chat", message, clock))


@settings(max_examples=40)
@given(before=conversation, danger=st.sampled_from(DANGER))
def test_a_danger_sentence_is_flagged_whatever_came_before(
    brain: Brain, before: list[str], danger: str
) -> None:
    chat = Conversations(brain)
    for message in before:
        chat.reply("chat", message, CLOCKS[0])
    assert chat.reply("chat", danger, CLOCKS[0]).red_flag is Tier.ACUTE
