"""Settings from the environment and .env: defaults, precedence, one-line errors."""

from __future__ import annotations

import logging
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.settings import Settings, SettingsError, load_settings

TOKEN = "123456789:AAHfakeTokenForTests_abcdefghijklmnop"
NAMES = (
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_API_BASE_URL",
    "RYGBOT_DB",
    "RYGBOT_TIMEZONE",
    "RYGBOT_LOG_LEVEL",
    "RYGBOT_WEBHOOK_URL",
    "RYGBOT_WEBHOOK_PORT",
    "RYGBOT_WEBHOOK_SECRET",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in NAMES:
        monkeypatch.delenv(name, raising=False)


def env_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / ".env"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_token_or_file(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "missing.env")
    assert settings == Settings(token=None)
    assert settings.api_base_url == "https://api.telegram.org/bot"
    assert settings.db_path == Path("data/rygbot.sqlite3")
    assert settings.timezone == ZoneInfo("Europe/Copenhagen")
    assert settings.log_level == logging.INFO
    assert settings.webhook_url is None


def test_env_file_is_read_and_environment_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = env_file(
        tmp_path,
        f"TELEGRAM_BOT_TOKEN={TOKEN}\nRYGBOT_DB=/tmp/x.sqlite3\nRYGBOT_LOG_LEVEL=debug\n",
    )
    monkeypatch.setenv("RYGBOT_DB", "/srv/rygbot.sqlite3")
    settings = load_settings(path)
    assert settings.token == TOKEN
    assert settings.db_path == Path("/srv/rygbot.sqlite3")
    assert settings.log_level == logging.DEBUG


def test_empty_values_mean_defaults(tmp_path: Path) -> None:
    """A copied .env.example has empty values: they must not count as set."""
    example = Path(__file__).parent.parent / ".env.example"
    blank = "\n".join(
        line.split("=")[0] + "=" if "=" in line and not line.startswith("#") else line
        for line in example.read_text(encoding="utf-8").splitlines()
    )
    assert load_settings(env_file(tmp_path, blank)) == Settings(token=None)


def test_example_documents_every_setting_with_its_default() -> None:
    example = Path(__file__).parent.parent / ".env.example"
    text = example.read_text(encoding="utf-8")
    assert all(f"{name}=" in text for name in NAMES)
    assert load_settings(example) == Settings(token=None)


def test_webhook_settings(tmp_path: Path) -> None:
    path = env_file(
        tmp_path,
        "RYGBOT_WEBHOOK_URL=https://bot.example.dk/telegram/hook\n"
        "RYGBOT_WEBHOOK_PORT=8080\nRYGBOT_WEBHOOK_SECRET=s3cret_-X\n",
    )
    settings = load_settings(path)
    assert settings.webhook_url == "https://bot.example.dk/telegram/hook"
    assert settings.webhook_path == "telegram/hook"
    assert (settings.webhook_port, settings.webhook_secret) == (8080, "s3cret_-X")


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("TELEGRAM_BOT_TOKEN=not-a-token", "TELEGRAM_BOT_TOKEN"),
        (f"TELEGRAM_BOT_TOKEN={TOKEN}/getMe", "TELEGRAM_BOT_TOKEN"),  # token and more
        ("TELEGRAM_API_BASE_URL=api.telegram.org", "TELEGRAM_API_BASE_URL"),
        ("RYGBOT_TIMEZONE=Europe/Aarhus", "RYGBOT_TIMEZONE"),
        ("RYGBOT_LOG_LEVEL=LOUD", "RYGBOT_LOG_LEVEL"),
        ("RYGBOT_WEBHOOK_PORT=http", "RYGBOT_WEBHOOK_PORT"),
        ("RYGBOT_WEBHOOK_PORT=70000", "RYGBOT_WEBHOOK_PORT"),
        ("RYGBOT_WEBHOOK_URL=ftp://x", "RYGBOT_WEBHOOK_URL"),
        ("RYGBOT_WEBHOOK_URL=http://bot.example.dk/hook", "https://"),  # Telegram needs https
        ("TELEGRAM_API_BASE_URL=http://localhost:8081", "must end in /bot"),
        ("TELEGRAM_API_BASE_URL=http://localhost:80x1/bot", "invalid port"),
        ("RYGBOT_WEBHOOK_SECRET=has space", "RYGBOT_WEBHOOK_SECRET"),
    ],
)
def test_malformed_value_is_one_line_naming_the_setting(
    tmp_path: Path, line: str, named: str
) -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings(env_file(tmp_path, line + "\n"))
    message = str(raised.value)
    assert named in message and "\n" not in message


def test_malformed_token_is_not_echoed(tmp_path: Path) -> None:
    almost = "123456789:short-but-secret"
    with pytest.raises(SettingsError) as raised:
        load_settings(env_file(tmp_path, f"TELEGRAM_BOT_TOKEN={almost}\n"))
    assert "short-but-secret" not in str(raised.value)


def test_token_never_in_repr(tmp_path: Path) -> None:
    settings = load_settings(env_file(tmp_path, f"TELEGRAM_BOT_TOKEN={TOKEN}\n"))
    assert TOKEN.split(":")[1] not in repr(settings)
