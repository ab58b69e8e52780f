// The checker's engine: boots Pyodide, installs the checker wheel and answers scenarios, speaking
// the message protocol of the checker page. Written as a plain script that also loads as a module,
// so one copy serves both the online worker (checker-worker.mjs imports it) and the offline copy,
// where a page opened from disk can start no worker and runs it on the page itself.
//
// Messages in: {type: "init", ...}, {type: "evaluate", id, scenario, lang}.
// Messages out: {type: "stage", value}, {type: "ready"}, {type: "failed", reason},
// {type: "answer", id, result} or {type: "answer", id, error, field}.
globalThis.TVOEngine = {
  /**
   * A message handler. `runtime(init)` resolves to {loadPyodide, options, wheel}: the loader,
   * its options and a function that resolves to the wheel's bytes (checked by the caller).
   */
  serve(post, runtime) {
    let answer = null;
    const failed = (problem) => post({ type: "failed", reason: String((problem && problem.message) || problem) });

    // Pyodide 314.0.7 reports a wasm file that fails to load or compile only with console.warn,
    // and its loadPyodide never settles; turn that warning into the failure the page shows. (The
    // version is pinned; tests/test_browser.py guards this by serving a broken wasm file.)
    const warn = console.warn.bind(console);
    console.warn = (...args) => {
      warn(...args);
      if (String(args[0]).startsWith("wasm instantiation failed")) failed(args[0]);
    };

    async function boot(init) {
      const { loadPyodide, options, wheel } = await runtime(init);
      post({ type: "stage", value: 1 });
      const [pyodide, bytes] = await Promise.all([loadPyodide(options), wheel()]);
      post({ type: "stage", value: 2 });
      pyodide.unpackArchive(bytes, "wheel");
      answer = pyodide.pyimport("checker.web").answer;
      post({ type: "stage", value: 3 });
      post({ type: "ready" });
    }

    return async (message) => {
      try {
        if (message.type === "init") await boot(message);
        else if (message.type === "evaluate") {
          post({ type: "answer", id: message.id, ...JSON.parse(answer(message.scenario, message.lang)) });
        }
      } catch (problem) {
        failed(problem);
      }
    };
  },
};
