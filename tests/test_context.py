"""The per-chat context store: bounded in time, in turns and in chats."""

from datetime import UTC, datetime, timedelta

from bot.context import ContextStore, Turn
from bot.red_flags import Tier

NOON = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def turn(text: str, entry_id: str | None = None, person: str | None = None) -> Turn:
    return Turn(text, entry_id, None, person, Tier.NONE, frozenset(), (), "")


def test_a_chat_remembers_its_recent_turns_and_no_other_chat_sees_them() -> None:
    store = ContextStore()
    store.add("a", turn("om iskias", "prolaps", person="far"), NOON)
    store.add("a", turn("tak"), NOON)
    context = store.get("a", NOON)
    assert [t.text for t in context.turns] == ["om iskias", "tak"]
    assert context.entry_id == "prolaps"
    person_turn = context.person_turn
    assert person_turn is not None and person_turn.person == "far"
    assert store.get("b", NOON).turns == ()


def test_only_the_last_few_turns_are_kept() -> None:
    store = ContextStore(max_turns=2)
    for number in range(5):
        store.add("a", turn(str(number)), NOON)
    assert [t.text for t in store.get("a", NOON).turns] == ["3", "4"]


def test_context_is_forgotten_after_the_time_limit() -> None:
    store = ContextStore(ttl=timedelta(minutes=30))
    store.add("a", turn("om iskias", "prolaps"), NOON)
    assert store.get("a", NOON + timedelta(minutes=30)).entry_id == "prolaps"
    assert store.get("a", NOON + timedelta(minutes=31)).turns == ()
    assert len(store) == 0, "the expired chat is dropped, not just hidden"


def test_the_least_recently_active_chat_makes_room() -> None:
    store = ContextStore(max_chats=2)
    store.add("a", turn("1"), NOON)
    store.add("b", turn("2"), NOON)
    store.add("a", turn("3"), NOON)  # a is active again
    store.add("c", turn("4"), NOON)
    assert len(store) == 2
    assert store.get("b", NOON).turns == ()
    assert store.get("a", NOON).turns and store.get("c", NOON).turns


def test_forget_drops_a_chat() -> None:
    store = ContextStore()
    store.add("a", turn("om iskias", "prolaps"), NOON)
    store.forget("a")
    store.forget("never-seen")
    assert store.get("a", NOON).turns == ()
