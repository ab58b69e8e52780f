"""What to do next: the one plain sentence an answer opens with (contract 1.3, "next_step").

It names the point that decides the answer and what the person can do about it, for the one who
acts or, when someone else asks (`asker`), for them: a parent asking about a teacher's friend
request learns that the teacher may not do it and that the child can decline. The rules still
judge the one who acts; who asks changes only these words (issue 20).

The sentence says no more than the deciding finding does: it is the finding's practical side
(ask first, leave them out, decline, tell the form tutor), never a stricter rule.
"""

from __future__ import annotations

from typing import Optional

from .i18n import N_
from .rules import CONDITION, VIOLATED, Finding

# Which finding decides, when several do. A breach: the gravest first (A7 harms someone), then the
# ones with a plain remedy. An open condition: the ones the person can settle by asking first
# (permission, consent), then those that are the person's own judgement.
BREACH_ORDER = ("A7", "A6", "A5", "A1", "A2", "C1", "C3", "B2", "C2")
CONDITION_ORDER = ("A1", "A5", "A6", "B3", "B4", "C3", "B2", "C2", "A2", "C1", "A7", "D2")

SELF, OTHER = "self", "other"

# (article, status) -> {audience: sentence}. SELF speaks to the one who acts; OTHER to someone who
# asks about what another person did or does (a parent, a student, a colleague).
SENTENCES: dict[tuple[str, str], dict[str, str]] = {
    ("A7", VIOLATED): {
        SELF: N_("Do not do this: it goes against the norms of decency. If it is already online, take it down."),
        OTHER: N_(
            "This goes against the norms of decency. Do not react to it, keep screenshots, and tell the form tutor or "
            "the school."
        ),
    },
    ("A6", VIOLATED): {
        SELF: N_("Do not send or accept this request. For a contact from before, ask your manager."),
        OTHER: N_(
            "A staff member may not become 'friends' with a student on social media. The student can decline the "
            "request. Tell the form tutor or the school."
        ),
    },
    ("A5", VIOLATED): {
        SELF: N_("Ask everyone who can be seen or heard for their consent first, or leave them out."),
        OTHER: N_(
            "This may only be put on social media if everyone in it agreed first. Ask the person who posted it to "
            "take it down, or tell the form tutor or the school."
        ),
    },
    ("A1", VIOLATED): {
        SELF: N_(
            "Do not use social media in this lesson without permission (students ask the teacher, staff the school "
            "management)."
        ),
        OTHER: N_("Social media in a lesson is only allowed with permission. Tell the teacher or the form tutor."),
    },
    ("A2", VIOLATED): {
        SELF: N_(
            "Do not share it like this. Leave out what is confidential or private about someone else, and anything "
            "that harms someone."
        ),
        OTHER: N_(
            "This should not have been shared like this. Ask the person who posted it to take it down, or tell the "
            "form tutor or the school."
        ),
    },
    ("C1", VIOLATED): {
        SELF: N_(
            "Do not post it like this. Leave out confidential or private information about people of TVO, and "
            "anything that harms TVO's good name."
        ),
        OTHER: N_("A staff member should not post this. Tell the school."),
    },
    ("C3", VIOLATED): {
        SELF: N_(
            "Add that these are your own views, separate from TVO's, and that you are not responsible for what "
            "others write."
        ),
        OTHER: N_(
            "A staff member who publishes about TVO outside work must say that these are their own views. You can "
            "tell the school."
        ),
    },
    ("B2", VIOLATED): {
        SELF: N_("Say in the discussion that you work at TVO."),
        OTHER: N_("A staff member who takes part in a discussion about TVO must say that they work there."),
    },
    ("A1", CONDITION): {
        SELF: N_("Ask for permission first: students ask the teacher, staff the school management."),
        OTHER: N_("In a lesson this is only allowed with permission. Ask the teacher whether it was given."),
    },
    ("A5", CONDITION): {
        SELF: N_("Ask everyone who can be seen or heard for their consent first, or leave them out."),
        OTHER: N_(
            "This is only allowed if everyone in it agreed first. If you (or your child) did not agree, ask for it "
            "to be taken down, or tell the form tutor or the school."
        ),
    },
    ("A6", CONDITION): {
        SELF: N_("Read the condition below first. If in doubt, ask your manager before you connect."),
        OTHER: N_(
            "A staff member may not become 'friends' with a student on social media. If that is what happened, the "
            "student can decline. Tell the form tutor or the school."
        ),
    },
    ("B3", CONDITION): {
        SELF: N_("Contact your manager now, before you react again."),
        OTHER: N_("When online communication threatens to get out of hand, a staff member contacts their manager."),
    },
    ("B4", CONDITION): {
        SELF: N_("Ask your manager before you post it."),
        OTHER: N_("A staff member who is in doubt asks their manager before posting."),
    },
    ("A2", CONDITION): {
        SELF: N_(
            "Before you post, check the points below: nothing confidential, nothing private about someone else, and "
            "no harm to people of TVO."
        ),
        OTHER: N_(
            "Check the points below. If one of them is not met, ask for it to be taken down, or tell the form tutor or "
            "the school."
        ),
    },
    ("C1", CONDITION): {
        SELF: N_(
            "Before you post, check the points below: nothing confidential or private about people of TVO, and no "
            "harm to TVO's good name."
        ),
        OTHER: N_("Check the points below. If one of them is not met, tell the school."),
    },
    ("A7", CONDITION): {
        SELF: N_("Make sure it does not bully, hurt, threaten or damage anyone."),
        OTHER: N_(
            "If it bullies, hurts, threatens or damages someone, it is not allowed. Then keep screenshots and tell "
            "the form tutor or the school."
        ),
    },
    ("D2", CONDITION): {
        SELF: N_("It depends on whether this is related to TVO: read the points below."),
        OTHER: N_("It depends on whether this is related to TVO: read the points below."),
    },
}
# The same remedy whichever of the two articles applies (at work or outside work).
SENTENCES[("C2", VIOLATED)] = SENTENCES[("B2", VIOLATED)]
SENTENCES[("C3", CONDITION)] = SENTENCES[("C3", VIOLATED)]
SENTENCES[("B2", CONDITION)] = SENTENCES[("C2", CONDITION)] = SENTENCES[("B2", VIOLATED)]

# Answers that no single finding decides.
ALLOWED = {
    SELF: N_("You may do this. Keep the points below in mind."),
    OTHER: N_("The protocol allows this. If it still worries you, you can talk to the form tutor or the school."),
}
NOT_BOUND = {
    SELF: N_("The protocol does not bind you, because you have no tie to TVO. The law still applies."),
    OTHER: N_(
        "The protocol does not bind someone with no tie to TVO. The law still applies. If it concerns a student, "
        "you can tell the school."
    ),
}
NOT_RELATED = {
    SELF: N_("The protocol does not apply, because this is not related to TVO. The law still applies."),
    OTHER: N_("The protocol does not apply, because this is not related to TVO. The law still applies."),
}


def deciding(verdict: str, findings: list[Finding]) -> Optional[Finding]:
    """The finding the answer turns on: the first breach, or the first open condition, by the orders above."""
    status, order = (VIOLATED, BREACH_ORDER) if verdict == "not_allowed" else (CONDITION, CONDITION_ORDER)
    candidates = [finding for finding in findings if finding.status == status and finding.article in order]
    return min(candidates, key=lambda finding: order.index(finding.article), default=None)


def next_step(scenario: dict, verdict: str, findings: list[Finding]) -> tuple[Optional[str], str]:
    """The deciding article (None when no single one decides) and the English source sentence."""
    audience = OTHER if scenario.get("asker") else SELF
    if verdict == "out_of_scope":
        return ("D1", NOT_BOUND[audience]) if scenario["role"] == "no_tie" else ("D2", NOT_RELATED[audience])
    if verdict == "allowed":
        return None, ALLOWED[audience]
    finding = deciding(verdict, findings)
    return finding.article, SENTENCES[(finding.article, finding.status)][audience]
