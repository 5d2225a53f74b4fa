"""Dash pages, registered by the app factory (not auto-discovered)."""
