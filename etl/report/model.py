"""Plain records for what a report states; every record carries its line number."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Identity:
    force_name: str
    month: str
    year: int
    isbn: str | None
    line: int


@dataclass(frozen=True)
class GradeDefinition:
    grade: str
    rank: int
    definition: str
    line: int


@dataclass(frozen=True)
class Framework:
    name: str
    area: str
    position: int
    line: int


@dataclass(frozen=True)
class NationalCount:
    framework: str
    grade: str
    forces: int
    line: int


@dataclass(frozen=True)
class ForceGrade:
    framework: str
    grade: str
    line: int


@dataclass(frozen=True)
class Finding:
    framework: str
    kind: str
    position: int
    text: str
    line: int


@dataclass(frozen=True)
class SectionText:
    framework: str
    kind: str
    text: str
    line: int


@dataclass
class FrameworkSection:
    """One framework's section: its own distribution, GRADE line and findings."""

    framework: str
    heading_line: int
    distribution: dict[str, int]
    distribution_line: int
    grade: str | None = None
    grade_line: int | None = None


@dataclass(frozen=True)
class CaseStudy:
    framework: str
    inspection_area: str
    title: str
    problem: str
    solution: str
    outcomes: str
    contact: str
    line: int


@dataclass(frozen=True)
class Division:
    name: str
    population_stated: int | None
    area_sq_miles: float | None
    cdrp_count: int | None
    npu_count: int | None
    main_towns: str | None
    description: str
    line: int


@dataclass(frozen=True)
class PopulationRow:
    """A row of the demographic table: a CDRP, a division or the force total."""

    name: str
    area_type: str
    parent: str | None
    population: int
    households: int
    line: int


@dataclass(frozen=True)
class EthnicityRow:
    group: str
    population: int
    percentage: float
    line: int


@dataclass(frozen=True)
class Unemployment:
    area: str
    as_at: str
    male: int
    female: int
    total: int
    percent_working_age: float
    line: int


@dataclass(frozen=True)
class NumberedText:
    position: int
    text: str
    line: int


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    expansion: str
    line: int


@dataclass
class Report:
    """Everything parsed from one report file."""

    identity: Identity
    grade_scale: list[GradeDefinition]
    frameworks: list[Framework]
    national_counts: list[NationalCount]
    force_grades: list[ForceGrade]
    sections: list[FrameworkSection]
    section_texts: list[SectionText] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    case_studies: list[CaseStudy] = field(default_factory=list)
    divisions: list[Division] = field(default_factory=list)
    force_npu_count: int | None = None
    population: list[PopulationRow] = field(default_factory=list)
    ethnicity: list[EthnicityRow] = field(default_factory=list)
    unemployment: list[Unemployment] = field(default_factory=list)
    priorities: list[NumberedText] = field(default_factory=list)
    priorities_intro: str = ""
    glossary: list[GlossaryEntry] = field(default_factory=list)
