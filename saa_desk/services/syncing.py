"""Who may sync: the one check before a sync is run or the desk's sync settings change.

The sync engine (saa_desk.sync) stays free of users: the desk's background scheduler syncs as
the desk itself. A person asking for a sync goes through `authorise` first."""

from __future__ import annotations

from saa_desk.domain.permissions import Permission
from saa_desk.services.context import Actor


def authorise(actor: Actor, *, changes_settings: bool = False) -> None:
    """PermissionDenied unless `actor` may run a sync (SYNC_RUN) and, when the request also
    registers a central, trusts a CA or changes the plaintext choice, manage settings."""
    actor.require(Permission.SYNC_RUN)
    if changes_settings:
        actor.require(Permission.SETTINGS_MANAGE)
