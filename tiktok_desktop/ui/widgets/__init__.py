"""Small widgets shared across the window and the dialogs."""
