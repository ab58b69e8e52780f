"""How the checker reads the protocol: a page woven from the rules' own declarations.

For every article, in protocol order: the binding Dutch text next to what the checker does with
it. Nothing here is written per article: whom an article binds, where and for which action comes
from its rule's `When`; the questions from its `reads` (worded as the form asks them); the
answers from running the rule itself over every combination of what it reads, each answer with
the facts it needs; the checker's own readings from the rule's `readings`. A school leader who
knows the protocol and no Python can check, article by article, that the checker reads it the
way the school does, and the page cannot drift from the code (tools/hooks.py builds it into the
site at every build, `<lang>/checker/reading/`).
"""

from __future__ import annotations

import html
import itertools
import json
from typing import Callable, Iterable, Optional

from .articles import ARTICLES
from .choices import CHOICES, SELECTED, chosen
from .describe import ANSWERS, QUESTION_READINGS, QUESTIONS, STATUSES, VARIANTS, VERDICTS, labels as answer_labels
from .evaluate import NOTES, evaluate
from .examples import EXAMPLES
from .i18n import N_, translator
from .rules import (
    CONDITION, NO_TIE_READING, OTHERS_READING, REMINDER, RULES, SANCTIONS, SATISFIED, SCOPE, VIOLATED, Reading, Rule,
)
from .scenario import KEYS

TITLE = N_("How the checker reads the protocol")
DESCRIPTION = N_("For each article of the protocol: the Dutch text, and what the checker asks and answers.")
INTRO = (
    N_(
        "This page shows, article by article, how the checker applies the protocol: the binding Dutch "
        "text, whom the checker applies it to and when, the questions it asks, and what it answers. The "
        "page is made from the checker's own rules every time the site is built, so it always says what "
        "the checker does."
    ),
    N_(
        "Where the checker, or the wording of one of its questions, reads more or less into an article than its "
        "words say, this is listed below as the checker's reading, and the checker's answer says so. Points the "
        "words leave to the school are the school's choices, listed below with the option in force. These "
        "readings and choices are for the school to approve."
    ),
    N_(
        "The checker never guesses what you do not know. If it decides the answer, the checker says what "
        "would make it allowed (a condition). If it is not known whether the protocol applies at all "
        "(D2), a breach is shown as a condition: it is a breach only if the protocol applies."
    ),
    N_("Only the Dutch text of the protocol is binding. This page explains the checker, not the protocol."),
)
WHAT_IT_IS_HEADING = N_("What the checker is, and what it is not")
WHAT_IT_IS = N_(
    "The checker explains the protocol for one situation at a time. It is not legal advice, and its answers "
    "are guidance, not decisions: measures are decided by the school, after hearing the person, and by the "
    "legal rules. Every answer says so:"
)
READINGS_HEADING = N_("The checker's own readings")
READING_WORDS = N_("The words")
READING_WHY = N_("Why")
READING_QUESTIONS = N_("Questions worded by this reading")
CHOICES_HEADING = N_("The school's choices")
CHOICES_INTRO = N_(
    "Where the words leave a point to the school, the checker does not decide it: it applies the option "
    "below marked as in force (until the school decides, the option closest to the Dutch words)."
)
IN_FORCE = N_("in force")
ARTICLES_HEADING = N_("Article by article")
DUTCH_TEXT = N_("Dutch text (binding)")
APPLIES_TO = N_("Applies to")
WHERE = N_("Where or when")
ACTIONS = N_("For these actions")
QUESTIONS_ASKED = N_("Questions it asks")
NO_QUESTIONS = N_("None: the checker says this whenever the article applies.")
ANSWERS_HEADING = N_("What the checker answers")
EXAMPLES_HEADING = N_("Examples (the checker's answers to everyday situations)")
READING = N_("The checker's reading")
OTHERWISE = N_("For any other answers, the checker says nothing about this article.")
SETTING_SPECIFIC = N_(
    "Section C binds staff only outside work: when the setting is not known, a breach of this article is "
    "shown as a condition."
)
SCOPE_OUT = N_("When the protocol does not apply, the checker says so and answers nothing else.")
NOT_ASKED = N_(
    "The checker asks nothing about this principle: it is the background against which the articles are read."
)
SANCTION = N_("Named among the possible consequences when the answer is \"{verdict}\", for: {roles}.")
TO_PROTOCOL = N_("This article in the protocol")
LINK_FROM_PROTOCOL = N_("How the checker reads {article}")

# The order in which an article's answers are listed: the most severe first.
STATUS_ORDER = (VIOLATED, CONDITION, SATISFIED, REMINDER)


def values(key: str) -> tuple:
    """What a scenario key can be, "not given" (None) included."""
    accepted = KEYS[key]
    return (True, False, None) if accepted is bool else (*accepted, None)


def outcomes(rule: Rule) -> tuple[list[tuple[str, str, tuple[str, ...], bool, dict[str, set]]], bool]:
    """Every answer the rule can give, found by asking it every combination of what it reads:
    (status, message, notes, the readings it rests on (ids, under any of these answers),
    and for each question whose answer narrows it, the answers under which it is given); and
    whether, for some answers, the rule has nothing to say."""
    asked = [key for key in rule.reads if key not in ("role", "setting", "action")]
    found: dict[tuple, dict[str, set]] = {}
    readings: dict[tuple, set] = {}
    silent = False
    for role, setting, action in itertools.product(rule.when.roles, rule.when.settings, rule.when.actions):
        for answers in itertools.product(*(values(key) for key in asked)):
            scenario = {"role": role, "action": action}
            if setting is not None:
                scenario["setting"] = setting
            scenario.update({key: value for key, value in zip(asked, answers) if value is not None})
            finding = rule.decide(scenario)
            if finding is None:
                silent = True
                continue
            answer = (finding.status, finding.message, finding.notes)
            seen = found.setdefault(answer, {})
            readings.setdefault(answer, set()).update(reading.id for reading in finding.readings)
            for key, value in (("role", role), ("setting", setting), ("action", action), *zip(asked, answers)):
                seen.setdefault(key, set()).add(value)
    domain = {"role": set(rule.when.roles), "setting": set(rule.when.settings), "action": set(rule.when.actions)}
    domain.update({key: set(values(key)) for key in asked})
    result = []
    for (status, message, notes), seen in found.items():
        narrowed = {key: answers for key, answers in seen.items() if answers != domain[key]}
        result.append((status, message, notes, readings[status, message, notes], narrowed))
    result.sort(key=lambda outcome: STATUS_ORDER.index(outcome[0]))
    return result, silent


def all_readings() -> list[Reading]:
    """Every reading the rules and the questions declare, once, in protocol order of articles."""
    from .articles import ORDER

    found: dict[str, Reading] = {}
    for rule in [SCOPE, *RULES]:
        for reading in rule.readings:
            found.setdefault(reading.id, reading)
    for carried in QUESTION_READINGS.values():
        for reading in carried:
            found.setdefault(reading.id, reading)
    for reading in (OTHERS_READING, NO_TIE_READING):
        found.setdefault(reading.id, reading)
    in_force = [reading for reading in found.values() if reading.chosen is None or chosen(*reading.chosen[:1]) == reading.chosen[1]]
    return sorted(in_force, key=lambda reading: ORDER[reading.article])


def escape(text: str) -> str:
    """Plain text as Markdown that shows it as it is."""
    for character in "\\`*_[]<>#|":
        text = text.replace(character, "\\" + character)
    return text


def weave(lang: str, dutch: dict[str, str], link: Callable[[str], str]) -> str:
    """The page in `lang` as Markdown. `dutch` holds the binding Dutch text of every article, by id
    (tools/hooks.py reads it from protocol/protocol-nl.txt); `link(article)` is the Markdown link
    target of that article on the protocol page."""
    tr = translator(lang)
    rules = {rule.article: rule for rule in [SCOPE, *RULES]}

    def label(key: str, value) -> str:
        if value is None:
            return tr(ANSWERS["unknown"])
        if isinstance(value, bool):
            return tr(ANSWERS["true" if value else "false"])
        return tr(answer_labels()[key][value])

    def labels(key: str, given: Iterable) -> str:
        # The short label: its examples in brackets are for the form, and the choices say who counts.
        order = list(values(key))
        return " / ".join(label(key, value).split(" (")[0] for value in sorted(given, key=order.index))

    listed = all_readings()
    reading_number = {reading.id: index for index, reading in enumerate(listed, 1)}

    def reading_links(ids: Iterable[str]) -> str:
        """Links to the readings by their number on this page, in that order."""
        ids = sorted((reading for reading in ids if reading in reading_number), key=reading_number.get)
        return ", ".join(f"[{escape(tr(READING))} {reading_number[reading]}](#reading-{reading})" for reading in ids)

    def sentences(message: str, notes: tuple[str, ...], readings: set[str]) -> str:
        text = " ".join(escape(tr(sentence)) for sentence in (message, *notes))
        links = reading_links(readings)
        return text + (f" *({links})*" if links else "")

    lines = [
        "---",
        f"description: {json.dumps(tr(DESCRIPTION), ensure_ascii=False)}",
        # Not in the search index: the page repeats every article's words in its answers, and its
        # long sections would change how search ranks the articles on the protocol page itself
        # (Arabic "صور" found the introduction's "صورة" before A5). The page is one click from the
        # protocol, the checker, the about page and each article.
        "search:",
        "  exclude: true",
        "---",
        "",
        f"# {escape(tr(TITLE))} {{: #reading }}",
        "",
    ]
    for paragraph in INTRO:
        lines += [escape(tr(paragraph)), ""]

    lines += [f"## {escape(tr(WHAT_IT_IS_HEADING))} {{: #what-it-is }}", "", escape(tr(WHAT_IT_IS)), ""]
    lines += [f"- {escape(tr(NOTES[note]))}" for note in ("guidance", "other_rules_staff")]
    lines.append("")

    lines += [f"## {escape(tr(READINGS_HEADING))} {{: #readings }}", ""]
    for reading in listed:
        questions = [key for key, carried in QUESTION_READINGS.items() if reading in carried]
        lines += [
            f"### {reading_number[reading.id]}. {reading.article} · {escape(tr(reading.text))} {{: #reading-{reading.id} .reading-item }}",
            "",
            f'**{escape(tr(READING_WORDS))}:** <q lang="nl" dir="ltr">{html.escape(reading.words)}</q> '
            f"([{reading.article}](#{reading.article.lower()}))",
            "",
            f"**{escape(tr(READING_WHY))}:** {escape(tr(reading.why))}",
            "",
        ]
        if questions:
            lines += [f"**{escape(tr(READING_QUESTIONS))}:**", ""]
            lines += [f"- {escape(tr(QUESTIONS[key]))}" for key in questions]
            lines.append("")

    lines += [f"## {escape(tr(CHOICES_HEADING))} {{: #choices }}", "", escape(tr(CHOICES_INTRO)), ""]
    for choice_id, choice in CHOICES.items():
        lines += [
            f"### {choice.article} · {escape(tr(choice.question))} {{: #choice-{choice_id.replace('_', '-')} .reading-item }}",
            "",
            f'**{escape(tr(READING_WORDS))}:** <q lang="nl" dir="ltr">{html.escape(choice.words)}</q>',
            "",
        ]
        for option, effect in choice.options.items():
            marker = f" **({escape(tr(IN_FORCE))})**" if SELECTED[choice_id] == option else ""
            lines.append(f"- `{option}`{marker}: {escape(tr(effect))}")
        lines += ["", f"**{escape(tr(READING_WHY))}:** {escape(tr(choice.why))}", ""]
    lines += ["", f"## {escape(tr(ARTICLES_HEADING))} {{: #articles }}", ""]

    answered = [(number, description, evaluate(scenario, "en")) for number, (description, scenario) in EXAMPLES.items()]
    for article, title in ARTICLES.items():
        rule: Optional[Rule] = rules.get(article)
        lines += [f"### {article} · {escape(tr(title))} {{: #{article.lower()} .reading-article }}", ""]
        # The whole article as the binding text has it (a rule quotes the part it implements, which
        # tests/test_quotes.py finds in that text; A7's "Zie ook" is not a rule's).
        quote = dutch[article]
        # The binding text, as a quote in Dutch (lang, and left to right on an Arabic page too).
        lines += [
            '<div class="admonition quote reading-dutch" markdown>',
            f'<p class="admonition-title">{html.escape(tr(DUTCH_TEXT))}</p>',
            f'<p lang="nl" dir="ltr">{html.escape(quote)}</p>',
            "</div>",
            "",
        ]
        if rule is None:
            if article in ("S1", "S2", "S3", "S4"):
                roles = [role for role, sanctions in SANCTIONS.items() if article in sanctions]
                lines.append(escape(tr(SANCTION).format(
                    verdict=tr(VERDICTS["not_allowed"]), roles=labels("role", roles),
                )))
            else:
                lines.append(escape(tr(NOT_ASKED)))
            lines += ["", f"[{escape(tr(TO_PROTOCOL))}]({link(article)})", ""]
            continue

        when = rule.when
        lines += [
            f"- **{escape(tr(APPLIES_TO))}:** {escape(labels('role', when.roles))}",
            f"- **{escape(tr(WHERE))}:** {escape(labels('setting', when.settings))}",
            f"- **{escape(tr(ACTIONS))}:** {escape(labels('action', when.actions))}",
            "",
            f"**{escape(tr(QUESTIONS_ASKED))}**",
            "",
        ]
        asked = [key for key in rule.reads]
        if asked:
            for key in asked:
                lines.append(f"- {escape(tr(QUESTIONS[key]))}")
                lines += [f"    - *{escape(labels('action', (action,)))}:* {escape(tr(text))}"
                          for action, text in VARIANTS.get(key, {}).items() if action in when.actions]
        else:
            lines.append(escape(tr(NO_QUESTIONS)))
        lines += ["", f"**{escape(tr(ANSWERS_HEADING))}**", ""]
        answers, silent = outcomes(rule)
        for status, message, notes, readings, _narrowed in answers:
            lines.append(f"- **{escape(tr(STATUSES[status]))}:** {sentences(message, notes, readings)}")
        # When each answer is given is shown by examples the checker answers at build time, not by
        # lists of answers: those cannot say "any of these" or "this together with that" (L-18).
        cited = [(number, description, result) for number, description, result in answered
                 if any(finding["article"] == article and finding["status"] != REMINDER for finding in result["findings"])]
        if cited:
            lines += ["", f"**{escape(tr(EXAMPLES_HEADING))}**", ""]
            for number, description, result in cited:
                status = next(finding["status"] for finding in result["findings"] if finding["article"] == article)
                lines.append(
                    f"- {escape(tr(description))}: **{escape(tr(VERDICTS[result['verdict']]))}** "
                    f"({article}: {escape(tr(STATUSES[status]))}) <span class=\"reading-example\">#{number}</span>"
                )
        lines.append("")
        extra = []
        if rule is SCOPE:
            extra.append(tr(SCOPE_OUT))
        if rule.setting_specific:
            extra.append(tr(SETTING_SPECIFIC))
        if silent:
            extra.append(tr(OTHERWISE))
        lines += [escape(text) for text in extra] + [""]
        links = reading_links(reading.id for reading in rule.readings)
        if links:
            lines += [f"**{escape(tr(READINGS_HEADING))}:** {links}", ""]
        lines += [f"[{escape(tr(TO_PROTOCOL))}]({link(article)})", ""]
    return "\n".join(lines)
