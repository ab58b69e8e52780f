"""The checker's runtime in Chromium: the snapshot a first visit stores for return visits (what it
holds, how it is keyed, that a broken one falls back to a plain boot), and what the visitor sees
while Python loads (a progress bar that counts real bytes, a form usable at once)."""

import re
import time

import pytest

from conftest import ROOT

pytestmark = pytest.mark.browser

SITE = ROOT / "site"
SHARED = "en/checker/?role=parent&setting=private&action=post_media&school_related=true&consent=false"
CACHE = "tvo-checker-snapshot"
KEYS = f"caches.open('{CACHE}').then((cache) => cache.keys()).then((keys) => keys.map((key) => key.url))"
SIZE = f"""caches.open('{CACHE}').then((cache) => cache.keys().then((keys) => keys.length === 1
    ? cache.match(keys[0]).then((response) => response.arrayBuffer()).then((bytes) => bytes.byteLength) : -1))"""


def answered(page) -> str:
    page.wait_for_selector("#checker-result[data-verdict], #checker-result[data-error]", state="attached", timeout=90_000)
    return page.get_attribute("#checker-result", "data-verdict") or "error:" + page.get_attribute("#checker-result", "data-error")


def stored_keys(page, timeout=60) -> list[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        keys = page.evaluate(KEYS)
        if keys:
            return keys
        time.sleep(0.1)
    return []


def expected_key(site_url) -> str:
    [pyodide] = (SITE / "runtime").glob("pyodide-*")
    [wheel] = (SITE / "runtime").glob("*.whl")
    return f"{site_url}/runtime/snapshot/{pyodide.name}/{wheel.name}"


def test_a_return_visit_starts_from_the_snapshot_of_the_first(page, site_url):
    # A snapshot of an older runtime, left by an earlier version of the site: replaced, not kept.
    page.goto(f"{site_url}/en/")
    page.evaluate(f"caches.open('{CACHE}').then((cache) => cache.put('{site_url}/runtime/snapshot/pyodide-0.1/old.whl',"
                  " new Response('old')))")

    page.goto(f"{site_url}/{SHARED}")
    assert answered(page) == "not_allowed"
    assert page.get_attribute("#checker-app", "data-boot") == "boot"
    deadline = time.monotonic() + 60
    while page.evaluate(KEYS) != [expected_key(site_url)] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert page.evaluate(KEYS) == [expected_key(site_url)], "one snapshot, named by Pyodide's version and the wheel's hash"
    size = page.evaluate(SIZE)
    assert 10e6 < size < 100e6, size

    page.reload()
    assert answered(page) == "not_allowed"
    assert page.get_attribute("#checker-app", "data-boot") == "snapshot"
    assert page.evaluate(SIZE) == size, "a restored visit stores nothing new"
    assert page.recorder.errors == []

    # Still a working checker after the restore: another answer, in another language.
    page.goto(f"{site_url}/ar/checker/?role=staff&action=connect&contact_role=student")
    assert answered(page) == "not_allowed"
    assert page.get_attribute("#checker-app", "data-boot") == "snapshot"
    assert page.get_attribute("#checker-result h2", "id") == "checker-answer"


def test_the_snapshot_holds_nothing_the_visitor_chose(page, site_url):
    marker = "visitor-typed-7f3a91"
    page.goto(f"{site_url}/en/checker/?role=parent&action=post&{marker}=1")
    assert answered(page) == f"error:{marker}", "the visitor's own (bad) scenario reached Python"
    assert stored_keys(page) == [expected_key(site_url)]
    found = page.evaluate(f"""caches.open('{CACHE}').then((cache) => cache.match('{expected_key(site_url)}'))
        .then((response) => response.arrayBuffer()).then((bytes) => {{
            const text = new TextDecoder('latin1').decode(bytes);
            return [text.indexOf('{marker}'), text.indexOf('Python'), bytes.byteLength];
        }})""")
    assert found[0] == -1, "the snapshot was made after the visitor's scenario reached Python"
    assert found[1] >= 0, "a snapshot of Python's memory (sanity check of the search)"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "zeroed"])
def test_a_broken_snapshot_falls_back_to_a_plain_boot(page, site_url, damage):
    page.goto(f"{site_url}/{SHARED}")
    assert answered(page) == "not_allowed"
    [key] = stored_keys(page)
    damaged = {
        "garbage": "new Uint8Array(4096).fill(7)",
        "truncated": "bytes.slice(0, 1 << 20)",
        # The header intact (magic number, build id), Python's memory zeroed from 1 MiB on.
        "zeroed": "(() => { const copy = new Uint8Array(bytes); copy.fill(0, 1 << 20); return copy; })()",
    }[damage]
    page.evaluate(f"""caches.open('{CACHE}').then(async (cache) => {{
        const bytes = new Uint8Array(await (await cache.match('{key}')).arrayBuffer());
        await cache.put('{key}', new Response({damaged}));
    }})""")

    page.reload()
    assert answered(page) == "not_allowed", "the visitor still gets the answer"
    assert page.get_attribute("#checker-app", "data-boot") == "boot"
    assert page.is_hidden("#checker-failed") or page.get_attribute("#checker-failed", "hidden") is not None
    # The broken snapshot is gone, and a good one took its place.
    deadline = time.monotonic() + 60
    while page.evaluate(SIZE) < 10e6 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert page.evaluate(SIZE) > 10e6
    page.reload()
    assert answered(page) == "not_allowed"
    assert page.get_attribute("#checker-app", "data-boot") == "snapshot"


def test_progress_counts_real_bytes_and_the_form_is_usable_at_once(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    # A network slow enough to watch the bytes arrive (it reaches the worker's requests too).
    session = context.new_cdp_session(page)
    session.send("Network.enable")
    session.send("Network.emulateNetworkConditions",
                 {"offline": False, "latency": 20, "downloadThroughput": 2e6, "uploadThroughput": 1e6})
    page.goto(f"{site_url}/en/checker/")
    page.wait_for_selector("#checker-status", state="visible")
    status = page.locator("#checker-status")
    assert status.bounding_box()["y"] < 844, "a phone shows the progress with the first questions"
    # The form answers clicks while Python loads; the answer comes once Python is ready.
    page.check("input[name=role][value=parent]")
    page.check("input[name=action][value=post_media]")
    page.check("input[name=school_related][value=true]")
    page.check("input[name=consent][value=false]")
    page.click("#checker-form [type=submit]")
    seen = set()
    while page.get_attribute("#checker-result", "data-verdict") is None:
        if page.is_visible("#checker-status"):
            seen.add((page.evaluate("document.getElementById('checker-progress').value"),
                      page.text_content("#checker-progress-text")))
        time.sleep(0.05)
    assert page.get_attribute("#checker-result", "data-verdict") == "not_allowed"
    assert page.is_hidden("#checker-status")
    values = sorted(value for value, _ in seen)
    assert values and 0 < values[0] < 0.7 and values[-1] <= 1, values
    total = int(page.get_attribute("#checker-app", "data-bytes"))
    runtime = [path for path in (SITE / "runtime").rglob("*") if path.suffix in (".wasm", ".zip", ".whl")]
    assert total >= sum(path.stat().st_size for path in runtime)
    texts = {text for _, text in seen if text}
    assert any(re.fullmatch(r"[1-9]\d? ?%", text) for text in texts), texts
    context.close()
