// The checker's engine: boots Pyodide, installs the checker wheel and answers scenarios, speaking
// the message protocol of the checker page. Written as a plain script that also loads as a module,
// so one copy serves both the online worker (checker-worker.mjs imports it) and the offline copy,
// where a page opened from disk can start no worker and runs it on the page itself.
//
// Messages in: {type: "init", ...}, {type: "evaluate", id, scenario, lang}.
// Messages out: {type: "stage", value, of}, {type: "progress", received} (bytes of the runtime
// received so far, from the online worker), {type: "ready", from: "snapshot" | "boot", nextVisit}
// (nextVisit: a snapshot for the next visit can be stored), {type: "failed", reason},
// {type: "answer", id, result} or {type: "answer", id, error, field}.
//
// Return visits start from a memory snapshot when the runtime offers a store for one (the online
// worker does: a file in the browser's origin private file system). The visitor's own answer
// waits for none of that: Python boots plainly and answers. Only once that answer is on the screen
// does the page prepare the next visit (checker.js), in two more workers, each started with
// {type: "init", role} and stopped after its one message:
// - role "prepare" boots a second Python that never sees a visitor's scenario, warms the checker
//   up on fixed scenarios, takes Pyodide's memory snapshot and stores it, then says
//   {type: "stored"}: the snapshot holds nothing a visitor chose, by construction;
// - role "check" restores the stored snapshot, as the next visit will, and says
//   {type: "checked", from}.
// A stored snapshot that fails to restore, or restores to a checker that answers its fixed
// scenario wrongly, is deleted and Python boots plainly.
globalThis.TVOEngine = {
  // Answered before a snapshot is made (warm-up) and after one is restored (self-check), with
  // the verdict each must get (null: the checker's message about a bad scenario).
  WARM_UP: [
    ['{"role": "parent", "setting": "private", "action": "post_media", "school_related": true, "consent": false}', "not_allowed"],
    ['{"role": "staff", "action": "connect", "contact_role": "student"}', "not_allowed"],
    ['{"role": "teacher", "action": "post"}', null],
  ],
  LANGUAGES: ["nl", "en", "tr", "ar", "pl", "uk"],
  STAGES: 3, // the runtime is fetched; Python runs; the checker is installed and ready

  /**
   * A message handler. `runtime(init)` resolves to {loadPyodide, options, wheel, snapshots}: the
   * loader, its options, a function that resolves to the wheel's bytes (checked by the caller),
   * and optionally a snapshot store {find(), save(bytes), drop()}: find() resolves to null or to
   * {bytes}, a promise of the snapshot that loadPyodide awaits only after it has started
   * fetching and compiling its own files, so that preparing the snapshot overlaps them.
   */
  serve(post, runtime) {
    const engine = this;
    let answer = null;
    let wasmFailed = null; // set while a snapshot is tried: a broken wasm then means "boot plainly"
    const failed = (problem) => post({ type: "failed", reason: String((problem && problem.message) || problem) });
    const stage = (value) => post({ type: "stage", value, of: engine.STAGES });

    // Pyodide 314.0.7 reports a wasm file that fails to load or compile only with console.warn,
    // and its loadPyodide never settles; turn that warning into the failure the page shows. (The
    // version is pinned; tests/test_browser.py guards this by serving a broken wasm file.)
    const warn = console.warn.bind(console);
    console.warn = (...args) => {
      warn(...args);
      if (String(args[0]).startsWith("wasm instantiation failed")) (wasmFailed || failed)(args[0]);
    };

    function install(pyodide, bytes) {
      pyodide.unpackArchive(bytes, "wheel");
      return pyodide.pyimport("checker.web").answer;
    }

    /** Answers fixed scenarios and checks the verdicts: every kind of answer in every language
     * before a snapshot is made (so it holds them warm), the first one after a restore. */
    function warmUp(candidate, languages = engine.LANGUAGES, cases = engine.WARM_UP) {
      for (const lang of languages) {
        for (const [scenario, verdict] of cases) {
          const reply = JSON.parse(candidate(scenario, lang));
          if (verdict ? !reply.result || reply.result.verdict !== verdict : !reply.error) {
            throw new Error(`self-check failed: ${scenario} (${lang})`);
          }
        }
      }
    }

    async function restore(loadPyodide, options, stored, wheelBytes) {
      const broken = new Promise((_, reject) => { wasmFailed = reject; });
      try {
        const pyodide = await Promise.race([loadPyodide({ ...options, _loadSnapshot: stored.bytes }), broken]);
        stage(2);
        const candidate = install(pyodide, await wheelBytes);
        warmUp(candidate, ["en"], engine.WARM_UP.slice(0, 1));
        return candidate;
      } finally {
        wasmFailed = null;
      }
    }

    async function boot(init) {
      const { loadPyodide, options, wheel, snapshots } = await runtime(init);
      stage(1);
      const wheelBytes = wheel();
      wheelBytes.catch(() => {}); // awaited below; a failure is reported there
      if (init.role === "prepare") {
        await prepare(loadPyodide, options, wheelBytes, snapshots);
        return;
      }
      let from = "boot";
      // The store finds a snapshot quickly; its bytes are read while Pyodide's files load.
      const stored = snapshots ? await snapshots.find().catch(() => null) : null;
      if (stored) stored.bytes.catch(() => {}); // awaited by loadPyodide; a failure is handled there
      if (stored) {
        try {
          answer = await restore(loadPyodide, options, stored, wheelBytes);
          from = "snapshot";
        } catch (problem) {
          warn("checker: the stored snapshot did not restore; Python boots plainly.", String(problem));
          await snapshots.drop().catch(() => {});
        }
      }
      if (init.role === "check") {
        post({ type: "checked", from });
        return;
      }
      if (!answer) {
        const [pyodide, bytes] = await Promise.all([loadPyodide(options), wheelBytes]);
        stage(2);
        answer = install(pyodide, bytes);
      }
      stage(3);
      // A plain boot leaves the next visit to prepare, once the visitor has their answer.
      post({ type: "ready", from, nextVisit: from === "boot" && Boolean(snapshots) });
    }

    /** The snapshot for the next visit, from a Python that has answered nothing but WARM_UP. */
    async function prepare(loadPyodide, options, wheelBytes, snapshots) {
      const [pyodide, bytes] = await Promise.all([loadPyodide({ ...options, _makeSnapshot: true }), wheelBytes]);
      const candidate = install(pyodide, bytes);
      warmUp(candidate);
      await snapshots.save(pyodide.makeMemorySnapshot());
      post({ type: "stored" });
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
