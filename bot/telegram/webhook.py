"""The webhook: a small tornado server that takes Telegram's POSTs.

Telegram's request is answered only after the update has been handled, so an update the
bot did not finish (a crash, a stop) is sent again by Telegram; the intake recognises the
ones it had finished. An update python-telegram-bot cannot parse is answered 200 and
skipped (PTB's own webhook answers 400, and Telegram retries it for hours). A request
without the secret is refused with 403 before anything is read.
"""

from __future__ import annotations

import hmac
import json
import logging
import socket
from dataclasses import dataclass
from http import HTTPStatus

import tornado.web
from tornado.httpserver import HTTPServer

from bot.telegram.intake import Intake

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@dataclass(frozen=True)
class WebhookOptions:
    listen: str  # the local address to serve on
    port: int
    url_path: str  # without slashes, as in the public URL
    webhook_url: str  # the public https URL given to Telegram
    secret_token: str
    allowed_updates: list[str]


class WebhookServer:
    def __init__(self, intake: Intake, options: WebhookOptions) -> None:
        app = _QuietApplication(
            [
                (
                    rf"/{options.url_path}/?",
                    _UpdateHandler,
                    {"intake": intake, "secret": options.secret_token},
                )
            ]
        )
        self._server = HTTPServer(app)
        self._options = options

    def start(self) -> None:
        """Listen; raises OSError when the port cannot be used (in use, not allowed)."""
        # socket.create_server closes its socket when binding fails (tornado's listen leaks it).
        sock = socket.create_server((self._options.listen, self._options.port), backlog=128)
        sock.setblocking(False)
        self._server.add_sockets([sock])

    async def stop(self) -> None:
        self._server.stop()
        await self._server.close_all_connections()


class _QuietApplication(tornado.web.Application):
    def log_request(self, handler: tornado.web.RequestHandler) -> None:
        """No access log: the path is the webhook's address, and we log by update id."""


class _UpdateHandler(tornado.web.RequestHandler):
    SUPPORTED_METHODS = ("POST",)

    def initialize(self, intake: Intake, secret: str) -> None:
        self._intake = intake
        self._secret = secret.encode()

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self._secret):
            self.set_status(HTTPStatus.FORBIDDEN)
            return
        try:
            raw = json.loads(self.request.body)
        except ValueError:
            logger.error("Webhook request body is not JSON; refused")
            self.set_status(HTTPStatus.BAD_REQUEST)
            return
        await self._intake.handle(raw)
        self.set_status(HTTPStatus.OK)
