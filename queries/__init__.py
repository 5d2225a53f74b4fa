"""Every read the app makes: plain functions from a database engine to DataFrames."""
