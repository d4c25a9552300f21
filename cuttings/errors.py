"""The one error type the build raises for problems in the user's input."""

from __future__ import annotations

from pathlib import Path


class CuttingsError(Exception):
    """A problem the user can fix, located in a file (and a line where one applies)."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        return f"{where}{self.message}"


class ContentError(CuttingsError):
    """An article that cannot be read or whose front matter is invalid."""


class ConfigError(CuttingsError):
    """A command-line option or configuration value that cannot be used."""
