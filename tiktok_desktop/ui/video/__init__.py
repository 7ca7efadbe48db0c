"""A video's own page: its counts since it was posted against the typical video."""
