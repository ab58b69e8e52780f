"""The scenario described for forms and tools: a JSON Schema plus the words to ask it with.

Which question matters when is derived from the rules' own declarations (`rules.RULES`), so a
form built from `describe()` asks exactly what the rules read.
"""

from __future__ import annotations

from .articles import ARTICLES
from .evaluate import check_language
from .i18n import DEFAULT_LANGUAGE, N_, translator
from .rules import RULES, SCHOOL_RELATED_MATTERS, When
from .scenario import KEYS, REQUIRED

QUESTIONS = {
    "role": N_("Who are you?"),
    "setting": N_("Where are you, or when is this?"),
    "action": N_("What do you want to do?"),
    # One question for D2 (scope), A5 ("opnamen van school-gerelateerde situaties") and B2/C2 ("een
    # discussie die (op enigerlei wijze) te maken heeft met" TVO), asked wherever they can apply.
    "school_related": N_(
        "Does it have anything to do with the school? For example: it is about the school, a teacher, a "
        "student or a school activity, or it shows a school situation."
    ),
    "permission": N_(
        "Did you get permission to use social media in this lesson? (Students get it from the teacher, staff from the school management.)"
    ),
    "confidential": N_("Does it contain confidential information (information not meant for everyone)?"),
    "personal_information": N_("Does it contain personal information, about anyone (yourself included)?"),
    "harms_others": N_("Could it harm other people involved with the school?"),
    "harms_school": N_("Could it harm the good name of the school?"),
    "consent": N_("Has everyone who can be seen or heard explicitly agreed to it being put online?"),
    "contact_role": N_("Who is the other person?"),
    "offensive": N_("Could it bully, hurt, stalk, threaten or spread lies about someone, or harm them in another way?"),
    "possibly_criminal": N_("Could the statement be a crime?"),
    "identifies_as_staff": N_("Do you say in the discussion that you work at TVO?"),
    "disclaimer": N_(
        "Does it say that the views are your own and separate from any official position of the school, and that you are not responsible for what others write?"
    ),
    "escalating": N_("Is the conversation threatening to get out of hand?"),
    "in_doubt": N_("Do you have doubts about whether you may post this?"),
}

ROLE_LABELS = {
    "staff": N_("Staff member"),
    "student": N_("Student"),
    "parent": N_("Parent or carer"),
    "other": N_("Someone else connected to the school"),
}
LABELS = {
    "role": ROLE_LABELS,
    "setting": {
        "lesson": N_("During a lesson"),
        "school": N_("At school or at work, outside lessons"),
        "private": N_("In my own time"),
    },
    "action": {
        "browse": N_("Look around without posting anything"),
        "post": N_("Post a message or share information"),
        "post_media": N_("Put photos, films or sound recordings online"),
        "join_discussion": N_("Take part in an online discussion"),
        "connect": N_("Become 'friends' or add someone as a contact (for example on Instagram, Facebook or LinkedIn)"),
    },
    "contact_role": ROLE_LABELS,
}
ANSWERS = {"true": N_("Yes"), "false": N_("No"), "unknown": N_("Not sure")}
VERDICTS = {
    "not_allowed": N_("Not allowed"),
    "conditional": N_("Allowed only if the conditions below are met"),
    "allowed": N_("Allowed"),
    "out_of_scope": N_("The protocol does not apply"),
}
STATUSES = {
    "violated": N_("Rule broken"),
    "condition": N_("Condition"),
    "satisfied": N_("OK"),
    "reminder": N_("Good to know"),
}


def relevance() -> dict[str, list[dict]]:
    """For each optional key, the choices of role, setting and action under which it can change
    the answer: a list of alternatives, each listing the roles, settings (null: not given) and
    actions it covers."""
    whens: dict[str, list[When]] = {"school_related": list(SCHOOL_RELATED_MATTERS)}
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


def describe(lang: str = DEFAULT_LANGUAGE) -> dict:
    """The scenario as a JSON Schema (draft 2020-12) whose titles are the questions in `lang`,
    with the labels, answers, verdicts, statuses and article titles in `lang` beside it."""
    lang = check_language(lang)
    _ = translator(lang)
    properties = {}
    for key, accepted in KEYS.items():
        prop = {"title": _(QUESTIONS[key])}
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
        "questions": {key: _(text) for key, text in QUESTIONS.items()},
        "labels": {key: {value: _(label) for value, label in values.items()} for key, values in LABELS.items()},
        "answers": {answer: _(label) for answer, label in ANSWERS.items()},
        "relevance": RELEVANCE,
        "verdicts": {verdict: _(label) for verdict, label in VERDICTS.items()},
        "statuses": {status: _(label) for status, label in STATUSES.items()},
        "articles": {article: _(title) for article, title in ARTICLES.items()},
    }
