"""The shipped Arabic font (Amiri, OFL) registered with reportlab, once per process."""

from __future__ import annotations

import threading
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from saa_desk.paths import resource_path

REGULAR = "Amiri"
BOLD = "Amiri-Bold"
# Hashes and other fixed-width Latin: a standard PDF font, nothing to embed.
MONO = "Courier"

_FILES = {REGULAR: "Amiri-Regular.ttf", BOLD: "Amiri-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register Amiri regular and bold with reportlab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
        _registered = True


@cache
def covered_codepoints(font_name: str) -> frozenset[int]:
    """Code points the font has a glyph for; the standard PDF fonts cover Latin-1 only."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    face = getattr(font, "face", None)
    if face is not None:
        return frozenset(face.charToGlyph)
    return frozenset(range(0x20, 0x7F)) | frozenset(range(0xA0, 0x100))
