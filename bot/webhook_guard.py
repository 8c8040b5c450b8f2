"""What the webhook decides from a request's headers alone, before reading its body.

A request that will be refused is refused before its body is read, so a stranger
posting large bodies costs the bot a few kilobytes, not the body's size. The checks:
Telegram's source addresses (when WEBHOOK_TELEGRAM_IPS_ONLY is on), the secret, the
declared size, and how many updates this process already has in flight.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Iterable
from http import HTTPStatus

from tornado.httputil import HTTPHeaders

from bot.settings import Settings

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Where Telegram's webhook requests come from: https://core.telegram.org/bots/webhooks
TELEGRAM_NETWORKS = (ipaddress.ip_network("149.154.160.0/20"), ipaddress.ip_network("91.108.4.0/22"))

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class InFlight:
    """Counts the updates this process is reading or handling, up to a limit.

    Beyond it the webhook answers 503 and Telegram retries later, instead of the
    process taking on more than it can answer in time.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.count = 0

    def enter(self) -> bool:
        if self.count >= self.limit:
            return False
        self.count += 1
        return True

    def leave(self) -> None:
        self.count -= 1


def refusal(settings: Settings, peer: str, headers: HTTPHeaders) -> HTTPStatus | None:
    """Why a request must be refused on its headers alone, as the status to answer; None if it may go on."""
    if settings.webhook_telegram_ips_only:
        client = client_address(peer, headers, settings.webhook_trusted_proxies)
        if client is None or not _within(client, TELEGRAM_NETWORKS):
            return HTTPStatus.FORBIDDEN
    given = headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(given.encode(), (settings.webhook_secret or "").encode()):
        return HTTPStatus.FORBIDDEN
    declared = headers.get("Content-Length", "0")
    if not declared.isdigit():
        return HTTPStatus.BAD_REQUEST
    if int(declared) > settings.webhook_max_body_bytes:
        return HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    return None


def client_address(peer: str, headers: HTTPHeaders, trusted: tuple[Network, ...]) -> Address | None:
    """Who sent the request: the connection's peer, or, when the peer is a trusted proxy,
    the last address its X-Forwarded-For (or X-Real-IP) names that is not a trusted proxy.

    Addresses a client wrote itself stand to the left of those its proxies appended, so
    reading from the right means a forged header cannot pass for Telegram. None when the
    address cannot be read.
    """
    address = _address(peer)
    if address is None or not _within(address, trusted):
        return address
    forwarded = [item.strip() for item in headers.get("X-Forwarded-For", "").split(",") if item.strip()]
    if not forwarded and headers.get("X-Real-IP"):
        forwarded = [headers["X-Real-IP"].strip()]
    for item in reversed(forwarded):
        address = _address(item)
        if address is None or not _within(address, trusted):
            return address
    return address


def _address(text: str) -> Address | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _within(address: Address, networks: Iterable[Network]) -> bool:
    return any(address in network for network in networks)
