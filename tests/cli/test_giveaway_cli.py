"""`cocktail giveaway verify` from files: winners printed, exit code 4 for a seed that is not the committed one,
exit code 2 naming the file for an entries file without an account column or missing."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path


def _verify(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COCKTAIL_DATA_DIR": str(tmp_path), "COCKTAIL_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "cocktailparty", "giveaway", "verify", *args], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=120)


def test_verify_prints_the_winners_and_refuses_a_wrong_seed(tmp_path: Path) -> None:
    entries = tmp_path / "entries.csv"
    entries.write_text("name,Account\nBob,@bob\nسارة,sara_1\nBob again,BOB\nZaid,zaid\n", encoding="utf-8")
    seed = "published seed"
    commitment = hashlib.sha256(seed.encode()).hexdigest()
    base = ("--entries", str(entries), "--commitment", commitment, "--winners", "2")
    result = _verify(tmp_path, *base, "--seed", seed, "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["entries"] == 3 and len(found["winners"]) == 2 and found["commitment_ok"] is True
    assert set(found["winners"]) <= {"bob", "sara_1", "zaid"}
    assert _verify(tmp_path, *base, "--seed", seed, "--json").stdout == result.stdout  # the same every time
    text = _verify(tmp_path, *base, "--seed", seed)
    assert text.returncode == 0 and f"1. {found['winners'][0]}" in text.stdout
    wrong = _verify(tmp_path, *base, "--seed", "another")
    assert wrong.returncode == 4 and "does not match the commitment" in wrong.stderr


def test_bad_entries_files(tmp_path: Path) -> None:
    no_column = tmp_path / "no_column.csv"
    no_column.write_text("user,text\nbob,hi\n", encoding="utf-8")
    for path, words in [(no_column, "no account column"), (tmp_path / "missing.csv", "no such file")]:
        result = _verify(tmp_path, "--entries", str(path), "--seed", "s", "--commitment", "x", "--winners", "1")
        assert result.returncode == 2 and words in result.stderr and path.name in result.stderr
