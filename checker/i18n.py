"""Message catalogues: the standard library's gettext, catalogues managed with Babel.

Message ids are English source sentences (the usual gettext convention), so English
needs no catalogue; the other five languages each have `locale/<lang>/LC_MESSAGES/checker.mo`,
compiled from the `.po` next to it (`make catalogues`). The binding protocol text is Dutch;
these messages only *explain* it.
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("nl", "en", "tr", "ar", "pl", "uk")
DEFAULT_LANGUAGE = "nl"
DOMAIN = "checker"
LOCALE_DIR = Path(__file__).with_name("locale")


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet (tables are built at import)."""
    return message


@lru_cache(maxsize=None)
def translator(lang: str):
    """The `gettext` function for `lang`; English is the source language."""
    if lang == "en":
        return gettext.NullTranslations().gettext
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang]).gettext
