"""The Qt user interface: the only layer that imports Qt."""

import os

from tiktok_desktop.ui import pyqtgraph_import, pyside_feature_scan

# before the rest of the UI is imported: costs of the libraries' own imports that the app does not need (bench)
pyside_feature_scan.skip_source_scan()
pyqtgraph_import.install()
# numpy's OpenBLAS starts a thread a core, and each spins for ~0.1 s waiting for work before it sleeps: a core's
# worth of the start-up on a 2-core machine, for an app that does no linear algebra. A value the user set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
