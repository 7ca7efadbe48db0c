"""A scheduled sync never waits on a keyring unlock prompt: a locked Secret Service counts as unavailable."""

from __future__ import annotations

import keyring
import pytest
import secretstorage
from keyring.backends import SecretService

from tiktok_desktop.auth.secrets import SecretStore
from tiktok_desktop.core.errors import KeyringUnavailable


class Prompting(SecretService.Keyring):
    """The Secret Service backend, whose reads would show an unlock prompt (here: record that they were tried)."""

    reads = 0

    def get_password(self, service: str, username: str) -> str | None:
        Prompting.reads += 1
        return "tok"


class Collection:
    def __init__(self, locked: bool) -> None:
        self.locked = locked

    def is_locked(self) -> bool:
        return self.locked


class Bus:
    def close(self) -> None:
        pass


@pytest.fixture
def secret_service(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    state = {"locked": True}
    Prompting.reads = 0
    monkeypatch.setattr(secretstorage, "dbus_init", lambda: Bus())
    monkeypatch.setattr(secretstorage, "get_default_collection", lambda bus: Collection(state["locked"]))
    keyring.set_keyring(Prompting())
    return state


def test_unattended_a_locked_collection_is_not_read(secret_service) -> None:  # type: ignore[no-untyped-def]
    store = SecretStore(unattended=True)
    assert isinstance(store.warning, KeyringUnavailable)
    assert store.get("official:current_open_id") is None and Prompting.reads == 0


def test_unattended_an_unlocked_collection_and_the_app_read_as_usual(secret_service) -> None:  # type: ignore[no-untyped-def]
    assert SecretStore().get("x") == "tok"  # the app: the desktop may prompt, the user is there
    secret_service["locked"] = False
    store = SecretStore(unattended=True)
    assert store.warning is None and store.get("x") == "tok" and Prompting.reads == 2


def test_unattended_without_a_session_bus_counts_as_locked(secret_service, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def no_bus() -> Bus:
        raise secretstorage.exceptions.SecretServiceNotAvailableException("no bus")

    monkeypatch.setattr(secretstorage, "dbus_init", no_bus)
    assert SecretStore(unattended=True).warning is not None and Prompting.reads == 0
