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
FOLDER = "tvo-checker"  # in the origin private file system (OPFS)
OLD_CACHE = "tvo-checker-snapshot"  # Cache Storage, where earlier versions of the site kept the snapshot
FILES = f"""navigator.storage.getDirectory().then((root) => root.getDirectoryHandle('{FOLDER}', {{create: true}}))
    .then(async (folder) => {{ const names = []; for await (const name of folder.keys()) names.push(name); return names; }})"""
SIZE = f"""navigator.storage.getDirectory().then((root) => root.getDirectoryHandle('{FOLDER}', {{create: true}}))
    .then(async (folder) => {{
        const names = []; for await (const name of folder.keys()) names.push(name);
        return names.length === 1 ? (await (await folder.getFileHandle(names[0])).getFile()).size : -1;
    }})"""


def stored_bytes(name: str) -> str:
    """A script that reads the stored file into `bytes` (a Uint8Array)."""
    return f"""const bytes = await navigator.storage.getDirectory()
        .then((root) => root.getDirectoryHandle('{FOLDER}')).then((folder) => folder.getFileHandle('{name}'))
        .then((file) => file.getFile()).then((file) => file.arrayBuffer()).then((buffer) => new Uint8Array(buffer));"""


def answered(page) -> str:
    page.wait_for_selector("#checker-result[data-verdict], #checker-result[data-error]", state="attached", timeout=90_000)
    return page.get_attribute("#checker-result", "data-verdict") or "error:" + page.get_attribute("#checker-result", "data-error")


def stored_files(page, timeout=60) -> list[str]:
    """The stored files, once the page says its snapshot is stored and checked (checked by a
    restore in a worker of its own, which holds the file open for a moment)."""
    page.wait_for_selector("#checker-app[data-stored]", state="attached", timeout=timeout * 1000)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        names = page.evaluate(FILES)
        if names and not any(name.endswith(".part") for name in names):
            return names
        time.sleep(0.1)
    return []


def expected_name() -> str:
    [pyodide] = (SITE / "runtime").glob("pyodide-*")
    [wheel] = (SITE / "runtime").glob("*.whl")
    return f"{pyodide.name}--{wheel.name}"


def runtime_files(urls: list[str]) -> list[str]:
    return [url.rsplit("/", 1)[-1] for url in urls if url.endswith(("pyodide.asm.wasm", "python_stdlib.zip"))]


def test_a_return_visit_starts_from_the_snapshot_of_the_first(page, site_url):
    # What an earlier version of the site left: a snapshot in Cache Storage, and a stored file of
    # an older runtime. Both are replaced, not kept.
    page.goto(f"{site_url}/en/")
    page.evaluate(f"caches.open('{OLD_CACHE}').then((cache) => cache.put('{site_url}/runtime/snapshot/old', new Response('old')))")
    page.evaluate(f"""navigator.storage.getDirectory().then((root) => root.getDirectoryHandle('{FOLDER}', {{create: true}}))
        .then((folder) => folder.getFileHandle('pyodide-0.1--old.whl', {{create: true}}))""")

    page.goto(f"{site_url}/{SHARED}")
    assert answered(page) == "not_allowed"
    assert page.get_attribute("#checker-app", "data-boot") == "boot"
    assert set(runtime_files(page.recorder.requests)) == {"pyodide.asm.wasm", "python_stdlib.zip"}, "the worker's requests are seen"
    assert stored_files(page) == [expected_name()], "one file, named by Pyodide's version and the wheel's hash"
    assert page.evaluate("caches.keys()") == [], "the old snapshot in Cache Storage is gone"
    size = page.evaluate(SIZE)
    # The wasm (9.6 MB), the standard library (3.0 MB) and Python's memory without its pages of
    # zeros (about 12 of 31 MB).
    assert 20e6 < size < 30e6, size

    page.recorder.requests.clear()
    page.reload()
    assert answered(page) == "not_allowed"
    assert page.get_attribute("#checker-app", "data-boot") == "snapshot"
    assert runtime_files(page.recorder.requests) == [], "the wasm and the standard library came from the stored file"
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
    assert stored_files(page) == [expected_name()]
    found = page.evaluate(f"""async () => {{
        {stored_bytes(expected_name())}
        const text = new TextDecoder('latin1').decode(bytes);
        return [text.indexOf('{marker}'), text.indexOf('fatsoensnormen')];
    }}""")
    assert found[0] == -1, "the snapshot was made after the visitor's scenario reached Python"
    assert found[1] >= 0, "Python's memory with the checker loaded (sanity check of the search)"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "runtime zeroed", "memory zeroed"])
def test_a_broken_snapshot_falls_back_to_a_plain_boot(page, site_url, damage):
    page.goto(f"{site_url}/{SHARED}")
    assert answered(page) == "not_allowed"
    [name] = stored_files(page)
    damaged = {
        "garbage": "new Uint8Array(4096).fill(7)",
        "truncated": "bytes.slice(0, 1 << 20)",
        # The header intact; the wasm zeroed from 1 MiB on: it no longer compiles.
        "runtime zeroed": "(() => { const copy = new Uint8Array(bytes); copy.fill(0, 1 << 20, 2 << 20); return copy; })()",
        # The header and the runtime intact; Python's memory mostly zeroed (the last 8 MiB).
        "memory zeroed": "(() => { const copy = new Uint8Array(bytes); copy.fill(0, copy.length - (8 << 20)); return copy; })()",
    }[damage]
    page.evaluate(f"""async () => {{
        {stored_bytes(name)}
        const folder = await navigator.storage.getDirectory().then((root) => root.getDirectoryHandle('{FOLDER}'));
        const writable = await (await folder.getFileHandle('{name}')).createWritable();
        await writable.write({damaged});
        await writable.close();
    }}""")

    page.reload()
    assert answered(page) == "not_allowed", "the visitor still gets the answer"
    assert page.get_attribute("#checker-app", "data-boot") == "boot"
    assert page.is_hidden("#checker-failed") or page.get_attribute("#checker-failed", "hidden") is not None
    # The broken file is gone, and a good one took its place.
    assert stored_files(page) == [name]
    assert page.evaluate(SIZE) > 20e6
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
    deadline = time.monotonic() + 120  # s: a stuck boot fails the test instead of hanging the run
    while page.get_attribute("#checker-result", "data-verdict") is None:
        assert time.monotonic() < deadline, "no answer within 120 s"
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
