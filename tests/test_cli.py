"""The command line: batch mode for the scorer and the terminal chat."""

import io
import json
from collections.abc import Iterator

import pytest

from bot.cli import main
from bot.storage import Storage


@pytest.fixture(autouse=True)
def no_token(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """Run each test where no .env and no token can reach the command."""
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)


def test_batch_mode_answers_one_json_line_per_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ["hvordan laver jeg bird dog", "jeg kan ikke holde på vandet", "hvad er klokken", ""]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["ask", "--jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == len(lines)
    assert records[0]["heading"] == 'Hvordan laver jeg stabilitetsøvelsen "bird-dog"?'
    assert records[0]["red_flag"] == "none"
    assert records[1]["red_flag"] == "acute"
    # The warning alone, what to do and the number first; the article's list on request.
    assert records[1]["reply"].startswith("⚠️")
    assert "112" in records[1]["reply"] and "Søg hjælp nu" in records[1]["reply"]
    assert records[1]["suggestions"] == ["Hvilke symptomer skal jeg være opmærksom på?"]
    assert records[2]["heading"] is None and records[2]["suggestions"]
    fields = {"heading", "id", "score", "red_flag", "suggestions", "reply", "more"}
    assert all(set(r) >= fields for r in records)
    # What the user sees first, and the rest apart.
    assert records[0]["more"] and records[0]["more"] not in records[0]["reply"]


def test_batch_mode_reads_conversation_lines_with_their_chat_context(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def line(chat: str, text: str) -> str:
        return json.dumps({"conversation": chat, "text": text}, ensure_ascii=False)

    lines = [
        line("a", "jeg tror jeg har iskias"),
        line("b", "hvordan laver man kat-ko"),
        line("a", "må jeg godt træne med det?"),
        "må jeg godt træne med det?",  # a plain line is a conversation of its own
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["ask", "--jsonl"]) == 0
    records = [json.loads(out) for out in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records][1:3] == ["kat-ko", "iskias-traening"]
    assert records[3]["id"] != "iskias-traening"


def test_ask_answers_a_question_given_as_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "hvad", "er", "hekseskud"]) == 0
    assert "lokal ømhed" in capsys.readouterr().out


def _typed(*messages: str) -> Iterator[str]:
    yield from messages
    raise EOFError


def test_chat_without_a_token_talks_in_the_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = _typed("hvad kan du", "1", "0")
    monkeypatch.setattr("builtins.input", lambda _prompt="": next(typed))
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "Jeg kan svare på spørgsmål om ondt i lænden" in out
    # "1" picks the first suggested question and answers it; "0" shows the rest.
    assert "Hurtig lindring kan ofte opnås" in out
    assert "Skriv 0 for at læse mere." in out
    assert "Smertestillende medicin kan give midlertidig lindring" in out
    assert out.rstrip().endswith("Farvel, og god bedring!")


def test_a_quit_command_with_a_slash_ends_the_terminal_chat(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = _typed("jeg kommer ikke ud af sengen benene vil ikke", "/quit", "hej")
    monkeypatch.setattr("builtins.input", lambda _prompt="": next(typed))
    assert main([]) == 0
    out = capsys.readouterr().out
    # One warning for the message; "/quit" is no message that keeps it, and "hej" is
    # never read.
    assert out.count("⚠️") == 1
    assert "Jeg er rygbot" not in out
    assert out.rstrip().endswith("Farvel, og god bedring!")


def test_data_commands_in_the_terminal_say_what_it_keeps_and_forget_on_request(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = _typed(
        "jeg kan ikke holde på vandet", "/slet", "og nu?", "/mine_data", "/paamind 07:30"
    )
    monkeypatch.setattr("builtins.input", lambda _prompt="": next(typed))
    assert main([]) == 0
    out = capsys.readouterr().out
    # "/slet" forgets the chat, so "og nu?" no longer goes on from the warning.
    assert out.count("⚠️") == 1
    assert "Jeg har glemt vores samtale" in out
    assert "gemmer jeg intet på disken" in out
    assert "kun, når rygbot kører på Telegram" in out


def test_an_unknown_command_in_the_terminal_gets_the_help(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = _typed("/stop")
    monkeypatch.setattr("builtins.input", lambda _prompt="": next(typed))
    assert main([]) == 0
    assert "Jeg kan svare på spørgsmål om ondt i lænden" in capsys.readouterr().out


def test_feedback_counts_are_printed_per_answer(
    monkeypatch: pytest.MonkeyPatch, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "rygbot.sqlite3"
    monkeypatch.setenv("RYGBOT_DB", str(database))
    storage = Storage(database)
    storage.add_feedback("bird-dog", helpful=True)
    storage.add_feedback("bird-dog", helpful=True)
    storage.add_feedback("bird-dog", helpful=False)
    storage.close()
    assert main(["feedback"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert '     2 👍      1 👎  Hvordan laver jeg stabilitetsøvelsen "bird-dog"?' in lines
    assert len(lines) == 24


def test_chart_demo_writes_a_png(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "forloeb.png"
    assert main(["chart", "--demo", str(target)]) == 0
    assert target.read_bytes().startswith(b"\x89PNG")
    assert str(target) in capsys.readouterr().out


def test_chart_demo_to_an_unwritable_place_says_so(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["chart", "--demo", str(tmp_path / "no" / "such" / "dir.png")]) == 1
    assert "cannot write" in capsys.readouterr().err
