"""How long a changed answer takes to update the verdict on screen (issue 20, "never a stale
answer"), as a phone visitor meets it: Debian's Chromium at 390 × 844 with touch, the built site on
loopback, Python already booted (an answer shown).

    make benchmark-recheck      (or: .venv/bin/python benchmarks/recheck.py [CHANGES])

Each change taps one answer of the form (alternating, so every tap changes the verdict or the next
step) and times from the tap's `change` event to the answer's `checker:answer` event, both on the
page's own clock. Printed: min / median / max in ms over CHANGES changes (default 40), beside the
reference measured in the same run: the same page's time from "Check" to the answer.
"""

import functools
import http.server
import statistics
import sys
import threading
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
LINK = "en/checker/?role=parent&setting=private&action=post_media&school_related=true"
TIMED = """(selector) => new Promise((resolve) => {
    const root = document.getElementById("checker-app");
    let start;
    document.getElementById("checker-form").addEventListener("change", () => { start = performance.now(); }, { once: true });
    root.addEventListener("checker:answer", () => resolve(performance.now() - start), { once: true });
    document.querySelector(selector).click();
})"""
CHECKED = """() => new Promise((resolve) => {
    const root = document.getElementById("checker-app");
    const start = performance.now();
    root.addEventListener("checker:answer", () => resolve(performance.now() - start), { once: true });
    document.querySelector("#checker-form [type=submit]").click();
})"""


def serve() -> str:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(ROOT / "site")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}"


def figures(values: list[float]) -> str:
    return f"{min(values):6.1f} / {statistics.median(values):6.1f} / {max(values):6.1f} ms"


def main() -> int:
    changes = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    base = serve()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
        page = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True).new_page()
        page.goto(f"{base}/{LINK}")
        expect(page.locator("#checker-answer")).to_be_visible(timeout=120_000)
        rechecks, checks = [], []
        for n in range(changes):
            value = "true" if n % 2 == 0 else "false"
            rechecks.append(page.evaluate(TIMED, f"input[name=consent][value={value}]"))
            checks.append(page.evaluate(CHECKED))
        browser.close()
    print(f"re-check after a change (min / median / max of {changes}): {figures(rechecks)}")
    print(f"reference, 'Check' tapped on the same form:        {figures(checks)}")
    print(f"ratio of the medians: {statistics.median(rechecks) / statistics.median(checks):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
