"""Shared facts for the tests, written out independently of the code they test."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The binding Dutch text lives beside the checkout (shared/ is handed to every machine and CI).
SOURCE = ROOT.parent / "shared" / "protocol" / "protocol-nl.txt"
LANGUAGES = ("nl", "en", "tr", "ar", "pl", "uk")

# The checker contract's table of article ids.
CONTRACT_IDS = (
    [f"U{n}" for n in range(1, 6)] + ["D1", "D2"] + [f"A{n}" for n in range(1, 8)]
    + [f"B{n}" for n in range(1, 5)] + [f"C{n}" for n in range(1, 4)] + [f"S{n}" for n in range(1, 6)]
)
# The contract's sanctions by role ("the sanction articles that may follow, by role").
SANCTIONS_BY_ROLE = {"staff": ["S1", "S2"], "student": ["S3", "S4"], "parent": ["S3", "S4"], "other": []}


def normalise(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="session")
def source_text() -> str:
    assert SOURCE.exists(), f"the binding protocol text is missing: {SOURCE}"
    return SOURCE.read_text(encoding="utf-8")


def as_json(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)
