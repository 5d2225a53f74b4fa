"""`python -m etl`: build the database with a progress display and a closing summary."""

from __future__ import annotations

import argparse
import sys

from rich.console import Console
from rich.table import Table
from sqlalchemy.engine import make_url

from etl.build import Summary, build
from etl.config import resolve_settings
from etl.errors import EtlError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl", description="Build the HMIC grades database.")
    parser.add_argument("--db", help="database file to write (env HMIC_DB; default data/hmic.db)")
    parser.add_argument("--reports-dir", help="inspection reports, .txt or .pdf (env HMIC_REPORTS_DIR)")
    parser.add_argument("--reference-dir", help="ONS and Home Office files (env HMIC_REFERENCE_DIR)")
    parser.add_argument("--grades-dir", help="PEEL grade files (env HMIC_GRADES_DIR)")
    parser.add_argument("--database-url", help="load PostgreSQL instead of the SQLite file (env DATABASE_URL)")
    arguments = parser.parse_args(argv)
    settings = resolve_settings(
        db=arguments.db,
        reports_dir=arguments.reports_dir,
        reference_dir=arguments.reference_dir,
        grades_dir=arguments.grades_dir,
        database_url=arguments.database_url,
    )
    console = Console(stderr=True)
    try:
        with console.status("Building the database") as status:
            summary = build(settings, lambda message: _step(console, status, message))
    except EtlError as error:
        console.print(f"[bold red]error:[/] {error.headline()}", highlight=False, soft_wrap=True)
        if error.found:
            console.print(f"  found: {error.found}", highlight=False, soft_wrap=True)
        console.print(f"  nothing was written; {_shown(settings.target)} is unchanged", highlight=False, soft_wrap=True)
        return 1
    Console().print(_summary_table(summary, _shown(settings.target)))
    return 0


def _shown(target) -> str:
    """The database named for people: a file path, or a URL without its password."""
    if isinstance(target, str):
        return make_url(target).render_as_string(hide_password=True)
    return str(target)


def _step(console: Console, status, message: str) -> None:
    status.update(message)
    console.log(message)


def _summary_table(summary: Summary, db: str) -> Table:
    table = Table(title=f"Built {db}", show_header=False)
    table.add_row("Forces known", str(summary.forces))
    table.add_row("Programmes", ", ".join(summary.programmes))
    table.add_row("Frameworks (programme-years)", str(summary.frameworks))
    for programme, count in summary.grades_by_programme.items():
        table.add_row(f"Grades loaded: {programme}", str(count))
    table.add_row("Reports parsed", ", ".join(summary.reports) or "none")
    table.add_row("Warnings", "\n".join(summary.warnings) or "none")
    return table


if __name__ == "__main__":
    sys.exit(main())
