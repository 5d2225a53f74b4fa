"""One error type for every input problem, so the CLI can report it the same way."""

from __future__ import annotations

from pathlib import Path


class EtlError(Exception):
    """Bad input: names the file, where in it, what was expected and what was found."""

    def __init__(
        self,
        path: Path | str,
        location: str,
        expected: str,
        found: str = "",
    ) -> None:
        self.path = str(path)
        self.location = location
        self.expected = expected
        self.found = found
        super().__init__(self.headline())

    def headline(self) -> str:
        """The one-line message: file, location and what was expected."""
        where = f"{self.path}, {self.location}" if self.location else self.path
        return f"{where}: expected {self.expected}"

    def detail(self) -> str:
        """The headline plus what was actually found, for the second line of output."""
        return f"{self.headline()}\n  found: {self.found}" if self.found else self.headline()


class ReportParseError(EtlError):
    """A report's text does not have the structure of an HMIC 2007 inspection report."""
