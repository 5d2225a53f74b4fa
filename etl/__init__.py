"""Extract, validate and load HMIC inspection data into one SQLite database."""
