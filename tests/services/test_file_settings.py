"""The desk's file settings: a size limit in MB and when scans come down; bad input names the field
and writes nothing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saa_desk.domain.errors import PermissionDenied, ValidationError
from saa_desk.services import files
from saa_desk.store import blobs
from tests.conftest import Desk

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(st.one_of(st.text(max_size=8), st.integers(-10**6, 10**6), st.booleans(), st.floats(allow_nan=True)))
def test_any_size_limit_is_taken_or_refused_naming_the_field(desk_env: Desk, value: object) -> None:
    d = desk_env
    before = files.file_settings(d.store, d.admin)
    try:
        after = files.set_file_settings(d.store, d.admin, max_mb=value)
    except ValidationError as exc:
        assert exc.field == "max_mb"
        assert files.file_settings(d.store, d.admin) == before  # nothing written
        return
    assert not isinstance(value, bool)
    assert 1 <= int(str(value).strip()) <= files.MAX_MB_LIMIT
    assert after.max_bytes == int(str(value).strip()) * 1024 * 1024


def test_a_file_over_the_desks_limit_is_refused_by_its_size(desk_env: Desk) -> None:
    d = desk_env
    files.set_file_settings(d.store, d.admin, max_mb=1, fetch_scans="eager")
    assert files.file_settings(d.store, d.admin) == files.FileSettings(1024 * 1024, "eager")
    with pytest.raises(ValidationError) as refused:
        blobs.put(d.store.data_dir, b"%PDF-1.4\n" + b"0" * (1024 * 1024), accepted=blobs.SCAN_TYPES,
                  max_bytes=files.max_bytes(d.store))
    assert refused.value.code == "file_too_large"
    assert "1.0 MB" in refused.value.message("en")
    with pytest.raises(ValidationError) as unknown:
        files.set_file_settings(d.store, d.admin, fetch_scans="sometimes")
    assert unknown.value.field == "fetch_scans"


def test_only_an_admin_changes_them(desk_env: Desk) -> None:
    d = desk_env
    with pytest.raises(PermissionDenied):
        files.set_file_settings(d.store, d.reception, max_mb=5)
    assert files.file_settings(d.store, d.reception).max_bytes == blobs.DEFAULT_MAX_BYTES
