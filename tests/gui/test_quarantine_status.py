"""The status bar says when pulled rows are quarantined (issue 9, point 4), in Arabic by default."""

from __future__ import annotations

from saa_desk.services import beneficiaries
from saa_desk.sync import quarantine
from saa_desk.sync.schema import SPECS
from tests.conftest import Desk
from tests.factories import beneficiary_data
from tests.gui.conftest import sign_in


def quarantine_rows(desk: Desk, n: int) -> None:
    """n rows set aside as a pull sets them aside (a clock that is no clock)."""
    spec = SPECS["beneficiaries"]
    bid = beneficiaries.register(desk.store, desk.reception, beneficiary_data())
    with desk.store.read() as s:
        (row,) = s.connection().exec_driver_sql(
            f"SELECT {spec.column_list()} FROM beneficiaries WHERE id = ?", (bid,)).fetchall()
    problems = [quarantine.Problem("beneficiaries", (f"poison-{i}", *tuple(row)[1:]), quarantine.BAD_CLOCK,
                                   "hlc", "not a clock: 'x'") for i in range(n)]
    with desk.store.write(None, capture=False) as s:
        quarantine.record(s.connection(), problems, 7)


def test_the_status_bar_counts_quarantined_rows(qtbot, start_gui, desk_env) -> None:
    gui = start_gui()
    bar = sign_in(qtbot, gui).sync_bar
    assert bar.quarantine_label.isHidden()  # nothing quarantined: nothing said
    quarantine_rows(desk_env, 2)
    bar.refresh()
    assert not bar.quarantine_label.isHidden()
    assert bar.quarantine_label.text() == "سجلات معزولة: 2"
    assert "saa-desk sync quarantine list" in bar.quarantine_label.toolTip()
    assert bar.state is not None and bar.state.quarantined == 2


def test_the_status_bar_says_it_in_english_too(qtbot, start_gui, desk_env) -> None:
    quarantine_rows(desk_env, 1)
    gui = start_gui(lang="en")
    bar = sign_in(qtbot, gui).sync_bar
    assert bar.quarantine_label.text() == "Quarantined rows: 1"
    assert not bar.quarantine_label.isHidden()
