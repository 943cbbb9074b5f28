"""README.md's "Command line" section and the parser agree (like sqlite-utils' tests/test_docs.py).

Every sub-command and every option of ``telusur`` is documented there, and
every ``telusur <sub-command>`` the README names exists.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from telusur.cli import build_parser

README = Path(__file__).resolve().parents[1] / "README.md"


def _section(text: str, title: str) -> str:
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    # argparse has no public way to list sub-parsers; the action holding them is the one.
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(actions[0].choices) if actions else {}


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {
        option
        for action in parser._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    }


PARSER = build_parser()
SUBCOMMANDS = _subcommands(PARSER)
COMMAND_LINE = _section(README.read_text(encoding="utf-8"), "Command line")
OPTIONS = sorted({("", o) for o in _options(PARSER)} | {(n, o) for n, p in SUBCOMMANDS.items() for o in _options(p)})


def test_the_parser_has_sub_commands() -> None:
    assert {"index", "search", "remove", "folders", "gui"} <= set(SUBCOMMANDS)


@pytest.mark.parametrize("name", sorted(SUBCOMMANDS))
def test_every_sub_command_is_documented(name: str) -> None:
    assert re.search(rf"\btelusur {name}\b", COMMAND_LINE), f"README's Command line lacks `telusur {name}`"


@pytest.mark.parametrize("command,option", OPTIONS)
def test_every_option_is_documented(command: str, option: str) -> None:
    where = f"telusur {command}".strip()
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", COMMAND_LINE), (
        f"README's Command line lacks {option} (of `{where}`)"
    )


def test_every_sub_command_in_the_readme_exists() -> None:
    named = set(re.findall(r"\btelusur +([a-z][a-z-]*)\b", README.read_text(encoding="utf-8")))
    assert named, "the README names no sub-command"
    assert named <= set(SUBCOMMANDS), f"README names sub-commands the parser lacks: {sorted(named - set(SUBCOMMANDS))}"
