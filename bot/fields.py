"""Field-by-field checks of YAML entries, collecting problems with file and line."""

from __future__ import annotations

import re
from pathlib import Path

from bot.yamlfile import Mapping, Problem, Sequence, YamlError, read_yaml

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_SPACES = re.compile(r"\s+")


def squash_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


class EntryChecker:
    """Reads entries and their fields, noting every problem instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def complain(self, path: Path, line: int, message: str) -> None:
        self.problems.append(Problem(path, line, message))

    def document(self, path: Path) -> object:
        """A whole YAML file, or None (with a problem noted) when it cannot be parsed."""
        try:
            return read_yaml(path)
        except YamlError as error:
            self.problems.append(error.problem)
            return None

    def entries(self, path: Path) -> list[Mapping]:
        """The mappings of a YAML file that should hold a list of them."""
        data = self.document(path)
        if data is None:
            return []
        if not isinstance(data, Sequence):
            self.complain(path, getattr(data, "line", 1), "expected a list of entries (each starting with '- ')")
            return []
        entries = []
        for item, line in zip(data, data.item_lines, strict=True):
            if isinstance(item, Mapping):
                entries.append(item)
            else:
                self.complain(path, line, "expected an entry with fields (key: value), got a plain value")
        return entries

    def fields_ok(self, path: Path, entry: Mapping, fields: dict[str, bool], what: str) -> bool:
        """No unknown fields and every required one present (fields: name -> required)."""
        ok = True
        for key in entry:
            if key not in fields:
                known = ", ".join(fields)
                self.complain(path, entry.line_of(key), f"{what}: unknown field {key!r} (known fields: {known})")
                ok = False
        for key, required in fields.items():
            if required and key not in entry:
                self.complain(path, entry.line, f"{what}: missing field {key!r}")
                ok = False
        return ok

    def text(self, path: Path, entry: Mapping, key: str, what: str) -> str | None:
        if key not in entry:
            return None  # reported as a missing field already
        value = entry[key]
        if not isinstance(value, str) or not value.strip():
            self.complain(path, entry.line_of(key), f"{what}: {key!r} must be non-empty text")
            return None
        return squash_spaces(value)

    def texts(self, path: Path, entry: Mapping, key: str, what: str) -> list[str]:
        value = entry.get(key, [])
        if not isinstance(value, list):
            self.complain(path, entry.line_of(key), f"{what}: {key!r} must be a list, like [a, b]")
            return []
        texts = []
        for item in value:
            if not isinstance(item, str | int | float) or not str(item).strip():
                self.complain(path, entry.line_of(key), f"{what}: {key!r} holds an empty or non-text item")
                continue
            texts.append(squash_spaces(str(item)))
        return texts

    def identifier(self, path: Path, entry: Mapping, what: str, seen: dict[str, tuple[Path, int]]) -> str | None:
        """The entry's id, if well formed and not used before (seen maps id -> first place)."""
        value = entry.get("id")
        line = entry.line_of("id")
        if not isinstance(value, str) or not _ID.match(value):
            self.complain(path, line, f"{what}: id {value!r} must be lowercase letters, digits and dashes")
            return None
        if value in seen:
            first_path, first_line = seen[value]
            self.complain(path, line, f"duplicate id {value!r} (first used at {first_path}:{first_line})")
            return None
        seen[value] = (path, line)
        return value
