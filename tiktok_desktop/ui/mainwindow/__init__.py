"""The main window: a thin composition of its parts (actions, video table, sync, exports, status)."""
