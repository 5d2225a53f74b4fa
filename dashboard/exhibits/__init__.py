"""Exhibits: every chart and table the app shows, built once and used by pages and exports alike.

An exhibit carries its figure (if any), the exact table shown beside it, its title, subtitle,
source line and export file name, so the page, the CSV/XLSX, the image and the briefing pack
can never drift apart.
"""
