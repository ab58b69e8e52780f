"""Hypothesis strategies for valid scenarios (the contract's keys and values)."""

from hypothesis import strategies as st

ROLES = ["staff", "student", "parent", "other", "no_tie"]
CONTACTS = ["staff", "student", "student_family", "parent", "other"]
ASKERS = ["parent_of_actor", "parent", "student", "staff", "other"]
SETTINGS = ["lesson", "school", "private"]
ACTIONS = ["browse", "post", "post_media", "join_discussion", "connect"]
BOOLEAN_KEYS = [
    "school_related", "overlap", "permission", "confidential", "personal_information", "harms_others", "harms_school",
    "consent", "offensive", "possibly_criminal", "identifies_as_staff", "disclaimer", "escalating", "in_doubt",
]
OPTIONAL = {"setting": st.sampled_from(SETTINGS), "contact_role": st.sampled_from(CONTACTS), "asker": st.sampled_from(ASKERS)}
OPTIONAL.update({key: st.booleans() for key in BOOLEAN_KEYS})

scenarios = st.fixed_dictionaries(
    {"role": st.sampled_from(ROLES), "action": st.sampled_from(ACTIONS)},
    optional=OPTIONAL,
)
