"""Run the rules over a scenario and assemble the result (checker contract, "Result")."""

from __future__ import annotations

from typing import Any

from .articles import ORDER
from .choices import chosen
from .i18n import DEFAULT_LANGUAGE, LANGUAGES, N_, translator
from .rules import (
    ACTS, CONDITION, REMINDER, RULES, S5_IF_RELATED, SANCTIONS, VIOLATED, Finding, Reading, not_bound, scope,
)
from .next_step import next_step
from .scenario import PUBLISHING, ScenarioError, quote, validate

# When whether the protocol applies is the only open point, nothing the visitor could answer
# makes it "not allowed": the answer is "allowed", and D2 says why.
EITHER_WAY = N_(
    "Whether the protocol applies depends on whether this is related to TVO; either way, nothing you said "
    "goes against it."
)

# Lines an answer carries besides its findings (contract 1.2, "notes"): what the answer is and is
# not, and where to turn. Counsel's review, L-8, L-13, L-16, L-17, L-25, L-29.
NOTES = {
    "guidance": N_(
        "This answer is guidance, not a decision. The school decides on measures only after hearing the person, "
        "and by the legal rules."
    ),
    "other_rules": N_(
        "This answer is only about the social media protocol. Other rules still apply: the law, the school rules "
        "and the anti-bullying protocol."
    ),
    "other_rules_staff": N_(
        "This answer is only about the social media protocol. Other rules still apply: the law, the school rules "
        "and the anti-bullying protocol, and for staff the collective agreement (cao) and TVO's codes of conduct."
    ),
    "parent_measures": N_(
        "Measures are aimed at the parent or carer themselves (for example a warning or a ban from the school "
        "grounds); consequences for the student only in exceptional cases."
    ),
    "other_measures": N_(
        "The sanction articles S1 to S4 do not name your group; the school can still take appropriate measures "
        "(A7), for example end the cooperation or refuse you access to the school."
    ),
    "trainee": N_(
        "Do you work with students at TVO, for example as a trainee or supply teacher? Then choose 'Staff "
        "member': A6 applies to you."
    ),
    "help": N_(
        "Have you seen or received something that is not right, or are you the victim yourself? Talk to someone "
        "at school you trust, such as the form tutor (mentor) or the confidential adviser, and do not pass it on."
    ),
    "police": N_("Good to know: when behaviour may be a criminal offence, the school may involve the police."),
    "bullying": N_(
        "Is someone being bullied or hurt? Report it to the form tutor (mentor), the anti-bullying coordinator or "
        "the confidential adviser (see the anti-bullying protocol)."
    ),
    "non_employee": N_(
        "Do you work at TVO as a trainee, or through an agency or another employer? S1 and S2 speak of staff "
        "employed by TVO: TVO can end your internship or assignment, in consultation with your training institution, "
        "agency or employer."
    ),
    "whistleblower": N_(
        "Do you want to raise a suspected wrongdoing? TVO's whistleblower procedure is there for that, and whoever "
        "reports by it is protected by law. A complaint? Use the complaints procedure. This protocol does not "
        "limit those rights."
    ),
    "complaints": N_(
        "A complaint about the school? Use TVO's complaints procedure. This protocol does not limit that right."
    ),
    "data_breach": N_(
        "Are data of students or colleagues online where they do not belong? Report it at once to TVO's privacy "
        "contact or data protection officer."
    ),
}


def check_language(lang: Any) -> str:
    if lang not in LANGUAGES:
        message = translator(DEFAULT_LANGUAGE)(N_("Unknown language {value}. Accepted values: {accepted}."))
        raise ScenarioError(message.format(value=quote(lang), accepted=", ".join(LANGUAGES)), "lang")
    return lang


def as_condition(finding: Finding, message: str | None = None) -> Finding:
    return Finding(finding.article, CONDITION, message or finding.message, finding.notes, finding.readings)


def findings_for(scenario: dict) -> tuple[str, list[Finding]]:
    """The verdict and the findings (English source texts), in protocol order."""
    if scenario["role"] == "no_tie":
        return "out_of_scope", [not_bound(scenario)]
    in_scope, scope_finding = scope(scenario)
    if in_scope is False:
        return "out_of_scope", [scope_finding]

    findings = []
    setting_unknown = scenario.get("setting") is None
    about_unknown = scenario.get("school_related") is None
    for rule in RULES:
        if not rule.when.matches(scenario):
            continue
        finding = rule.decide(scenario)
        if finding is None:
            continue
        if finding.status == VIOLATED and (
            in_scope is None or (rule.setting_specific and setting_unknown) or (rule.about_tvo and about_unknown)
        ):
            # A breach that depends on an unknown fact (does the protocol apply? is it outside
            # work? is it related to TVO?) is not yet a breach: it is what that fact decides.
            finding = as_condition(finding)
        if finding.article == "S5" and in_scope is None:
            finding = Finding("S5", REMINDER, S5_IF_RELATED)
        findings.append(finding)

    statuses = {finding.status for finding in findings}
    if VIOLATED in statuses:
        verdict = "not_allowed"
    elif CONDITION in statuses:
        verdict = "conditional"
    else:
        verdict = "allowed"
        if in_scope is None:
            scope_finding = Finding("D2", REMINDER, EITHER_WAY, (), scope_finding.readings)
    findings.append(scope_finding)
    findings.sort(key=lambda finding: ORDER[finding.article])
    return verdict, findings


def notes_for(scenario: dict, verdict: str) -> list[str]:
    """The ids of the lines the answer carries besides its findings (NOTES), in the order shown."""
    role, action = scenario["role"], scenario["action"]
    pointers = chosen("pointers") == "on" and role != "no_tie"
    acts = action in ACTS
    notes = []
    if verdict == "not_allowed" and role == "parent":
        notes.append("parent_measures")
    if verdict == "not_allowed" and role == "other":
        notes.append("other_measures")
    # Lines addressed to the one who acts about their own position, not to someone asking about them.
    asked_by_other = scenario.get("asker") is not None
    if verdict == "not_allowed" and role == "staff" and chosen("staff") == "everyone_who_works" and not asked_by_other:
        notes.append("non_employee")
    # Only where the school counts trainees and supply staff as staff (choice "staff").
    if (role == "other" and action == "connect" and not asked_by_other and scenario.get("contact_role") in ("student", "student_family")
            and chosen("staff") == "everyone_who_works"):
        notes.append("trainee")
    # Someone who looked at or was sent something that may be criminal may need help: the help
    # comes first, and the police only as what the school may do (counsel, L-13).
    criminal_act = acts and scenario.get("possibly_criminal") is True and verdict != "out_of_scope"
    if pointers and criminal_act:
        notes.append("help")
    if criminal_act and chosen("s5_acts") == "good_to_know":
        notes.append("police")
    if pointers and scenario.get("offensive") is True and verdict != "out_of_scope":
        notes.append("bullying")
    if pointers and scenario.get("harms_school") is True and action in PUBLISHING:
        notes.append("whistleblower" if role == "staff" else "complaints")
    if pointers and role == "staff" and action in PUBLISHING and (
        scenario.get("confidential") is True or scenario.get("personal_information") is True
    ):
        notes.append("data_breach")
    notes.append("guidance")
    notes.append("other_rules_staff" if role == "staff" else "other_rules")
    return notes


def text(finding: Finding, _) -> str:
    """The finding's message in the requested language, followed by its notes (another condition
    that failed, or a note such as "B2 or C2, whichever applies")."""
    return " ".join(_(sentence) for sentence in (finding.message, *finding.notes))


def readings_of(findings: list[Finding]) -> list[Reading]:
    """Each reading the answer rests on, once, in the order of the findings."""
    seen: dict[str, Reading] = {}
    for finding in findings:
        for reading in finding.readings:
            seen.setdefault(reading.id, reading)
    return list(seen.values())


def evaluate(scenario: dict, lang: str = DEFAULT_LANGUAGE) -> dict:
    """The protocol's answer to one scenario, with every finding explained in `lang`."""
    lang = check_language(lang)
    validate(scenario, lang)
    verdict, findings = findings_for(scenario)

    consequences = list(SANCTIONS[scenario["role"]]) if verdict == "not_allowed" else []
    # S5 follows a possibly criminal statement of a student, parent/carer or staff member, when the
    # protocol may apply: exactly when its rule has something to say (rules.py, S5).
    if any(finding.article == "S5" for finding in findings):
        consequences.append("S5")

    _ = translator(lang)
    step_article, step = next_step(scenario, verdict, findings)
    return {
        "verdict": verdict,
        "next_step": {"article": step_article, "text": _(step)},
        "findings": [
            {
                "article": finding.article,
                "status": finding.status,
                "text": text(finding, _),
                "readings": [reading.id for reading in finding.readings],
            }
            for finding in findings
        ],
        "consequences": consequences,
        "readings": [
            {"id": reading.id, "article": reading.article, "text": _(reading.text)} for reading in readings_of(findings)
        ],
        "notes": [{"id": note, "text": _(NOTES[note])} for note in notes_for(scenario, verdict)],
        "lang": lang,
    }
