"""A force's grades set against the national distribution: statements, ridits, a table."""

from __future__ import annotations

import pandas as pd

from dashboard.statements import position_statement
from dashboard.stats.ridit import ridit


def grade_positions(force_grades: pd.DataFrame, distribution: pd.DataFrame, scale: list[str]) -> pd.DataFrame:
    """Per framework: the force's grade, the national counts, the plain statement and the ridit.

    Frameworks without a national distribution keep their grade with no statement or ridit.
    """
    rows = []
    for grade_row in force_grades.itertuples():
        counts_frame = distribution[distribution["framework"] == grade_row.framework]
        counts = dict(zip(counts_frame["grade"], counts_frame["forces"].astype(int), strict=True))
        has_distribution = bool(counts) and grade_row.grade in scale
        source = f"{grade_row.source_file}, {grade_row.source_location}"
        rows.append(
            {
                "framework": grade_row.framework,
                "grade": grade_row.grade,
                "national_counts": " / ".join(f"{g} {counts.get(g, 0)}" for g in scale) if counts else "not available",
                "statement": position_statement(grade_row.grade, counts, scale) if has_distribution else "",
                "ridit": round(ridit(counts, scale, grade_row.grade), 3) if has_distribution else None,
                "source": source,
                "source_urls": grade_row.source_urls or "",
                "note": grade_row.note or "",
            }
        )
    return pd.DataFrame(
        rows, columns=["framework", "grade", "national_counts", "statement", "ridit", "source", "source_urls", "note"]
    )
