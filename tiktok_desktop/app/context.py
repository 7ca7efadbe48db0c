"""What every use case needs: the folders, the settings, and a way to open the store on the current thread."""

from __future__ import annotations

from dataclasses import dataclass

from tiktok_desktop.config import Paths, Settings
from tiktok_desktop.core.errors import SourceUnavailable, UnknownSource
from tiktok_desktop.core.store import Store
from tiktok_desktop.sources.base import DataSource


@dataclass
class AppContext:
    paths: Paths
    settings: Settings

    @classmethod
    def default(cls) -> AppContext:
        paths = Paths.default()
        return cls(paths, Settings(paths.settings_file))

    def open_store(self) -> Store:
        """A new connection: SQLite connections belong to the thread that opened them."""
        return Store(self.paths.database)

    def resolve_source(self, requested: str | None = None) -> str:
        """The concrete source for a request or the setting; 'auto' picks the best one configured."""
        name = requested or self.settings.get("source")
        if name == "auto":
            # official and TikAPI join the choice when their issues land; until then demo is all there is
            return "demo"
        return name

    def make_source(self, name: str, username: str | None = None) -> DataSource:
        del username  # used by the TikAPI source
        if name == "demo":
            from tiktok_desktop.sources.demo import DemoSource

            return DemoSource()
        if name in ("official", "tikapi"):
            raise SourceUnavailable(source=name)
        raise UnknownSource(source=name, choices="official, tikapi, demo")
