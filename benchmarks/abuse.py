"""Large bodies thrown at the webhook: how much memory they cost the bot, and whether it keeps serving.

Usage: python benchmarks/abuse.py [--attackers 8] [--with-secret 2] [--megabytes 90] [--seconds 10]

Starts `python -m bot run --webhook` against the fake Bot API (tests/fake_telegram) on
loopback and measures its resident memory (/proc/<pid>/status) at rest, after a few
warm-up updates. Then --attackers connections POST --megabytes bodies without the secret
and --with-secret connections with it (half declaring their length, half chunked), each
streaming its body as fast as the bot takes it and sending again as soon as an attempt
ends, for --seconds, while /healthz is polled and ordinary updates are delivered.
Reports the peak memory growth (the issue's target: at most 25 MB), the statuses each
kind of request got, and how many ordinary updates were answered.
"""

from __future__ import annotations

import argparse
import asyncio
import select
import socket
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from benchmarks.load import webhook_bot  # noqa: E402
from tests.fake_telegram import updates  # noqa: E402

SECRET = "abuse-test-secret"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
TARGET_MB = 25
BLOCK = bytes(65536)
POLL_SECONDS = 0.05
MB = 1024 * 1024


def memory_kb(pid: int) -> dict[str, int]:
    """VmRSS (resident now) and VmHWM (the peak since start, or since the last reset), in kB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0])
    return fields


def reset_peak(pid: int) -> bool:
    """Starts VmHWM afresh (Linux 4.0+), so the peak read later is the abuse's, not start-up's."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def attack(port: int, size: int, secret: bool, chunked: bool) -> tuple[str, int]:
    """Streams one large body as an attacker would, watching for an answer between blocks;
    returns what the bot answered and the bytes sent by then."""
    headers = ["Transfer-Encoding: chunked" if chunked else f"Content-Length: {size}"]
    if secret:
        headers.append(f"{SECRET_HEADER}: {SECRET}")
    frame = b"%x\r\n%s\r\n" % (len(BLOCK), BLOCK) if chunked else BLOCK
    head = "POST /telegram HTTP/1.1\r\nHost: bot\r\n" + "".join(header + "\r\n" for header in headers) + "\r\n"
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=30) as client:
        client.sendall(head.encode())
        try:
            while sent < size and not select.select([client], [], [], 0)[0]:
                client.sendall(frame)
                sent += len(BLOCK)
            if chunked and sent >= size:
                client.sendall(b"0\r\n\r\n")  # the whole body went through: end it, as a client would
        except OSError:
            pass  # the bot hung up; its answer, if any, is waiting to be read
        try:
            line = client.makefile("rb").readline()
            status = line.split()[1].decode() if line else "closed without an answer"
        except OSError as error:
            status = type(error).__name__
    return status, sent


def keep_attacking(port: int, size: int, secret: bool, chunked: bool, until: float) -> list[tuple[str, int]]:
    """A persistent attacker: sends again as soon as one attempt ends, until the deadline."""
    attempts = [attack(port, size, secret, chunked)]
    while time.monotonic() < until:
        attempts.append(attack(port, size, secret, chunked))
    return attempts


async def serve_meanwhile(port: int, until: asyncio.Event, health: Counter[str], answered: Counter[str]) -> None:
    """What Telegram and the load balancer do while the attack goes on."""
    async with httpx.AsyncClient(timeout=10) as client:
        number = 0
        while not until.is_set():
            number += 1
            response = await client.get(f"http://127.0.0.1:{port}/healthz")
            health[str(response.status_code)] += 1
            update = {"update_id": number, "message": updates.message("where is the qingdao plant?", chat_id=number)}
            posted = await client.post(
                f"http://127.0.0.1:{port}/telegram", json=update, headers={SECRET_HEADER: SECRET}
            )
            answered["answered" if posted.status_code == 200 and "Shandong" in posted.text else "not answered"] += 1
            await asyncio.sleep(POLL_SECONDS)


async def abuse(port: int, pid: int, arguments: argparse.Namespace) -> dict[str, object]:
    size = arguments.megabytes * MB
    kinds = [("no secret, Content-Length", False, False)] * arguments.attackers
    kinds += [("secret, Content-Length", True, False), ("secret, chunked", True, True)] * (arguments.with_secret // 2)
    health: Counter[str] = Counter()
    answered: Counter[str] = Counter()
    done = asyncio.Event()
    peak_rss = 0

    async def sample() -> None:
        nonlocal peak_rss
        while not done.is_set():
            peak_rss = max(peak_rss, memory_kb(pid)["VmRSS"])
            await asyncio.sleep(0.01)

    meanwhile = asyncio.gather(serve_meanwhile(port, done, health, answered), sample())
    started = time.monotonic()
    until = started + arguments.seconds
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(len(kinds)) as attackers:
        results = await asyncio.gather(
            *(
                loop.run_in_executor(attackers, keep_attacking, port, size, secret, chunked, until)
                for _, secret, chunked in kinds
            )
        )
    elapsed = time.monotonic() - started
    await asyncio.sleep(1)  # the bot settles; health and updates go on being checked meanwhile
    done.set()
    await meanwhile
    statuses: dict[str, Counter[str]] = {}
    most_sent: Counter[str] = Counter()
    for (kind, _, _), attempts in zip(kinds, results, strict=True):
        for status, sent in attempts:
            statuses.setdefault(kind, Counter())[status] += 1
            most_sent[kind] = max(most_sent[kind], sent)
    return {
        "statuses": statuses,
        "most_sent": most_sent,
        "health": health,
        "answered": answered,
        "peak_rss": peak_rss,
        "elapsed": elapsed,
    }


async def warm_up(port: int) -> None:
    """A few updates first, so what they load once is not counted as the abuse's."""
    async with httpx.AsyncClient(timeout=10) as client:
        for number in range(5):
            update = {"update_id": number, "message": updates.message("who wrote the first article?", chat_id=1)}
            await client.post(f"http://127.0.0.1:{port}/telegram", json=update, headers={SECRET_HEADER: SECRET})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--attackers", type=int, default=8, help="connections without the secret")
    parser.add_argument("--with-secret", type=int, default=2, help="connections with it (half of them chunked)")
    parser.add_argument("--megabytes", type=int, default=90, help="each body's size")
    parser.add_argument("--seconds", type=float, default=10, help="how long each attacker keeps sending again")
    arguments = parser.parse_args()

    with webhook_bot(SECRET) as (_telegram, port, bot):
        asyncio.run(warm_up(port))
        time.sleep(1)
        rest = memory_kb(bot.pid)
        peak_reset = reset_peak(bot.pid)
        result = asyncio.run(abuse(port, bot.pid, arguments))
        after = memory_kb(bot.pid)

    peak = max(result["peak_rss"], after["VmHWM"] if peak_reset else 0)
    growth = (peak - rest["VmRSS"]) / 1024
    print(f"RSS at rest {rest['VmRSS'] / 1024:.1f} MB (start-up peak VmHWM {rest['VmHWM'] / 1024:.1f} MB)")
    print(
        f"during the abuse: peak {peak / 1024:.1f} MB ({'VmHWM reset at rest' if peak_reset else 'sampled VmRSS'}), "
        f"growth {growth:.1f} MB (target <= {TARGET_MB} MB: {'met' if growth <= TARGET_MB else 'NOT met'}); "
        f"RSS after {after['VmRSS'] / 1024:.1f} MB"
    )
    print(f"abusive requests ({arguments.megabytes} MB each), sent again for {result['elapsed']:.1f} s:")
    for kind, counts in result["statuses"].items():
        answers = ", ".join(f"{count} x {status}" for status, count in sorted(counts.items()))
        print(f"  {kind}: {answers}; sockets took at most {result['most_sent'][kind] / MB:.1f} MB of a body")
    print("/healthz statuses: " + ", ".join(f"{count} x {code}" for code, count in sorted(result["health"].items())))
    print("ordinary updates: " + ", ".join(f"{count} {what}" for what, count in sorted(result["answered"].items())))


if __name__ == "__main__":
    main()
