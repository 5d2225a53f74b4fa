"""Find report files (text extractions or PDFs) and turn each into text for the parser."""

from __future__ import annotations

import logging
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from etl.errors import EtlError
from etl.sources import SourceFile, fingerprint, read_utf8

REPORT_SUFFIXES = (".txt", ".pdf")
PDF_MAGIC = b"%PDF-"


def find_reports(directory: Path) -> list[SourceFile]:
    """Every .txt and .pdf file in the reports directory, in name order."""
    if not directory.is_dir():
        raise EtlError(
            directory, "", "the reports directory (set --reports-dir or HMIC_REPORTS_DIR)", "no such directory"
        )
    paths = sorted(path for path in directory.iterdir() if path.suffix.lower() in REPORT_SUFFIXES)
    return [fingerprint(path, "report PDF" if path.suffix.lower() == ".pdf" else "report text") for path in paths]


def report_text(source: SourceFile) -> str:
    """The report's text: read as UTF-8, or extracted page by page from the PDF."""
    if source.path.suffix.lower() != ".pdf":
        return read_utf8(source.path)
    return pdf_text(source.path)


def pdf_text(path: Path) -> str:
    """Extract text from a PDF with pypdf; a file that is not a PDF is an input error."""
    with path.open("rb") as handle:
        if handle.read(len(PDF_MAGIC)) != PDF_MAGIC:
            raise EtlError(path, "byte 0", "a PDF file starting with '%PDF-'", "some other kind of file")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(path)
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise EtlError(path, "", "a readable PDF", f"{type(error).__name__}: {error}") from error
    if not any(page.strip() for page in pages):
        raise EtlError(path, "", "a PDF with a text layer", "no extractable text (a scanned image?)")
    return "\n".join(pages)
