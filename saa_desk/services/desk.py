"""Setting up a desk: its branch and desk codes, its identity, the first administrator."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from saa_desk.domain.errors import DeskError, ValidationError
from saa_desk.services.users import new_user_row
from saa_desk.store import audit
from saa_desk.store.database import SETTING_BRANCH, SETTING_DESK, SETTING_DESK_ID, SETTING_TRAINING, Store
from saa_desk.store.models import Beneficiary, DeskSetting, OutboxEntry, SupportRequest, User

_CODE = re.compile(r"^[A-Z0-9]{1,12}$")


def validate_code(value: object, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError("required", field)
    code = value.strip().upper()
    if not _CODE.match(code):
        raise ValidationError("code_format", field)
    return code


def initialise(store: Store, branch: object, desk: object, admin_username: object,
               admin_password: object, admin_full_name: object = "مدير النظام", *, training: bool = False) -> str:
    """Give the desk its identity and first administrator; returns the admin's user id.

    A training desk (`training=True`, fixed for the desk's life) may hold invented people and
    syncs only with a training central; a production desk never holds demo data."""
    branch_code = validate_code(branch, "branch")
    desk_code = validate_code(desk, "desk")
    if store.initialised:
        raise DeskError("already_initialised")
    desk_id = uuid.uuid4().hex[:12]  # short: it is part of every clock stamp
    with store.write(None, desk_id=desk_id) as s:
        for key, value in ((SETTING_DESK_ID, desk_id), (SETTING_BRANCH, branch_code),
                           (SETTING_DESK, desk_code), (SETTING_TRAINING, "1" if training else "0")):
            s.add(DeskSetting(key=key, value=value))
        admin = new_user_row(s, admin_username, admin_full_name, ["admin"], admin_password, branch_code)
        audit.append(s, admin.id, "desk.init", "desk", desk_id,
                     {"branch": branch_code, "desk": desk_code, "training": training})
        admin_id = admin.id
    store.reset_identity()
    return admin_id


@dataclass(frozen=True)
class DeskStatus:
    initialised: bool
    data_dir: str
    database: str
    branch: str | None
    desk: str | None
    desk_id: str | None
    users: int
    beneficiaries: int
    requests: int
    pending_changes: int


def status(store: Store) -> DeskStatus:
    with store.read() as s:
        def count(model: type) -> int:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)

        return DeskStatus(
            initialised=store.initialised, data_dir=str(store.data_dir), database=str(store.db_path),
            branch=store.setting(SETTING_BRANCH), desk=store.setting(SETTING_DESK),
            desk_id=store.desk_id, users=count(User), beneficiaries=count(Beneficiary),
            requests=count(SupportRequest), pending_changes=count(OutboxEntry),
        )


def is_training(store: Store) -> bool:
    """Whether this desk was initialised as a training desk (`init --training`)."""
    return store.setting(SETTING_TRAINING) == "1"


def codes(store: Store) -> tuple[str, str]:
    if store.codes is None:
        raise DeskError("not_initialised")
    return store.codes
