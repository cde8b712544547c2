"""Long answers are split for Telegram without losing or breaking words."""

from bot.reply import MAX_MESSAGE_LENGTH, split_message


def test_short_text_is_one_message() -> None:
    assert split_message("Hej med dig") == ["Hej med dig"]


def test_splits_at_paragraphs_first() -> None:
    first, second = "a " * 1500, "b " * 1500
    chunks = split_message(f"{first}\n\n{second}")
    assert chunks == [first.strip(), second.strip()]


def test_every_chunk_fits_and_no_word_is_cut() -> None:
    text = " ".join(f"ord{n}" for n in range(3000))
    chunks = split_message(text)
    assert all(len(c) <= MAX_MESSAGE_LENGTH for c in chunks)
    assert " ".join(chunks).split() == text.split()


def test_a_word_longer_than_the_limit_is_cut_hard() -> None:
    chunks = split_message("x" * 9000)
    assert [len(c) for c in chunks] == [4096, 4096, 808]


def test_blank_text_gives_no_messages() -> None:
    assert split_message("  \n\n ") == []
