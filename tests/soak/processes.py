"""The soak's webhook processes: started, killed with SIGKILL, started again, measured."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import threading
import time
from pathlib import Path

from tests.bot_process import STOP_SECONDS, start_bot, wait_until_listening
from tests.fake_telegram import FakeTelegram

START_SECONDS = 60  # a start on a machine this busy can take a while


class Processes:
    """The webhook processes, each on its own port; a killed one is started again on its port."""

    def __init__(self, telegram: FakeTelegram, ports: list[int], settings: dict[str, str]) -> None:
        self.telegram, self.ports, self.settings = telegram, ports, settings
        self.running: list[subprocess.Popen[str]] = []
        self.log: list[str] = []

    async def start(self) -> None:
        self.running = [self._start(port) for port in self.ports]
        for port, process in zip(self.ports, self.running, strict=True):
            await asyncio.to_thread(wait_until_listening, port, process, START_SECONDS)

    async def kill(self, slot: int) -> tuple[float, float]:
        """SIGKILL; returns when it was sent and when the process was gone."""
        process = self.running[slot]
        killed_at = time.monotonic()
        process.send_signal(signal.SIGKILL)
        await asyncio.to_thread(process.wait)
        return killed_at, time.monotonic()

    async def restart(self, slot: int) -> None:
        self.running[slot] = self._start(self.ports[slot])
        await asyncio.to_thread(wait_until_listening, self.ports[slot], self.running[slot], START_SECONDS)

    def stop(self) -> bool:
        """SIGTERM to each; whether every one exited cleanly in time."""
        for process in self.running:
            process.terminate()
        clean = True
        for process in self.running:
            try:
                clean &= process.wait(timeout=STOP_SECONDS) == 0
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                clean = False
        return clean

    def _start(self, port: int) -> subprocess.Popen[str]:
        process = start_bot(self.telegram, PORT=str(port), **self.settings)
        threading.Thread(target=lambda: self.log.extend(process.stdout), daemon=True).start()
        return process


def rss_kilobytes(pid: int) -> int | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    line = next((line for line in status.splitlines() if line.startswith("VmRSS:")), None)
    return int(line.split()[1]) if line else None
