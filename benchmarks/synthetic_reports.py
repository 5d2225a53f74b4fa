"""SYNTHETIC benchmark input: 43 copies of the Staffordshire report under other force names.

Grades are dealt so that, for each framework, the 43 forces' grades match the report's
national counts. These files are for timing only; they are not real inspection results.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from etl.force_names import FORCES
from etl.report.parser import parse_report

SYNTHETIC_BANNER = "SYNTHETIC BENCHMARK COPY - not a real HMIC report"
_HEADER = re.compile(r"^(.+?) – HMIC Inspection Report", re.MULTILINE)
_GRADE_LINE = re.compile(r"^GRADE [A-Z]+ *$", re.MULTILINE)


def write_synthetic_reports(source: Path, directory: Path, seed: int = 2007) -> list[Path]:
    """Write 43 labelled synthetic reports into directory and return their paths."""
    text = source.read_text(encoding="utf-8")
    report = parse_report(text, source)
    frameworks = [f.name for f in report.frameworks]
    rng = random.Random(seed)
    dealt: dict[str, list[str]] = {}
    for framework in frameworks:
        pool = [c.grade for c in report.national_counts if c.framework == framework for _ in range(c.forces)]
        rng.shuffle(pool)
        dealt[framework] = pool
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, force in enumerate(FORCES):
        grades = [dealt[framework][index] for framework in frameworks]
        title = force.name if force.name.endswith("Police") else f"{force.name} Police"
        body = _HEADER.sub(f"{title} – HMIC Inspection Report", text)
        for framework, grade in zip(frameworks, grades, strict=True):
            body = re.sub(
                rf"^{re.escape(framework)} (Excellent|Good|Fair|Poor) *$",
                f"{framework} {grade}",
                body,
                count=1,
                flags=re.MULTILINE,
            )
        body = _deal_grade_lines(body, grades)
        path = directory / f"synthetic-{force.slug}-2007-10.txt"
        path.write_text(f"{SYNTHETIC_BANNER}\n{body}", encoding="utf-8")
        paths.append(path)
    return paths


def _deal_grade_lines(body: str, grades: list[str]) -> str:
    """Rewrite each section's GRADE line, in section order, to the dealt grade."""
    remaining = iter(grades)
    return _GRADE_LINE.sub(lambda _: f"GRADE {next(remaining).upper()}", body)
