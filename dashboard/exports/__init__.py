"""Briefing exports: chart images, table files and per-force or national briefing packs."""
