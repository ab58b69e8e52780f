"""A recorded approval (protocol/approval.yml, tools/approval.py): bound to the fingerprint of
everything that decides an answer, so that changing one Dutch message voids it visibly: the page
says "not yet approved" and lists the change, every answer carries a notice, and `make site` warns."""

import sys

from checker.reading import CHANGED_SINCE, NOT_APPROVED, weave
from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import approval  # noqa: E402
from hooks import dutch_articles  # noqa: E402

ARTICLES = dutch_articles((ROOT / "protocol" / "protocol-nl.txt").read_text(encoding="utf-8"))
MESSAGE = "You are personally responsible for the content you publish."  # A3, in Dutch in the catalogue


def page(state) -> str:
    return weave("nl", ARTICLES, link=lambda article: f"../protocol.md#{article.lower()}", approval=state)


def test_the_project_ships_not_yet_approved():
    state = approval.status()
    assert state["approved"] is False and state["last"] is None
    assert "nobody has approved it yet" in approval.warning(state)


def test_changing_one_dutch_message_voids_an_approval(tmp_path, monkeypatch):
    record = tmp_path / "approval.yml"
    record.write_text("# test\ngoedkeuringen: []\n", encoding="utf-8")
    approval.record("A. Directeur", "rector", "2027-01-15", "", path=record)
    approved = approval.status(path=record)
    assert approved["approved"] and approved["changed"] == []
    assert approval.warning(approved) == ""
    assert "A. Directeur (rector)" in page(approved)

    dutch = approval.dutch_texts()
    assert MESSAGE in dutch
    dutch[MESSAGE] = dutch[MESSAGE] + " (gewijzigd)"
    changed = approval.status(approval.parts(dutch), path=record)
    assert changed["approved"] is False
    assert changed["fingerprint"] != approved["fingerprint"]
    assert changed["changed"] == [f"nl: {MESSAGE}"]
    # the page says so, at the top and under "What is approved", and lists the change
    woven = page(changed)
    from checker.i18n import translator

    nl = translator("nl")
    assert woven.count(nl(NOT_APPROVED)) == 2
    assert nl(CHANGED_SINCE).format(name="A. Directeur", role="rector", date="2027-01-15") in woven.replace("\\", "")
    assert f"- `nl: {MESSAGE}`" in woven
    # and `make site` warns, naming how much changed
    assert "1 part changed since the last approval" in approval.warning(changed)
