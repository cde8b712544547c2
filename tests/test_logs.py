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


@pytest.mark.usefixtures("restore_logging")
@pytest.mark.parametrize("level", [logging.DEBUG, logging.INFO, logging.ERROR])
def test_library_loggers_stay_at_warning_or_above(level: int) -> None:
    configure_logging(level, io.StringIO())
    assert logging.getLogger().level == level
    for name in LIBRARY_LOGGERS:
        assert logging.getLogger(name).getEffectiveLevel() == max(level, logging.WARNING)
    assert not logging.getLogger("httpx").isEnabledFor(logging.INFO)


@pytest.mark.usefixtures("restore_logging")
def test_token_redacted_in_our_messages_and_never_in_tracebacks() -> None:
    stream = io.StringIO()
    configure_logging(logging.DEBUG, stream)
    log = logging.getLogger("bot.telegram.app")
    log.warning("Network error calling https://api.telegram.org/bot%s/getMe", TOKEN)
    try:
        raise RuntimeError(f"httpx.ConnectError: bot{TOKEN}")
    except RuntimeError:
        logging.getLogger("bot.test").exception("failed")
    output = stream.getvalue()
    assert "AAHfakeToken" not in output
    assert output.count(REDACTED) == 1 and "Traceback" in output
    assert "RuntimeError (message withheld)" in output


@pytest.mark.usefixtures("restore_logging")
def test_library_records_keep_their_template_and_numbers_but_no_data() -> None:
    """PTB's CRITICAL record about an update it cannot parse quotes the whole update."""
    stream = io.StringIO()
    configure_logging(logging.INFO, stream)
    update = {"update_id": 7, "message": {"text": "Jeg kan ikke holde på vandet"}}
    try:
        raise TypeError(f"bad update {update}")
    except TypeError as error:
        logging.getLogger("telegram.ext.Updater").critical(
            "Something went wrong. Received data was: %r", update, exc_info=error
        )
    logging.getLogger("telegram.ext.AIORateLimiter").error("Rate limit hit after %d retries", 3)
    logging.getLogger("httpx").warning("POST %s failed", f"https://x/bot{TOKEN}/sendMessage")
    output = stream.getvalue()
    assert "vandet" not in output and "AAHfakeToken" not in output
    assert "Received data was: <withheld dict>" in output
    assert "TypeError (message withheld)" in output
    assert "Rate limit hit after 3 retries" in output
    assert "POST <withheld str> failed" in output


@pytest.mark.usefixtures("restore_logging")
def test_configuring_twice_keeps_one_handler() -> None:
    first, second = io.StringIO(), io.StringIO()
    configure_logging(logging.INFO, first)
    configure_logging(logging.INFO, second)
    logging.getLogger("bot.test").info("once")
    assert first.getvalue() == "" and second.getvalue().count("once") == 1
