"""Invented people live only on training desks, which sync only with a training central: a
production central refuses them, and a production desk refuses a training central."""

from __future__ import annotations

from pathlib import Path

import pytest

from saa_desk.domain.errors import DeskError
from saa_desk.services import demo
from saa_desk.sync import SyncError, register_desk, sync_once
from saa_desk.sync.central import central_init
from tests.conftest import make_desk
from tests.sync.conftest import Centrals
from tests.sync.helpers import count


def test_demo_data_is_made_only_on_a_training_desk(tmp_path: Path) -> None:
    real = make_desk(tmp_path / "real")
    with pytest.raises(DeskError) as refused:
        demo.generate(real.store, real.supervisor, 5)
    assert refused.value.code == "not_training_desk"
    training = make_desk(tmp_path / "training", training=True)
    assert demo.generate(training.store, training.supervisor, 5) == 5


def test_a_training_desk_and_a_production_central_never_meet(centrals: Centrals, tmp_path: Path) -> None:
    production = centrals.new()
    training_central = centrals.new(schema=False)
    central_init(training_central, training=True)
    trainee = make_desk(tmp_path / "trainee", training=True)
    demo.generate(trainee.store, trainee.supervisor, 3)
    for attempt in (lambda: register_desk(trainee.store, production), lambda: sync_once(trainee.store, production)):
        with pytest.raises(SyncError) as refused:
            attempt()
        assert refused.value.reason == "training_mismatch"
    assert count(production, "beneficiaries") == 0
    sync_once(trainee.store, training_central)
    assert count(training_central, "beneficiaries") == 3

    real = make_desk(tmp_path / "real", "JED", "D2")
    with pytest.raises(SyncError) as refused:
        sync_once(real.store, training_central)
    assert refused.value.reason == "training_mismatch"
    sync_once(real.store, production)  # a production desk and a production central: as ever


def test_a_centrals_purpose_is_fixed_when_it_is_created(centrals: Centrals) -> None:
    production = centrals.new()
    with pytest.raises(SyncError) as refused:
        central_init(production, training=True)
    assert refused.value.reason == "central_purpose"
    assert central_init(production) >= 5  # the same purpose again: an ordinary re-run
    training = centrals.new(schema=False)
    central_init(training, training=True)
    with pytest.raises(SyncError):
        central_init(training)
