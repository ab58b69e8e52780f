"""The checker as parents use it on a phone (issue 20): real tasks, by taps from each language's
home page, at 390 × 844 with touch, in Debian's Chromium.

Each task counts its taps and asserts what a person sees: the answer a parent should get, its
opening sentence (what to do), and that both are on the screen without a swipe.
"""

import re

import pytest
from playwright.sync_api import expect

from checker import describe, evaluate
from conftest import LANGUAGES

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
VERDICT_TIMEOUT = 60_000  # ms: a cold Pyodide boot takes a few seconds; CI machines can be slow


@pytest.fixture
def phone(browser):
    context = browser.new_context(**PHONE)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.route(re.compile(r"^(?!http://127\.0\.0\.1:)(?!data:)(?!blob:).*"), lambda route: route.abort())
    yield page
    context.close()


class Taps:
    """The visitor's taps, counted."""

    def __init__(self, page):
        self.page, self.count = page, 0

    def on(self, locator):
        locator.tap()
        self.count += 1

    def answer(self, key, value):
        self.on(self.page.locator(f"label.checker-choice:has(input[name={key}][value='{value}'])"))

    def check(self):
        self.on(self.page.locator("#checker-form [type=submit]"))


def on_screen(page, selector) -> bool:
    """The element's box lies within the window (not hidden below the fold, not under the header)."""
    box = page.locator(selector).bounding_box()
    return box is not None and box["y"] >= 40 and box["y"] + box["height"] <= PHONE["viewport"]["height"]


def to_checker(page, site_url, lang) -> Taps:
    page.goto(f"{site_url}/{lang}/")
    taps = Taps(page)
    taps.on(page.locator(".home-checker"))
    page.wait_for_url(f"**/{lang}/checker/")
    expect(page.locator("#checker-status")).to_be_hidden(timeout=VERDICT_TIMEOUT)
    return taps


def assert_answer(page, scenario, lang, taps, most):
    """The answer the checker gives for `scenario`, opening with its next step, in view, heading focused."""
    expected = evaluate(scenario, lang)
    heading = page.locator("#checker-answer")
    expect(heading).to_be_visible(timeout=VERDICT_TIMEOUT)
    expect(page.locator("#checker-result")).to_have_attribute("data-verdict", expected["verdict"])
    assert heading.inner_text().endswith(describe(lang)["verdicts"][expected["verdict"]])
    expect(page.locator(".checker-next__text")).to_have_text(expected["next_step"]["text"])
    assert page.evaluate("document.activeElement.id") == "checker-answer"
    assert on_screen(page, "#checker-answer"), "the verdict is on the screen"
    assert on_screen(page, ".checker-next__text"), "the sentence that says what to do is on the screen"
    # The finding the sentence rests on is the first one listed.
    if expected["next_step"]["article"]:
        assert page.locator(".checker-findings li").first.get_attribute("data-article") == expected["next_step"]["article"]
    # The badges explained once: each status this answer shows, with what it means.
    statuses = [status for status in ("violated", "condition", "satisfied", "reminder")
                if any(finding["status"] == status for finding in expected["findings"])]
    d = describe(lang)
    expect(page.locator(".checker-legend li")).to_have_text(
        [f"{d['statuses'][status]} {d['status_help'][status]}" for status in statuses])
    assert taps.count <= most, f"{taps.count} taps to the answer"
    assert page.errors == []
    return expected


# The tasks of issue 20, one row each: who, in which language, the taps on the form (after the
# home page's button), the scenario they make, and the verdict and deciding article a parent should get.
TASKS = [
    # A mother posts a school-trip video with other children in it; whether all agreed, she does not know.
    ("ar-mother-school-trip-video", "ar",
     [("role", "parent"), ("setting", "private"), ("action", "post_media"), ("school_related", "true")],
     {"role": "parent", "setting": "private", "action": "post_media", "school_related": True}, "conditional", "A5"),
    # A teacher sent a father's son a friend request: the father asks about what the teacher did.
    ("pl-father-teachers-friend-request", "pl",
     [("who", "staff"), ("asker", "parent"), ("action", "connect"), ("contact_role", "student")],
     {"role": "staff", "asker": "parent", "action": "connect", "contact_role": "student"}, "not_allowed", "A6"),
    # "My child": the son is on social media in class without permission; the father asks.
    ("pl-father-his-son-in-class", "pl",
     [("who", "my_child"), ("setting", "lesson"), ("action", "browse"), ("permission", "false")],
     {"role": "student", "asker": "parent_of_actor", "setting": "lesson", "action": "browse", "permission": False},
     "not_allowed", "A1"),
    # A student wants to film a funny moment in class for TikTok.
    ("nl-student-class-tiktok", "nl",
     [("role", "student"), ("setting", "lesson"), ("action", "post_media"), ("permission", "false")],
     {"role": "student", "setting": "lesson", "action": "post_media", "permission": False}, "not_allowed", "A1"),
]


@pytest.mark.parametrize("lang, answers, scenario, verdict, article", [task[1:] for task in TASKS],
                         ids=[task[0] for task in TASKS])
def test_task_by_taps_from_the_home_page(phone, site_url, lang, answers, scenario, verdict, article):
    taps = to_checker(phone, site_url, lang)
    for key, value in answers:
        taps.answer(key, value)
    taps.check()
    answer = assert_answer(phone, scenario, lang, taps, most=8)
    assert (answer["verdict"], answer["next_step"]["article"]) == (verdict, article)
    assert phone.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    # The checker's readings are folded below the findings, not the first thing a visitor reads.
    expect(phone.locator(".checker-readings-box li").first).to_be_hidden()
    # Someone else acts: the questions say that "you" is the one who acts, and the findings'
    # heading that they speak to them.
    asked = "asker" in scenario
    expect(phone.locator("#checker-who-hint")).to_be_visible() if asked else expect(phone.locator("#checker-who-hint")).to_be_hidden()
    text = "findings_other" if asked else "findings"
    heading = phone.locator("template#checker-texts").evaluate(
        f"t => t.content.querySelector('[data-text={text}]').textContent")
    expect(phone.locator("#checker-result h3:has(+ .checker-legend)")).to_have_text(heading)


def test_my_child_asks_neither_role_nor_who_asks(phone, site_url):
    taps = to_checker(phone, site_url, "pl")
    taps.answer("who", "my_child")
    expect(phone.locator("fieldset[data-key=role]")).to_be_hidden()
    expect(phone.locator("fieldset[data-key=asker]")).to_be_hidden()
    taps.answer("who", "staff")
    expect(phone.locator("fieldset[data-key=asker]")).to_be_visible()


def test_ukrainian_mother_reads_the_rules_for_parents_in_short(phone, site_url):
    phone.goto(f"{site_url}/uk/")
    taps = Taps(phone)
    taps.on(phone.locator("article a[href$='guides/parents/']").first)
    phone.wait_for_url("**/uk/guides/parents/")
    summary = phone.locator("article .admonition.abstract")
    expect(summary).to_be_visible()
    assert on_screen(phone, "article .admonition.abstract .admonition-title")
    assert on_screen(phone, "article .admonition.abstract li >> nth=0")
    # Whom to ask: right below the summary.
    expect(phone.locator("article .school-contact")).to_be_visible()
    assert taps.count == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_button_to_the_checker(phone, site_url, lang):
    phone.goto(f"{site_url}/{lang}/")
    button = phone.locator(".home-checker")
    expect(button).to_be_visible()
    box = button.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44, box
    assert on_screen(phone, ".home-checker"), "on the first screen"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_guide_opens_with_its_summary_and_whom_to_ask(phone, site_url, lang):
    for guide in ("parents", "students", "staff"):
        phone.goto(f"{site_url}/{lang}/guides/{guide}/")
        expect(phone.locator("article .admonition.abstract")).to_be_visible()
        assert on_screen(phone, "article .admonition.abstract .admonition-title")
        # Whom to ask, right after the summary.
        expect(phone.locator("article .admonition.abstract + .school-contact")).to_be_visible()


def test_a_change_after_an_answer_never_leaves_a_stale_verdict(phone, site_url):
    taps = to_checker(phone, site_url, "nl")
    for key, value in (("role", "parent"), ("setting", "private"), ("action", "post_media"), ("school_related", "true")):
        taps.answer(key, value)
    taps.check()
    first = {"role": "parent", "setting": "private", "action": "post_media", "school_related": True}
    assert_answer(phone, first, "nl", taps, most=8)
    # A changed answer updates the answer at once, without "Controleer", and says so.
    taps.answer("offensive", "true")
    changed = {**first, "offensive": True}
    expected = evaluate(changed, "nl")
    expect(phone.locator("#checker-result")).to_have_attribute("data-verdict", expected["verdict"])
    expect(phone.locator(".checker-next__text")).to_have_text(expected["next_step"]["text"])
    expect(phone.locator(".checker-rechecked")).to_be_visible()
    assert "offensive=true" in phone.url, "the address follows the form"
    # A re-check that changes nothing says that it ran.
    phone.locator("#checker-form [type=submit]").tap()
    expect(phone.locator(".checker-rechecked")).to_have_text(
        re.compile(re.escape(phone.locator("template#checker-texts").evaluate(
            "t => t.content.querySelector('[data-text=same]').textContent"))))
    # A change that leaves a required question open: the old verdict goes, the page says why.
    phone.locator("label.checker-choice:has(input[name=who][value=staff])").tap()
    expect(phone.locator("#checker-result")).to_have_attribute("data-stale", "true")
    expect(phone.locator("#checker-result .checker-stale")).to_be_visible()
    expect(phone.locator("#checker-answer")).to_have_count(0)
    assert "?" not in phone.url


def test_check_on_an_empty_form_in_arabic_names_the_open_question_plainly(phone, site_url):
    taps = to_checker(phone, site_url, "ar")
    taps.check()
    role = phone.locator("fieldset[data-key=role]")
    message = role.locator(".checker-required")
    expect(message).to_be_visible()
    required = phone.locator("template#checker-texts").evaluate(
        "t => t.content.querySelector('[data-text=required]').textContent")
    expect(message).to_have_text(required)
    expect(role).to_have_attribute("aria-invalid", "true")
    # The message comes on the screen (a smooth scroll: waited for, not timed).
    phone.wait_for_function("""() => {
        const box = document.querySelector("fieldset[data-key=role] .checker-required").getBoundingClientRect();
        return box.top >= 40 && box.bottom <= innerHeight;
    }""", timeout=10_000)
    # Plain words: no key names, no lists of values, no answer on screen.
    text = phone.locator("#checker-app").inner_text()
    for programmer in ('"role"', "staff, student", "parent, other", "Accepted"):
        assert programmer not in text
    assert not re.search(r"[A-Za-z]{4,}", message.inner_text()), message.inner_text()
    expect(phone.locator("#checker-result")).to_be_hidden()
    assert phone.evaluate("getComputedStyle(document.querySelector('.checker-required')).direction") == "rtl"
    # Every open question is marked, not only the first: the action too.
    action = phone.locator("fieldset[data-key=action] .checker-required")
    expect(action).to_have_text(required)
    # Answering a question takes its message away; the other stays until it is answered.
    taps.answer("role", "parent")
    expect(message).to_have_count(0)
    expect(action).to_have_count(1)
    taps.answer("action", "browse")
    expect(action).to_have_count(0)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_share_copies_the_link_and_says_so(phone, site_url, lang):
    scenario = "role=staff&asker=parent&action=connect&contact_role=student"
    phone.goto(f"{site_url}/{lang}/checker/?{scenario}")
    expect(phone.locator("#checker-result")).to_have_attribute("data-verdict", "not_allowed", timeout=VERDICT_TIMEOUT)
    # This Chromium has no share sheet (Web Share): the link is copied, and the page says so.
    assert phone.evaluate("typeof navigator.share") == "undefined"
    phone.locator(".checker-share").tap()
    copied = phone.locator("template#checker-texts").evaluate("t => t.content.querySelector('[data-text=copied]').textContent")
    expect(phone.locator(".checker-shared")).to_have_text(copied)
    link = phone.evaluate("navigator.clipboard.readText()")
    assert link.endswith(f"/{lang}/checker/?{scenario}")


def test_share_opens_the_phones_share_sheet_where_there_is_one(browser, site_url):
    context = browser.new_context(**PHONE)
    context.add_init_script("""
        navigator.share = (data) => { window.__shared = data; return Promise.resolve(); };
        navigator.canShare = () => true;
    """)
    page = context.new_page()
    page.goto(f"{site_url}/ar/checker/?role=parent&action=browse")
    expect(page.locator("#checker-result")).to_have_attribute("data-verdict", "allowed", timeout=VERDICT_TIMEOUT)
    page.locator(".checker-share").tap()
    page.wait_for_function("window.__shared !== undefined")
    shared = page.evaluate("window.__shared")
    assert shared["url"].endswith("/ar/checker/?role=parent&action=browse")
    assert describe("ar")["verdicts"]["allowed"] in shared["title"]
    context.close()


def test_start_again_goes_back_to_the_first_question(phone, site_url):
    phone.goto(f"{site_url}/en/checker/?role=parent&setting=private&action=post_media&school_related=true")
    expect(phone.locator("#checker-result")).to_have_attribute("data-verdict", "conditional", timeout=VERDICT_TIMEOUT)
    phone.locator("#checker-form [type=reset]").tap()
    expect(phone.locator("#checker-result")).to_be_hidden()
    phone.wait_for_function("document.activeElement.id === 'checker-questions'")
    assert on_screen(phone, "#checker-questions")
    assert phone.is_checked("input[name=who][value=me]")
    assert "?" not in phone.url


@pytest.mark.parametrize("lang", ("en", "uk"))
def test_language_menu_shows_every_language(phone, site_url, lang):
    phone.goto(f"{site_url}/{lang}/")
    phone.locator(".md-header__option .md-select button, .md-header__option .md-select .md-header__button").first.tap()
    last = phone.locator(".md-select__link", has_text="Українська")
    expect(last).to_be_visible()
    # Cut off means: the list needs a scroll that phones do not show. Measured on the list itself,
    # not on boxes that Material's opening animation is still moving.
    listed = phone.locator(".md-header__option .md-select__list").first
    assert listed.evaluate("list => list.scrollHeight <= list.clientHeight"), "Українська is cut off"
