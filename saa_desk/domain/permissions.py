"""Who may do what. Services check these; the GUI only hides what a role cannot do."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from saa_desk.domain.enums import Role


class Permission(StrEnum):
    READ = "read"
    BENEFICIARY_WRITE = "beneficiary.write"
    REQUEST_WRITE = "request.write"
    DOCUMENTS_VERIFY = "documents.verify"
    DOCUMENTS_WAIVE = "documents.waive"
    DECLARATION_PRINT = "declaration.print"
    REQUEST_SUBMIT = "request.submit"
    REFERRAL_CREATE = "referral.create"
    REFERRAL_ANSWER = "referral.answer"
    COMMITTEE_MEETING = "committee.meeting"
    COMMITTEE_DECIDE = "committee.decide"
    REQUEST_FULFIL = "request.fulfil"
    INTERACTION_WRITE = "interaction.write"
    SURVEY_WRITE = "survey.write"
    USERS_MANAGE = "users.manage"
    SETTINGS_MANAGE = "settings.manage"
    AUDIT_READ = "audit.read"
    SYNC_RUN = "sync.run"
    CONFLICTS_REVIEW = "conflicts.review"
    DUPLICATES_MERGE = "duplicates.merge"
    BACKUP = "backup"
    REQUEST_WITHDRAW = "request.withdraw"
    LIBRARY_MANAGE = "library.manage"  # add and withdraw reference documents; reading is READ


_RECEPTION = {
    Permission.READ, Permission.BENEFICIARY_WRITE, Permission.REQUEST_WRITE,
    Permission.DOCUMENTS_VERIFY, Permission.DECLARATION_PRINT, Permission.REQUEST_SUBMIT,
    Permission.REFERRAL_CREATE, Permission.REQUEST_FULFIL, Permission.INTERACTION_WRITE,
    Permission.SURVEY_WRITE, Permission.SYNC_RUN, Permission.REQUEST_WITHDRAW,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTION: frozenset(_RECEPTION),
    Role.RESEARCHER: frozenset({
        Permission.READ, Permission.REFERRAL_ANSWER, Permission.INTERACTION_WRITE, Permission.SYNC_RUN,
    }),
    Role.COMMITTEE: frozenset({
        Permission.READ, Permission.COMMITTEE_MEETING, Permission.COMMITTEE_DECIDE, Permission.SYNC_RUN,
    }),
    Role.SUPERVISOR: frozenset(_RECEPTION | {
        Permission.DOCUMENTS_WAIVE, Permission.AUDIT_READ, Permission.CONFLICTS_REVIEW,
        Permission.DUPLICATES_MERGE, Permission.BACKUP, Permission.COMMITTEE_MEETING,
    }),
    # The administrator runs the system; deciding requests stays with the committee.
    Role.ADMIN: frozenset({
        Permission.READ, Permission.USERS_MANAGE, Permission.SETTINGS_MANAGE, Permission.AUDIT_READ,
        Permission.SYNC_RUN, Permission.CONFLICTS_REVIEW, Permission.DUPLICATES_MERGE, Permission.BACKUP,
        Permission.LIBRARY_MANAGE,
    }),
}


def permissions_of(roles: Iterable[Role | str]) -> frozenset[Permission]:
    result: set[Permission] = set()
    for role in roles:
        result |= ROLE_PERMISSIONS.get(Role(role), frozenset())
    return frozenset(result)
