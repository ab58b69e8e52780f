"""The page "How the checker reads the protocol" (<lang>/checker/reading/): woven from the rules
themselves (checker/reading.py, built by tools/hooks.py), in every language, linked from the
protocol's articles, and readable in Chromium."""

import dataclasses
import html
import re

import pytest

from checker import rules
from checker.articles import ARTICLES
from checker import evaluate
from checker.describe import QUESTIONS, STATUSES, VERDICTS
from checker.examples import EXAMPLES
from checker.i18n import translator
from checker.reading import LINK_FROM_PROTOCOL, NEXT_STEPS_HEADING, NOT_APPROVED, READING, TITLE, all_readings, deciding_article, weave
from conftest import CONTRACT_IDS, LANGUAGES, ROOT, SOURCE, normalise

SITE = ROOT / "site"
DECLARED = [rules.SCOPE, *rules.RULES]


def dutch():
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    from hooks import dutch_articles

    return dutch_articles(SOURCE.read_text(encoding="utf-8"))


def page(lang: str) -> str:
    return weave(lang, dutch(), link=lambda article: f"../protocol.md#{article.lower()}")


def built(lang: str, path: str = "checker/reading/") -> str:
    file = SITE / lang / path / "index.html"
    assert file.exists(), "site/ is not built: run `make site` (make test does)"
    return file.read_text(encoding="utf-8")


def text_of(source: str) -> str:
    """The page's visible words, roughly: tags out, entities decoded, whitespace normalised."""
    source = re.sub(r"<(script|style)\b.*?</\1>", " ", source, flags=re.S)
    return normalise(html.unescape(re.sub(r"<[^>]+>", " ", source)))


# --- the page is the rules, woven ---------------------------------------------------------------

def test_the_binding_text_of_every_article_is_parsed_from_the_source(source_text):
    articles = dutch()
    assert list(articles) == CONTRACT_IDS
    for text in articles.values():
        assert normalise(text) in normalise(source_text)
    for rule in DECLARED:
        assert normalise(rule.quote) in normalise(articles[rule.article]), rule.article


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_article_its_dutch_text_and_the_examples_that_turn_on_it(lang):
    _ = translator(lang)
    woven = page(lang).replace("\\", "")
    for article in CONTRACT_IDS:
        assert f"{{: #{article.lower()} .reading-article }}" in woven, article
        assert f"../protocol.md#{article.lower()}" in woven, article
        assert html.escape(dutch()[article]) in woven, article
    # Each of counsel's situations once under the article its answer turns on, with the verdict
    # the checker gives it as the page is made (so an example cannot disagree with the checker).
    articles = woven[woven.index("{: #articles }"):]
    for number, (description, scenario) in EXAMPLES.items():
        result = evaluate(scenario, lang)
        article = deciding_article(result)
        start = articles.index(f"{{: #{article.lower()} .reading-article }}")
        section = articles[start:articles.find("\n### ", start)]
        assert f"{_(description)}: **{_(VERDICTS[result['verdict']])}**" in section, number
        assert articles.count(f'<span class="reading-example">#{number}</span>') == 1, number


def test_the_answers_are_the_rules_own():
    """The page is the rules, woven: a rule that answered differently changes the example under it."""
    woven = page("en")
    assert "Teacher accepts a student's friend request in the evening: **Not allowed** (A6: Rule broken)" in woven


def test_changing_a_declaration_changes_the_page(monkeypatch):
    before = page("en")
    changed = list(rules.RULES)
    # A new reading declared on A2 appears in the list of readings, with its words and why, and
    # under A2 as a link to it.
    index = next(i for i, rule in enumerate(changed) if rule.article == "A2")
    new = rules.Reading("a2-new", "A2", "kennis en informatie", "A reading to approve.", "A reason to approve it.")
    changed[index] = dataclasses.replace(changed[index], readings=(*changed[index].readings, new))
    monkeypatch.setattr(rules, "RULES", changed)
    monkeypatch.setattr("checker.reading.RULES", changed)
    after = page("en")
    assert after != before
    assert after.count("A reading to approve.") == 1 and "A reason to approve it." in after
    a2 = after[after.index("{: #a2 "):after.index("{: #a3 ")]
    assert "(#reading-a2-new)" in a2


def test_the_readings_are_listed_where_the_school_approves_them():
    """Every reading in force, of a rule or of a question's wording, with its article, the Dutch
    words it reads (found in that article), and why; a reading of a choice the school has not made
    is not listed."""
    from checker.describe import QUESTION_READINGS

    woven = page("en").replace("\\", "")
    listed = woven[woven.index("{: #readings }"):woven.index("{: #choices }")]
    declared = {reading for rule in DECLARED for reading in rule.readings}
    declared |= {reading for carried in QUESTION_READINGS.values() for reading in carried}
    assert {"D1", "D2", "A1", "A2", "A5", "A6", "A7", "B1"} <= {reading.article for reading in declared}
    for reading in declared:
        words = normalise(dutch()[reading.article])
        assert normalise(reading.words) in words, reading.id
        if reading in all_readings():
            heading = f'{reading.article} · <q lang="nl" dir="ltr">{html.escape(reading.words)}</q> {{: #reading-{reading.id} .reading-item }}'
            assert heading in listed and reading.text in listed
            assert reading.why in listed
        else:
            assert reading.chosen and f"#reading-{reading.id}" not in woven, reading.id


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_every_sentence_an_answer_can_open_with_is_listed_for_approval(lang):
    """What the answer says to do (checker/next_step.py), for the one who acts and for someone who
    asks, by article, in the section the school approves, and a line for it in the signature block."""
    from checker import next_step

    _ = translator(lang)
    woven = page(lang).replace("\\", "")
    listed = woven[woven.index("{: #next-steps }"):woven.index("{: #approval }")]
    table = [line for line in listed.splitlines() if line.startswith("| ")]
    for (article, status), by in next_step.SENTENCES.items():
        row = f"| {article} | {_(STATUSES[status])} | {_(by[next_step.SELF])} | {_(by[next_step.OTHER])} |"
        assert row in table, row
    for by in (next_step.ALLOWED, next_step.NOT_BOUND, next_step.NOT_RELATED):
        assert any(_(by[next_step.SELF]) in line and _(by[next_step.OTHER]) in line for line in table)
    signature = woven[woven.index("{: #signature"):]
    assert f"| {_(NEXT_STEPS_HEADING)} |" in signature


def test_the_schools_choices_are_listed_with_the_option_in_force():
    from checker.choices import CHOICES, SELECTED

    woven = page("en").replace("\\", "")
    listed = woven[woven.index("{: #choices }"):woven.index("{: #articles }")]
    for choice_id, choice in CHOICES.items():
        assert choice.question in listed and choice.why in listed
        assert choice.default in choice.options
        assert normalise(choice.words) in normalise(dutch()[choice.article]), choice_id
        for option, effect in choice.options.items():
            marker = " **(in force)**" if SELECTED[choice_id] == option else ""
            assert f"- `{option}`{marker}: {effect}" in listed


# --- the built page, in every language -------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_built_page_exists_in_every_language_with_lang_and_dir(lang):
    source = built(lang)
    direction = "rtl" if lang == "ar" else "ltr"
    assert f'<html lang="{lang}" dir="{direction}"' in source
    assert f"<h1 id=\"reading\">{html.escape(translator(lang)(TITLE))}" in source
    ids = re.findall(r'<h3 class="reading-article" id="([a-z]\d)"', source)
    assert ids == [article.lower() for article in CONTRACT_IDS]
    # The binding text is Dutch, left to right, on every page (the Arabic one included).
    assert source.count('<p dir="ltr" lang="nl">') + source.count('<p lang="nl" dir="ltr">') == len(CONTRACT_IDS)
    assert translator(lang)(READING) in html.unescape(source)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_built_page_says_what_the_rules_say_now(lang):
    """Built from the rules at build time: the built page holds today's readings, choices and
    examples, and says that nobody has approved this reading yet (protocol/approval.yml is empty)."""
    shown = text_of(built(lang))
    _ = translator(lang)
    for reading in all_readings():
        assert normalise(_(reading.text)) in shown, reading.id
    for description, scenario in EXAMPLES.values():
        assert normalise(f"{_(description)}: {_(VERDICTS[evaluate(scenario, lang)['verdict']])}") in shown
    for title in ARTICLES.values():
        assert normalise(_(title)) in shown
    assert shown.count(normalise(_(NOT_APPROVED))) == 2, "at the top and under 'What is approved'"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_article_of_the_protocol_links_to_its_reading(lang):
    source = built(lang, "protocol/")
    text = translator(lang)(LINK_FROM_PROTOCOL)
    for article in CONTRACT_IDS:
        link = re.search(rf'<a (?=[^>]*class="reading-link")[^>]*href="(\.\./)?checker/reading/#{article.lower()}"[^>]*>([^<]*)</a>',
                         source)
        assert link, article
        assert html.unescape(link[2]) == text.format(article=article)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_checker_about_and_changelog_link_to_the_reading_page(lang):
    from urllib.parse import urljoin

    for path in ("checker/", "about/", "changelog/"):
        targets = {urljoin(f"http://site/{lang}/{path}", href) for href in re.findall(r'href="([^"#]*)"', built(lang, path))}
        assert f"http://site/{lang}/checker/reading/" in targets, (lang, path)


# --- in Chromium ----------------------------------------------------------------------------------

@pytest.mark.browser
@pytest.mark.parametrize("lang, width", [("nl", 390), ("ar", 390), ("en", 1280), ("ar", 1280)])
def test_the_page_is_visible_and_readable(page, site_url, lang, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}/{lang}/protocol/")
    page.locator("a.reading-link[href$='#a5']").click()
    page.wait_for_url(re.compile(r".*/checker/reading/#a5$"))
    heading = page.locator("h3#a5")
    assert heading.is_visible()
    top = heading.evaluate("(element) => element.getBoundingClientRect().top")
    assert 0 <= top < 300, top  # scrolled to the article, below the header
    assert page.evaluate("document.documentElement.dir") == ("rtl" if lang == "ar" else "ltr")
    quote = page.locator("#a5 ~ .reading-dutch [lang=nl]").first
    assert quote.is_visible()
    assert quote.evaluate("(element) => getComputedStyle(element).direction") == "ltr"
    font = float(quote.evaluate("(element) => parseFloat(getComputedStyle(element).fontSize)"))
    assert font >= 12, font
    # Nothing wider than the screen: no sideways scrolling on a phone.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.recorder.errors == []
    assert page.recorder.foreign(site_url) == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_the_checker_asks_what_the_reading_needs_and_says_its_reading(page, site_url, lang):
    """At work, a discussion that may have nothing to do with TVO: the form asks whether it has
    (contract 1.1, B2), and the answer is open, not a breach; a reading is said in the answer."""
    from checker import evaluate

    page.goto(f"{site_url}/{lang}/checker/?role=staff&setting=school&action=join_discussion&identifies_as_staff=false")
    page.wait_for_selector("#checker-result[data-verdict]", state="attached", timeout=90_000)
    assert page.get_attribute("#checker-result", "data-verdict") == "conditional"
    assert page.locator("fieldset[data-key=school_related]").is_visible()
    answer = evaluate({"role": "staff", "setting": "school", "action": "join_discussion", "identifies_as_staff": False}, lang)
    d2 = next(finding["text"] for finding in answer["findings"] if finding["article"] == "D2")
    assert normalise(d2) in normalise(page.locator("#checker-result").inner_text())
    # The reading is said once, under the answer, folded, with a link to why.
    reading = page.locator(f"#checker-result [data-reading={rules.SITUATION_READING.id}]")
    assert reading.is_hidden()
    page.click("#checker-result .checker-readings-box summary")
    assert reading.is_visible()
    assert normalise(translator(lang)(rules.SITUATION_READING.text)) in normalise(reading.inner_text())
    assert reading.locator("a[href$='#reading-d2-situation']").is_visible()
    assert page.recorder.errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_page_says_visibly_that_the_reading_is_not_yet_approved(page, site_url, lang):
    """protocol/approval.yml ships with no approval: the top of the page says so, in the visitor's
    language, and the section "What is approved" lists the versions, the fingerprint and the block to sign."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{site_url}/{lang}/checker/reading/")
    notice = page.locator("article .admonition.warning").first
    assert notice.is_visible()
    assert normalise(translator(lang)(NOT_APPROVED)) in normalise(notice.inner_text())
    assert notice.evaluate("(element) => element.getBoundingClientRect().top") < 844, "on the first screen"
    assert page.locator("#approval").count() == 1 and page.locator("#signature").count() == 1
    assert page.recorder.errors == []
