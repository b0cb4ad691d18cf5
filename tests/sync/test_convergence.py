"""Convergence (docs/architecture.md, sync invariants 1, 2, 4 and 5) as a hypothesis state machine: three desks
and one central PostgreSQL, random edits (concurrent edits of the same record, to the same field
and to different fields, deletes, the same national ID registered at two desks, duplicate merges),
syncs in random order, some cut at a random point. At the end every desk syncs twice; then every
desk's JSON export equals every other's and the central's, and nothing any desk wrote is missing:
each value is kept, or was knowingly replaced, or is in the conflict log.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import tempfile
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test

from saa_desk.domain.clock import CLOCK_TOLERANCE_MS, wall_ms
from saa_desk.services import beneficiaries, followup, requests
from saa_desk.services.beneficiaries import DuplicateBeneficiary
from saa_desk.services.duplicates import merge_duplicates
from saa_desk.store import audit
from saa_desk.store.models import Beneficiary
from saa_desk.sync import SyncError, find_duplicates, sync_once
from saa_desk.sync.local import restamp_future_edits
from saa_desk.sync.schema import SPECS, clocks_of
from tests.conftest import Desk
from tests.factories import beneficiary_data, national_id
from tests.sync.conftest import Centrals, DeskTemplates, driver_url
from tests.sync.helpers import central_conflicts, central_export, clocks, export, foreign_key_problems, integrity

EXAMPLES = int(os.environ.get("SAA_SYNC_EXAMPLES", "200"))
STEPS = int(os.environ.get("SAA_SYNC_STEPS", "22"))
DESKS = 3
EDITS: dict[str, list[Any]] = {
    "city": ["جدة", "الرياض", "مكة المكرمة"],
    "district": ["النسيم", "الروضة"],
    "address": ["شارع الحج، مبنى 1", "طريق المدينة 7"],
    "notes": ["يحتاج كرسيا متحركا", "يفضل الاتصال مساء", None],
    "monthly_income": [0, 1500, 3500],
    "employment": ["employed", "retired"],
    "mobile": ["0501234567", "0559876543"],
}
POISON_DESK = "0badc0de-0000-4000-8000-00000000dead"
# How far a desk's clock runs ahead: a minute, just inside the central's tolerance, two years.
SKEWS = [60_000, CLOCK_TOLERANCE_MS - 30_000, 2 * 365 * 86_400_000]
CUT_POINTS = ["push.before_commit", "push.committed", "pull.fetched", "pull.applied"]
_BENEFICIARY = SPECS["beneficiaries"]


class Cut(Exception):
    """A sync interrupted on purpose."""


@dataclass(frozen=True)
class Write:
    """One field value a desk wrote: what, with which clock, and the clock it replaced there."""

    desk: int
    row: str
    field: str
    value: Any  # as stored (SQLite's storage format)
    hlc: str
    base: str | None


def _stored(desk: Desk, bid: str) -> tuple[Any, ...] | None:
    with desk.store.read() as s:
        return s.connection().exec_driver_sql(
            f"SELECT {_BENEFICIARY.column_list()} FROM beneficiaries WHERE id = ?", (bid,)).first()


def _future_edits(desk: Desk) -> int:
    """Unpushed edits stamped more than the tolerance ahead of the real time."""
    limit = f"{wall_ms() + CLOCK_TOLERANCE_MS:013d}"
    with desk.store.read() as s:
        return int(s.connection().exec_driver_sql("SELECT count(*) FROM sync_outbox WHERE hlc > ?", (limit,)).scalar()
                   or 0)


def _field(row: tuple[Any, ...], field: str) -> tuple[Any, str | None]:
    return row[_BENEFICIARY.index(field)], clocks_of(_BENEFICIARY, row).get(field)


class SyncMachine(RuleBasedStateMachine):
    templates: DeskTemplates
    central: str

    def __init__(self) -> None:
        super().__init__()
        _reset_central(self.central)
        self.root = Path(tempfile.mkdtemp(prefix="saa-sync-machine-"))
        self.desks = [self.templates.copy(i, self.root / f"desk{i}") for i in range(DESKS)]
        self.writes: list[Write] = []
        self.created: dict[str, int] = {}  # beneficiary id -> desk that registered it, in order
        self.id_numbers: dict[str, set[int]] = {}  # national ID -> desks that registered it
        self.syncs = 0
        self.poisoned: set[str] = set()  # rows put at the central that no desk can apply

    # -- helpers -------------------------------------------------------------------------------

    def live(self, d: int) -> list[str]:
        """The beneficiaries desk d holds and has not deleted, in the order the test made them
        (never by UUID or clock: hypothesis needs the same draws to mean the same records)."""
        with self.desks[d].store.read() as s:
            held = set(s.scalars(Beneficiary.__table__.select().with_only_columns(Beneficiary.id)
                                 .where(Beneficiary.deleted.is_(False))))
        return [b for b in self.created if b in held]

    def track(self, d: int, bid: str, field: str, before: tuple[Any, ...] | None) -> None:
        after = _stored(self.desks[d], bid)
        assert after is not None
        value, hlc = _field(after, field)
        base = _field(before, field)[1] if before else None
        if before is None or hlc != base:
            self.writes.append(Write(d, bid, field, value, hlc or "", base))

    def edit_at(self, d: int, bid: str, field: str, value: Any) -> None:
        desk = self.desks[d]
        before = _stored(desk, bid)
        beneficiaries.update(desk.store, desk.reception, bid, {field: value})
        self.track(d, bid, field, before)

    # -- rules ---------------------------------------------------------------------------------

    @initialize(seed=st.integers(0, 2**32))
    def shared_record(self, seed: int) -> None:
        """One beneficiary every desk already holds, so concurrent edits happen from the start."""
        desk = self.desks[0]
        bid = beneficiaries.register(desk.store, desk.reception,
                                     beneficiary_data(id_number=national_id(random.Random(seed))))
        self.created[bid] = 0
        for d in (0, 1, 2, 0):
            sync_once(self.desks[d].store, self.central)

    @rule(d=st.integers(0, DESKS - 1), seed=st.integers(0, 2**32), reuse=st.booleans(), data=st.data())
    def register(self, d: int, seed: int, reuse: bool, data: st.DataObject) -> None:
        elsewhere = sorted(n for n, at in self.id_numbers.items() if d not in at)
        number = data.draw(st.sampled_from(elsewhere)) if reuse and elsewhere else national_id(random.Random(seed))
        desk = self.desks[d]
        try:
            bid = beneficiaries.register(desk.store, desk.reception, beneficiary_data(id_number=number))
        except DuplicateBeneficiary:
            return  # this desk already holds that ID (it synced): the service says so, rightly
        self.created[bid] = d
        self.id_numbers.setdefault(number, set()).add(d)

    @rule(d=st.integers(0, DESKS - 1), field=st.sampled_from(sorted(EDITS)), data=st.data())
    def edit(self, d: int, field: str, data: st.DataObject) -> None:
        live = self.live(d)
        if not live:
            return
        self.edit_at(d, data.draw(st.sampled_from(live)), field, data.draw(st.sampled_from(EDITS[field])))

    @rule(same_field=st.booleans(), data=st.data())
    def edit_concurrently(self, same_field: bool, data: st.DataObject) -> None:
        """Two or three desks edit one record before any of them syncs: the same field (one value
        wins, the others go to the conflict log) or different fields (all survive)."""
        held = [set(self.live(d)) for d in range(DESKS)]
        shared = [b for b in self.created if sum(b in h for h in held) >= 2]
        if not shared:
            return
        bid = data.draw(st.sampled_from(shared))
        editors = [d for d in range(DESKS) if bid in held[d]]
        fields = sorted(EDITS)
        first = data.draw(st.sampled_from(fields))
        for d in editors:
            field = first if same_field else data.draw(st.sampled_from(fields))
            self.edit_at(d, bid, field, data.draw(st.sampled_from(EDITS[field])))

    @rule(d=st.integers(0, DESKS - 1), data=st.data())
    def delete(self, d: int, data: st.DataObject) -> None:
        live = self.live(d)
        if not live:
            return
        bid = data.draw(st.sampled_from(live))
        desk = self.desks[d]
        before = _stored(desk, bid)
        with desk.store.write(desk.supervisor.user_id) as s:
            s.get(Beneficiary, bid).deleted = True  # a tombstone, as every delete is
        self.track(d, bid, "deleted", before)

    @rule(d=st.integers(0, DESKS - 1), members=st.integers(0, 2), data=st.data())
    def household(self, d: int, members: int, data: st.DataObject) -> None:
        live = self.live(d)
        if live:
            desk = self.desks[d]
            beneficiaries.replace_household(desk.store, desk.reception, data.draw(st.sampled_from(live)), [
                {"name": f"فرد {i}", "relation": "son"} for i in range(members)])

    @rule(d=st.integers(0, DESKS - 1), data=st.data())
    def contact(self, d: int, data: st.DataObject) -> None:
        live = self.live(d)
        if live:
            desk = self.desks[d]
            bid = data.draw(st.sampled_from(live))
            if data.draw(st.booleans()):
                requests.open_request(desk.store, desk.reception, bid, "transport", "interview", "نقل")
            else:
                followup.log_interaction(desk.store, desk.reception, bid, "phone", "inquiry", "اتصال")

    @rule(d=st.integers(0, DESKS - 1))
    def merge(self, d: int) -> None:
        desk = self.desks[d]
        order = {b: i for i, b in enumerate(self.created)}
        groups = sorted(sorted(g.beneficiary_ids, key=order.__getitem__) for g in find_duplicates(desk.store))
        if groups:
            first = min(groups, key=lambda g: order[g[0]])
            before = {b: _stored(desk, b) for b in first[:2]}
            result = merge_duplicates(desk.store, desk.supervisor, first[0], first[1])
            for field in result.took:  # the chosen record's data, written onto the survivor
                self.track(d, result.keep_id, field, before[result.keep_id])

    @rule(d=st.integers(0, DESKS - 1), ahead=st.sampled_from(SKEWS), field=st.sampled_from(sorted(EDITS)),
          data=st.data())
    def edit_with_a_skewed_clock(self, d: int, ahead: int, field: str, data: st.DataObject) -> None:
        """A desk whose computer's clock runs ahead edits a record. A little ahead (within the
        central's tolerance), the edit travels as it is; years ahead, the central refuses the
        desk's sync while the clock is wrong, and once it is put right the edit is re-stamped
        with the time now and travels then."""
        live = self.live(d)
        if not live:
            return
        desk = self.desks[d]
        bid = data.draw(st.sampled_from(live))
        desk.store.clock_wall = lambda: wall_ms() + ahead
        tracked = len(self.writes)
        try:
            self.edit_at(d, bid, field, data.draw(st.sampled_from(EDITS[field])))
            if ahead > CLOCK_TOLERANCE_MS and _future_edits(desk):  # (an edit to the same value is none)
                with pytest.raises(SyncError) as refused:
                    sync_once(desk.store, self.central, batch_size=7, page_size=9)
                assert refused.value.reason == "clock_ahead"
        finally:
            desk.store.clock_wall = wall_ms
        if ahead > CLOCK_TOLERANCE_MS and len(self.writes) > tracked:
            restamp_future_edits(desk.store)
            row = _stored(desk, bid)
            assert row is not None
            self.writes[-1] = replace(self.writes[-1], hlc=_field(row, field)[1] or "")

    @rule(seed=st.integers(0, 2**32))
    def poison_row(self, seed: int) -> None:
        """A row no desk can apply reaches the central's feed (a household member whose
        beneficiary never arrived, as an older or broken desk could leave it): every desk
        quarantines it and goes on syncing everything else."""
        rng = random.Random(seed)
        row_id, orphan_of = (str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(2))
        hlc = f"{wall_ms():013d}-000000-{POISON_DESK.replace('-', '')}"
        with psycopg.connect(driver_url(self.central)) as conn:
            conn.execute(
                "INSERT INTO household_members (id, beneficiary_id, name, relation, birth_date, updated_at, updated_by,"
                " field_clocks, deleted, created_at, created_by, origin_desk, hlc) VALUES (%s, %s, 'فرد', 'son', NULL,"
                " now(), NULL, '', false, now(), NULL, %s, %s) ON CONFLICT (id) DO NOTHING",
                (row_id, orphan_of, POISON_DESK, hlc))
            conn.execute("INSERT INTO sync_change_feed (table_name, row_id, desk_id) "
                         "VALUES ('household_members', %s, %s)", (row_id, POISON_DESK))
        self.poisoned.add(row_id)

    @rule(d=st.integers(0, DESKS - 1), cut=st.one_of(st.none(), st.sampled_from(CUT_POINTS)),
          occurrence=st.integers(1, 3))
    def sync(self, d: int, cut: str | None, occurrence: int) -> None:
        seen = {"n": 0}

        def hook(point: str, _info: dict[str, Any]) -> None:
            if point == cut:
                seen["n"] += 1
                if seen["n"] == occurrence:
                    raise Cut(point)

        self.syncs += 1
        with contextlib.suppress(Cut):
            sync_once(self.desks[d].store, self.central, batch_size=7, page_size=9, interrupt=hook)

    # -- the invariants, once every desk has synced twice ----------------------------------------

    def teardown(self) -> None:
        try:
            self._final_checks()
        finally:
            for desk in self.desks:
                desk.store.close()
            shutil.rmtree(self.root, ignore_errors=True)

    def _final_checks(self) -> None:
        for _ in range(2):
            for desk in self.desks:
                sync_once(desk.store, self.central)
        reference = export(self.desks[0].store)
        assert _without(central_export(self.central), self.poisoned) == reference, "desk 0 differs from the central"
        reference_clocks = clocks(self.desks[0].store)
        for i, desk in enumerate(self.desks[1:], 1):
            assert export(desk.store) == reference, f"desk {i} differs from desk 0"
            assert clocks(desk.store) == reference_clocks, f"desk {i}'s field clocks differ"
        for desk in self.desks:
            with desk.store.read() as s:
                held = set(s.connection().exec_driver_sql(
                    "SELECT row_id FROM sync_quarantine WHERE resolved_at IS NULL").scalars())
            assert held == self.poisoned, "a poison row was applied, or a good row was quarantined"
            assert integrity(desk.store) == "ok"
            assert foreign_key_problems(desk.store) == []
            with desk.store.read() as s:
                assert audit.verify_chain(s) == []
        self._nothing_missing()
        self._duplicates_offered()
        if os.environ.get("SAA_SYNC_STATS"):
            print("STATS", len(self.writes), len(self.created), self.syncs, len(central_conflicts(self.central)),
                  len(find_duplicates(self.desks[0].store)), sum(1 for n in self.id_numbers.values() if len(n) > 1))

    def _nothing_missing(self) -> None:
        exported = {r["id"] for r in json.loads(export(self.desks[0].store))["beneficiaries"]}
        assert set(self.created) <= exported, "a registered beneficiary is missing"
        logged = central_conflicts(self.central)
        lost_clocks = {(c.row_id, c.field, c.loser_hlc) for c in logged}
        # Two desks writing the same value concurrently is no conflict; the value is logged once.
        lost_values = {(c.row_id, c.field, c.loser_value) for c in logged}
        replaced = {(w.row, w.field, w.base) for w in self.writes}
        # Newest first: a value that lost to the same value written later lives on in that write.
        accounted_values: set[tuple[str, str, str]] = set()
        for w in sorted(self.writes, key=lambda w: w.hlc, reverse=True):
            final = _stored(self.desks[0], w.row)
            assert final is not None
            value, hlc = _field(final, w.field)
            key = (w.row, w.field, w.hlc)
            as_json = (w.row, w.field, json.dumps(w.value, ensure_ascii=False))
            accounted = (hlc == w.hlc or value == w.value or key in lost_clocks or key in replaced
                         or as_json in lost_values or as_json in accounted_values)
            assert accounted, (
                f"desk {w.desk} wrote {w.field}={w.value!r} at {w.hlc} on {w.row}: not kept "
                f"(final {value!r} at {hlc}), not replaced knowingly and not in the conflict log")
            accounted_values.add(as_json)

    def _duplicates_offered(self) -> None:
        groups = {tuple(sorted(g.beneficiary_ids)) for g in find_duplicates(self.desks[0].store)}
        live = set(self.live(0))
        with self.desks[0].store.read() as s:
            by_number: dict[str, list[str]] = {}
            for bid, number in s.execute(Beneficiary.__table__.select()
                                         .with_only_columns(Beneficiary.id, Beneficiary.id_number)):
                if bid in live:
                    by_number.setdefault(number, []).append(bid)
        for number, ids in by_number.items():
            if len(ids) > 1:
                assert tuple(sorted(ids)) in groups, f"ID {number} is on {len(ids)} live records, not offered"


def _without(exported: str, ids: set[str]) -> str:
    """The central's export less the rows no desk could apply (they stay quarantined)."""
    data = json.loads(exported)
    data = {name: [r for r in rows if r["id"] not in ids] for name, rows in data.items()}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def _reset_central(url: str) -> None:
    """A fresh central for each example: empty tables, the feed numbered from 1 again."""
    tables = [*SPECS, "sync_change_feed", "sync_conflicts", "sync_desks"]
    with psycopg.connect(driver_url(url), autocommit=True) as conn:
        conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY")  # type: ignore[arg-type]
        conn.execute("ALTER SEQUENCE sync_change_feed_seq_seq RESTART")


@pytest.mark.slow
def test_desks_converge_and_nothing_written_is_lost(centrals: Centrals, desk_templates: DeskTemplates) -> None:
    SyncMachine.templates = desk_templates
    SyncMachine.central = centrals.new()
    for i in range(DESKS):  # make the templates before hypothesis starts timing examples
        desk_templates.copy(i, Path(tempfile.mkdtemp())).store.close()
    phases = [Phase.explicit, Phase.reuse, Phase.generate]
    if not os.environ.get("SAA_SYNC_NO_SHRINK"):
        phases.append(Phase.shrink)
    run_state_machine_as_test(SyncMachine, settings=settings(
        max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None, phases=phases,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
