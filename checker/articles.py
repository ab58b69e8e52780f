"""The numbered items of the protocol, in protocol order, with a short title for each.

The ids are fixed by the checker contract and are the same in every language; the site uses
them, lower-cased, as the anchors of the articles on its protocol page (`protocol/#a5`).
"""

from __future__ import annotations

from .i18n import N_

# id -> short English title (translated through the catalogues); dict order is protocol order.
ARTICLES: dict[str, str] = {
    "U1": N_("The school recognises the importance of social media"),
    "U2": N_("A good and safe school climate"),
    "U3": N_("Respect for the school and for each other"),
    "U4": N_("Mind the good name of the school and everyone involved"),
    "U5": N_("Protection against the negative effects of social media"),
    "D1": N_("Who the protocol is for"),
    "D2": N_("Only messages related to TVO, and where school, work and private life overlap"),
    "A1": N_("No social media during lessons without permission"),
    "A2": N_("Sharing knowledge and information"),
    "A3": N_("You are responsible for what you publish"),
    "A4": N_("What you publish stays public"),
    "A5": N_("Photos, films and sound recordings of school-related situations only with explicit consent"),
    "A6": N_("Staff do not become 'friends' with students"),
    "A7": N_("Norms of decency"),
    "B1": N_("Staff: private opinions and the school's official position"),
    "B2": N_("Staff at work: say that you work at the school"),
    "B3": N_("Staff at work: when online communication threatens to get out of hand"),
    "B4": N_("Staff at work: when in doubt, ask your manager"),
    "C1": N_("Staff outside work: publishing about school topics"),
    "C2": N_("Staff outside work: say that you work at the school"),
    "C3": N_("Staff outside work: a personal-opinion disclaimer"),
    "S1": N_("Staff: possible breach of duty"),
    "S2": N_("Staff: depending on the seriousness, measures from a warning up to dismissal"),
    "S3": N_("Students and parents/carers: possibly culpable behaviour"),
    "S4": N_("Students and parents/carers: depending on the seriousness, measures from a warning to removal from school"),
    "S5": N_("Possible criminal offence: report to the police"),
}

ARTICLE_IDS: tuple[str, ...] = tuple(ARTICLES)
ORDER: dict[str, int] = {article: index for index, article in enumerate(ARTICLE_IDS)}
