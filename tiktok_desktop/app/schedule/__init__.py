"""The scheduled sync: an OS job that runs `tiktok-desktop sync --quiet --if-idle` while the app is not running.

job.py says what to run and how often; systemd.py, windows.py and macos.py turn that into the text each system
reads (pure text, tested as text); install.py puts it in place or takes it away with the system's own tools.
"""
