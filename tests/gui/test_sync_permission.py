"""'Sync now' in the window asks the same question as `saa-desk sync`: may this person run a sync."""

from __future__ import annotations

import pytest

from saa_desk.domain.errors import PermissionDenied
from saa_desk.gui.syncstatus import SyncSource
from saa_desk.services.context import Actor
from saa_desk.sync.scheduler import SyncScheduler


def test_sync_now_needs_sync_run(desk_env) -> None:
    scheduler = SyncScheduler(desk_env.store, lambda: None, interval=3600, min_backoff=3600)
    nobody = Actor(user_id="u-none", username="none", full_name="بلا دور", roles=frozenset())
    refused = SyncSource(desk_env.store, scheduler, nobody)
    assert not refused.can_sync  # the button is disabled
    with pytest.raises(PermissionDenied):
        refused.sync_now()
    allowed = SyncSource(desk_env.store, scheduler, desk_env.reception)
    assert allowed.can_sync
