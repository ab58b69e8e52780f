"""deploy/nginx.conf, run by a real nginx (Debian's) on a loopback port: types, compression,
caching, security headers, the 404 pages, and the checker working through it in Chromium."""

import gzip
import html
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import nginx  # noqa: E402

SITE = ROOT / "site"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def nginx_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("nginx")


@pytest.fixture(scope="module")
def server(nginx_folder):
    assert Path(nginx.NGINX).exists(), "Debian's nginx is missing: `make test` installs it"
    port = free_port()
    config = nginx.write_config(nginx_folder, port)
    process = subprocess.Popen(nginx.command(config), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/nl/", timeout=1)
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"nginx did not start: {process.stdout.read().decode()}")
            time.sleep(0.05)
    yield url
    process.terminate()
    process.wait(timeout=10)


def get(url, gzip_ok=False):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def page_policy() -> str:
    source = (SITE / "en" / "index.html").read_text(encoding="utf-8")
    return html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', source).group(1))


def test_security_headers_on_every_response(server):
    for path in ("/", "/en/protocol/", "/runtime/", "/nl/assets/site.css", "/nope"):
        _, headers, _ = get(server + path)
        policy = headers["Content-Security-Policy"]
        assert policy == page_policy() + "; frame-ancestors 'none'", "nginx and the pages' CSP differ"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"
        assert "camera=()" in headers["Permissions-Policy"]
        assert "nginx/" not in (headers["Server"] or "")


def test_types_and_precompressed_runtime(server):
    [pyodide] = (SITE / "runtime").glob("pyodide-*")
    base = f"{server}/runtime/{pyodide.name}"
    status, headers, body = get(f"{base}/pyodide.asm.wasm", gzip_ok=True)
    assert status == 200 and headers["Content-Type"] == "application/wasm"
    assert headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(body) == (pyodide / "pyodide.asm.wasm").read_bytes()
    assert "immutable" in headers["Cache-Control"]

    _, headers, _ = get(f"{base}/pyodide.mjs")
    assert headers["Content-Type"].startswith("text/javascript")
    _, headers, _ = get(f"{server}/en/assets/javascripts/checker-worker.mjs")
    assert headers["Content-Type"].startswith("text/javascript")
    assert headers["Cache-Control"] == "no-cache", "an unversioned file must be revalidated"
    [wheel] = (SITE / "runtime").glob("*.whl")
    _, headers, _ = get(f"{server}/runtime/{wheel.name}")
    assert "immutable" in headers["Cache-Control"]


def test_pages_are_compressed_on_the_fly_and_revalidated(server):
    status, headers, body = get(f"{server}/en/search/search_index.json", gzip_ok=True)
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert b"protocol/#a5" in gzip.decompress(body)
    _, headers, _ = get(f"{server}/ar/protocol/")
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Cache-Control"] == "no-cache"


def test_missing_pages_get_their_languages_404(server):
    status, _, body = get(f"{server}/tr/no-such-page/")
    assert status == 404 and b'<html lang="tr"' in body
    status, _, body = get(f"{server}/no-such-page")
    assert status == 404 and b'<html lang="nl"' in body


def test_access_log_keeps_no_answer_and_no_address(server, nginx_folder):
    get(f"{server}/en/checker/?role=parent&action=post_media&consent=false")
    for _ in range(50):  # nginx writes the line once the response is sent
        log = (nginx_folder / "access.log").read_text() if (nginx_folder / "access.log").exists() else ""
        if "/en/checker/" in log:
            break
        time.sleep(0.05)
    assert '"GET /en/checker/" 200' in log
    assert "consent" not in log and "role=" not in log and "127.0.0.1" not in log


@pytest.mark.browser
def test_checker_through_nginx(server, page):
    page.goto(f"{server}/en/checker/?role=staff&setting=private&action=connect&contact_role=student")
    expect(page.locator("#checker-result[data-verdict=not_allowed] h2")).to_be_visible(timeout=60_000)
    expect(page.locator("#checker-failed")).to_be_hidden()
    assert page.recorder.errors == [], "a CSP violation or script error under nginx's headers"
    assert page.recorder.foreign(server) == []
