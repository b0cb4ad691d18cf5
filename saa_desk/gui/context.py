"""What every screen is handed: the store, who is acting, the runner, and where to go next.

Screens get this as a parameter (as Mu and Orange hand a view its manager), so a test can build
one screen on a real store without the rest of the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from saa_desk.domain.permissions import Permission
from saa_desk.gui import i18n
from saa_desk.gui.ops import OperationRunner
from saa_desk.services.context import Actor
from saa_desk.store.database import Store


class Navigator(Protocol):
    def open_search(self) -> None: ...

    def open_beneficiary(self, beneficiary_id: str, tab: str | None = None) -> None: ...

    def open_interview(self, beneficiary_id: str | None = None, draft_id: str | None = None,
                       with_request: bool = True) -> None: ...

    def open_checklist(self, request_id: str) -> None: ...

    def open_declaration(self, request_id: str) -> None: ...

    def open_followup(self, beneficiary_id: str, request_id: str | None = None) -> None: ...


@dataclass
class DeskContext:
    store: Store
    actor: Actor
    runner: OperationRunner
    nav: Navigator

    @property
    def lang(self) -> i18n.Lang:
        return i18n.current()

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)
