"""Collecting while the window is closed: the tray icon, closing to it, one running window, the scheduled job."""
