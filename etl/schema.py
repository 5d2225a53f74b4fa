"""The database schema (SQLAlchemy Core) and the documented analyst views."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Connection

metadata = MetaData()
PG_SCHEMA = "hmic"  # the live schema on PostgreSQL; loads go to a new schema and are swapped in


def _source() -> list[Column]:
    """Every fact row names its source file and where in it the figure stands."""
    return [
        Column("source_file_id", Integer, ForeignKey("source_file.id"), nullable=False),
        Column("source_location", String, nullable=False),
    ]


source_file = Table(
    "source_file",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String, nullable=False),
    Column("name", String, nullable=False),
    Column("path", String, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("loaded_at", String, nullable=False),
)
programme = Table(
    "programme",
    metadata,
    Column("code", String, primary_key=True),
    Column("name", String, nullable=False),
    Column("scale", String, nullable=False),
    Column("description", Text, nullable=False),
)
grade = Table(
    "grade",
    metadata,
    Column("programme", String, ForeignKey("programme.code"), primary_key=True),
    Column("grade", String, primary_key=True),
    Column("grade_rank", Integer),  # 1 is best; NULL for outcomes outside the scale
    Column("in_scale", Boolean, nullable=False),
    Column("definition", Text),
    Column("source_file_id", Integer, ForeignKey("source_file.id")),
    Column("source_location", String),
)
framework = Table(
    "framework",
    metadata,
    Column("programme", String, ForeignKey("programme.code"), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("name", String, primary_key=True),
    Column("area", String, nullable=False),
    Column("position", Integer, nullable=False),
)
force = Table(
    "force",
    metadata,
    Column("code", String, primary_key=True),
    Column("name", String, nullable=False),
    Column("slug", String, nullable=False, unique=True),
    Column("country", String, nullable=False),
    Column("region", String, nullable=False),
    Column("region_source_file_id", Integer, ForeignKey("source_file.id"), nullable=False),
)
force_alias = Table(
    "force_alias",
    metadata,
    Column("force_code", String, ForeignKey("force.code"), primary_key=True),
    Column("name", String, primary_key=True),
    Column("source_file_id", Integer, ForeignKey("source_file.id"), primary_key=True),
)
force_grade = Table(
    "force_grade",
    metadata,
    Column("programme", String, ForeignKey("programme.code"), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("force_code", String, ForeignKey("force.code"), primary_key=True),
    Column("framework", String, primary_key=True),
    Column("grade", String, nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("source_urls", Text, nullable=False, default=""),
    *_source(),
)
national_count = Table(
    "national_count",
    metadata,
    Column("programme", String, ForeignKey("programme.code"), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("framework", String, primary_key=True),
    Column("grade", String, primary_key=True),
    Column("forces", Integer, nullable=False),
    Column("basis", String, nullable=False),  # "published" or "computed"
    Column("source_url", Text, nullable=False, default=""),
    *_source(),
)
context_value = Table(
    "context_value",
    metadata,
    Column("area_code", String, primary_key=True),  # a force code, or K04000001 for England and Wales
    Column("measure", String, primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("value", Float, nullable=False),
    Column("unit", String, nullable=False),
    *_source(),
)
boundary = Table(
    "boundary",
    metadata,
    Column("force_code", String, ForeignKey("force.code"), primary_key=True),
    Column("geojson", Text, nullable=False),
    *_source(),
)
report = Table(
    "report",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("force_code", String, ForeignKey("force.code"), nullable=False, unique=True),
    Column("programme", String, ForeignKey("programme.code"), nullable=False),
    Column("title", String, nullable=False),
    Column("month", String, nullable=False),
    Column("year", Integer, nullable=False),
    Column("isbn", String),
    Column("force_npu_count", Integer),
    Column("priorities_intro", Text, nullable=False),
    *_source(),
)


def _report_part(name: str, *columns: Column) -> Table:
    """A table of things a report states, each keyed to its report and force."""
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True),  # insertion order = the report's order
        Column("report_id", Integer, ForeignKey("report.id"), nullable=False),
        Column("force_code", String, ForeignKey("force.code"), nullable=False),
        *columns,
        Column("source_location", String, nullable=False),
    )


report_area = _report_part(
    "report_area",
    Column("area_name", String, nullable=False),
    Column("area_type", String, nullable=False),  # force, division or cdrp
    Column("parent_name", String),
    Column("population", Integer, nullable=False),
    Column("households", Integer, nullable=False),
    Column("area_sq_miles", Float),
    Column("area_km2", Float),
    Column("population_stated", Integer),
    Column("cdrp_count", Integer),
    Column("npu_count", Integer),
    Column("main_towns", Text),
    Column("description", Text),
    UniqueConstraint("report_id", "area_name"),
)
report_text = _report_part(
    "report_text",
    Column("framework", String, nullable=False),
    Column("kind", String, nullable=False),  # national_context, force_context or note
    Column("text", Text, nullable=False),
)
finding = _report_part(
    "finding",
    Column("programme", String, nullable=False),
    Column("framework", String, nullable=False),
    Column("kind", String, nullable=False),  # strength, work_in_progress, area_for_improvement
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
)
case_study = _report_part(
    "case_study",
    Column("position", Integer, nullable=False),
    Column("framework", String, nullable=False),
    Column("inspection_area", String, nullable=False),
    Column("title", Text, nullable=False),
    Column("problem", Text, nullable=False),
    Column("solution", Text, nullable=False),
    Column("outcomes", Text, nullable=False),
    Column("contact", Text, nullable=False),
)
report_ethnicity = _report_part(
    "report_ethnicity",
    Column("ethnic_group", String, nullable=False),
    Column("population", Integer, nullable=False),
    Column("percentage", Float, nullable=False),
)
report_unemployment = _report_part(
    "report_unemployment",
    Column("area", String, nullable=False),
    Column("as_at", String, nullable=False),
    Column("male", Integer, nullable=False),
    Column("female", Integer, nullable=False),
    Column("total", Integer, nullable=False),
    Column("percent_working_age", Float, nullable=False),
)
strategic_priority = _report_part(
    "strategic_priority",
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
)
glossary = _report_part(
    "glossary",
    Column("term", String, nullable=False),
    Column("expansion", Text, nullable=False),
)
search_document = Table(
    "search_document",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("force_code", String, ForeignKey("force.code"), nullable=False),
    Column("framework", String, nullable=False),
    Column("kind", String, nullable=False),  # strength, work_in_progress, area_for_improvement, case_study, context
    Column("position", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("anchor", String, nullable=False),  # element id of the item on the force page
    Column("source_file_id", Integer, ForeignKey("source_file.id"), nullable=False),
    Column("source_location", String, nullable=False),
)
etl_warning = Table(
    "etl_warning",
    metadata,
    Column("position", Integer, primary_key=True),
    Column("message", Text, nullable=False),
)

VIEWS = {
    "force_grades": """
        SELECT fg.programme, fg.year, fg.force_code, f.name AS force_name, fg.framework, fg.grade,
               g.grade_rank, s.name AS source_file, fg.source_location, fg.source_urls, fg.note
        FROM force_grade fg
        JOIN force f ON f.code = fg.force_code
        JOIN grade g ON g.programme = fg.programme AND g.grade = fg.grade
        JOIN source_file s ON s.id = fg.source_file_id""",
    "national_distribution": """
        SELECT nc.programme, nc.year, nc.framework, nc.grade, g.grade_rank, nc.forces, nc.basis,
               s.name AS source_file, nc.source_location, nc.source_url
        FROM national_count nc
        JOIN grade g ON g.programme = nc.programme AND g.grade = nc.grade
        JOIN source_file s ON s.id = nc.source_file_id""",
    "force_context": """
        SELECT cv.area_code AS force_code, f.name AS force_name, cv.measure, cv.year, cv.value, cv.unit,
               s.name AS source_file, cv.source_location
        FROM context_value cv
        JOIN force f ON f.code = cv.area_code
        JOIN source_file s ON s.id = cv.source_file_id""",
    "national_context": """
        SELECT cv.measure, cv.year, cv.value, cv.unit, s.name AS source_file, cv.source_location
        FROM context_value cv
        JOIN source_file s ON s.id = cv.source_file_id
        WHERE cv.area_code = 'K04000001'""",
    "report_areas": """
        SELECT ra.force_code, ra.area_name, ra.area_type, ra.parent_name, ra.population, ra.households,
               ra.area_sq_miles, ra.area_km2, s.name AS source_file, ra.source_location
        FROM report_area ra
        JOIN report r ON r.id = ra.report_id
        JOIN source_file s ON s.id = r.source_file_id""",
    "report_findings": """
        SELECT fi.force_code, fi.programme, fi.framework, fi.kind, fi.position, fi.text,
               s.name AS source_file, fi.source_location
        FROM finding fi
        JOIN report r ON r.id = fi.report_id
        JOIN source_file s ON s.id = r.source_file_id""",
}


SEARCH_INDEX = {
    "sqlite": [
        "CREATE VIRTUAL TABLE search_index USING fts5(title, text, content='search_document', content_rowid='id', "
        "tokenize='porter unicode61 remove_diacritics 2')"
    ],
    "postgresql": [
        "ALTER TABLE search_document ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
        "(setweight(to_tsvector('english', title), 'A') || to_tsvector('english', text)) STORED",
        "CREATE INDEX search_document_tsv ON search_document USING gin (tsv)",
    ],
}


def create_schema(connection: Connection) -> None:
    """Create every table and view on an empty database (SQLite or PostgreSQL)."""
    metadata.create_all(connection)
    for name, body in VIEWS.items():
        connection.execute(text(f"CREATE VIEW {name} AS {body}"))  # sql-safe: fixed view names and bodies
    for statement in SEARCH_INDEX[connection.dialect.name]:
        connection.execute(text(statement))


def build_search_index(connection: Connection) -> None:
    """Fill SQLite's FTS5 index from search_document; PostgreSQL's tsvector column fills itself."""
    if connection.dialect.name == "sqlite":
        connection.execute(text("INSERT INTO search_index(search_index) VALUES ('rebuild')"))
