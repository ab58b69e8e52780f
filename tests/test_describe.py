"""describe(): a valid JSON Schema of the scenario, with questions and labels in every language."""

import jsonschema
import pytest
from hypothesis import given, settings

from checker import ScenarioError, describe, evaluate
from conftest import CONTRACT_IDS, LANGUAGES
from strategies import scenarios
from test_input import BAD

CONTRACT_KEYS = [
    "role", "asker", "setting", "action", "school_related", "overlap", "permission", "confidential", "personal_information",
    "harms_others", "harms_school", "consent", "contact_role", "offensive", "possibly_criminal",
    "identifies_as_staff", "disclaimer", "escalating", "in_doubt",
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_describe_in_every_language(lang):
    description = describe(lang)
    jsonschema.Draft202012Validator.check_schema(description)
    assert description["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert list(description["properties"]) == CONTRACT_KEYS
    assert description["required"] == ["role", "action"]
    assert description["lang"] == lang
    assert set(description["questions"]) == set(CONTRACT_KEYS)
    for key, prop in description["properties"].items():
        assert prop["title"] == description["questions"][key]
        if "enum" in prop:
            assert set(description["labels"][key]) == set(prop["enum"])
    assert list(description["articles"]) == CONTRACT_IDS
    assert set(description["verdicts"]) == {"not_allowed", "conditional", "allowed", "out_of_scope"}
    assert set(description["answers"]) == {"true", "false", "unknown"}
    # A question worded for an action is a variant of a contract key, for an action the contract has.
    for key, by_action in description["variants"].items():
        assert key in CONTRACT_KEYS and set(by_action) <= set(description["properties"]["action"]["enum"])
        assert all(text and text != description["questions"][key] for text in by_action.values())
    assert set(description["texts"]) == {"readings", "why", "notes", "not_approved", "next_step"}
    # The form's first question, who acts: "me" and the others the asker question is asked for.
    assert set(description["who"]["labels"]) == {"me", "my_child", "staff", "student", "parent", "other", "no_tie"}
    assert description["who"]["question"] and description["who"]["hint"]


def test_a_recording_and_an_act_are_not_asked_about_a_statement():
    """A photo is asked what else it shows than its people (A2 next to A5); looking around or
    connecting is asked what you do, not what you write (counsel, L-2, L-13, L-24)."""
    variants = describe("en")["variants"]
    assert "Apart from the people" in variants["personal_information"]["post_media"]
    for action in ("browse", "connect"):
        assert "what you do" in variants["possibly_criminal"][action]
        assert "write" not in variants["possibly_criminal"][action]


def test_texts_differ_between_languages():
    questions = {lang: describe(lang)["questions"]["consent"] for lang in LANGUAGES}
    assert len(set(questions.values())) == len(LANGUAGES)


def test_relevance_follows_the_protocol():
    relevance = describe()["relevance"]
    # Someone with no tie to TVO is asked nothing more: the protocol does not bind them (D1).
    assert not any("no_tie" in when["role"] for whens in relevance.values() for when in whens)
    assert relevance["consent"] == [{"role": ["staff", "student", "parent", "other"],
                                     "setting": ["lesson", "school", "private", None], "action": ["post_media"]}]
    assert {role for when in relevance["disclaimer"] for role in when["role"]} == {"staff"}
    assert {role for when in relevance["permission"] for role in when["role"]} == {"staff", "student"}
    assert {action for when in relevance["contact_role"] for action in when["action"]} == {"connect"}
    assert set(relevance) == set(CONTRACT_KEYS) - {"role", "asker", "setting", "action"}  # asker: asked by the first question


@settings(max_examples=1_000, deadline=None)
@given(scenario=scenarios)
def test_the_schema_accepts_every_valid_scenario(scenario):
    jsonschema.validate(scenario, describe())


@pytest.mark.parametrize("scenario", [case[1] for case in BAD if len(str(case[1])) < 1000], ids=str)
def test_the_schema_rejects_what_evaluate_rejects(scenario):
    with pytest.raises(ScenarioError):
        evaluate(scenario)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(scenario, describe())
