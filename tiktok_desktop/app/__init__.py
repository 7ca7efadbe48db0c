"""Use cases shared by the GUI and the CLI. No Qt: the GUI runs these through its task helper."""
