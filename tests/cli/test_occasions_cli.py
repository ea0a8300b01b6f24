"""`cocktail occasions`, run as a user runs it: JSON objects with date, hijri, name and kind; Arabic names with
--lang ar; one line and exit code 2 for a bad country or date."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COCKTAIL_DATA_DIR": str(tmp_path), "COCKTAIL_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "cocktailparty", "occasions", *args], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=120)


def test_json_objects_with_date_hijri_name_kind(tmp_path: Path) -> None:
    result = _run(tmp_path, "--country", "SA", "--from", "2027-03-01", "--to", "2027-06-30", "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert {"date": "2027-03-09", "hijri": "1448-10-01", "name": "Eid al-Fitr", "kind": "religious",
            "key": "eid_al_fitr"} in found
    assert [o["date"] for o in found] == sorted(o["date"] for o in found)
    assert {o["kind"] for o in found} <= {"religious", "national", "public", "international"}


def test_arabic_names_and_a_table(tmp_path: Path) -> None:
    result = _run(tmp_path, "--country", "AE", "--from", "2027-12-01", "--to", "2027-12-31", "--lang", "ar", "--json")
    assert result.returncode == 0, result.stderr
    assert {"date": "2027-12-02", "hijri": "1449-07-04", "name": "اليوم الوطني", "kind": "national",
            "key": "holiday:national-day"} in json.loads(result.stdout)
    table = _run(tmp_path, "--country", "SA", "--from", "2027-03-09", "--to", "2027-03-09")
    assert table.returncode == 0 and "Eid al-Fitr" in table.stdout and "1448-10-01" in table.stdout


def test_bad_input_is_one_line_and_exit_code_2(tmp_path: Path) -> None:
    for args, words in [
        (("--country", "XX", "--from", "2027-01-01", "--to", "2027-02-01"), "country XX"),
        (("--country", "SA", "--from", "2027-13-01", "--to", "2027-02-01"), "--from '2027-13-01' is not a date"),
        (("--country", "SA", "--from", "2027-01-01", "--to", "2027-02-01", "--lang", "fr"), "--lang must be"),
    ]:
        result = _run(tmp_path, *args)
        assert result.returncode == 2, result.stderr
        assert words in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
