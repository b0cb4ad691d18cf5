"""`saa-desk import FILE [--dry-run] [--map HEADER=field …] [--rejects FILE] [--update]` and
`saa-desk export --format csv|xlsx`: exit codes, what is written, files safe to open."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from tests.cli.test_cli import call, desk_dir  # noqa: F401  (the fixture)
from tests.factories import national_id
from tests.services.import_sheets import read_back, write_csv


def people(desk: Path) -> list[dict]:
    return json.loads(call(desk, "export", "--format", "json")[1])["beneficiaries"]


def test_import_options_and_exit_codes(desk_dir: Path, tmp_path: Path) -> None:  # noqa: F811
    ids = [national_id(), national_id()]
    rows = [["سجل المستفيدين"], ["هوية", "الاسم", "النوع", "المحمول"],
            [ids[0], "محمد عبدالله سالم القحطاني", "ذكر", "0501234567"],
            [ids[1], "سعد عبدالله سالم القحطاني", "ذكر", "12"]]
    source = write_csv(tmp_path / "in.csv", rows)
    code, out = call(desk_dir, "import", str(source), "--dry-run", "--map", "المحمول=mobile")
    assert code == 3 and "would import 1, rejected 1 row(s)" in out and people(desk_dir) == []
    assert "header: row 2" in out and "المحمول -> mobile" in out
    rejects = tmp_path / "rejects.xlsx"
    code, out = call(desk_dir, "import", str(source), "--map", "المحمول=mobile", "--rejects", str(rejects))
    assert code == 3 and "row 4: mobile (Mobile):" in out and "imported 1, rejected 1 row(s)" in out
    back = read_back(rejects)
    assert [r[0] for r in back[1:]] == [ids[1]] and back[0][-1] == "reason"
    back[1][3] = "0501234568"
    fixed = write_csv(tmp_path / "fixed.csv", back)
    code, out = call(desk_dir, "import", str(fixed), "--map", "المحمول=mobile")
    assert code == 0 and "imported 1, rejected 0 row(s)" in out
    assert sorted(p["id_number"] for p in people(desk_dir)) == sorted(ids)
    again = write_csv(tmp_path / "again.csv", [["رقم الهوية", "الجوال"], [ids[0], "0559990000"]])
    assert call(desk_dir, "import", str(again))[0] == 3
    code, out = call(desk_dir, "import", str(again), "--update")
    assert code == 0 and "updated 1" in out
    assert {p["id_number"]: p["mobile"] for p in people(desk_dir)}[ids[0]] == "+966559990000"
    code, out = call(desk_dir, "import", str(source), "--map", "المحمول=telephone")
    assert code == 2
    nothing = write_csv(tmp_path / "nothing.csv", [["a", "b"], ["1", "2"]])
    assert call(desk_dir, "import", str(nothing))[0] == 2


def test_exports_are_safe_to_open(desk_dir: Path, tmp_path: Path) -> None:  # noqa: F811
    number = national_id()
    rows = [["رقم الهوية", "الاسم", "الجنس", "العنوان", "ملاحظات"],
            [number, "محمد عبدالله سالم القحطاني", "ذكر", "=HYPERLINK(\"http://x\")", "@SUM(A1)"]]
    assert call(desk_dir, "import", str(write_csv(tmp_path / "in.csv", rows)))[0] == 0
    code, text = call(desk_dir, "export", "--format", "csv")
    assert code == 0 and text.startswith("\ufeffid_type,")
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text
    target = tmp_path / "out.xlsx"
    code, out = call(desk_dir, "export", "--format", "xlsx", "-o", str(target))
    assert code == 0 and "wrote 1 beneficiaries" in out and oct(target.stat().st_mode & 0o777) == "0o600"
    book = load_workbook(target)  # not read-only: the cell's type is checked
    sheet = book.active
    assert sheet is not None
    address = sheet.cell(2, 1 + [c.value for c in sheet[1]].index("address"))
    assert (address.value, address.data_type) == ('=HYPERLINK("http://x")', "s")
    assert call(desk_dir, "export", "--format", "xlsx")[0] == 1  # a workbook needs -o
