"""The local store: file permissions, migrations, change capture, the audit chain, backups."""

import json
import stat

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import select, text

from saa_desk.services import beneficiaries, exporting, maintenance, search
from saa_desk.store import audit
from saa_desk.store.capture import ImmutableRecordError
from saa_desk.store.database import SCHEMA_REVISION, Store, alembic_config
from saa_desk.store.models import AuditEvent, Beneficiary, OutboxEntry, StatusTransition
from tests.conftest import Desk
from tests.factories import beneficiary_data
from tests.rawdb import raw_connection


def test_schema_revision_constant_is_the_migration_head() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_REVISION


def test_migrated_schema_matches_the_models(tmp_path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from saa_desk.store.models import Base

    store = Store(tmp_path / "d")
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # The FTS5 virtual table and its shadow tables are created by hand in the migration.
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("beneficiary_search"))]
    assert diff == []


def test_files_are_owner_only_and_wal(desk_env: Desk) -> None:
    d = desk_env
    beneficiaries.register(d.store, d.reception, beneficiary_data())
    assert stat.S_IMODE(d.store.data_dir.stat().st_mode) == 0o700
    for path in d.store.data_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    with d.store.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_changes_are_captured_with_field_clocks(desk_env: Desk) -> None:
    d = desk_env
    with d.store.read() as s:
        start = s.scalar(select(OutboxEntry.seq).order_by(OutboxEntry.seq.desc()).limit(1))
    bid = beneficiaries.register(d.store, d.reception, beneficiary_data())
    with d.store.read() as s:
        assert s.get(Beneficiary, bid).field_clocks == ""  # never edited: every field at the row's clock
    beneficiaries.update(d.store, d.reception, bid, {"city": "جدة"})
    with d.store.read() as s:
        entries = s.scalars(select(OutboxEntry).where(OutboxEntry.seq > start, OutboxEntry.row_id == bid)
                            .order_by(OutboxEntry.seq)).all()
        b = s.get(Beneficiary, bid)
        clocks = json.loads(b.field_clocks)
    assert entries[0].field is None  # the new row travels whole
    changed = {e.field for e in entries[1:]}
    assert changed == {"city", "updated_at", "updated_by"}
    city = next(e for e in entries if e.field == "city")
    assert city.base_hlc == entries[0].hlc and city.hlc > city.base_hlc
    assert clocks["city"] == city.hlc and clocks["first_name"] == entries[0].hlc
    assert b.hlc == city.hlc


def test_clock_never_goes_backwards_across_sessions(desk_env: Desk) -> None:
    d = desk_env
    bid = beneficiaries.register(d.store, d.reception, beneficiary_data())
    with d.store.read() as s:
        first = s.get(Beneficiary, bid).hlc
    beneficiaries.update(d.store, d.reception, bid, {"city": "جدة"})
    with d.store.read() as s:
        assert s.get(Beneficiary, bid).hlc > first


def test_append_only_rows_cannot_change(desk_env: Desk) -> None:
    d = desk_env
    with pytest.raises(ImmutableRecordError), d.store.write(d.admin.user_id) as s:
        event = s.scalars(select(AuditEvent)).first()
        event.action = "forged"
    with pytest.raises(ImmutableRecordError), d.store.write(d.admin.user_id) as s:
        s.delete(s.scalars(select(AuditEvent)).first())


def test_audit_chain_shows_tampering(desk_env: Desk) -> None:
    d = desk_env
    beneficiaries.register(d.store, d.reception, beneficiary_data())
    assert maintenance.check(d.store, d.supervisor).ok
    raw = raw_connection(d.store.db_path)
    raw.execute("UPDATE audit_events SET details = '{\"forged\": 1}' WHERE desk_seq = 2")
    raw.commit()
    raw.close()
    problems = maintenance.check(d.store, d.supervisor).audit_problems
    assert len(problems) == 1 and "#2" in problems[0] and "hash" in problems[0]
    raw = raw_connection(d.store.db_path)
    raw.execute("DELETE FROM audit_events WHERE desk_seq = 3")
    raw.commit()
    raw.close()
    with d.store.read() as s:
        kinds = {p.problem.split(":")[0] for p in audit.verify_chain(s)}
    assert "gap" in kinds


def test_check_finds_orphans_and_missing_history(desk_env: Desk) -> None:
    d = desk_env
    from saa_desk.services import requests

    bid = beneficiaries.register(d.store, d.reception, beneficiary_data())
    rid = requests.open_request(d.store, d.reception, bid, "transport", "phone")
    raw = raw_connection(d.store.db_path)
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute("DELETE FROM status_transitions WHERE request_id = ?", (rid,))
    raw.execute("UPDATE household_members SET beneficiary_id = 'nobody'")
    raw.execute("INSERT INTO interactions (id, created_at, origin_desk, hlc, beneficiary_id, channel, kind, summary,"
                " occurred_at) VALUES ('x', '2026-01-01', 'd', 'h', 'ghost', 'phone', 'inquiry', 's', '2026-01-01')")
    raw.commit()
    raw.close()
    report = maintenance.check(d.store, d.supervisor)
    assert not report.ok
    assert report.requests_without_history == 1
    assert report.orphans == {"interactions.beneficiary_id": 1}


def test_backup_and_restore(desk_env: Desk, tmp_path) -> None:
    d = desk_env
    bid = beneficiaries.register(d.store, d.reception, beneficiary_data(first_name="يوسف"))
    before = exporting.export_json(d.store)
    backup = maintenance.backup(d.store, d.supervisor, tmp_path / "backup.sqlite3")
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    beneficiaries.update(d.store, d.reception, bid, {"first_name": "يعقوب"})
    assert exporting.export_json(d.store) != before
    maintenance.restore(d.store, d.supervisor, backup)
    # the backup's data, and the restore on record at the end of the audit chain
    restored = json.loads(exporting.export_json(d.store))
    events = sorted(restored.pop("audit_events"), key=lambda e: e["desk_seq"])
    expected = json.loads(before)
    assert events[:-1] == sorted(expected.pop("audit_events"), key=lambda e: e["desk_seq"])
    assert restored == expected
    assert events[-1]["action"] == "desk.restore" and json.loads(events[-1]["details"])["backup"] == backup.path.name
    assert [h.id for h in search.search_beneficiaries(d.store, d.reception, "يوسف")] == [bid]
    assert maintenance.check(d.store, d.supervisor).ok


def test_check_compares_the_chain_head_with_the_stored_head(desk_env: Desk) -> None:
    d = desk_env
    beneficiaries.register(d.store, d.reception, beneficiary_data())
    assert maintenance.check(d.store, d.supervisor).ok
    raw = raw_connection(d.store.db_path)
    last = raw.execute("SELECT max(desk_seq) FROM audit_events").fetchone()[0]
    raw.execute("DELETE FROM audit_events WHERE desk_seq = ?", (last,))  # the chain left still verifies
    raw.commit()
    raw.close()
    with d.store.read() as s:
        assert audit.verify_chain(s) == []
    problems = maintenance.check(d.store, d.supervisor).audit_problems
    assert f"{d.store.desk_id}#{last}: the chain ends at event {last - 1} but the desk counted {last}" in problems
    assert f"{d.store.desk_id}#{last - 1}: the chain's last hash is not the stored head hash" in problems


def test_restore_refuses_a_non_backup(desk_env: Desk, tmp_path) -> None:
    from saa_desk.domain.errors import DeskError

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    before = exporting.export_json(desk_env.store)
    with pytest.raises(DeskError) as err:
        maintenance.restore(desk_env.store, desk_env.supervisor, junk)
    assert err.value.code == "file_unreadable"
    assert exporting.export_json(desk_env.store) == before


def test_status_transitions_are_append_only_events(desk_env: Desk) -> None:
    d = desk_env
    from saa_desk.services import requests

    bid = beneficiaries.register(d.store, d.reception, beneficiary_data())
    rid = requests.open_request(d.store, d.reception, bid, "transport", "phone")
    with d.store.read() as s:
        events = s.scalars(select(StatusTransition).where(StatusTransition.request_id == rid)).all()
    assert {e.created_by for e in events} == {d.reception.user_id}


@pytest.mark.parametrize("who", ["reception", "researcher", "committee"])
def test_check_backup_and_restore_need_their_permissions(desk_env: Desk, tmp_path, who: str) -> None:
    from saa_desk.domain.errors import PermissionDenied

    d = desk_env
    actor = getattr(d, who)
    backup = maintenance.backup(d.store, d.admin, tmp_path / "by-admin.sqlite3")
    with pytest.raises(PermissionDenied):
        maintenance.check(d.store, actor)
    with pytest.raises(PermissionDenied):
        maintenance.backup(d.store, actor, tmp_path / "b.sqlite3")
    assert not (tmp_path / "b.sqlite3").exists()
    before = exporting.export_json(d.store)
    with pytest.raises(PermissionDenied):
        maintenance.restore(d.store, actor, backup)
    assert exporting.export_json(d.store) == before
    assert maintenance.check(d.store, d.admin).ok


def test_the_restore_is_audited_as_its_actor(desk_env: Desk, tmp_path) -> None:
    d = desk_env
    backup = maintenance.backup(d.store, d.supervisor, tmp_path / "b.sqlite3")
    maintenance.restore(d.store, d.supervisor, backup)
    with d.store.read() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.desk_seq.desc()).limit(1)).one()
    assert (last.action, last.created_by) == ("desk.restore", d.supervisor.user_id)


def test_a_desk_from_a_newer_version_is_refused_untouched(tmp_path) -> None:
    from saa_desk.domain.errors import DeskError

    Store(tmp_path / "d").close()
    raw = raw_connection(tmp_path / "d" / "saa_desk.sqlite3")
    raw.execute("UPDATE alembic_version SET version_num = '0099'")
    raw.commit()
    raw.close()
    with pytest.raises(DeskError) as err:
        Store(tmp_path / "d")
    assert err.value.code == "desk_schema_new" and "0099" in err.value.message("en")
    raw = raw_connection(tmp_path / "d" / "saa_desk.sqlite3")
    assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("0099",)]
    raw.close()


def test_opening_an_up_to_date_desk_never_imports_alembic(tmp_path) -> None:
    """Importing Alembic costs about a second of every start; it is needed only to migrate."""
    import subprocess
    import sys

    code = ("import sys; from saa_desk.store.database import Store; s = Store(sys.argv[1]); "
            "print(s.schema_revision(), 'alembic' in sys.modules)")
    opened = [subprocess.run([sys.executable, "-c", code, str(tmp_path / "d")], capture_output=True, text=True,
                             check=True).stdout.split() for _ in range(2)]
    assert opened == [[SCHEMA_REVISION, "True"], [SCHEMA_REVISION, "False"]]  # the first open migrates
