"""Statistical methods as small pure functions, with no Dash imports."""
