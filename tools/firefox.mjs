// Firefox ESR (Debian's), driven over WebDriver BiDi by puppeteer-core, for tools/engines.py: one
// JSON command a line on standard input, one JSON reply a line on standard output. puppeteer-core
// launches the given binary with a fresh profile of its own (its preferences turn off Firefox's
// own background requests) and downloads nothing.
//
//   {"op": "profile"}                 a new, empty browser context (nothing stored) with one page
//   {"op": "goto", "url": "…"}        open an address, until its load event
//   {"op": "reload"}
//   {"op": "evaluate", "expression": "…"}   the value of a JavaScript expression (promises awaited)
//   {"op": "click", "selector": "…"} / {"op": "type", "selector": "…", "text": "…"}   as a person would
//   {"op": "screenshot", "path": "…"}
//   {"op": "errors"}                  the page's uncaught errors and console errors since the last call
// Replies: {"value": …} or {"error": "…"}.
import { createInterface } from "node:readline";
import puppeteer from "puppeteer-core";

const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: process.env.FIREFOX || "/usr/bin/firefox-esr",
  headless: true,
  defaultViewport: { width: 1280, height: 800 },
});
let context = null;
let page = null;
let errors = [];

const commands = {
  async profile() {
    if (context) await context.close();
    context = await browser.createBrowserContext();
    page = await context.newPage();
    errors = [];
    page.on("pageerror", (error) => errors.push(String(error.message || error)));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  },
  goto: ({ url }) => page.goto(url, { waitUntil: "load", timeout: 60_000 }).then(() => null),
  reload: () => page.reload({ waitUntil: "load", timeout: 60_000 }).then(() => null),
  evaluate: ({ expression }) => page.evaluate(expression),
  click: ({ selector }) => page.click(selector),
  type: ({ selector, text }) => page.type(selector, text),
  screenshot: ({ path }) => page.screenshot({ path }).then(() => null),
  errors: () => errors.splice(0),
};

const reply = (message) => process.stdout.write(JSON.stringify(message) + "\n");
reply({ value: await browser.version() });
for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line);
  try {
    reply({ value: (await commands[command.op](command)) ?? null });
  } catch (problem) {
    reply({ error: String(problem && problem.message || problem) });
  }
}
await browser.close();
