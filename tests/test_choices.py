"""The school's choices (checker/choices.py, protocol/choices.yml): each option changes the answers
it says it changes, and nothing else; the page and the fingerprint follow; a bad value in the file
stops the build with a message naming the choice and its options."""

import sys

import pytest

from checker import ARTICLE_IDS, choices, evaluate, reading
from checker.examples import EXAMPLES
from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import approval  # noqa: E402
import choices as choices_file  # noqa: E402

# What each option that is not the default changes among counsel's situations (number -> verdict).
CHANGES = {
    ("staff", "employees"): {},
    ("a5_under_16", "everyone"): {},  # the same answers, asked and worded differently (below)
    ("a6_family", "not_covered"): {15: "allowed"},
    ("a6_family", "covered"): {15: "not_allowed"},
    ("c1_at_work", "reminder"): {21: "allowed"},
    ("a7_possibly_criminal", "breach"): {30: "not_allowed"},
    ("s5_acts", "s5"): {},
    ("pointers", "off"): {},
}
DUTCH = {article: "…" for article in ARTICLE_IDS}  # the page's layout is what is compared, not the text
OPTIONS = [(choice_id, option) for choice_id, choice in choices.CHOICES.items()
           for option in choice.options if option != choice.default]


def verdicts() -> dict[int, str]:
    return {number: evaluate(scenario, "nl")["verdict"] for number, (_, scenario) in EXAMPLES.items()}


def test_every_option_is_listed_here():
    assert set(CHANGES) == set(OPTIONS)


@pytest.mark.parametrize("choice_id, option", OPTIONS, ids=[f"{c}={o}" for c, o in OPTIONS])
def test_an_option_changes_what_it_says_and_nothing_else(monkeypatch, choice_id, option):
    default = verdicts()
    before = reading.weave("nl", DUTCH, link=str)
    fingerprint = approval.fingerprint(approval.parts({}))
    monkeypatch.setitem(choices.SELECTED, choice_id, option)
    changed = {number: verdict for number, verdict in verdicts().items() if verdict != default[number]}
    assert changed == CHANGES[choice_id, option]
    # The page marks the option in force, and the fingerprint of what the school approves changes.
    after = reading.weave("nl", DUTCH, link=str)
    assert after != before and f"`{option}` **(" in after
    assert approval.fingerprint(approval.parts({})) != fingerprint


def test_the_options_change_the_answer_for_the_situation_they_name(monkeypatch):
    """Who consents for a child under 16, S5 for acts, and the pointers: not a verdict, but what the
    answer says and asks."""
    from checker import describe, rules

    selfie = {"role": "student", "setting": "private", "action": "post_media", "school_related": True, "consent": True}
    a5 = next(f["text"] for f in evaluate(selfie, "en")["findings"] if f["article"] == "A5")
    assert rules.UNDER_16_ADVICE in a5 and rules.UNDER_16_PARENT not in a5
    staff = {**selfie, "role": "staff"}
    assert rules.UNDER_16_PARENT in next(f["text"] for f in evaluate(staff, "en")["findings"] if f["article"] == "A5")
    monkeypatch.setitem(choices.SELECTED, "a5_under_16", "everyone")
    a5 = next(f["text"] for f in evaluate(selfie, "en")["findings"] if f["article"] == "A5")
    assert rules.UNDER_16_PARENT in a5 and rules.UNDER_16_ADVICE not in a5
    assert "For anyone under 16, their parent or carer must agree." in describe("en")["questions"]["consent"]
    monkeypatch.setitem(choices.SELECTED, "a5_under_16", "staff")

    nude_image = EXAMPLES[30][1]
    assert evaluate(nude_image)["consequences"] == []
    monkeypatch.setitem(choices.SELECTED, "s5_acts", "s5")
    assert evaluate(nude_image)["consequences"] == ["S5"]
    assert "police" not in [note["id"] for note in evaluate(nude_image)["notes"]]
    monkeypatch.setitem(choices.SELECTED, "pointers", "off")
    assert "help" not in [note["id"] for note in evaluate(nude_image)["notes"]]


def test_the_defaults_are_what_the_school_file_chooses():
    """The school's file, as shipped, chooses every default, and describes each choice in the
    Dutch catalogue's words (tools/choices.py --document writes them)."""
    data = choices_file.read()
    selected = choices_file.chosen(data)
    assert selected == {choice_id: choice.default for choice_id, choice in choices.CHOICES.items()}
    assert choices_file.FILE.read_text(encoding="utf-8") == choices_file.document(selected), \
        "protocol/choices.yml describes the choices differently: run `.venv/bin/python tools/choices.py --document`"


@pytest.mark.parametrize("data, named", [
    ({"a6_family": {"gekozen": "sometimes"}}, "choice 'a6_family' (A6) has gekozen: 'sometimes'; its options are: ask_school, not_covered, covered"),
    ({"a6_familie": {"gekozen": "covered"}}, "unknown choice a6_familie"),
])
def test_a_bad_value_stops_the_build_naming_the_choice_and_its_options(data, named):
    with pytest.raises(SystemExit) as stopped:
        choices_file.chosen(data)
    assert named in str(stopped.value)


def test_a_choice_flipped_in_the_file_reaches_the_checker(tmp_path):
    """From protocol/choices.yml to the answers, as the build hands it on: the file checked, the
    options written beside the package (chosen.json), and a fresh checker answering by them."""
    import json
    import shutil
    import subprocess

    yml = tmp_path / "choices.yml"
    yml.write_text(choices_file.FILE.read_text(encoding="utf-8").replace(
        "gekozen: ask_school", "gekozen: covered"), encoding="utf-8")
    selected = choices_file.chosen(choices_file.read(yml))
    assert selected["a6_family"] == "covered"
    package = tmp_path / "checker"
    shutil.copytree(ROOT / "checker", package, ignore=shutil.ignore_patterns("chosen.json", "*.po", "*.pot"))
    (package / "chosen.json").write_text(json.dumps(selected), encoding="utf-8")
    code = ("import json, checker; print(checker.evaluate({'role': 'staff', 'setting': 'private', 'action': 'connect',"
            " 'contact_role': 'student_family'}, 'en')['verdict'])")
    done = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(tmp_path)!r}); {code}"],
                          capture_output=True, text=True)
    assert done.stdout.strip() == "not_allowed", done.stderr
    assert evaluate({"role": "staff", "setting": "private", "action": "connect", "contact_role": "student_family"},
                    "en")["verdict"] == "conditional", "this process keeps the default"
