"""Firefox and WebKit, the engines beside Chromium that parents use, behind one small interface for
the tests (tests/test_engines.py) and the benchmark (benchmarks/browser.py). Chromium is driven by
Playwright; Playwright's own Firefox and WebKit builds cannot be downloaded here, so these drive
Debian's:

- Firefox ESR (`firefox-esr`) over WebDriver BiDi, by puppeteer-core in Node (tools/firefox.mjs);
- WebKitGTK (`webkit2gtk-driver`: WebKitWebDriver and its MiniBrowser) through Selenium, in a
  virtual X display of its own (Xvfb).

Each engine is one browser window: `new_profile()` empties it (a first visit: nothing cached,
nothing stored); `open`, `reload`, `evaluate` (a JavaScript expression, promises awaited), `wait`
(until an expression is truthy), `click` and `type` (as a person would, through the browser's
input events), `screenshot`, `errors` (uncaught errors and console errors; Firefox only: WebKit's
driver does not report them) and `close`.
"""

from __future__ import annotations

import json
import os
import select
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIREFOX = "/usr/bin/firefox-esr"
WEBKIT_DRIVER = "/usr/bin/WebKitWebDriver"
MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
XVFB = "/usr/bin/Xvfb"


class EngineError(RuntimeError):
    pass


class Engine:
    name = ""

    def evaluate(self, expression: str):
        raise NotImplementedError

    def wait(self, expression: str, timeout: float = 60):
        """The expression's value once it is truthy (polled every 50 ms)."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        if not value:
            raise TimeoutError(f"{self.name}: still false after {timeout} s: {expression}")
        return value

    def errors(self) -> list[str]:
        return []


class Firefox(Engine):
    name = "firefox"

    def __init__(self):
        if not Path(FIREFOX).exists():
            raise EngineError("Debian's firefox-esr is missing: `make test` installs it")
        self.process = subprocess.Popen(
            ["node", str(ROOT / "tools" / "firefox.mjs")], cwd=ROOT, env={**os.environ, "FIREFOX": FIREFOX},
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.version = self._reply(60)

    def _reply(self, timeout: float):
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        line = self.process.stdout.readline() if ready else b""
        if not line:
            self.close()
            raise EngineError(f"Firefox did not answer within {timeout} s")
        reply = json.loads(line)
        if "error" in reply:
            raise EngineError(f"firefox: {reply['error']}")
        return reply["value"]

    def _call(self, op: str, timeout: float = 90, **arguments):
        self.process.stdin.write(json.dumps({"op": op, **arguments}).encode() + b"\n")
        self.process.stdin.flush()
        return self._reply(timeout)

    def new_profile(self):
        self._call("profile")

    def open(self, url: str):
        self._call("goto", url=url)

    def reload(self):
        self._call("reload")

    def evaluate(self, expression: str):
        return self._call("evaluate", expression=expression)

    def click(self, selector: str):
        self._call("click", selector=selector)

    def type(self, selector: str, text: str):
        self._call("type", selector=selector, text=text)

    def screenshot(self, path: Path):
        self._call("screenshot", path=str(path))

    def errors(self) -> list[str]:
        return self._call("errors")

    def close(self):
        if self.process.poll() is None:
            self.process.stdin.close()  # tools/firefox.mjs then closes the browser
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class WebKit(Engine):
    name = "webkit"

    def __init__(self):
        for path, package in ((WEBKIT_DRIVER, "webkit2gtk-driver"), (XVFB, "xvfb")):
            if not Path(path).exists():
                raise EngineError(f"Debian's {package} is missing: `make test` installs it")
        # MiniBrowser is a GTK window: it needs an X display, here a virtual one. -displayfd: Xvfb
        # picks a free display number and writes it to us once it accepts connections.
        read, write = os.pipe()
        self.xvfb = subprocess.Popen([XVFB, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                     pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as display:
            self.display = ":" + display.readline().strip()
        self.driver = None
        self.new_profile()
        self.version = self.driver.capabilities.get("browserVersion")

    def new_profile(self):
        """A new WebDriver session: its MiniBrowser keeps its data in memory, for that session only."""
        from selenium import webdriver
        from selenium.webdriver.webkitgtk.options import Options
        from selenium.webdriver.webkitgtk.service import Service

        if self.driver:
            self.driver.quit()
        options = Options()
        options.binary_location = MINIBROWSER
        options.add_argument("--automation")
        service = Service(executable_path=WEBKIT_DRIVER, env={**os.environ, "DISPLAY": self.display})
        # Selenium waits for the driver's replies as long as the socket module's default timeout,
        # which is none: a stuck browser would hang the test run instead of failing it. Its
        # connection takes the default in force when it is made.
        default = socket.getdefaulttimeout()
        socket.setdefaulttimeout(120)
        try:
            self.driver = webdriver.WebKitGTK(options=options, service=service)
        finally:
            socket.setdefaulttimeout(default)
        self.driver.set_window_size(1280, 800)
        self.driver.set_page_load_timeout(90)
        self.driver.set_script_timeout(90)

    def open(self, url: str):
        self.driver.get(url)  # returns after the load event

    def reload(self):
        self.driver.refresh()

    def evaluate(self, expression: str):
        reply = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            f"Promise.resolve().then(() => ({expression}))"
            ".then((value) => done({value: value === undefined ? null : value}), (error) => done({error: String(error)}));")
        if "error" in reply:
            raise EngineError(f"webkit: {reply['error']}")
        return reply["value"]

    def click(self, selector: str):
        from selenium.webdriver.common.by import By

        self.driver.find_element(By.CSS_SELECTOR, selector).click()

    def type(self, selector: str, text: str):
        from selenium.webdriver.common.by import By

        self.driver.find_element(By.CSS_SELECTOR, selector).send_keys(text)

    def screenshot(self, path: Path):
        self.driver.save_screenshot(str(path))

    def close(self):
        if self.driver:
            self.driver.quit()
            self.driver = None
        if self.xvfb.poll() is None:
            self.xvfb.terminate()
            self.xvfb.wait(timeout=10)


ENGINES = {"firefox": Firefox, "webkit": WebKit}
