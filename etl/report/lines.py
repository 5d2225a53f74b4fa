"""Line-level helpers: the report as numbered, stripped lines with page furniture removed."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from etl.errors import ReportParseError

MONTHS = list(calendar.month_name)[1:]
_RUNNING_HEADER = re.compile(r"^(?P<force>.+?)\s+[–-]\s+HMIC Inspection Report$")
_MONTH_YEAR = re.compile(rf"^(?P<month>{'|'.join(MONTHS)})\s+(?P<year>\d{{4}})$")
_PAGE = re.compile(r"^Page\s+\d+$")
BULLET = "•"
_LIST_ITEM = re.compile(r"^(\d+\.|-)\s")
_WORDS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
NUMBER_WORDS = {word: value for value, word in enumerate(_WORDS.split())}


@dataclass
class ReportLines:
    """Stripped lines of one report; index i is source line i + 1."""

    path: Path
    text: list[str]

    def line_no(self, index: int) -> int:
        return index + 1

    def error(self, index: int, expected: str, found: str | None = None) -> ReportParseError:
        """A parse error at a 0-based index, quoting the line found there."""
        if index >= len(self.text):
            return ReportParseError(self.path, "end of file", expected, found or "end of file")
        shown = found if found is not None else repr(self.text[index])
        return ReportParseError(self.path, f"line {self.line_no(index)}", expected, shown)

    def find(self, predicate: Callable[[str], bool], start: int = 0, end: int | None = None) -> int | None:
        """Index of the first line in [start, end) that satisfies predicate."""
        stop = len(self.text) if end is None else min(end, len(self.text))
        for index in range(start, stop):
            if predicate(self.text[index]):
                return index
        return None

    def require(self, heading: str, start: int = 0, end: int | None = None) -> int:
        """Index of a heading line (case-insensitive); a parse error if it is missing."""
        wanted = heading.casefold()
        index = self.find(lambda line: line.casefold() == wanted, start, end)
        if index is None:
            stop = len(self.text) if end is None else end
            raise self.error(stop, f"the heading {heading!r} after line {start + 1}")
        return index

    def next_nonblank(self, start: int, end: int | None = None) -> int | None:
        return self.find(bool, start, end)


def split_lines(path: Path, raw: str) -> ReportLines:
    """Strip every line, keeping the line count so that indices map to source lines."""
    return ReportLines(path, [line.strip() for line in raw.splitlines()])


def remove_running_headers(lines: ReportLines) -> list[tuple[int, str, str, int]]:
    """Blank out page headers ("<Force> – HMIC Inspection Report / <Month Year> / Page N").

    Returns each header found as (index, force, month, year), so the report's identity
    can be read from them.
    """
    found = []
    for index, line in enumerate(lines.text):
        header = _RUNNING_HEADER.match(line)
        if not header:
            continue
        date_index = lines.next_nonblank(index + 1, index + 5)
        date = _MONTH_YEAR.match(lines.text[date_index]) if date_index is not None else None
        if date is None:
            continue
        found.append((index, header["force"], date["month"], int(date["year"])))
        lines.text[index] = lines.text[date_index] = ""
        page_index = lines.next_nonblank(date_index + 1, date_index + 5)
        if page_index is not None and _PAGE.match(lines.text[page_index]):
            lines.text[page_index] = ""
    return found


def join_paragraphs(block: Iterable[str]) -> str:
    """Rejoin wrapped lines into paragraphs.

    A blank line ends a paragraph unless the next text starts in lower case (a page break
    inside a sentence); a bullet or a numbered or dashed list item always starts a new one.
    """
    paragraphs: list[list[str]] = []
    pending_break = True
    for line in block:
        if not line:
            pending_break = True
            continue
        starts_item = line.startswith(BULLET) or _LIST_ITEM.match(line) is not None
        continues = paragraphs and not starts_item and line[0].islower()
        if starts_item or (pending_break and not continues):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
        pending_break = False
    return "\n\n".join(join_wrapped(paragraph) for paragraph in paragraphs)


def join_wrapped(block: Iterable[str]) -> str:
    """Join wrapped lines with spaces, keeping a line-end hyphen attached ("problem-solving")."""
    text = ""
    for line in (line for line in block if line):
        if not text:
            text = line
        elif re.search(r"[A-Za-z]-$", text):
            text += line
        else:
            text += " " + line
    return re.sub(r"\s+", " ", text).strip()


def split_bullets(block: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """Split a block into the lines before the first bullet and (offset, text) bullets."""
    preamble: list[str] = []
    bullets: list[tuple[int, list[str]]] = []
    for offset, line in enumerate(block):
        if line.startswith(BULLET):
            bullets.append((offset, [line.lstrip(BULLET).strip()]))
        elif bullets:
            bullets[-1][1].append(line)
        else:
            preamble.append(line)
    return preamble, [(offset, join_wrapped(parts)) for offset, parts in bullets]


def parse_int(text: str) -> int:
    """An integer written with thousands separators ("1,054,979")."""
    return int(text.replace(",", ""))


def number_word(text: str) -> int | None:
    """A count written as a word ("three") or digits ("3")."""
    lowered = text.lower()
    if lowered.isdigit():
        return int(lowered)
    return NUMBER_WORDS.get(lowered)
