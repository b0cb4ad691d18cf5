"""SIGKILL in the middle of a large import leaves a consistent database holding only whole rows."""

import csv
import os
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from saa_desk.cli import cli_actor
from saa_desk.domain.beneficiary import BENEFICIARY_FIELDS
from saa_desk.services import maintenance
from saa_desk.store.database import Store
from tests.factories import beneficiary_data, nth_national_id
from tests.rawdb import raw_connection

ROWS = 20000


@pytest.mark.slow
def test_sigkill_mid_import(tmp_path: Path) -> None:
    env = os.environ | {"SAA_DESK_DATA_DIR": str(tmp_path / "desk"), "SAA_ADMIN_PASSWORD": "admin-password-1"}
    launcher = [sys.executable, "-c", "from saa_desk.launcher import main; main()"]
    subprocess.run([*launcher, "init", "--branch", "RYD", "--desk", "D9", "--admin", "admin"], env=env, check=True)
    source = tmp_path / "big.csv"
    people = {}
    with source.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(BENEFICIARY_FIELDS)
        for i in range(ROWS):
            person = beneficiary_data(id_number=nth_national_id(i), address=f"شارع الحج، مبنى {i}")
            people[person["id_number"]] = person
            writer.writerow([person.get(f, "") for f in BENEFICIARY_FIELDS])

    proc = subprocess.Popen([*launcher, "import", str(source)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db = tmp_path / "desk" / "saa_desk.sqlite3"
    deadline = time.monotonic() + 240
    imported = 0
    while time.monotonic() < deadline and proc.poll() is None:
        with closing(raw_connection(db)) as probe:
            imported = probe.execute("SELECT count(*) FROM beneficiaries").fetchone()[0]
        if imported >= 1000:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the import finished before it could be killed; make the file larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    store = Store(tmp_path / "desk")
    report = maintenance.check(store, cli_actor())
    assert report.ok, report
    with closing(raw_connection(db)) as conn:
        rows = conn.execute("SELECT id_number, address, first_name, family_name, mobile FROM beneficiaries").fetchall()
        audit_rows = conn.execute(
            "SELECT count(*) FROM audit_events WHERE action = 'beneficiary.register'").fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM beneficiary_search").fetchone()[0]
        queued = conn.execute("SELECT count(*) FROM sync_outbox WHERE table_name = 'beneficiaries' AND field IS NULL"
                              ).fetchone()[0]
    assert 1000 <= len(rows) < ROWS
    # Whole rows only: each stored beneficiary is exactly its source row, audited, indexed and queued for sync.
    for id_number, address, first, family, mobile in rows:
        person = people[id_number]
        assert (address, first, family, mobile) == (person["address"], person["first_name"], person["family_name"],
                                                     "+966501234567")
    assert audit_rows == len(rows) and indexed == len(rows) and queued == len(rows)
    store.close()

    # Running the same import again finishes the job: the rest imported, the done rows refused as duplicates.
    done = subprocess.run([*launcher, "--lang", "en", "import", str(source)], env=env, capture_output=True, text=True)
    assert done.returncode == 3
    assert f"imported {ROWS - len(rows)}, rejected {len(rows)} row(s)" in done.stdout
