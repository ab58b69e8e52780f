"""The answers counsel would sign off for the 47 situations of the legal review (2026-12-05,
section 4), whose scenarios are `checker.examples.EXAMPLES` (the reading page shows them).

Each row: the review's number, the verdict, the status of each article that decides or is named
(None: not cited), the consequences, the lines the answer must carry besides its findings (`notes`,
a subset), and `why`: what changed since the review, by finding (L-n), or why the answer stands.

Where a question was reworded (L-1, L-2, L-3, L-4, L-9), the scenario is answered as the new
question asks: a name in an ordinary context is not private information about someone else,
children's faces are what A5 governs, a national debate is not related to TVO, a 14-year-old's own
consent is not the consent A5 asks for, factual criticism does not harm. Used by
tests/test_situations.py (CPython) and tests/test_pyodide.py (Pyodide).
"""

V, C, S, R, NA = "violated", "condition", "satisfied", "reminder", None
ALWAYS = ("guidance",)

SITUATIONS = [
    # number, verdict, {article: status}, consequences, notes, why
    (1, "not_allowed", {"A5": V}, ["S3", "S4"], ("parent_measures", "guidance", "other_rules"),
     "A5 on its words; the consent question now says who consents for a child under 16 (L-4, L-10)."),
    (2, "allowed", {"A5": S, "A2": S}, [], ALWAYS, "Stands."),
    (3, "allowed", {"A5": S, "A2": S}, [], ALWAYS,
     "A5 governs the people a recording shows; A2's question asks what else it shows, so faces are not 'Yes' (L-2)."),
    (4, "allowed", {"A5": S, "A2": S}, [], ALWAYS, "The parent consents for their own child; A2 does not override A5 (L-1, L-2)."),
    (5, "allowed", {"A2": S, "A4": R}, [], ALWAYS, "One's own information is a reminder (A4), not a breach (L-1)."),
    (6, "allowed", {"A2": S, "A4": R}, [], ALWAYS, "Own name: not private information about someone else (L-1)."),
    (7, "allowed", {"A2": S}, [], ALWAYS, "A name in an ordinary, non-hurtful context is not private information (L-1)."),
    (8, "not_allowed", {"A1": V, "A5": V, "A2": C, "A7": C}, ["S3", "S4"], ALWAYS, "Stands."),
    (9, "allowed", {"A1": S, "A5": S}, [], ALWAYS, "Stands."),
    (10, "conditional", {"A1": S, "A5": C, "A2": NA}, [], ALWAYS,
     "A recording made during a lesson shows a school-related situation: consent is asked (L-10)."),
    (11, "not_allowed", {"A1": V}, ["S3", "S4"], ALWAYS,
     "Stands; S4 now reads 'depending on the seriousness' and the answer says it is not a decision (L-17)."),
    (12, "conditional", {"A1": C}, [], ALWAYS, "Stands."),
    (13, "not_allowed", {"A1": V}, ["S1", "S2"], ("guidance", "other_rules_staff"), "Stands."),
    (14, "not_allowed", {"A6": V}, ["S1", "S2"], ALWAYS, "Stands."),
    (15, "conditional", {"A6": C}, [], ALWAYS, "Family is the school's choice; by default: ask your manager first (L-11)."),
    (16, "allowed", {"A6": R}, [], ALWAYS, "'Allowed for you; the staff member may not accept' (L-26)."),
    (17, "not_allowed", {"A6": V}, ["S1", "S2"], ALWAYS, "'Staff member' includes trainees by default (L-6)."),
    (18, "not_allowed", {"C1": V, "C3": V}, ["S1", "S2"], ("whistleblower", "guidance", "other_rules_staff"),
     "C1 names the failed condition; whistleblower and complaints pointer (L-16, L-21)."),
    (19, "allowed", {"C1": S, "C3": S}, [], ALWAYS, "Stands."),
    (20, "not_allowed", {"C1": V, "C2": V, "C3": V}, ["S1", "S2"], ("whistleblower",), "C2/C3 on their words; L-16 pointer."),
    (21, "conditional", {"B4": C, "C1": NA, "U4": NA}, [], ("whistleblower",),
     "C1 binds outside work only; the school's default: discuss it with your manager first (B4) (L-15)."),
    (22, "allowed", {"C2": NA, "C3": NA, "D2": R}, [], ("other_rules_staff",),
     "The question asks about TVO; a general debate on education does not count (L-3)."),
    (23, "allowed", {"B2": NA, "A2": NA}, [], ALWAYS, "Stands."),
    (24, "allowed", {"A2": NA, "A5": NA}, [], ALWAYS,
     "Only the situation brings the protocol in: A2 and A5 are not asked of a private photo (L-1, L-7)."),
    (25, "not_allowed", {"A2": V, "A5": NA}, ["S3", "S4"], ("parent_measures",),
     "A screenshot is sharing information, not a recording: A2, not A5 (L-28); A2 names both failed conditions (L-21)."),
    (26, "not_allowed", {"A7": V}, ["S3", "S4"], ALWAYS, "Counsel approves the conduct reading."),
    (27, "not_allowed", {"A2": V, "A7": V, "S5": R}, ["S3", "S4", "S5"], ALWAYS,
     "A7 on its own words, not on a reading about offences (L-12)."),
    (28, "conditional", {"A7": C, "S5": R}, ["S5"], ALWAYS,
     "No silence: the overlap is still open, so A7 and S5 are named 'if this is related to TVO' (L-8, L-24)."),
    (29, "not_allowed", {"A2": V, "A7": V, "S5": R}, ["S3", "S4", "S5"], ("parent_measures", "complaints"),
     "A7 on its own words (L-12); measures aimed at the parent (L-17)."),
    (30, "conditional", {"A7": C, "S5": NA}, [], ("help", "police"),
     "S5 is for statements; help first, the police only as what the school may do (L-13)."),
    (31, "out_of_scope", {"D1": S, "A5": NA}, [], ("other_rules",), "The protocol does not bind outsiders; the law does (L-5)."),
    (32, "not_allowed", {"A7": V, "S5": NA}, [], ("other_measures",), "S5 does not name volunteers; measures explained (L-25)."),
    (33, "not_allowed", {"A2": V, "A7": V}, ["S3", "S4"], ALWAYS, "Stands."),
    (34, "allowed", {"A2": S, "A7": S}, [], ALWAYS, "Honest, factual criticism does not harm (L-9)."),
    (35, "allowed", {"U4": R}, [], ("complaints",), "Stands; complaints pointer (L-16)."),
    (36, "allowed", {"D2": S, "A7": S, "C1": NA, "C3": NA}, [], ("other_rules_staff",),
     "The overlap question: followed by students, the protocol applies; C1 and C3 do not (L-7)."),
    (37, "not_allowed", {"A5": V, "C3": V}, ["S1", "S2"], ALWAYS,
     "A 14-year-old's own consent is not A5's: the question asks the parent's (L-4)."),
    (38, "not_allowed", {"A2": V}, ["S1", "S2"], ("data_breach",), "Data-breach pointer (L-29)."),
    (39, "conditional", {"B3": C, "B2": S}, [], ALWAYS, "Stands."),
    (40, "conditional", {"B4": C}, [], ALWAYS, "Stands."),
    (41, "not_allowed", {"B2": V, "C2": NA}, ["S1", "S2"], ALWAYS, "Stands (B2 or C2, one finding)."),
    (42, "conditional", {"D2": C, "A1": C, "A2": C, "A7": C, "C1": C, "C3": C}, [], ALWAYS, "Stands."),
    (43, "conditional", {"D2": C, "A2": C, "A5": C, "A7": C}, [], ALWAYS, "Stands."),
    (44, "conditional", {"A7": C, "S5": R}, ["S5"], ALWAYS, "S5 worded 'if this is related to TVO' (L-24)."),
    (45, "allowed", {"D2": R, "A1": NA}, [], ("other_rules",),
     "No open fact can make it 'not allowed'; other rules (school rules on phones) still apply (L-8)."),
    (46, "allowed", {"A6": S, "D2": R}, [], ALWAYS, "No open fact can make it 'not allowed' (issue 18)."),
    (47, "allowed", {"A6": S}, [], ALWAYS, "Stands."),
]
