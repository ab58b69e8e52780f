"""The site's search as a visitor uses it: the query set of tests/search_queries.yml typed key by key
into each language's search box in headless Chromium (Debian's), online (site/ on loopback) and in
the offline copy (build/offline/, opened from file://).

    make benchmark-search      (builds the site first; or: .venv/bin/python benchmarks/search.py)

Prints "found N/M" per language and copy (found: the article is among the first three results),
the same for the phone-typing queries alone (kind `typing`: without accents, a Russian layout's
letters, one slip; issue 22), the misses, the slowest answer while typing, and each language's
search_index.json size, with its share of what the index's hidden words add. Asserts nothing;
tests/test_search.py requires the whole set to be found.
"""

from __future__ import annotations

import functools
import json
import http.server
import sys
import threading
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
OFFLINE = ROOT / "build" / "offline"
QUERIES = ROOT / "tests" / "search_queries.yml"
LANGUAGES = ("nl", "en", "tr", "ar", "pl", "uk")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
TOP = 3

# The result links in the order shown, without those folded away under "N more on this page".
RESULTS = """() => [...document.querySelectorAll('.md-search-result__list a.md-search-result__link')]
  .filter(a => !a.closest('details')).map(a => a.getAttribute('href'))"""


def plain_size(index: dict) -> int:
    """The index as Material writes it, without what tools/search_index.py adds (hidden words, boosts)."""
    docs = [{k: v for k, v in doc.items() if k not in ("words", "boost")} for doc in index["docs"]]
    config = {**index["config"], "fields": {k: v for k, v in index["config"]["fields"].items() if k != "words"}}
    return len(json.dumps({"config": config, "docs": docs}, separators=(",", ":")).encode())


def queries() -> dict[str, list[dict]]:
    return yaml.safe_load(QUERIES.read_text(encoding="utf-8"))


def serve(folder: Path = SITE) -> tuple[str, http.server.ThreadingHTTPServer]:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}", server


def open_search(page, url: str) -> None:
    """Open a page and give its search box the focus, as a click on it would."""
    page.goto(url)
    if page.viewport_size["width"] < 960:  # phones: the search box opens from the header's icon
        page.click('label.md-header__button[for="__search"]')
    else:
        page.click(".md-search__input")
    page.wait_for_selector(".md-search__input:focus")


def placeholder(page) -> str:
    """The theme's line above an empty result list ("Type to start searching"), in the page's language."""
    return json.loads(page.locator("#__config").text_content())["translations"]["search.result.placeholder"]


def settled(page, timeout: float = 10.0) -> list[str]:
    """The result links once the list shows results for the box's value and stops changing: the
    line above it no longer the placeholder (the worker has answered), the same for 300 ms."""
    empty = placeholder(page)
    deadline, last, same = time.monotonic() + timeout, None, 0
    while time.monotonic() < deadline:
        links = page.evaluate(RESULTS)
        meta = page.inner_text(".md-search-result__meta")
        state = (tuple(links), meta)
        same = same + 1 if state == last else 0
        if same >= 3 and meta.strip() and meta != empty:
            return links
        last = state
        page.wait_for_timeout(100)
    return page.evaluate(RESULTS)


def type_keys(page, text: str, delay_ms: int = 40) -> None:
    """Type `text` key by key as a keyboard of its language would: for each character a key down
    that inserts it and a key up (Material reads the box on keyup). Playwright's own keyboard
    knows only a US layout, and types other letters without any key event."""
    cdp = page.context.new_cdp_session(page)
    for char in text:
        cdp.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": char, "text": char, "unmodifiedText": char})
        cdp.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": char})
        page.wait_for_timeout(delay_ms)
    cdp.detach()


def ask(page, query: str) -> tuple[list[str], float]:
    """Type `query` key by key into the (focused) box; the section links in order, and the time
    from the last key to a settled result list."""
    box = page.locator(".md-search__input")
    box.fill("")
    box.press("Backspace")
    # The worker's answer to the empty box: the last query's results gone, so none is read as this one's.
    page.wait_for_function("""empty => document.querySelector('.md-search-result__meta').textContent === empty
        && !document.querySelector('.md-search-result__list').children.length""", arg=placeholder(page), timeout=10_000)
    type_keys(page, query)
    start = time.monotonic()
    links = settled(page)
    return links, time.monotonic() - start


def rank(links: list[str], article: str) -> int | None:
    """1-based place of `article` (e.g. "a5") among the sections a visitor sees, or None."""
    sections = [link for link in links if "#" in link]
    for place, link in enumerate(sections, 1):
        path, _, anchor = link.partition("#")
        if anchor == article and "protocol" in path:
            return place
    return None


def run_language(page, url: str, lang: str, items: list[dict]) -> list[tuple[dict, int | None, float]]:
    open_search(page, url)
    out = []
    for item in items:
        links, seconds = ask(page, item["query"])
        out.append((item, rank(links, item["article"]), seconds))
    return out


def urls(lang: str, online: str | None) -> dict[str, str]:
    found = {}
    if online:
        found["online"] = f"{online}/{lang}/"
    if (OFFLINE / lang / "index.html").exists():
        found["offline"] = (OFFLINE / lang / "index.html").as_uri()
    return found


def main() -> int:
    from playwright.sync_api import sync_playwright

    if not (SITE / "index.html").exists():
        sys.exit("site/ is not built: run `make site` (make benchmark-search does)")
    online, server = serve()
    data = queries()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for lang in sys.argv[1:] or LANGUAGES:  # e.g. `benchmarks/search.py nl ar`: those only
            items = data[lang]
            for copy, url in urls(lang, online).items():
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                results = run_language(page, url, lang, items)
                page.close()
                hits = [item for item, place, _ in results if place is not None and place <= TOP]
                typing = [item for item in items if item["kind"] == "typing"]
                typed = [item for item in hits if item["kind"] == "typing"]
                slowest = max(seconds for *_, seconds in results)
                print(f"{lang} {copy:7} found {len(hits)}/{len(items)}   phone typing {len(typed)}/{len(typing)}"
                      f"   slowest answer {slowest * 1000:.0f} ms")
                for item, place, _ in results:
                    if place is None or place > TOP:
                        print(f"    missed {item['kind']:8} {item['query']!r} → {item['article']}: place {place}")
            path = SITE / lang / "search" / "search_index.json"
            size = path.stat().st_size
            plain = plain_size(json.loads(path.read_text(encoding="utf-8")))
            print(f"{lang} search_index.json {size} bytes, {size / plain:.2f}x Material's own ({plain} bytes)")
        browser.close()
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
