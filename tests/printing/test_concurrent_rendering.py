"""PDFs rendered on several threads at once (a preview on the read pool beside a recorded print on
the write queue) each come out whole: reportlab keeps a document's font subsets in the shared font."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from saa_desk.printing.declaration import render_declaration
from tests.printing.helpers import context, logical_text, page_count, snapshot


def test_declarations_rendered_on_four_threads_at_once_are_all_whole() -> None:
    # Different names, so each document subsets different glyphs of the same fonts.
    people = [snapshot(first_name=name) for name in ("محمد", "فاطمة", "عبدالرحمن", "نورة", "خالد", "هند")]

    def render(i: int) -> bytes:
        return render_declaration(people[i % len(people)], f"{i:064x}", context())

    with ThreadPoolExecutor(max_workers=4) as pool:
        pdfs = list(pool.map(render, range(48)))
    assert all(page_count(pdf) >= 1 for pdf in pdfs)
    for i in range(len(people)):
        assert people[i]["beneficiary"]["first_name"] in logical_text(pdfs[i])
