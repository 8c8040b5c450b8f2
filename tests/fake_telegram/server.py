"""The fake Bot API's HTTP server and state: what the bot sent, what it is sent next."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.fake_telegram import updates
from tests.fake_telegram.validation import (
    MAX_CALLBACK_ANSWER,
    BadRequestError,
    check_commands,
    check_inline_results,
    check_reply_markup,
    checked_text,
)

TOKEN = "123456:TEST-token-for-the-fake-bot-api"
BOT_ID = 123456
BOT_USERNAME = "xiaomi_story_bot"
HOLD_SECONDS = 30  # a held answer is given anyway after this, so a failed test cannot hang the bot
MAX_WEBHOOK_CONNECTIONS = 100


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


@dataclass(frozen=True)
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


class FakeTelegram:
    """Serves /bot<token>/<method> on 127.0.0.1 and records every call the bot makes."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.pending: list[dict[str, Any]] = []
        self.webhook: dict[str, Any] = {}
        self.commands: dict[str, list[dict[str, Any]]] = {}  # by language_code, "" for everyone else
        self.blocked_chats: set[int] = set()
        self.chat_admins: dict[int, set[int]] = {}
        self.failures: dict[str, list[ApiError]] = {}
        self.rejected: list[tuple[Call, str]] = []  # calls real Telegram would refuse too
        self.messages_per_second: float | None = None  # like Telegram's flood limit when set
        self.refusals: list[tuple[float, int]] = []  # (when, chat) of each 429 sent
        # Seconds between accepting a sendMessage and its answer reaching the bot, like a
        # Bot API far away: the message counts as sent before the bot can know it.
        self.answer_delay = 0.0
        self._held: dict[str, threading.Event] = {}  # methods whose answers wait for a test's word
        self._recent_sends: deque[float] = deque()
        self._open_callbacks: set[str] = set()
        self._open_inline_queries: set[str] = set()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._changed = threading.Condition()
        self._methods: dict[str, Callable[[dict[str, Any]], Any]] = {
            "getMe": self._get_me,
            "sendMessage": self._send_message,
            "answerCallbackQuery": self._answer_callback_query,
            "answerInlineQuery": self._answer_inline_query,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendChatAction": self._send_chat_action,
            "getChatMember": self._get_chat_member,
        }
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeTelegram:
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._changed:
            self._changed.notify_all()
        self._server.shutdown()
        self._server.server_close()

    # What tests do to the bot -------------------------------------------------------

    def push(self, **update: Any) -> int:
        """Queues an update (message=..., callback_query=..., ...) for the bot to receive."""
        with self._changed:
            update_id = next(self._update_ids)
            self.pending.append({"update_id": update_id, **update})
            self._open_queries(update)
            self._changed.notify_all()
        return update_id

    def offered(self, update: dict[str, Any]) -> None:
        """An update Telegram posts to a webhook: its query may be answered from now on."""
        with self._changed:
            self._open_queries(update)

    def _open_queries(self, update: dict[str, Any]) -> None:
        if "callback_query" in update:
            self._open_callbacks.add(update["callback_query"]["id"])
        if "inline_query" in update:
            self._open_inline_queries.add(update["inline_query"]["id"])

    def send(self, text: str | None = None, **options: Any) -> dict[str, Any]:
        """A user sends a message; returns it, so a test can reply to it or press its buttons."""
        sent = updates.message(text, **options)
        self.push(message=sent)
        return sent

    def fail_next(self, method: str, error: ApiError, times: int = 1) -> None:
        """The next calls of `method` get `error`, as Telegram sometimes answers."""
        with self._changed:
            self.failures.setdefault(method, []).extend([error] * times)

    def hold(self, method: str) -> threading.Event:
        """Calls of `method` are recorded but not answered until the returned event is set,
        like a Bot API that stalls; the bot's requests stay in flight meanwhile."""
        self._held[method] = threading.Event()
        return self._held[method]

    # What tests learn from the bot ---------------------------------------------------

    def wait_for(
        self, method: str, count: int = 1, where: Callable[[Call], bool] = lambda _call: True, timeout: float = 15
    ) -> list[Call]:
        """Blocks until the bot has made `count` matching calls; fails the test on timeout."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                matching = [call for call in self.calls if call.method == method and where(call)]
                if len(matching) >= count:
                    return matching
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [call.method for call in self.calls]
                    raise AssertionError(f"waited {timeout}s for {count} {method} call(s); calls so far: {seen}")
                self._changed.wait(remaining)

    async def until(
        self, method: str, count: int = 1, where: Callable[[Call], bool] = lambda _call: True, timeout: float = 15
    ) -> list[Call]:
        """wait_for, for async tests whose event loop also runs the bot."""
        return await asyncio.to_thread(self.wait_for, method, count, where, timeout)

    def sent_to(self, chat_id: int) -> list[dict[str, Any]]:
        return [
            call.params
            for call in self.calls
            if call.method == "sendMessage" and int(call.params["chat_id"]) == chat_id
        ]

    def delivered_updates(self) -> bool:
        """Whether the bot has confirmed (by offset) every update pushed so far."""
        with self._changed:
            return not self.pending

    # The API ---------------------------------------------------------------------

    def handle(self, token: str, method: str, params: dict[str, Any]) -> Any:
        if token != TOKEN:
            raise ApiError(401, "Unauthorized")
        if method == "getUpdates":
            return self._get_updates(params)
        result = self._call(method, params)
        if method == "sendMessage":
            time.sleep(self.answer_delay)
        if method in self._held:
            self._held[method].wait(timeout=HOLD_SECONDS)
        return result

    def _call(self, method: str, params: dict[str, Any]) -> Any:
        with self._changed:
            self.calls.append(Call(method, params))
            self._changed.notify_all()
            queued = self.failures.get(method)
            if queued:
                raise queued.pop(0)
            action = self._methods.get(method)
            if action is None:
                raise ApiError(404, "Not Found")
            try:
                return action(params)
            except BadRequestError as error:
                self.rejected.append((self.calls[-1], str(error)))
                raise ApiError(400, f"Bad Request: {error}") from error

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook.get("url"):
            raise ApiError(
                409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook first"
            )
        offset = int(params.get("offset") or 0)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        with self._changed:
            self.pending = [update for update in self.pending if update["update_id"] >= offset]
            while not self.pending and time.monotonic() < deadline:
                self._changed.wait(deadline - time.monotonic())
            self._changed.notify_all()
            return self.pending[: int(params.get("limit") or 100)]

    def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Xiaomi Story",
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }

    @property
    def too_many_requests(self) -> int:
        return len(self.refusals)

    def _enforce_flood_limit(self, chat_id: int) -> None:
        """Over `messages_per_second` in the last second: 429 Too Many Requests, as Telegram does."""
        if self.messages_per_second is None:
            return
        now = time.monotonic()
        while self._recent_sends and now - self._recent_sends[0] >= 1.0:
            self._recent_sends.popleft()
        if len(self._recent_sends) >= self.messages_per_second:
            self.refusals.append((now, chat_id))
            raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
        self._recent_sends.append(now)

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        self._enforce_flood_limit(chat_id)
        if chat_id in self.blocked_chats:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        shown = checked_text(params)
        check_reply_markup(params.get("reply_markup"))
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": updates.chat(chat_id, "private" if chat_id > 0 else "supergroup"),
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Xiaomi Story", "username": BOT_USERNAME},
            "text": shown,
            **({"reply_markup": params["reply_markup"]} if params.get("reply_markup") else {}),
        }

    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params["callback_query_id"])
        if query_id not in self._open_callbacks:
            raise BadRequestError("query is too old and response timeout expired or query ID is invalid")
        if len(str(params.get("text", ""))) > MAX_CALLBACK_ANSWER:
            raise BadRequestError("MESSAGE_TOO_LONG")
        self._open_callbacks.discard(query_id)
        return True

    def _answer_inline_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params["inline_query_id"])
        if query_id not in self._open_inline_queries:
            raise BadRequestError("query is too old and response timeout expired or query ID is invalid")
        check_inline_results(params.get("results"))
        self._open_inline_queries.discard(query_id)
        return True

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        check_commands(params.get("commands"))
        language = str(params.get("language_code") or "")
        if language and (len(language) != 2 or not language.isalpha()):
            raise BadRequestError("bad request: invalid language code specified")
        self.commands[language] = params["commands"]
        return True

    def _get_my_commands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.commands.get(str(params.get("language_code") or ""), [])

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        if not str(params.get("url", "")).startswith(("http://", "https://")):
            raise BadRequestError("bad webhook: An HTTPS URL must be provided for webhook")
        connections = int(params.get("max_connections") or 40)
        if not 1 <= connections <= MAX_WEBHOOK_CONNECTIONS:
            raise BadRequestError("bad webhook: max_connections must be between 1 and 100")
        self.webhook = {
            "url": params["url"],
            "secret_token": params.get("secret_token"),
            "max_connections": connections,
        }
        return True

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {}
        if str(params.get("drop_pending_updates")).lower() == "true":
            self.pending.clear()
        return True

    def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False, "pending_update_count": 0}

    def _send_chat_action(self, params: dict[str, Any]) -> bool:
        return True

    def _get_chat_member(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        status = "administrator" if user_id in self.chat_admins.get(chat_id, set()) else "member"
        member = {"user": updates.user(user_id), "status": status}
        if status == "administrator":
            rights = (
                "can_manage_chat can_delete_messages can_manage_video_chats can_restrict_members can_promote_members"
                " can_change_info can_invite_users can_post_stories can_edit_stories can_delete_stories"
            )
            member |= {"can_be_edited": False, "is_anonymous": False} | dict.fromkeys(rights.split(), True)
        return member


class _CutOffError(Exception):
    """The client hung up partway through its request, as a killed bot does: Telegram acts on none of it."""


def _parse_params(handler: BaseHTTPRequestHandler) -> dict[str, Any]:
    length = int(handler.headers.get("Content-Length") or 0)
    raw = handler.rfile.read(length) if length else b""
    if len(raw) < length:
        raise _CutOffError
    body = raw.decode()
    if handler.headers.get("Content-Type", "").startswith("application/json"):
        return json.loads(body or "{}")
    params: dict[str, Any] = dict(parse_qsl(urlsplit(handler.path).query))
    for key, value in parse_qsl(body, keep_blank_values=True):
        try:
            params[key] = json.loads(value) if value[:1] in "[{" else value
        except json.JSONDecodeError:
            params[key] = value
    return params


def _handler_for(api: FakeTelegram) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the bot's HTTP client expects
        disable_nagle_algorithm = True  # headers and body go out at once, as from a real server

        def handle(self) -> None:
            with contextlib.suppress(ConnectionResetError):  # the bot closed a kept-alive connection
                super().handle()

        def do_POST(self) -> None:
            self._respond()

        def do_GET(self) -> None:
            self._respond()

        def _respond(self) -> None:
            path = urlsplit(self.path).path
            token, _, method = path.removeprefix("/bot").partition("/")
            try:
                params = _parse_params(self)
            except _CutOffError:
                self.close_connection = True
                return
            try:
                result = api.handle(token, method, params)
                status, body = HTTPStatus.OK, {"ok": True, "result": result}
            except ApiError as error:
                status = HTTPStatus(error.code)
                body = {"ok": False, "error_code": error.code, "description": error.description}
                if error.retry_after is not None:
                    body["parameters"] = {"retry_after": error.retry_after}
            payload = json.dumps(body).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the bot hung up, as it does on shutdown while a long poll is open

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: tests read calls from FakeTelegram.calls, not from stderr."""

    return Handler
