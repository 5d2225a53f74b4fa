"""Build the database: read and validate every input, write a temporary file, swap it in."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, event, text

from etl.config import Settings
from etl.errors import EtlError
from etl.force_names import BY_CODE, resolve_force_name
from etl.grades import load_peel
from etl.load import Inputs, LoadedReport, write_database
from etl.reference.loader import load_reference
from etl.report.inputs import find_reports, report_text
from etl.report.parser import parse_report
from etl.report.validate import validate_national_agreement, validate_report
from etl.schema import PG_SCHEMA

Step = Callable[[str], None]


@dataclass(frozen=True)
class Summary:
    """What a build loaded, for the CLI's closing table."""

    forces: int
    programmes: list[str]
    frameworks: int
    grades_by_programme: dict[str, int]
    reports: list[str]
    warnings: list[str]


def build(settings: Settings, step: Step = lambda _: None) -> Summary:
    """Run the whole ETL; on any EtlError the existing database is left untouched."""
    step("Reading reference data")
    reference = load_reference(settings.reference_dir)
    step("Reading PEEL grades")
    peel = load_peel(settings.grades_dir)
    step("Parsing inspection reports")
    reports, warnings = read_reports(settings.reports_dir, step)
    inputs = Inputs(reference, peel, reports, datetime.now(UTC).isoformat(timespec="seconds"), warnings)
    step("Writing the database")
    if settings.database_url:
        write_postgres(settings.database_url, inputs)
    else:
        write_atomically(settings.db, inputs)
    return _summarise(inputs)


def read_reports(directory: Path, step: Step) -> tuple[list[LoadedReport], list[str]]:
    """Parse and validate every report; one force may have only one report."""
    loaded: list[LoadedReport] = []
    warnings: list[str] = []
    by_force: dict[str, Path] = {}
    for source in find_reports(directory):
        step(f"Parsing {source.name}")
        report = parse_report(report_text(source), source.path)
        code = resolve_force_name(report.identity.force_name)
        if code is None:
            raise EtlError(
                source.path,
                f"line {report.identity.line}",
                "a force of England and Wales",
                repr(report.identity.force_name),
            )
        if code in by_force:
            raise EtlError(
                source.path,
                "",
                f"one report per force; {BY_CODE[code].name} already has {by_force[code].name}",
                "a second report",
            )
        by_force[code] = source.path
        validate_report(report, source.path, len(BY_CODE))
        if report.identity.isbn is None:
            warnings.append(f"{source.name}: no ISBN stated in the text")
        loaded.append(LoadedReport(source, report, code))
    validate_national_agreement([(r.source.path, r.report) for r in loaded])
    if not loaded:
        warnings.append(f"no reports in {directory}: the 2007 programme will show as not loaded")
    return loaded, warnings


def write_atomically(db_path: Path, inputs: Inputs) -> None:
    """Write to a temporary file beside the target and rename it into place when complete."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    temporary = db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{temporary}")
    event.listen(engine, "connect", lambda connection, _: connection.execute("PRAGMA foreign_keys=ON"))
    try:
        with engine.begin() as connection:
            write_database(connection, inputs)
        engine.dispose()
        os.replace(temporary, db_path)
    finally:
        engine.dispose()
        temporary.unlink(missing_ok=True)


def write_postgres(url: str, inputs: Inputs) -> None:
    """Load into a fresh schema, then swap it in under the live name in one transaction.

    Readers use search_path=hmic, so they see the old schema until the swap commits and the new
    one after; a failed load drops its own schema and leaves the live one untouched.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    loading, retired = f"{PG_SCHEMA}_load_{stamp}_{os.getpid()}", f"{PG_SCHEMA}_old_{stamp}_{os.getpid()}"
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{loading}"'))  # sql-safe: name made here, not by a user
        try:
            with engine.begin() as connection:
                connection.execute(text(f'SET LOCAL search_path TO "{loading}"'))  # sql-safe: as above
                write_database(connection, inputs)
        except Exception:
            with engine.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{loading}" CASCADE'))  # sql-safe: as above
            raise
        with engine.begin() as connection:
            live = connection.execute(
                text("SELECT 1 FROM information_schema.schemata WHERE schema_name = :name"), {"name": PG_SCHEMA}
            ).first()
            if live:
                connection.execute(text(f'ALTER SCHEMA "{PG_SCHEMA}" RENAME TO "{retired}"'))  # sql-safe: constants
            connection.execute(text(f'ALTER SCHEMA "{loading}" RENAME TO "{PG_SCHEMA}"'))  # sql-safe: as above
            if live:
                connection.execute(text(f'DROP SCHEMA "{retired}" CASCADE'))  # sql-safe: as above
    finally:
        engine.dispose()


def _summarise(inputs: Inputs) -> Summary:
    grades = {"PEEL 2014–2017": len(inputs.peel.grades)}
    frameworks = len({(g.year, g.pillar) for g in inputs.peel.grades})
    if inputs.reports:
        year = inputs.reports[0].report.identity.year
        grades[f"HMIC {year}"] = sum(len(r.report.force_grades) for r in inputs.reports)
        frameworks += len(inputs.reports[0].report.frameworks)
    return Summary(
        forces=len(BY_CODE),
        programmes=list(grades),
        frameworks=frameworks,
        grades_by_programme=grades,
        reports=[r.source.name for r in inputs.reports],
        warnings=inputs.warnings,
    )
