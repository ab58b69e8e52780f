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

Where the checker reads more or less into an article than its words say, the rule declares that
reading (`readings=`, one sentence each), and every finding that rests on it carries it
(`Finding.notes`), so the answer says so. The site's page "How the checker reads the protocol"
(`checker/reading.py`) is woven from these declarations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping, Optional

from .i18n import N_
from .scenario import ACTIONS, PUBLISHING, ROLES, SETTINGS

VIOLATED, CONDITION, SATISFIED, REMINDER = "violated", "condition", "satisfied", "reminder"

Scenario = Mapping[str, object]
ANY_SETTING = (*SETTINGS, None)
WORK = ("lesson", "school")  # a lesson is a work situation for staff too (section B)


@dataclass(frozen=True)
class Finding:
    article: str
    status: str
    message: str  # English source text; translated when the result is assembled
    # Further sentences (English source texts) said after the message: the checker's readings
    # this finding rests on, or a note such as "B2 or C2, whichever applies".
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class When:
    """A conjunction: the role, the setting (None: unknown) and the action are in these lists."""

    roles: tuple[str, ...] = ROLES
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
    # Where the checker reads more or less into the article than its words say: one sentence
    # each (English source text). A finding that rests on one carries it in its notes.
    readings: tuple[str, ...] = ()


RULES: list[Rule] = []


def rule(
    article: str,
    quote: str,
    *,
    when: When = When(),
    reads: tuple[str, ...] = (),
    setting_specific: bool = False,
    readings: tuple[str, ...] = (),
):
    def register(decide: Callable[[Scenario], Optional[Finding]]):
        RULES.append(Rule(article, quote, when, reads, decide, setting_specific, readings))
        return decide

    return register


def require(
    article: str,
    answers: tuple[object, ...],
    violated: str,
    condition: str,
    satisfied: str,
    notes: tuple[str, ...] = (),
) -> Finding:
    """The common shape of a requirement: any `True` answer (a breach) is a violation, else any
    unknown answer leaves a condition, else the requirement is met."""
    if True in answers:
        return Finding(article, VIOLATED, violated, notes)
    if None in answers:
        return Finding(article, CONDITION, condition, notes)
    return Finding(article, SATISFIED, satisfied, notes)


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


@rule("D1", D1, when=When(roles=("other",)))
def everyone_connected_to_the_school(s: Scenario) -> Finding:
    # All four roles are in D1's list; only "other" needs telling that it is meant too.
    return Finding("D1", REMINDER, N_(
        "The protocol is meant for everyone connected to the school in some way, so it applies to you too."
    ))


def situation_is_school(s: Scenario) -> bool:
    """D2 "overlap tussen school, werk en privé": some situations are school-related whatever the
    message is about: a lesson (for the staff and students whom A1 binds), a staff member's work,
    and a staff member and a student becoming connected (A6)."""
    role, setting = s["role"], s.get("setting")
    if setting == "lesson" and role in ("staff", "student"):
        return True
    if setting == "school" and role == "staff":
        return True
    return s["action"] == "connect" and {role, s.get("contact_role")} == {"staff", "student"}


def could_be_school_situation(s: Scenario) -> bool:
    """With the setting unknown, a staff member or student might be in a lesson (or at work)."""
    return s.get("setting") is None and s["role"] in ("staff", "student")


# Where `school_related` can change the answer: wherever the situation alone does not settle it.
SCHOOL_RELATED_MATTERS = (
    When(settings=("private", None)),
    When(roles=("student", "parent", "other"), settings=("school",)),
    When(roles=("parent", "other"), settings=("lesson",)),
)


OVERLAP_READING = N_(
    "This is the checker's reading of D2: it counts a lesson (for staff and students), a staff member's "
    "work, and a staff member and a student connecting as an overlap between school, work and private life."
)


def scope(s: Scenario) -> tuple[Optional[bool], Finding]:
    """D2: is the protocol applicable? True, False, or None (it depends on an unknown fact)."""
    if situation_is_school(s):
        return True, Finding("D2", SATISFIED, N_(
            "This happens during a lesson, at work, or between a staff member and a student: school, work "
            "and private life overlap here, so the protocol applies."
        ), (OVERLAP_READING,))
    if s.get("school_related") is True:
        return True, Finding("D2", SATISFIED, N_(
            "This is school-related (or school, work and private life overlap), so the protocol applies."
        ))
    if s.get("school_related") is False and not could_be_school_situation(s):
        return False, Finding("D2", SATISFIED, N_(
            "The protocol only covers school-related messages and situations where school, work and "
            "private life overlap. This is not school-related, so the protocol does not apply."
        ))
    if s.get("school_related") is False:
        return None, Finding("D2", CONDITION, N_(
            "The protocol does not apply to something that is not school-related, unless it happens "
            "during a lesson or, for staff, at work. The articles below apply if that is the case."
        ))
    return None, Finding("D2", CONDITION, N_(
        "The protocol applies only if this is school-related or school, work and private life overlap. "
        "If it is not school-related at all, the protocol does not apply; if it is, the articles below apply."
    ))


# D2 decides whether any other rule is asked at all (evaluate.py), so it is not in RULES; this
# declaration says the same about it as the rules say about themselves, for the reading page.
SCOPE = Rule(
    "D2", D2, When(), ("school_related", "contact_role"), lambda s: scope(s)[1], readings=(OVERLAP_READING,)
)


# --- A. Voor alle gebruikers (medewerkers, leerlingen en ouders/verzorgers) -------------------

BROWSING_READING = N_(
    "This is the checker's reading of A1: it counts looking around on social media without posting "
    "anything as being active on social media."
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
    # "actief zijn" covers every action, browsing included (a reading, said as such). Permission
    # comes from the school management for staff, from the teacher for students ("respectievelijk").
    staff = s["role"] == "staff"
    notes = (BROWSING_READING,) if s["action"] == "browse" else ()
    if s.get("permission") is True:
        return Finding("A1", SATISFIED, N_(
            "You have permission from the school management to be active on social media during the lesson."
        ) if staff else N_(
            "Your teacher gave permission to be active on social media during the lesson."
        ), notes)
    if s.get("setting") is None:
        return Finding("A1", CONDITION, N_(
            "During lessons, staff may only be active on social media with permission from the school "
            "management. Outside lessons, or with that permission, this article does not forbid it."
        ) if staff else N_(
            "During lessons, students may only be active on social media with permission from the teacher. "
            "Outside lessons, or with that permission, this article does not forbid it."
        ), notes)
    if s.get("permission") is False:
        return Finding("A1", VIOLATED, N_(
            "Staff may not be active on social media during lessons without permission from the school management."
        ) if staff else N_(
            "Students may not be active on social media during lessons without permission from the teacher."
        ), notes)
    return Finding("A1", CONDITION, N_(
        "Allowed during the lesson only if the school management has given permission."
    ) if staff else N_(
        "Allowed during the lesson only if the teacher has given permission."
    ), notes)


@rule(
    "A2",
    "Het is betrokkenen toegestaan om kennis en informatie te delen, mits het geen vertrouwelijke of "
    "persoonlijke informatie betreft en andere betrokkenen niet schaadt.",
    when=When(actions=PUBLISHING),
    reads=("confidential", "personal_information", "harms_others"),
)
def sharing_knowledge_and_information(s: Scenario) -> Finding:
    # A recording or a contribution to a discussion shares information as much as a message does.
    # "persoonlijke informatie" is anyone's: the article does not say "about others", so the
    # author's own personal information counts too (contract 1.1).
    return require(
        "A2",
        (s.get("confidential"), s.get("personal_information"), s.get("harms_others")),
        violated=N_(
            "Sharing is not allowed when it contains confidential or personal information (your own "
            "included), or when it harms other people involved with the school."
        ),
        condition=N_(
            "Allowed provided it contains no confidential information and no personal information (your "
            "own included), and does not harm other people involved with the school."
        ),
        satisfied=N_(
            "Sharing knowledge and information is allowed: it contains no confidential or personal "
            "information and does not harm anyone involved with the school."
        ),
    )


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
        "What you publish will stay public indefinitely, even after you delete the message."
    ))


@rule(
    "A5",
    "Het is voor betrokkenen niet toegestaan om foto-, film- en geluidsopnamen van school-gerelateerde "
    "situaties op de sociale media te zetten tenzij betrokkenen hier uitdrukkelijk toestemming voor "
    "plaatsing hebben gegeven;",
    when=When(actions=("post_media",)),
    reads=("consent", "school_related"),
)
def recordings_need_consent(s: Scenario) -> Optional[Finding]:
    # "opnamen van school-gerelateerde situaties": whether this recording shows one is asked even
    # where the situation alone brings the protocol into scope (a lesson, work): a photo taken at
    # work need not show a school situation. Unknown, it is never guessed.
    consent, about_school = s.get("consent"), s.get("school_related")
    if consent is True:
        return Finding("A5", SATISFIED, N_(
            "Everyone shown or heard in the recording has explicitly agreed to it being put on social media."
        ))
    if about_school is False:
        return None
    if about_school is None:
        return Finding("A5", CONDITION, N_(
            "If the recording shows a school-related situation, it may only be put on social media if everyone "
            "shown or heard in it has explicitly agreed. If it shows nothing school-related, this article does "
            "not apply."
        ))
    if consent is False:
        return Finding("A5", VIOLATED, N_(
            "Photos, films and sound recordings of school-related situations may only be put on social media "
            "if everyone shown or heard in them has explicitly agreed to it, and not everyone has."
        ))
    return Finding("A5", CONDITION, N_(
        "Allowed provided that everyone shown or heard in the recording has explicitly agreed to it being "
        "put on social media."
    ))


@rule(
    "A6",
    "Het is medewerkers niet toegestaan om 'vrienden' te worden met leerlingen op sociale media.",
    when=When(roles=("staff", "student"), actions=("connect",)),
    reads=("contact_role",),
)
def staff_not_friends_with_students(s: Scenario) -> Optional[Finding]:
    contact = s.get("contact_role")
    if s["role"] == "student":
        # The article binds staff; a student who asks a staff member should know the answer.
        if contact == "staff":
            return Finding("A6", REMINDER, N_(
                "Staff are not allowed to become 'friends' with students on social media, so a staff member should decline."
            ))
        return None
    return require(
        "A6",
        (None if contact is None else contact == "student",),
        violated=N_("Staff are not allowed to become 'friends' with students on social media."),
        condition=N_(
            "Allowed provided the other person is not a student: staff may not become 'friends' with students."
        ),
        satisfied=N_("The other person is not a student, so this article does not forbid it."),
    )


CRIMINAL_READING = N_(
    "This is the checker's reading of A7: something that may be a criminal offence oversteps the norms of "
    "decency, as A7's own examples (threatening, stalking, defaming) are offences themselves."
)
CONDUCT_READING = N_(
    "This is the checker's reading of A7: the norms of decency bind what people do, not only what they "
    "publish, so following, watching or contacting someone can overstep them too (stalking, threatening)."
)


@rule(
    "A7",
    "Alle betrokkenen nemen de fatsoensnormen in acht. Als fatsoensnormen worden overschreden "
    "(bijvoorbeeld: mensen pesten, kwetsen, stalken, bedreigen, zwartmaken of anderszins beschadigen) "
    "dan neemt de onderwijsinstelling passende maatregelen.",
    reads=("offensive", "possibly_criminal"),
    readings=(CRIMINAL_READING, CONDUCT_READING),
)
def norms_of_decency(s: Scenario) -> Finding:
    # "Alle betrokkenen nemen de fatsoensnormen in acht" binds conduct in every action; S2/S4 weigh
    # "gedragingen" too. Browsing and connecting publish nothing, so an unknown answer there is
    # only a reminder: there is no content to check.
    if s["action"] in PUBLISHING:
        if s.get("possibly_criminal") is True:
            return Finding("A7", VIOLATED, N_(
                "A statement that may be a criminal offence oversteps the norms of decency; the school will "
                "take appropriate measures."
            ), (CRIMINAL_READING,))
        return require(
            "A7",
            (s.get("offensive"),),
            violated=N_(
                "Bullying, hurting, stalking, threatening, defaming or otherwise damaging people oversteps the "
                "norms of decency; the school will take appropriate measures."
            ),
            condition=N_(
                "Allowed provided it does not bully, hurt, stalk, threaten, defame or otherwise damage anyone."
            ),
            satisfied=N_("It respects the norms of decency: it does not bully, hurt, stalk, threaten, defame or otherwise damage anyone."),
        )
    if s.get("possibly_criminal") is True:
        return Finding("A7", VIOLATED, N_(
            "Doing something that may be a criminal offence oversteps the norms of decency; the school will "
            "take appropriate measures."
        ), (CRIMINAL_READING, CONDUCT_READING))
    offensive = s.get("offensive")
    if offensive is True:
        return Finding("A7", VIOLATED, N_(
            "Bullying, hurting, stalking, threatening or otherwise damaging someone by following, watching or "
            "contacting them oversteps the norms of decency; the school will take appropriate measures."
        ), (CONDUCT_READING,))
    if offensive is None:
        return Finding("A7", REMINDER, N_(
            "The norms of decency apply to what you do as well: following, watching or contacting someone must "
            "not bully, hurt, stalk, threaten or otherwise damage them."
        ), (CONDUCT_READING,))
    return Finding("A7", SATISFIED, N_(
        "What you do respects the norms of decency: it does not bully, hurt, stalk, threaten or otherwise "
        "damage anyone."
    ), (CONDUCT_READING,))


# --- B. Voor medewerkers tijdens werksituaties ------------------------------------------------

STAFF_AT_WORK = When(roles=("staff",), settings=(*WORK, None), actions=PUBLISHING)


@rule(
    "B1",
    "Medewerkers hebben een bijzondere verantwoordelijkheid bij het gebruik van sociale media: "
    "privémeningen van medewerkers kunnen eenvoudig verward worden met de officiële standpunten van "
    "de onderwijsinstelling.",
    when=STAFF_AT_WORK,
)
def special_responsibility(s: Scenario) -> Finding:
    return Finding("B1", REMINDER, N_(
        "As a staff member you have a special responsibility: your private opinions are easily taken "
        "for the school's official position."
    ))


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
)
def say_you_work_here_at_work(s: Scenario) -> Optional[Finding]:
    # With the setting unknown, B2 (at work) and C2 (outside work) make the same demand: one
    # finding, under B2, that says so (C2 is asked only when the setting is known to be private).
    finding = state_that_you_are_staff("B2", s)
    if finding is not None and s.get("setting") is None:
        finding = Finding(finding.article, finding.status, finding.message, (WHICHEVER_APPLIES,))
    return finding


def state_that_you_are_staff(article: str, s: Scenario) -> Optional[Finding]:
    """B2 and C2 make the same demand, at work and outside work, in "een discussie die (op
    enigerlei wijze) te maken heeft met" TVO: whether this discussion does is asked, even at work."""
    says, about_school = s.get("identifies_as_staff"), s.get("school_related")
    if about_school is False:
        return None
    if says is True:
        return Finding(article, SATISFIED, N_("You state that you work at TVO, as required in a discussion about the school."))
    if about_school is None:
        return Finding(article, CONDITION, N_(
            "If the discussion has anything to do with TVO in any way, you must say in it that you work at TVO. "
            "If it has nothing to do with TVO, this article does not apply."
        ))
    if says is False:
        return Finding(article, VIOLATED, N_(
            "In a discussion that has anything to do with the school, a staff member must say that they work at TVO."
        ))
    return Finding(article, CONDITION, N_("Allowed provided you state in the discussion that you work at TVO."))


@rule(
    "B3",
    "Als online communicatie dreigt te ontsporen dient de medewerker direct contact op te nemen met "
    "zijn/haar leidinggevende om de te volgen strategie te bespreken.",
    when=STAFF_AT_WORK,
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
    reads=("in_doubt",),
)
def when_in_doubt(s: Scenario) -> Optional[Finding]:
    if s.get("in_doubt") is True:
        return Finding("B4", CONDITION, N_(
            "You are in doubt whether this is allowed: contact your manager before you publish."
        ))
    if s.get("in_doubt") is None:
        return Finding("B4", REMINDER, N_(
            "If you doubt whether a publication is allowed, contact your manager first."
        ))
    return None


# --- C. Voor medewerkers buiten werksituaties -------------------------------------------------

STAFF_OUTSIDE_WORK = When(roles=("staff",), settings=("private", None), actions=PUBLISHING)


@rule(
    "C1",
    "Het is de medewerker toegestaan om school-gerelateerde onderwerpen te publiceren mits het geen "
    "vertrouwelijke of persoonsgebonden informatie over de school, zijn medewerkers, leerlingen, "
    "ouders/verzorgers en andere betrokkenen betreft. Tevens mag de publicatie de naam van de school "
    "niet schaden.",
    when=STAFF_OUTSIDE_WORK,
    reads=("confidential", "personal_information", "harms_school", "school_related"),
    setting_specific=True,
)
def publishing_outside_work(s: Scenario) -> Optional[Finding]:
    # "school-gerelateerde onderwerpen": with the setting unknown, something not school-related is
    # either outside the protocol (D2) or not outside work, so C1 has nothing to say.
    if s.get("school_related") is False:
        return None
    return require(
        "C1",
        (s.get("confidential"), s.get("personal_information"), s.get("harms_school")),
        violated=N_(
            "Outside work, staff may publish about school topics only without confidential or personal "
            "information about the school and the people involved, and without harming the school's good name."
        ),
        condition=N_(
            "Outside work, allowed provided it contains no confidential or personal information about the "
            "school and the people involved, and does not harm the school's good name."
        ),
        satisfied=N_(
            "It contains no confidential or personal information and does not harm the school's good name, "
            "as required outside work."
        ),
    )


@rule(
    "C2",
    "Indien de medewerker deelneemt aan een discussie die (op enigerlei wijze) te maken heeft met de "
    "onderwijsinstelling dient medewerker te vermelden dat hij/zij medewerker is van Thorbecke "
    "Voortgezet Onderwijs .",
    when=When(roles=("staff",), settings=("private",), actions=("join_discussion",)),
    reads=("identifies_as_staff", "school_related"),
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
)
def personal_opinion_disclaimer(s: Scenario) -> Optional[Finding]:
    # "over Thorbecke Voortgezet Onderwijs publiceert": as C1, nothing to say about what is not
    # school-related.
    if s.get("school_related") is False:
        return None
    disclaimer = s.get("disclaimer")
    return require(
        "C3",
        (None if disclaimer is None else not disclaimer,),
        violated=N_(
            "Outside work, a staff member who publishes about TVO must add that the views are their own and "
            "separate from any official position of the school, and that they are not responsible for what "
            "others write."
        ),
        condition=N_(
            "Outside work, allowed provided you add that the views are your own and separate from any official "
            "position of the school, and that you are not responsible for what others write."
        ),
        satisfied=N_(
            "You add that the views are your own and separate from any official position of the school, and "
            "that you are not responsible for what others write."
        ),
    )


# --- Uitgangspunten and Sancties: they colour an answer but decide none -----------------------

@rule(
    "U4",
    "De gebruikers van sociale media dienen rekening te houden met de goede naam van de school en van "
    "een ieder die betrokken is bij de school;",
    when=When(actions=PUBLISHING),
    reads=("harms_school",),
)
def good_name_of_the_school(s: Scenario) -> Optional[Finding]:
    # C1 makes harming the school's name a breach for staff outside work; for everyone else the
    # principle asks them to mind it, which is worth saying but is not itself a rule to break.
    if s.get("harms_school") is True and not (s["role"] == "staff" and s.get("setting") in ("private", None)):
        return Finding("U4", REMINDER, N_("Everyone using social media should mind the good name of the school and of everyone involved with it."))
    return None


ACTS_READING = N_(
    "This is the checker's reading of S5: it speaks of a statement, and the checker names it also when "
    "what someone does, rather than says, may be a criminal offence."
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
    if s.get("possibly_criminal") is True:
        return Finding("S5", REMINDER, N_(
            "If a statement by a student, parent or carer, or staff member may be a criminal offence, the "
            "school's management will report it to the police."
        ), () if s["action"] in PUBLISHING else (ACTS_READING,))
    return None


# Sanctions that may follow a breach, by role (S1-S4); people connected to the school in
# another way are named in no sanction article.
SANCTIONS = {"staff": ("S1", "S2"), "student": ("S3", "S4"), "parent": ("S3", "S4"), "other": ()}
