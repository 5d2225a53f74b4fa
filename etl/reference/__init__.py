"""Official ONS and Home Office reference files for the 43 force areas, read in place."""
