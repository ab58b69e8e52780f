"""Shared facts for the tests, written out independently of the code they test."""

import json
import re
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The binding Dutch text: the project's own copy is the source (CONTRIBUTING.md, "The one rule").
SOURCE = ROOT / "protocol" / "protocol-nl.txt"
LANGUAGES = ("nl", "en", "tr", "ar", "pl", "uk")

# The checker contract's table of article ids.
CONTRACT_IDS = (
    [f"U{n}" for n in range(1, 6)] + ["D1", "D2"] + [f"A{n}" for n in range(1, 8)]
    + [f"B{n}" for n in range(1, 5)] + [f"C{n}" for n in range(1, 4)] + [f"S{n}" for n in range(1, 6)]
)
# The contract's sanctions by role ("the sanction articles that may follow, by role").
SANCTIONS_BY_ROLE = {"staff": ["S1", "S2"], "student": ["S3", "S4"], "parent": ["S3", "S4"], "other": [],
                    "no_tie": []}


def normalise(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="session")
def source_text() -> str:
    assert SOURCE.exists(), f"the binding protocol text is missing: {SOURCE}"
    return SOURCE.read_text(encoding="utf-8")


def as_json(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


# --- the built site in real Chromium -----------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="session")
def site_url():
    """site/ served on loopback (a thread in this process), as any static web server would."""
    import functools
    import http.server
    import threading

    site = ROOT / "site"
    assert (site / "index.html").exists(), "site/ is not built: run `make site` (make test does)"

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: `make test` installs it"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Recorder:
    """Every request a page makes, and every error it reports."""

    def __init__(self, page):
        self.requests, self.errors = [], []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))

    def foreign(self, origin: str) -> list[str]:
        return [url for url in self.requests if not (url.startswith(origin + "/") or url.startswith("data:") or url.startswith("blob:"))]


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.recorder = Recorder(page)
    # Whatever the page might try, nothing leaves the machine: requests to other hosts are
    # aborted here (and recorded above, so the tests can prove there were none).
    page.route(re.compile(r"^(?!http://127\.0\.0\.1:)(?!data:)(?!blob:).*"), lambda route: route.abort())
    yield page
    context.close()


@pytest.fixture(scope="session")
def offline_copy(tmp_path_factory) -> Path:
    """The offline copy (`make offline`'s zip) unpacked as a school would: its top folder."""
    found = sorted((ROOT / "dist").glob("tvo-protocol-offline-*.zip"))
    assert found, "dist/ has no offline copy: run `make offline` (make test does)"
    folder = tmp_path_factory.mktemp("usb-stick")
    zipfile.ZipFile(found[-1]).extractall(folder)
    [top] = folder.iterdir()
    return top
