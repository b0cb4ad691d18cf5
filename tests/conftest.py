"""Shared fixtures: a real desk store on disk with one user per role."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from saa_desk.services import desk, users
from saa_desk.services.context import Actor
from saa_desk.store.database import Store

PASSWORD = "correct-horse-1"


@dataclass
class Desk:
    store: Store
    admin: Actor
    reception: Actor
    supervisor: Actor
    researcher: Actor
    committee: Actor


def make_desk(data_dir: Path, branch: str = "RYD", desk_code: str = "D1", *, training: bool = False) -> Desk:
    """A desk with one user per role; a training desk (`training=True`) may hold demo data."""
    store = Store(data_dir)
    desk.initialise(store, branch, desk_code, "admin", PASSWORD, training=training)
    admin = users.authenticate(store, "admin", PASSWORD)
    actors = {}
    for name, role, full in (("reception", "reception", "سارة الموظفة"),
                             ("supervisor", "supervisor", "خالد المشرف"),
                             ("researcher", "researcher", "نورة الباحثة"),
                             ("committee", "committee", "عبدالرحمن عضو اللجنة")):
        users.create_user(store, admin, name, full, role, PASSWORD)
        actors[name] = users.authenticate(store, name, PASSWORD)
    return Desk(store, admin, **actors)


@pytest.fixture
def desk_env(tmp_path: Path) -> Desk:
    env = make_desk(tmp_path / "desk")
    yield env
    env.store.close()


@pytest.fixture
def training_desk(tmp_path: Path) -> Desk:
    """A training desk: the only kind that demo data may be made on."""
    env = make_desk(tmp_path / "training", training=True)
    yield env
    env.store.close()
