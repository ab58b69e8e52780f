"""The built site (site/, from `make site`): parity, anchors, the binding Dutch text, lang/dir,
the language selector, search indexes, and no request to another host."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import CONTRACT_IDS, LANGUAGES, ROOT, normalise

SITE = ROOT / "site"
PAGES = ["", "protocol/", "guides/parents/", "guides/students/", "guides/staff/", "checker/", "checker/reading/", "about/", "changelog/"]


@pytest.fixture(scope="module", autouse=True)
def built():
    assert (SITE / "nl" / "index.html").exists(), "site/ is not built: run `make site` (make test does)"


def html(lang: str, page: str) -> str:
    return (SITE / lang / page / "index.html").read_text(encoding="utf-8")


class Elements(HTMLParser):
    """Start tags with their attributes, and the text outside scripts and styles."""

    def __init__(self, source: str):
        super().__init__()
        self.tags, self.text, self._skip = [], [], 0
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style", "template"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def built_pages(lang: str) -> list[str]:
    folder = SITE / lang
    return sorted(
        str(path.relative_to(folder)) for path in folder.rglob("*.html")
        if not path.relative_to(folder).parts[0] in ("assets", "search")
    )


def test_every_page_exists_in_every_language():
    dutch = built_pages("nl")
    assert {f"{page}index.html" for page in PAGES} <= set(dutch)
    for lang in LANGUAGES:
        assert built_pages(lang) == dutch, lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_protocol_page_has_every_article_anchor(lang):
    tags = Elements(html(lang, "protocol/")).tags
    anchors = [attrs["id"] for tag, attrs in tags if tag == "h3" and "article" in attrs.get("class", "")]
    assert anchors == [article.lower() for article in CONTRACT_IDS]
    headings = re.findall(r'<h3 class="article" id="([a-z]\d)">([A-Z]\d)<', html(lang, "protocol/"))
    assert [(anchor, anchor.upper()) for anchor, _ in headings] == headings, "the id is not shown visibly"


def sentences(text: str) -> list[str]:
    """The source text's sentences (and headings), whitespace-normalised, without list numbers."""
    out = []
    for line in text.splitlines():
        line = re.sub(r"^\d\. ", "", line.strip())
        out += [normalise(part) for part in re.split(r"(?<=[.;])\s+(?=[A-Z(])", line) if part.strip()]
    return out


def test_dutch_protocol_is_the_source_text_word_for_word(source_text):
    page = normalise(" ".join(Elements(html("nl", "protocol/")).text).replace("¶", ""))
    position = 0
    for sentence in sentences(source_text):
        found = page.find(sentence, position)
        assert found >= 0, f"missing or out of order: {sentence!r}"
        position = found + len(sentence)


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "nl"])
def test_translations_say_the_dutch_text_binds(lang):
    tags = Elements(html(lang, "protocol/")).tags
    notice = [attrs for tag, attrs in tags if tag == "a" and attrs.get("hreflang") == "nl" and attrs["href"].endswith("nl/protocol/")]
    assert notice, "no link to the binding Dutch text"
    assert 'class="admonition warning translation-notice"' in html(lang, "protocol/")
    assert "translation-notice" not in html("nl", "protocol/")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lang_and_dir_on_every_page(lang):
    direction = "rtl" if lang == "ar" else "ltr"
    for page in built_pages(lang):
        source = (SITE / lang / page).read_text(encoding="utf-8")
        assert f'<html lang="{lang}" dir="{direction}"' in source, (lang, page)
        assert f'<body dir="{direction}"' in source, (lang, page)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_selector_links_the_same_page_in_each_language(lang):
    for page in PAGES:
        url = f"http://site/{lang}/{page}"
        links = {attrs["hreflang"]: attrs["href"] for tag, attrs in Elements(html(lang, page)).tags
                 if tag == "a" and "md-select__link" in attrs.get("class", "")}
        assert set(links) == set(LANGUAGES)
        for other, href in links.items():
            target = urlsplit(urljoin(url, href)).path
            assert target == f"/{other}/{page}", (lang, page, other, href)
            assert (SITE / target.lstrip("/") / "index.html").exists()


STEMMED = {"nl": "nl", "en": "en", "tr": "tr", "ar": "ar"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_index_per_language(lang):
    index = json.loads((SITE / lang / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == [STEMMED.get(lang, "en")]
    if lang not in STEMMED:
        assert "stemmer" not in index["config"]["pipeline"], "no stemmer for this language: search unstemmed"
    locations = {doc["location"]: doc for doc in index["docs"]}
    assert "protocol/#a5" in locations, "each article is its own search section"
    # The index holds this language's text, not another's.
    a5 = normalise(locations["protocol/#a5"]["text"])
    assert a5 and a5 not in [normalise(json.loads((SITE / other / "search" / "search_index.json").read_text())
                                       ["docs"][0]["text"]) for other in LANGUAGES if other != lang]


@pytest.mark.parametrize("lang, term", [("nl", "toestemming"), ("en", "consent")])
def test_search_terms_find_a5(lang, term):
    index = json.loads((SITE / lang / "search" / "search_index.json").read_text(encoding="utf-8"))
    a5 = next(doc for doc in index["docs"] if doc["location"] == "protocol/#a5")
    assert term in a5["text"].lower()


FOREIGN = re.compile(r"""(?:src|href|srcset|content)\s*=\s*["'](?:https?:)?//""", re.I)
CSS_FOREIGN = re.compile(r"""url\(\s*["']?(?:https?:)?//|@import\s+["']?(?:https?:)?//""", re.I)


def test_no_page_loads_anything_from_another_host():
    for path in SITE.rglob("*.html"):
        for tag, attrs in Elements(path.read_text(encoding="utf-8")).tags:
            loads = (tag in ("script", "img", "iframe", "source", "audio", "video")
                     or (tag == "link" and attrs.get("rel") not in ("canonical",)))
            for name in ("src", "href", "srcset"):
                value = attrs.get(name) or ""
                if loads and re.match(r"(?:https?:)?//", value):
                    pytest.fail(f"{path.relative_to(SITE)} loads {value}")
    for path in SITE.rglob("*.css"):
        assert not CSS_FOREIGN.search(path.read_text(encoding="utf-8")), path


def test_root_page_offers_every_language_and_falls_back_to_dutch():
    root = (SITE / "index.html").read_text(encoding="utf-8")
    assert '<noscript><meta http-equiv="refresh" content="0; url=nl/"></noscript>' in root
    for lang in LANGUAGES:
        assert f'href="{lang}/"' in root


def test_pyodide_is_in_the_site_once():
    copies = list(SITE.rglob("pyodide.asm.wasm"))
    assert [path.relative_to(SITE) for path in copies] == [Path("runtime/pyodide-314.0.7/pyodide.asm.wasm")]
    assert not list(SITE.rglob("*.map")), "source maps are not part of the site"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_changelog_starts_with_the_current_version(lang):
    from mkdocs.config import load_config

    version = str(load_config(str(ROOT / "mkdocs.yml")).extra["protocol"]["version"])
    rows = [tag for tag in Elements(html(lang, "changelog/")).text if tag.strip()]
    table = html(lang, "changelog/")
    first_row = re.search(r"<tbody>\s*<tr>\s*<td>([^<]+)</td>", table)
    assert first_row and first_row.group(1).strip() == version, (lang, rows[:5])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_about_page_offers_the_offline_copy(lang):
    links = [attrs for tag, attrs in Elements(html(lang, "about/")).tags if tag == "a" and "download" in attrs]
    assert len(links) == 1
    target = urlsplit(urljoin(f"http://site/{lang}/about/", links[0]["href"])).path
    assert (SITE / target.lstrip("/")).is_file() and target.endswith(".zip")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_checker_page_has_every_text_it_may_show(lang):
    """The texts the checker page shows later (answer, errors, progress) are written into the page
    at build time, one per key, in every language: a key missing from one language's
    configuration would otherwise render as an empty line."""
    page = html(lang, "checker/")
    template = re.search(r'<template id="checker-texts">(.*?)</template>', page, re.S).group(1)
    texts = dict(re.findall(r'<span data-text="(\w+)">([^<]*)</span>', template))
    dutch = re.findall(r'<span data-text="(\w+)">', html("nl", "checker/"))
    assert list(texts) == dutch and len(texts) >= 8
    assert [key for key, text in texts.items() if not text.strip()] == []
