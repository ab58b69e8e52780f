"""The school's choices: where the protocol's words leave a point to the school, not to the checker.

Counsel's review (2026-12-05, section 5.3) names points that the Dutch text does not settle and
that the competent authority, not the checker's code, must decide. Each is one entry here: the
article and its Dutch words, the options, and the default with the reason for it. The default is
the option closest to the Dutch words and never harsher than them. The rules read `chosen(id)`;
nothing else in the checker decides these points.

The school makes its choices in `protocol/choices.yml` (a file it can edit without reading
Python); the build checks it and writes the options chosen into `chosen.json` beside this module
(tools/choices.py), which the checker reads here, in CPython and in Pyodide alike. Without that
file, the defaults apply.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .i18n import N_


@dataclass(frozen=True)
class Choice:
    article: str
    words: str  # the Dutch words the choice is about, verbatim from the article
    question: str  # what the school decides (English source text)
    options: dict[str, str]  # option -> what the checker answers under it (English source text)
    default: str
    why: str  # why the default (English source text)


CHOICES: dict[str, Choice] = {
    "staff": Choice(
        "D1", "medewerkers",
        N_("Who counts as a staff member?"),
        {
            "everyone_who_works": N_(
                "Everyone who works at TVO or does an internship there, also temporarily, through an agency or "
                "seconded: A6 and sections B and C apply to them; S1 and S2 only to TVO's own employees."
            ),
            "employees": N_("Only people employed by TVO: trainees and agency staff choose 'Someone else connected to TVO'."),
        },
        "everyone_who_works",
        N_(
            "A6 keeps a professional distance between students and the people who teach or supervise them, and "
            "sections B and C ask care of everyone who may be taken to speak for TVO; a trainee or supply teacher "
            "does that work too (counsel, L-6)."
        ),
    ),
    "a6_family": Choice(
        "A6", "Het is medewerkers niet toegestaan om 'vrienden' te worden met leerlingen op sociale media.",
        N_("Does A6 apply when the student is the staff member's own child or another relative?"),
        {
            "ask_school": N_(
                "A condition: A6 makes no exception for family; the staff member asks their manager first."
            ),
            "not_covered": N_("Good to know: A6 is about professional distance and does not apply to family."),
            "covered": N_("Rule broken: A6 applies to family as to any student."),
        },
        "ask_school",
        N_(
            "The words make no exception for family, yet A6 is about professional distance, and a sanction for "
            "being connected with one's own child would hardly stand (counsel, L-11): the checker does not "
            "decide it, the school does."
        ),
    ),
    "c1_at_work": Choice(
        "C1", "Tevens mag de publicatie de naam van de school niet schaden.",
        N_("What does the checker say when a staff member at work publishes something that harms TVO's good name?"),
        {
            "ask_manager": N_(
                "A condition: C1 binds staff outside work only, so at work the checker asks the staff member to "
                "discuss it with their manager first, as B4 asks when in doubt."
            ),
            "reminder": N_("Good to know: a reminder of U4 (mind the good name of the school), nothing more."),
        },
        "ask_manager",
        N_(
            "C1 speaks of staff outside work only; at work a private opinion is even more easily taken for the "
            "school's (B1), so the checker points to the manager without calling it a breach (counsel, L-15)."
        ),
    ),
    "a5_under_16": Choice(
        "A5", "tenzij betrokkenen hier uitdrukkelijk toestemming voor plaatsing hebben gegeven",
        N_("Who gives consent for a child under 16 who can be seen or heard, when a student or a parent posts?"),
        {
            "staff": N_(
                "The people who can be seen or heard, as A5's words say; the answer advises asking a child's parent or "
                "carer too. When staff post, the parent or carer of a child under 16 must give consent."
            ),
            "everyone": N_("The parent or carer of a child under 16 must give consent, whoever posts."),
        },
        "staff",
        N_(
            "A5 asks the consent of the people who can be seen or heard; when staff post recordings of school "
            "situations, the school answers for them under the law on privacy, which asks the parent's consent for "
            "a child under 16, while a student's or a parent's own post may rest on another ground (counsel, L-4, M-2)."
        ),
    ),
    "a7_possibly_criminal": Choice(
        "A7", "Alle betrokkenen nemen de fatsoensnormen in acht.",
        N_("Is something that may be a criminal offence, and does not bully, hurt or damage anyone, a breach of A7?"),
        {
            "condition": N_(
                "A condition: do not do it if it is a criminal offence; the law applies to criminal offences, "
                "apart from this protocol."
            ),
            "breach": N_("Rule broken: something that may be a criminal offence oversteps the norms of decency."),
        },
        "condition",
        N_(
            "A7's examples are about damaging people; not every possible offence does that, and a possibility is "
            "not a breach (counsel, L-12)."
        ),
    ),
    "s5_acts": Choice(
        "S5", "Indien de uitlating van leerlingen, en/of ouders/verzorgers en medewerkers mogelijk een "
        "strafrechtelijke overtreding inhoudt",
        N_("What does the checker say when not a statement but an act (looking, following, contacting) may be a criminal offence?"),
        {
            "good_to_know": N_(
                "Good to know: the school may involve the police. The answer also says where anyone who has seen or "
                "received something harmful can get help. S5 is not named."
            ),
            "s5": N_("S5 is named among the consequences: the management reports it to the police."),
        },
        "good_to_know",
        N_(
            "S5 speaks of a statement ('uitlating'); someone who has seen or received something harmful may need "
            "help and must not be deterred from asking for it (counsel, L-13)."
        ),
    ),
    "pointers": Choice(
        "U2", "Dit protocol draagt bij aan een goed en veilig school- en onderwijsklimaat;",
        N_("Does the checker point to help and procedures beyond the protocol?"),
        {
            "on": N_(
                "Yes: the form tutor (mentor) or confidential adviser, the complaints procedure, the whistleblower "
                "procedure and the route for a data breach, where an answer touches them."
            ),
            "off": N_("No: the checker says only what the protocol says."),
        },
        "on",
        N_(
            "The pointers forbid nothing and add no duty; they say where rights the protocol cannot limit are "
            "exercised, and where to get help (counsel, L-13, L-16, L-29)."
        ),
    ),
}

CHOSEN = Path(__file__).with_name("chosen.json")  # written by tools/choices.py from protocol/choices.yml


def in_force() -> dict[str, str]:
    """The option in force for each choice: the school's, else the default."""
    selected = {choice_id: choice.default for choice_id, choice in CHOICES.items()}
    if CHOSEN.exists():
        selected.update(json.loads(CHOSEN.read_text(encoding="utf-8")))
    return selected


SELECTED: dict[str, str] = in_force()


def chosen(choice_id: str) -> str:
    return SELECTED[choice_id]
