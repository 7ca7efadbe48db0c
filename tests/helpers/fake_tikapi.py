"""A fake TikAPI on loopback with the quirks of the real one: counts as strings, saves missing or
named saveCount, 403 for bad keys and spent limits, 404 for unknown users, 429 and 503 on demand."""

from __future__ import annotations

import json
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from .fake_tiktok import MISSING, TINY_PNG
from .loopback import serve


@dataclass
class FakeTikApi:
    api_key: str = "TikApiKey0123456789"
    username: str = "chef.wang"
    videos: int = 70
    failures: dict[str, deque] = field(default_factory=lambda: defaultdict(deque))
    requests: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    keys_seen: set[str] = field(default_factory=set)
    cover_key_leaks: int = 0
    # error messages as a hostile server would send them: terminal escapes (window title, colours, a C1 CSI
    # clearing the screen), a bidi override and CR/LF around the readable text
    escape_errors: bool = False
    # a misbehaving /public/posts (default off), as a broken or hostile server answers:
    #   "stuck_cursor": from page 2 on, hasMore stays true and the cursor sent comes back
    #   "cycle_cursor": cursors go 0 -> 1 -> 0 with hasMore true
    #   "endless_pages": hasMore stays true after the last video, the cursor keeps moving, no items
    #   "repeat_page": hasMore stays true, the cursor moves, the items are always the first page's
    #   "null_cursor": hasMore true with a null cursor
    #   "deep_json": JSON nested 100,000 deep
    hostile: str = ""
    hostile_budget: int = 200  # past this many /public/posts requests a hostile list answers 400: tests end
    stats_patch: dict[str, object] = field(default_factory=dict)  # on the newest item's stats; MISSING drops one
    numeric_ids: bool = False  # the user id as a JSON number, as TikAPI's reference shows it
    # items carry statsV2 (exact digit strings, 10^9 more than the plain counts) and stats rounded to 10^6
    stats_v2: bool = False

    def __post_init__(self) -> None:
        now = int(time.time())
        self.items = []
        for i in range(self.videos):
            stats: dict[str, object] = {
                "playCount": str(5000 + i * 100) if i % 2 else 5000 + i * 100,  # strings now and then
                "diggCount": 300 + i,
                "commentCount": str(i),
                "shareCount": i // 3,
            }
            if i % 3 == 0:
                stats["collectCount"] = 40 + i
            elif i % 3 == 1:
                stats["saveCount"] = str(7 + i)
            # i % 3 == 2: no saves at all
            self.items.append(
                {
                    "id": str(7_200_000_000_000_000_000 + i),
                    "desc": f"王师傅的菜 {i} #美食 #cooking",
                    "createTime": str(now - 86_400 * i) if i % 5 == 0 else now - 86_400 * i,
                    "author": {"uniqueId": self.username, "nickname": "王师傅", "secUid": "MS4wSEC"},
                    "video": {"duration": 15 + i, "cover": f"/cover/{i}.png"},  # made absolute in start()
                    "stats": stats,
                }
            )

    def start(self) -> FakeTikApi:
        self.server = serve(self._handle)
        for item in self.items:
            item["video"]["cover"] = self.base + item["video"]["cover"]
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def fail_next(self, path: str, *answers: int | tuple[int, str]) -> None:
        self.failures[path].extend(answers)

    def _json(self, h: BaseHTTPRequestHandler, status: int, body: object) -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        h.send_response(status)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    def _answer_item(self, item: dict) -> dict:
        """An item as an answer holds it: stats_patch on the newest, statsV2 when asked for."""
        stats = {**item["stats"], **(self.stats_patch if item is self.items[0] else {})}
        stats = {k: v for k, v in stats.items() if v is not MISSING}
        if not self.stats_v2:
            return {**item, "stats": stats}
        exact = {k: int(v) + 10**9 for k, v in stats.items() if isinstance(v, (int, str))}
        return {
            **item,
            "stats": {k: round(v, -6) for k, v in exact.items()},
            "statsV2": {k: str(v) for k, v in exact.items()},
        }

    def _error(self, h, status: int, message: str, **extra: object) -> None:
        if self.escape_errors:
            message = f"\x1b]0;pwned\x07\x1b[31;1m{message}\r\n\x1b[0mFAKE: \u202eretry later\x9b2J"
        self._json(h, status, {"status": "error", "message": message, **extra})

    def _handle(self, h: BaseHTTPRequestHandler, method: str) -> None:  # TikAPI's public endpoints are all GET
        url = urlsplit(h.path)
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        self.requests[url.path.split("/")[1] if url.path.startswith("/cover/") else url.path] += 1
        if url.path.startswith("/cover/"):
            self.cover_key_leaks += bool(h.headers.get("X-API-KEY"))
            h.send_response(200)
            h.send_header("Content-Type", "image/png")
            h.send_header("Content-Length", str(len(TINY_PNG)))
            h.end_headers()
            h.wfile.write(TINY_PNG)
            return
        key = h.headers.get("X-API-KEY", "")
        self.keys_seen.add(key)
        if self.failures[url.path]:
            failure = self.failures[url.path].popleft()
            status, message = failure if isinstance(failure, tuple) else (failure, "failure")
            return self._error(h, status, message)
        if key != self.api_key:
            return self._error(h, 403, "Invalid API key")
        if url.path == "/public/check":
            if q.get("username", "").lower() != self.username:
                return self._error(h, 404, "User not found")
            return self._json(
                h,
                200,
                {
                    "status": "success",
                    "userInfo": {
                        "user": {
                            "id": 6800000000000000001 if self.numeric_ids else "6800000000000000001",
                            "uniqueId": self.username,
                            "nickname": "王师傅 <b>Chef</b>",
                            "signature": "家常菜 every day\n<img src=x>",
                            "verified": False,
                            "secUid": "MS4wSEC",
                            "avatarLarger": "https://p16.invalid/a.jpg",
                            "privateAccount": False,
                        },
                        "stats": {
                            "followerCount": "98765",
                            "followingCount": 12,
                            "heartCount": 1234567,
                            "heart": 1234567,
                            "videoCount": str(self.videos),
                            "diggCount": 5,
                            "friendCount": 1,
                        },
                    },
                },
            )
        if url.path == "/public/posts":
            if q.get("secUid") != "MS4wSEC":
                return self._error(h, 400, "Bad request", fields={"secUid": "invalid"})
            count = int(q.get("count", 30))
            if count > 30:
                return self._error(h, 400, "Bad request", fields={"count": "max 30"})
            start = int(q.get("cursor", 0))
            page = self.items[start : start + count]
            cursor: str | None = str(start + count)
            more = start + count < len(self.items)
            if self.hostile and self.requests["/public/posts"] > self.hostile_budget:
                return self._error(h, 400, "Bad request", fields={"cursor": "budget spent"})
            if self.hostile == "deep_json":
                depth = 100_000
                raw = b'{"status": "success", "itemList": ' + b"[" * depth + b"]" * depth + b"}"
                return self._json(h, 200, raw)
            if self.hostile == "stuck_cursor" and start:
                cursor, more = str(start), True
            elif self.hostile == "cycle_cursor":
                cursor, more = str(1 - start % 2), True
            elif self.hostile == "endless_pages":
                more = True
            elif self.hostile == "repeat_page":
                page, more = self.items[:count], True
            elif self.hostile == "null_cursor":
                cursor, more = None, True
            items = [self._answer_item(item) for item in page]
            return self._json(h, 200, {"status": "success", "itemList": items, "cursor": cursor, "hasMore": more})
        self._error(h, 404, "Not found")
