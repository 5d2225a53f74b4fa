"""Write validated inputs into an empty database, in a fixed order so reruns are identical."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Table
from sqlalchemy.engine import Connection

from etl import schema
from etl.force_names import FORCES
from etl.grades import NOT_GRADED, PEEL_SCALE, PeelData
from etl.reference.loader import ReferenceData
from etl.report.model import Report
from etl.search_documents import search_documents
from etl.sources import SourceFile

HMIC = "hmic"
PEEL = "peel"
SQ_MILE_KM2 = 2.589988110336
PROGRAMMES = {
    HMIC: (
        "HMIC programmed inspections",
        "Excellent, Good, Fair, Poor",
        "HMIC's 2007 inspections of Neighbourhood Policing, performance management and protecting "
        "vulnerable people, graded over April 2006 to July 2007.",
    ),
    PEEL: (
        "PEEL (police effectiveness, efficiency and legitimacy)",
        "Outstanding, Good, Requires improvement, Inadequate",
        "HMIC's annual PEEL assessments, 2014 to 2017: three pillars on a four-point scale "
        "(2014: efficiency only). Not comparable with the 2007 scale.",
    ),
}


@dataclass
class LoadedReport:
    source: SourceFile
    report: Report
    force_code: str


@dataclass
class Inputs:
    reference: ReferenceData
    peel: PeelData
    reports: list[LoadedReport]
    loaded_at: str
    warnings: list[str] = field(default_factory=list)


def write_database(connection: Connection, inputs: Inputs) -> None:
    """Insert everything; the caller owns the transaction and the file swap."""
    schema.create_schema(connection)
    source_ids = _write_sources(connection, inputs)
    _write_forces(connection, inputs, source_ids)
    _write_peel(connection, inputs.peel, source_ids)
    if inputs.reports:
        _write_hmic_programme(connection, inputs.reports[0], source_ids)
    for report_id, loaded in enumerate(inputs.reports, start=1):
        _write_report(connection, report_id, loaded, source_ids[loaded.source.path])
    _insert(connection, schema.search_document, search_documents(inputs.reports, source_ids))
    schema.build_search_index(connection)
    _insert(connection, schema.etl_warning, [{"position": i, "message": m} for i, m in enumerate(inputs.warnings, 1)])


def _insert(connection: Connection, table: Table, rows: list[dict]) -> None:
    if rows:
        connection.execute(table.insert(), rows)


def _write_sources(connection: Connection, inputs: Inputs) -> dict[Path, int]:
    sources = [
        *inputs.reference.sources,
        inputs.peel.grades_source,
        inputs.peel.totals_source,
        *(loaded.source for loaded in inputs.reports),
    ]
    ids = {source.path: position for position, source in enumerate(sources, start=1)}
    _insert(
        connection,
        schema.source_file,
        [
            {
                "id": ids[s.path],
                "kind": s.kind,
                "name": s.name,
                "path": str(s.path),
                "sha256": s.sha256,
                "loaded_at": inputs.loaded_at,
            }
            for s in sources
        ],
    )
    return ids


def _write_forces(connection: Connection, inputs: Inputs, ids: dict[Path, int]) -> None:
    reference = inputs.reference
    workforce_id = ids[next(s.path for s in reference.sources if s.kind == "workforce")]
    _insert(
        connection,
        schema.force,
        [
            {
                "code": f.code,
                "name": f.name,
                "slug": f.slug,
                "country": "Wales" if f.code.startswith("W") else "England",
                "region": reference.regions[f.code],
                "region_source_file_id": workforce_id,
            }
            for f in FORCES
        ],
    )
    aliases = {(a.force_code, a.name, ids[a.source.path]) for a in [*reference.aliases, *inputs.peel.aliases]}
    aliases |= {(r.force_code, r.report.identity.force_name, ids[r.source.path]) for r in inputs.reports}
    _insert(
        connection,
        schema.force_alias,
        [{"force_code": c, "name": n, "source_file_id": s} for c, n, s in sorted(aliases)],
    )
    _insert(
        connection,
        schema.context_value,
        [
            {
                "area_code": v.area_code,
                "measure": v.measure,
                "year": v.year,
                "value": v.value,
                "unit": v.unit,
                "source_file_id": ids[v.source.path],
                "source_location": v.location,
            }
            for v in sorted(reference.context, key=lambda v: (v.area_code, v.measure, v.year))
        ],
    )
    boundary_id = ids[reference.boundary_source.path]
    _insert(
        connection,
        schema.boundary,
        [
            {
                "force_code": code,
                "geojson": geojson,
                "source_file_id": boundary_id,
                "source_location": "feature " + code,
            }
            for code, geojson in sorted(reference.boundaries.items())
        ],
    )


def _write_peel(connection: Connection, peel: PeelData, ids: dict[Path, int]) -> None:
    name, scale, description = PROGRAMMES[PEEL]
    _insert(connection, schema.programme, [{"code": PEEL, "name": name, "scale": scale, "description": description}])
    _insert(
        connection,
        schema.grade,
        [{"programme": PEEL, "grade": g, "grade_rank": rank, "in_scale": True} for rank, g in enumerate(PEEL_SCALE, 1)]
        + [{"programme": PEEL, "grade": NOT_GRADED, "grade_rank": None, "in_scale": False}],
    )
    pillars = sorted({(g.year, g.pillar) for g in peel.grades})
    _insert(
        connection,
        schema.framework,
        [
            {
                "programme": PEEL,
                "year": year,
                "name": pillar,
                "area": "PEEL pillar",
                "position": ("Effectiveness", "Efficiency", "Legitimacy").index(pillar) + 1,
            }
            for year, pillar in pillars
        ],
    )
    grades_id = ids[peel.grades_source.path]
    _insert(
        connection,
        schema.force_grade,
        [
            {
                "programme": PEEL,
                "year": g.year,
                "force_code": g.force_code,
                "framework": g.pillar,
                "grade": g.grade,
                "note": g.note,
                "source_urls": g.source_urls,
                "source_file_id": grades_id,
                "source_location": f"line {g.line}",
            }
            for g in peel.grades
        ],
    )
    _insert(
        connection,
        schema.national_count,
        [
            {
                "programme": PEEL,
                "year": c.year,
                "framework": c.pillar,
                "grade": c.grade,
                "forces": c.forces,
                "basis": c.basis,
                "source_url": c.source_url,
                "source_file_id": ids[c.source.path],
                "source_location": c.location,
            }
            for c in peel.counts
        ],
    )


def _write_hmic_programme(connection: Connection, first: LoadedReport, ids: dict[Path, int]) -> None:
    """Scale, frameworks and national counts are the same in every report: take the first."""
    report, source_id = first.report, ids[first.source.path]
    year = report.identity.year
    name, scale, description = PROGRAMMES[HMIC]
    _insert(connection, schema.programme, [{"code": HMIC, "name": name, "scale": scale, "description": description}])
    _insert(
        connection,
        schema.grade,
        [
            {
                "programme": HMIC,
                "grade": d.grade,
                "grade_rank": d.rank,
                "in_scale": True,
                "definition": d.definition,
                "source_file_id": source_id,
                "source_location": f"line {d.line}",
            }
            for d in report.grade_scale
        ],
    )
    _insert(
        connection,
        schema.framework,
        [
            {"programme": HMIC, "year": year, "name": f.name, "area": f.area, "position": f.position}
            for f in report.frameworks
        ],
    )
    _insert(
        connection,
        schema.national_count,
        [
            {
                "programme": HMIC,
                "year": year,
                "framework": c.framework,
                "grade": c.grade,
                "forces": c.forces,
                "basis": "published",
                "source_url": "",
                "source_file_id": source_id,
                "source_location": f"line {c.line}",
            }
            for c in report.national_counts
        ],
    )


def _write_report(connection: Connection, report_id: int, loaded: LoadedReport, source_id: int) -> None:
    report, code = loaded.report, loaded.force_code
    identity = report.identity
    _insert(
        connection,
        schema.report,
        [
            {
                "id": report_id,
                "force_code": code,
                "programme": HMIC,
                "title": f"{identity.force_name} – HMIC Inspection Report, {identity.month} {identity.year}",
                "month": identity.month,
                "year": identity.year,
                "isbn": identity.isbn,
                "force_npu_count": report.force_npu_count,
                "priorities_intro": report.priorities_intro,
                "source_file_id": source_id,
                "source_location": f"line {identity.line}",
            }
        ],
    )
    keys = {"report_id": report_id, "force_code": code}
    _insert(
        connection,
        schema.force_grade,
        [
            {
                "programme": HMIC,
                "year": identity.year,
                "force_code": code,
                "framework": g.framework,
                "grade": g.grade,
                "note": "",
                "source_urls": "",
                "source_file_id": source_id,
                "source_location": f"line {g.line}",
            }
            for g in report.force_grades
        ],
    )
    _insert(connection, schema.report_area, _area_rows(report, keys))
    _insert(
        connection,
        schema.report_text,
        [
            {**keys, "framework": t.framework, "kind": t.kind, "text": t.text, "source_location": f"line {t.line}"}
            for t in report.section_texts
        ],
    )
    _insert(
        connection,
        schema.finding,
        [
            {
                **keys,
                "programme": HMIC,
                "framework": f.framework,
                "kind": f.kind,
                "position": f.position,
                "text": f.text,
                "source_location": f"line {f.line}",
            }
            for f in report.findings
        ],
    )
    _insert(
        connection,
        schema.case_study,
        [
            {
                **keys,
                "position": position,
                "framework": c.framework,
                "inspection_area": c.inspection_area,
                "title": c.title,
                "problem": c.problem,
                "solution": c.solution,
                "outcomes": c.outcomes,
                "contact": c.contact,
                "source_location": f"line {c.line}",
            }
            for position, c in enumerate(report.case_studies, start=1)
        ],
    )
    _insert(
        connection,
        schema.report_ethnicity,
        [
            {
                **keys,
                "ethnic_group": e.group,
                "population": e.population,
                "percentage": e.percentage,
                "source_location": f"line {e.line}",
            }
            for e in report.ethnicity
        ],
    )
    _insert(
        connection,
        schema.report_unemployment,
        [
            {
                **keys,
                "area": u.area,
                "as_at": u.as_at,
                "male": u.male,
                "female": u.female,
                "total": u.total,
                "percent_working_age": u.percent_working_age,
                "source_location": f"line {u.line}",
            }
            for u in report.unemployment
        ],
    )
    _insert(
        connection,
        schema.strategic_priority,
        [
            {**keys, "position": p.position, "text": p.text, "source_location": f"line {p.line}"}
            for p in report.priorities
        ],
    )
    _insert(
        connection,
        schema.glossary,
        [
            {**keys, "term": g.term, "expansion": g.expansion, "source_location": f"line {g.line}"}
            for g in report.glossary
        ],
    )


def _area_rows(report: Report, keys: dict) -> list[dict]:
    divisions = {d.name.casefold(): d for d in report.divisions}
    rows = []
    for row in report.population:
        division = divisions.get(row.name.casefold()) if row.area_type == "division" else None
        square_miles = division.area_sq_miles if division else None
        if row.area_type == "force" and report.divisions and all(d.area_sq_miles for d in report.divisions):
            square_miles = sum(d.area_sq_miles or 0 for d in report.divisions)
        location = f"line {row.line}" + (f"; overview line {division.line}" if division else "")
        if row.area_type == "force" and square_miles:
            location += "; area is the sum of the divisions' stated areas"
        rows.append(
            {
                **keys,
                "area_name": row.name,
                "area_type": row.area_type,
                "parent_name": row.parent,
                "population": row.population,
                "households": row.households,
                "area_sq_miles": square_miles,
                "area_km2": round(square_miles * SQ_MILE_KM2, 1) if square_miles else None,
                "population_stated": division.population_stated if division else None,
                "cdrp_count": division.cdrp_count if division else None,
                "npu_count": division.npu_count
                if division
                else (report.force_npu_count if row.area_type == "force" else None),
                "main_towns": division.main_towns if division else None,
                "description": division.description if division else None,
                "source_location": location,
            }
        )
    return rows
