"""Counsel's 47 situations (tests/situations.py): the answer counsel would sign off, in CPython.
tests/test_pyodide.py runs the same table through Pyodide."""

import pytest

from checker import evaluate
from situations import SITUATIONS


def check(situation, result):
    """Whether `result` is the answer the table gives for `situation`: a list of what differs."""
    number, _, _, verdict, statuses, consequences, notes, _ = situation
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
    assert check(situation, evaluate(situation[2], "nl")) == [], situation[1]


def test_the_table_has_every_situation_of_the_review():
    assert [row[0] for row in SITUATIONS] == list(range(1, 48))
