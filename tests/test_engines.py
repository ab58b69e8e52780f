"""The checker in Firefox and WebKit (Debian's Firefox ESR and WebKitGTK, tools/engines.py), beside
the Chromium of the other browser tests: many parents open a shared link on an iPhone (Safari is
WebKit) or in Firefox. In every language: the shared link's verdict, as CPython gives it, with what
a visitor sees checked as in Chromium; the offline copy from file://, answering and searching;
Arabic right to left. Then the return visit: Firefox starts from the stored snapshot, which holds
nothing the visitor chose; WebKit, which has no storage API (navigator.storage), boots plainly."""

import json
from urllib.parse import urlencode

import pytest

from checker import describe
from conftest import LANGUAGES
from test_browser import SEARCH, SHARED, expected
from tools.engines import ENGINES

pytestmark = pytest.mark.browser

# Whether a visitor sees an element: as Playwright means it in tests/test_browser.py, a box on the
# screen that is not visibility: hidden.
VISIBLE = """(selector) => {
    const element = document.querySelector(selector);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
}"""
PARTS = {
    "warning": "#checker-failed",  # "the checker cannot start in this browser"
    "progress": "#checker-status",
    "questions": "#checker-form",
    "result": "#checker-result",
    "error": "#checker-result .checker-error",
}
# What a visitor sees of the checker page: each part seen or not, and the answer as its words on
# the screen and the ids behind them.
SEEN = """(() => {
    const visible = VISIBLE;
    const result = document.getElementById("checker-result");
    const heading = result.querySelector("h2");
    return {
        visible: Object.fromEntries(Object.entries(PARTS).map(([part, selector]) => [part, visible(selector)])),
        heading: heading ? heading.innerText.trim() : null,
        verdict: result.dataset.verdict || null,
        error: result.dataset.error || null,
        findings: [...result.querySelectorAll(".checker-findings [data-article]")]
            .map((item) => [item.dataset.article, item.dataset.status]),
        consequences: [...result.querySelectorAll(".checker-consequences [data-article]")].map((item) => item.dataset.article),
        notes: [...result.querySelectorAll(".checker-notes [data-note]")].map((item) => item.dataset.note),
        readings: [...result.querySelectorAll(".checker-readings [data-reading]")].map((item) => item.dataset.reading),
        direction: getComputedStyle(result).direction,
        boot: document.getElementById("checker-app").dataset.boot || null,
    };
})()""".replace("VISIBLE", VISIBLE).replace("PARTS", json.dumps(PARTS))
# Until the answer or the warning shows.
SETTLED = "Boolean(document.querySelector('#checker-result[data-verdict], #checker-result[data-error]')) || !document.getElementById('checker-failed').hidden"
VERDICT_TIMEOUT = 90  # s: a cold boot in WebKit takes 2-4 s here; CI machines can be slower


@pytest.fixture(scope="module", params=sorted(ENGINES))
def engine(request):
    engine = ENGINES[request.param]()
    yield engine
    engine.close()


def answer_seen(engine) -> dict:
    engine.wait(SETTLED, VERDICT_TIMEOUT)
    return engine.evaluate(SEEN)


def assert_answer_shown(seen: dict, scenario: dict, lang: str):
    """The verdict CPython gives, in the page's words, and no warning beside it."""
    assert [part for part, shown in seen["visible"].items() if shown] == ["questions", "result"], seen
    wanted = expected(scenario, lang)
    assert {key: seen[key] for key in wanted} == wanted
    assert seen["heading"].endswith(describe(lang)["verdicts"][seen["verdict"]]), seen["heading"]
    assert seen["direction"] == ("rtl" if lang == "ar" else "ltr")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shared_link_online_and_offline_with_search(engine, site_url, offline_copy, lang):
    engine.new_profile()
    engine.open(f"{site_url}/{lang}/checker/?{urlencode(SHARED)}")
    assert_answer_shown(answer_seen(engine), SHARED, lang)
    assert engine.errors() == []

    # The offline copy, opened from disk: the same answer, and the search finds the article.
    engine.open(f"{(offline_copy / lang / 'checker.html').as_uri()}?{urlencode(SHARED)}")
    assert_answer_shown(answer_seen(engine), SHARED, lang)
    engine.open((offline_copy / lang / "protocol.html").as_uri())
    engine.click("input.md-search__input")
    engine.type("input.md-search__input", SEARCH[lang])
    assert engine.evaluate("document.querySelector('input.md-search__input').value") == SEARCH[lang]
    hit = ".md-search-result a[href*='protocol.html'][href$='#a5']"
    engine.wait(f"({VISIBLE})({json.dumps(hit)})", 20)
    assert engine.errors() == []


MARKER = "visitor-typed-7f3a91"
# The stored file (tools' name for it: checker-worker.mjs), searched for the visitor's marker and,
# as a sanity check of the search, for a word of the checker's own messages.
STORED = f"""navigator.storage.getDirectory().then((root) => root.getDirectoryHandle("tvo-checker"))
    .then(async (folder) => {{
        const names = []; for await (const name of folder.keys()) names.push(name);
        const bytes = new Uint8Array(await (await (await folder.getFileHandle(names[0])).getFile()).arrayBuffer());
        const text = new TextDecoder("latin1").decode(bytes);
        return {{names, size: bytes.length, marker: text.indexOf("{MARKER}"), checker: text.indexOf("fatsoensnormen")}};
    }})"""


def test_return_visit(engine, site_url):
    engine.new_profile()
    # A first visit whose scenario carries a marker (the checker's message names it)...
    engine.open(f"{site_url}/en/checker/?role=parent&action=post&{MARKER}=1")
    seen = answer_seen(engine)
    assert seen["error"] == MARKER and seen["visible"]["error"] and not seen["visible"]["warning"], seen
    storage = engine.evaluate("typeof navigator.storage?.getDirectory")
    if engine.name == "webkit":
        # WebKitGTK 2.50 has no navigator.storage: no snapshot is stored, and nothing breaks.
        assert storage == "undefined", "WebKit has a storage API now: expect a snapshot here as in Firefox"
    else:
        engine.wait("document.getElementById('checker-app').dataset.stored", VERDICT_TIMEOUT)
        stored = engine.evaluate(STORED)
        assert len(stored["names"]) == 1 and stored["size"] > 20e6, stored
        assert stored["marker"] == -1, "the snapshot holds the visitor's scenario"
        assert stored["checker"] >= 0, "Python's memory with the checker loaded (sanity check of the search)"

    # ...and the visitor comes back with a shared link.
    engine.open(f"{site_url}/en/checker/?{urlencode(SHARED)}")
    seen = answer_seen(engine)
    assert_answer_shown(seen, SHARED, "en")
    assert seen["boot"] == ("boot" if engine.name == "webkit" else "snapshot")
    assert engine.errors() == []
