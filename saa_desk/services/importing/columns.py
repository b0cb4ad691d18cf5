"""Finding the header row and what each column holds.

Charities' sheets often start with a title (merged across the top), a date, blank rows; the
header is the first of the first HEADER_SCAN rows that names the ID column and at least one other
field. Columns nobody recognises are listed and read past, never a reason to refuse the file.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from saa_desk.domain.errors import DeskError
from saa_desk.domain.matching import match_key
from saa_desk.services.importing import vocabulary
from saa_desk.services.importing.sources import Row

HEADER_SCAN = 30


class BadMapping(DeskError):
    def __init__(self, text: str) -> None:
        super().__init__("import_bad_map", "map", value=text[:60])


@dataclass(frozen=True)
class Columns:
    row: int  # the header's row number in the file
    header: list[Any]  # the header's cells as written (the rejects file repeats them)
    targets: list[str | None]  # per column: a field, full_name, ignore, or None (unknown)
    unknown: list[str] = field(default_factory=list)  # header texts read past, as written
    repeated: list[str] = field(default_factory=list)  # a second column for a field already taken

    def cells(self, row: Row) -> dict[str, Any]:
        """{target: cell} for a data row (ignored and unknown columns left out)."""
        found: dict[str, Any] = {}
        for target, value in zip(self.targets, row, strict=False):
            if target is not None and target != vocabulary.IGNORE:
                found[target] = value
        return found

    def fields(self) -> dict[str, str]:
        """{header as written: what it was read as}, for the report."""
        return {str(h).strip(): t for h, t in zip(self.header, self.targets, strict=False)
                if t is not None and t != vocabulary.IGNORE}

    def is_header_again(self, row: Row) -> bool:
        """A header pasted again below (two sheets copied one under the other)."""
        return [_text(c) for c in row[:len(self.header)]] == [_text(c) for c in self.header]


def parse_mapping(pairs: Mapping[str, str] | list[str]) -> dict[str, str]:
    """`HEADER=field` pairs (from --map) → {header key: target}; a field must be one import knows."""
    items = pairs.items() if isinstance(pairs, Mapping) else (_split_pair(p) for p in pairs)
    mapping: dict[str, str] = {}
    for header, target in items:
        target = target.strip()
        if not vocabulary.is_target(target) or not match_key(header):
            raise BadMapping(f"{header}={target}")
        mapping[match_key(header)] = target
    return mapping


def _split_pair(pair: str) -> tuple[str, str]:
    header, sep, target = pair.rpartition("=")
    if not sep:
        raise BadMapping(pair)
    return header, target


def find_header(rows: Iterator[tuple[int, Row]], mapping: Mapping[str, str]) -> Columns:
    """Consume the rows above the header and the header itself; the data rows stay in `rows`."""
    scanned = 0
    for number, row in rows:
        if not any(_text(c) for c in row):
            continue
        targets = [_target(c, mapping) for c in row]
        known = [t for t in targets if t is not None and t != vocabulary.IGNORE]
        if "id_number" in known and len(set(known)) >= 2:
            width = max(i for i, c in enumerate(row) if _text(c)) + 1  # XLSX rows come padded
            return _columns(number, row[:width], targets[:width])
        scanned += 1
        if scanned >= HEADER_SCAN:
            break
    raise DeskError("import_no_header", "file", rows=HEADER_SCAN)


def _columns(number: int, row: Row, targets: list[str | None]) -> Columns:
    taken: set[str] = set()
    unknown: list[str] = []
    repeated: list[str] = []
    final: list[str | None] = []
    for cell, target in zip(row, targets, strict=True):
        if target is None:
            if _text(cell):
                unknown.append(_text(cell))
        elif target != vocabulary.IGNORE and target in taken:
            repeated.append(_text(cell))
            target = None
        taken.add(target or "")
        final.append(target)
    return Columns(number, list(row), final, unknown, repeated)


def _target(cell: Any, mapping: Mapping[str, str]) -> str | None:
    text = _text(cell)
    if not text:
        return None
    return mapping.get(match_key(text)) or vocabulary.header_target(text)


def _text(cell: Any) -> str:
    return "" if cell is None else str(cell).strip().lstrip("\ufeff")
