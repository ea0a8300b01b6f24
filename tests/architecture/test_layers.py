"""The architecture, checked by a machine (ARCHITECTURE.md): layers by import-linter, queries only in
repositories, so workspace scoping lives where it can be reviewed in one place."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2] / "src" / "cocktailparty"

# Modules allowed to build SQL outside a repository, each with its reason.
QUERIES_ALLOWED = {
    "worker/dispatcher.py": "the publishing queue: claims due posts across every workspace by design",
    "posts/compose.py": "cancel's conditional UPDATE, moving to posts/repository with the rest of the post's life",
}
SQL_BUILDERS = {"select", "update", "delete", "insert"}


def _sql_built_in(path: Path) -> list[int]:
    """Lines of `path` that build a statement (select(...), update(...)) or use the legacy session.query."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        if (isinstance(function, ast.Name) and function.id in SQL_BUILDERS) or (
            isinstance(function, ast.Attribute) and function.attr == "query"
        ):
            lines.append(node.lineno)
    return lines


def test_queries_live_in_repositories() -> None:
    escaped = []
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE).as_posix()
        if path.name == "repository.py" or "migrations/" in relative or relative in QUERIES_ALLOWED:
            continue
        escaped += [f"{relative}:{line}" for line in _sql_built_in(path)]
    assert not escaped, "queries outside a repository (move them to the domain's repository.py): " + ", ".join(escaped)


def test_the_check_sees_a_query(tmp_path: Path) -> None:
    sample = tmp_path / "service.py"
    sample.write_text("def f(session):\n    return session.scalar(select(Post))\n\ndef g(s):\n    return s.query(X)\n")
    assert sorted(_sql_built_in(sample)) == [2, 5]


def test_layers_hold() -> None:
    """import-linter's contracts in pyproject.toml: lower layers never import higher ones; the pure core knows
    no database, web or network."""
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is a dev dependency: make install"
    result = subprocess.run([lint_imports, "--no-cache"], capture_output=True, text=True, cwd=SOURCE.parents[1])
    assert result.returncode == 0, result.stdout[-3000:]
