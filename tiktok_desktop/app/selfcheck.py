"""The packaged app's self-test checks that need no window: the keyring backends and the HTTPS client."""

from __future__ import annotations

import sys

PLATFORM_BACKEND = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")


def check_keyring() -> str:
    """A frozen app loses keyring's entry-point metadata easily, and with it every real backend."""
    from importlib.metadata import entry_points

    import keyring
    from keyring.backends import fail

    found = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    if PLATFORM_BACKEND not in found:
        raise RuntimeError(f"keyring backends not discoverable (found {found or 'none'})")
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        # the build is fine; this machine has no keyring service running (the app then says so)
        return f"backends {', '.join(found)} found; none usable on this machine right now"
    return f"using {type(backend).__module__}.{type(backend).__name__}"


def check_http() -> str:
    import ssl

    import certifi
    import httpx

    with httpx.Client(timeout=5):  # builds the TLS context httpx uses, from certifi's bundle
        pass
    count = len(ssl.create_default_context(cafile=certifi.where()).get_ca_certs())
    if not count:
        raise RuntimeError(f"no CA certificates in {certifi.where()}")
    return f"httpx {httpx.__version__}, {count} CA certificates"
