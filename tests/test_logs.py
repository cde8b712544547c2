"""Logging: library loggers kept quiet, tokens redacted wherever they appear."""

from __future__ import annotations

import io
import logging

import pytest

from bot.logs import LIBRARY_LOGGERS, REDACTED, configure_logging, redact

TOKEN = "123456789:AAHfakeTokenForTests_abcdefghijklmnop"


def test_redact_finds_bare_and_url_tokens() -> None:
    url = f"POST https://api.telegram.org/bot{TOKEN}/getUpdates"
    assert redact(url) == f"POST https://api.telegram.org/bot{REDACTED}/getUpdates"
    assert redact(f"token={TOKEN}.") == f"token={REDACTED}."
    assert redact("kl. 07:30 i morgen") == "kl. 07:30 i morgen"


@pytest.mark.parametrize("level", [logging.DEBUG, logging.INFO, logging.ERROR])
def test_library_loggers_stay_at_warning_or_above(restore_logging: None, level: int) -> None:
    configure_logging(level, io.StringIO())
    assert logging.getLogger().level == level
    for name in LIBRARY_LOGGERS:
        assert logging.getLogger(name).getEffectiveLevel() == max(level, logging.WARNING)
    assert not logging.getLogger("httpx").isEnabledFor(logging.INFO)


def test_token_redacted_in_messages_arguments_and_tracebacks(restore_logging: None) -> None:
    stream = io.StringIO()
    configure_logging(logging.DEBUG, stream)
    log = logging.getLogger("telegram.ext.Updater")
    log.warning("Network error calling https://api.telegram.org/bot%s/getMe", TOKEN)
    try:
        raise RuntimeError(f"httpx.ConnectError: bot{TOKEN}")
    except RuntimeError:
        logging.getLogger("bot.test").exception("failed")
    output = stream.getvalue()
    assert "AAHfakeToken" not in output
    assert output.count(REDACTED) == 2 and "Traceback" in output


def test_configuring_twice_keeps_one_handler(restore_logging: None) -> None:
    first, second = io.StringIO(), io.StringIO()
    configure_logging(logging.INFO, first)
    configure_logging(logging.INFO, second)
    logging.getLogger("bot.test").info("once")
    assert first.getvalue() == "" and second.getvalue().count("once") == 1
