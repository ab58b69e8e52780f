"""The protocol, case by case: one row per legal situation, grouped by the article it tests.

Each row: a scenario, the verdict, the status the article under test must have (None: the
article must not be cited), and the consequences. Row ids start with the article id.
"""

import pytest

from checker import evaluate

V, C, S, R, NA = "violated", "condition", "satisfied", "reminder", None

# Fully answered, harmless publishing facts, so that a row changes only what it tests.
CLEAN = {
    "school_related": True,
    "confidential": False,
    "personal_information": False,
    "harms_others": False,
    "offensive": False,
}
STAFF_WORK = {"role": "staff", "setting": "school", "escalating": False, "in_doubt": False, **CLEAN}
STAFF_PRIVATE = {"role": "staff", "setting": "private", "harms_school": False, "disclaimer": True, **CLEAN}

CASES = [
    # id, scenario, verdict, article, status, consequences
    # --- the contract's worked examples
    ("example-1", {"role": "student", "setting": "lesson", "action": "browse", "permission": False},
     "not_allowed", "A1", V, ["S3", "S4"]),
    ("example-2", {"role": "parent", "setting": "private", "action": "post", "school_related": False, "overlap": False},
     "out_of_scope", "D2", S, []),
    ("example-3", {"role": "staff", "setting": "private", "action": "connect", "contact_role": "student"},
     "not_allowed", "A6", V, ["S1", "S2"]),
    # --- D1: everyone connected to the school
    ("D1-other-reminded", {"role": "other", "action": "post", **CLEAN}, "allowed", "D1", R, []),
    ("D1-parent-not-cited", {"role": "parent", "action": "post", **CLEAN}, "allowed", "D1", NA, []),
    # someone with no tie to TVO (a neighbour, a former student) is not part of the school community
    ("D1-no-tie", {"role": "no_tie", "action": "post_media", "consent": False, **CLEAN}, "out_of_scope", "D1", S, []),
    ("D1-no-tie-no-rule", {"role": "no_tie", "action": "post_media", "consent": False, **CLEAN}, "out_of_scope", "A5", NA, []),
    # --- D2: scope
    ("D2-school-related", {"role": "parent", "setting": "private", "action": "post", **CLEAN}, "allowed", "D2", S, []),
    ("D2-not-school-related", {"role": "student", "setting": "private", "action": "post_media", "school_related": False,
                               "overlap": False},
     "out_of_scope", "D2", S, []),
    # Only whether the protocol applies is open, and no answer could make it "not allowed"
    ("D2-unknown-either-way", {"role": "parent", "setting": "private", "action": "browse"}, "allowed", "D2", R, []),
    ("D2-unknown-with-a-condition", {"role": "parent", "setting": "private", "action": "post"}, "conditional", "D2", C, []),
    # "overlap tussen school, werk en privé" beyond the situation: an account, followers, a group chat
    ("D2-overlap", {"role": "parent", "setting": "private", "action": "post", **CLEAN, "school_related": False, "overlap": True},
     "allowed", "D2", S, []),
    ("D2-overlap-not-content-rules", {"role": "parent", "setting": "private", "action": "post", **CLEAN, "school_related": False,
                                      "overlap": True, "confidential": True},
     "allowed", "A2", NA, []),
    ("D2-overlap-decency", {"role": "parent", "setting": "private", "action": "post", **CLEAN, "school_related": False,
                            "overlap": True, "offensive": True},
     "not_allowed", "A7", V, ["S3", "S4"]),
    ("D2-overlap-unknown", {"role": "parent", "setting": "private", "action": "post", **CLEAN, "school_related": False,
                            "offensive": True},
     "conditional", "A7", C, []),
    ("D2-situation-only-no-A2", {**STAFF_WORK, "action": "post", "school_related": False, "personal_information": True},
     "allowed", "A2", NA, []),
    ("D2-lesson-is-school", {"role": "student", "setting": "lesson", "action": "browse", "permission": True},
     "allowed", "D2", S, []),
    ("D2-work-is-school", {"role": "staff", "setting": "school", "action": "browse"}, "allowed", "D2", S, []),
    ("D2-student-setting-unknown", {"role": "student", "action": "browse", "school_related": False},
     "conditional", "D2", C, []),
    ("D2-breach-only-if-in-scope", {"role": "parent", "action": "post_media", "consent": False, **CLEAN, "school_related": None},
     "conditional", "A5", C, []),
    # --- A1: no social media during lessons without permission
    ("A1-student-no-permission", {"role": "student", "setting": "lesson", "action": "post", "permission": False, **CLEAN},
     "not_allowed", "A1", V, ["S3", "S4"]),
    ("A1-staff-no-permission", {"role": "staff", "setting": "lesson", "action": "browse", "permission": False},
     "not_allowed", "A1", V, ["S1", "S2"]),
    ("A1-permission-given", {"role": "student", "setting": "lesson", "action": "browse", "permission": True},
     "allowed", "A1", S, []),
    ("A1-permission-unknown", {"role": "student", "setting": "lesson", "action": "browse"}, "conditional", "A1", C, []),
    ("A1-setting-unknown", {"role": "staff", "action": "browse", "school_related": True}, "conditional", "A1", C, []),
    ("A1-not-for-parents", {"role": "parent", "setting": "lesson", "action": "browse", "school_related": True},
     "allowed", "A1", NA, []),
    ("A1-not-outside-lessons", {"role": "student", "setting": "school", "action": "browse", "school_related": True},
     "allowed", "A1", NA, []),
    # --- A2: sharing knowledge and information
    ("A2-confidential", {"role": "parent", "action": "post", **CLEAN, "confidential": True}, "not_allowed", "A2", V, ["S3", "S4"]),
    ("A2-personal-information", {"role": "student", "setting": "private", "action": "join_discussion", **CLEAN, "personal_information": True},
     "not_allowed", "A2", V, ["S3", "S4"]),
    ("A2-harms-others", {"role": "other", "action": "post", **CLEAN, "harms_others": True}, "not_allowed", "A2", V, []),
    ("A2-clean", {"role": "parent", "action": "post", **CLEAN}, "allowed", "A2", S, []),
    ("A2-unknown", {"role": "parent", "action": "post", "school_related": True, "offensive": False},
     "conditional", "A2", C, []),
    ("A2-own-personal-information", {"role": "student", "setting": "private", "action": "post", **CLEAN,
                                     "personal_information": True},  # "persoonlijke informatie": the author's own too
     "not_allowed", "A2", V, ["S3", "S4"]),
    ("A2-not-for-browsing", {"role": "parent", "action": "browse", "school_related": True}, "allowed", "A2", NA, []),
    # --- A3 and A4: reminders whenever something is published
    ("A3-publishing", {"role": "parent", "action": "post", **CLEAN}, "allowed", "A3", R, []),
    ("A3-not-for-connecting", {"role": "parent", "action": "connect", "school_related": True}, "allowed", "A3", NA, []),
    ("A4-publishing", {"role": "student", "setting": "private", "action": "post_media", "consent": True, **CLEAN},
     "allowed", "A4", R, []),
    ("A4-not-for-browsing", {"role": "student", "setting": "private", "action": "browse", "school_related": True},
     "allowed", "A4", NA, []),
    # --- A5: recordings need explicit consent
    ("A5-no-consent", {"role": "parent", "action": "post_media", "consent": False, **CLEAN}, "not_allowed", "A5", V, ["S3", "S4"]),
    ("A5-consent", {"role": "parent", "action": "post_media", "consent": True, **CLEAN}, "allowed", "A5", S, []),
    ("A5-consent-unknown", {"role": "parent", "action": "post_media", **CLEAN}, "conditional", "A5", C, []),
    # "opnamen van school-gerelateerde situaties": asked even where the situation is school (D2)
    ("A5-at-work-not-school-related", {"role": "staff", "setting": "school", "action": "post_media", "consent": False,
                                       "escalating": False, "in_doubt": False, **CLEAN, "school_related": False},
     "allowed", "A5", NA, []),
    ("A5-at-work-school-related", {**STAFF_WORK, "action": "post_media", "consent": False}, "not_allowed", "A5", V, ["S1", "S2"]),
    ("A5-at-work-unknown-if-school-related", {**STAFF_WORK, "action": "post_media", "consent": False, "school_related": None},
     "conditional", "A5", C, []),
    # a recording made during a lesson shows a school-related situation (a declared reading)
    ("A5-lesson-unknown-if-school-related", {"role": "student", "setting": "lesson", "action": "post_media", "permission": True,
                                             "consent": False, **CLEAN, "school_related": None},
     "not_allowed", "A5", V, ["S3", "S4"]),
    ("A5-lesson-not-school-related", {"role": "student", "setting": "lesson", "action": "post_media", "permission": True,
                                      "consent": False, **CLEAN, "school_related": False},
     "not_allowed", "A5", V, ["S3", "S4"]),
    ("A5-consent-whatever-it-shows", {**STAFF_WORK, "action": "post_media", "consent": True, "school_related": None},
     "allowed", "A5", S, []),
    ("A5-not-for-text", {"role": "parent", "action": "post", "consent": False, **CLEAN}, "allowed", "A5", NA, []),
    # --- A6: staff do not become friends with students
    ("A6-staff-student", {"role": "staff", "setting": "school", "action": "connect", "contact_role": "student"},
     "not_allowed", "A6", V, ["S1", "S2"]),
    ("A6-staff-parent", {"role": "staff", "setting": "private", "action": "connect", "contact_role": "parent", "school_related": True},
     "allowed", "A6", S, []),
    ("A6-contact-unknown", {"role": "staff", "setting": "private", "action": "connect", "school_related": True},
     "conditional", "A6", C, []),
    ("A6-student-asks-staff", {"role": "student", "setting": "private", "action": "connect", "contact_role": "staff"},
     "allowed", "A6", R, []),
    # a student who is the staff member's own child or relative: the school decides ("a6_family")
    ("A6-family", {"role": "staff", "setting": "private", "action": "connect", "contact_role": "student_family"},
     "conditional", "A6", C, []),
    ("A6-parents-not-bound", {"role": "parent", "setting": "private", "action": "connect", "contact_role": "student", "school_related": True},
     "allowed", "A6", NA, []),
    # --- A7: norms of decency
    ("A7-offensive", {"role": "student", "setting": "private", "action": "post", **CLEAN, "offensive": True},
     "not_allowed", "A7", V, ["S3", "S4"]),
    # "possibly criminal" alone is a condition, not a breach (the school's choice "a7_possibly_criminal")
    ("A7-possibly-criminal", {"role": "parent", "action": "join_discussion", **CLEAN, "possibly_criminal": True},
     "conditional", "A7", C, ["S5"]),
    ("A7-offensive-and-criminal", {"role": "parent", "action": "join_discussion", **CLEAN, "offensive": True,
                                   "possibly_criminal": True},
     "not_allowed", "A7", V, ["S3", "S4", "S5"]),
    ("A7-decent", {"role": "student", "setting": "private", "action": "post", **CLEAN}, "allowed", "A7", S, []),
    ("A7-unknown", {"role": "student", "setting": "private", "action": "post", **CLEAN, "offensive": None},
     "conditional", "A7", C, []),
    # A7 binds conduct in every action: following, watching or connecting can be stalking too
    ("A7-browse-offensive", {"role": "student", "setting": "private", "action": "browse", "school_related": True, "offensive": True},
     "not_allowed", "A7", V, ["S3", "S4"]),
    ("A7-connect-offensive", {"role": "staff", "setting": "private", "action": "connect", "contact_role": "parent",
                              "school_related": True, "offensive": True},
     "not_allowed", "A7", V, ["S1", "S2"]),
    ("A7-browse-decent", {"role": "parent", "action": "browse", "school_related": True, "offensive": False},
     "allowed", "A7", S, []),
    ("A7-browse-unknown-is-a-reminder", {"role": "parent", "action": "browse", "school_related": True},
     "allowed", "A7", R, []),
    ("A7-connect-unknown-is-a-reminder", {"role": "student", "setting": "private", "action": "connect", "contact_role": "student",
                                          "school_related": True},
     "allowed", "A7", R, []),
    ("A7-connect-possibly-criminal", {"role": "parent", "setting": "private", "action": "connect", "school_related": True,
                                      "possibly_criminal": True},
     "conditional", "A7", C, []),
    ("A7-not-out-of-scope", {"role": "parent", "setting": "private", "action": "browse", "school_related": False,
                             "overlap": False, "offensive": True},
     "out_of_scope", "A7", NA, []),
    # --- B1-B4: staff at work
    ("B1-reminder-at-work", {**STAFF_WORK, "action": "post"}, "allowed", "B1", R, []),
    ("B1-not-outside-work", {**STAFF_PRIVATE, "action": "post"}, "allowed", "B1", NA, []),
    ("B2-not-stated", {**STAFF_WORK, "action": "join_discussion", "identifies_as_staff": False},
     "not_allowed", "B2", V, ["S1", "S2"]),
    ("B2-stated", {**STAFF_WORK, "action": "join_discussion", "identifies_as_staff": True}, "allowed", "B2", S, []),
    ("B2-unknown", {**STAFF_WORK, "action": "join_discussion"}, "conditional", "B2", C, []),
    # "een discussie die (op enigerlei wijze) te maken heeft met" TVO: asked even at work
    ("B2-football-in-a-free-period", {**STAFF_WORK, "action": "join_discussion", "school_related": False, "identifies_as_staff": False},
     "allowed", "B2", NA, []),
    ("B2-unknown-if-about-tvo", {**STAFF_WORK, "action": "join_discussion", "school_related": None, "identifies_as_staff": False},
     "conditional", "B2", C, []),
    ("B2-stated-whatever-it-is-about", {**STAFF_WORK, "action": "join_discussion", "school_related": None, "identifies_as_staff": True},
     "allowed", "B2", S, []),
    ("B2-in-a-lesson", {**STAFF_WORK, "setting": "lesson", "permission": True, "action": "join_discussion", "identifies_as_staff": False},
     "not_allowed", "B2", V, ["S1", "S2"]),
    # setting unknown: B2 or C2, whichever applies, is one finding (under B2), not two breaches
    ("B2-or-C2-not-stated", {**STAFF_WORK, "setting": None, "harms_school": False, "disclaimer": True, "permission": True,
                             "action": "join_discussion", "identifies_as_staff": False},
     "not_allowed", "B2", V, ["S1", "S2"]),
    ("B2-or-C2-is-not-also-C2", {**STAFF_WORK, "setting": None, "harms_school": False, "disclaimer": True, "permission": True,
                                 "action": "join_discussion", "identifies_as_staff": False},
     "not_allowed", "C2", NA, ["S1", "S2"]),
    ("B2-or-C2-stated", {**STAFF_WORK, "setting": None, "harms_school": False, "disclaimer": True, "permission": True,
                         "action": "join_discussion", "identifies_as_staff": True},
     "allowed", "B2", S, []),
    ("B2-or-C2-unknown", {**STAFF_WORK, "setting": None, "harms_school": False, "disclaimer": True, "permission": True,
                          "action": "join_discussion"},
     "conditional", "B2", C, []),
    ("B2-not-for-posts", {**STAFF_WORK, "action": "post"}, "allowed", "B2", NA, []),
    ("B3-escalating", {**STAFF_WORK, "action": "post", "escalating": True}, "conditional", "B3", C, []),
    ("B3-unknown-is-a-reminder", {**STAFF_WORK, "action": "post", "escalating": None}, "allowed", "B3", R, []),
    ("B3-calm", {**STAFF_WORK, "action": "post"}, "allowed", "B3", NA, []),
    ("B3-also-when-reading", {"role": "staff", "setting": "school", "action": "browse", "escalating": True},
     "conditional", "B3", C, []),
    ("B4-in-doubt", {**STAFF_WORK, "action": "post", "in_doubt": True}, "conditional", "B4", C, []),
    ("B4-unknown-is-a-reminder", {**STAFF_WORK, "action": "post", "in_doubt": None}, "allowed", "B4", R, []),
    ("B4-not-outside-work", {**STAFF_PRIVATE, "action": "post", "in_doubt": True}, "allowed", "B4", NA, []),
    # --- C1-C3: staff outside work
    ("C1-harms-school", {**STAFF_PRIVATE, "action": "post", "harms_school": True}, "not_allowed", "C1", V, ["S1", "S2"]),
    ("C1-confidential", {**STAFF_PRIVATE, "action": "post", "confidential": True}, "not_allowed", "C1", V, ["S1", "S2"]),
    ("C1-clean", {**STAFF_PRIVATE, "action": "post"}, "allowed", "C1", S, []),
    ("C1-unknown", {**STAFF_PRIVATE, "action": "post", "harms_school": None}, "conditional", "C1", C, []),
    ("C1-setting-unknown", {**STAFF_PRIVATE, "setting": None, "action": "post", "harms_school": True,
                            "permission": True, "escalating": False, "in_doubt": False},
     "conditional", "C1", C, []),
    ("C1-setting-unknown-not-school-related", {**STAFF_PRIVATE, "setting": None, "action": "post", "harms_school": True,
                                               "school_related": False},
     "conditional", "C1", NA, []),
    ("C1-not-at-work", {**STAFF_WORK, "action": "post", "harms_school": True}, "conditional", "C1", NA, []),
    # at work, a harm to the name is a point for the manager first (the school's choice "c1_at_work")
    ("C1-at-work-ask-manager", {**STAFF_WORK, "action": "post", "harms_school": True}, "conditional", "B4", C, []),
    ("C1-at-work-no-U4-too", {**STAFF_WORK, "action": "post", "harms_school": True}, "conditional", "U4", NA, []),
    ("C1-names-the-failed-condition", {**STAFF_PRIVATE, "action": "post", "confidential": True},
     "not_allowed", "C1", V, ["S1", "S2"]),
    # C1's "persoonsgebonden informatie": A2 says it, for anyone's private information (a declared reading)
    ("C1-private-information-is-A2s", {**STAFF_PRIVATE, "action": "post", "personal_information": True},
     "not_allowed", "A2", V, ["S1", "S2"]),
    ("C1-private-information-not-twice", {**STAFF_PRIVATE, "action": "post", "personal_information": True},
     "not_allowed", "C1", S, ["S1", "S2"]),
    ("C2-not-stated", {**STAFF_PRIVATE, "action": "join_discussion", "identifies_as_staff": False},
     "not_allowed", "C2", V, ["S1", "S2"]),
    ("C2-stated", {**STAFF_PRIVATE, "action": "join_discussion", "identifies_as_staff": True}, "allowed", "C2", S, []),
    ("C2-not-for-posts", {**STAFF_PRIVATE, "action": "post"}, "allowed", "C2", NA, []),
    ("C2-not-school-related", {**STAFF_PRIVATE, "action": "join_discussion", "school_related": False, "identifies_as_staff": False},
     "allowed", "C2", NA, []),
    ("C2-not-about-tvo-but-overlap", {**STAFF_PRIVATE, "action": "join_discussion", "school_related": False, "overlap": True,
                                      "identifies_as_staff": False},
     "allowed", "C2", NA, []),
    ("C2-unknown-if-about-tvo", {**STAFF_PRIVATE, "action": "join_discussion", "school_related": None, "identifies_as_staff": False},
     "conditional", "C2", C, []),
    ("C2-unknown", {**STAFF_PRIVATE, "action": "join_discussion"}, "conditional", "C2", C, []),
    ("C3-no-disclaimer", {**STAFF_PRIVATE, "action": "post", "disclaimer": False}, "not_allowed", "C3", V, ["S1", "S2"]),
    ("C3-disclaimer", {**STAFF_PRIVATE, "action": "post_media", "consent": True}, "allowed", "C3", S, []),
    ("C3-unknown", {**STAFF_PRIVATE, "action": "post", "disclaimer": None}, "conditional", "C3", C, []),
    ("C3-not-at-work", {**STAFF_WORK, "action": "post", "disclaimer": False}, "allowed", "C3", NA, []),
    ("C3-not-for-parents", {"role": "parent", "action": "post", "disclaimer": False, **CLEAN}, "allowed", "C3", NA, []),
    # --- U4: the good name of the school colours an answer for everyone else
    ("U4-student-harms-school", {"role": "student", "setting": "private", "action": "post", **CLEAN, "harms_school": True},
     "allowed", "U4", R, []),
    # --- S1-S5: what may follow
    ("S-other-has-no-sanction-article", {"role": "other", "action": "post_media", "consent": False, **CLEAN},
     "not_allowed", "A5", V, []),
    # S5 names "leerlingen, en/of ouders/verzorgers en medewerkers", and only where the protocol applies (D2 "enkel")
    ("S5-criminal-student", {"role": "student", "setting": "private", "action": "post", **CLEAN, "possibly_criminal": True},
     "conditional", "S5", R, ["S5"]),
    ("S5-criminal-staff", {**STAFF_PRIVATE, "action": "post", "possibly_criminal": True, "offensive": True},
     "not_allowed", "S5", R, ["S1", "S2", "S5"]),
    # S5 speaks of a statement ("uitlating"): not named for what someone does (the school's choice "s5_acts")
    ("S5-not-for-acts", {"role": "student", "setting": "private", "action": "browse", "school_related": True,
                         "possibly_criminal": True},
     "conditional", "S5", NA, []),
    ("S5-criminal-parent-scope-open", {"role": "parent", "action": "post", **CLEAN, "school_related": None, "possibly_criminal": True},
     "conditional", "S5", R, ["S5"]),
    ("S5-not-for-other", {"role": "other", "action": "post", **CLEAN, "possibly_criminal": True},
     "conditional", "S5", NA, []),
    ("S5-not-out-of-scope", {"role": "parent", "setting": "private", "action": "post", "school_related": False,
                             "overlap": False, "possibly_criminal": True},
     "out_of_scope", "S5", NA, []),
    # --- counsel's second review (2026-12-06), the situations it would not sign off, as now answered
    # K-1: a student's or parent's followers are no overlap; the question says so, the answer is "No"
    ("K1-N19-student-swears-at-a-footballer", {"role": "student", "setting": "private", "action": "post", **CLEAN,
                                               "school_related": False, "overlap": False, "offensive": True},
     "out_of_scope", "D2", S, []),
    ("K1-N37-parent-joke-about-a-celebrity", {"role": "parent", "setting": "private", "action": "post", **CLEAN,
                                              "school_related": False, "overlap": False, "offensive": True},
     "out_of_scope", "A7", NA, []),
    # K-2: staff posting for TVO on a TVO channel answer the staff question: TVO's consent form counts
    ("K2-N15-communications-officer-with-the-consent-form", {**STAFF_WORK, "action": "post_media", "consent": True,
                                                              "harms_school": False},
     "allowed", "A5", S, []),
    # M-2: students' own consent counts under the school's default; the answer advises asking parents too
    ("M2-N33-party-selfie-friends-agreed", {"role": "student", "setting": "private", "action": "post_media", **CLEAN,
                                            "consent": True},
     "allowed", "A5", S, []),
    ("S-no-consequence-when-allowed", {"role": "staff", "setting": "lesson", "action": "browse", "permission": True},
     "allowed", "A1", S, []),
]


def without_none(scenario):
    """Rows write `key: None` for "left out", to override a shared default readably."""
    return {key: value for key, value in scenario.items() if value is not None}


@pytest.mark.parametrize(
    "scenario, verdict, article, status, consequences",
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_case(scenario, verdict, article, status, consequences):
    result = evaluate(without_none(scenario), "en")
    statuses = {finding["article"]: finding["status"] for finding in result["findings"]}
    assert result["verdict"] == verdict, result
    assert statuses.get(article) == status, result
    assert result["consequences"] == consequences, result


def test_every_decisive_article_has_rows_for_each_outcome():
    """The table covers, per article, each outcome the article can have."""
    seen = {(case[3], case[4]) for case in CASES}
    for article in ("A1", "A2", "A5", "A6", "A7", "B2", "C1", "C2", "C3"):
        for status in (V, C, S, NA):
            assert (article, status) in seen, (article, status)
    for article in ("A3", "A4", "B1", "A7", "S5"):
        assert {(article, R), (article, NA)} <= seen
    for article in ("B3", "B4"):
        assert {(article, C), (article, R), (article, NA)} <= seen


def test_findings_are_in_protocol_order():
    result = evaluate(without_none({**STAFF_PRIVATE, "setting": None, "action": "join_discussion", "harms_school": True}), "en")
    from checker import ARTICLE_IDS

    cited = [finding["article"] for finding in result["findings"]]
    assert cited == sorted(cited, key=ARTICLE_IDS.index)
    assert len(cited) == len(set(cited))


def texts(scenario):
    return {finding["article"]: finding["text"] for finding in evaluate(without_none(scenario), "en")["findings"]}


def test_one_finding_for_b2_or_c2_says_so():
    text = texts({**STAFF_WORK, "setting": None, "action": "join_discussion", "identifies_as_staff": False})["B2"]
    assert "B2" in text and "C2" in text and "whichever applies" in text


def test_readings_are_said_once_in_the_answer():
    """Where the checker reads more into an article than its words say, the answer says so: each
    finding names the readings it rests on, and the answer states each one once."""
    from checker import rules

    cases = [
        ({"role": "student", "setting": "lesson", "action": "browse", "permission": False}, "A1", rules.BROWSING_READING),
        ({"role": "parent", "action": "browse", "school_related": True, "offensive": True}, "A7", rules.CONDUCT_READING),
        ({"role": "parent", "action": "post", **CLEAN, "confidential": True}, "A2", rules.PROVISO_READING),
        ({"role": "parent", "action": "post_media", **CLEAN, "consent": True}, "A5", rules.CONSENT_READING),
        ({"role": "staff", "setting": "school", "action": "browse"}, "D2", rules.SITUATION_READING),
        ({"role": "parent", "action": "post", **CLEAN, "school_related": False, "overlap": True}, "D2", rules.OVERLAP_READING),
        ({"role": "staff", "setting": "private", "action": "connect", "contact_role": "student"}, "A6", rules.FRIENDS_READING),
        ({"role": "no_tie", "action": "post"}, "D1", rules.NO_TIE_READING),
    ]
    for scenario, article, reading in cases:
        result = evaluate(without_none(scenario), "en")
        [finding] = [finding for finding in result["findings"] if finding["article"] == article]
        assert reading.id in finding["readings"], (article, reading.id)
        assert {"id": reading.id, "article": reading.article, "text": reading.text} in result["readings"]
        assert reading.text not in finding["text"], "said once, under the answer, not in the finding"
        ids = [item["id"] for item in result["readings"]]
        assert len(ids) == len(set(ids))
    # ... and only there: a plain message that breaks nothing rests on no proviso reading.
    result = evaluate({"role": "parent", "action": "post", **CLEAN}, "en")
    assert rules.PROVISO_READING.id not in [item["id"] for item in result["readings"]]


def test_counsels_second_review_notes():
    """M-4: an existing connection is for the manager; M-5: bullying gets a route to help; M-7: staff
    who are not TVO's employees are told what S1 and S2 mean for them."""
    from checker import rules

    n50 = evaluate({"role": "staff", "setting": "private", "action": "connect", "contact_role": "student"}, "en")
    assert rules.EXISTING_CONNECTION in next(f["text"] for f in n50["findings"] if f["article"] == "A6")
    assert "non_employee" in [note["id"] for note in n50["notes"]]
    n6 = evaluate({"role": "student", "setting": "private", "action": "post", **CLEAN, "offensive": True}, "en")
    assert "bullying" in [note["id"] for note in n6["notes"]]


def test_a_breach_of_a2_or_c1_names_each_condition_that_failed():
    a2 = texts({"role": "parent", "action": "post", **CLEAN, "confidential": True, "harms_others": True})["A2"]
    assert "confidential information" in a2 and "harms other people" in a2 and "private information" not in a2
    c1 = texts({**STAFF_PRIVATE, "action": "post", "harms_school": True})["C1"]
    assert "good name" in c1 and "confidential" not in c1


def test_school_related_is_asked_wherever_a5_b2_c2_could_apply():
    """Contract 1.1: even where the situation brings the protocol into scope (a lesson, work)."""
    from checker import describe
    from test_properties import matters

    relevance = describe("en")["relevance"]
    for scenario in (
        {"role": "staff", "setting": "school", "action": "post_media"},
        {"role": "staff", "setting": "lesson", "action": "join_discussion"},
        {"role": "staff", "setting": "school", "action": "join_discussion"},
        {"role": "student", "setting": "lesson", "action": "post_media"},
        {"role": "staff", "action": "join_discussion"},
    ):
        assert matters(relevance, "school_related", scenario), scenario
    # ... and A7 asks about conduct in every action, S5 only of those it names.
    assert matters(relevance, "offensive", {"role": "parent", "action": "browse"})
    assert matters(relevance, "offensive", {"role": "staff", "setting": "private", "action": "connect"})
