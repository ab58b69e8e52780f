"""The offline copy: the zip from `make offline`, unpacked and opened from disk (file://) in
Chromium with every network request blocked, in every language."""

import re
import zipfile
from pathlib import Path
from urllib.parse import urlencode, unquote, urlsplit

import pytest
from playwright.sync_api import expect

from checker import evaluate
from conftest import LANGUAGES, ROOT
from test_browser import shown_order

pytestmark = pytest.mark.browser

PAGES = ["index", "protocol", "guides/parents", "guides/students", "guides/staff", "checker", "checker/reading", "about", "changelog"]
SEARCH = {"nl": "toestemming", "en": "consent", "tr": "fotoğraf", "ar": "صور", "pl": "zdjęć", "uk": "фото"}
SHARED = {"role": "staff", "setting": "school", "action": "join_discussion", "school_related": "true",
          "identifies_as_staff": "false"}
LOCALES = {"nl": "nl-NL", "en": "en-GB", "tr": "tr-TR", "ar": "ar", "pl": "pl-PL", "uk": "uk-UA"}
RECORD_CSP = ("window.__csp = []; document.addEventListener('securitypolicyviolation', "
              "(e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")

requested: set[str] = set()  # every file any test below loaded, relative to the copy's top folder


def archive() -> Path:
    found = sorted((ROOT / "dist").glob("tvo-protocol-offline-*.zip"))
    assert found, "dist/ has no offline copy: run `make offline` (make test does)"
    return found[-1]


@pytest.fixture(scope="module")
def copy(offline_copy) -> Path:
    return offline_copy


@pytest.fixture
def offline(browser, copy, request):
    lang = getattr(request, "param", "nl")
    context = browser.new_context(locale=LOCALES[lang])
    context.add_init_script(RECORD_CSP)
    urls = []
    context.on("request", lambda r: urls.append(r.url))
    # No network at all: anything that is not a file on disk is refused (and recorded above).
    context.route(re.compile(r"^(?!file:|data:|blob:|about:)"), lambda route: route.abort())
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page, urls, errors
    for url in urls:
        if url.startswith("file:"):
            path = Path(unquote(urlsplit(url).path))
            if copy in path.parents:
                requested.add(path.relative_to(copy).as_posix())
    context.close()


@pytest.mark.parametrize("offline", LANGUAGES, indirect=True, ids=LANGUAGES)
def test_offline_copy_in_every_language(offline, copy, request):
    page, urls, errors = offline
    lang = request.node.callspec.params["offline"]
    base = copy.as_uri()

    # Double-clicking index.html: the root sends the visitor to their language.
    page.goto(f"{base}/index.html")
    page.wait_for_url(f"{base}/{lang}/index.html")

    # Every page opens, navigation included.
    for name in PAGES:
        page.goto(f"{base}/{lang}/{name}.html")
        assert page.get_attribute("html", "lang") == lang
        assert page.evaluate("window.__csp") == [], (name, page.evaluate("window.__csp"))
    page.goto(f"{base}/{lang}/index.html")
    page.locator("a.md-nav__link[href$='protocol.html']").first.dispatch_event("click")
    page.wait_for_url(f"{base}/{lang}/protocol.html")

    # Search finds the article.
    page.click("input.md-search__input")
    page.fill("input.md-search__input", SEARCH[lang])
    page.keyboard.press("End")
    expect(page.locator(".md-search-result a[href*='protocol.html'][href$='#a5']").first).to_be_visible(timeout=20_000)

    # The language selector leads to the same page in another language.
    other = "ar" if lang != "ar" else "en"
    page.locator(f"a.md-select__link[hreflang={other}]").dispatch_event("click")
    page.wait_for_url(f"{base}/{other}/protocol.html")

    # The checker answers a shared link, as evaluate() does.
    page.goto(f"{base}/{lang}/checker.html?{urlencode(SHARED)}")
    expect(page.locator("#checker-result[data-verdict] h2")).to_be_visible(timeout=90_000)
    # The answer, and no "cannot start" warning beside it, nor a progress bar left behind.
    expect(page.locator("#checker-failed")).to_be_hidden()
    expect(page.locator("#checker-status")).to_be_hidden()
    expected = evaluate({**SHARED, "school_related": True, "identifies_as_staff": False}, lang)
    assert page.get_attribute("#checker-result", "data-verdict") == expected["verdict"]
    shown = page.eval_on_selector_all("#checker-result .checker-findings [data-article]", "items => items.map(i => i.dataset.article)")
    assert shown == [finding["article"] for finding in shown_order(expected)]
    assert page.evaluate("window.__csp") == []

    assert errors == []
    assert [url for url in urls if not url.startswith(("file:", "data:", "blob:", "about:"))] == []


def test_offline_copy_has_no_build_machine_path_and_no_unused_file(copy):
    names = [name for name in zipfile.ZipFile(archive()).namelist() if not name.endswith("/")]
    for name in names:
        data = zipfile.ZipFile(archive()).read(name)
        for leak in {str(ROOT), str(ROOT.parent) + "/", str(Path.home()) + "/"}:
            assert leak.encode() not in data, f"{name} contains {leak}"
    assert len(requested) > 50, "run the whole file: the language tests record what the copy uses"
    top = names[0].split("/")[0]
    unused = sorted(name.split("/", 1)[1] for name in names if name.split("/", 1)[1] not in requested)
    # Pages are used when a visitor navigates to them (the tests above open each one).
    assert unused == [], unused


def test_offline_copy_is_small():
    assert archive().stat().st_size <= 10_000_000
