"""Typed errors that carry their meaning; the CLI and the web layer render them in one place."""

from __future__ import annotations


class CocktailError(Exception):
    """Base of every error the product raises on purpose. `exit_code` is what the CLI exits with,
    `status_code` what the web app answers with."""

    exit_code = 1
    status_code = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(CocktailError):
    """The user gave us something we cannot use (a bad file, a bad option)."""

    exit_code = 2
    status_code = 422


class NotFound(CocktailError):
    """What was asked for does not exist, or belongs to another workspace (the same answer for both)."""

    exit_code = 2
    status_code = 404


class ArchiveError(InputError):
    """An archive or data file is unreadable, hostile or of an unknown format.

    The message always names the file (and the entry, line or field when known) and the problem.
    """

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
