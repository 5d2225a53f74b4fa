"""Source files: checksums and strict reading, so every row can name where it came from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from etl.errors import EtlError


@dataclass(frozen=True)
class SourceFile:
    """A file the ETL read, identified by its path, kind and content checksum."""

    path: Path
    kind: str
    sha256: str

    @property
    def name(self) -> str:
        return self.path.name


def fingerprint(path: Path, kind: str) -> SourceFile:
    """Checksum a source file; a missing or empty file is an input error."""
    if not path.is_file():
        raise EtlError(path, "", f"a readable {kind} file", "no such file")
    data = path.read_bytes()
    if not data.strip():
        raise EtlError(path, "", f"a non-empty {kind} file", "an empty file")
    return SourceFile(path=path, kind=kind, sha256=hashlib.sha256(data).hexdigest())


def read_utf8(path: Path) -> str:
    """Read text that must be UTF-8; name the byte offset where it is not."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise EtlError(
            path, f"line {line}", "UTF-8 text", f"byte 0x{data[error.start]:02x} at offset {error.start}"
        ) from error
