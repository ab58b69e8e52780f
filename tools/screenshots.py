"""PNGs of every page of every language, at phone and desktop width, to look at before a release.

    make screenshots        # into screenshots/<lang>/<page>-<width>.png (not committed)

Every page the build made is taken (so a new page is never forgotten), plus the states a visitor
can meet: the checker with an answer and with an error, and the search with results. Pages are
shot whole (full page); the search overlay as the visitor sees it in the window.
"""

import argparse
import functools
import http.server
import sys
import threading
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
LANGUAGES = ("nl", "en", "tr", "ar", "pl", "uk")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
WIDTHS = {"phone": (390, 844), "desktop": (1280, 800)}
CHECKER_STATES = {
    "checker-answer": "checker/?role=parent&setting=private&action=post_media&school_related=true&consent=false",
    "checker-error": "checker/?role=parent&action=post&consent=perhaps",
    # Someone else acts: a father asks about a teacher's friend request to his son.
    "checker-asked": "checker/?role=staff&asker=parent&action=connect&contact_role=student",
}
# The form's own states: "Check" tapped on an empty form (the open question named).
FORM_STATES = {"checker-open-question": "checker/"}
# A word per language that the protocol uses (A5, recordings): the search shows results.
SEARCH = {"nl": "toestemming", "en": "consent", "tr": "fotoğraf", "ar": "صور", "pl": "zdjęć", "uk": "фото"}


def pages(lang: str) -> dict[str, str]:
    """name -> path below the site root, for every page the build made in this language."""
    found = {}
    for index in sorted((SITE / lang).rglob("index.html")):
        folder = index.parent.relative_to(SITE / lang).as_posix()
        if folder.split("/")[0] in ("assets", "search"):
            continue
        found["home" if folder == "." else folder.replace("/", "-")] = f"{lang}/" + ("" if folder == "." else folder + "/")
    found["404"] = f"{lang}/404.html"
    found.update({name: f"{lang}/{path}" for name, path in {**CHECKER_STATES, **FORM_STATES}.items()})
    return found


def serve() -> str:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    class Server(http.server.ThreadingHTTPServer):
        def handle_error(self, request, client_address):
            pass  # a page left before its last file arrived: nothing to report

    server = Server(("127.0.0.1", 0), functools.partial(Quiet, directory=str(SITE)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}"


def settle(page, name: str) -> None:
    """Wait until the page shows what a visitor would look at."""
    if name in CHECKER_STATES:
        expect(page.locator("#checker-result h2")).to_be_visible(timeout=120_000)
    elif name == "checker":
        expect(page.locator("#checker-status")).to_be_hidden(timeout=120_000)
    elif name in FORM_STATES:
        expect(page.locator("#checker-status")).to_be_hidden(timeout=120_000)
        page.click("#checker-form [type=submit]")
        expect(page.locator(".checker-required").first).to_be_visible()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="only these languages")
    args = parser.parse_args()
    if not (SITE / "index.html").exists():
        sys.exit("site/ is not built: run `make site` (make screenshots does)")
    base = serve()
    count = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for width_name, (width, height) in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": height})
            context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base) else route.abort())
            page = context.new_page()
            for lang in args.lang or LANGUAGES:
                out = args.out / lang
                out.mkdir(parents=True, exist_ok=True)
                for name, path in pages(lang).items():
                    page.goto(f"{base}/{path}")
                    page.wait_for_load_state("load")
                    settle(page, name)
                    if name in CHECKER_STATES or name in FORM_STATES:
                        # What the visitor sees right after "check": the window where the page moved to.
                        page.wait_for_timeout(700)
                        page.screenshot(path=out / f"{name}-{width_name}-view.png")
                        count += 1
                    page.evaluate("window.scrollTo(0, 0)")  # the answer takes the focus and scrolls
                    page.wait_for_timeout(400)  # the header's title fades back to the site's name
                    page.screenshot(path=out / f"{name}-{width_name}.png", full_page=True)
                    count += 1
                # The search, as typed into the box, in the window as the visitor sees it.
                page.goto(f"{base}/{lang}/protocol/")
                opener = page.locator("label.md-header__button[for=__search]")  # the phone's search icon
                (opener if opener.is_visible() else page.locator("input.md-search__input")).click()
                page.locator("input.md-search__input").fill(SEARCH[lang])
                page.keyboard.press("End")
                expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)
                page.wait_for_timeout(600)  # the overlay fades in
                page.screenshot(path=out / f"search-{width_name}.png")
                count += 1
            context.close()
        browser.close()
    print(f"{count} screenshots in {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
