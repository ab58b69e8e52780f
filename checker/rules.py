"""The protocol as rules: one function per article, under the Dutch text it implements.

Read this file next to `protocol-nl.txt`. Each rule is registered with `@rule(...)`, which says
who the article binds (`roles`), in which setting (`settings`, where `None` is "setting
unknown"), for which actions, and which scenario keys it reads. The evaluator only calls a
rule whose `roles`/`settings`/`actions` match; `describe()` derives from the same declarations
which questions matter for which choice, so the form cannot drift from the rules.

A rule returns a `Finding` or `None` (the article has nothing to say here). It reads the
scenario with `.get()`: a key that is absent is an unknown fact, and an unknown fact that
decides the answer yields a `condition`, never a guess.

Statuses: VIOLATED, CONDITION (an open fact, or something to do first), SATISFIED, REMINDER.

Where the checker reads more or less into an article than its words say, it is a `Reading`,
declared here next to the article (or, for a question's wording, in `describe.py` next to the
question), and every finding that rests on one carries it, so the answer says so once, with a
link to its explanation. The site's page "How the checker reads the protocol"
(`checker/reading.py`) lists them all for the school to approve. Points the words leave to the
school are not decided here but read from `choices.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping, Optional

from .choices import chosen
from .i18n import N_
from .scenario import ACTIONS, PUBLISHING, SETTINGS

VIOLATED, CONDITION, SATISFIED, REMINDER = "violated", "condition", "satisfied", "reminder"

Scenario = Mapping[str, object]
ANY_SETTING = (*SETTINGS, None)
WORK = ("lesson", "school")  # a lesson is a work situation for staff too (section B)
BOUND = ("staff", "student", "parent", "other")  # D1: everyone connected to TVO, not "no_tie"
ACTS = ("browse", "connect")  # actions that publish nothing


@dataclass(frozen=True)
class Reading:
    """A place where the checker reads more or less into the Dutch words than they say."""

    id: str  # its anchor on the reading page (#reading-<id>)
    article: str
    words: str  # the Dutch words it reads, verbatim (tests/test_quotes.py finds them in the text)
    text: str  # what the checker reads into them: one sentence (English source text)
    why: str  # why: one sentence (English source text)
    # A reading the school may choose (checker/choices.py): (choice, option) under which it is in force.
    chosen: Optional[tuple[str, str]] = None


@dataclass(frozen=True)
class Finding:
    article: str
    status: str
    message: str  # English source text; translated when the result is assembled
    # Further sentences (English source texts) said after the message: another condition that
    # failed, or a note such as "B2 or C2, whichever applies".
    notes: tuple[str, ...] = ()
    readings: tuple[Reading, ...] = ()  # the checker's readings this finding rests on


@dataclass(frozen=True)
class When:
    """A conjunction: the role, the setting (None: unknown) and the action are in these lists."""

    roles: tuple[str, ...] = BOUND
    settings: tuple[Optional[str], ...] = ANY_SETTING
    actions: tuple[str, ...] = ACTIONS

    def matches(self, scenario: Scenario) -> bool:
        return (
            scenario["role"] in self.roles
            and scenario.get("setting") in self.settings
            and scenario["action"] in self.actions
        )


@dataclass(frozen=True)
class Rule:
    article: str
    quote: str  # the Dutch article text, verbatim (a test checks it against the source)
    when: When
    reads: tuple[str, ...]
    decide: Callable[[Scenario], Optional[Finding]]
    # Section C binds staff outside work only: when the setting is unknown, what it forbids is
    # forbidden only *if* this happens outside work, so a violation becomes a condition.
    setting_specific: bool = False
    # A rule about what is posted (A2, C1): it says nothing of what is not about TVO, and while
    # that is unknown, what it forbids is forbidden only *if* it is about TVO.
    about_tvo: bool = False
    readings: tuple[Reading, ...] = ()  # every reading any of its findings may rest on


RULES: list[Rule] = []


def rule(
    article: str,
    quote: str,
    *,
    when: When = When(),
    reads: tuple[str, ...] = (),
    setting_specific: bool = False,
    about_tvo: bool = False,
    readings: tuple[Reading, ...] = (),
):
    def register(decide: Callable[[Scenario], Optional[Finding]]):
        RULES.append(Rule(article, quote, when, reads, decide, setting_specific, about_tvo, readings))
        return decide

    return register


def require(
    article: str,
    conditions: tuple[tuple[Optional[bool], str], ...],
    condition: str,
    satisfied: str,
    readings: tuple[Reading, ...] = (),
) -> Finding:
    """The common shape of a requirement: each (answer, what breaks it) pair is a condition that
    fails when its answer is `True`. Any failed one is a violation that names every condition that
    failed; else any unknown answer leaves a condition; else the requirement is met."""
    failed = tuple(message for answer, message in conditions if answer is True)
    if failed:
        return Finding(article, VIOLATED, failed[0], failed[1:], readings)
    if any(answer is None for answer, _ in conditions):
        return Finding(article, CONDITION, condition, (), readings)
    return Finding(article, SATISFIED, satisfied, (), readings)


# --- Doelgroep en reikwijdte -----------------------------------------------------------------

D1 = (
    "Deze richtlijnen zijn bedoeld voor alle betrokkenen die deel uitmaken van de schoolgemeenschap, "
    "dat wil zeggen medewerkers, leerlingen, ouders/verzorgers en mensen die op een andere manier "
    "verbonden zijn aan het Thorbecke Voortgezet Onderwijs."
)
D2 = (
    "De richtlijnen in dit protocol hebben enkel betrekking op school-gerelateerde berichten of "
    "wanneer er een overlap is tussen school, werk en privé."
)

OTHERS_READING = Reading(
    "d1-others", "D1", "mensen die op een andere manier verbonden zijn aan het Thorbecke Voortgezet Onderwijs",
    N_(
        "The heading of section A names staff, students and parents or carers; the checker applies section A "
        "to other people connected to TVO as well."
    ),
    N_(
        "D1 counts them among the people the guidelines are meant for, and section A's articles speak of "
        "'betrokkenen' (people involved)."
    ),
)
NO_TIE_READING = Reading(
    "d1-no-tie", "D1", "alle betrokkenen die deel uitmaken van de schoolgemeenschap",
    N_(
        "Someone with no tie to TVO (a neighbour, a former student, a journalist) is not part of the school "
        "community: the protocol does not bind them."
    ),
    N_("D1 names the school community only; the law (portrait rights, privacy, criminal law) binds everyone."),
)


@rule("D1", D1, when=When(roles=("other",)), readings=(OTHERS_READING,))
def everyone_connected_to_the_school(s: Scenario) -> Finding:
    # All four groups are in D1's list; only "other" needs telling that it is meant too.
    return Finding("D1", REMINDER, N_(
        "The protocol is meant for everyone connected to TVO in some way, so it applies to you too."
    ), readings=(OTHERS_READING,))


def not_bound(s: Scenario) -> Finding:
    """D1: someone with no tie to TVO is not part of the school community."""
    return Finding("D1", SATISFIED, N_(
        "You have no tie to TVO, so the protocol does not bind you. The law does: portrait rights, privacy "
        "and criminal law apply to everyone."
    ), readings=(NO_TIE_READING,))


STAFF_PARENT_READING = Reading(
    "d1-staff-parent", "D1", "medewerkers",
    N_(
        "Someone who works at TVO and is also a parent or carer of a student answers as a staff member, in "
        "whichever capacity they post."
    ),
    N_("C1, C2 and C3 bind the staff member ('de medewerker'), whatever capacity they write in (counsel, M-1)."),
)
SITUATION_READING = Reading(
    "d2-situation", "D2", "wanneer er een overlap is tussen school, werk en privé",
    N_(
        "A lesson (for staff and students), a staff member's work and a staff member and a student connecting "
        "count as an overlap between school, work and private life. If only the situation brings the protocol "
        "in and what is posted has nothing to do with TVO, the checker asks A1, A6, A7 and section B, but not "
        "A2, A5 and C1."
    ),
    N_(
        "Without this, A1 (lessons) and A6 (staff and students) would have no effect; and a private post made "
        "at work does not become a school-related message because of where it was made."
    ),
)
OVERLAP_READING = Reading(
    "d2-overlap", "D2", "wanneer er een overlap is tussen school, werk en privé",
    N_(
        "There is also an overlap in a place of TVO (a group chat of a class, a team or parents of TVO, an account "
        "about TVO) and, for staff, on an account known as a TVO staff member's or followed by students or parents. "
        "That classmates or other parents follow a student or a parent does not count."
    ),
    N_(
        "In these places what someone posts reaches the school community. A staff member's account known as such is "
        "tied to the job (art. 7:611 BW); that classmates or other parents follow a student or a parent does not tie "
        "their posts to TVO (counsel, K-1)."
    ),
)
TVO_READING = Reading(
    "d2-tvo", "D2", "school-gerelateerde berichten",
    N_(
        "'School-related' means related to TVO: about people of TVO, about something that happens at or through "
        "TVO, or showing a situation at TVO. A general discussion about education in which TVO plays no part "
        "does not count; nor does it for B2, C2 and C3, which speak of TVO."
    ),
    N_("The protocol is TVO's, and B2, C2 and C3 name TVO; 'school' in its words is this school."),
)


def situation_is_school(s: Scenario) -> bool:
    """D2 "overlap tussen school, werk en privé": some situations are school-related whatever the
    message is about: a lesson (for the staff and students whom A1 binds), a staff member's work,
    and a staff member and a student becoming connected (A6)."""
    role, setting = s["role"], s.get("setting")
    if setting == "lesson" and role in ("staff", "student"):
        return True
    if setting == "school" and role == "staff":
        return True
    if s["action"] != "connect":
        return False
    contact = s.get("contact_role")
    return role == "staff" and contact in ("student", "student_family") or role == "student" and contact == "staff"


def could_be_school_situation(s: Scenario) -> bool:
    """With the setting unknown, a staff member or student might be in a lesson (or at work)."""
    return s.get("setting") is None and s["role"] in ("staff", "student")


# Where `school_related` and `overlap` can change whether the protocol applies: wherever the
# situation alone does not settle it.
SCOPE_MATTERS = (
    When(settings=("private", None)),
    When(roles=("student", "parent", "other"), settings=("school",)),
    When(roles=("parent", "other"), settings=("lesson",)),
)


def scope(s: Scenario) -> tuple[Optional[bool], Finding]:
    """D2: is the protocol applicable? True, False, or None (it depends on an unknown fact)."""
    about, overlap = s.get("school_related"), s.get("overlap")
    if situation_is_school(s):
        return True, Finding("D2", SATISFIED, N_(
            "This happens during a lesson, at work, or between a staff member and a student: school, work "
            "and private life overlap here, so the protocol applies."
        ), readings=(SITUATION_READING,))
    if about is True:
        return True, Finding("D2", SATISFIED, N_("This is related to TVO, so the protocol applies."), readings=(TVO_READING,))
    if overlap is True:
        return True, Finding("D2", SATISFIED, N_(
            "School and private life overlap here (the account, its followers or the group chat), so the "
            "protocol applies."
        ), readings=(OVERLAP_READING,))
    if about is False and overlap is False and not could_be_school_situation(s):
        harmful = s.get("offensive") is True or s.get("possibly_criminal") is True
        return False, Finding("D2", SATISFIED, N_(
            "The protocol only covers messages related to TVO and situations where school, work and private "
            "life overlap. Neither is the case here, so the protocol does not apply."
        ), (N_(
            "Is it about a student, a staff member or a parent or carer of TVO? Then it is related to TVO "
            "after all: answer that question again."
        ),) if harmful else (), (TVO_READING,))
    return None, Finding("D2", CONDITION, N_(
        "The protocol applies only if this is related to TVO or school, work and private life overlap (for "
        "example during a lesson, at work, or in a class or parents' group chat). If so, the articles below "
        "apply; if not, the protocol does not apply."
    ), readings=(TVO_READING,))


# D2 decides whether any other rule is asked at all (evaluate.py), so it is not in RULES; this
# declaration says the same about it as the rules say about themselves, for the reading page.
SCOPE = Rule(
    "D2", D2, When(), ("school_related", "overlap", "contact_role"), lambda s: scope(s)[1],
    readings=(TVO_READING, SITUATION_READING, OVERLAP_READING),
)


def about_tvo(s: Scenario) -> Optional[bool]:
    """Is what is posted related to TVO (D2 "school-gerelateerde berichten")?"""
    return s.get("school_related")


# --- A. Voor alle gebruikers (medewerkers, leerlingen en ouders/verzorgers) -------------------

BROWSING_READING = Reading(
    "a1-browsing", "A1", "actief te zijn op sociale media",
    N_("Looking around on social media without posting anything counts as being active on social media."),
    N_("A1 is there for attention in the lesson, which scrolling takes as much as posting (counsel approved it)."),
)


@rule(
    "A1",
    "Het is medewerkers en leerlingen niet toegestaan om tijdens de lessen actief te zijn op sociale "
    "media tenzij door de schoolleiding respectievelijk leraren hiervoor toestemming is gegeven.",
    when=When(roles=("staff", "student"), settings=("lesson", None)),
    reads=("permission",),
    readings=(BROWSING_READING,),
)
def no_social_media_during_lessons(s: Scenario) -> Finding:
    # Permission comes from the school management for staff, from the teacher for students
    # ("respectievelijk").
    staff = s["role"] == "staff"
    readings = (BROWSING_READING,) if s["action"] == "browse" else ()
    if s.get("permission") is True:
        return Finding("A1", SATISFIED, N_(
            "You have permission from the school management to be active on social media during the lesson."
        ) if staff else N_(
            "Your teacher gave permission to be active on social media during the lesson. The school rules on "
            "phones in class apply as well."
        ), readings=readings)
    if s.get("setting") is None:
        return Finding("A1", CONDITION, N_(
            "During lessons, staff may only be active on social media with permission from the school "
            "management. Outside lessons, or with that permission, this article does not forbid it."
        ) if staff else N_(
            "During lessons, students may only be active on social media with permission from the teacher. "
            "Outside lessons, or with that permission, this article does not forbid it."
        ), readings=readings)
    if s.get("permission") is False:
        return Finding("A1", VIOLATED, N_(
            "Staff may not be active on social media during lessons without permission from the school management."
        ) if staff else N_(
            "Students may not be active on social media during lessons without permission from the teacher."
        ), readings=readings)
    return Finding("A1", CONDITION, N_(
        "Allowed during the lesson only if the school management has given permission."
    ) if staff else N_(
        "Allowed during the lesson only if the teacher has given permission."
    ), readings=readings)


PROVISO_READING = Reading(
    "a2-proviso", "A2", "Het is betrokkenen toegestaan om kennis en informatie te delen, mits",
    N_("A2 allows sharing on conditions; the checker reads it as forbidding what does not meet them."),
    N_("A permission 'provided that' would mean nothing if sharing were allowed when the proviso is not met."),
)
OTHERS_INFORMATION_READING = Reading(
    "a2-others", "A2", "persoonlijke informatie",
    N_(
        "'Personal information' is private information about someone else (an address, health, grades, a "
        "family situation, problems at school). Someone's name or role in an ordinary, non-hurtful context is "
        "not. What you share about yourself gets a reminder (A4), not a breach."
    ),
    N_(
        "A2 protects the people involved; the protocol invites people to show they are proud of their school "
        "(introduction), and U5 asks to protect oneself, which calls for a warning, not a sanction (counsel, L-1)."
    ),
)
RECORDING_READING = Reading(
    "a2-a5", "A2", "kennis en informatie te delen",
    N_(
        "For a photo or recording, A5 governs the people it shows or lets you hear (their consent); A2 covers "
        "what else it shows, such as a grade list, an address or a document. A screenshot of a chat or a "
        "document is sharing information, not a recording."
    ),
    N_("A5 is the rule written for recordings; A2 must not take back what A5 allows (counsel, L-2)."),
)
HARM_READING = Reading(
    "harm", "A2", "andere betrokkenen niet schaadt",
    N_(
        "A2, A7 and C1 are about what does harm, not about what could. Honest, factual criticism does not harm "
        "in the sense of the protocol and does not overstep the norms of decency."
    ),
    N_(
        "The articles say 'schaadt' and 'schaden', and A7's examples are acts against people; almost any opinion "
        "could hurt someone, and freedom of expression protects factual criticism (counsel, L-9)."
    ),
)


@rule(
    "A2",
    "Het is betrokkenen toegestaan om kennis en informatie te delen, mits het geen vertrouwelijke of "
    "persoonlijke informatie betreft en andere betrokkenen niet schaadt.",
    when=When(actions=PUBLISHING),
    reads=("confidential", "personal_information", "harms_others", "school_related"),
    about_tvo=True,
    readings=(PROVISO_READING, OTHERS_INFORMATION_READING, RECORDING_READING, HARM_READING),
)
def sharing_knowledge_and_information(s: Scenario) -> Optional[Finding]:
    if about_tvo(s) is False:
        return None
    readings = (OTHERS_INFORMATION_READING, HARM_READING)
    if s["action"] == "post_media":
        readings += (RECORDING_READING,)
    finding = require(
        "A2",
        (
            (s.get("confidential"), N_("Not allowed to share: it contains confidential information.")),
            (s.get("personal_information"), N_("Not allowed to share: it contains private information about someone else.")),
            (s.get("harms_others"), N_("Not allowed to share: it harms other people involved with TVO.")),
        ),
        condition=N_(
            "Allowed if it contains no confidential information and no private information about someone else, "
            "and does not harm other people involved with TVO."
        ),
        satisfied=N_(
            "Sharing knowledge and information is allowed: it contains no confidential information or private "
            "information about someone else, and does not harm anyone involved with TVO."
        ),
        readings=readings,
    )
    if finding.status == VIOLATED:
        return Finding("A2", VIOLATED, finding.message, finding.notes, (PROVISO_READING, *readings))
    return finding


@rule(
    "A3",
    "De betrokkene is persoonlijk verantwoordelijk voor de inhoud welke hij of zij publiceert op de sociale media.",
    when=When(actions=PUBLISHING),
)
def personally_responsible(s: Scenario) -> Finding:
    return Finding("A3", REMINDER, N_("You are personally responsible for the content you publish."))


@rule(
    "A4",
    "Elke betrokkene dient zich ervan bewust te zijn dat de gepubliceerde teksten en uitlatingen voor "
    "onbepaalde tijd openbaar zullen zijn, ook na verwijdering van het bericht.",
    when=When(actions=PUBLISHING),
)
def public_indefinitely(s: Scenario) -> Finding:
    return Finding("A4", REMINDER, N_(
        "What you publish will stay public for an unlimited time, even after you delete it: think twice before "
        "you share something about yourself too."
    ))


CONSENT_READING = Reading(
    "a5-consent", "A5", "tenzij betrokkenen hier uitdrukkelijk toestemming voor plaatsing hebben gegeven",
    N_(
        "'Betrokkenen' are all the people who can be seen or heard. Their consent is explicit, given beforehand, "
        "for putting this photo or recording on social media in this place, and can be withdrawn (then it comes "
        "down). When staff post, for anyone under 16 their parent or carer consents, and when staff post for TVO on "
        "a TVO channel, TVO's consent form for that channel counts. The consent parents gave the school does not "
        "cover your own account."
    ),
    N_(
        "When staff post recordings of school situations, the school answers for them under the law on privacy, "
        "which asks the consent of the legal representative for a child under 16 (art. 5 UAVG); for students and "
        "parents the school chooses (counsel, L-4, L-10, K-2, M-2)."
    ),
)
LESSON_RECORDING_READING = Reading(
    "a5-lesson", "A5", "opnamen van school-gerelateerde situaties",
    N_("A photo or recording made during a lesson shows a school-related situation."),
    N_("A lesson is a situation at TVO, whoever is in the picture (counsel, L-10)."),
)
# Who consents for a child under 16 (the school's choice "a5_under_16"), and TVO's own channels.
UNDER_16_PARENT = N_("For anyone under 16, their parent or carer must give consent.")
UNDER_16_ADVICE = N_("Good to know: for someone under 16, ask their parent or carer too.")
TVO_CHANNEL = N_(
    "If you post for TVO on a TVO channel, the consent on TVO's consent form for that channel counts, unless it "
    "was withdrawn."
)


def shows_school_situation(s: Scenario) -> Optional[bool]:
    """A5 "opnamen van school-gerelateerde situaties"."""
    return True if s.get("setting") == "lesson" else about_tvo(s)


def who_consents(s: Scenario) -> tuple[str, ...]:
    """What the answer adds about a child under 16: the parent's consent where staff post (the school is
    responsible then) or where the school chose it for everyone; otherwise advice to ask the parent too."""
    if s["role"] == "staff":
        return (UNDER_16_PARENT, TVO_CHANNEL)
    return (UNDER_16_PARENT,) if chosen("a5_under_16") == "everyone" else (UNDER_16_ADVICE,)


@rule(
    "A5",
    "Het is voor betrokkenen niet toegestaan om foto-, film- en geluidsopnamen van school-gerelateerde "
    "situaties op de sociale media te zetten tenzij betrokkenen hier uitdrukkelijk toestemming voor "
    "plaatsing hebben gegeven;",
    when=When(actions=("post_media",)),
    reads=("consent", "school_related"),
    readings=(CONSENT_READING, LESSON_RECORDING_READING, RECORDING_READING),
)
def recordings_need_consent(s: Scenario) -> Optional[Finding]:
    # "opnamen van school-gerelateerde situaties": whether this recording shows one is asked even
    # where the situation alone brings the protocol into scope (at work): a photo taken at work
    # need not show a school situation. Unknown, it is never guessed.
    consent, shows_school = s.get("consent"), shows_school_situation(s)
    readings = (CONSENT_READING, RECORDING_READING) + ((LESSON_RECORDING_READING,) if s.get("setting") == "lesson" else ())
    notes = who_consents(s)
    if consent is True:
        return Finding("A5", SATISFIED, N_(
            "Everyone who can be seen or heard has explicitly agreed beforehand to it being put on social media. "
            "If someone withdraws their consent, take it down."
        ), notes, readings)
    if shows_school is False:
        return None
    if shows_school is None:
        return Finding("A5", CONDITION, N_(
            "If the photo or recording shows a situation related to TVO, it may only be put on social media if "
            "everyone who can be seen or heard in it has explicitly agreed beforehand. If it shows nothing related "
            "to TVO, this article does not apply."
        ), notes, readings)
    if consent is False:
        return Finding("A5", VIOLATED, N_(
            "Photos, films and sound recordings of situations related to TVO may only be put on social media if "
            "everyone who can be seen or heard has explicitly agreed beforehand, and not everyone has. Ask them "
            "first, or leave them out."
        ), notes, readings)
    return Finding("A5", CONDITION, N_(
        "Allowed if everyone who can be seen or heard in the photo or recording has explicitly agreed beforehand "
        "to it being put on social media."
    ), notes, readings)


EXISTING_CONNECTION = N_(
    "A6 speaks of becoming friends: for a contact that existed before the other person became a student (or "
    "you became staff), ask your manager."
)
FRIENDS_READING = Reading(
    "a6-connect", "A6", "'vrienden' te worden",
    N_("Following each other, following one way, or adding each other as contacts (LinkedIn included) counts as becoming 'friends'."),
    N_("A6 keeps a professional distance between staff and students, which following or adding each other crosses (counsel, L-11)."),
)


@rule(
    "A6",
    "Het is medewerkers niet toegestaan om 'vrienden' te worden met leerlingen op sociale media.",
    when=When(roles=("staff", "student"), actions=("connect",)),
    reads=("contact_role",),
    readings=(FRIENDS_READING,),
)
def staff_not_friends_with_students(s: Scenario) -> Optional[Finding]:
    contact = s.get("contact_role")
    if s["role"] == "student":
        # The article binds staff; a student who asks a staff member should know the answer.
        if contact == "staff":
            return Finding("A6", REMINDER, N_(
                "Allowed for you; but staff may not become 'friends' with students on social media, so the staff "
                "member may not accept your request."
            ), readings=(FRIENDS_READING,))
        return None
    if contact == "student_family":
        option = chosen("a6_family")
        if option == "not_covered":
            return Finding("A6", REMINDER, N_(
                "A6 keeps a professional distance between staff and students; the school does not apply it to "
                "family. Keep school and family apart on social media."
            ))
        if option == "ask_school":
            return Finding("A6", CONDITION, N_(
                "A6 makes no exception for family, and the school decides whether it applies to your own child "
                "or relative: ask your manager first."
            ), readings=(FRIENDS_READING,))
    finding = require(
        "A6",
        ((None if contact is None else contact in ("student", "student_family"),
          N_("Staff are not allowed to become 'friends' with students on social media.")),),
        condition=N_("Allowed if the other person is not a student: staff may not become 'friends' with students."),
        satisfied=N_("The other person is not a student, so this article does not forbid it."),
        readings=(FRIENDS_READING,),
    )
    if finding.status == SATISFIED:
        return finding
    # "worden": a connection made before the other became a student (or you staff) is not
    # becoming friends; the checker does not decide it (counsel, M-4).
    return Finding("A6", finding.status, finding.message, (EXISTING_CONNECTION,), finding.readings)


CONDUCT_READING = Reading(
    "a7-conduct", "A7", "Alle betrokkenen nemen de fatsoensnormen in acht.",
    N_(
        "The norms of decency bind what people do, not only what they publish: following, watching or "
        "contacting someone can overstep them too (stalking, threatening)."
    ),
    N_("The sentence is not limited to messages, and stalking is conduct by nature (counsel approved it)."),
)
CRIMINAL_READING = Reading(
    "a7-criminal", "A7", "Als fatsoensnormen worden overschreden",
    N_("Something that may be a criminal offence oversteps the norms of decency, even if it damages no one."),
    N_("The school chose this reading."),
    ("a7_possibly_criminal", "breach"),
)


@rule(
    "A7",
    "Alle betrokkenen nemen de fatsoensnormen in acht. Als fatsoensnormen worden overschreden "
    "(bijvoorbeeld: mensen pesten, kwetsen, stalken, bedreigen, zwartmaken of anderszins beschadigen) "
    "dan neemt de onderwijsinstelling passende maatregelen.",
    reads=("offensive", "possibly_criminal"),
    readings=(CONDUCT_READING, HARM_READING, CRIMINAL_READING),
)
def norms_of_decency(s: Scenario) -> Finding:
    # "Alle betrokkenen nemen de fatsoensnormen in acht" binds conduct in every action; S2/S4 weigh
    # "gedragingen" too. Browsing and connecting publish nothing, so an unknown answer there is
    # only a reminder: there is no content to check.
    publishing = s["action"] in PUBLISHING
    readings = (HARM_READING,) if publishing else (CONDUCT_READING,)
    offensive, criminal = s.get("offensive"), s.get("possibly_criminal")
    if offensive is True:
        # A7's own words: no reading needed beyond the conduct one for acts.
        return Finding("A7", VIOLATED, N_(
            "Bullying, hurting, stalking, threatening, spreading lies about or otherwise damaging people oversteps "
            "the norms of decency; the school will take appropriate measures."
        ) if publishing else N_(
            "Bullying, hurting, stalking, threatening or otherwise damaging someone by following, watching or "
            "contacting them oversteps the norms of decency; the school will take appropriate measures."
        ), readings=() if publishing else (CONDUCT_READING,))
    if criminal is True:
        if chosen("a7_possibly_criminal") == "breach":
            return Finding("A7", VIOLATED, N_(
                "Something that may be a criminal offence oversteps the norms of decency; the school will take "
                "appropriate measures."
            ), readings=(CRIMINAL_READING,))
        return Finding("A7", CONDITION, N_(
            "Do not do this if it is a criminal offence. The law applies to criminal offences, apart from this "
            "protocol."
        ))
    if offensive is None:
        if publishing:
            return Finding("A7", CONDITION, N_(
                "Allowed if it does not bully, hurt, stalk, threaten, spread lies about or otherwise damage anyone."
            ), readings=readings)
        return Finding("A7", REMINDER, N_(
            "The norms of decency apply to what you do as well: following, watching or contacting someone must "
            "not bully, hurt, stalk, threaten or otherwise damage them."
        ), readings=readings)
    return Finding("A7", SATISFIED, N_(
        "It respects the norms of decency: it does not bully, hurt, stalk, threaten, spread lies about or "
        "otherwise damage anyone."
    ) if publishing else N_(
        "What you do respects the norms of decency: it does not bully, hurt, stalk, threaten or otherwise "
        "damage anyone."
    ), readings=readings)


# --- B. Voor medewerkers tijdens werksituaties ------------------------------------------------

WORK_READING = Reading(
    "b-work", "B1", "Medewerkers hebben een bijzondere verantwoordelijkheid",
    N_(
        "A work situation (section B) is any time a staff member is working, at school or elsewhere: working "
        "from home or answering parents about a school matter in the evening is work too."
    ),
    N_("Sections B and C divide staff's time into work and not work, not into places (counsel, L-23)."),
)
STAFF_AT_WORK = When(roles=("staff",), settings=(*WORK, None), actions=PUBLISHING)


@rule(
    "B1",
    "Medewerkers hebben een bijzondere verantwoordelijkheid bij het gebruik van sociale media: "
    "privémeningen van medewerkers kunnen eenvoudig verward worden met de officiële standpunten van "
    "de onderwijsinstelling.",
    when=STAFF_AT_WORK,
    readings=(WORK_READING,),
)
def special_responsibility(s: Scenario) -> Finding:
    return Finding("B1", REMINDER, N_(
        "As a staff member you have a special responsibility: your private opinions are easily taken "
        "for the school's official position."
    ), readings=(WORK_READING,))


WHICHEVER_APPLIES = N_(
    "At work this is article B2, outside work article C2: the same duty, whichever applies."
)


@rule(
    "B2",
    "Indien een medewerker deelneemt aan een discussie die (op enigerlei wijze) te maken heeft met "
    "Thorbecke Voortgezet Onderwijs, dient de medewerker te vermelden dat hij/zij medewerker is van "
    "Thorbecke Voortgezet Onderwijs.",
    when=When(roles=("staff",), settings=(*WORK, None), actions=("join_discussion",)),
    reads=("identifies_as_staff", "school_related"),
    readings=(TVO_READING,),
)
def say_you_work_here_at_work(s: Scenario) -> Optional[Finding]:
    # With the setting unknown, B2 (at work) and C2 (outside work) make the same demand: one
    # finding, under B2, that says so (C2 is asked only when the setting is known to be private).
    finding = state_that_you_are_staff("B2", s)
    if finding is not None and s.get("setting") is None:
        finding = Finding(finding.article, finding.status, finding.message, (WHICHEVER_APPLIES,), finding.readings)
    return finding


def state_that_you_are_staff(article: str, s: Scenario) -> Optional[Finding]:
    """B2 and C2 make the same demand, at work and outside work, in "een discussie die (op
    enigerlei wijze) te maken heeft met" TVO: whether this discussion does is asked, even at work."""
    says, about = s.get("identifies_as_staff"), about_tvo(s)
    if about is False:
        return None
    if says is True:
        return Finding(article, SATISFIED, N_("You state that you work at TVO, as required in a discussion related to TVO."),
                       readings=(TVO_READING,))
    if about is None:
        return Finding(article, CONDITION, N_(
            "If the discussion has anything to do with TVO in any way, you must say in it that you work at TVO. "
            "If it has nothing to do with TVO, this article does not apply."
        ), readings=(TVO_READING,))
    if says is False:
        return Finding(article, VIOLATED, N_(
            "In a discussion that has anything to do with TVO, a staff member must say that they work at TVO."
        ), readings=(TVO_READING,))
    return Finding(article, CONDITION, N_("Allowed if you state in the discussion that you work at TVO."), readings=(TVO_READING,))


@rule(
    "B3",
    "Als online communicatie dreigt te ontsporen dient de medewerker direct contact op te nemen met "
    "zijn/haar leidinggevende om de te volgen strategie te bespreken.",
    # Also when only reading: a parents' group chat can turn against a staff member who posts nothing.
    when=When(roles=("staff",), settings=(*WORK, None)),
    reads=("escalating",),
)
def when_it_gets_out_of_hand(s: Scenario) -> Optional[Finding]:
    # A duty that arises only when the online communication threatens to derail: unknown is a reminder.
    if s.get("escalating") is True:
        return Finding("B3", CONDITION, N_(
            "The online communication threatens to get out of hand: contact your manager straight away to "
            "discuss the strategy to follow."
        ))
    if s.get("escalating") is None:
        return Finding("B3", REMINDER, N_(
            "If online communication threatens to get out of hand, contact your manager straight away."
        ))
    return None


@rule(
    "B4",
    "Bij twijfel of een publicatie in strijd is met deze richtlijnen neemt de medewerker contact op "
    "met zijn/haar leidinggevende.",
    when=STAFF_AT_WORK,
    reads=("in_doubt", "harms_school"),
)
def when_in_doubt(s: Scenario) -> Optional[Finding]:
    if s.get("in_doubt") is True:
        return Finding("B4", CONDITION, N_(
            "You are in doubt whether this is allowed: contact your manager before you publish."
        ))
    # C1's "naam van de school niet schaden" binds staff outside work only; at work the school
    # chooses what a harm to its name calls for (checker/choices.py, "c1_at_work").
    if s.get("harms_school") is True and chosen("c1_at_work") == "ask_manager" and s.get("setting") is not None:
        return Finding("B4", CONDITION, N_(
            "It harms TVO's good name: discuss it with your manager before you publish."
        ))
    if s.get("in_doubt") is None:
        return Finding("B4", REMINDER, N_(
            "If you doubt whether a publication is allowed, contact your manager first."
        ))
    return None


# --- C. Voor medewerkers buiten werksituaties -------------------------------------------------

C1_PEOPLE_READING = Reading(
    "c1-people", "C1", "persoonsgebonden informatie over de school, zijn medewerkers, leerlingen, ouders/verzorgers en andere betrokkenen",
    N_(
        "C1's 'persoonsgebonden informatie' about TVO's people is checked under A2, which forbids sharing private "
        "information about anyone else; C1 itself checks confidential information and TVO's good name."
    ),
    N_("A2 applies to staff outside work too, so one finding says it; one's own information is not covered (counsel, L-1, L-14)."),
)
STAFF_OUTSIDE_WORK = When(roles=("staff",), settings=("private", None), actions=PUBLISHING)


@rule(
    "C1",
    "Het is de medewerker toegestaan om school-gerelateerde onderwerpen te publiceren mits het geen "
    "vertrouwelijke of persoonsgebonden informatie over de school, zijn medewerkers, leerlingen, "
    "ouders/verzorgers en andere betrokkenen betreft. Tevens mag de publicatie de naam van de school "
    "niet schaden.",
    when=STAFF_OUTSIDE_WORK,
    reads=("confidential", "harms_school", "school_related"),
    setting_specific=True,
    about_tvo=True,
    readings=(TVO_READING, HARM_READING, C1_PEOPLE_READING),
)
def publishing_outside_work(s: Scenario) -> Optional[Finding]:
    # "school-gerelateerde onderwerpen": C1 has nothing to say about what is not related to TVO.
    # "persoonsgebonden informatie over ... betrokkenen": A2 forbids private information about
    # anyone else, for staff outside work too, so A2's finding says it (a declared reading).
    if about_tvo(s) is False:
        return None
    return require(
        "C1",
        (
            (s.get("confidential"), N_("Outside work, staff may not publish confidential information about TVO or its people.")),
            (s.get("harms_school"), N_("Outside work, what staff publish may not harm TVO's good name.")),
        ),
        condition=N_(
            "Outside work, allowed if it contains no confidential information about TVO or its people and does not "
            "harm TVO's good name."
        ),
        satisfied=N_(
            "It contains no confidential information and does not harm TVO's good name, as required outside work."
        ),
        readings=(TVO_READING, HARM_READING, C1_PEOPLE_READING),
    )


@rule(
    "C2",
    "Indien de medewerker deelneemt aan een discussie die (op enigerlei wijze) te maken heeft met de "
    "onderwijsinstelling dient medewerker te vermelden dat hij/zij medewerker is van Thorbecke "
    "Voortgezet Onderwijs .",
    when=When(roles=("staff",), settings=("private",), actions=("join_discussion",)),
    reads=("identifies_as_staff", "school_related"),
    readings=(TVO_READING,),
)
def say_you_work_here_outside_work(s: Scenario) -> Optional[Finding]:
    # With the setting unknown, B2 speaks for both (see above).
    return state_that_you_are_staff("C2", s)


@rule(
    "C3",
    "Indien de medewerker over Thorbecke Voortgezet Onderwijs publiceert dient hij/zij het bericht te "
    "voorzien van het bericht dat de standpunten en meningen in dit bericht de eigen persoonlijke "
    "mening zijn en los staan van eventuele officiële standpunten van Thorbecke Voortgezet Onderwijs. "
    "Verder meldt de medewerker dat hij of zij niet verantwoordelijk is voor de inhoud en uitlatingen "
    "van derden.",
    when=STAFF_OUTSIDE_WORK,
    reads=("disclaimer", "school_related"),
    setting_specific=True,
    readings=(TVO_READING,),
)
def personal_opinion_disclaimer(s: Scenario) -> Optional[Finding]:
    # "over Thorbecke Voortgezet Onderwijs publiceert": as C1, nothing to say about what is not
    # related to TVO; unknown, the condition says "if".
    about, disclaimer = about_tvo(s), s.get("disclaimer")
    if about is False:
        return None
    if about is None and disclaimer is not True:
        return Finding("C3", CONDITION, N_(
            "Outside work, if you publish about TVO, add that the views are your own and separate from any "
            "official position of TVO, and that you are not responsible for what others write."
        ), readings=(TVO_READING,))
    return require(
        "C3",
        ((None if disclaimer is None else not disclaimer, N_(
            "Outside work, a staff member who publishes about TVO must add that the views are their own and "
            "separate from any official position of TVO, and that they are not responsible for what others write."
        )),),
        condition=N_(
            "Outside work, allowed if you add that the views are your own and separate from any official "
            "position of TVO, and that you are not responsible for what others write."
        ),
        satisfied=N_(
            "You add that the views are your own and separate from any official position of TVO, and "
            "that you are not responsible for what others write."
        ),
        readings=(TVO_READING,),
    )


# --- Uitgangspunten and Sancties: they colour an answer but decide none -----------------------

GOOD_NAME_READING = Reading(
    "u4-c1", "U4", "dienen rekening te houden met de goede naam van de school",
    N_(
        "For staff outside work, C1 makes harming the school's name a breach, so the checker does not repeat U4 "
        "there; for everyone else U4 is a reminder, not a rule to break (and for staff at work, see the school's "
        "choice on C1)."
    ),
    N_("U4 is a principle ('uitgangspunt'); C1 is the article that forbids, and only for staff outside work (counsel, L-15)."),
)


@rule(
    "U4",
    "De gebruikers van sociale media dienen rekening te houden met de goede naam van de school en van "
    "een ieder die betrokken is bij de school;",
    when=When(actions=PUBLISHING),
    reads=("harms_school",),
    readings=(GOOD_NAME_READING,),
)
def good_name_of_the_school(s: Scenario) -> Optional[Finding]:
    # C1 makes harming the school's name a breach for staff outside work, and at work the school's
    # choice may make it a condition (B4); for everyone else the principle asks them to mind it,
    # which is worth saying but is not itself a rule to break.
    if s.get("harms_school") is not True or s["role"] == "staff" and s.get("setting") in ("private", None):
        return None
    if s["role"] == "staff" and chosen("c1_at_work") == "ask_manager":
        return None
    return Finding("U4", REMINDER, N_(
        "Everyone using social media must take into account the good name of the school and of everyone involved with it."
    ), readings=(GOOD_NAME_READING,))


ACTS_READING = Reading(
    "s5-acts", "S5", "de uitlating",
    N_("S5 speaks of a statement; the checker names it also when what someone does may be a criminal offence."),
    N_("The school chose this reading."),
    ("s5_acts", "s5"),
)


@rule(
    "S5",
    "Indien de uitlating van leerlingen, en/of ouders/verzorgers en medewerkers mogelijk een "
    "strafrechtelijke overtreding inhoudt, zal door de directie aangifte bij de politie worden gedaan.",
    # S5 names students, parents/carers and staff only; and it is never reached when the protocol
    # does not apply (D2 "enkel"): evaluate.py asks no rule then.
    when=When(roles=("staff", "student", "parent")),
    reads=("possibly_criminal",),
    readings=(ACTS_READING,),
)
def criminal_offence(s: Scenario) -> Optional[Finding]:
    if s.get("possibly_criminal") is not True:
        return None
    if s["action"] in PUBLISHING:
        return Finding("S5", REMINDER, N_(
            "If a statement by a student, parent or carer, or staff member may be a criminal offence, the "
            "school's management will report it to the police."
        ))
    if chosen("s5_acts") == "s5":
        return Finding("S5", REMINDER, N_(
            "If what a student, parent or carer, or staff member does may be a criminal offence, the school's "
            "management will report it to the police."
        ), readings=(ACTS_READING,))
    return None


S5_IF_RELATED = N_(
    "If this is related to TVO and a statement by a student, parent or carer, or staff member may be a criminal "
    "offence, the school's management will report it to the police."
)


# Sanctions that may follow a breach, by role (S1-S4); people connected to the school in
# another way are named in no sanction article.
SANCTIONS = {"staff": ("S1", "S2"), "student": ("S3", "S4"), "parent": ("S3", "S4"), "other": (), "no_tie": ()}
