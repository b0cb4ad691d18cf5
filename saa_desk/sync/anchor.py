"""The audit chain anchored at the central: what `check` compares a desk's chain with.

The central holds every audit event a desk pushed. A desk whose own chain is shorter than that
(events cut off its end) or different from it (an event changed and the chain re-hashed after it)
no longer agrees with the central at some position; the first such position is what `check` names.
The usual answer (the central's last event is the desk's too) takes one query; otherwise hashes
chain, so a binary search over the positions the central holds finds it in a few more.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from saa_desk.store import audit
from saa_desk.store.database import Store
from saa_desk.sync import local, rejoin
from saa_desk.sync.central_ops import Central
from saa_desk.sync.connection import mapped_errors
from saa_desk.sync.errors import SyncError

State = Literal["ok", "rejoin_pending", "missing", "changed", "not_configured", "unreachable"]


@dataclass(frozen=True)
class Anchor:
    state: State
    central_seq: int = 0  # this desk's last event the central holds
    desk_seq: int = 0  # this desk's last event here
    first_difference: int | None = None  # the first seq where desk and central differ
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.state not in ("missing", "changed")

    def line(self) -> str:
        """One line for `check`."""
        if self.state == "ok":
            return f"ok (the central holds events 1..{self.central_seq} of this desk)"
        if self.state == "rejoin_pending":
            return (f"ok up to event {self.central_seq}; restored from a backup, the next sync re-joins "
                    "the rest")
        if self.state == "missing":
            return (f"event {self.first_difference} is missing here: this desk's chain ends at "
                    f"{self.desk_seq}, the central holds events up to {self.central_seq}")
        if self.state == "changed":
            return f"event {self.first_difference} differs from the central's copy"
        if self.state == "not_configured":
            return "not compared: no central database is configured"
        return f"could not compare with the central: {self.detail}"


def compare(store: Store) -> Anchor:
    """This desk's audit chain against what the central holds of it."""
    desk = store.desk_id
    url = store.setting(local.CENTRAL_URL)
    if desk is None or not url:
        return Anchor("not_configured")
    state: dict[str, bool] = {}
    try:
        with mapped_errors(url, state):
            central = Central(url, desk)
            central.handshake()
            state["connected"] = True
            return _compare(store, central, desk)
    except SyncError as exc:
        return Anchor("unreachable", detail=exc.detail or exc.reason)


def _compare(store: Store, central: Central, desk: str) -> Anchor:
    head = central.audit_head()
    with store.read() as s:
        desk_seq, _hash = audit.chain_head(s, desk)
        if head is None:
            return Anchor("ok", 0, desk_seq)
        central_seq, central_hash = head
        restored = rejoin.pending(store) is not None
        if not restored and desk_seq >= central_seq and \
                audit.hashes(s, desk, [central_seq]).get(central_seq) == central_hash:
            return Anchor("ok", central_seq, desk_seq)  # the usual answer, in one query
        # After a restore the desk's tail and the central's differ until the re-join: only what the
        # backup held is compared meanwhile.
        upto = min(desk_seq, int(local.get(s, rejoin.REJOIN_SEQ) or 0)) if restored else desk_seq
        held = central.audit_seqs()
        window = [p for p in held if p <= upto]

        def same(position: int) -> bool:
            mine = audit.hashes(s, desk, [position]).get(position)
            return mine is not None and mine == central.audit_hashes([position]).get(position)

        agreed = audit.common_prefix(window, same)
        if not window or agreed == window[-1]:
            if restored:
                return Anchor("rejoin_pending", agreed, desk_seq)
            # everything the desk holds agrees: the central holds more, cut off the desk's end
            return Anchor("missing", central_seq, desk_seq, desk_seq + 1)
        first = window[window.index(agreed) + 1] if agreed else window[0]
        missing = first not in audit.hashes(s, desk, [first])
    return Anchor("missing" if missing else "changed", central_seq, desk_seq, first)
