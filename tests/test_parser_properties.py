"""Property: on any mutation of the report, parsing and validation succeed or raise their own errors."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.errors import EtlError, ReportParseError
from etl.report.parser import parse_report
from etl.report.validate import validate_report
from tests.fixtures import REPORT_FILE, report_text

TEXT = report_text()
LINES = TEXT.splitlines()


@st.composite
def mutated_reports(draw: st.DrawFn) -> str:
    """Delete, duplicate, swap or rewrite lines, or splice random text into one."""
    lines = list(LINES)
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "replace", "splice", "truncate"]))
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "swap":
            other = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif action == "replace":
            lines[index] = draw(st.text(max_size=40))
        elif action == "splice":
            position = draw(st.integers(min_value=0, max_value=len(lines[index])))
            lines[index] = lines[index][:position] + draw(st.text(max_size=10)) + lines[index][position:]
        else:
            lines = lines[:index]
        if not lines:
            break
    return "\n".join(lines)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_reports())
def test_parser_never_crashes_on_mutations(text: str) -> None:
    try:
        report = parse_report(text, REPORT_FILE)
    except ReportParseError as error:
        assert error.path == str(REPORT_FILE)
        assert error.expected
    else:
        assert report.frameworks
        try:
            validate_report(report, REPORT_FILE, 43)
        except EtlError as error:
            assert error.location and error.expected
