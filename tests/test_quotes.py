"""Each rule quotes the Dutch article it implements, word for word from the binding text."""

import pytest

from checker import rules
from checker.articles import ARTICLE_IDS
from conftest import CONTRACT_IDS, normalise


def test_article_ids_are_the_contracts():
    assert list(ARTICLE_IDS) == CONTRACT_IDS


@pytest.mark.parametrize("rule", rules.RULES, ids=[rule.article for rule in rules.RULES])
def test_rule_quotes_the_source(rule, source_text):
    assert rule.article in CONTRACT_IDS
    assert normalise(rule.quote) in normalise(source_text), f"{rule.article}: quote differs from protocol-nl.txt"


def test_scope_quotes_the_source(source_text):
    assert normalise(rules.D2) in normalise(source_text)


def test_every_rule_of_sections_a_b_c_is_implemented():
    implemented = {rule.article for rule in rules.RULES}
    assert {i for i in CONTRACT_IDS if i[0] in "ABC"} <= implemented
