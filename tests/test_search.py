"""Search finds what people type, in every language (issue 13).

The query set (tests/search_queries.yml) typed key by key in Chromium, online and in the offline
copy; the index-side and query-side word forms agreeing; the index-only words kept out of sight;
the index growing by at most half."""

import json
import re
import subprocess
import sys

import pytest
import yaml

from conftest import LANGUAGES, ROOT, CONTRACT_IDS

sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import search as probe  # noqa: E402  benchmarks/search.py: the same typing and reading of results
from tools import search_index  # noqa: E402

SCRIPT = ROOT / "overrides" / "assets" / "javascripts" / "search-query.js"
QUERIES = yaml.safe_load((ROOT / "tests" / "search_queries.yml").read_text(encoding="utf-8"))
ARTICLES = {article.lower() for article in CONTRACT_IDS}


def built_index(lang: str) -> dict:
    path = ROOT / "site" / lang / "search" / "search_index.json"
    assert path.exists(), "site/ is not built: run `make site` (make test does)"
    return json.loads(path.read_text(encoding="utf-8"))


def separator() -> re.Pattern:
    return re.compile(built_index("nl")["config"]["separator"])


def article_text(lang: str, article: str) -> str:
    [doc] = [d for d in built_index(lang)["docs"] if d["location"] == f"protocol/#{article}"]
    return doc["text"]


# --- the query set ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_query_set_is_wide_enough(lang):
    items = QUERIES[lang]
    kinds = [item["kind"] for item in items]
    assert kinds.count("form") >= 8 and kinds.count("everyday") >= 4, kinds
    assert {item["article"] for item in items} <= ARTICLES
    assert len({item["query"] for item in items}) == len(items), "a query twice"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_forms_and_everyday_words_are_not_in_the_articles_text(lang):
    """A "form" or an "everyday" query is not a word of its article: it is found by what the build
    adds (dictionary forms, everyday words) and what the query script does (folding, stemming)."""
    split = separator()
    for item in QUERIES[lang]:
        if item["kind"] == "quoted":
            continue
        text = search_index.TAG.sub(" ", article_text(lang, item["article"]))
        words = {w.lower() for w in split.split(text) if w}
        assert not {w.lower() for w in split.split(item["query"]) if w} <= words, item


# --- both sides of the index agree --------------------------------------------------------------

def sample_words(lang: str) -> list[str]:
    text = (ROOT / "docs" / lang / "protocol.md").read_text(encoding="utf-8")
    words = search_index.words_of(text) + [item["query"] for item in QUERIES[lang]]
    words += [w for ws in search_index.everyday_words(str(ROOT / "docs" / lang)).values() for w in ws]
    # What visitors add: capitals (Turkish İ), Arabic vowel marks and tatweel.
    words += [w.upper() for w in words[:50]] + ["İlgili", "ISTANBUL", "شَدَّة", "مـدرسة", "الأصدقاء", "إذن", "آخر"]
    return sorted(set(words))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_query_script_and_index_builder_fold_and_stem_alike(lang):
    words = sample_words(lang)
    node = subprocess.run(
        ["node", "-e", "const s = require(process.argv[1]); const [lang, ...words] = JSON.parse(process.argv[2]);"
         "console.log(JSON.stringify(words.map(w => [s.fold(w, lang), s.transform(w, lang)])))",
         str(SCRIPT), json.dumps([lang, *words])],
        check=True, capture_output=True, text=True,
    )
    javascript = json.loads(node.stdout)
    python = [[search_index.fold(w, lang), search_index.query_form(w, lang)] for w in words]
    differ = [(w, js, py) for w, js, py in zip(words, javascript, python) if js != py]
    assert differ == []


def test_arabic_folding_strips_marks_hamza_forms_taa_marbuta_and_the_article():
    assert search_index.fold("الأَصْدِقَاء", "ar") == "اصدقاء"
    assert search_index.fold("بالمدرسة", "ar") == "مدرسه"
    assert search_index.fold("إذن", "ar") == "اذن"
    assert search_index.fold("مستوى", "ar") == "مستوي"
    assert search_index.fold("شـدّة", "ar") == "شده"


def test_every_quote_mark_separates_words():
    split = separator()
    for quoted in ["'vrienden'", "‘friends’", "„znajomymi”", "«друзями»", "‹x›", "‚y‘", "“z”", "ʼa", "«أصدقاء»", "كذا،"]:
        assert [w for w in split.split(quoted) if w] == [quoted.strip("'‘’„”«»‹›‚“ʼ،")], quoted


# --- the index --------------------------------------------------------------------------------------

def plain_size(index: dict) -> int:
    """The index as Material writes it, without what tools/search_index.py adds."""
    docs = [{k: v for k, v in doc.items() if k not in ("words", "boost")} for doc in index["docs"]]
    config = {**index["config"], "fields": {k: v for k, v in index["config"]["fields"].items() if k != "words"}}
    return len(json.dumps({"config": config, "docs": docs}, separators=(",", ":")).encode())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_index_grows_by_at_most_half(lang):
    path = ROOT / "site" / lang / "search" / "search_index.json"
    index = built_index(lang)
    assert path.stat().st_size <= 1.5 * plain_size(index), (path.stat().st_size, plain_size(index))
    assert sum(1 for doc in index["docs"] if doc.get("words")) >= 20


@pytest.mark.parametrize("lang", LANGUAGES)
def test_everyday_words_are_indexed_with_their_article_and_never_shown(lang):
    everyday = search_index.everyday_words(str(ROOT / "docs" / lang))
    assert set(everyday) <= ARTICLES and len(everyday) >= 15
    docs = {doc["location"]: doc for doc in built_index(lang)["docs"]}
    page = (ROOT / "site" / lang / "protocol" / "index.html").read_text(encoding="utf-8")
    split = separator()
    for article, words in everyday.items():
        hidden = docs[f"protocol/#{article}"].get("words", "").split()
        visible = docs[f"protocol/#{article}"]["text"].lower()
        for word in (w for phrase in words for w in split.split(phrase) if len(w) > 1):
            folded = search_index.fold(word, lang)
            assert any(h.startswith(folded) for h in hidden) or folded in visible, (article, word)
    # The lists are not on the page (nor in any page of the site), only in the index.
    assert not (ROOT / "site" / lang / "protocol.words.yml").exists()
    assert " ".join(everyday["a5"]) not in page
    # No markup carries them either (Material's own data-search-exclude, which keeps the links to
    # the checker's reading out of the index, is no carrier).
    assert "data-search" not in page.replace("data-search-exclude", "")


# --- in the browser ---------------------------------------------------------------------------

@pytest.mark.browser
@pytest.mark.parametrize("copy", ["online", "offline"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_query_set_is_found_in_the_top_three(browser, site_url, offline_copy, lang, copy):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    url = f"{site_url}/{lang}/" if copy == "online" else (offline_copy / lang / "index.html").as_uri()
    results = probe.run_language(page, url, lang, QUERIES[lang])
    context.close()
    missed = [(item["query"], item["article"], place) for item, place, _ in results
              if place is None or place > probe.TOP]
    assert missed == []
    assert max(seconds for *_, seconds in results) < 3, "search does not answer as you type"
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang,query,article", [("nl", "filmpje", "A5"), ("ar", "سيلفي", "A5"), ("uk", "поліція", "S5")])
def test_a_result_shows_the_article_id_and_the_start_of_its_text(page, site_url, lang, query, article):
    probe.open_search(page, f"{site_url}/{lang}/")
    probe.ask(page, query)
    result = page.locator(f".md-search-result__link[href*='protocol/'][href$='#{article.lower()}'] article").first
    assert result.locator("h2").inner_text().strip() == article
    start = search_index.TAG.sub("", article_text(lang, article.lower())).split()[:3]
    assert result.inner_text().split("\n", 1)[1].split()[:3] == start
    assert result.is_visible()
