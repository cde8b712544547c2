"""The Telegram layer's own Danish texts (knowledge/telegram.yaml) and filling them in.

The texts are plain; `fill` HTML-escapes the text and every value, because messages
are sent with parse_mode HTML and no user or knowledge text may break the formatting.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from bot.knowledge import KNOWLEDGE_DIR, load_texts

TEXTS_FILE = KNOWLEDGE_DIR / "telegram.yaml"


@dataclass(frozen=True)
class TelegramTexts:
    start_intro: str
    start_not_a_doctor: str
    start_contacts_title: str
    help: str
    text_only: str
    error: str
    stale_button: str
    more_button: str
    feedback_up: str
    feedback_down: str
    feedback_thanks: str
    exercises_intro: str
    dosage_label: str
    reminder_set: str
    reminder_current: str
    reminder_none: str
    reminder_bad_time: str
    reminder_stopped: str
    reminder_not_active: str
    reminder_intro: str
    done_button: str
    stop_button: str
    done_streak_one: str
    done_streak_many: str
    delete_confirm: str
    delete_yes: str
    delete_no: str
    deleted: str
    delete_cancelled: str
    command_start: str
    command_hjaelp: str
    command_ovelser: str
    command_paamind: str
    command_afmeld: str
    command_dagbog: str
    command_forloeb: str
    command_mine_data: str
    command_slet: str
    diary_consent_question: str
    diary_consent_yes: str
    diary_consent_no: str
    diary_consent_given: str
    diary_consent_declined: str
    diary_question: str
    diary_question_answered: str
    diary_saved: str
    diary_day_over: str
    diary_not_started: str
    diary_private_only: str
    diary_offer_button: str
    my_data_caption: str


def load_telegram_texts(path: Path = TEXTS_FILE) -> TelegramTexts:
    return load_texts(path, TelegramTexts)


def html(text: str) -> str:
    """Plain text made safe for parse_mode HTML (quotes need no escaping outside tags)."""
    return escape(text, quote=False)


def fill(template: str, **values: object) -> str:
    """`template` with {name} placeholders filled, all of it HTML-escaped."""
    return html(template).format(**{name: html(str(value)) for name, value in values.items()})
