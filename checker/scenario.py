"""The scenario: its keys, their accepted values, and validation (checker contract, "Scenario").

A scenario is a flat JSON object. `role` and `action` are required; a key that is left out
means "unknown / not sure". Every message here names the offending key and the accepted values
in the requested language.
"""

from __future__ import annotations

import json
from typing import Any

from .i18n import N_, translator

# Who acts: the four groups of D1, and someone with no tie to TVO (whom the protocol does not bind).
ROLES = ("staff", "student", "parent", "other", "no_tie")
# Who the other person is, when connecting (A6): a student who is the staff member's own relative
# is a point the school decides (checker/choices.py, "a6_family").
CONTACTS = ("staff", "student", "student_family", "parent", "other")
# Who asks, when not the one who acts (contract 1.3): the actor's own parent or carer ("my child"),
# or a parent, student, staff member or someone else asking about what another person did. It
# changes only the words of the answer's next step; the rules judge the one who acts (`role`).
ASKERS = ("parent_of_actor", "parent", "student", "staff", "other")
SETTINGS = ("lesson", "school", "private")
ACTIONS = ("browse", "post", "post_media", "join_discussion", "connect")

# Actions that publish something: a message, a recording or a contribution to a discussion.
PUBLISHING = ("post", "post_media", "join_discussion")

# key -> accepted values (a tuple of strings) or bool; dict order is the contract's order.
KEYS: dict[str, tuple[str, ...] | type] = {
    "role": ROLES,
    "asker": ASKERS,
    "setting": SETTINGS,
    "action": ACTIONS,
    "school_related": bool,
    "overlap": bool,
    "permission": bool,
    "confidential": bool,
    "personal_information": bool,
    "harms_others": bool,
    "harms_school": bool,
    "consent": bool,
    "contact_role": CONTACTS,
    "offensive": bool,
    "possibly_criminal": bool,
    "identifies_as_staff": bool,
    "disclaimer": bool,
    "escalating": bool,
    "in_doubt": bool,
}
REQUIRED = ("role", "action")

# Longest excerpt of a rejected value quoted back in a message: a huge string stays one line.
_QUOTE_LIMIT = 40


class ScenarioError(ValueError):
    """Invalid input: the message names the offending field and the accepted values."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


def error(lang: str, field: str | None, message: str, **values: Any) -> ScenarioError:
    return ScenarioError(translator(lang)(message).format(**values), field)


def quote(value: Any) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE_LIMIT else text[: _QUOTE_LIMIT - 1] + "…"


def _accepted(accepted: tuple[str, ...] | type) -> str:
    return "true, false" if accepted is bool else ", ".join(accepted)


def validate(scenario: Any, lang: str) -> None:
    """Raise ScenarioError for anything the contract does not accept; return None otherwise."""
    if not isinstance(scenario, dict):
        raise error(lang, None, N_("The scenario must be a JSON object with keys such as \"role\" and \"action\"."))
    for key in scenario:
        if key not in KEYS:
            raise error(
                lang,
                str(key),
                N_("Unknown key {key}. Accepted keys: {accepted}."),
                key=quote(key),
                accepted=", ".join(KEYS),
            )
    for key in REQUIRED:
        if key not in scenario:
            raise error(
                lang, key, N_("The key \"{key}\" is required. Accepted values: {accepted}."),
                key=key, accepted=_accepted(KEYS[key]),
            )
    for key, accepted in KEYS.items():
        if key not in scenario:
            continue
        value = scenario[key]
        if accepted is bool:
            if not isinstance(value, bool):
                raise error(
                    lang, key, N_("The value of \"{key}\" must be true or false, not {value}."),
                    key=key, value=quote(value),
                )
        elif not isinstance(value, str) or value not in accepted:
            raise error(
                lang, key, N_("The value {value} is not accepted for \"{key}\". Accepted values: {accepted}."),
                key=key, value=quote(value), accepted=_accepted(accepted),
            )
