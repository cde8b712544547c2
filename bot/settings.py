"""Run-time settings from the environment and an optional .env file.

The environment wins over .env, so a deployment can override a checked-out file.
Every setting and its default is documented in .env.example.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values

from bot.logs import TOKEN_SHAPE

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_DB = Path("data/rygbot.sqlite3")
DEFAULT_TIMEZONE = "Europe/Copenhagen"
_DEFAULT_ZONE = ZoneInfo(DEFAULT_TIMEZONE)
DEFAULT_LOG_LEVEL = "INFO"
DEFAULT_WEBHOOK_PORT = 8443

_SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,256}")
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class SettingsError(Exception):
    """A setting has a value the bot cannot use; the message is one line naming it."""


@dataclass(frozen=True)
class Settings:
    token: str | None = field(repr=False)  # never in a repr, so never in a log
    api_base_url: str = DEFAULT_API_BASE_URL
    db_path: Path = DEFAULT_DB
    timezone: ZoneInfo = _DEFAULT_ZONE
    log_level: int = logging.INFO
    webhook_url: str | None = None
    webhook_port: int = DEFAULT_WEBHOOK_PORT
    webhook_secret: str | None = None

    @property
    def webhook_path(self) -> str:
        """The path part of the webhook URL, where the local web server listens."""
        return urlsplit(self.webhook_url or "").path.strip("/")


def load_settings(env_file: Path | None = Path(".env")) -> Settings:
    """Read the settings; a missing token is allowed (token None), a malformed value is not."""
    values = {k: v for k, v in dotenv_values(env_file).items() if v} if env_file else {}
    values.update({k: v for k, v in os.environ.items() if v})

    def get(name: str) -> str | None:
        value = values.get(name, "").strip()
        return value or None

    return Settings(
        token=_token(get("TELEGRAM_BOT_TOKEN")),
        api_base_url=_api_base_url(get("TELEGRAM_API_BASE_URL")),
        db_path=Path(get("RYGBOT_DB") or DEFAULT_DB),
        timezone=_timezone(get("RYGBOT_TIMEZONE") or DEFAULT_TIMEZONE),
        log_level=_log_level(get("RYGBOT_LOG_LEVEL") or DEFAULT_LOG_LEVEL),
        webhook_url=_webhook_url(get("RYGBOT_WEBHOOK_URL")),
        webhook_port=_port(get("RYGBOT_WEBHOOK_PORT")),
        webhook_secret=_secret(get("RYGBOT_WEBHOOK_SECRET")),
    )


def _token(value: str | None) -> str | None:
    if value is not None and not TOKEN_SHAPE.fullmatch(value):
        # Never echo the value: it may be a real token with a typo.
        raise SettingsError(
            "TELEGRAM_BOT_TOKEN is malformed: expected digits, ':' and at least 20 letters, "
            "digits, '_' or '-' (as given by @BotFather)"
        )
    return value


def _url(name: str, value: str, schemes: tuple[str, ...]) -> str:
    parts = urlsplit(value)
    try:
        _ = parts.port  # a port that is not a number raises ValueError
    except ValueError:
        raise SettingsError(f"{name} has an invalid port: {value!r}") from None
    if parts.scheme not in schemes or not parts.netloc:
        wanted = " or ".join(f"{scheme}://" for scheme in schemes)
        raise SettingsError(f"{name} must be an {wanted} URL, got {value!r}")
    return value.rstrip("/")


def _api_base_url(value: str | None) -> str:
    """The Bot API URL the token is appended to: it must end in /bot."""
    if value is None:
        return DEFAULT_API_BASE_URL
    url = _url("TELEGRAM_API_BASE_URL", value, ("http", "https"))
    if not urlsplit(url).path.endswith("/bot"):
        raise SettingsError(
            f"TELEGRAM_API_BASE_URL must end in /bot (the token follows it), got {value!r}"
        )
    return url


def _webhook_url(value: str | None) -> str | None:
    """Telegram only calls https:// webhooks."""
    return None if value is None else _url("RYGBOT_WEBHOOK_URL", value, ("https",))


def _timezone(value: str) -> ZoneInfo:
    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError(
            f"RYGBOT_TIMEZONE {value!r} is not a known time zone (e.g. Europe/Copenhagen)"
        ) from None


def _log_level(value: str) -> int:
    name = value.upper()
    if name not in _LOG_LEVELS:
        raise SettingsError(f"RYGBOT_LOG_LEVEL must be one of {', '.join(_LOG_LEVELS)}")
    return logging.getLevelNamesMapping()[name]


def _port(value: str | None) -> int:
    if value is None:
        return DEFAULT_WEBHOOK_PORT
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise SettingsError(f"RYGBOT_WEBHOOK_PORT must be a port number 1-65535, got {value!r}")
    return int(value)


def _secret(value: str | None) -> str | None:
    if value is not None and not _SECRET_PATTERN.fullmatch(value):
        raise SettingsError(
            "RYGBOT_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, '_' and '-'"
        )
    return value
