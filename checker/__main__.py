"""Command line (checker contract, "Command line").

    python -m checker [--lang LANG] [FILE | -]
    python -m checker --describe [--lang LANG]

Prints JSON on stdout and exits 0; on bad input prints one line on stderr, nothing on stdout,
and exits 2.
"""

from __future__ import annotations

import argparse
import json
import sys

from . import LANGUAGES, ScenarioError, describe, evaluate
from .i18n import DEFAULT_LANGUAGE, N_, translator


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block
        self.exit(2, f"{self.prog}: {message}\n")


def read_scenario(source: str, lang: str):
    _ = translator(lang)
    try:
        if source == "-":
            text = sys.stdin.read()
        else:
            with open(source, encoding="utf-8") as file:
                text = file.read()
    except (OSError, UnicodeDecodeError) as problem:
        raise ScenarioError(_(N_("Cannot read {file}: {problem}")).format(file=source, problem=problem)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as problem:
        raise ScenarioError(
            _(N_("The input is not valid JSON (line {line}, column {column}).")).format(
                line=problem.lineno, column=problem.colno
            )
        ) from None
    except RecursionError:
        raise ScenarioError(_(N_("The input is not valid JSON (line {line}, column {column}).")).format(line=1, column=1)) from None


def main(argv: list[str] | None = None) -> int:
    parser = Parser(prog="python -m checker", description="Check a scenario against the TVO social media protocol.")
    parser.add_argument("--lang", default=DEFAULT_LANGUAGE, choices=LANGUAGES, help="language of the texts (default: nl)")
    parser.add_argument("--describe", action="store_true", help="print the scenario description (JSON Schema)")
    parser.add_argument("file", nargs="?", default="-", help="a file holding one scenario as JSON, or - for stdin")
    args = parser.parse_args(argv)

    try:
        output = describe(args.lang) if args.describe else evaluate(read_scenario(args.file, args.lang), args.lang)
    except ScenarioError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    json.dump(output, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
