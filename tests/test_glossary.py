"""The protocol's key terms stay the same across pages, labels and messages (i18n/glossary.yml).

For each language: no page and no checker text uses a variant the glossary rejects; wherever the
Dutch has a key term (an article of the protocol, a checker text, a page), the translation uses
the chosen rendering; the glosses a reader needs are where the glossary requires them.
"""

import re
import sys
from functools import lru_cache

import pytest
import yaml
from babel.messages.pofile import read_po

from conftest import LANGUAGES, ROOT

sys.path.insert(0, str(ROOT / "tools"))
import fingerprints  # noqa: E402

GLOSSARY = ROOT / "i18n" / "glossary.yml"
DOCS = ROOT / "docs"
TRANSLATIONS = [lang for lang in LANGUAGES if lang != "nl"]

ATTRIBUTES = re.compile(r"\{:[^}]*\}")
LINK_TARGET = re.compile(r"\]\([^)]*\)")
TAG = re.compile(r"<[^>]+>")


def clean(text: str) -> str:
    """What a reader reads: no attribute lists, link targets, tags, emphasis marks or line breaks."""
    text = ATTRIBUTES.sub(" ", text)
    text = LINK_TARGET.sub("]", text)
    text = TAG.sub(" ", text)
    text = text.replace("&rlm;", "").replace("\u200f", "").replace("\u2067", "").replace("\u2069", "")
    text = text.replace("*", "").replace("[", "").replace("]", "")
    return " ".join(text.split())


@lru_cache(maxsize=None)
def glossary() -> dict:
    return yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))


def spec(entry: dict, lang: str) -> dict:
    """What the glossary says for `lang` (Dutch is the source: its entry is only the pattern)."""
    return {} if lang == "nl" else entry.get(lang) or {}


def compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


@lru_cache(maxsize=None)
def pages(lang: str) -> dict[str, str]:
    folder = DOCS / lang
    return {str(path.relative_to(folder)): clean(path.read_text(encoding="utf-8")) for path in sorted(folder.rglob("*.md"))}


@lru_cache(maxsize=None)
def articles(lang: str) -> dict[str, str]:
    return {article: clean(text) for article, (_, text) in fingerprints.articles(lang).items()}


@lru_cache(maxsize=None)
def messages(lang: str) -> dict[str, str]:
    """msgid -> the text shown in `lang` (English: the msgid itself)."""
    with open(ROOT / "checker" / "locale" / "nl" / "LC_MESSAGES" / "checker.po", "rb") as file:
        ids = [entry.id for entry in read_po(file) if entry.id]
    if lang == "en":
        return {msgid: msgid for msgid in ids}
    with open(ROOT / "checker" / "locale" / lang / "LC_MESSAGES" / "checker.po", "rb") as file:
        return {entry.id: clean(entry.string) for entry in read_po(file, locale=lang) if entry.id}


def pending() -> set[tuple[str, str, str]]:
    """(lang, term, msgid): checker messages that do not follow the glossary yet (a rejected variant,
    or the chosen rendering missing). They belong to another change (see the note in the glossary);
    each must still need its place."""
    return {(item["lang"], item["term"], item["msgid"]) for item in glossary().get("pending", [])}


def rejected_variants(lang: str, texts=None) -> list[tuple[str, str, str, str]]:
    """(term, where, variant found, why) for every rejected variant in `lang`'s pages and messages."""
    texts = texts or {"pages": pages(lang), "messages": messages(lang)}
    found = []
    for term, entry in glossary()["terms"].items():
        for reject in spec(entry, lang).get("reject", []):
            pattern = compiled(reject["pattern"])
            only_in = reject.get("only_in")
            for path, text in texts["pages"].items():
                if only_in is None or path in only_in:
                    found += [(term, f"docs/{lang}/{path}", m.group(0), reject["why"]) for m in pattern.finditer(text)]
            if only_in is None:
                found += [(term, f"msgid {msgid!r}", m.group(0), reject["why"])
                          for msgid, text in texts["messages"].items() for m in pattern.finditer(text)]
    return found


def missing_renderings(lang: str, texts=None) -> list[tuple[str, str]]:
    """(term, where) for every place where the Dutch has the term and `lang` lacks its rendering."""
    texts = texts or {"articles": articles(lang), "messages": messages(lang), "pages": pages(lang)}
    missing = []
    for term, entry in glossary()["terms"].items():
        use = spec(entry, lang).get("use")
        if not use:
            continue
        dutch, chosen, only = compiled(entry["nl"]), compiled(use), entry.get("only")
        for article, text in articles("nl").items():
            if (only is None or article in only) and dutch.search(text) and not chosen.search(texts["articles"][article]):
                missing.append((term, f"docs/{lang}/protocol.md {article}"))
        if only is not None:
            continue
        nl = messages("nl")
        missing += [(term, f"msgid {msgid!r}") for msgid, text in texts["messages"].items()
                    if dutch.search(nl[msgid]) and not chosen.search(text)]
        missing += [(term, f"docs/{lang}/{path}") for path, text in texts["pages"].items()
                    if path != "protocol.md" and dutch.search(pages("nl").get(path, "")) and not chosen.search(text)]
    return missing


def place(lang: str, where: str) -> str:
    kind, _, name = where.partition(":")
    return {"protocol": articles, "page": pages, "msgid": messages}[kind](lang)[name]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_page_label_or_message_uses_a_rejected_variant(lang):
    found = [(term, where, variant, why) for term, where, variant, why in rejected_variants(lang)
             if not (where.startswith("msgid ") and (lang, term, where[7:-1]) in pending())]
    assert not found, "\n".join(f"{where}: {variant!r} ({term}): {why}" for term, where, variant, why in found)


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_where_the_dutch_has_a_key_term_the_translation_uses_its_rendering(lang):
    missing = [(term, where) for term, where in missing_renderings(lang)
               if not (where.startswith("msgid ") and (lang, term, where[7:-1]) in pending())]
    assert not missing, "\n".join(
        f"{where}: the Dutch says {term!r}; use {glossary()['terms'][term][lang]['use']!r}" for term, where in missing
    )


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_required_glosses_are_there(lang):
    for term, entry in glossary()["terms"].items():
        for required in spec(entry, lang).get("require", []):
            assert compiled(required["pattern"]).search(place(lang, required["where"])), (
                f"{lang} {required['where']}: {term!r} needs {required['pattern']!r} there"
            )


def test_every_pending_message_still_needs_its_place():
    """A pending entry that no longer finds its variant is out of date: remove it from the glossary."""
    found = [(lang, term, where) for lang in LANGUAGES for term, where, _, _ in rejected_variants(lang)]
    found += [(lang, term, where) for lang in TRANSLATIONS for term, where in missing_renderings(lang)]
    still = {(lang, term, where[7:-1]) for lang, term, where in found if where.startswith("msgid ")}
    stale = pending() - still
    assert not stale, f"remove these from `pending` in i18n/glossary.yml: {sorted(stale)}"


def test_the_glossary_is_well_formed():
    terms = glossary()["terms"]
    assert len(terms) >= 13
    for term, entry in terms.items():
        assert "nl" in entry, term
        assert any(compiled(entry["nl"]).search(text) for text in articles("nl").values()) or any(
            compiled(entry["nl"]).search(text) for text in list(messages("nl").values()) + list(pages("nl").values())
        ), f"{term}: its Dutch pattern matches nothing on the Dutch site; a check that cannot fail"
        for lang in TRANSLATIONS:
            for reject in spec(entry, lang).get("reject", []):
                assert reject.get("why"), f"{term} {lang}: a rejected variant needs its reason"
                compiled(reject["pattern"])


def test_the_checks_catch_a_reintroduced_variant():
    """The check itself: put rejected variants back and remove a chosen term, and it fails."""
    uk = {"pages": dict(pages("uk")), "messages": dict(messages("uk"))}
    uk["messages"]["Parent or carer"] = "Батько, мати або опікун"
    assert ("ouder/verzorger", "msgid 'Parent or carer'") in [(t, w) for t, w, _, _ in rejected_variants("uk", uk)]
    pl = {"pages": dict(pages("pl")), "messages": dict(messages("pl"))}
    pl["pages"]["guides/parents.md"] += " Może to zostać uznane za naganne zachowanie."
    assert any(t == "verwijtbaar gedrag" for t, _, _, _ in rejected_variants("pl", pl))
    ar = {"articles": dict(articles("ar")), "messages": dict(messages("ar")), "pages": dict(pages("ar"))}
    ar["articles"]["S3"] = ar["articles"]["S3"].replace("خاطئ", "")
    assert ("verwijtbaar gedrag", "docs/ar/protocol.md S3") in missing_renderings("ar", ar)
