"""The searchable units of every report: findings, case studies and contextual-factors text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from etl.load import LoadedReport

CONTEXT_KINDS = {"national_context": "National contextual factors", "force_context": "Contextual factors"}


def anchor_slug(text: str) -> str:
    """Lowercase-hyphenated text for element ids on the force page."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def finding_anchor(kind: str, framework: str, position: int) -> str:
    return f"{kind.replace('_', '-')}-{anchor_slug(framework)}-{position}"


def case_study_anchor(position: int) -> str:
    return f"case-study-{position}"


def search_documents(reports: list[LoadedReport], source_ids: dict[Path, int]) -> list[dict]:
    """One row per finding, case study and context paragraph of every loaded report."""
    rows: list[dict] = []
    for loaded in reports:
        report = loaded.report
        base = {"force_code": loaded.force_code, "source_file_id": source_ids[loaded.source.path]}
        items = [
            (f.framework, f.kind, f.position, "", f.text, finding_anchor(f.kind, f.framework, f.position), f.line)
            for f in report.findings
        ]
        for position, study in enumerate(report.case_studies, start=1):
            body = "\n\n".join(
                [
                    f"Problem: {study.problem}",
                    f"Solution: {study.solution}",
                    f"Outcomes: {study.outcomes}",
                    f"Force contact: {study.contact}",
                ]
            )
            items.append(
                (study.framework, "case_study", position, study.title, body, case_study_anchor(position), study.line)
            )
        for position, section in enumerate(report.section_texts, start=1):
            if section.kind in CONTEXT_KINDS:
                title = f"{CONTEXT_KINDS[section.kind]}: {section.framework}"
                items.append((section.framework, "context", position, title, section.text, "grades", section.line))
        for framework, kind, position, title, body, anchor, line in items:
            rows.append(
                {
                    **base,
                    "id": len(rows) + 1,
                    "framework": framework,
                    "kind": kind,
                    "position": position,
                    "title": title,
                    "text": body,
                    "anchor": anchor,
                    "source_location": f"line {line}",
                }
            )
    return rows
