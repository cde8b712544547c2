"""Telegram update handlers: thin glue between PTB, the brain, the diary and storage.

Every text comes from the brain or knowledge/telegram.yaml and is HTML-escaped before
sending. Edited messages are handled like new ones, and a caption (of a photo, a video,
a document) like a text message: a danger sign must be seen wherever it is written. In
groups the bot answers only commands and messages that mention it or reply to it.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup, Message, MessageEntity, Update
from telegram.constants import ChatAction, ChatType
from telegram.error import Forbidden, NetworkError, TelegramError
from telegram.ext import (
    Application,
    CallbackContext,
    CallbackQueryHandler,
    CommandHandler,
    ExtBot,
    MessageHandler,
    filters,
)

from bot import diary, exercise_days, my_data
from bot.brain import Brain
from bot.chart import render_chart
from bot.conversation import Conversations
from bot.diary import DiaryTexts
from bot.knowledge import Entry
from bot.nudges import Nudge, choose_nudge, lookback_start, nudge_text
from bot.reminders import schedule_reminder
from bot.reply import Reply
from bot.schedule import parse_reminder_time
from bot.storage import Storage
from bot.telegram import keyboards
from bot.telegram.render import exercise_html, reply_html
from bot.telegram.sending import URGENT, SendPolicy
from bot.telegram.texts import TelegramTexts, fill, html

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]  # the current instant, timezone-aware
# The bot as handlers get it: an ExtBot whose rate_limit_args are the send scheduler's
# policies (bot/telegram/sending.py).
Bot = ExtBot[SendPolicy]
Context = CallbackContext[Bot, dict[Any, Any], dict[Any, Any], dict[Any, Any]]

_MESSAGES = filters.UpdateType.MESSAGES  # new and edited messages, no channel posts
NON_TEXT = _MESSAGES & (
    filters.PHOTO
    | filters.Sticker.ALL
    | filters.VOICE
    | filters.AUDIO
    | filters.VIDEO
    | filters.VIDEO_NOTE
    | filters.ANIMATION
    | filters.Document.ALL
    | filters.LOCATION
    | filters.VENUE
    | filters.CONTACT
    | filters.POLL
    | filters.Dice.ALL
)


@dataclass(frozen=True)
class Command:
    """One slash command: its name, the ChatHandlers method that answers it, and the
    texts.py field that describes it in the menu (setMyCommands) and in /hjaelp."""

    name: str
    method: str
    description: str
    aliases: tuple[str, ...] = ()


# The one table of commands, in menu order: handlers, menu and help text all come from it.
COMMANDS = (
    Command("start", "start", "command_start"),
    Command("hjaelp", "help", "command_hjaelp", aliases=("help",)),
    Command("ovelser", "exercises", "command_ovelser"),
    Command("paamind", "remind", "command_paamind"),
    Command("afmeld", "unsubscribe", "command_afmeld"),
    Command("dagbog", "diary", "command_dagbog"),
    Command("forloeb", "progress", "command_forloeb"),
    Command("mine_data", "my_data", "command_mine_data"),
    Command("slet", "delete", "command_slet"),
)


@dataclass
class ChatHandlers:
    brain: Brain
    storage: Storage
    texts: TelegramTexts
    tz: ZoneInfo
    clock: Clock
    contacts: str  # the emergency contacts shown by /start (plain text)
    diary_texts: DiaryTexts
    advice: Entry  # the article's "Hvornår skal jeg søge hjælp?", quoted by nudges
    conversations: Conversations  # each chat's context, in memory only

    def register(self, app: Application) -> None:
        for command in COMMANDS:
            callback = getattr(self, command.method)
            app.add_handler(CommandHandler((command.name, *command.aliases), callback))
        app.add_handler(
            MessageHandler(
                _MESSAGES & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND, self.text
            )
        )
        app.add_handler(MessageHandler(_MESSAGES & filters.COMMAND, self.unknown_command))
        app.add_handler(MessageHandler(NON_TEXT, self.non_text))
        callbacks = {
            keyboards.QUESTION: self.question_pressed,
            keyboards.MORE: self.more_pressed,
            keyboards.FEEDBACK: self.feedback_pressed,
            keyboards.EXERCISE: self.exercise_pressed,
            keyboards.DONE: self.done_pressed,
            keyboards.STOP: self.stop_pressed,
            keyboards.DELETE: self.delete_pressed,
            keyboards.CONSENT: self.consent_pressed,
            keyboards.PAIN: self.pain_pressed,
            keyboards.DIARY: self.diary_pressed,
        }
        for prefix, callback in callbacks.items():
            app.add_handler(CallbackQueryHandler(callback, pattern=keyboards.PATTERNS[prefix]))
        app.add_handler(CallbackQueryHandler(self.stale_pressed))
        app.add_error_handler(self.on_error)

    # -- commands ----------------------------------------------------------------------------

    async def start(self, update: Update, context: Context) -> None:
        """Who the bot is, what it does, that it is no doctor, whom to call."""
        t = self.texts
        text = "\n\n".join(
            [
                html(t.start_intro),
                html(t.start_not_a_doctor),
                f"<b>{html(t.start_contacts_title)}</b>\n{html(self.contacts)}",
            ]
        )
        await self._send(context.bot, _chat_id(update), text)

    async def help(self, update: Update, context: Context) -> None:
        await self._send(context.bot, _chat_id(update), self._help_text())

    async def unknown_command(self, update: Update, context: Context) -> None:
        """Commands the bot does not know; in groups they may be meant for another bot."""
        if _is_private(update):
            await self._send(context.bot, _chat_id(update), self._help_text())

    async def exercises(self, update: Update, context: Context) -> None:
        markup = keyboards.exercises_keyboard(self.brain.exercises)
        await self._send(context.bot, _chat_id(update), html(self.texts.exercises_intro), markup)

    async def remind(self, update: Update, context: Context) -> None:
        """/paamind 07:30 sets the daily reminder; /paamind alone shows it."""
        chat_id = _chat_id(update)
        if not context.args:
            current = self.storage.reminder(chat_id)
            text = (
                fill(self.texts.reminder_current, time=f"{current.local_time:%H:%M}")
                if current
                else html(self.texts.reminder_none)
            )
            await self._send(context.bot, chat_id, text)
            return
        local_time = parse_reminder_time(" ".join(context.args))
        if local_time is None:
            await self._send(context.bot, chat_id, html(self.texts.reminder_bad_time))
            return
        schedule_reminder(self.storage, chat_id, local_time, self.clock(), self.tz)
        await self._send(
            context.bot, chat_id, fill(self.texts.reminder_set, time=f"{local_time:%H:%M}")
        )

    async def unsubscribe(self, update: Update, context: Context) -> None:
        await self._stop_reminders(context.bot, _chat_id(update))

    async def delete(self, update: Update, context: Context) -> None:
        """/slet asks first; the buttons do the deleting."""
        markup = keyboards.delete_keyboard(self.texts)
        await self._send(context.bot, _chat_id(update), html(self.texts.delete_confirm), markup)

    async def diary(self, update: Update, context: Context) -> None:
        """/dagbog: today's check-in, after asking for consent the first time."""
        if not _is_private(update):
            await self._send(context.bot, _chat_id(update), html(self.texts.diary_private_only))
            return
        await self._check_in(context.bot, _chat_id(update))

    async def progress(self, update: Update, context: Context) -> None:
        """/forloeb: the six-week chart as a photo, or how many more days it needs."""
        chat_id = _chat_id(update)
        if not _is_private(update):
            await self._send(context.bot, chat_id, html(self.texts.diary_private_only))
            return
        if self.storage.consent(chat_id) is None:
            await self._send(context.bot, chat_id, html(self.texts.diary_not_started))
            return
        today = self._today()
        start = diary.chart_start(today)
        scores = self.storage.scores(chat_id, since=start)
        if diary.scores_missing_for_chart(scores):
            await self._send(
                context.bot, chat_id, html(diary.too_few_text(scores, self.diary_texts))
            )
            return
        done = self.storage.done_days(chat_id, since=start)
        # Drawing takes about 0.1 s of CPU: off the event loop, so other chats go on.
        png = await asyncio.to_thread(render_chart, scores, done, today, self.diary_texts)
        await context.bot.send_photo(
            chat_id,
            png,
            caption=html(diary.caption(scores, today, self.diary_texts)),
        )

    async def my_data(self, update: Update, context: Context) -> None:
        """/mine_data: everything stored about the chat, as a JSON file."""
        chat_id = _chat_id(update)
        document = my_data.as_json(my_data.collect(self.storage, chat_id), self.clock())
        await context.bot.send_document(
            chat_id,
            document,
            filename=my_data.FILE_NAME,
            caption=html(self.texts.my_data_caption),
        )

    # -- messages ----------------------------------------------------------------------------

    async def text(self, update: Update, context: Context) -> None:
        """Any text message or captioned media: the brain's reply, red-flag warning first."""
        message = update.effective_message
        assert message is not None  # guaranteed by the filters
        text = addressed_text(message, context.bot)
        if text is None:
            return
        await self._typing(context.bot, message.chat_id)
        reply = self.conversations.reply(message.chat_id, text, self.clock().astimezone(self.tz))
        quote = None if _is_private(update) else message.message_id
        await self._send_reply(context.bot, message.chat_id, reply, quote)

    async def non_text(self, update: Update, context: Context) -> None:
        """Media without a caption: the bot cannot read it, and says so."""
        message = update.effective_message
        assert message is not None
        if _is_private(update) or _replies_to_bot(message, context.bot):
            await self._send(context.bot, message.chat_id, html(self.texts.text_only))

    # -- buttons -----------------------------------------------------------------------------

    async def question_pressed(self, update: Update, context: Context) -> None:
        """A suggested question: answer it as if it had been asked."""
        chat_id = _chat_id(update)
        now = self.clock().astimezone(self.tz)
        reply = self.conversations.answer(chat_id, _groups(context)[0], now)
        if reply is None:
            await self.stale_pressed(update, context)
            return
        await _answer_query(update)
        await self._typing(context.bot, chat_id)
        await self._send_reply(context.bot, chat_id, reply)

    async def more_pressed(self, update: Update, context: Context) -> None:
        """ "Læs mere": the rest of the answer; the button goes away from the first part."""
        reply = self.brain.rest(_groups(context)[0])
        if reply is None:
            await self.stale_pressed(update, context)
            return
        await _answer_query(update)
        query = update.callback_query
        if query is not None and isinstance(query.message, Message):
            await query.edit_message_reply_markup(
                keyboards.without_more(query.message.reply_markup)
            )
        await self._send_reply(context.bot, _chat_id(update), reply)

    async def feedback_pressed(self, update: Update, context: Context) -> None:
        """👍/👎: one count for the entry (not who voted); the buttons go away."""
        vote, entry_id = _groups(context)
        if self.brain.entry(entry_id) is None:
            await self.stale_pressed(update, context)
            return
        self.storage.add_feedback(entry_id, helpful=vote == "1")
        query = update.callback_query
        assert query is not None
        await query.answer(self.texts.feedback_thanks)
        if isinstance(query.message, Message):
            await query.edit_message_reply_markup(
                keyboards.without_feedback(query.message.reply_markup)
            )

    async def exercise_pressed(self, update: Update, context: Context) -> None:
        exercise = self.brain.exercise(_groups(context)[0])
        if exercise is None:
            await self.stale_pressed(update, context)
            return
        await _answer_query(update)
        await self._send(context.bot, _chat_id(update), exercise_html(exercise, self.texts))

    async def done_pressed(self, update: Update, context: Context) -> None:
        """'Gjort ✅' under a reminder: record the day, show the streak, then ask how the
        back is today (the first time, whether the answers may be stored)."""
        chat_id = _chat_id(update)
        today = self.clock().astimezone(self.tz).date()
        day = _button_day(_groups(context)[0], today)
        if day is None:
            await self.stale_pressed(update, context)
            return
        self.storage.record_done(chat_id, day)
        done_days = self.storage.done_days(chat_id)
        streak = exercise_days.streak(done_days, today)
        await _answer_query(update)
        await _set_keyboard(update, InlineKeyboardMarkup([[keyboards.stop_button(self.texts)]]))
        text = (
            fill(self.texts.done_streak_many, days=streak)
            if streak > 1
            else html(self.texts.done_streak_one)
        )
        if not _is_private(update):
            await self._send(context.bot, chat_id, text)
        elif self.storage.consent(chat_id) is None and len(done_days) > 1:
            # Asked after the first 'Gjort' only, later one tap away: a refusal is not
            # stored, and someone who said no should not be asked every day.
            await self._send(context.bot, chat_id, text, keyboards.diary_offer_keyboard(self.texts))
        else:
            await self._send(context.bot, chat_id, text)
            if not self.storage.scores(chat_id, since=today):
                await self._check_in(context.bot, chat_id)

    async def stop_pressed(self, update: Update, context: Context) -> None:
        await _answer_query(update)
        await _set_keyboard(update, None)
        await self._stop_reminders(context.bot, _chat_id(update))

    async def delete_pressed(self, update: Update, context: Context) -> None:
        """The answer to /slet's question: delete everything, or nothing."""
        query = update.callback_query
        assert query is not None
        await query.answer()
        if _groups(context)[0] == "yes":
            self.storage.delete_user(_chat_id(update))
            self.conversations.forget(_chat_id(update))
            text = self.texts.deleted
        else:
            text = self.texts.delete_cancelled
        await self._replace_text(update, context.bot, text)

    async def diary_pressed(self, update: Update, context: Context) -> None:
        """The diary button under 'Gjort': the same as /dagbog."""
        await _answer_query(update)
        await self._check_in(context.bot, _chat_id(update))

    async def consent_pressed(self, update: Update, context: Context) -> None:
        """Yes: store the consent and ask today's question. No: store nothing, say so."""
        chat_id = _chat_id(update)
        await _answer_query(update)
        if _groups(context)[0] != "yes" or not _is_private(update):
            await self._replace_text(update, context.bot, self.texts.diary_consent_declined)
            return
        self.storage.give_consent(chat_id, self.clock())
        await self._replace_text(update, context.bot, self.texts.diary_consent_given)
        await self._check_in(context.bot, chat_id)

    async def pain_pressed(self, update: Update, context: Context) -> None:
        """A score button: store today's score (again, if changed), then any advice due."""
        chat_id = _chat_id(update)
        today = self._today()
        day_text, score_text = _groups(context)
        day = _button_day(day_text, today)
        score = int(score_text)
        if day is None or not diary.is_valid_score(score):
            await self.stale_pressed(update, context)
            return
        query = update.callback_query
        assert query is not None
        if not diary.is_editable(day, today):
            await query.answer(self.texts.diary_day_over)
            return
        if self.storage.consent(chat_id) is None:  # deleted with /slet meanwhile
            await query.answer()
            await self._check_in(context.bot, chat_id)
            return
        await query.answer()
        if self.storage.scores(chat_id, since=day) == [diary.Score(day, score)]:
            return  # the same again: Telegram refuses an edit that changes nothing
        self.storage.set_score(chat_id, day, score)
        if isinstance(query.message, Message):
            await query.edit_message_text(
                fill(self.texts.diary_saved, score=score),
                reply_markup=keyboards.pain_keyboard(day),
            )
        await self._nudge(context.bot, chat_id, today)

    async def stale_pressed(self, update: Update, context: Context) -> None:
        """A button whose data the bot no longer knows (old message, changed knowledge)."""
        await _answer_query(update)
        await self._send(context.bot, _chat_id(update), html(self.texts.stale_button))

    # -- errors ------------------------------------------------------------------------------

    async def on_error(self, update: object, context: Context) -> None:
        """Log the update id and error type only (never the update: it holds the user's text),
        and tell the user something went wrong."""
        error = context.error
        update_id = update.update_id if isinstance(update, Update) else None
        logger.error(
            "Handling update %s failed: %s at %s", update_id, type(error).__name__, _where(error)
        )
        if not isinstance(update, Update) or update.effective_chat is None:
            return
        if isinstance(error, Forbidden):  # blocked by the user: nobody to tell
            return
        try:
            await self._send(context.bot, update.effective_chat.id, html(self.texts.error))
        except TelegramError as send_error:
            logger.error(
                "Error reply for update %s not sent: %s", update_id, type(send_error).__name__
            )

    # -- helpers -----------------------------------------------------------------------------

    def _help_text(self) -> str:
        lines = [f"/{c.name} – {getattr(self.texts, c.description)}" for c in COMMANDS]
        return f"{html(self.texts.help)}\n\n" + html("\n".join(lines))

    def _today(self) -> date:
        return self.clock().astimezone(self.tz).date()

    async def _check_in(self, bot: Bot, chat_id: int) -> None:
        """Today's question with the 0-10 buttons, or the consent question first."""
        if self.storage.consent(chat_id) is None:
            markup = keyboards.consent_keyboard(self.texts)
            await self._send(bot, chat_id, html(self.texts.diary_consent_question), markup)
            return
        today = self._today()
        answered = self.storage.scores(chat_id, since=today)
        text = (
            fill(self.texts.diary_question_answered, score=answered[0].score)
            if answered
            else html(self.texts.diary_question)
        )
        await self._send(bot, chat_id, text, keyboards.pain_keyboard(today))

    async def _nudge(self, bot: Bot, chat_id: int, today: date) -> None:
        """Advice from the scores (bot/nudges.py), recorded before it is sent: at most once."""
        scores = self.storage.scores(chat_id, since=lookback_start(today))
        given = {Nudge(kind): day for kind, day in self.storage.nudges(chat_id).items()}
        nudge = choose_nudge(scores, today, given)
        if nudge is None:
            return
        self.storage.record_nudge(chat_id, nudge.value, today)
        await self._send(bot, chat_id, html(nudge_text(nudge, self.diary_texts, self.advice)))

    async def _replace_text(self, update: Update, bot: Bot, text: str) -> None:
        """Replace the pressed button's message by `text` (or send it, if too old to edit)."""
        query = update.callback_query
        if query is not None and isinstance(query.message, Message):
            await query.edit_message_text(html(text))
        else:
            await self._send(bot, _chat_id(update), html(text))

    async def _stop_reminders(self, bot: Bot, chat_id: int) -> None:
        stopped = self.storage.remove_reminder(chat_id)
        text = self.texts.reminder_stopped if stopped else self.texts.reminder_not_active
        await self._send(bot, chat_id, html(text))

    async def _send_reply(
        self, bot: Bot, chat_id: int, reply: Reply, quote: int | None = None
    ) -> None:
        """The reply's messages in order; the buttons go under the last one."""
        chunks = reply_html(reply)
        for number, chunk in enumerate(chunks, start=1):
            last = number == len(chunks)
            markup = keyboards.reply_keyboard(reply, self.texts) if last else None
            await self._send(
                bot, chat_id, chunk, markup, quote if number == 1 else None, bool(reply.warning)
            )

    @staticmethod
    async def _send(
        bot: Bot,
        chat_id: int,
        text_html: str,
        markup: InlineKeyboardMarkup | None = None,
        quote: int | None = None,
        urgent: bool = False,
    ) -> None:
        """Send one message; sending.py retries it, an urgent one (a warning) goes first."""
        await bot.send_message(
            chat_id,
            text_html,
            reply_markup=markup,
            reply_to_message_id=quote,
            rate_limit_args=URGENT if urgent else None,
        )

    @staticmethod
    async def _typing(bot: Bot, chat_id: int) -> None:
        """Show "typing…". Cosmetic: a network failure here must not cost the answer."""
        try:
            await bot.send_chat_action(chat_id, ChatAction.TYPING)
        except NetworkError as error:
            logger.debug("Typing indicator not shown: %s", type(error).__name__)


def addressed_text(message: Message, bot: Bot) -> str | None:
    """The text (or caption) meant for the bot: all of it in a private chat; in a group
    only if the message mentions or replies to the bot (the mention removed), else None."""
    text = message.text or message.caption or ""
    if message.chat.type == ChatType.PRIVATE:
        return text
    # A caption's mentions are in caption_entities, a text's in entities.
    parse = message.parse_entities if message.text else message.parse_caption_entities
    mention = f"@{bot.username}".lower()
    mentioned = any(
        found.lower() == mention for found in parse([MessageEntity.MENTION]).values()
    ) or any(
        entity.user is not None and entity.user.id == bot.id
        for entity in parse([MessageEntity.TEXT_MENTION])
    )
    if mentioned:
        return _remove_mention(text, f"@{bot.username}")
    return text if _replies_to_bot(message, bot) else None


def _remove_mention(text: str, mention: str) -> str:
    lowered = text.lower()
    start = lowered.find(mention.lower())
    if start < 0:
        return text
    return " ".join((text[:start] + text[start + len(mention) :]).split())


def _button_day(data: str, today: date) -> date | None:
    """The local day a 'Gjort' or pain-score button carries, or None for data no button of
    the bot can carry: not a real date (forged, e.g. 2025-13-45) or a day not yet come."""
    try:
        day = date.fromisoformat(data)
    except ValueError:
        return None
    return day if day <= today else None


def _replies_to_bot(message: Message, bot: Bot) -> bool:
    replied = message.reply_to_message
    return replied is not None and replied.from_user is not None and replied.from_user.id == bot.id


def _is_private(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE


def _chat_id(update: Update) -> int:
    chat = update.effective_chat
    assert chat is not None  # every handled update comes from a chat
    return chat.id


def _groups(context: Context) -> tuple[str, ...]:
    """The groups of the callback-data pattern (keyboards.PATTERNS) that chose the handler."""
    assert context.matches
    return context.matches[0].groups()


async def _answer_query(update: Update) -> None:
    """Every callback query needs an answer, else the button keeps spinning."""
    if update.callback_query is not None:
        await update.callback_query.answer()


async def _set_keyboard(update: Update, markup: InlineKeyboardMarkup | None) -> None:
    query = update.callback_query
    if query is not None and isinstance(query.message, Message):
        await query.edit_message_reply_markup(markup)


def _where(error: BaseException | None) -> str:
    """File and line where the error was raised: enough to debug, no user data."""
    frames = traceback.extract_tb(error.__traceback__) if error else []
    if not frames:
        return "?"
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno}"
