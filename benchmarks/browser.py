"""The checker in the browser: headless Chromium (Debian's), site/ served on loopback, cold cache.

    make benchmark-browser      (builds the site first; or: .venv/bin/python benchmarks/browser.py)

Prints, in one run, the median of RUNS runs of each figure, and the ratios the targets are
stated in. Prints figures; asserts nothing.
"""

from __future__ import annotations

import functools
import http.server
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlencode, urlsplit

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
OFFLINE = ROOT / "build" / "offline"  # the offline copy as unpacked (make site / make offline)
RUNS = 7
WARM_EVALUATIONS = 200
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SHARED = {"role": "parent", "setting": "private", "action": "post_media", "school_related": "true", "consent": "false"}

# An empty page that boots Pyodide exactly as the checker does (module worker, same files).
BARE_BOOT = """<!doctype html><html><body><script type="module">
const src = `import {loadPyodide} from "${location.origin}/runtime/PYODIDE/pyodide.mjs";
await loadPyodide({indexURL: "${location.origin}/runtime/PYODIDE/"}); postMessage("ready");`;
const worker = new Worker(URL.createObjectURL(new Blob([src], {type: "text/javascript"})), {type: "module"});
worker.onmessage = () => { window.bootMs = performance.now(); };
</script></body></html>"""


def serve() -> str:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            if self.path == "/__bench/bare.html":
                [pyodide] = (SITE / "runtime").glob("pyodide-*")
                body = BARE_BOOT.replace("PYODIDE", pyodide.name).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                super().do_GET()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(SITE)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}"


def fresh_page(browser):
    """A new context: an empty cache, as a first visit."""
    context = browser.new_context()
    page = context.new_page()
    transferred = []
    page.on("requestfinished", lambda request: transferred.append(
        request.sizes()["responseBodySize"] + request.sizes()["responseHeadersSize"]))
    return context, page, transferred


def wait_for(page, expression: str, timeout: float = 60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = page.evaluate(expression)
        if value:
            return value
        time.sleep(0.01)
    raise TimeoutError(expression)


def bare_boot(browser, base) -> float:
    context, page, _ = fresh_page(browser)
    page.goto(f"{base}/__bench/bare.html")
    value = wait_for(page, "window.bootMs")
    context.close()
    return value


def shared_link(browser, base) -> tuple[float, int]:
    context, page, transferred = fresh_page(browser)
    page.goto(f"{base}/en/checker/?{urlencode(SHARED)}")
    value = wait_for(page, "performance.getEntriesByName('checker:answer')[0]?.startTime")
    page.wait_for_load_state("networkidle")
    context.close()
    return value, sum(transferred)


def submit_after_3s(browser, base) -> float:
    context, page, _ = fresh_page(browser)
    page.goto(f"{base}/en/checker/")
    for key, value in SHARED.items():
        page.check(f"input[name={key}][value={value}]")
    time.sleep(max(0.0, 3 - page.evaluate("performance.now()") / 1000))  # a visitor who takes 3 s
    page.click("#checker-form [type=submit]")
    value = wait_for(page, """(() => {
        const [submit] = performance.getEntriesByName('checker:submit');
        const [answer] = performance.getEntriesByName('checker:answer');
        return submit && answer ? answer.startTime - submit.startTime : 0;
    })()""")
    warm = page.evaluate("""async (count) => {
        const root = document.getElementById('checker-app');
        const form = document.getElementById('checker-form');
        const times = [];
        for (let i = 0; i < count; i++) {
            const answered = new Promise((resolve) => root.addEventListener('checker:answer', resolve, {once: true}));
            const start = performance.now();
            form.requestSubmit();
            await answered;
            times.push(performance.now() - start);
        }
        times.sort((a, b) => a - b);
        return times[Math.floor(times.length / 2)];
    }""", WARM_EVALUATIONS)
    context.close()
    return value, warm


def offline_link(browser) -> float:
    """The offline copy's checker page, opened from disk with a shared link, to its verdict."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{OFFLINE.as_uri()}/en/checker.html?{urlencode(SHARED)}")
    value = wait_for(page, "performance.getEntriesByName('checker:answer')[0]?.startTime")
    context.close()
    return value


def offline_page_bytes(browser, page_name: str) -> int:
    """Bytes an offline page loads from disk (file:// reports no sizes: read them from disk)."""
    context = browser.new_context()
    page = context.new_page()
    files = set()
    page.on("request", lambda request: request.url.startswith("file:") and files.add(request.url))
    page.goto(f"{OFFLINE.as_uri()}/en/{page_name}")
    page.wait_for_load_state("load")
    time.sleep(0.5)
    context.close()
    return sum(Path(unquote(urlsplit(url).path)).stat().st_size for url in files)


def home_bytes(browser, base) -> tuple[int, int]:
    context, page, transferred = fresh_page(browser)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{base}/en/")
    page.wait_for_load_state("networkidle")
    context.close()
    return sum(transferred), sum("/runtime/" in url for url in requests)


def main() -> None:
    if not (SITE / "runtime").is_dir():
        sys.exit("site/ is not built: run `make site`")
    base = serve()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        boots, links, checker_bytes, submits, warms, homes, offline = [], [], [], [], [], [], []
        for _ in range(RUNS):  # interleaved, so drift in the machine's load hits every figure alike
            boots.append(bare_boot(browser, base))
            link, size = shared_link(browser, base)
            links.append(link)
            checker_bytes.append(size)
            submit, warm = submit_after_3s(browser, base)
            submits.append(submit)
            warms.append(warm)
            homes.append(home_bytes(browser, base))
            offline.append(offline_link(browser))
        offline_bytes = {name: offline_page_bytes(browser, name) for name in ("index.html", "protocol.html", "checker.html")}
        browser.close()

    boot, link = statistics.median(boots), statistics.median(links)
    print(f"Chromium headless, loopback, cold cache, median of {RUNS} runs")
    print(f"  bare Pyodide boot (empty page, worker)   {boot:8.0f} ms")
    print(f"  shared link to verdict (checker page)    {link:8.0f} ms   = {link / boot:.2f} x bare boot (target <= 1.15)")
    print(f"  submit after 3 s to verdict              {statistics.median(submits):8.1f} ms   (target < 100)")
    print(f"  warm verdict, median of {WARM_EVALUATIONS}             {statistics.median(warms):8.2f} ms   (target <= 5)")
    print(f"  bytes, checker page (all it loads)       {statistics.median(checker_bytes):8,.0f}")
    print(f"  bytes, home page                         {statistics.median(b for b, _ in homes):8,.0f}")
    print(f"  Pyodide requests from the home page      {max(n for _, n in homes):8d}   (target 0)")
    off = statistics.median(offline)
    print(f"  offline copy (file://): shared link to verdict {off:8.0f} ms   = {off / link:.2f} x online (target <= 1.5)")
    for name, size in offline_bytes.items():
        print(f"  bytes, offline {name:<14}            {size:10,d}")
    [archive] = sorted((ROOT / "dist").glob("tvo-protocol-offline-*.zip"))[-1:]
    print(f"  offline zip                              {archive.stat().st_size:10,d}   (target <= 10 MB)")


if __name__ == "__main__":
    main()
