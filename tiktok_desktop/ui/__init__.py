"""The Qt user interface: the only layer that imports Qt."""

from tiktok_desktop.ui import pyqtgraph_import, pyside_feature_scan

# before the rest of the UI is imported: costs of the libraries' own imports that the app does not need (bench)
pyside_feature_scan.skip_source_scan()
pyqtgraph_import.install()
