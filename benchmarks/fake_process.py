"""The fake TikTok in a process of its own, as a real server would be: in the benchmark's own process it
would compete with the client for the interpreter lock and slow both."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path
from typing import Any

import httpx

TESTS = str(Path(__file__).resolve().parents[1] / "tests")


def _serve(kwargs: dict[str, Any], ready: Any, stop: Any) -> None:
    sys.path.insert(0, TESTS)
    from helpers.fake_tiktok import FakeTikTok

    fake = FakeTikTok(**kwargs).start()
    ready.put((fake.base, fake.client_key, fake.client_secret, fake.open_id))
    stop.wait()
    fake.stop()


class FakeServer:
    def __init__(self, **kwargs: Any) -> None:
        context = multiprocessing.get_context("spawn")
        ready = context.Queue()
        self._stop = context.Event()
        self._process = context.Process(target=_serve, args=(kwargs, ready, self._stop), daemon=True)
        self._process.start()
        self.base, self.client_key, self.client_secret, self.open_id = ready.get(timeout=60)
        self.auth_url = self.base + "/v2/auth/authorize/"

    def issue_tokens(self) -> dict[str, Any]:
        return httpx.get(self.base + "/_test/issue").json()

    def stats(self) -> dict[str, Any]:
        return httpx.get(self.base + "/_test/stats").json()

    def stop(self) -> None:
        self._stop.set()
        self._process.join(timeout=10)
