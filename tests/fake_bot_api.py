"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests and benchmarks.

The real python-telegram-bot Application talks to it over HTTP exactly as it would to
api.telegram.org (point `base_url` at `FakeBotApi.base_url`). The server records every
call, lets a test push user updates, wait for the bot's messages, and script faults.

Wire format (PTB 22): every call is a POST with a form-urlencoded body; string
parameters arrive raw, everything else JSON-encoded, so each value is tried with
`json.loads` and kept as the raw string when that fails. A call that uploads a file
(sendPhoto, sendDocument) is multipart/form-data instead: the file is a part of its own
and the parameter names it as "attach://<part>"; the server puts an `Upload` there.

Raw asyncio streams with HTTP/1.1 keep-alive keep it fast enough for benchmarks
(thousands of requests per second).
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import random
import re
import socket
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from typing import Any, Self
from urllib.parse import parse_qs

from telegram.ext import Application

from bot.telegram.app import serve
from bot.telegram.webhook import WebhookOptions

FAKE_TOKEN = "123456789:AAHfakeTokenForTests_abcdefghijklmnop"
BOT_USERNAME = "rygbot_test_bot"

_ERRORS = {
    400: "Bad Request: chat not found",
    403: "Forbidden: bot was blocked by the user",
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
    502: "Bad Gateway",
}
# Parameters that PTB sends as raw strings; json.loads would turn a text like "42" into a number.
_STRING_PARAMS = frozenset(
    {"text", "parse_mode", "action", "callback_query_id", "secret_token", "url", "caption"}
)
_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
}
# A proxy's error page: what a Bot API behind nginx answers when the API is down.
NOT_JSON = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
_DROP = object()  # close the connection without an answer, like a network failure


@dataclass(frozen=True)
class ApiCall:
    """One request the bot made: method name and decoded parameters."""

    method: str
    params: dict[str, Any]


@dataclass(frozen=True)
class Upload:
    """A file the bot uploaded (multipart/form-data)."""

    filename: str
    content_type: str
    data: bytes


_TAG = re.compile(r"</?[a-z]+>")


@dataclass
class SentMessage:
    """A message the bot sent; edits update `text` and `reply_markup` in place."""

    chat_id: int
    message_id: int
    text: str
    reply_markup: dict[str, Any] | None
    parse_mode: str | None
    sent_at: float = field(default_factory=time.perf_counter)  # for latency in benchmarks
    upload: Upload | None = None  # the photo or document of sendPhoto/sendDocument

    @property
    def shown(self) -> str:
        """The text as Telegram shows it: HTML tags gone, entities read."""
        return html.unescape(_TAG.sub("", self.text)) if self.parse_mode == "HTML" else self.text

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback_data) of every inline button, row by row."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [(b["text"], b.get("callback_data", "")) for row in rows for b in row]

    def button(self, label_part: str) -> str:
        """The callback data of the first button whose label contains `label_part`."""
        for label, data in self.buttons:
            if label_part in label:
                return data
        raise AssertionError(f"no button containing {label_part!r} in {self.buttons}")


@dataclass
class Fault:
    """A scripted failure (or delay) for the next `times` calls of one method."""

    status: int
    retry_after: int | None
    delay: float
    times: int
    chat_id: int | None
    description: str
    body: bytes | None = None  # answer with this instead of a JSON error
    drop: bool = False  # close the connection instead of answering

    def applies(self, params: dict[str, Any]) -> bool:
        if self.times <= 0:
            return False
        return self.chat_id is None or _int(params.get("chat_id")) == self.chat_id


@dataclass
class FakeBotApi:
    token: str = FAKE_TOKEN
    username: str = BOT_USERNAME
    calls: list[ApiCall] = field(default_factory=list)
    messages: dict[int, list[SentMessage]] = field(default_factory=lambda: defaultdict(list))
    sent_total: int = 0
    port: int = 0
    _updates: list[dict[str, Any]] = field(default_factory=list)
    _update_ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _message_ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _query_ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _read: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    _faults: dict[str, list[Fault]] = field(default_factory=lambda: defaultdict(list))
    _chaos: dict[str, tuple[float, random.Random, float]] = field(default_factory=dict)
    fetched_at: dict[int, float] = field(default_factory=dict)  # update id: first getUpdates
    _chat_types: dict[int, str] = field(default_factory=dict)
    _changed: asyncio.Event = field(default_factory=asyncio.Event)
    _new_update: asyncio.Event = field(default_factory=asyncio.Event)
    _server: asyncio.Server | None = None
    _connections: set[asyncio.Task[None]] = field(default_factory=set)
    _holds: dict[tuple[str, int], list[asyncio.Event]] = field(default_factory=dict)
    _waiting: set[tuple[str, int]] = field(default_factory=set)

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> Self:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for task in list(self._connections):
                task.cancel()
            await asyncio.gather(*self._connections, return_exceptions=True)
            await self._server.wait_closed()
            self._server = None

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    @property
    def bot_user(self) -> dict[str, Any]:
        bot_id = int(self.token.split(":", 1)[0])
        return {"id": bot_id, "is_bot": True, "first_name": "Rygbot", "username": self.username}

    # -- pushing user updates ----------------------------------------------------------------

    def push_update(self, payload: dict[str, Any]) -> int:
        """Queue a raw update (without update_id) for getUpdates; returns its update_id."""
        update_id = next(self._update_ids)
        self._updates.append({"update_id": update_id, **payload})
        self._new_update.set()
        return update_id

    def push_text(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        reply_to: SentMessage | None = None,
    ) -> int:
        """A user's text message; commands and @mentions get their entities like in Telegram."""
        return self.push_update({"message": self.user_message(chat_id, text, user_id, reply_to)})

    def push_poison(self, chat_id: int, text: str) -> int:
        """A message python-telegram-bot 22 cannot parse: a poll without its required fields,
        as an older self-hosted Bot API server sends it; the user's text rides along."""
        message = self.user_message(chat_id, text, None, None)
        message["poll"] = {"id": "poll-1", "question": "?"}
        return self.push_update({"message": message})

    def push_edit(self, chat_id: int, message_id: int, text: str) -> int:
        """The user edited an earlier message to read `text`."""
        message = self.user_message(chat_id, text, None, None)
        message.update(message_id=message_id, edit_date=int(time.time()))
        return self.push_update({"edited_message": message})

    def push_media(
        self,
        chat_id: int,
        kind: str,
        *,
        caption: str | None = None,
        reply_to: SentMessage | None = None,
    ) -> int:
        """A non-text message: photo, sticker, voice, document or location, optionally
        with a caption (whose @mentions get caption entities, like in Telegram)."""
        return self.push_update(
            {"message": self.media_message(chat_id, kind, caption=caption, reply_to=reply_to)}
        )

    def media_message(
        self,
        chat_id: int,
        kind: str,
        *,
        caption: str | None = None,
        reply_to: SentMessage | None = None,
    ) -> dict[str, Any]:
        """The message of `push_media`, not queued (for `Application.process_update`)."""
        media = {
            "photo": [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}],
            "sticker": {
                "file_id": "s1",
                "file_unique_id": "u2",
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
            },
            "voice": {"file_id": "v1", "file_unique_id": "u3", "duration": 3},
            "document": {"file_id": "d1", "file_unique_id": "u4", "file_name": "scan.pdf"},
            "location": {"latitude": 55.68, "longitude": 12.57},
        }
        message = self._message_base(chat_id, None)
        message[kind] = media[kind]
        if caption is not None:
            message["caption"] = caption
            if entities := self._entities(caption):
                message["caption_entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = self._replied(chat_id, reply_to)
        return message

    def press(self, sent: SentMessage, label_part: str, *, user_id: int | None = None) -> int:
        """The user pressed the inline button whose label contains `label_part`."""
        return self.push_callback(sent, sent.button(label_part), user_id=user_id)

    def push_callback(self, sent: SentMessage, data: str, *, user_id: int | None = None) -> int:
        """A button press under `sent` carrying `data` (which a forged update may choose)."""
        message = self._message_result(sent)
        query = {
            "id": str(next(self._query_ids)),
            "from": self._user(user_id or abs(sent.chat_id)),
            "chat_instance": str(sent.chat_id),
            "data": data,
            "message": message,
        }
        return self.push_update({"callback_query": query})

    def user_message(
        self, chat_id: int, text: str, user_id: int | None, reply_to: SentMessage | None
    ) -> dict[str, Any]:
        message = self._message_base(chat_id, user_id)
        message["text"] = text
        if entities := self._entities(text):
            message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = self._replied(chat_id, reply_to)
        return message

    def _entities(self, text: str) -> list[dict[str, Any]]:
        """A leading command and a mention of the bot, as Telegram marks them."""
        entities = []
        if text.startswith("/"):
            entities.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
        mention = f"@{self.username}"
        if mention in text and not text.startswith("/"):
            entities.append(
                {"type": "mention", "offset": text.index(mention), "length": len(mention)}
            )
        return entities

    def _replied(self, chat_id: int, sent: SentMessage) -> dict[str, Any]:
        """The bot's message that a user's message replies to."""
        return {
            "message_id": sent.message_id,
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": self.bot_user,
            "text": sent.text,
        }

    def _message_base(self, chat_id: int, user_id: int | None) -> dict[str, Any]:
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": self._user(user_id or abs(chat_id)),
        }

    def _chat(self, chat_id: int) -> dict[str, Any]:
        if chat_id < 0:
            return {"id": chat_id, "type": "group", "title": "Rygholdet"}
        return {"id": chat_id, "type": "private", "first_name": "Test"}

    @staticmethod
    def _user(user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": "Test", "language_code": "da"}

    # -- scripting faults --------------------------------------------------------------------

    def fail(
        self,
        method: str,
        status: int,
        *,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | None = None,
        delay: float = 0.0,
        description: str | None = None,
    ) -> None:
        """Make the next `times` calls of `method` (optionally only for one chat) fail."""
        text = description or _ERRORS.get(status, "Error").format(retry_after=retry_after)
        self._faults[method].append(Fault(status, retry_after, delay, times, chat_id, text))

    def fail_not_json(self, method: str, status: int = 502, *, times: int = 1) -> None:
        """Answer the next `times` calls of `method` with an HTML error page, not JSON."""
        self._faults[method].append(Fault(status, None, 0.0, times, None, "", body=NOT_JSON))

    def drop(self, method: str, *, times: int = 1) -> None:
        """Close the connection on the next `times` calls of `method`, answering nothing."""
        self._faults[method].append(Fault(0, None, 0.0, times, None, "", drop=True))

    def flaky(self, method: str, share: float, *, seed: int = 1, timeout: float = 6.0) -> None:
        """From now on fail a `share` of the calls of `method` at random (seeded), each with
        one of: 500, 502, 429 (retry after 1 s), an HTML error page, a dropped connection,
        or no answer for `timeout` seconds (then a 500)."""
        self._chaos[method] = (share, random.Random(seed), timeout)

    def slow(
        self, method: str, delay: float, *, times: int = 1, chat_id: int | None = None
    ) -> None:
        """Answer the next `times` calls of `method` normally, but only after `delay` seconds."""
        self._faults[method].append(Fault(200, None, delay, times, chat_id, ""))

    def hold(self, method: str, chat_id: int) -> asyncio.Event:
        """Keep the next call of `method` to `chat_id` waiting until the returned event is
        set: a slow server without real-time waiting."""
        release = asyncio.Event()
        self._holds.setdefault((method, chat_id), []).append(release)
        return release

    def held(self, method: str, chat_id: int) -> bool:
        """True while a call held by `hold` is waiting."""
        return (method, chat_id) in self._waiting

    def clear_faults(self) -> None:
        self._faults.clear()
        self._chaos.clear()

    def _random_fault(self, method: str) -> Fault | None:
        if method not in self._chaos:
            return None
        share, rng, timeout = self._chaos[method]
        if rng.random() >= share:
            return None
        kind = rng.choice(["500", "502", "429", "html", "drop", "timeout"])
        if kind == "429":
            return Fault(429, 1, 0.0, 1, None, _ERRORS[429].format(retry_after=1))
        if kind == "html":
            return Fault(502, None, 0.0, 1, None, "", body=NOT_JSON)
        if kind == "drop":
            return Fault(0, None, 0.0, 1, None, "", drop=True)
        delay = timeout if kind == "timeout" else 0.0
        status = 502 if kind == "502" else 500
        return Fault(status, None, delay, 1, None, _ERRORS[status])

    # -- inspecting --------------------------------------------------------------------------

    def calls_to(self, method: str) -> list[ApiCall]:
        return [call for call in self.calls if call.method == method]

    async def wait_until(self, condition: Callable[[], bool], timeout: float = 5.0) -> None:
        """Wait until `condition()` holds, re-checked after every request the bot makes."""
        async with asyncio.timeout(timeout):
            while not condition():
                self._changed.clear()
                await self._changed.wait()

    async def next_messages(
        self, chat_id: int, count: int = 1, timeout: float = 5.0
    ) -> list[SentMessage]:
        """The next `count` messages sent to `chat_id` that this method has not returned yet."""
        start = self._read[chat_id]
        try:
            await self.wait_until(lambda: len(self.messages[chat_id]) >= start + count, timeout)
        except TimeoutError:
            got = [m.text for m in self.messages[chat_id][start:]]
            raise AssertionError(f"expected {count} message(s) to {chat_id}, got {got}") from None
        self._read[chat_id] = start + count
        return self.messages[chat_id][start : start + count]

    async def next_message(self, chat_id: int, timeout: float = 5.0) -> SentMessage:
        return (await self.next_messages(chat_id, 1, timeout))[0]

    def unread(self, chat_id: int) -> list[SentMessage]:
        """Messages sent to `chat_id` that no `next_messages` call has returned yet."""
        return self.messages[chat_id][self._read[chat_id] :]

    def find_message(self, chat_id: int, message_id: int) -> SentMessage:
        return next(m for m in self.messages[chat_id] if m.message_id == message_id)

    # -- HTTP --------------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        sock = writer.get_extra_info("socket")
        if sock is not None:  # no Nagle delay on small keep-alive responses
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, *header_lines = head.decode("latin-1").split("\r\n")
                _verb, path, _version = request_line.split(" ", 2)
                headers = {}
                for line in header_lines:
                    if ":" in line:
                        name, value = line.split(":", 1)
                        headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                status, payload = await self._handle(path, body, headers.get("content-type", ""))
                if payload is _DROP:
                    break
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                writer.write(
                    f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}\r\n"
                    f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n"
                    "Connection: keep-alive\r\n\r\n".encode()
                    + data
                )
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    break
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await writer.wait_closed()
            self._connections.discard(task)

    async def _handle(self, path: str, body: bytes, content_type: str = "") -> tuple[int, Any]:
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        method = path[len(prefix) :]
        if content_type.startswith("multipart/form-data"):
            params = _decode_multipart(body, content_type)
        else:
            params = _decode(body)
        self.calls.append(ApiCall(method, params))
        await self._wait_if_held(method, params)
        try:
            fault = next((f for f in self._faults[method] if f.applies(params)), None)
            fault = fault or self._random_fault(method)
            if fault is not None:
                fault.times -= 1
                await asyncio.sleep(fault.delay)
                if fault.drop:
                    return 0, _DROP
                if fault.body is not None:
                    return fault.status, fault.body
                if fault.status != 200:
                    return fault.status, _error(fault)
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
            return 200, {"ok": True, "result": await handler(params)}
        finally:
            self._changed.set()

    async def _wait_if_held(self, method: str, params: dict[str, Any]) -> None:
        if "chat_id" not in params:
            return
        key = (method, int(params["chat_id"]))
        if not self._holds.get(key):
            return
        release = self._holds[key].pop(0)
        self._waiting.add(key)
        self._changed.set()
        try:
            await release.wait()
        finally:
            self._waiting.discard(key)

    # -- Bot API methods ---------------------------------------------------------------------

    async def _api_getMe(self, _params: dict[str, Any]) -> Any:
        return self.bot_user

    async def _api_deleteWebhook(self, _params: dict[str, Any]) -> Any:
        return True

    async def _api_setWebhook(self, _params: dict[str, Any]) -> Any:
        return True

    async def _api_setMyCommands(self, _params: dict[str, Any]) -> Any:
        return True

    async def _api_sendChatAction(self, _params: dict[str, Any]) -> Any:
        return True

    async def _api_answerCallbackQuery(self, _params: dict[str, Any]) -> Any:
        return True

    async def _api_getUpdates(self, params: dict[str, Any]) -> Any:
        offset = _int(params.get("offset")) or 0
        limit = _int(params.get("limit")) or 100
        timeout = float(params.get("timeout") or 0)
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if not self._updates and timeout > 0:
            self._new_update.clear()
            try:
                async with asyncio.timeout(timeout):
                    await self._new_update.wait()
            except TimeoutError:
                pass
        batch = self._updates[:limit]
        now = time.perf_counter()
        for update in batch:
            self.fetched_at.setdefault(update["update_id"], now)
        return batch

    async def _api_sendMessage(self, params: dict[str, Any]) -> Any:
        chat_id = int(params["chat_id"])
        sent = SentMessage(
            chat_id,
            next(self._message_ids),
            params["text"],
            params.get("reply_markup"),
            params.get("parse_mode"),
        )
        self.messages[chat_id].append(sent)
        self.sent_total += 1
        return self._message_result(sent)

    async def _api_sendPhoto(self, params: dict[str, Any]) -> Any:
        return self._record_upload(params, "photo")

    async def _api_sendDocument(self, params: dict[str, Any]) -> Any:
        return self._record_upload(params, "document")

    def _record_upload(self, params: dict[str, Any], kind: str) -> dict[str, Any]:
        """A sent photo or document: kept as a message whose text is its caption."""
        upload = params.get(kind)
        if not isinstance(upload, Upload):
            raise AssertionError(f"{kind} was not uploaded as a multipart file: {upload!r}")
        chat_id = int(params["chat_id"])
        sent = SentMessage(
            chat_id,
            next(self._message_ids),
            params.get("caption", ""),
            params.get("reply_markup"),
            params.get("parse_mode"),
            upload=upload,
        )
        self.messages[chat_id].append(sent)
        self.sent_total += 1
        return self._message_result(sent)

    async def _api_editMessageText(self, params: dict[str, Any]) -> Any:
        sent = self.find_message(int(params["chat_id"]), int(params["message_id"]))
        sent.text = params["text"]
        sent.reply_markup = params.get("reply_markup")
        return self._message_result(sent)

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> Any:
        sent = self.find_message(int(params["chat_id"]), int(params["message_id"]))
        sent.reply_markup = params.get("reply_markup")
        return self._message_result(sent)

    def _message_result(self, sent: SentMessage) -> dict[str, Any]:
        result = {
            "message_id": sent.message_id,
            "date": int(time.time()),
            "chat": self._chat(sent.chat_id),
            "from": self.bot_user,
            "text": sent.text,
        }
        if sent.reply_markup:
            result["reply_markup"] = sent.reply_markup
        return result


def _decode(body: bytes) -> dict[str, Any]:
    fields = parse_qs(body.decode(), keep_blank_values=True)
    return _decode_fields({name: values[0] for name, values in fields.items()})


def _decode_fields(fields: dict[str, str]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for name, value in fields.items():
        if name in _STRING_PARAMS:
            params[name] = value
            continue
        try:
            params[name] = json.loads(value)
        except ValueError:
            params[name] = value
    return params


def _decode_multipart(body: bytes, content_type: str) -> dict[str, Any]:
    """Form fields decoded like `_decode`; file parts become `Upload`s in the parameter
    that names them ("attach://<part>")."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    form = BytesParser(policy=policy.HTTP).parsebytes(head + body)
    fields: dict[str, str] = {}
    files: dict[str, Upload] = {}
    for part in form.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes)
        filename = part.get_filename()
        if filename is None:
            fields[name] = payload.decode()
        else:
            files[name] = Upload(filename, part.get_content_type(), payload)
    params = _decode_fields(fields)
    for name, value in params.items():
        if isinstance(value, str) and value.startswith("attach://"):
            params[name] = files[value.removeprefix("attach://")]
    for name, upload in files.items():  # a file sent under its parameter's own name
        params.setdefault(name, upload)
    return params


def _error(fault: Fault) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "ok": False,
        "error_code": fault.status,
        "description": fault.description,
    }
    if fault.retry_after is not None:
        payload["parameters"] = {"retry_after": fault.retry_after}
    return payload


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def polling(
    app: Application, poll_timeout: float = 0.5
) -> AbstractAsyncContextManager[Application]:
    """Run `app` with long polling as `rygbot telegram` does (`serve`), for the block."""
    return _serving(app, poll_timeout=poll_timeout)


def webhook(app: Application, options: WebhookOptions) -> AbstractAsyncContextManager[Application]:
    """Run `app` with its webhook server as `rygbot telegram` does (`serve`), for the block:
    the web server takes updates, setWebhook goes to the fake server."""
    return _serving(app, webhook=options)


@asynccontextmanager
async def _serving(app: Application, **options: Any) -> AsyncIterator[Application]:
    """`serve` in a task, from ready until the block ends; its errors are raised here."""
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(serve(app, stop, ready=ready, **options))
    await asyncio.wait(
        [task, asyncio.create_task(ready.wait())], return_when=asyncio.FIRST_COMPLETED
    )
    if task.done():
        await task  # failed at start-up: raise its error
    try:
        yield app
    finally:
        stop.set()
        await task
