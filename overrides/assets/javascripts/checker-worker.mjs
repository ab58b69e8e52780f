// The checker's Python, off the main thread: Pyodide boots here while the visitor fills in the
// form, so the page never freezes. Messages in: {type: "init", indexURL, wheelURL, integrity},
// {type: "evaluate", id, scenario, lang}. Messages out: {type: "stage", value}, {type: "ready"},
// {type: "failed", reason}, {type: "answer", id, result} or {type: "answer", id, error}.

let answer = null;

function failed(problem) {
  postMessage({ type: "failed", reason: String((problem && problem.message) || problem) });
}

// Pyodide 314.0.7 reports a wasm file that fails to load or compile only with console.warn, and
// its loadPyodide never settles; turn that warning into the failure the page shows. (The version
// is pinned; tests/test_browser.py guards this by serving a broken wasm file.)
const warn = console.warn.bind(console);
console.warn = (...args) => {
  warn(...args);
  if (String(args[0]).startsWith("wasm instantiation failed")) failed(args[0]);
};

async function boot({ indexURL, wheelURL, integrity }) {
  const { loadPyodide } = await import(new URL("pyodide.mjs", indexURL).href);
  postMessage({ type: "stage", value: 1 });
  const [pyodide, wheel] = await Promise.all([
    loadPyodide({ indexURL, fullStdLib: false }),
    // Subresource Integrity: the browser refuses the wheel unless its sha256 is the one the
    // build recorded in the page.
    fetch(wheelURL, { integrity }).then((response) => {
      if (!response.ok) throw new Error(`wheel: HTTP ${response.status}`);
      return response.arrayBuffer();
    }),
  ]);
  postMessage({ type: "stage", value: 2 });
  pyodide.unpackArchive(wheel, "wheel");
  answer = pyodide.pyimport("checker.web").answer;
  postMessage({ type: "stage", value: 3 });
  postMessage({ type: "ready" });
}

onmessage = async ({ data }) => {
  if (data.type === "init") {
    try {
      await boot(data);
    } catch (problem) {
      failed(problem);
    }
  } else if (data.type === "evaluate") {
    try {
      postMessage({ type: "answer", id: data.id, ...JSON.parse(answer(data.scenario, data.lang)) });
    } catch (problem) {
      failed(problem);
    }
  }
};
