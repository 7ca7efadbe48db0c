"""A fake TikTok (authorize page, OAuth and Display API v2) on loopback, strict about the contract.

It rejects what public clients got wrong: a base64 challenge, space-separated scopes, client_id, a
redirect_uri other than the registered loopback form or than the one sent to authorize, a reused code,
a missing trailing slash, max_count above 20. Token errors come back with HTTP 200. Refresh tokens
rotate. Failures (429, 500, garbage) can be queued per endpoint; so can answers that never end, for
clients that must bound them (MISBEHAVIOURS, the endpoint "cover" included).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import secrets
import struct
import threading
import time
import zlib
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from .loopback import serve, stream_body

SCOPES = {"user.info.basic", "user.info.profile", "user.info.stats", "video.list"}
FIELD_SCOPE = {
    **dict.fromkeys(
        ("open_id", "union_id", "avatar_url", "avatar_url_100", "avatar_large_url", "display_name"), "user.info.basic"
    ),
    **dict.fromkeys(("bio_description", "profile_deep_link", "is_verified", "username"), "user.info.profile"),
    **dict.fromkeys(("follower_count", "following_count", "likes_count", "video_count"), "user.info.stats"),
}


def _png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


MISSING = object()  # in row_patch and user_patch: the answer leaves the field out
TINY_PNG = _png(9, 12, (10, 200, 30))  # #0ac81e: no placeholder tile has this colour
# answers a bounded client must cut short, queued with fail_next like a failure:
# "endless": a chunked body that never ends; "drip": one byte every drip_interval seconds (a valid answer after
# hours); "huge": a Content-Length of 1 GB, then the bytes as fast as they go; "bomb": 64 KB of gzip that
# inflates to 64 MB
MISBEHAVIOURS = ("endless", "drip", "huge", "bomb")
REDIRECT = re.compile(r"^http://(127\.0\.0\.1|localhost):(\d+)/callback/$")


@functools.cache
def _gzip_bomb() -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # gzip framing
    block = b" " * 2**20
    return b"".join(packer.compress(block) for _ in range(64)) + packer.flush()


@dataclass
class Grant:
    open_id: str
    scopes: set[str]
    expires_at: float


@dataclass
class FakeTikTok:
    client_key: str = "awfaketestkey0001"
    client_secret: str = "fake-client-secret-value"
    open_id: str = "-000fakeOpenId"
    videos: int = 45
    access_lifetime: int = 86_400
    grant_scopes: set[str] | None = None  # what the "user" grants; None: everything asked
    deny: bool = False
    latency: float = 0.0
    limit: tuple[int, float] = (600, 60.0)
    failures: dict[str, deque[int | str]] = field(default_factory=lambda: defaultdict(deque))
    requests: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    rate_limited: int = 0
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    access: dict[str, Grant] = field(default_factory=dict)
    refresh: dict[str, Grant] = field(default_factory=dict)
    revoked: list[str] = field(default_factory=list)
    token_requests: list[dict[str, str]] = field(default_factory=list)
    issued: list[str] = field(default_factory=list)  # every token ever handed out
    cover_auth_leaks: int = 0
    drip_interval: float = 5.0  # seconds between the bytes of a "drip" answer
    revoked_tokens: list[str] = field(default_factory=list)  # every token sent to revoke, known or not
    # called with the endpoint ("oauth/token", "user/info"...) of every request before it is served, in the
    # server's thread: a test may block in it (bounded) to hold a request back, as a slow server would
    on_request: Callable[[str], None] | None = None
    # a misbehaving video list (default off), as a broken or hostile server answers:
    #   "stuck_cursor": has_more stays true and the cursor sent comes back (from page 2 on)
    #   "endless_pages": has_more stays true after the last video, with a cursor that keeps moving, no videos
    #   "null_cursor": has_more true with a null cursor
    #   "overlap": each page repeats the last video of the page before
    #   "deep_json": JSON nested 100,000 deep
    hostile: str = ""
    hostile_budget: int = 200  # past this many video/list requests a hostile list answers 400: tests end either way
    row_patch: dict[str, Any] = field(default_factory=dict)  # on the newest video's answers; MISSING drops a field
    user_patch: dict[str, Any] = field(default_factory=dict)  # on user/info's user

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self.halt = threading.Event()  # set: every misbehaving answer ends at once (stop() sets it)
        self._windows: dict[str, deque[float]] = defaultdict(deque)
        now = int(time.time())
        self.video_rows = [
            {
                "id": str(7_300_000_000_000_000_000 + i),
                "create_time": now - 3600 * (i + 1) * 7,
                "title": f"Video {i} <b>bold</b>" if i % 7 else "",
                "video_description": f"desc {i} #tag{i % 5}",
                "duration": 5 + i % 300,
                "view_count": 1000 * (i + 1) + 2**33 * (i == 0),
                "like_count": 50 + i,
                "comment_count": i,
                "share_count": i // 2,
                "cover_image_url": f"/cover/{i}.png",  # made absolute in start()
                "share_url": f"https://www.tiktok.com/@fake/video/{i}",
                "embed_html": "<blockquote/>",
                "is_aigc": i % 5 == 4,  # the creator labelled every 5th video AI-generated
            }
            for i in range(self.videos)
        ]

    # -- server ----------------------------------------------------------------------------------------------

    def start(self) -> FakeTikTok:
        self.server = serve(self._handle)
        for row in self.video_rows:
            row["cover_image_url"] = self.base + row["cover_image_url"]
        return self

    def stop(self) -> None:
        self.halt.set()
        self.server.shutdown()
        self.server.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def auth_url(self) -> str:
        return self.base + "/v2/auth/authorize/"

    def fail_next(self, endpoint: str, *statuses: int | str) -> None:
        self.failures[endpoint].extend(statuses)

    # -- dispatch --------------------------------------------------------------------------------------------

    def _handle(self, h: BaseHTTPRequestHandler, method: str) -> None:
        url = urlsplit(h.path)
        query = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length) if length else b""
        routes = {
            ("GET", "/v2/auth/authorize/"): self._authorize,
            ("POST", "/v2/oauth/token/"): self._token,
            ("POST", "/v2/oauth/revoke/"): self._revoke,
            ("GET", "/v2/user/info/"): self._user_info,
            ("POST", "/v2/video/list/"): self._video_list,
            ("POST", "/v2/video/query/"): self._video_query,
        }
        if url.path == "/_test/stats":  # for benchmarks running this server in another process
            return self._json(h, 200, {"requests": dict(self.requests), "rate_limited": self.rate_limited})
        if url.path == "/_test/issue":
            return self._json(h, 200, self._issue(self.open_id, set(SCOPES)))
        if method == "GET" and url.path.startswith("/cover/"):
            self.requests["cover"] += 1
            if h.headers.get("Authorization"):
                self.cover_auth_leaks += 1
            with self._lock:
                failure = self.failures["cover"].popleft() if self.failures["cover"] else None
            if failure in MISBEHAVIOURS:
                return self._misbehave(h, str(failure), "image/png")
            return self._send(h, 200, TINY_PNG, "image/png")
        route = routes.get((method, url.path))
        if route is None:
            return self._json(h, 404, {"error": {"code": "invalid_params", "message": "Unsupported path"}})
        endpoint = url.path.strip("/").removeprefix("v2/")
        with self._lock:
            self.requests[endpoint] += 1
            failure = self.failures[endpoint].popleft() if self.failures[endpoint] else None
        if self.on_request is not None:
            self.on_request(endpoint)
        if self.latency:
            time.sleep(self.latency)  # the fake network's latency, not a test waiting on a race
        if failure in MISBEHAVIOURS:
            return self._misbehave(h, str(failure), "application/json")
        if failure == "garbage":
            return self._send(h, 200, b"<html>not json", "text/html")
        if failure == "drop":
            h.close_connection = True
            h.wfile.flush()
            return h.connection.close()
        if isinstance(failure, int):
            code = "rate_limit_exceeded" if failure == 429 else "internal_error"
            if failure == 429:
                self.rate_limited += 1
            return self._json(h, failure, {"data": {}, "error": {"code": code, "message": code, "log_id": "x"}})
        if endpoint.startswith(("user/", "video/")) and not self._within_limit(endpoint):
            self.rate_limited += 1
            return self._json(h, 429, {"data": {}, "error": {"code": "rate_limit_exceeded", "message": "slow down"}})
        route(h, query, raw)

    def _within_limit(self, endpoint: str) -> bool:
        count, period = self.limit
        with self._lock:
            window, now = self._windows[endpoint], time.monotonic()
            while window and now - window[0] >= period:
                window.popleft()
            if len(window) >= count:
                return False
            window.append(now)
            return True

    def _send(
        self, h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str, headers: dict | None = None
    ) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)

    def _json(self, h: BaseHTTPRequestHandler, status: int, body: Any) -> None:
        self._send(h, status, json.dumps(body).encode(), "application/json")

    def _misbehave(self, h: BaseHTTPRequestHandler, kind: str, ctype: str) -> None:
        def forever(chunk: bytes) -> Any:
            while not self.halt.is_set():
                yield chunk

        def drip(body: bytes) -> Any:
            for i in range(len(body)):
                if self.halt.wait(self.drip_interval if i else 0):
                    return
                yield body[i : i + 1]

        if kind == "endless":
            return stream_body(h, forever(b" " * 65_536), ctype)
        if kind == "huge":
            return stream_body(h, forever(b" " * 65_536), ctype, length=2**30)
        if kind == "bomb":
            return stream_body(h, [_gzip_bomb()], ctype, length=len(_gzip_bomb()), headers={"Content-Encoding": "gzip"})
        answer = b" " * 100_000 + json.dumps({"data": {}, "error": {"code": "ok", "message": ""}}).encode()
        stream_body(h, drip(answer), ctype, length=len(answer))

    # -- OAuth -----------------------------------------------------------------------------------------------

    def _authorize(self, h, q, raw) -> None:
        def page(text: str) -> None:  # TikTok shows an error page and never redirects on these
            self._send(h, 400, f"<html><body>TikTok error: {text}</body></html>".encode(), "text/html")

        if "client_id" in q or q.get("client_key") != self.client_key:
            return page("client_key")
        scope = q.get("scope", "")
        if " " in scope or not scope or not set(scope.split(",")) <= SCOPES:
            return page("scope")
        if q.get("response_type") != "code" or q.get("code_challenge_method") != "S256":
            return page("response_type")
        if not re.fullmatch(r"[0-9a-f]{64}", q.get("code_challenge", "")):
            return page("code_challenge must be the hex SHA-256 of the verifier")
        redirect = q.get("redirect_uri", "")
        if not REDIRECT.match(redirect) or len(redirect) >= 512:
            return page("redirect_uri")
        state = q.get("state", "")
        if self.deny:
            target = (
                redirect
                + "?"
                + urlencode({"error": "access_denied", "error_description": "user denied", "state": state})
            )
        else:
            granted = set(scope.split(",")) if self.grant_scopes is None else self.grant_scopes
            code = secrets.token_urlsafe(24)
            self.codes[code] = {
                "redirect_uri": redirect,
                "challenge": q["code_challenge"],
                "scopes": granted,
                "used": False,
            }
            target = redirect + "?" + urlencode({"code": code, "scopes": ",".join(sorted(granted)), "state": state})
        self._send(h, 302, b"", "text/plain", {"Location": target})

    def _issue(self, open_id: str, scopes: set[str]) -> dict[str, Any]:
        access, refresh = "act." + secrets.token_urlsafe(40), "rft." + secrets.token_urlsafe(40)
        self.access[access] = Grant(open_id, scopes, time.time() + self.access_lifetime)
        self.refresh[refresh] = Grant(open_id, scopes, time.time() + 86_400 * 365)
        self.issued += [access, refresh]
        return {
            "access_token": access,
            "expires_in": self.access_lifetime,
            "open_id": open_id,
            "refresh_expires_in": 86_400 * 365,
            "refresh_token": refresh,
            "scope": ",".join(sorted(scopes)),
            "token_type": "Bearer",
        }

    def _form(self, h, raw) -> dict[str, str] | None:
        if h.headers.get("Content-Type", "").split(";")[0] != "application/x-www-form-urlencoded":
            return None
        return {k: v[0] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()}

    def _token_error(self, h, error: str) -> None:
        self._json(h, 200, {"error": error, "error_description": f"{error} (fake)", "log_id": "fake"})

    def _token(self, h, q, raw) -> None:
        form = self._form(h, raw)
        if form is None:
            return self._token_error(h, "invalid_request")
        self.token_requests.append({k: v for k, v in form.items() if k in ("grant_type", "redirect_uri")})
        if form.get("client_key") != self.client_key or form.get("client_secret") != self.client_secret:
            return self._token_error(h, "invalid_client")
        grant = form.get("grant_type")
        if grant == "authorization_code":
            code = self.codes.get(form.get("code", ""))
            if code is None or code["used"]:
                return self._token_error(h, "invalid_grant")
            code["used"] = True
            verifier = form.get("code_verifier", "")
            if form.get("redirect_uri") != code["redirect_uri"]:
                return self._token_error(h, "invalid_grant")
            if hashlib.sha256(verifier.encode()).hexdigest() != code["challenge"]:
                return self._token_error(h, "invalid_grant")
            return self._json(h, 200, self._issue(self.open_id, code["scopes"]))
        if grant == "refresh_token":
            old = self.refresh.pop(form.get("refresh_token", ""), None)  # rotation: the old one dies
            if old is None:
                return self._token_error(h, "invalid_grant")
            return self._json(h, 200, self._issue(old.open_id, old.scopes))
        return self._token_error(h, "unsupported_grant_type")

    def _revoke(self, h, q, raw) -> None:
        form = self._form(h, raw) or {}
        if form.get("client_key") != self.client_key or form.get("client_secret") != self.client_secret:
            return self._token_error(h, "invalid_client")
        self.revoked_tokens.append(form.get("token", ""))
        grant = self.access.pop(form.get("token", ""), None)
        if grant is not None:
            self.revoked.append(grant.open_id)
            for token, g in list(self.refresh.items()):
                if g.open_id == grant.open_id:
                    del self.refresh[token]
        self._json(h, 200, {})

    def revoke_everything(self) -> None:
        """As when the user removes the app's access in the TikTok app."""
        self.access.clear()
        self.refresh.clear()

    # -- Display API -----------------------------------------------------------------------------------------

    def _auth(self, h) -> Grant | None:
        header = h.headers.get("Authorization", "")
        grant = self.access.get(header.removeprefix("Bearer "))
        if not header.startswith("Bearer ") or grant is None or grant.expires_at < time.time():
            self._json(h, 401, {"data": {}, "error": {"code": "access_token_invalid", "message": "invalid token"}})
            return None
        return grant

    def _fields(self, h, q, grant: Grant, scope_of: dict[str, str] | None = None) -> list[str] | None:
        fields = [f for f in q.get("fields", "").split(",") if f]
        if scope_of is not None and any(scope_of.get(f) not in grant.scopes for f in fields):
            self._json(h, 401, {"data": {}, "error": {"code": "scope_not_authorized", "message": "scope"}})
            return None
        return fields

    def _ok(self, h, data: Any) -> None:
        self._json(h, 200, {"data": data, "error": {"code": "ok", "message": "", "log_id": "fake"}})

    def _user_info(self, h, q, raw) -> None:
        grant = self._auth(h)
        fields = grant and self._fields(h, q, grant, FIELD_SCOPE)
        if not grant or fields is None:
            return
        user = {
            "open_id": grant.open_id,
            "union_id": "u1",
            "avatar_url": "https://cdn.invalid/a.jpg",
            "display_name": "Fake <i>Creator</i> 🍜",
            "bio_description": "<script>alert(1)</script> bio",
            "is_verified": True,
            "username": "fake.creator",
            "profile_deep_link": "https://vm.invalid/x",
            "follower_count": 12_345,
            "following_count": 67,
            "likes_count": 2**35,
            "video_count": self.videos,
        }
        user.update(self.user_patch)
        self._ok(h, {"user": {f: user[f] for f in fields if f in user and user[f] is not MISSING}})

    def _answer_rows(self, rows: list[dict[str, Any]], fields: list[str]) -> list[dict[str, Any]]:
        """Rows as an answer holds them: the fields asked for, row_patch on the newest video."""
        patched = [{**r, **self.row_patch} if r is self.video_rows[0] else r for r in rows]
        return [{f: r[f] for f in fields if f in r and r[f] is not MISSING} for r in patched]

    def _video_body(self, h, raw, grant: Grant) -> dict[str, Any] | None:
        if "video.list" not in grant.scopes:
            self._json(h, 401, {"data": {}, "error": {"code": "scope_not_authorized", "message": "video.list"}})
            return None
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = None
        if not isinstance(body, dict):
            self._json(h, 400, {"data": {}, "error": {"code": "invalid_params", "message": "body"}})
            return None
        return body

    def _video_list(self, h, q, raw) -> None:
        grant = self._auth(h)
        body = grant and self._video_body(h, raw, grant)
        if not body and body != {}:
            return
        max_count = body.get("max_count", 10)
        if not isinstance(max_count, int) or not 1 <= max_count <= 20:
            return self._json(h, 400, {"data": {}, "error": {"code": "invalid_params", "message": "max_count"}})
        cursor = body.get("cursor")
        rows = [r for r in self.video_rows if cursor is None or r["create_time"] * 1000 < cursor]
        page = rows[:max_count]
        fields = self._fields(h, q, grant) or []
        next_cursor: int | None = page[-1]["create_time"] * 1000 if page else 0
        has_more = len(rows) > len(page)
        if self.hostile and self.requests["video/list"] > self.hostile_budget:
            return self._json(h, 400, {"data": {}, "error": {"code": "invalid_params", "message": "budget spent"}})
        if self.hostile == "deep_json":
            depth = 100_000
            raw = b'{"data": {"videos": ' + b"[" * depth + b"]" * depth + b'}, "error": {"code": "ok"}}'
            return self._send(h, 200, raw, "application/json")
        if self.hostile == "stuck_cursor" and cursor is not None:
            next_cursor, has_more = cursor, True
        elif self.hostile == "endless_pages" and not has_more:
            next_cursor, has_more = next_cursor if page else (cursor or 10**13) - 1, True
        elif self.hostile == "null_cursor":
            next_cursor, has_more = None, True
        elif self.hostile == "overlap" and cursor is not None:
            page = [r for r in self.video_rows if r["create_time"] * 1000 >= cursor][-1:] + page
        self._ok(h, {"videos": self._answer_rows(page, fields), "cursor": next_cursor, "has_more": has_more})

    def _video_query(self, h, q, raw) -> None:
        grant = self._auth(h)
        body = grant and self._video_body(h, raw, grant)
        if not body:
            return
        ids = (body.get("filters") or {}).get("video_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 20:
            return self._json(h, 400, {"data": {}, "error": {"code": "invalid_params", "message": "video_ids"}})
        fields = self._fields(h, q, grant) or []
        found = [r for r in self.video_rows if r["id"] in set(ids)]
        self._ok(h, {"videos": self._answer_rows(found, fields), "cursor": 0, "has_more": False})
