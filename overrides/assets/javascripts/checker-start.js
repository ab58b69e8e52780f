// Inlined into the checker page's head; overrides/checker.html says why.
(function () {
  "use strict";
  var data = document.currentScript.dataset;
  var start = (window.TVOCheckerStart = { missed: [], engine: data.engine });
  if (!data.runtime) return;
  var runtime = new URL(data.runtime, location.href);
  start.init = {
    type: "init",
    indexURL: new URL(data.pyodide, runtime).href,
    wheelURL: new URL(data.wheel, runtime).href,
    integrity: data.integrity,
  };
  // The offline copy runs the engine on the page instead (checker-offline.js), once its scripts load.
  if (data.engine === "page" || typeof Worker !== "function" || typeof WebAssembly !== "object") return;
  // The worker reads where the runtime is from its own address, so it starts without waiting for a
  // message; a fragment, which is never sent to the server.
  var where = new URLSearchParams({ indexURL: start.init.indexURL, wheelURL: start.init.wheelURL, integrity: data.integrity });
  start.spawn = function (role) {
    if (role) where.set("role", role);
    return new Worker(data.worker + "#" + where, { type: "module" });
  };
  start.worker = start.spawn();
  start.worker.onmessage = start.worker.onerror = function (event) {
    start.missed.push(event);
  };
})();
