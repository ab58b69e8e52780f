"""Quality gates of a public school site, on the built site, every page, every language:
accessibility (axe-core, keyboard), privacy (requests, cookies, storage), security (CSP, no
injection), links and anchors, valid HTML."""

import json
import re
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from playwright.sync_api import expect

from conftest import LANGUAGES, ROOT

SITE = ROOT / "site"
NODE = ROOT / "node_modules"
PAGES = ["", "protocol/", "guides/parents/", "guides/students/", "guides/staff/", "checker/", "checker/reading/", "about/", "changelog/"]
CHECKER_RESULT = "checker/?role=parent&setting=private&action=post_media&school_related=true&consent=false"
CHECKER_ERROR = "checker/?role=parent&action=post&colour=red"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def every_url():
    """Every page of every language, the 404 pages, the root, and the checker answering."""
    urls = [f"/{lang}/{page}" for lang in LANGUAGES for page in PAGES]
    urls += [f"/{lang}/404.html" for lang in LANGUAGES]
    urls += [f"/{lang}/{CHECKER_RESULT}" for lang in LANGUAGES] + [f"/{lang}/{CHECKER_ERROR}" for lang in ("en", "ar")]
    return urls


def settle(page, path):
    if "checker/?" in path:
        page.wait_for_selector("#checker-result[data-verdict], #checker-result[data-error]", state="attached",
                               timeout=60_000)


# --- accessibility ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def axe_page(browser):
    # axe is injected as a script, which the site's own CSP rightly refuses: bypass it here only.
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("path", every_url() + ["/"])
def test_no_accessibility_violations(axe_page, site_url, path):
    axe_page.goto(site_url + path)
    if path == "/":
        axe_page.wait_for_url(re.compile(r".*/(nl|en|tr|ar|pl|uk)/$"))
    settle(axe_page, path)
    axe_page.add_script_tag(path=str(NODE / "axe-core" / "axe.min.js"))
    result = axe_page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG)
    problems = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert problems == [], problems
    assert result["passes"], "axe checked nothing: the test would prove nothing"


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_checker_by_keyboard_alone(page, site_url, lang):
    page.goto(f"{site_url}/{lang}/checker/")
    page.wait_for_selector("#checker-form:not([hidden])")

    def tab_to(selector, limit=200):
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate("(s) => document.activeElement.matches(s)", selector):
                return
        pytest.fail(f"Tab never reached {selector}")

    tab_to("input[name=role]")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focus is not visible"
    # Arrow keys move within a radio group: staff, student, parent (the third).
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.is_checked("input[name=role][value=parent]")
    tab_to("input[name=action]")
    page.keyboard.press("ArrowDown")  # post
    tab_to("#checker-form [type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator("#checker-result[data-verdict] h2")).to_be_visible(timeout=60_000)
    assert page.get_attribute("#checker-result", "aria-live") == "polite"
    assert page.evaluate("document.activeElement.id") == "checker-answer", "the answer takes the focus"


@pytest.fixture(scope="module")
def narrow_page(browser):
    """A 320 CSS px wide window: a 1280 px screen zoomed to 400 % (WCAG 1.4.10, reflow)."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    yield context.new_page()
    context.close()


# Elements that stick out of the window: what the visitor would have to scroll sideways to read,
# or would never see where the theme clips it. Off-canvas parts (the navigation drawer, the search
# overlay) and whatever sits in its own scroll box (a wide table) are allowed to.
STICKING_OUT = """() => {
    const width = document.documentElement.clientWidth, out = [];
    for (const element of document.querySelectorAll('.md-header *, .md-main *, .md-footer *')) {
        if (element.closest('.md-sidebar, .md-search, [hidden]')) continue;
        const box = element.getBoundingClientRect();
        if (!box.width || !box.height || (box.left >= -1 && box.right <= width + 1)) continue;
        let parent = element.parentElement, scrolls = false;
        for (; parent && !scrolls; parent = parent.parentElement)
            scrolls = ['auto', 'scroll'].includes(getComputedStyle(parent).overflowX);
        if (!scrolls) out.push(`${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}..${Math.round(box.right)}`);
    }
    const moved = [10000, -10000].map((x) => (window.scrollTo(x, 0), window.scrollX));
    window.scrollTo(0, 0);
    return {width, moved, out: out.slice(0, 5)};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("path", every_url())
def test_page_reflows_at_320_px(narrow_page, site_url, path):
    narrow_page.goto(site_url + path)
    narrow_page.wait_for_load_state("load")
    settle(narrow_page, path)
    found = narrow_page.evaluate(STICKING_OUT)
    assert found["width"] == 320
    # Scrolling sideways, both ways (Arabic scrolls to the left), moves nothing ...
    assert found["moved"] == [0, 0], f"{path} scrolls sideways at 320 px"
    # ... and nothing is cut off at the window's edge instead.
    assert found["out"] == [], f"{path} does not fit in 320 px"


# --- privacy and security -----------------------------------------------------------------------

RECORD_CSP = "window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => " \
             "window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"


@pytest.mark.browser
def test_every_page_stays_on_its_origin_sets_no_cookie_and_breaks_no_csp(browser, site_url):
    context = browser.new_context()
    context.add_init_script(RECORD_CSP)
    page = context.new_page()
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    violations, storage = {}, {}
    for path in every_url() + ["/"]:
        page.goto(site_url + path)
        page.wait_for_load_state("load")
        settle(page, path)
        violations[path] = page.evaluate("window.__csp")
        storage.update(page.evaluate("({...localStorage, ...Object.fromEntries("
                                     "Object.entries(sessionStorage).map(([k, v]) => ['session:' + k, v]))})"))
    foreign = [url for url in requests if not url.startswith(site_url + "/")]
    assert len(requests) > 100 and foreign == []
    assert context.cookies() == []
    assert {path: found for path, found in violations.items() if found} == {}
    # The about page says what the browser keeps: no cookie, nothing in localStorage or
    # sessionStorage (Material would keep its preferences there, under the scope "/", if the site
    # offered any to set), no IndexedDB, no Cache Storage; only the checker's file in the origin
    # private file system, named by the Pyodide version and the wheel's hash alone, so the same for
    # every visitor, and made before any answer (tests/test_runtime.py proves a visitor's scenario
    # is not in it).
    assert storage == {}, storage
    assert page.evaluate("indexedDB.databases().then((found) => found.map((database) => database.name))") == []
    page.goto(f"{site_url}/{'en/' + CHECKER_RESULT}")
    settle(page, CHECKER_RESULT)
    listing = """navigator.storage.getDirectory().then(async (root) => {
        const found = [];
        for await (const [name, entry] of root.entries()) {
            const names = [];
            if (entry.kind === 'directory') for await (const inside of entry.keys()) names.push(inside);
            found.push([name, names]);
        }
        return found;
    })"""
    def written(found) -> bool:  # the file is written as NAME.part, then renamed
        names = [name for _, inside in found for name in inside]
        return bool(names) and not any(name.endswith(".part") for name in names)

    deadline = time.monotonic() + 60
    while not written(page.evaluate(listing)) and time.monotonic() < deadline:
        time.sleep(0.1)
    [pyodide] = (SITE / "runtime").glob("pyodide-*")
    [wheel] = (SITE / "runtime").glob("*.whl")
    assert page.evaluate(listing) == [["tvo-checker", [f"{pyodide.name}--{wheel.name}"]]]
    assert page.evaluate("caches.keys()") == []
    context.close()


PAYLOADS = [
    '<img src=x onerror="window.__pwned=1">',
    '"><script>window.__pwned=1</script>',
    "<svg onload=window.__pwned=1>",
    "javascript:window.__pwned=1",
    "</script><script>window.__pwned=1</script>",
    "{{7*7}}<b>bold</b>",
    "' onmouseover='window.__pwned=1",
]


@pytest.mark.browser
@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_through_the_form_render_as_text(page, site_url, payload):
    page.goto(f"{site_url}/en/checker/")
    page.wait_for_selector("#checker-form:not([hidden])")
    # A visitor (or an extension) who rewrites a choice's value: the value reaches the checker,
    # whose message names it, and the page shows that message as text.
    page.evaluate("(payload) => { const input = document.querySelector('input[name=role]');"
                  " input.value = payload; input.checked = true; }", payload)
    page.check("input[name=action][value=post]")
    page.click("#checker-form [type=submit]")
    expect(page.locator("#checker-result[data-error] .checker-error")).to_be_visible(timeout=60_000)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#checker-result img, #checker-result script, #checker-result svg, #checker-result b").count() == 0
    assert json.dumps(payload, ensure_ascii=False)[:20] in page.text_content("#checker-result .checker-error")


# --- links and HTML ------------------------------------------------------------------------------

class Links(HTMLParser):
    def __init__(self, source):
        super().__init__()
        self.links, self.ids = [], set()
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for name in ("href", "src"):
            if attrs.get(name) and not (tag == "link" and attrs.get("rel") == "canonical"):
                self.links.append(attrs[name])


def target_file(url_path: str) -> Path:
    path = SITE / unquote(url_path).lstrip("/")
    return path / "index.html" if url_path.endswith("/") else path


def test_every_internal_link_and_anchor_resolves():
    pages = {path: Links(path.read_text(encoding="utf-8")) for path in SITE.rglob("*.html")}
    checked, broken = 0, []
    for path, parsed in pages.items():
        if path.name == "404.html":
            continue  # its links are absolute from the server root (tests/test_nginx.py serves it)
        here = "http://site/" + str(path.relative_to(SITE))
        for link in parsed.links:
            url = urljoin(here, link)
            parts = urlsplit(url)
            if parts.scheme in ("data", "mailto", "tel") or link.startswith("javascript:"):
                continue
            checked += 1
            if parts.netloc != "site":
                broken.append((path, link, "another host"))
                continue
            target = target_file(parts.path)
            if not target.exists():
                broken.append((path, link, "no such file"))
            elif parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else Links(target.read_text()).ids
                if unquote(parts.fragment) not in ids:
                    broken.append((path, link, "no such anchor"))
    assert checked > 1000, checked
    assert broken == [], broken[:10]


# Material's own markup that the Nu Html Checker reports, with why it stays.
MATERIAL_EXCEPTIONS = {
    # <input class="md-toggle" type="checkbox" autocomplete="off">: the theme's drawer and search
    # toggles; autocomplete=off stops Firefox from restoring their checked state on reload.
    "Attribute “autocomplete” is only allowed when the input type is",
}


def test_html_is_valid():
    vnu = NODE / "vnu-jar" / "build" / "dist" / "vnu.jar"
    done = subprocess.run(["java", "-jar", str(vnu), "--errors-only", "--format", "json", "--skip-non-html", str(SITE)],
                          capture_output=True, text=True, timeout=600)
    messages = json.loads(done.stderr or done.stdout)["messages"]
    errors = [m for m in messages if m["type"] == "error"
              and not any(m["message"].startswith(known) for known in MATERIAL_EXCEPTIONS)]
    assert errors == [], [(m["url"].split("/site/")[-1], m["message"]) for m in errors[:10]]
    assert len(list(SITE.rglob("*.html"))) >= 6 * len(PAGES)
