"""Set-up dialogs: the set-up wizard, preferences and the sign-in dialog."""
