"""Properties that hold for every valid scenario (Hypothesis, 10 000 generated scenarios)."""

import copy
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from checker import describe, evaluate
from conftest import CONTRACT_IDS, LANGUAGES, SANCTIONS_BY_ROLE, as_json
from strategies import scenarios

VERDICTS = {"not_allowed", "conditional", "allowed", "out_of_scope"}
STATUSES = {"violated", "condition", "satisfied", "reminder"}


@settings(max_examples=10_000, deadline=None)
@given(scenario=scenarios, lang=st.sampled_from(LANGUAGES))
def test_every_valid_scenario(scenario, lang):
    before = copy.deepcopy(scenario)
    result = evaluate(scenario, lang)

    assert scenario == before, "evaluate mutated its argument"
    assert set(result) == {"verdict", "next_step", "findings", "consequences", "readings", "notes", "lang"}
    assert result["lang"] == lang
    assert result["verdict"] in VERDICTS
    statuses = [finding["status"] for finding in result["findings"]]
    assert set(statuses) <= STATUSES
    assert (result["verdict"] == "not_allowed") == ("violated" in statuses)
    if result["verdict"] == "conditional":
        # Contract 1.2: a conditional answer names a condition under which it would not be allowed,
        # not only that it is open whether the protocol applies.
        assert any(f["status"] == "condition" and f["article"] != "D2" for f in result["findings"])
    if result["verdict"] == "allowed":
        assert not {"violated", "condition"} & set(statuses)
    if result["verdict"] == "out_of_scope":
        assert [finding["article"] for finding in result["findings"]] in (["D2"], ["D1"])
    assert (scenario["role"] == "no_tie") <= (result["verdict"] == "out_of_scope")

    cited = [finding["article"] for finding in result["findings"]]
    assert set(cited) <= set(CONTRACT_IDS)
    assert cited == sorted(cited, key=CONTRACT_IDS.index), "findings out of protocol order"
    assert len(cited) == len(set(cited)), "an article cited twice"
    assert all(finding["text"].strip() for finding in result["findings"])

    expected = SANCTIONS_BY_ROLE[scenario["role"]] if result["verdict"] == "not_allowed" else []
    # Contract 1.2: S5 only for statements of staff, students and parents, and not when the
    # protocol does not apply.
    if (scenario.get("possibly_criminal") is True and scenario["role"] in ("staff", "student", "parent")
            and scenario["action"] in ("post", "post_media", "join_discussion") and result["verdict"] != "out_of_scope"):
        expected = expected + ["S5"]
    assert result["consequences"] == expected
    # Contract 1.1: with the setting unknown, B2 or C2 is one finding, never two.
    assert not {"B2", "C2"} <= set(cited)

    # Each reading a finding rests on is said once, under the answer; every answer says what it is
    # not, and that other rules still apply.
    said = [reading["id"] for reading in result["readings"]]
    assert len(said) == len(set(said))
    assert set(said) == {reading for finding in result["findings"] for reading in finding["readings"]}
    notes = [note["id"] for note in result["notes"]]
    assert "guidance" in notes and ("other_rules" in notes or "other_rules_staff" in notes)
    assert all(note["text"].strip() for note in result["notes"])

    assert json.loads(json.dumps(result)) == result
    assert as_json(evaluate(scenario, lang)) == as_json(result), "not deterministic"


@settings(max_examples=2_000, deadline=None)
@given(scenario=scenarios)
def test_the_answer_is_the_same_in_every_language(scenario):
    def shape(result):
        return result["verdict"], [(f["article"], f["status"]) for f in result["findings"]], result["consequences"]

    english = shape(evaluate(scenario, "en"))
    for lang in LANGUAGES:
        assert shape(evaluate(scenario, lang)) == english


def matters(relevance, key, scenario):
    return any(
        scenario["role"] in when["role"] and scenario.get("setting") in when["setting"] and scenario["action"] in when["action"]
        for when in relevance.get(key, [])
    )


@settings(max_examples=3_000, deadline=None)
@given(scenario=scenarios)
def test_a_question_describe_leaves_out_never_changes_the_answer(scenario):
    """The form asks only what describe() says matters; what it does not ask must not matter."""
    relevance = describe("en")["relevance"]
    asked = {key: value for key, value in scenario.items()
             if key in ("role", "asker", "setting", "action") or matters(relevance, key, scenario)}
    assert evaluate(asked, "en") == evaluate(scenario, "en")


@settings(max_examples=3_000, deadline=None)
@given(scenario=scenarios)
def test_every_reading_an_answer_rests_on_is_declared(scenario):
    """A finding's readings are readings its rule declares (so the reading page lists them)."""
    from checker import rules
    from checker.evaluate import findings_for

    declared = {rule.article: set(rule.readings) for rule in [*rules.RULES, rules.SCOPE]}
    declared["D1"] = {rules.OTHERS_READING, rules.NO_TIE_READING}
    for finding in findings_for(scenario)[1]:
        for reading in finding.readings:
            assert reading in declared[finding.article], (finding, scenario)


# --- robustness: anything at all goes in, only an answer or a ScenarioError comes out ---------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=10,
)
contract_keys = st.sampled_from(["role", "setting", "action", "consent", "contact_role", "school_related", "offensive"])
values = st.sampled_from(["staff", "student", "parent", "lesson", "post", "connect", "", "STAFF", "true"]) | json_values
malformed = (
    json_values
    | st.dictionaries(contract_keys | st.text(max_size=20), values, max_size=8)
    | scenarios.flatmap(lambda valid: st.dictionaries(contract_keys, values, max_size=3).map(lambda extra: {**valid, **extra}))
)


@settings(max_examples=10_000, deadline=None)
@given(scenario=malformed, lang=st.sampled_from(LANGUAGES))
def test_fuzz_only_answers_or_scenario_errors(scenario, lang):
    from checker import ScenarioError
    from checker.web import answer

    try:
        result = evaluate(scenario, lang)
    except ScenarioError as problem:
        assert str(problem) and "\n" not in str(problem)
    else:
        assert result["verdict"] in VERDICTS
    assert set(json.loads(answer(json.dumps(scenario), lang))) in ({"result"}, {"error", "field"})
