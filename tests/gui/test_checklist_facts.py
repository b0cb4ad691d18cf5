"""The checklist and the file render the core's facts: a document that expired since it was verified
is shown expired and still needed, and the declaration it blocks is not offered."""

from __future__ import annotations

import datetime as dt

import pytest

from saa_desk.domain.errors import WorkflowError
from saa_desk.gui import fmt
from saa_desk.gui.screens.beneficiary_file import BeneficiaryFileScreen
from saa_desk.gui.screens.checklist import ChecklistScreen
from saa_desk.gui.theme import role_colour
from saa_desk.services import beneficiaries, declarations, documents, requests
from tests.factories import beneficiary_data

STATUS_COLUMN = 2


def verified_then_expired(desk_env) -> tuple[str, str]:
    """Every document verified on 1 January; the ID copy runs out on the 10th."""
    store, actor = desk_env.store, desk_env.reception
    store.frozen_now = dt.datetime(2026, 1, 1, 10)
    bid = beneficiaries.register(store, actor, beneficiary_data(id_expiry="2031-01-01"))
    rid = requests.open_request(store, actor, bid, "umrah_trip", "interview")
    for item in requests.get(store, actor, rid).checklist:
        documents.update_item(store, actor, item.id, "verified", "X1",
                              "2026-01-10" if item.document_type == "identity_copy" else None)
    assert requests.get(store, actor, rid).status == "ready_to_sign"
    return bid, rid


def test_an_expired_document_is_shown_still_needed_and_blocks_the_declaration(qtbot, reception, desk_env) -> None:
    bid, rid = verified_then_expired(desk_env)
    reception.open_checklist(rid)
    screen = reception.current_screen()
    assert isinstance(screen, ChecklistScreen)
    screen.ctx.store.frozen_now = dt.datetime(2026, 1, 11, 10)  # the desk's today: the ID ran out yesterday
    screen.refresh()
    qtbot.waitUntil(lambda: screen.data is not None and screen.data.request.checklist[0].state == "expired")
    row = next(i for i, it in enumerate(screen.data.request.checklist) if it.document_type == "identity_copy")
    cell = screen.table.item(row, STATUS_COLUMN)
    assert cell.text() == fmt.label("document_status", "expired")
    assert cell.foreground().color() == role_colour("error")
    assert fmt.document("identity_copy") in screen.problems.text()
    assert screen.problems.property("role") == "hint"
    assert not screen.declaration_button.isEnabled()
    with pytest.raises(WorkflowError) as err:  # and the core refuses what the screen does not offer
        declarations.take(screen.ctx.store, screen.ctx.actor, rid)
    assert err.value.code == "action_not_allowed"

    reception.open_beneficiary(bid, "documents")
    file = reception.current_screen()
    assert isinstance(file, BeneficiaryFileScreen)
    qtbot.waitUntil(lambda: file.data is not None and file.documents_table.rowCount() > 0)
    shown = [file.documents_table.item(r, STATUS_COLUMN) for r in range(file.documents_table.rowCount())]
    expired = [c for c in shown if c.text() == fmt.label("document_status", "expired")]
    assert len(expired) == 1 and expired[0].foreground().color() == role_colour("error")
    assert not file.declaration_button.isEnabled()


def test_a_ready_request_offers_the_declaration(qtbot, reception, desk_env) -> None:
    _, rid = verified_then_expired(desk_env)
    reception.open_checklist(rid)
    screen = reception.current_screen()
    screen.ctx.store.frozen_now = dt.datetime(2026, 1, 5, 10)  # still valid
    screen.refresh()
    qtbot.waitUntil(lambda: screen.data is not None and screen.data.request.checklist[0].state == "verified")
    assert screen.declaration_button.isEnabled() and screen.refer_button.isEnabled()
    assert screen.problems.property("role") == "ok"
