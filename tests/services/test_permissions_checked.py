"""SETTINGS_MANAGE, AUDIT_READ, SYNC_RUN and BACKUP are checked by the services that need them."""

from __future__ import annotations

import pytest

from saa_desk.domain.errors import PermissionDenied
from saa_desk.services import maintenance, syncing
from saa_desk.services.context import Actor
from tests.conftest import Desk

NOBODY = Actor("u0", "nobody", "بلا دور", frozenset())


def test_running_a_sync_needs_sync_run(desk_env: Desk) -> None:
    d = desk_env
    for actor in (d.reception, d.researcher, d.committee, d.supervisor, d.admin):
        syncing.authorise(actor)
    with pytest.raises(PermissionDenied) as err:
        syncing.authorise(NOBODY)
    assert err.value.params["action"] == "sync.run"


def test_changing_the_sync_settings_needs_settings_manage(desk_env: Desk) -> None:
    d = desk_env
    syncing.authorise(d.admin, changes_settings=True)
    for actor in (d.reception, d.supervisor):
        with pytest.raises(PermissionDenied) as err:
            syncing.authorise(actor, changes_settings=True)
        assert err.value.params["action"] == "settings.manage"


def test_the_integrity_check_reads_the_audit_trail_so_needs_audit_read(desk_env: Desk) -> None:
    d = desk_env
    assert maintenance.check(d.store, d.supervisor).ok
    with pytest.raises(PermissionDenied) as err:
        maintenance.check(d.store, d.reception)
    assert err.value.params["action"] == "audit.read"
