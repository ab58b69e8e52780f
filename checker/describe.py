"""The scenario described for forms and tools: a JSON Schema plus the words to ask it with.

Which question matters when is derived from the rules' own declarations (`rules.RULES`), so a
form built from `describe()` asks exactly what the rules read.
"""

from __future__ import annotations

from .articles import ARTICLES
from .evaluate import check_language
from .i18n import DEFAULT_LANGUAGE, N_, translator
from . import rules
from .choices import CHOICES, chosen
from .rules import RULES, SCOPE_MATTERS, When
from .scenario import KEYS, REQUIRED

QUESTIONS = {
    "role": N_("Who are you? (If you work at TVO and are also a parent or carer of a student, choose 'Staff member'.)"),
    # Asked only when someone else acts (the form's first question, WHO): who asks changes only the
    # answer's words (checker/next_step.py).
    "asker": N_("And who are you?"),
    "setting": N_("When do you do this?"),
    "action": N_("What do you want to do?"),
    # One question for D2 (scope), A2 and C1 (what is posted), A5 ("opnamen van
    # school-gerelateerde situaties") and B2/C2/C3 (TVO), asked wherever they can apply.
    "school_related": N_(
        "Is it related to TVO? For example: it is about students, staff or parents or carers of TVO, about something that "
        "happens at or through TVO, or it shows a situation at TVO. A general discussion about education in which "
        "TVO plays no part does not count."
    ),
    "overlap": N_(
        "Does it happen in a place of TVO, such as a group chat of a class, a team or parents of TVO, or on an "
        "account about TVO? (That people of TVO follow your account does not count.)"
    ),
    "permission": N_(
        "Did you get permission to use social media in this lesson? (Students get it from the teacher, staff from the school management.)"
    ),
    "confidential": N_(
        "Does it contain confidential information (information not meant for everyone, for example from a "
        "student's file or a closed meeting)?"
    ),
    "personal_information": N_(
        "Does it contain private information about someone else (for example an address, a phone number, health, "
        "grades, a family situation, or behaviour or problems at school)? Someone's name or role in an ordinary, "
        "non-hurtful context does not count."
    ),
    "harms_others": N_(
        "Does it harm other people involved with TVO (for example by revealing private matters, making fun of "
        "someone or claiming something untrue)? Honest, factual criticism does not count."
    ),
    "harms_school": N_(
        "Does it harm TVO's good name (for example by claiming something untrue about TVO)? Honest, factual "
        "criticism does not count."
    ),
    "consent": N_(
        "Has everyone who can be seen or heard explicitly agreed, beforehand, to this photo or recording being put "
        "on social media here? The consent parents gave the school for its own photos does not count for your own "
        "account. (If no one can be seen or heard, answer Yes.)"
    ),
    "contact_role": N_("Who is the other person?"),
    "offensive": N_(
        "Does it bully, hurt, stalk, threaten or spread lies about someone, or damage them in another way? "
        "Factual criticism or an honest opinion is not in itself a breach of the norms of decency."
    ),
    "possibly_criminal": N_(
        "Could what you write be a criminal offence? For example: threatening someone, falsely accusing someone, "
        "spreading nude images of someone, sending round someone's address to frighten them, discriminating."
    ),
    "identifies_as_staff": N_("Do you say in the discussion that you work at TVO?"),
    "disclaimer": N_(
        "Does it say that the views are your own and separate from any official position of TVO, and that you are not responsible for what others write?"
    ),
    "escalating": N_(
        "Is the online communication (for example reactions on social media or in a group chat) threatening to get out of hand?"
    ),
    "in_doubt": N_("Do you have doubts about whether you may post this?"),
}
# A question worded for the action where the general wording does not fit it (a recording has
# no "statement"; looking around or connecting writes nothing).
VARIANTS = {
    "personal_information": {
        "post_media": N_(
            "Apart from the people who can be seen or heard, does it show private information about someone else "
            "(for example a grade list, an address or medical information)?"
        ),
    },
    "offensive": {
        action: N_(
            "Does what you do bully, hurt, stalk, threaten or otherwise damage someone (for example by following, "
            "watching or contacting them again and again)?"
        )
        for action in ("browse", "connect")
    },
    "possibly_criminal": {
        "post_media": N_(
            "Could what you put on social media be a criminal offence? For example: nude images of someone, or a "
            "recording that threatens someone or discriminates."
        ),
        **{
            action: N_(
                "Could what you do be a criminal offence? For example: looking at or keeping nude images of "
                "someone, stalking or threatening someone."
            )
            for action in ("browse", "connect")
        },
    },
}
# A question worded for the role where what it asks differs: staff's accounts tie them to the
# job (D2, counsel K-1), and when staff post, the parent consents for a child under 16 and TVO's
# consent form counts on TVO's channels (A5, counsel K-2).
ROLE_VARIANTS = {
    "overlap": {
        "staff": N_(
            "Do school and private life overlap here in another way? For example: your account is known as that of "
            "a TVO staff member, students or parents follow you, or it happens in a group chat of a class, a team "
            "or parents of TVO."
        ),
    },
    "consent": {
        "staff": N_(
            "Has everyone who can be seen or heard explicitly agreed, beforehand, to this photo or recording being "
            "put on social media here? For anyone under 16, their parent or carer must agree. If you post for TVO on "
            "a TVO channel, the consent on TVO's consent form for that channel counts, unless it was withdrawn. (If "
            "no one can be seen or heard, answer Yes.)"
        ),
    },
}
# The consent question for students and parents when the school chose the parent's consent for
# everyone ("a5_under_16").
CONSENT_EVERYONE = N_(
    "Has everyone who can be seen or heard explicitly agreed, beforehand, to this photo or recording being put on "
    "social media here? For anyone under 16, their parent or carer must agree. The consent parents gave the school "
    "for its own photos does not count for your own account. (If no one can be seen or heard, answer Yes.)"
)

# Where a question's wording reads more or less into the Dutch words than they say, the reading
# it rests on (declared with the rules; the reading page lists them with the questions).
QUESTION_READINGS = {
    "school_related": (rules.TVO_READING,),
    "overlap": (rules.OVERLAP_READING,),
    "setting": (rules.WORK_READING,),
    "action": (rules.FRIENDS_READING, rules.RECORDING_READING),
    "personal_information": (rules.OTHERS_INFORMATION_READING, rules.RECORDING_READING, rules.C1_PEOPLE_READING),
    "confidential": (rules.C1_PEOPLE_READING,),
    "harms_others": (rules.HARM_READING,),
    "harms_school": (rules.HARM_READING,),
    "offensive": (rules.HARM_READING, rules.CONDUCT_READING),
    "consent": (rules.CONSENT_READING,),
    "possibly_criminal": (rules.CONDUCT_READING,),
    "role": (rules.OTHERS_READING, rules.NO_TIE_READING, rules.STAFF_PARENT_READING),
}

STAFF_LABELS = {
    "everyone_who_works": N_("Staff member (trainees and temporary, agency and seconded staff included)"),
    "employees": N_("Staff member (employed by TVO)"),
}
ROLE_LABELS = {
    "staff": STAFF_LABELS[CHOICES["staff"].default],
    "student": N_("Student"),
    "parent": N_("Parent or carer"),
    "other": N_(
        "Someone else connected to TVO (for example a volunteer, a member of the participation council, or a "
        "supplier working at school)"
    ),
    "no_tie": N_("I have no tie to TVO (for example a neighbour, a former student or a journalist)"),
}
LABELS = {
    "role": ROLE_LABELS,
    "setting": {
        "lesson": N_("During a lesson"),
        "school": N_("At school or at work, outside lessons (for staff: working from home counts too)"),
        "private": N_("In my own time (for staff: outside work)"),
    },
    "action": {
        "browse": N_("Look around without posting anything"),
        "post": N_("Post a message or share information (a screenshot of a chat or a document counts here)"),
        "post_media": N_("Put photos, films or sound recordings on social media"),
        "join_discussion": N_("Take part in an online discussion"),
        "connect": N_("Become 'friends', follow or add someone as a contact (for example on Instagram, Facebook or LinkedIn)"),
    },
    "contact_role": {
        "staff": N_("Staff member"),
        "student": N_("Student"),
        "student_family": N_("A student who is my own child or relative"),
        "parent": N_("Parent or carer"),
        "other": N_("Someone else"),
    },
    "asker": {
        "parent_of_actor": N_("The parent or carer of the one who does it"),
        "parent": N_("Parent or carer"),
        "student": N_("Student"),
        "staff": N_("Staff member"),
        "other": N_("Someone else"),
    },
}
# The form's first question: who acts. Not a scenario key: it sets `role` (the one who acts) and,
# when someone else acts, asks `asker`; "me" asks the role question itself.
WHO_QUESTION = N_("Who does it, or who did it?")
WHO_HINT = N_("In the questions below, 'you' means the person who does it.")
WHO_LABELS = {
    "me": N_("I do"),
    "my_child": N_("My child"),
    "staff": N_("A teacher or another staff member"),
    "student": N_("A student"),
    "parent": N_("A parent or carer"),
    "other": N_("Someone else connected to TVO (for example a volunteer)"),
    "no_tie": N_("Someone with no tie to TVO"),
}
ANSWERS = {"true": N_("Yes"), "false": N_("No"), "unknown": N_("Not sure")}
VERDICTS = {
    "not_allowed": N_("Not allowed"),
    "conditional": N_("It depends on the points below"),
    "allowed": N_("Allowed"),
    "out_of_scope": N_("The protocol does not apply"),
}
STATUSES = {
    "violated": N_("Rule broken"),
    "condition": N_("Condition"),
    "satisfied": N_("OK"),
    "reminder": N_("Good to know"),
}
# What each status means, said once under the findings' heading (only the statuses the answer has).
STATUS_HELP = {
    "violated": N_("this goes against the article"),
    "condition": N_("it depends on this point; the text says what makes it allowed"),
    "satisfied": N_("this article is met"),
    "reminder": N_("worth knowing, whatever you answered"),
}
# Headings and links of an answer, besides the page's own texts.
TEXTS = {
    "readings": N_("How the checker reads the protocol here"),
    "why": N_("Why?"),
    "notes": N_("Please note"),
    # Shown with every answer until the school has approved the reading built (tools/approval.py).
    "not_approved": N_("The school has not yet approved how the checker reads the protocol."),
    "next_step": N_("What you can do"),
}


def relevance() -> dict[str, list[dict]]:
    """For each optional key, the choices of role, setting and action under which it can change
    the answer: a list of alternatives, each listing the roles, settings (null: not given) and
    actions it covers."""
    whens: dict[str, list[When]] = {
        "school_related": list(SCOPE_MATTERS),
        "overlap": list(SCOPE_MATTERS),
        # Anyone who connects: for "someone else", a student on the other side brings a note (trainees).
        "contact_role": [When(actions=("connect",))],
    }
    for rule in RULES:
        for key in rule.reads:
            if rule.when not in whens.setdefault(key, []):
                whens[key].append(rule.when)
    return {
        key: [
            {"role": list(when.roles), "setting": list(when.settings), "action": list(when.actions)}
            for when in whens[key]
        ]
        for key in KEYS
        if key in whens
    }


RELEVANCE = relevance()


def questions() -> dict[str, str]:
    """The questions, with the consent question as the school's choice on children under 16 asks it."""
    return {**QUESTIONS, "consent": CONSENT_EVERYONE} if chosen("a5_under_16") == "everyone" else QUESTIONS


def labels() -> dict[str, dict[str, str]]:
    """The answers' labels, with the staff label the school's choice of who counts as staff."""
    return {**LABELS, "role": {**ROLE_LABELS, "staff": STAFF_LABELS[chosen("staff")]}}


def describe(lang: str = DEFAULT_LANGUAGE) -> dict:
    """The scenario as a JSON Schema (draft 2020-12) whose titles are the questions in `lang`,
    with the labels, answers, verdicts, statuses and article titles in `lang` beside it."""
    lang = check_language(lang)
    _ = translator(lang)
    properties = {}
    for key, accepted in KEYS.items():
        prop = {"title": _(questions()[key])}
        if accepted is bool:
            prop["type"] = "boolean"
        else:
            prop["type"] = "string"
            prop["enum"] = list(accepted)
        properties[key] = prop
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "TVO social media protocol: scenario",
        "type": "object",
        "properties": properties,
        "required": list(REQUIRED),
        "additionalProperties": False,
        "lang": lang,
        "questions": {key: _(text) for key, text in questions().items()},
        "variants": {key: {action: _(text) for action, text in by_action.items()} for key, by_action in VARIANTS.items()},
        "role_variants": {key: {role: _(text) for role, text in by_role.items()} for key, by_role in ROLE_VARIANTS.items()},
        "labels": {key: {value: _(label) for value, label in values.items()} for key, values in labels().items()},
        "who": {
            "question": _(WHO_QUESTION),
            "hint": _(WHO_HINT),
            "labels": {value: _(label) for value, label in WHO_LABELS.items()},
        },
        "answers": {answer: _(label) for answer, label in ANSWERS.items()},
        "relevance": RELEVANCE,
        "verdicts": {verdict: _(label) for verdict, label in VERDICTS.items()},
        "statuses": {status: _(label) for status, label in STATUSES.items()},
        "status_help": {status: _(text) for status, text in STATUS_HELP.items()},
        "articles": {article: _(title) for article, title in ARTICLES.items()},
        "texts": {key: _(text) for key, text in TEXTS.items()},
    }
