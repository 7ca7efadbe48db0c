"""Domain objects, metrics and the SQLite store. Standard library only, never Qt."""
