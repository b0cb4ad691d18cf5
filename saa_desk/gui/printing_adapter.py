"""The one place the screens get PDFs from.

A *preview* is shown inside the screen and recorded nowhere (nothing has left the desk yet); a
*print* goes to the printer or a PDF file and is recorded by the printing service (a re-print is
marked as a copy).
"""

from __future__ import annotations

from saa_desk.services import printing
from saa_desk.services.context import Actor
from saa_desk.services.declarations import DeclarationView
from saa_desk.store.database import Store


def preview_declaration(store: Store, actor: Actor, declaration: DeclarationView,
                        signature_png: bytes | None = None) -> bytes:
    return printing.preview_declaration(store, actor, declaration.request_id, signature_png)


def preview_receipt(store: Store, actor: Actor, request_id: str) -> bytes:
    return printing.preview_receipt(store, actor, request_id)


def print_declaration(store: Store, actor: Actor, request_id: str) -> bytes:
    """The declaration to print (the applicant's on-screen signature, once recorded, is in it)."""
    return printing.print_declaration(store, actor, request_id).pdf


def print_receipt(store: Store, actor: Actor, request_id: str) -> bytes:
    return printing.print_receipt(store, actor, request_id).pdf
