"""Run the rules over a scenario and assemble the result (checker contract, "Result")."""

from __future__ import annotations

from typing import Any

from .articles import ORDER
from .i18n import DEFAULT_LANGUAGE, LANGUAGES, N_, translator
from .rules import CONDITION, RULES, SANCTIONS, VIOLATED, Finding, scope
from .scenario import ScenarioError, quote, validate


def check_language(lang: Any) -> str:
    if lang not in LANGUAGES:
        message = translator(DEFAULT_LANGUAGE)(N_("Unknown language {value}. Accepted values: {accepted}."))
        raise ScenarioError(message.format(value=quote(lang), accepted=", ".join(LANGUAGES)), "lang")
    return lang


def findings_for(scenario: dict) -> tuple[str, list[Finding]]:
    """The verdict and the findings (English source texts), in protocol order."""
    in_scope, scope_finding = scope(scenario)
    if in_scope is False:
        return "out_of_scope", [scope_finding]

    findings = [scope_finding]
    setting_unknown = scenario.get("setting") is None
    for rule in RULES:
        if not rule.when.matches(scenario):
            continue
        finding = rule.decide(scenario)
        if finding is None:
            continue
        if finding.status == VIOLATED and (in_scope is None or (rule.setting_specific and setting_unknown)):
            # A breach that depends on an unknown fact (is it school-related? is it outside
            # work?) is not yet a breach: it is what that fact decides.
            finding = Finding(finding.article, CONDITION, finding.message, finding.notes)
        findings.append(finding)
    findings.sort(key=lambda finding: ORDER[finding.article])

    statuses = {finding.status for finding in findings}
    if VIOLATED in statuses:
        verdict = "not_allowed"
    elif CONDITION in statuses:
        verdict = "conditional"
    else:
        verdict = "allowed"
    return verdict, findings


def text(finding: Finding, _) -> str:
    """The finding's message in the requested language, followed by its notes (the checker's
    readings it rests on, or a note such as "B2 or C2, whichever applies")."""
    return " ".join(_(sentence) for sentence in (finding.message, *finding.notes))


def evaluate(scenario: dict, lang: str = DEFAULT_LANGUAGE) -> dict:
    """The protocol's answer to one scenario, with every finding explained in `lang`."""
    lang = check_language(lang)
    validate(scenario, lang)
    verdict, findings = findings_for(scenario)

    consequences = list(SANCTIONS[scenario["role"]]) if verdict == "not_allowed" else []
    # S5 follows a possibly criminal statement of a student, parent/carer or staff member, when the
    # protocol applies: exactly when its rule has something to say (rules.py, S5).
    if any(finding.article == "S5" for finding in findings):
        consequences.append("S5")

    _ = translator(lang)
    return {
        "verdict": verdict,
        "findings": [
            {"article": finding.article, "status": finding.status, "text": text(finding, _)}
            for finding in findings
        ],
        "consequences": consequences,
        "lang": lang,
    }
