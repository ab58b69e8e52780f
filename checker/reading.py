"""How the checker reads the protocol: the page the school approves, woven from the rules.

In the order a school director reads it (counsel's review, section 5): what the checker is and is
not; every reading, where the checker or a question's wording reads more or less into the Dutch
words than they say (the words, the reading, why, one example); the school's choices, with the
option in force and what each option changes; per article, the binding Dutch text and the checker's
answers to everyday situations (checker/examples.py), answered by the checker itself as the page is
built, so an example cannot disagree with the checker; and what is approved: the versions, the
fingerprint of everything that decides an answer, the approval state, and a block to sign on paper.

Nothing here is written per article or per reading: it all comes from the declarations in rules.py,
describe.py and choices.py. tools/hooks.py builds the page into the site (`<lang>/checker/reading/`)
with the approval state and the state of the translations; tools/approval.py computes the former.
"""

from __future__ import annotations

import html
import json
from typing import Callable, Iterable, Optional

from . import __version__
from .articles import ARTICLES, ORDER
from .choices import CHOICES, SELECTED
from .describe import QUESTION_READINGS, QUESTIONS, STATUSES, VERDICTS, labels as answer_labels
from .evaluate import NOTES, evaluate
from .examples import EXAMPLES
from . import next_step
from .i18n import N_, translator
from .rules import NO_TIE_READING, OTHERS_READING, REMINDER, RULES, SANCTIONS, SCOPE, Reading

TITLE = N_("How the checker reads the protocol")
DESCRIPTION = N_("How the checker reads the protocol: its readings, the school's choices, examples per article, and what the school approves.")
INTRO = N_(
    "This page shows how the checker applies the protocol, for the school to approve: where the checker reads "
    "more or less into the Dutch words than they say, the points the words leave to the school, and, per "
    "article, the checker's answers to everyday situations. It is made from the checker's own rules every time "
    "the site is built. Only the Dutch text of the protocol is binding, and only the Dutch version of this page "
    "is what the school approves."
)
WHAT_IT_IS_HEADING = N_("What the checker is, and what it is not")
WHAT_IT_IS = N_(
    "The checker explains the protocol for one situation at a time. It is not legal advice, the protocol is not "
    "the only set of rules that applies, and the checker's answers are guidance, not decisions. If something is "
    "not known, it never guesses: it says under which condition the answer would be different. Every answer says:"
)
WHOM_TO_ASK = N_(
    "Questions about an answer, or do you disagree with it? Ask the school: students and parents the form tutor (mentor), "
    "staff their manager."
)
READINGS_HEADING = N_("The checker's readings")
READINGS_INTRO = N_(
    "Each place where the checker, or the wording of one of its questions, reads more or less into the Dutch "
    "words than they say. An answer that rests on one says so, with a link here."
)
READING_WORDS = N_("The words")
READING_WHY = N_("Why")
READING_EXAMPLE = N_("Example")
READING_QUESTIONS = N_("Questions worded by this reading")
CHOICES_HEADING = N_("The school's choices")
CHOICES_INTRO = N_(
    "Where the words leave a point to the school, the checker does not decide it: it applies the option marked "
    "'in force'. Until the school decides, that is the option closest to the Dutch words, and never harsher."
)
IN_FORCE = N_("in force")
OPEN_HEADING = N_("Not decided by this page")
OPEN_INTRO = N_(
    "Points the checker does not settle. A choice that in effect changes the protocol is made the way the "
    "protocol was adopted: by the competent authority, with the participation council where the law (WMS) "
    "requires it."
)
OPEN_POINTS = (
    N_(
        "A6 and a contact that existed before someone became a student or a staff member: the checker asks the "
        "staff member to ask their manager."
    ),
    N_(
        "C3 asks for a disclaimer on every publication about TVO, also one without an opinion (such as sharing a "
        "vacancy): its words say so, and only a change of the protocol can limit it to opinions."
    ),
    N_(
        "S3 and S4 as they apply to parents and carers (suspension and removal from school cannot apply to a "
        "parent), and the range of the S2 measures as it relates to the collective agreement (cao vo)."
    ),
)
READINGS_DECISION = N_("The checker's readings")
ARTICLES_HEADING = N_("Examples, article by article")
ARTICLES_INTRO = N_(
    "Under each article's binding Dutch text: everyday situations whose answer turns on this article, with the "
    "answer the checker gives. Each situation is shown once: under the first article it breaks, else the first "
    "it leaves open, else the first it meets; the other articles it turns on name it by its number."
)
DUTCH_TEXT = N_("Dutch text (binding)")
NOT_ASKED = N_(
    "The checker asks nothing about this principle: it is the background against which the articles are read."
)
REMINDER_ONLY = N_("The checker only says this as something good to know, wherever the article applies.")
ALSO = N_("Also decided by this article: situations {numbers}.")
CRIMINAL_STATEMENT = N_(
    "Named among the possible consequences when a statement by a student, parent or carer, or staff member may "
    "be a criminal offence."
)
SANCTION = N_("Named among the possible consequences when the answer is \"{verdict}\", for: {roles}.")
TO_PROTOCOL = N_("This article in the protocol")
LINK_FROM_PROTOCOL = N_("How the checker reads {article}")
READING = N_("The checker's reading")
NEXT_STEPS_HEADING = N_("What the answer says to do")
NEXT_STEPS_INTRO = N_(
    "Every answer opens with one sentence: the point that decides it and what the person can do next. It is "
    "worded for the one who acts or, when someone asks about what another person did, for the one who asks; the "
    "verdict is always about the one who acts. The sentence never says more than the article it rests on."
)
NEXT_STEP_WHEN = N_("When")
TO_ACTOR = N_("To the one who acts")
TO_ASKER = N_("To someone who asks about it")
APPROVAL_HEADING = N_("What is approved")
PROTOCOL_VERSION = N_("Protocol version")
CHECKER_VERSION = N_("Checker version")
FINGERPRINT = N_("Fingerprint of everything that decides an answer")
BUILT = N_("Page made on")
NOT_APPROVED = N_("This reading of the protocol is not yet approved by the school.")
NOBODY_YET = N_("Nobody has approved a version of it yet.")
CHANGED_SINCE = N_("Changed since the version approved by {name} ({role}) on {date}:")
APPROVED = N_("Approved by {name} ({role}) on {date}.")
TRANSLATIONS = N_("The translations of this page and of the checker's texts:")
SAYS_THE_SAME = N_("translated from the current Dutch texts")
BEHIND = N_("not yet translated from the current Dutch texts")
SIGNATURE_HEADING = N_("Approval")
SIGNATURE_INTRO = N_(
    "On behalf of the competent authority, I approve the checker's reading of the protocol with the fingerprint "
    "above, with the school's choices as marked below."
)
NAME = N_("Name")
ROLE = N_("Role")
DATE = N_("Date")
SIGNATURE = N_("Signature")
DECISION = N_("agreed / not agreed / changed to:")
REMARKS = N_("Remarks")


def all_readings() -> list[Reading]:
    """Every reading in force that the rules and the questions declare, once, in protocol order."""
    found: dict[str, Reading] = {}
    for rule in [SCOPE, *RULES]:
        for reading in rule.readings:
            found.setdefault(reading.id, reading)
    for carried in QUESTION_READINGS.values():
        for reading in carried:
            found.setdefault(reading.id, reading)
    for reading in (OTHERS_READING, NO_TIE_READING):
        found.setdefault(reading.id, reading)
    in_force = [reading for reading in found.values()
                if reading.chosen is None or SELECTED[reading.chosen[0]] == reading.chosen[1]]
    return sorted(in_force, key=lambda reading: ORDER[reading.article])


def deciding_article(result: dict) -> str:
    """The article an answer turns on, under which the page shows it once: the first broken one,
    else the first condition, else the first one satisfied beside the scope (D2), else the scope."""
    for status in ("violated", "condition", "satisfied"):
        for finding in result["findings"]:
            if finding["status"] == status and finding["article"] not in ("D1", "D2"):
                return finding["article"]
    return result["findings"][0]["article"]


def escape(text: str) -> str:
    """Plain text as Markdown that shows it as it is."""
    for character in "\\`*_[]<>#|":
        text = text.replace(character, "\\" + character)
    return text


def weave(
    lang: str,
    dutch: dict[str, str],
    link: Callable[[str], str],
    approval: Optional[dict] = None,
    translations: Optional[dict[str, tuple[str, bool]]] = None,
    protocol_version: str = "",
    built: str = "",
    contact: str = "",
) -> str:
    """The page in `lang` as Markdown. `dutch` holds the binding Dutch text of every article, by id;
    `link(article)` is the Markdown link target of that article on the protocol page. `approval` is
    tools/approval.py's status (None: not known); `translations` maps each language to its name and
    whether its texts are translated from the current Dutch ones. `contact` is the school's contact
    box (HTML)."""
    tr = translator(lang)

    def sentence(text: str) -> str:
        return escape(tr(text))

    def role_labels(roles: Iterable[str]) -> str:
        # The short label: its examples in brackets are for the form, and the choices say who counts.
        return " / ".join(tr(answer_labels()["role"][role]).split(" (")[0] for role in roles)

    readings = all_readings()
    number = {reading.id: index for index, reading in enumerate(readings, 1)}
    answered = [(n, description, evaluate(scenario, "en")) for n, (description, scenario) in EXAMPLES.items()]

    def reading_links(ids: Iterable[str]) -> str:
        ids = sorted((reading for reading in set(ids) if reading in number), key=number.get)
        return ", ".join(f"[{sentence(READING)} {number[reading]}](#reading-{reading})" for reading in ids)

    def example(n: int, description: str, result: dict, article: Optional[str] = None) -> str:
        line = f"{escape(tr(description))}: **{escape(tr(VERDICTS[result['verdict']]))}**"
        if article:
            status = next(finding["status"] for finding in result["findings"] if finding["article"] == article)
            line += f" ({article}: {escape(tr(STATUSES[status]))})"
        return line + f" <span class=\"reading-example\">#{n}</span>"

    lines = [
        "---",
        f"description: {json.dumps(tr(DESCRIPTION), ensure_ascii=False)}",
        # Not in the search index: the page repeats every article's words, and its long sections
        # would change how search ranks the articles on the protocol page itself.
        "search:",
        "  exclude: true",
        "---",
        "",
        f"# {sentence(TITLE)} {{: #reading }}",
        "",
    ]
    lines += approval_notice(tr, approval)
    lines += [sentence(INTRO), ""]

    lines += [f"## {sentence(WHAT_IT_IS_HEADING)} {{: #what-it-is }}", "", sentence(WHAT_IT_IS), ""]
    lines += [f"- {sentence(NOTES[note])}" for note in ("guidance", "other_rules_staff")]
    lines += ["", sentence(WHOM_TO_ASK), ""]
    if contact:  # the school's contact (extra.contact), as the site's hooks render it
        lines += [contact, ""]

    lines += [f"## {sentence(READINGS_HEADING)} {{: #readings }}", "", sentence(READINGS_INTRO), ""]
    for reading in readings:
        # Headed by the Dutch words it reads (short, and the same in every language), then the reading.
        lines += [
            f'### {number[reading.id]}. {reading.article} · <q lang="nl" dir="ltr">{html.escape(reading.words)}</q> '
            f"{{: #reading-{reading.id} .reading-item }}",
            "",
            sentence(reading.text),
            "",
            f"**{sentence(READING_WHY)}:** {sentence(reading.why)}",
            "",
        ]
        # The example: a situation that rests on the reading and turns on its article, else any that rests on it.
        resting = [(n, d, r) for n, d, r in answered if reading.id in {x["id"] for x in r["readings"]}]
        shown = next((x for x in resting if deciding_article(x[2]) == reading.article), resting[0] if resting else None)
        if shown:
            lines += [f"**{sentence(READING_EXAMPLE)}:** {example(*shown)}", ""]
        questions = [key for key, carried in QUESTION_READINGS.items() if reading in carried]
        if questions:
            lines += [f"**{sentence(READING_QUESTIONS)}:**", ""]
            lines += [f"- {sentence(QUESTIONS[key])}" for key in questions]
            lines.append("")

    lines += [f"## {sentence(CHOICES_HEADING)} {{: #choices }}", "", sentence(CHOICES_INTRO), ""]
    for choice_id, choice in CHOICES.items():
        lines += [
            f"### {choice.article} · {sentence(choice.question)} {{: #choice-{choice_id.replace('_', '-')} .reading-item }}",
            "",
            f'**{sentence(READING_WORDS)}:** <q lang="nl" dir="ltr">{html.escape(choice.words)}</q>',
            "",
        ]
        for option, effect in choice.options.items():
            marker = f" **({sentence(IN_FORCE)})**" if SELECTED[choice_id] == option else ""
            lines.append(f"- `{option}`{marker}: {sentence(effect)}")
        lines += ["", f"**{sentence(READING_WHY)}:** {sentence(choice.why)}", ""]

    lines += [f"## {sentence(OPEN_HEADING)} {{: #open }}", "", sentence(OPEN_INTRO), ""]
    lines += [f"- {sentence(point)}" for point in OPEN_POINTS]
    lines.append("")

    lines += [f"## {sentence(ARTICLES_HEADING)} {{: #articles }}", "", sentence(ARTICLES_INTRO), ""]
    rules = {rule.article: rule for rule in [SCOPE, *RULES]}
    for article, title in ARTICLES.items():
        lines += [
            f"### {article} · {sentence(title)} {{: #{article.lower()} .reading-article }}",
            "",
            # The binding text, as a quote in Dutch (lang, and left to right on an Arabic page too).
            '<div class="admonition quote reading-dutch" markdown>',
            f'<p class="admonition-title">{html.escape(tr(DUTCH_TEXT))}</p>',
            f'<p lang="nl" dir="ltr">{html.escape(dutch[article])}</p>',
            "</div>",
            "",
        ]
        decided = [(n, d, r) for n, d, r in answered if deciding_article(r) == article]
        also = [f"#{n}" for n, d, r in answered if deciding_article(r) != article
                and any(f["article"] == article and f["status"] != REMINDER for f in r["findings"])]
        lines += [f"- {example(n, d, r, article)}" for n, d, r in decided]
        if also:
            lines += ["", escape(tr(ALSO).format(numbers=", ".join(also)))]
        if not (decided or also):
            # No situation turns on it: say what the checker does with the article instead.
            if article == "S5":
                lines.append(sentence(CRIMINAL_STATEMENT))
            elif article in ("S1", "S2", "S3", "S4"):
                roles = [role for role, sanctions in SANCTIONS.items() if article in sanctions]
                lines.append(escape(tr(SANCTION).format(verdict=tr(VERDICTS["not_allowed"]), roles=role_labels(roles))))
            else:
                lines.append(sentence(REMINDER_ONLY if article in rules else NOT_ASKED))
        lines.append("")
        links = reading_links(reading.id for reading in rules[article].readings) if article in rules else ""
        if links:
            lines += [f"**{sentence(READINGS_HEADING)}:** {links}", ""]
        lines += [f"[{sentence(TO_PROTOCOL)}]({link(article)})", ""]

    lines += next_steps_section(tr)
    lines += approval_section(tr, approval, translations, protocol_version, built, readings)
    return "\n".join(lines)


def next_steps_section(tr) -> list[str]:
    """Each sentence an answer can open with (checker/next_step.py), by the article it rests on."""
    rows = [(article, tr(STATUSES[status]), by) for (article, status), by in
            sorted(next_step.SENTENCES.items(), key=lambda item: (ORDER[item[0][0]], item[0][1] != "violated"))]
    rows.append(("", tr(VERDICTS["allowed"]), next_step.ALLOWED))
    rows.append(("D1", tr(VERDICTS["out_of_scope"]), next_step.NOT_BOUND))
    rows.append(("D2", tr(VERDICTS["out_of_scope"]), next_step.NOT_RELATED))
    return [
        f"## {escape(tr(NEXT_STEPS_HEADING))} {{: #next-steps }}",
        "",
        escape(tr(NEXT_STEPS_INTRO)),
        "",
        f"| | {escape(tr(NEXT_STEP_WHEN))} | {escape(tr(TO_ACTOR))} | {escape(tr(TO_ASKER))} |",
        "|---|---|---|---|",
        *(f"| {article} | {escape(when)} | {escape(tr(by[next_step.SELF]))} | {escape(tr(by[next_step.OTHER]))} |"
          for article, when, by in rows),
        "",
    ]


def approval_notice(tr, approval: Optional[dict]) -> list[str]:
    """At the top of the page: whether the school approved what this page shows."""
    if approval is None:
        return []
    if approval["approved"]:
        last = approval["last"]
        return ['!!! success ""', "", f"    {escape(tr(APPROVED).format(name=last['naam'], role=last['functie'], date=last['datum']))}", ""]
    text = tr(NOT_APPROVED) + " " + (tr(NOBODY_YET) if approval["last"] is None else "")
    return ['!!! warning "" ', "", f"    {escape(text.strip())} [→](#approval)", ""]


def approval_section(tr, approval, translations, protocol_version: str, built: str, readings: list[Reading]) -> list[str]:
    lines = [
        f"## {escape(tr(APPROVAL_HEADING))} {{: #approval }}",
        "",
        "| | |",
        "|---|---|",
        f"| {escape(tr(PROTOCOL_VERSION))} | {escape(protocol_version)} |",
        f"| {escape(tr(CHECKER_VERSION))} | {__version__} |",
        f"| {escape(tr(FINGERPRINT))} | `{approval['fingerprint'] if approval else ''}` |",
        f"| {escape(tr(BUILT))} | {escape(built)} |",
        "",
    ]
    if approval and approval["approved"]:
        last = approval["last"]
        lines += [escape(tr(APPROVED).format(name=last["naam"], role=last["functie"], date=last["datum"])), ""]
    elif approval:
        lines += [f"**{escape(tr(NOT_APPROVED))}**", ""]
        if approval["last"] is None:
            lines += [escape(tr(NOBODY_YET)), ""]
        else:
            last = approval["last"]
            lines += [escape(tr(CHANGED_SINCE).format(name=last["naam"], role=last["functie"], date=last["datum"])), ""]
            lines += [f"- `{escape(part)}`" for part in approval["changed"]]
            lines.append("")
    if translations:
        lines += [escape(tr(TRANSLATIONS)), ""]
        lines += [f"- {escape(name)}: {escape(tr(SAYS_THE_SAME if current else BEHIND))}"
                  for lang, (name, current) in translations.items() if lang != "nl"]
        lines.append("")
    lines += [
        f"### {escape(tr(SIGNATURE_HEADING))} {{: #signature .reading-signature }}",
        "",
        escape(tr(SIGNATURE_INTRO)),
        "",
        "| | |",
        "|---|---|",
        *(f"| {escape(tr(field))} | |" for field in (NAME, ROLE, DATE, SIGNATURE)),
        "",
        "| | | |",
        "|---|---|---|",
        *(f"| {choice.article} · {escape(tr(choice.question))} | `{SELECTED[choice_id]}` | {escape(tr(DECISION))} |"
          for choice_id, choice in CHOICES.items()),
        "",
        # A decision per reading, not only for all of them at once (counsel, M-8).
        "| | |",
        "|---|---|",
        *(f"| {escape(tr(READINGS_DECISION))} {index} · {reading.article} · {html.escape(reading.words)} | {escape(tr(DECISION))} |"
          for index, reading in enumerate(readings, 1)),
        f"| {escape(tr(NEXT_STEPS_HEADING))} | {escape(tr(DECISION))} |",
        "",
        f"**{escape(tr(REMARKS))}:**",
        "",
    ]
    return lines
