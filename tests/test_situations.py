"""Counsel's 47 situations: the answer counsel would sign off (tests/situations.py) for each
scenario the reading page shows (checker/examples.py), in CPython. tests/test_pyodide.py holds
Pyodide to the same table."""

import pytest

from checker import evaluate
from checker.examples import EXAMPLES
from situations import SITUATIONS


def check(situation, result):
    """What differs between `result` and the answer the table gives for `situation` (empty: none)."""
    number, verdict, statuses, consequences, notes, _ = situation
    cited = {finding["article"]: finding["status"] for finding in result["findings"]}
    problems = []
    if result["verdict"] != verdict:
        problems.append(f"verdict {result['verdict']}, not {verdict}")
    problems += [f"{article} {cited.get(article)}, not {status}" for article, status in statuses.items()
                 if cited.get(article) != status]
    if result["consequences"] != consequences:
        problems.append(f"consequences {result['consequences']}, not {consequences}")
    missing = set(notes) - {note["id"] for note in result["notes"]}
    if missing:
        problems.append(f"notes lack {sorted(missing)}")
    return problems


@pytest.mark.parametrize("situation", SITUATIONS, ids=[f"{row[0]:02d}" for row in SITUATIONS])
def test_counsels_situation(situation):
    description, scenario = EXAMPLES[situation[0]]
    assert check(situation, evaluate(scenario, "nl")) == [], description


def test_the_table_has_every_situation_of_the_review():
    assert [row[0] for row in SITUATIONS] == list(range(1, 48)) == list(EXAMPLES)
