"""What to do next (contract 1.3, `next_step`) and who asks (`asker`): one row per situation, by
the article the answer turns on.

Each row: a scenario, the verdict, the article the next step rests on (None: no single one), and
whether the sentence speaks to the one who acts (SELF) or to someone asking about them (OTHER).
The sentence itself is read from checker/next_step.py, so a row checks which one is chosen.
"""

import random

import pytest

from checker import LANGUAGES, evaluate
from checker.i18n import translator
from checker.next_step import ALLOWED, NOT_BOUND, NOT_RELATED, OTHER, SELF, SENTENCES
from checker.scenario import KEYS

CLEAN = {"school_related": True, "confidential": False, "personal_information": False, "harms_others": False,
         "offensive": False}
FRIEND_REQUEST = {"role": "staff", "action": "connect", "contact_role": "student"}
TRIP_VIDEO = {"role": "parent", "setting": "private", "action": "post_media", "school_related": True}
CLASS_TIKTOK = {"role": "student", "setting": "lesson", "action": "post_media", "permission": False}

CASES = [
    # id, scenario, verdict, article, audience
    # --- A1: a lesson without permission; permission not known
    ("A1-breach-self", CLASS_TIKTOK, "not_allowed", "A1", SELF),
    ("A1-open-self", {"role": "student", "setting": "lesson", "action": "browse"}, "conditional", "A1", SELF),
    ("A1-open-asked-by-parent", {"role": "student", "asker": "parent_of_actor", "setting": "lesson", "action": "browse"},
     "conditional", "A1", OTHER),
    # --- A2: what is shared
    ("A2-breach-self", {"role": "parent", "action": "post", **CLEAN, "confidential": True}, "not_allowed", "A2", SELF),
    ("A2-breach-asked-by-student", {"role": "parent", "asker": "student", "action": "post", **CLEAN, "confidential": True},
     "not_allowed", "A2", OTHER),
    ("A2-open-self", {"role": "parent", "action": "post", "school_related": True, "offensive": False},
     "conditional", "A2", SELF),
    # --- A5: consent decides the school-trip video, before A2 and A7 that are open too
    ("A5-open-self", TRIP_VIDEO, "conditional", "A5", SELF),
    ("A5-open-asked-by-parent", {**TRIP_VIDEO, "asker": "parent"}, "conditional", "A5", OTHER),
    ("A5-breach-self", {**TRIP_VIDEO, **CLEAN, "consent": False}, "not_allowed", "A5", SELF),
    ("A5-breach-asked-by-parent", {**TRIP_VIDEO, **CLEAN, "consent": False, "asker": "parent"}, "not_allowed", "A5", OTHER),
    # A lesson video without permission: A1 is broken, consent still open: the breach decides.
    ("A5-A1-breach-first", {**CLASS_TIKTOK, "school_related": True}, "not_allowed", "A1", SELF),
    # --- A6: the teacher's friend request, asked by the teacher, by the father, by the son
    ("A6-breach-self", FRIEND_REQUEST, "not_allowed", "A6", SELF),
    ("A6-breach-asked-by-parent", {**FRIEND_REQUEST, "asker": "parent_of_actor"}, "not_allowed", "A6", OTHER),
    ("A6-breach-asked-by-the-father", {**FRIEND_REQUEST, "asker": "parent"}, "not_allowed", "A6", OTHER),
    ("A6-breach-asked-by-the-student", {**FRIEND_REQUEST, "asker": "student"}, "not_allowed", "A6", OTHER),
    ("A6-open-self", {"role": "staff", "action": "connect", "setting": "private"}, "conditional", "A6", SELF),
    ("A6-family-ask-manager", {"role": "staff", "action": "connect", "setting": "private", "contact_role": "student_family"},
     "conditional", "A6", SELF),
    # --- A7: harm is the gravest breach, named first
    ("A7-breach-self", {"role": "student", "action": "post", **CLEAN, "offensive": True, "confidential": True},
     "not_allowed", "A7", SELF),
    ("A7-breach-asked-by-parent", {"role": "student", "asker": "parent", "action": "post", **CLEAN, "offensive": True},
     "not_allowed", "A7", OTHER),
    ("A7-open-self", {"role": "parent", "action": "join_discussion", "school_related": True, "confidential": False,
                      "personal_information": False, "harms_others": False}, "conditional", "A7", SELF),
    # --- B3, B4: staff at work
    ("B3-open-self", {"role": "staff", "setting": "school", "action": "join_discussion", **CLEAN,
                      "identifies_as_staff": True, "escalating": True, "in_doubt": False}, "conditional", "B3", SELF),
    ("B4-open-self", {"role": "staff", "setting": "school", "action": "post", **CLEAN, "escalating": False,
                      "in_doubt": True}, "conditional", "B4", SELF),
    ("B2-breach-self", {"role": "staff", "setting": "school", "action": "join_discussion", **CLEAN,
                        "identifies_as_staff": False, "escalating": False, "in_doubt": False}, "not_allowed", "B2", SELF),
    # --- C1, C3: staff outside work
    ("C1-breach-self", {"role": "staff", "setting": "private", "action": "post", **CLEAN, "harms_school": True,
                        "disclaimer": True}, "not_allowed", "C1", SELF),
    ("C3-breach-self", {"role": "staff", "setting": "private", "action": "post", **CLEAN, "harms_school": False,
                        "disclaimer": False}, "not_allowed", "C3", SELF),
    # --- no single article decides
    ("allowed-self", {"role": "parent", "action": "browse"}, "allowed", None, SELF),
    ("allowed-asked-by-student", {"role": "parent", "asker": "student", "action": "browse"}, "allowed", None, OTHER),
    ("D1-no-tie-self", {"role": "no_tie", "action": "post_media"}, "out_of_scope", "D1", SELF),
    ("D1-no-tie-asked-by-parent", {"role": "no_tie", "asker": "parent", "action": "post_media"}, "out_of_scope", "D1", OTHER),
    ("D2-not-related", {"role": "parent", "setting": "private", "action": "post", "school_related": False,
                        "overlap": False}, "out_of_scope", "D2", SELF),
]


def sentence(verdict, article, scenario, audience):
    if verdict == "allowed":
        return ALLOWED[audience]
    if verdict == "out_of_scope":
        return (NOT_BOUND if article == "D1" else NOT_RELATED)[audience]
    status = "violated" if verdict == "not_allowed" else "condition"
    return SENTENCES[(article, status)][audience]


@pytest.mark.parametrize("scenario, verdict, article, audience", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_case(scenario, verdict, article, audience):
    result = evaluate(scenario, "en")
    assert result["verdict"] == verdict
    assert result["next_step"] == {"article": article, "text": sentence(verdict, article, scenario, audience)}


def test_the_fathers_question_in_every_language():
    # Issue 20: a teacher sent a father's son a friend request. Asked by the father, the answer is
    # the teacher's: not allowed (A6), and the son can decline.
    for lang in LANGUAGES:
        result = evaluate({**FRIEND_REQUEST, "asker": "parent_of_actor"}, lang)
        assert result["verdict"] == "not_allowed"
        assert result["next_step"]["article"] == "A6"
        assert result["next_step"]["text"] == translator(lang)(SENTENCES[("A6", "violated")][OTHER])


def random_scenarios(count, seed=20):
    rng = random.Random(seed)
    for _ in range(count):
        scenario = {}
        for key, accepted in KEYS.items():
            if key in ("role", "action"):
                scenario[key] = rng.choice(accepted)
            elif rng.random() < 0.5:
                scenario[key] = rng.choice((True, False)) if accepted is bool else rng.choice(accepted)
        yield scenario


def test_who_asks_changes_only_the_words():
    # The rules judge the one who acts: the verdict, findings and consequences are the same
    # whoever asks; only the next step's words (and the notes addressed to the actor) differ.
    for scenario in random_scenarios(3000):
        scenario.pop("asker", None)
        alone = evaluate(scenario, "en")
        for asker in KEYS["asker"]:
            asked = evaluate({**scenario, "asker": asker}, "en")
            for field in ("verdict", "findings", "consequences", "readings"):
                assert asked[field] == alone[field], (scenario, asker, field)
            assert asked["next_step"]["article"] == alone["next_step"]["article"]
            assert {note["id"] for note in asked["notes"]} <= {note["id"] for note in alone["notes"]}


def test_every_answer_has_a_next_step_resting_on_one_of_its_findings():
    for scenario in random_scenarios(5000, seed=21):
        result = evaluate(scenario, "en")
        step = result["next_step"]
        assert step["text"]
        if step["article"] is None:
            assert result["verdict"] == "allowed"
            continue
        decided = {"not_allowed": "violated", "conditional": "condition"}.get(result["verdict"])
        statuses = {finding["article"]: finding["status"] for finding in result["findings"]}
        if decided:
            assert statuses[step["article"]] == decided, (scenario, step)
        else:
            assert result["verdict"] == "out_of_scope" and step["article"] in statuses


def test_every_next_step_is_translated():
    texts = {text for by_audience in SENTENCES.values() for text in by_audience.values()}
    texts |= {*ALLOWED.values(), *NOT_BOUND.values(), *NOT_RELATED.values()}
    for lang in LANGUAGES:
        if lang == "en":
            continue
        _ = translator(lang)
        assert [text for text in texts if _(text) == text] == [], lang
