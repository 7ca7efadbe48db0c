"""What TikTok's redirect carries back to the loopback listener, and the page the browser shows after it."""

from __future__ import annotations

import html
from dataclasses import dataclass

from tiktok_desktop.core.errors import AppError, SignInFailed, SignInRefused
from tiktok_desktop.core.plain_text import plain_text

CALLBACK_PATH = "/callback/"


@dataclass(frozen=True)
class Callback:
    code: str
    scopes: str


@dataclass(frozen=True)
class ResultPages:
    """The texts of the page the browser shows after the redirect (translated by the caller)."""

    success_title: str = "Signed in"
    success_text: str = "TikTok Creator Desktop received your sign-in. You can close this tab."
    failure_title: str = "Sign-in failed"
    failure_text: str = "The sign-in did not complete. Return to TikTok Creator Desktop for details."
    lang: str = "en"

    def render(self, ok: bool, detail: str = "") -> bytes:
        title = self.success_title if ok else self.failure_title
        text = self.success_text if ok else self.failure_text
        extra = f"<p class=d>{html.escape(detail)}</p>" if detail else ""
        return (
            f"<!doctype html><html lang={self.lang}><meta charset=utf-8><title>{html.escape(title)}</title>"
            "<style>body{font-family:system-ui,sans-serif;max-width:32em;margin:15vh auto;padding:0 1em;"
            "color:#161823}h1{color:" + ("#1E8E3E" if ok else "#D93025") + "}.d{color:#666}</style>"
            f"<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p>{extra}</html>"
        ).encode("utf-8")


def redirect_uri_to_register(port: int) -> str:
    """What the developer registers: the wildcard-port form, or the fixed port the user configured."""
    return f"http://127.0.0.1:{port or '*'}{CALLBACK_PATH}"


def tiktok_error(query: dict[str, str]) -> AppError:
    error = plain_text(query["error"], 100) or "error"
    if error == "access_denied":
        return SignInRefused(error=error)
    return SignInFailed(error=error, description=plain_text(query.get("error_description", ""), 200) or error)
