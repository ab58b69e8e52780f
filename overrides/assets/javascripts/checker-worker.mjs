// The checker's Python, off the main thread: Pyodide boots here while the visitor fills in the
// form, so the page never freezes. Messages in: {type: "init", indexURL, wheelURL, integrity},
// {type: "evaluate", id, scenario, lang}. Messages out: {type: "stage", value}, {type: "ready"},
// {type: "failed", reason}, {type: "answer", id, result} or {type: "answer", id, error}.

let answer = null;

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
      postMessage({ type: "failed", reason: String(problem && problem.message || problem) });
    }
  } else if (data.type === "evaluate") {
    try {
      postMessage({ type: "answer", id: data.id, ...JSON.parse(answer(data.scenario, data.lang)) });
    } catch (problem) {
      postMessage({ type: "failed", reason: String(problem && problem.message || problem) });
    }
  }
};
