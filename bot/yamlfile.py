"""YAML reading that remembers line numbers, so every complaint can point at a line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a knowledge file, at a line an editor can jump to."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class YamlError(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class Mapping(dict):
    """A YAML mapping that knows the line of itself and of each of its keys."""

    line: int
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class Sequence(list):
    """A YAML list that knows the line of each item."""

    line: int
    item_lines: list[int]


# libyaml's parser when PyYAML was built with it (it is in the wheels): the fact base loads several times faster.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_data(path: Path) -> Any:
    """One of the bot's own data files (cue words, the fitted decision): trusted, no line numbers."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader)


def read_words(path: Path) -> Any:
    """One of the bot's word lists: every word must be text, and one YAML reads as something
    else (`no` as false, `1` as a number) is refused loudly, naming the file."""
    data = read_data(path)
    odd = [repr(word) for word in _leaves(data) if not isinstance(word, str)]
    if odd:
        raise ValueError(f"{path}: quote these words, YAML reads them as other than text: {', '.join(odd)}")
    return data


def _leaves(data: Any) -> list[Any]:
    if isinstance(data, dict):
        return [leaf for value in data.values() for leaf in _leaves(value)]
    if isinstance(data, list):
        return [leaf for value in data for leaf in _leaves(value)]
    return [data]


class _LineLoader(_SafeLoader):
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Mapping:  # noqa: ARG002 - always deep
        mapping = Mapping()
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if key in mapping:
                raise yaml.MarkedYAMLError(problem=f"duplicate key {key!r}", problem_mark=key_node.start_mark)
            mapping[key] = self.construct_object(value_node, deep=True)
            mapping.key_lines[str(key)] = line
        return mapping

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> Sequence:  # noqa: ARG002
        sequence = Sequence(self.construct_object(child, deep=True) for child in node.value)
        sequence.line = node.start_mark.line + 1
        sequence.item_lines = [child.start_mark.line + 1 for child in node.value]
        return sequence


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _LineLoader.construct_sequence)


def read_yaml(path: Path) -> Any:
    """Parse one YAML file; a syntax error becomes a YamlError naming file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise YamlError(Problem(path, 1, f"cannot read file: {error}")) from error
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        reason = error.problem or "invalid YAML"
        raise YamlError(Problem(path, line, f"invalid YAML: {reason}")) from error
    except yaml.YAMLError as error:
        raise YamlError(Problem(path, 1, f"invalid YAML: {error}")) from error
