"""Charts: the panel of chart tabs, the charts themselves, their files (PNG, SVG), the PDF report, insights."""
