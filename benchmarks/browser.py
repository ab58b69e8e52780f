"""The checker in the browser, measured as parents meet it: Debian's Chromium (headless, Playwright),
Firefox ESR and WebKitGTK (tools/engines.py), against the production server (tools/nginx.py running
deploy/nginx.conf), on loopback and, in Chromium, on emulated 4G.

    make benchmark-browser      (builds the site first; or: .venv/bin/python benchmarks/browser.py [RUNS])

Every figure is the median of RUNS runs (default 3), interleaved so that drift in the machine's load
hits every figure alike, and is given as a ratio to references measured in the same run, in the
same engine:
- the bare boot of the npm package `pyodide` as shipped (loader, runtime, full standard library, full
  lock file; gzip beside the runtime files, as the site had them before brotli), served by the same
  nginx from an empty page that starts it in a module worker, as the checker does;
- the bare boot of the site's own runtime (site/runtime/: the trimmed standard library, brotli), from
  the same kind of empty page: what the checker adds to Python's own start-up.

- first visit: a new browser profile, nothing cached; the shared link (?role=...) to its verdict.
- return visit: the same profile, the same link again, everything still cached (the browser's HTTP
  cache, its compiled-wasm cache, and whatever the page stored, once the first visit says it
  stored it).
- network: loopback as it is, or (Chromium only) Chromium's network emulation through CDP
  (Network.emulateNetworkConditions, Fast 4G 9 Mbps / 60 ms, Slow 4G 1.6 Mbps / 150 ms). The run
  checks that it reached the worker: the worker's own Resource Timing of the wasm download must be
  no faster than the emulated throughput allows. Chromium's CPU throttling
  (Emulation.setCPUThrottlingRate) does not reach a worker, where Pyodide runs, so no figure here
  claims a slow phone's CPU. Firefox and WebKit offer their drivers no network emulation.
- bytes: what crossed the network for the first visit (bodies as sent, compressed, plus headers),
  the worker's requests included, as the server counts them ($bytes_sent, in a log of the
  benchmark's own): Chromium's own report leaves out a worker's script.
- offline copy: its checker page opened from disk (file://) with the shared link, to its verdict;
  from disk no worker starts, so its ratio is to the same engine's online bare boot.

Prints figures; asserts nothing. Also prints the machine's load average before and after.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import unquote, urlencode, urlsplit

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
OFFLINE = ROOT / "build" / "offline"  # the offline copy as unpacked (make site / make offline)
PYODIDE = ROOT / "node_modules" / "pyodide"
sys.path.insert(0, str(ROOT / "tools"))
import nginx  # noqa: E402
from engines import ENGINES  # noqa: E402

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SHARED = {"role": "parent", "setting": "private", "action": "post_media", "school_related": "true", "consent": "false"}
# Chrome DevTools' presets, as Network.emulateNetworkConditions takes them (bytes per second, ms).
NETWORKS = {
    "loopback": None,
    "Fast 4G": {"latency": 60, "downloadThroughput": 9e6 / 8, "uploadThroughput": 1.5e6 / 8},
    "Slow 4G": {"latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8},
}
GOALS = {  # the issues' goals, as ratios to the npm package's bare boot in the same conditions
    ("loopback", "first"): 0.45,
    ("loopback", "return"): 0.35,
    ("Fast 4G", "first"): 0.65,
    ("Fast 4G", "return"): 0.35,
}
SITE_GOAL = 1.25  # loopback first visit, as a ratio to the bare boot of the site's own runtime
BYTES_GOAL = 4.0e6

# The reference: an empty page that boots the npm package as shipped in a module worker, exactly as
# the checker does, and reports when Python is ready, with the worker's Resource Timing of the wasm.
BARE_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>bare boot</title>
<script src="bare.js"></script></head><body></body></html>"""
BARE_SCRIPT = """const worker = new Worker("bare-worker.mjs", {type: "module"});
worker.onmessage = ({data}) => { window.bareWasm = data; performance.mark("bare:ready"); };"""
BARE_WORKER = """import {loadPyodide} from "PYODIDE/pyodide.mjs";
await loadPyodide({indexURL: new URL("PYODIDE/", import.meta.url).href});
const [wasm] = performance.getEntriesByType("resource").filter((entry) => entry.name.endsWith(".wasm"));
postMessage({start: wasm.requestStart, end: wasm.responseEnd, bytes: wasm.encodedBodySize});"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def bench_root(folder: Path) -> Path:
    """The site as built, plus /__bench/: the bare-boot page and the npm package's files."""
    root = folder / "root"
    root.mkdir()
    for item in SITE.iterdir():
        (root / item.name).symlink_to(item)
    bench = root / "__bench"
    (bench / "pyodide").mkdir(parents=True)
    # index.html: the npm package's boot; site.html: the site's own runtime's (site/runtime/).
    [runtime] = (SITE / "runtime").glob("pyodide-*")
    for page, pyodide in (("index", "./pyodide"), ("site", f"../runtime/{runtime.name}")):
        (bench / f"{page}.html").write_text(BARE_PAGE.replace("bare.js", f"{page}.js"))
        (bench / f"{page}.js").write_text(BARE_SCRIPT.replace("bare-worker.mjs", f"{page}-worker.mjs"))
        (bench / f"{page}-worker.mjs").write_text(BARE_WORKER.replace("PYODIDE", pyodide))
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        shutil.copy2(PYODIDE / name, bench / "pyodide" / name)
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm"):  # the site's gzip of old
        subprocess.run(["gzip", "-9", "-k", "-n", str(bench / "pyodide" / name)], check=True)
    return root


BYTES_LOG = Path()  # one line per response: the bytes nginx sent for it, headers included


def bytes_sent_since(offset: int) -> int:
    with BYTES_LOG.open() as log:
        log.seek(offset)
        return sum(int(line) for line in log.read().split())


def start_nginx(folder: Path, root: Path) -> tuple[subprocess.Popen, str]:
    global BYTES_LOG
    port = free_port()
    config = nginx.write_config(folder / "nginx", port, site=root)
    BYTES_LOG = folder / "nginx" / "bytes.log"
    server = config.parent / "server.conf"
    server.write_text("log_format tvo_bytes '$bytes_sent';\n" + re.sub(
        r"(access_log \S+ tvo_private;)", rf"\1\n    access_log {BYTES_LOG} tvo_bytes;", server.read_text(), count=1))
    process = subprocess.Popen(nginx.command(config), stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(url + "/__bench/index.html", timeout=1)
            return process, url
        except OSError:
            time.sleep(0.05)
    process.terminate()
    sys.exit("nginx did not start (see .build/bench/nginx/error.log)")


def wait_for(page, expression: str, timeout: float = 300):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = page.evaluate(expression)
        if value:
            return value
        time.sleep(0.02)
    raise TimeoutError(expression)


class Profile:
    """A new browser profile (nothing cached), kept for a return visit, on a given network."""

    def __init__(self, playwright, network: str):
        self.folder = tempfile.mkdtemp(prefix="tvo-bench-")
        self.context = playwright.chromium.launch_persistent_context(
            self.folder, executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        self.page = self.context.pages[0] if self.context.pages else self.context.new_page()
        self.bytes = 0
        self.requests = []
        self.context.on("requestfinished", self._count)
        conditions = NETWORKS[network]
        if conditions:
            session = self.context.new_cdp_session(self.page)
            session.send("Network.enable")
            session.send("Network.emulateNetworkConditions", {"offline": False, **conditions})

    def _count(self, request):
        self.requests.append(request.url)

    def visit(self, url: str, expression: str) -> float:
        self.requests = []
        self.page.goto("about:blank")
        sent = BYTES_LOG.stat().st_size if BYTES_LOG.exists() else 0
        self.page.goto(url)
        value = wait_for(self.page, expression)
        self.page.wait_for_load_state("networkidle")
        self.bytes = bytes_sent_since(sent)
        return value

    def close(self):
        self.context.close()
        shutil.rmtree(self.folder, ignore_errors=True)


ANSWERED = "performance.getEntriesByName('checker:answer')[0]?.startTime"
WARM_EVALUATIONS = 200
# Once Python is ready: the median time from a submit to its answer on the page.
WARM_VERDICT = """async (count) => {
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
}"""
BARE_READY = "performance.getEntriesByName('bare:ready')[0]?.startTime"


BARE_PAGES = {"bare": "index.html", "site": "site.html"}  # the npm package's boot, the site runtime's
STORED = "document.getElementById('checker-app').dataset.stored"


def address(base: str, which: str) -> tuple[str, str]:
    """The page a trial opens, and the expression that gives its time to the verdict (or to ready)."""
    if which in BARE_PAGES:
        return f"{base}/__bench/{BARE_PAGES[which]}", BARE_READY
    return f"{base}/en/checker/?{urlencode(SHARED)}", ANSWERED


def trial(playwright, base: str, network: str, which: str, returning: bool) -> dict:
    profile = Profile(playwright, network)
    try:
        url, expression = address(base, which)
        first = profile.visit(url, expression)
        figures = {"first": first, "bytes": profile.bytes, "requests": list(profile.requests)}
        if which == "bare":
            figures["wasm"] = profile.page.evaluate("window.bareWasm")
        if returning:
            if which == "checker":  # a visitor returns later: let the first visit store (and check) its snapshot
                wait_for(profile.page, STORED, timeout=60)
                figures["boot"] = profile.page.get_attribute("#checker-app", "data-boot")
            time.sleep(0.5)
            figures["return"] = profile.visit(url, expression)
            figures["return_bytes"] = profile.bytes
            if which == "checker":
                figures["return_boot"] = profile.page.get_attribute("#checker-app", "data-boot")
                figures["warm"] = profile.page.evaluate(WARM_VERDICT, WARM_EVALUATIONS)
        return figures
    finally:
        profile.close()


def offline_link(playwright) -> float:
    """The offline copy's checker page, opened from disk with a shared link, to its verdict."""
    profile = Profile(playwright, "loopback")
    try:
        return profile.visit(f"{OFFLINE.as_uri()}/en/checker.html?{urlencode(SHARED)}", ANSWERED)
    finally:
        profile.close()


def engine_trials(engine, base: str) -> dict:
    """One run in Firefox or WebKit (tools/engines.py), loopback only: each reference's first visit
    and the npm package's return, the checker's first and return visits, the offline copy."""
    figures = {}

    def visit(url: str, expression: str) -> float:
        engine.open("about:blank")
        engine.open(url)
        return engine.wait(expression, 300)

    for which in ("bare", "site", "checker"):
        engine.new_profile()
        url, expression = address(base, which)
        figures[which, "first"] = visit(url, expression)
        if which == "site":
            continue
        if which == "checker":
            figures["boot"] = engine.evaluate("document.getElementById('checker-app').dataset.boot")
            # A visitor returns later: where the browser can store a snapshot, once it is stored.
            if engine.evaluate("typeof navigator.storage?.getDirectory") == "function":
                engine.wait(STORED, 60)
        time.sleep(0.5)
        figures[which, "return"] = visit(url, expression)
        if which == "checker":
            figures["return_boot"] = engine.evaluate("document.getElementById('checker-app').dataset.boot")
    engine.new_profile()
    figures["offline"] = visit(f"{OFFLINE.as_uri()}/en/checker.html?{urlencode(SHARED)}", ANSWERED)
    return figures


def print_engine(name: str, version: str, runs: list[dict]) -> None:
    def median(key):
        return statistics.median(figures[key] for figures in runs)

    bare, site = median(("bare", "first")), median(("site", "first"))
    print(f"{name} ({version}), loopback, median of {len(runs)} runs")
    print()
    print("| shared link to verdict | checker | bare boot, npm package | ratio | bare boot, site's runtime | ratio |")
    print("|---|---|---|---|---|---|")
    first, back = median(("checker", "first")), median(("checker", "return"))
    print(f"| first visit | {first / 1000:.2f} s | {bare / 1000:.2f} s | {first / bare:.2f}× | {site / 1000:.2f} s | {first / site:.2f}× |")
    bare_back = median(("bare", "return"))
    print(f"| return visit, all cached | {back / 1000:.2f} s | {bare_back / 1000:.2f} s | {back / bare_back:.2f}× | | |")
    off = median("offline")
    print(f"| offline copy (file://) | {off / 1000:.2f} s | {bare / 1000:.2f} s (online) | {off / bare:.2f}× | | |")
    boots = [figures["return_boot"] for figures in runs]
    first_boots = {figures["boot"] for figures in runs}
    print(f"| return visits that started from the stored snapshot | {boots.count('snapshot')} of {len(boots)} "
          f"(first visits: {', '.join(sorted(first_boots))}) | | | | |")
    print()


def home_requests(playwright, base: str) -> tuple[int, int]:
    profile = Profile(playwright, "loopback")
    try:
        sent = BYTES_LOG.stat().st_size
        profile.page.goto(f"{base}/en/")
        profile.page.wait_for_load_state("networkidle")
        for path in ("protocol/", "about/", "guides/parents/"):
            profile.page.goto(f"{base}/en/{path}")
            profile.page.wait_for_load_state("networkidle")
        return bytes_sent_since(sent), sum("/runtime/" in url for url in profile.requests)
    finally:
        profile.close()


def main() -> None:
    if not (SITE / "runtime").is_dir():
        sys.exit("site/ is not built: run `make site`")
    load_before = os.getloadavg()
    folder = ROOT / ".build" / "bench"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    server, base = start_nginx(folder, bench_root(folder))
    results: dict[tuple, list] = {}
    offline, wasm_rates = [], {}
    engine_runs: dict[str, tuple[str, list]] = {}
    try:
        with sync_playwright() as playwright:
            for run in range(RUNS):
                for network in NETWORKS:
                    for which in ("bare", "site", "checker") if network == "loopback" else ("bare", "checker"):
                        returning = network != "Slow 4G" and which != "site"
                        figures = trial(playwright, base, network, which, returning=returning)
                        results.setdefault((network, which), []).append(figures)
                        if which == "bare" and figures.get("wasm"):
                            wasm = figures["wasm"]
                            seconds = (wasm["end"] - wasm["start"]) / 1000
                            wasm_rates.setdefault(network, []).append(wasm["bytes"] * 8 / seconds / 1e6)
                offline.append(offline_link(playwright))
                print(f"  run {run + 1}/{RUNS} done, load {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)
            home_bytes, home_runtime = home_requests(playwright, base)
        for name, Engine in ENGINES.items():
            engine = Engine()
            try:
                for run in range(RUNS):
                    engine_runs.setdefault(name, (engine.version, []))[1].append(engine_trials(engine, base))
                    print(f"  {name}: run {run + 1}/{RUNS} done, load {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)
            finally:
                engine.close()
    finally:
        server.terminate()
        server.wait(timeout=10)

    def median(network, which, key):
        return statistics.median(figures[key] for figures in results[(network, which)])

    print(f"Chromium headless against deploy/nginx.conf (tools/nginx.py), median of {RUNS} runs")
    print(f"load average before {load_before[0]:.1f} {load_before[1]:.1f} {load_before[2]:.1f}, "
          f"after {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} {os.getloadavg()[2]:.1f} (2 cores)")
    print()
    print("| shared link to verdict | checker | bare Pyodide boot | ratio | goal |")
    print("|---|---|---|---|---|")
    for network in NETWORKS:
        for visit in ("first", "return"):
            if visit == "return" and network == "Slow 4G":
                continue
            checker, bare = median(network, "checker", visit), median(network, "bare", visit)
            goal = GOALS.get((network, visit))
            verdict = f"≤ {goal}× {'met' if checker / bare <= goal else 'NOT met'}" if goal else ""
            cached = ", all cached" if visit == "return" else ""
            print(f"| {network}, {visit} visit{cached} | {checker / 1000:.2f} s | {bare / 1000:.2f} s | "
                  f"{checker / bare:.2f}× | {verdict} |")
            if network == "loopback" and visit == "first":
                site = median(network, "site", visit)
                print(f"| loopback, first visit, against the bare boot of the site's own runtime | {checker / 1000:.2f} s | "
                      f"{site / 1000:.2f} s | {checker / site:.2f}× | ≤ {SITE_GOAL}× {'met' if checker / site <= SITE_GOAL else 'NOT met'} |")
    checker_bytes, bare_bytes = median("loopback", "checker", "bytes"), median("loopback", "bare", "bytes")
    print(f"| bytes of a first visit | {checker_bytes / 1e6:.3f} MB | {bare_bytes / 1e6:.3f} MB | | "
          f"≤ 4.0 MB {'met' if checker_bytes <= BYTES_GOAL else 'NOT met'} |")
    return_bytes = median("loopback", "checker", "return_bytes")
    print(f"| bytes of a return visit | {return_bytes / 1e6:.3f} MB | {median('loopback', 'bare', 'return_bytes') / 1e6:.3f} MB | | |")
    warm = statistics.median(figures["warm"] for figures in results[("loopback", "checker")])
    print(f"| warm verdict, submit to answer on the page (median of {WARM_EVALUATIONS}) | {warm:.1f} ms | | | |")
    boots = [figures.get("return_boot") for key, runs in results.items() if key[1] == "checker" for figures in runs]
    print(f"| return visits that started from the stored snapshot | {boots.count('snapshot')} of {len([b for b in boots if b])} | | | |")
    online = median("loopback", "checker", "first")
    off = statistics.median(offline)
    print(f"| offline copy (file://), shared link to verdict | {off / 1000:.2f} s | | {off / online:.2f}× online first visit | ≤ 1.0× {'met' if off <= online else 'NOT met'} |")
    [archive] = sorted((ROOT / "dist").glob("tvo-protocol-offline-*.zip"))[-1:]
    print(f"| offline zip | {archive.stat().st_size / 1e6:.2f} MB | | | |")
    print(f"| bytes, four non-checker pages | {home_bytes / 1e6:.2f} MB | | runtime requests: {home_runtime} | 0 |")
    print()
    print("Network emulation reaches the worker: the bare boot's worker saw its wasm arrive at "
          + ", ".join(f"{network} {statistics.median(rates):.1f} Mbit/s" for network, rates in wasm_rates.items())
          + " (emulated: 9 and 1.6 Mbit/s).")
    print("Chromium's CPU throttling does not reach a worker (where Pyodide runs): not reported.")
    for name, (version, runs) in engine_runs.items():
        print()
        print_engine({"firefox": "Firefox", "webkit": "WebKitGTK"}[name], version, runs)


if __name__ == "__main__":
    main()
