"""Printed documents (reportlab, Qt-free): the data declaration, the submission receipt and the
decision letter, with the Arabic shaping helper they share."""

from saa_desk.printing.arabic import draw_rtl_line, draw_rtl_paragraph, shape_line, wrap_rtl
from saa_desk.printing.decision_letter import render_decision_letter
from saa_desk.printing.declaration import declaration_qr_payload, render_declaration
from saa_desk.printing.fonts import register_fonts
from saa_desk.printing.metadata import read_document_metadata
from saa_desk.printing.models import DecisionLetterData, PrintContext, ReceiptData
from saa_desk.printing.receipt import render_receipt

__all__ = [
    "DecisionLetterData",
    "PrintContext",
    "ReceiptData",
    "declaration_qr_payload",
    "draw_rtl_line",
    "draw_rtl_paragraph",
    "read_document_metadata",
    "register_fonts",
    "render_decision_letter",
    "render_declaration",
    "render_receipt",
    "shape_line",
    "wrap_rtl",
]
