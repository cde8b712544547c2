"""The knowledge files: complete, verbatim from the article, and loud when broken."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.knowledge import KNOWLEDGE_DIR, KnowledgeError, load_entries, load_exercises, read_yaml
from bot.normalise import fold

ARTICLE = (KNOWLEDGE_DIR / "article.md").read_text(encoding="utf-8")
FAQ_CONTAINER = "Ofte stillede spørgsmål om Ondt i lænden"

ENTRIES = load_entries(KNOWLEDGE_DIR / "entries.yaml")
BY_ID = {entry.id: entry for entry in ENTRIES}
EXERCISES = load_exercises(KNOWLEDGE_DIR / "exercises.yaml", set(BY_ID))


def squash(text: str) -> str:
    return " ".join(text.split())


SQUASHED_ARTICLE = squash(ARTICLE)


def paragraphs(text: str) -> list[str]:
    return [squash(p) for p in re.split(r"\n\s*\n", text) if p.strip()]


def article_headings() -> list[str]:
    headings = re.findall(r"^#{2,3} (.+?)\s*$", ARTICLE, flags=re.MULTILINE)
    return [h for h in headings if h != FAQ_CONTAINER]


def table_rows() -> dict[str, list[str]]:
    """First cell -> cells, for the data rows of the article's table."""
    rows = {}
    for line in ARTICLE.splitlines():
        if line.startswith("|"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if not set(cells[0]) <= set("-:") and cells[0] != "Årsag":
                rows[cells[0]] = cells
    return rows


def first_paragraph_after(heading: str) -> str:
    after = ARTICLE.split(f" {heading}\n", 1)[1]
    return squash(after.strip().split("\n", 1)[0])


def test_every_heading_and_table_row_has_exactly_one_entry() -> None:
    expected = article_headings() + list(table_rows())
    assert len(expected) == 24
    headings = [entry.heading for entry in ENTRIES]
    for heading in expected:
        assert headings.count(heading) == 1, heading
    assert sorted(headings) == sorted(expected)


def test_sources_match_where_the_heading_comes_from() -> None:
    faq_part = ARTICLE.split(f"## {FAQ_CONTAINER}", 1)[1]
    for entry in ENTRIES:
        if entry.heading in table_rows():
            assert entry.source == "table", entry.id
        elif f"### {entry.heading}\n" in faq_part:
            assert entry.source == "faq", entry.id
        else:
            assert entry.source == "section", entry.id


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.source != "table"], ids=lambda e: e.id)
def test_section_and_faq_answers_are_the_article_text_under_their_heading(entry) -> None:
    answer = paragraphs(entry.answer)
    for paragraph in answer:
        assert paragraph in SQUASHED_ARTICLE, paragraph
    assert answer[0] == first_paragraph_after(entry.heading)


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.source == "table"], ids=lambda e: e.id)
def test_table_answers_are_the_row_cells_as_sentences(entry) -> None:
    """Every word of the row's symptom and action cells, in order, in whole sentences."""
    answer = fold(entry.answer).split()
    cells = table_rows()[entry.heading][1:]
    position = 0
    for word in fold(" ".join(cells)).split():
        assert word in answer[position:], word
        position = answer.index(word, position) + 1
    sentences = entry.answer.strip().split(". ")
    assert len(sentences) == 2 and entry.answer.strip().endswith(".")
    assert all(sentence[0].isupper() for sentence in sentences)


def test_exercises_section_keeps_its_own_intro_and_closing_not_the_subsections() -> None:
    answer = BY_ID["oevelser"].answer
    assert answer.startswith("Når du vælger øvelser")
    assert answer.endswith("mindske smerte.")
    assert "alle fire" not in answer


def test_exercises_are_verbatim_and_point_at_their_entries() -> None:
    assert [exercise.id for exercise in EXERCISES] == ["bird-dog", "knae-til-bryst", "kat-ko"]
    for exercise in EXERCISES:
        assert squash(exercise.instructions) == squash(BY_ID[exercise.entry_id].answer)
        for paragraph in paragraphs(exercise.instructions) + paragraphs(exercise.dosage):
            assert paragraph in SQUASHED_ARTICLE, paragraph
        assert "1–2 gange dagligt" in exercise.dosage


def test_each_entry_has_enough_alternates_and_none_is_shared() -> None:
    owner: dict[str, str] = {fold(entry.heading): entry.id for entry in ENTRIES}
    for entry in ENTRIES:
        assert len(entry.alternates) >= 12, entry.id
        for alternate in entry.alternates:
            folded = fold(alternate)
            assert folded not in owner, f"{entry.id}: '{alternate}' also in {owner.get(folded)}"
            owner[folded] = entry.id


def test_keywords_and_related_are_usable() -> None:
    seen: set[str] = set()
    for entry in ENTRIES:
        assert 4 <= len(entry.keywords) <= 12, entry.id
        assert len(entry.related) <= 3 and entry.id not in entry.related, entry.id
        for keyword in entry.keywords:
            assert fold(keyword) not in seen, f"{entry.id}: keyword '{keyword}' used twice"
            seen.add(fold(keyword))


def test_diagnosis_disclaimer_goes_with_causes_and_danger_signs_not_exercises() -> None:
    for entry in ENTRIES:
        if entry.source == "table" or entry.id in ("symptomer", "soeg-hjaelp", "scanning"):
            assert entry.diagnosis, entry.id
    for exercise in EXERCISES:
        assert not BY_ID[exercise.entry_id].diagnosis, exercise.id


def valid_entry(ident: str) -> dict:
    return {
        "id": ident,
        "heading": f"Spørgsmål {ident}?",
        "source": "faq",
        "answer": "Et svar.",
        "alternates": [f"{ident} spørgsmål {n}" for n in range(8)],
        "keywords": [ident],
        "related": [],
    }


def broken(change: str) -> dict:
    first, second = valid_entry("a"), valid_entry("b")
    if change == "missing answer":
        del second["answer"]
    elif change == "few alternates":
        second["alternates"] = second["alternates"][:3]
    elif change == "duplicate id":
        second["id"] = "a"
    elif change == "bad related":
        second["related"] = ["nope"]
    elif change == "bad source":
        second["source"] = "blog"
    return {"entries": [first, second]}


@pytest.mark.parametrize(
    ("change", "fragments"),
    [
        ("missing answer", ["entries.yaml", "b:", "'answer'"]),
        ("few alternates", ["entries.yaml", "b:", "'alternates' needs at least 8", "has 3"]),
        ("duplicate id", ["entries.yaml", "id 'a' appears twice"]),
        ("bad related", ["entries.yaml", "b:", "related id 'nope' does not exist"]),
        ("bad source", ["entries.yaml", "b:", "'source' must be one of"]),
    ],
)
def test_a_broken_entries_file_fails_with_one_clear_line(
    tmp_path: Path, change: str, fragments: list[str]
) -> None:
    path = tmp_path / "entries.yaml"
    path.write_text(yaml.safe_dump(broken(change), allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        load_entries(path)
    message = str(error.value)
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message


def test_invalid_yaml_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "entries.yaml"
    path.write_text("entries:\n  - id: a\n    heading: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        load_entries(path)
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith("entries.yaml:")
    assert re.search(r"at line \d+$", message)


def test_a_key_written_twice_names_the_key_and_line(tmp_path: Path) -> None:
    path = tmp_path / "entries.yaml"
    path.write_text("entries:\n  - id: a\n    heading: A\n    heading: B\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        load_entries(path)
    assert str(error.value) == "entries.yaml: the key 'heading' is written twice at line 4"


def test_a_merge_key_is_no_key_written_twice(tmp_path: Path) -> None:
    path = tmp_path / "shared.yaml"
    path.write_text("base: &b {heading: A}\nentry:\n  <<: *b\n  id: a\n", encoding="utf-8")
    assert read_yaml(path)["entry"] == {"heading": "A", "id": "a"}


def test_an_exercise_pointing_at_a_missing_entry_fails_with_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "exercises.yaml"
    exercise = {
        "id": "planke",
        "name": "Planke",
        "entry": "planke",
        "instructions": "Lig på albuerne.",
        "dosage": "Hver dag.",
    }
    path.write_text(yaml.safe_dump({"exercises": [exercise]}, allow_unicode=True), "utf-8")
    with pytest.raises(KnowledgeError) as error:
        load_exercises(path, set(BY_ID))
    assert str(error.value) == "exercises.yaml: planke: entry 'planke' does not exist"


def test_a_goal_of_two_exercises_fails_with_one_clear_line(tmp_path: Path) -> None:
    # "hvilken øvelse er bedst mod stivhed?" must name one exercise, not two
    path = tmp_path / "exercises.yaml"
    exercises = [
        {
            "id": entry_id,
            "name": entry_id,
            "entry": entry_id,
            "instructions": "Start på alle fire.",
            "dosage": "Hver dag.",
            "goals": ["stivhed"],
        }
        for entry_id in ("kat-ko", "bird-dog")
    ]
    path.write_text(yaml.safe_dump({"exercises": exercises}, allow_unicode=True), "utf-8")
    with pytest.raises(KnowledgeError) as error:
        load_exercises(path, set(BY_ID))
    assert str(error.value) == "exercises.yaml: goal 'stivhed' appears twice"
