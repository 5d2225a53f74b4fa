"""Pure figure builders: DataFrames in, Plotly figures out, no Dash or database access."""
