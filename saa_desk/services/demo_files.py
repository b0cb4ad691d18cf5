"""Files for training desks: an on-screen signature (a real PNG) and a scanned paper (a real PDF),
made without Qt so the core can make them (demo data, tests)."""

from __future__ import annotations

import io
import math
import struct
import zlib

INK = (0x10, 0x24, 0x3E)  # the signature pad's ink (gui/signature.py)


def signature_png(variant: int = 0, width: int = 320, height: int = 110) -> bytes:
    """A hand-like stroke (a few loops along a line) in ink on transparent, as the pad saves one:
    RGBA, 8 bits. `variant` changes the loops, so signatures differ."""
    alpha = bytearray(width * height)
    loops = 3 + variant % 4
    steps = 900
    for i in range(steps + 1):
        t = i / steps
        x = 20 + t * (width - 40) + 14 * math.sin(t * loops * 2 * math.pi)
        y = height / 2 + (height / 3) * math.sin(t * loops * 2 * math.pi + variant) * (1 - 0.5 * t)
        _dot(alpha, width, height, x, y, 2.2)
    rows = bytearray()
    for row in range(height):
        rows.append(0)  # filter: none
        for a in alpha[row * width:(row + 1) * width]:
            rows += bytes((*INK, a))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(bytes(rows), 9))
            + _chunk(b"IEND", b""))


def _dot(alpha: bytearray, width: int, height: int, cx: float, cy: float, radius: float) -> None:
    """A soft round pen tip: full ink inside, fading over one pixel at the edge."""
    for y in range(max(0, int(cy - radius - 1)), min(height, int(cy + radius + 2))):
        for x in range(max(0, int(cx - radius - 1)), min(width, int(cx + radius + 2))):
            cover = max(0.0, min(1.0, radius + 0.5 - math.hypot(x - cx, y - cy)))
            value = int(cover * 255)
            if value > alpha[y * width + x]:
                alpha[y * width + x] = value


def _chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def scan_pdf(title: str, reference: str) -> bytes:
    """A one-page "scan" of a paper: a frame, a title and a reference (Latin text: a scan is a
    picture of paper, not text the desk shapes)."""
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A5, invariant=True)  # the same bytes for the same paper
    width, height = A5
    canvas.setTitle(f"Training scan: {title}")
    canvas.setFillColorRGB(0.97, 0.96, 0.92)  # paper, slightly off-white as scanned
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    canvas.setStrokeColorRGB(0.3, 0.3, 0.3)
    canvas.rect(30, 30, width - 60, height - 60)
    canvas.setFillColorRGB(0.1, 0.14, 0.24)
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawCentredString(width / 2, height - 80, title)
    canvas.setFont("Helvetica", 11)
    canvas.drawCentredString(width / 2, height - 105, f"Reference {reference}")
    canvas.drawCentredString(width / 2, 50, "TRAINING DESK - NOT A REAL DOCUMENT")
    for line in range(12):
        y = height - 150 - line * 22
        canvas.line(60, y, width - 60 - (line % 3) * 40, y)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
