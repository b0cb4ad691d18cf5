"""Twenty desks syncing at the same time against one central converge."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from saa_desk.services import beneficiaries, desk, followup, users
from saa_desk.store.database import Store
from saa_desk.sync import sync_once
from tests.conftest import PASSWORD
from tests.factories import beneficiary_data
from tests.sync.helpers import central_conflicts, central_export, export, outbox

DESKS = 20


def test_twenty_desks_syncing_at_once_converge(central_url: str, tmp_path: Path) -> None:
    stores, actors = [], []
    for i in range(DESKS):
        store = Store(tmp_path / f"desk{i}")
        desk.initialise(store, f"B{i}", "D1", f"admin{i}", PASSWORD)
        admin = users.authenticate(store, f"admin{i}", PASSWORD)
        users.create_user(store, admin, f"reception{i}", "موظف الاستقبال", "reception", PASSWORD)
        stores.append(store)
        actors.append(users.authenticate(store, f"reception{i}", PASSWORD))
    try:
        shared = beneficiaries.register(stores[0], actors[0], beneficiary_data())
        for store in stores:
            sync_once(store, central_url)
        mine: list[str] = []
        for i, (store, actor) in enumerate(zip(stores, actors, strict=True)):
            for _ in range(3):
                mine.append(beneficiaries.register(store, actor, beneficiary_data()))
            followup.log_interaction(store, actor, shared, "phone", "follow_up", f"اتصال من النقطة {i}")
            # half the desks edit the same field of the shared record, the others one field each
            field = "notes" if i % 2 else ("city", "district", "address")[i % 3]
            beneficiaries.update(store, actor, shared, {field: f"قيمة {i}"})

        start = threading.Barrier(DESKS)
        errors: list[BaseException] = []

        def run(store: Store) -> None:
            try:
                start.wait()
                sync_once(store, central_url, batch_size=4, page_size=8)
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(s,)) for s in stores]
        for t in threads:
            t.start()
        for t in threads:
            t.join(300)
        assert errors == []
        for _ in range(2):
            for store in stores:
                sync_once(store, central_url)
        reference = central_export(central_url)
        for store in stores:
            assert export(store) == reference
            assert outbox(store) == 0
        held = {r["id"] for r in json.loads(reference)["beneficiaries"]}
        assert set(mine) | {shared} <= held
        notes = [c for c in central_conflicts(central_url) if c.row_id == shared and c.field == "notes"]
        assert len({c.loser_hlc for c in notes}) == DESKS // 2 - 1  # all but the winning note are logged
    finally:
        for store in stores:
            store.close()
