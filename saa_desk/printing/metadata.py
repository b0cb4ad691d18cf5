"""The logical data of a printed document, stored in the PDF itself and read back exactly.

Text extracted from a PDF comes out in visual order as presentation forms; the metadata does not.
It goes into the Info dictionary's /Keywords as `saa-desk-meta:` + base64url(JSON): reportlab
writes the Info dictionary uncompressed, and base64 needs no PDF string escaping, so a few lines
of standard library read it back (no PDF parser needed).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from typing import Any

from reportlab.pdfgen.canvas import Canvas

METADATA_PREFIX = "saa-desk-meta:"
_FIND = re.compile(rb"/Keywords\s*\(" + re.escape(METADATA_PREFIX.encode()) + rb"([A-Za-z0-9_=-]+)\)")


def encode_metadata(data: Mapping[str, Any]) -> str:
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return METADATA_PREFIX + base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii")


def apply_metadata(
    canvas: Canvas, data: Mapping[str, Any], *, title: str, subject: str, author: str
) -> None:
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setAuthor(author)
    canvas.setCreator("SAA Desk")
    canvas.setKeywords(encode_metadata(data))


def read_document_metadata(pdf_bytes: bytes) -> dict[str, Any] | None:
    """The metadata dict of a PDF written by SAA Desk, or None (not ours, damaged, absent)."""
    matches = _FIND.findall(pdf_bytes)
    if not matches:
        return None
    # An incrementally updated PDF appends a newer Info dictionary: the last one wins.
    try:
        data = json.loads(base64.urlsafe_b64decode(matches[-1]).decode("utf-8"))
    except (binascii.Error, ValueError):
        return None
    return data if isinstance(data, dict) else None
