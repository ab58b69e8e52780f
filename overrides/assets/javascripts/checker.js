// The checker page: show the questions that matter, keep the scenario in the URL, run the
// checker (Python, in checker-worker.mjs) and show its answer. Everything the visitor typed or
// the URL carried reaches the page as text (textContent), never as HTML.
//
// A classic (deferred) script, not a module: the offline copy opens pages from disk, where
// browsers refuse module scripts.
(function () {
"use strict";

const root = document.getElementById("checker-app");
const form = document.getElementById("checker-form");
const result = document.getElementById("checker-result");
const status = document.getElementById("checker-status");
const statusText = document.getElementById("checker-status-text");
const progress = document.getElementById("checker-progress");
const progressText = document.getElementById("checker-progress-text");
const failed = document.getElementById("checker-failed");
const description = JSON.parse(document.getElementById("checker-description").textContent);
const texts = Object.fromEntries(
  [...document.getElementById("checker-texts").content.querySelectorAll("[data-text]")].map(
    (element) => [element.dataset.text, element.textContent],
  ),
);
const lang = root.dataset.lang;

// --- the form ---------------------------------------------------------------------------------

// The first question, who acts: "me" asks the role question; anyone else sets the role of the one
// who acts (the rules judge them) and asks who the visitor is (`asker`; "my child": their parent).
const WHO_ROLE = { my_child: "student", staff: "staff", student: "student", parent: "parent", other: "other", no_tie: "no_tie" };
const whoHint = document.getElementById("checker-who-hint");

function chosen(key) {
  const input = form.querySelector(`input[name="${key}"]:checked`);
  return input && input.value !== "" ? input.value : null;
}

function fieldsetOf(key) {
  return form.querySelector(`fieldset[data-key="${key}"]`);
}

/** The role of the one who acts: the visitor's own, or the one the first question names. */
function actorRole() {
  const who = chosen("who");
  return who === "me" ? chosen("role") : WHO_ROLE[who] || null;
}

function matters(key, role, setting, action) {
  return (description.relevance[key] || []).some(
    (when) => when.role.includes(role) && when.setting.includes(setting) && when.action.includes(action),
  );
}

/** Show a question only when it can change the answer for the chosen role, setting and action,
 * worded for that action or role where the general wording does not fit it (a photo has no
 * "statement"; a staff member's account ties them to the job). */
function showRelevantQuestions() {
  const who = chosen("who");
  const role = actorRole();
  const [setting, action] = [chosen("setting"), chosen("action")];
  fieldsetOf("role").hidden = who !== "me";
  fieldsetOf("asker").hidden = who === "me" || who === "my_child";
  whoHint.hidden = who === "me";
  for (const fieldset of form.querySelectorAll("fieldset[data-optional]")) {
    const key = fieldset.dataset.key;
    fieldset.hidden = !(role && action && matters(key, role, setting, action));
    const byAction = description.variants[key] || {};
    const byRole = description.role_variants[key] || {};
    fieldset.querySelector("legend").textContent = byAction[action] || byRole[role] || description.questions[key];
  }
}

/** The scenario the form holds: visible questions only; "not sure" leaves a key out. */
function scenarioFromForm() {
  const who = chosen("who");
  const scenario = { role: actorRole() };
  if (who === "my_child") scenario.asker = "parent_of_actor";
  for (const fieldset of form.querySelectorAll("fieldset")) {
    const key = fieldset.dataset.key;
    const value = chosen(key);
    if (key === "who" || key === "role" || fieldset.hidden || value === null) continue;
    scenario[key] = description.properties[key].type === "boolean" ? value === "true" : value;
  }
  if (scenario.role === null) delete scenario.role;
  return scenario;
}

/** The questions the form needs and does not have (the role, who asks, the action). */
function openQuestions() {
  const required = ["role", "asker", "action"].map(fieldsetOf).filter((fieldset) => !fieldset.hidden);
  return required.filter((fieldset) => chosen(fieldset.dataset.key) === null);
}

/** Say, at each open question and in the page's language, what to answer (no key names); move
 * to the first. */
function showOpenQuestions(open) {
  clearOpenQuestions();
  for (const fieldset of open) {
    fieldset.setAttribute("aria-invalid", "true");
    const message = element("p", { className: "checker-required", id: `checker-required-${fieldset.dataset.key}` }, texts.required);
    fieldset.querySelector("legend").after(message);
    fieldset.setAttribute("aria-describedby", message.id);
  }
  open[0].querySelector(".checker-required").setAttribute("role", "alert");
  open[0].scrollIntoView({ block: "center", behavior: "smooth" });
  open[0].querySelector("input").focus({ preventScroll: true });
}

/** Take the message away from each question answered (or no longer asked); all, when `all`. */
function clearOpenQuestions(all = true) {
  for (const fieldset of form.querySelectorAll("fieldset[aria-invalid]")) {
    if (!all && !fieldset.hidden && chosen(fieldset.dataset.key) === null) continue;
    fieldset.querySelector(".checker-required").remove();
    fieldset.removeAttribute("aria-invalid");
    fieldset.removeAttribute("aria-describedby");
  }
}

/** The scenario a shared link holds, as the checker's contract writes it. Whatever the link
 * says goes to the checker as it is, so a tampered link gets the checker's own message. */
function scenarioFromQuery(query) {
  const scenario = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const type = description.properties[key] && description.properties[key].type;
    scenario[key] = type === "boolean" && (value === "true" || value === "false") ? value === "true" : value;
  }
  return scenario;
}

function check(key, value) {
  const input = [...form.querySelectorAll("input[type=radio]")].find(
    (candidate) => candidate.name === key && candidate.value === String(value),
  );
  if (input) input.checked = true;
}

function fillForm(scenario) {
  form.reset();
  const asker = scenario.asker;
  const who = asker === "parent_of_actor" ? "my_child" : asker !== undefined ? scenario.role : "me";
  check("who", who);
  for (const [key, value] of Object.entries(scenario)) {
    if (key === "role" && who !== "me") continue;
    check(key, value);
  }
  showRelevantQuestions();
}

function queryFor(scenario) {
  return new URLSearchParams(Object.entries(scenario).map(([key, value]) => [key, String(value)])).toString();
}

// --- the answer -------------------------------------------------------------------------------

function element(tag, properties = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, properties);
  node.append(...children);
  return node;
}

function articleLink(article) {
  return element("a", {
    href: `${root.dataset.protocol}#${article.toLowerCase()}`,
    className: "checker-article",
    title: `${texts.article} ${article}: ${description.articles[article]}`,
  }, article);
}

// Findings that decide come first: the one the next step rests on, then a breach, an open condition,
// what is fine, what is good to know; within each, the protocol's order.
const STATUS_ORDER = ["violated", "condition", "satisfied", "reminder"];

function inOrderShown(findings, deciding) {
  const rank = (finding) => (finding.article === deciding ? -1 : STATUS_ORDER.indexOf(finding.status));
  return [...findings].sort((a, b) => rank(a) - rank(b));
}

let shown = null; // what the answer on screen says (verdict and next step), to tell a re-check that changed nothing

function shareLink(query) {
  const url = new URL(location.href);
  url.search = query;
  url.hash = "";
  return url.href;
}

/** The phone's share sheet where the browser has one (Web Share), else the link copied, else the
 * link shown to copy by hand; each with a visible word of what happened. */
function shareButton(query, title) {
  const said = element("p", { className: "checker-shared" });
  said.setAttribute("role", "status");
  const button = element("button", { type: "button", className: "md-button checker-share" }, texts.share);
  button.addEventListener("click", async () => {
    const url = shareLink(query);
    said.replaceChildren();
    if (navigator.share && (!navigator.canShare || navigator.canShare({ url }))) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if (error.name === "AbortError") return; // the visitor closed the share sheet
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      said.textContent = texts.copied;
    } catch {
      const field = element("input", { type: "text", readOnly: true, value: url, className: "checker-link" });
      const label = element("label", {}, texts.copy_manual, " ", field);
      said.append(label);
      field.select();
    }
  });
  return element("div", { className: "checker-share-box" }, button, said);
}

function showAnswer(answer, query, { scroll }) {
  result.replaceChildren();
  result.removeAttribute("data-verdict");
  result.removeAttribute("data-error");
  result.removeAttribute("data-stale");
  const heading = element("h2", { id: "checker-answer", tabIndex: -1 });
  if (answer.error !== undefined) {
    heading.textContent = texts.answer;
    result.dataset.error = answer.field || "scenario";
    shown = null;
    // What to do, in plain words; then the checker's own message, which names what it refused.
    result.append(heading, element("p", {}, texts.bad_answer), element("p", { className: "checker-error" }, answer.error));
  } else {
    const { verdict, findings, consequences } = answer.result;
    heading.textContent = `${texts.answer}: ${description.verdicts[verdict]}`;
    result.dataset.verdict = verdict;
    result.append(heading);
    // A re-check says that it ran, and whether anything changed.
    const now = `${verdict}\n${answer.result.next_step.text}`;
    if (shown !== null) {
      const changed = element("p", { className: "checker-rechecked" }, now === shown ? texts.same : texts.updated);
      result.append(changed);
    }
    shown = now;
    // What decides it and what the person can do, in one sentence; then whom to ask.
    const next = element("div", { className: "checker-next" },
      element("h3", {}, description.texts.next_step),
      element("p", { className: "checker-next__text" }, answer.result.next_step.text));
    if (answer.result.next_step.article) next.dataset.article = answer.result.next_step.article;
    result.append(next);
    if (description.approved === false) {
      // Until the school approves this reading (tools/approval.py), every answer says so.
      result.append(element("p", { className: "checker-not-approved" }, description.texts.not_approved));
    }
    result.append(document.getElementById("checker-contact").content.cloneNode(true));
    // Someone asks about what another did: the findings speak to the one who acts.
    result.append(element("h3", {}, new URLSearchParams(query).has("asker") ? texts.findings_other : texts.findings));
    // The badges explained once: each status this answer shows, with what it means.
    const legend = element("ul", { className: "checker-legend" });
    for (const status of STATUS_ORDER.filter((status) => findings.some((finding) => finding.status === status))) {
      legend.append(element("li", { className: `checker-finding--${status}` },
        element("span", { className: "checker-finding__status" }, description.statuses[status]),
        " ", description.status_help[status]));
    }
    result.append(legend);
    const list = element("ul", { className: "checker-findings" });
    for (const finding of inOrderShown(findings, answer.result.next_step.article)) {
      const item = element("li", { className: `checker-finding checker-finding--${finding.status}` },
        articleLink(finding.article), " ",
        element("span", { className: "checker-finding__status" }, description.statuses[finding.status]), " ",
        element("span", { className: "checker-finding__text" }, finding.text));
      item.dataset.article = finding.article;
      item.dataset.status = finding.status;
      list.append(item);
    }
    result.append(list);
    if (consequences.length) {
      const sanctions = element("ul", { className: "checker-consequences" });
      for (const article of consequences) {
        const item = element("li", {}, articleLink(article), " ", description.articles[article]);
        item.dataset.article = article;
        sanctions.append(item);
      }
      result.append(element("h3", {}, texts.consequences), sanctions);
    }
    // What the answer is and is not, and where to turn: said once, after the findings.
    const notes = element("ul", { className: "checker-notes" });
    for (const note of answer.result.notes) {
      const item = element("li", {}, note.text);
      item.dataset.note = note.id;
      notes.append(item);
    }
    result.append(element("h3", {}, description.texts.notes), notes);
    // Each of the checker's readings the answer rests on, once, with a link to why: folded, for
    // whoever wants to know how the checker reads the words.
    if (answer.result.readings.length) {
      const readings = element("ul", { className: "checker-readings" });
      for (const reading of answer.result.readings) {
        const why = element("a", { href: `${root.dataset.reading}#reading-${reading.id}` }, description.texts.why);
        const item = element("li", {}, articleLink(reading.article), " ", reading.text, " ", why);
        item.dataset.reading = reading.id;
        readings.append(item);
      }
      result.append(element("details", { className: "checker-readings-box" },
        element("summary", {}, description.texts.readings), readings));
    }
    result.append(shareButton(query, `${document.title}: ${heading.textContent}`));
  }
  if (scroll) {
    // The answer in view, its heading focused: below the site's header (CSS scroll-margin-top).
    heading.scrollIntoView({ block: "start" });
    heading.focus({ preventScroll: true });
  }
  // For benchmarks and tools: when the answer appeared (Performance API, no network involved).
  performance.mark("checker:answer");
  root.dispatchEvent(new CustomEvent("checker:answer"));
}

/** A change that leaves a required question open after an answer: the answer no longer fits the
 * form, so it goes, and the page says why; the address no longer holds it either. */
function showStale() {
  if (!result.hasChildNodes() || result.dataset.stale) return;
  result.replaceChildren(element("p", { className: "checker-stale" }, texts.stale));
  result.removeAttribute("data-verdict");
  result.removeAttribute("data-error");
  result.dataset.stale = "true";
  shown = null;
  asked += 1; // an answer still on its way is moot
  history.replaceState(null, "", location.pathname);
}

// --- the worker -------------------------------------------------------------------------------

let worker = null;
let ready = false;
let pending = null; // the latest request made before Python was ready; older ones are moot
let asked = 0; // the id of the latest request: only its answer is shown
let nextVisit = false; // the worker booted plainly and a snapshot can be stored: prepared after the first answer
const queries = new Map(); // request id -> {query: the scenario as a query string, scroll: move to the answer}

/** Runs `then` once the browser has painted what the page holds now: a frame callback runs just
 * before a paint, a task queued from it just after. */
function afterPaint(then) {
  requestAnimationFrame(() => setTimeout(then));
}

// --- the next visit ---------------------------------------------------------------------------
// Prepared once the visitor's first answer is on the screen, never before: a worker of its own
// (role "prepare", checker-engine.js) boots a second Python that never sees the visitor's
// scenario and stores its snapshot; then another (role "check") restores it, as the next visit
// will, so that a file that does not restore is dropped now, not on that visit. Running Pyodide's
// script again also has Chromium keep its compiled code for the next visit (it caches a script's
// code on its second run). Started from the page, not from the checker's worker: Firefox now and
// then never started a worker's own worker (2 in 30 here).

/** Resolves to the one message a helper worker ends with, or to null when it could not run. */
function helper(role) {
  return new Promise((resolve) => {
    let started;
    try {
      started = window.TVOCheckerStart.spawn(role);
    } catch {
      resolve(null);
      return;
    }
    const done = (data) => {
      started.terminate();
      resolve(data);
    };
    started.onerror = () => done(null);
    started.onmessage = ({ data }) => {
      if (["stored", "checked", "failed"].includes(data.type)) done(data);
    };
  });
}

async function prepareNextVisit() {
  const prepared = await helper("prepare");
  if (!prepared || prepared.type !== "stored") {
    console.warn("checker: no snapshot stored for the next visit:", prepared && prepared.reason);
    return;
  }
  const checked = await helper("check");
  if (checked && checked.from === "snapshot") root.dataset.stored = "true"; // for tools and tests
}

function fail() {
  failed.hidden = false;
  status.hidden = true;
  form.querySelector("[type=submit]").disabled = true;
}

// --- progress while Python loads ----------------------------------------------------------------
// What the bar shows is what has happened: the share of the runtime's bytes received (the build
// writes their total, uncompressed, into data-bytes; the online worker counts them as they arrive),
// then the steps that follow (Python starts, the checker is installed). Beside it, the same share
// as a percentage, written as the page's language writes one.

const totalBytes = Number(root.dataset.bytes) || 0;
const percent = new Intl.NumberFormat(document.documentElement.lang || lang, { style: "percent" });
let receivedBytes = 0;
let stageReached = 0;

function showProgress() {
  const downloaded = totalBytes ? Math.min(1, receivedBytes / totalBytes) : 0;
  progress.value = Math.max(0.7 * downloaded, [0, 0.05, 0.9, 1][stageReached] || 0);
  progressText.textContent = percent.format(Math.floor(progress.value * 100) / 100);
}

function ask(scenario, scroll) {
  asked += 1;
  queries.set(asked, { query: queryFor(scenario), scroll });
  const request = { type: "evaluate", id: asked, scenario: JSON.stringify(scenario), lang };
  if (ready) worker.postMessage(request);
  else {
    pending = request;
    statusText.textContent = texts.working;
  }
}

function receive({ data }) {
  if (data.type === "stage") {
    stageReached = data.value;
    showProgress();
  } else if (data.type === "progress") {
    receivedBytes = data.received;
    showProgress();
  } else if (data.type === "ready") {
    ready = true;
    nextVisit = Boolean(data.nextVisit && window.TVOCheckerStart.spawn);
    root.dataset.boot = data.from || "boot"; // for tools and tests: "snapshot" on a restored return visit
    statusText.textContent = texts.ready;
    status.hidden = true;
    if (pending) worker.postMessage(pending);
    pending = null;
  } else if (data.type === "answer") {
    if (data.id === asked) {
      const { query, scroll } = queries.get(data.id);
      showAnswer(data, query, { scroll });
      rememberInAddress(query);
      if (nextVisit) afterPaint(prepareNextVisit);
      nextVisit = false;
    }
    queries.delete(data.id);
  } else if (data.type === "failed") {
    console.error("checker:", data.reason);
    fail();
  }
}

function startWorker() {
  const start = window.TVOCheckerStart;
  if (typeof WebAssembly !== "object" || typeof Worker !== "function" || !start || !start.init) {
    fail();
    return;
  }
  status.hidden = false;
  // Online: the module worker the page started from its head (checker-start.js).
  // The offline copy (pages opened from disk, where no worker starts) runs the same engine on the
  // page, behind the same interface (checker-offline.js).
  worker = start.engine === "page" ? new window.TVOPageWorker() : start.worker;
  worker.onerror = fail;
  worker.onmessage = receive;
  for (const event of start.missed.splice(0)) {
    if (event.type === "error") fail();
    else receive(event);
  }
  if (start.engine === "page") worker.postMessage(start.init);
}

function submit(scenario, scroll = true) {
  performance.mark("checker:submit");
  ask(scenario, scroll);
}

/** Keep the scenario in the address, so the answer can be bookmarked or shared. Done after the
 * answer shows, and only when it changed: replaceState costs more than the whole evaluation. */
function rememberInAddress(query) {
  if (location.search !== `?${query}`) history.replaceState(null, "", `?${query}`);
}

form.addEventListener("change", () => {
  showRelevantQuestions();
  clearOpenQuestions(false);
  // Never a stale answer: once an answer shows, a change checks again at once (a check takes
  // milliseconds once Python is ready), without moving the page; a change that leaves a required
  // question open takes the answer away and says why.
  if (result.hasChildNodes()) {
    if (openQuestions().length) showStale();
    else submit(scenarioFromForm(), false);
  }
});
form.addEventListener("reset", () => {
  setTimeout(() => {
    showRelevantQuestions();
    clearOpenQuestions();
    // Back to the first question, as if the page were new.
    const questions = document.getElementById("checker-questions");
    questions.scrollIntoView({ block: "start" });
    questions.focus({ preventScroll: true });
  });
  result.replaceChildren();
  result.removeAttribute("data-verdict");
  result.removeAttribute("data-error");
  result.removeAttribute("data-stale");
  shown = null;
  asked += 1;
  history.replaceState(null, "", location.pathname);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const open = openQuestions();
  if (open.length) showOpenQuestions(open);
  else submit(scenarioFromForm());
});

form.hidden = false;
startWorker();
if (location.search.length > 1) {
  const scenario = scenarioFromQuery(location.search);
  fillForm(scenario);
  submit(scenario);
} else {
  showRelevantQuestions();
}
})();
