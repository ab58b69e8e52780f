"""The school's choices: protocol/choices.yml, checked, and the options chosen handed to the checker.

    .venv/bin/python tools/choices.py              check the file, write checker/chosen.json (make site does)
    .venv/bin/python tools/choices.py --document   rewrite the file's descriptions from the checker

The file is the school's: per choice, in Dutch, the article and its words, the question, the
options and what the checker answers under each, the default and why, and `gekozen`, the option the
school chooses. Only `gekozen` is the school's to edit; the descriptions are the checker's own
(checker/choices.py, in the words of the Dutch catalogue), rewritten by --document, and
tests/test_choices.py fails when they differ. A value the checker does not know stops the build
with a message that names the choice and its options.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.choices import CHOICES, CHOSEN  # noqa: E402
from checker.i18n import translator  # noqa: E402

FILE = ROOT / "protocol" / "choices.yml"
HEADER = """\
# De keuzes van de school: punten die de woorden van het protocol aan de school laten.
#
# De checker beslist deze punten niet zelf: hij past de optie toe die hier bij `gekozen` staat.
# Alleen `gekozen` is aan de school om te wijzigen; kies een van de `opties`. De rest beschrijft
# wat de checker onder elke optie antwoordt (de `standaard` is de optie die het dichtst bij de
# woorden van het protocol blijft, en nooit strenger is). Na een wijziging: `make site`, en de
# pagina "Hoe de checker het protocol leest" toont de keuze; een andere keuze vraagt een nieuwe
# goedkeuring (protocol/approval.yml, CONTRIBUTING.md).
"""


class ChoiceError(SystemExit):
    pass


def read(path: Path = FILE) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as problem:
        raise ChoiceError(f"{path.relative_to(ROOT)}: not valid YAML: {problem}")
    if not isinstance(data, dict):
        raise ChoiceError(f"{path.relative_to(ROOT)}: expected one entry per choice ({', '.join(CHOICES)})")
    return data


def chosen(data: dict, where: str = "protocol/choices.yml") -> dict[str, str]:
    """The option chosen for each choice, checked against what the checker knows."""
    unknown = sorted(set(data) - set(CHOICES))
    if unknown:
        raise ChoiceError(f"{where}: unknown choice {', '.join(unknown)}; the choices are: {', '.join(CHOICES)}")
    selected = {}
    for choice_id, choice in CHOICES.items():
        entry = data.get(choice_id) or {}
        option = entry.get("gekozen", choice.default) if isinstance(entry, dict) else entry
        if option not in choice.options:
            raise ChoiceError(
                f"{where}: choice '{choice_id}' ({choice.article}) has gekozen: {option!r}; "
                f"its options are: {', '.join(choice.options)}"
            )
        selected[choice_id] = option
    return selected


def document(selected: dict[str, str]) -> str:
    """The file's text: each choice described in the Dutch catalogue's words, with `gekozen`."""
    nl = translator("nl")
    entries = {}
    for choice_id, choice in CHOICES.items():
        entries[choice_id] = {
            "artikel": choice.article,
            "woorden": choice.words,
            "vraag": nl(choice.question),
            "opties": {option: nl(effect) for option, effect in choice.options.items()},
            "standaard": choice.default,
            "waarom": nl(choice.why),
            "gekozen": selected[choice_id],
        }
    body = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=100)
    body = body.replace("\n  gekozen:", "\n  # De keuze van de school:\n  gekozen:")
    return HEADER + "\n" + re.sub(r"\n(?=[a-z0-9_]+:\n)", "\n\n", body)  # a blank line between choices


def main() -> None:
    selected = chosen(read())
    if "--document" in sys.argv:
        FILE.write_text(document(selected), encoding="utf-8")
    CHOSEN.write_text(json.dumps(selected, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    changed = {key: value for key, value in selected.items() if value != CHOICES[key].default}
    print(f"school's choices: {len(selected)}, {len(changed)} not the default" + (f" ({changed})" if changed else ""))


if __name__ == "__main__":
    main()
