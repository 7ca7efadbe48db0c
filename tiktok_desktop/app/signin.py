"""Sign in with TikTok (browser + loopback listener + PKCE) and sign out."""

from __future__ import annotations

import logging
import webbrowser
from collections.abc import Callable

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.auth.callback import ResultPages, redirect_uri_to_register
from tiktok_desktop.auth.listener import LoopbackListener
from tiktok_desktop.auth.manager import TokenManager
from tiktok_desktop.auth.oauth import SCOPES, TokenClient, authorize_url
from tiktok_desktop.auth.pkce import hex_challenge, new_state, new_verifier
from tiktok_desktop.core.errors import AppError
from tiktok_desktop.core.models import Profile
from tiktok_desktop.core.progress import CancelToken
from tiktok_desktop.net.http import new_client
from tiktok_desktop.sources.official import OfficialSource

# what the set-up and sign-in screens show of the sign-in (the GUI reaches auth only through app)
__all__ = ["DEFAULT_TIMEOUT", "SCOPES", "ResultPages", "redirect_uri_to_register", "sign_in", "sign_out"]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 300.0


def sign_in(
    ctx: AppContext,
    *,
    show_url: Callable[[str], None],
    open_browser: bool = True,
    timeout: float = DEFAULT_TIMEOUT,
    cancel: CancelToken | None = None,
    pages: ResultPages | None = None,
) -> Profile:
    """Runs the whole flow and returns the signed-in profile. The tokens end up in the keyring only.

    show_url gets the authorize URL before the browser is asked to open it, for machines where no browser
    opens (the CLI prints it, the GUI shows it with a Copy button).
    """
    cancel = cancel or CancelToken()
    config = ctx.oauth_config()
    verifier, state = new_verifier(), new_state()  # new for every attempt
    with LoopbackListener(state, ctx.settings.get("redirect_port"), pages) as listener:
        redirect_uri = listener.redirect_uri
        url = authorize_url(config, redirect_uri, state, hex_challenge(verifier))
        show_url(url)
        cancel.raise_if_cancelled()
        if open_browser and not webbrowser.open(url):
            log.info("no browser could be opened; the user has the URL")
        callback = listener.wait(timeout, cancel)
    with new_client() as http:
        tokens = TokenClient(config, http).exchange_code(callback.code, redirect_uri, verifier, cancel)
    store = ctx.token_store()
    store.save(tokens)
    manager = TokenManager(store, TokenClient(config, new_client()), tokens, lock_path=ctx.refresh_lock)
    source = OfficialSource(config.api_base, manager, new_client(), cancel=cancel)
    try:
        profile = source.fetch_profile()
    finally:
        source.close()
        manager.client.http.close()
    if ctx.resolve_source() == "official":  # the creator's own account is what the app shows now
        ctx.settings.set("active_account", profile.account_key)
    return profile


def sign_out(ctx: AppContext, cancel: CancelToken | None = None) -> bool:
    """Revokes at TikTok (best effort) and deletes the tokens; False when nobody was signed in.

    Revokes with a live access token: an expired one is refreshed first (under the refresh lock, as a sync
    would), since what revoke does with an expired token is not documented.
    """
    store = ctx.token_store()
    tokens = store.load()
    if tokens is None:
        return False
    try:
        config = ctx.oauth_config()
        with new_client() as http:
            client = TokenClient(config, http)
            access = TokenManager(store, client, tokens, lock_path=ctx.refresh_lock).access_token(cancel)
            client.revoke(access, cancel)
    except AppError as e:  # the local sign-out must happen whatever TikTok says (or the refresh before it)
        log.info("revoke failed: %s", type(e).__name__)
    store.delete(tokens.open_id)
    if ctx.settings.get("active_account").startswith("official:"):
        ctx.settings.set("active_account", "")
    return True
