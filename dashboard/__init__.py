"""The Dash app: national overview, force profiles, comparison, data and methods."""
