"""`saa-desk catalogue …` on a real desk: show, export, import (validated) and history."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from saa_desk.catalogues import Catalogue
from saa_desk.cli import run
from saa_desk.store.database import Store
from saa_desk.store.models import CatalogueVersion
from tests.cli.test_cli import saa
from tests.conftest import make_desk


@pytest.fixture
def desk_dir(tmp_path: Path) -> Path:
    path = tmp_path / "desk"
    make_desk(path).store.close()
    return path


def cli(path: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run(["--data-dir", str(path), "--lang", "en", *args], out)
    return code, out.getvalue()


def versions(path: Path) -> int:
    store = Store(path)
    try:
        with store.read() as s:
            return int(s.scalar(select(func.count()).select_from(CatalogueVersion)) or 0)
    finally:
        store.close()


def test_export_edit_import_then_show_and_history(desk_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "catalogue.json"
    assert cli(desk_dir, "catalogue", "export", "-o", str(target))[0] == 0
    raw = json.loads(target.read_text(encoding="utf-8"))
    assert Catalogue.from_dict(raw) == Catalogue.seed()
    raw["support_types"][3]["en"] = "Lodging"
    raw["rejection_reasons"][5]["active"] = False
    target.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    code, said = cli(desk_dir, "catalogue", "import", str(target), "--note", "lodging")
    assert code == 0 and said.startswith("saved catalogue version ")
    code, shown = cli(desk_dir, "catalogue", "show")
    assert code == 0 and "accommodation\tLodging\t" in shown and "budget_exhausted\t" in shown
    assert "[inactive]" in shown.split("rejection reasons:")[1].split("notification texts:")[0]
    code, as_json = cli(desk_dir, "catalogue", "show", "--format", "json")
    assert Catalogue.from_json(as_json).support_types["accommodation"].en == "Lodging"
    code, hist = cli(desk_dir, "catalogue", "history")
    assert code == 0 and hist.count("\n") == 2 and hist.startswith("* ") and "lodging" in hist
    assert "cli:" in hist or "?" in hist


def test_an_invalid_file_names_the_field_exits_2_and_saves_nothing(desk_dir: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    raw = Catalogue.seed().to_dict()
    raw["support_types"][3]["documents"].append({"code": "nope"})
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    assert cli(desk_dir, "catalogue", "import", str(bad), "--note", "x")[0] == 2
    err = capsys.readouterr().err
    assert "support_types[3].documents[1].code: unknown document type (nope)" in err and "nothing was saved" in err
    raw = Catalogue.seed().to_dict()
    del raw["rejection_reasons"][0]
    bad.write_text(json.dumps(raw), encoding="utf-8")
    assert cli(desk_dir, "catalogue", "import", str(bad), "--note", "x")[0] == 2
    assert "the code income_above_limit of the previous version is missing" in capsys.readouterr().err
    bad.write_text("{not json", encoding="utf-8")
    assert cli(desk_dir, "catalogue", "import", str(bad), "--note", "x")[0] == 2
    assert "is not valid JSON" in capsys.readouterr().err
    assert cli(desk_dir, "catalogue", "import", str(tmp_path / "missing.json"), "--note", "x")[0] == 2
    assert versions(desk_dir) == 0


def test_through_the_real_entry_point_in_arabic(desk_dir: Path, tmp_path: Path) -> None:
    raw = Catalogue.seed().to_dict()
    raw["document_types"][0]["ar"] = ""
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    done = saa("--lang", "ar", "catalogue", "import", str(bad), "--note", "x", data_dir=desk_dir)
    assert done.returncode == 2 and "document_types[0].ar: النص مطلوب" in done.stderr
    done = saa("catalogue", "history", data_dir=desk_dir)
    assert done.returncode == 0 and "the shipped seed is current" in done.stdout
    assert versions(desk_dir) == 0


def test_check_reports_a_forged_version_and_history_marks_it(desk_dir: Path) -> None:
    store = Store(desk_dir)
    try:
        forged = Catalogue.seed().canonical_json().replace("Hajj permit", "Forged")
        with store.write(None) as s:  # as a pull would apply a row another desk (or a forger) sent
            s.add(CatalogueVersion(content_json=forged, content_sha256=Catalogue.seed().sha256, note="forged"))
    finally:
        store.close()
    code, said = cli(desk_dir, "check")
    assert code == 1 and "invalid catalogue versions: 1" in said and "PROBLEMS FOUND" in said
    code, hist = cli(desk_dir, "catalogue", "history")
    assert code == 1 and "INVALID (skipped)" in hist and hist.startswith("! ")
    code, shown = cli(desk_dir, "catalogue", "show")
    assert "the shipped seed" in shown and "Forged" not in shown
