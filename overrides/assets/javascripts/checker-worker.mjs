// The checker's Python, off the main thread: Pyodide boots here while the visitor fills in the
// form, so the page never freezes. The engine (checker-engine.js) speaks the page's protocol.
import "./checker-engine.js";

const handle = globalThis.TVOEngine.serve(
  (message) => postMessage(message),
  async ({ indexURL, wheelURL, integrity }) => ({
    loadPyodide: (await import(new URL("pyodide.mjs", indexURL).href)).loadPyodide,
    options: { indexURL },
    // Subresource Integrity: the browser refuses the wheel unless its sha256 is the one the
    // build recorded in the page.
    wheel: () =>
      fetch(wheelURL, { integrity }).then((response) => {
        if (!response.ok) throw new Error(`wheel: HTTP ${response.status}`);
        return response.arrayBuffer();
      }),
  }),
);

onmessage = ({ data }) => handle(data);
