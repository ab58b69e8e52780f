// The checker in the offline copy. A page opened from disk (file://) may not start a worker,
// fetch a file or load a module, so the runtime arrives as classic scripts that carry their bytes
// (runtime/*.js fill window.TVOFiles: gzip-compressed, base64), fetch is answered from them, and
// the engine (checker-engine.js) runs on the page behind the interface of a worker.
(function () {
  "use strict";
  const files = window.TVOFiles;

  function bytes(name) {
    const text = atob(files[name]);
    const packed = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) packed[i] = text.charCodeAt(i);
    const unpacked = new Blob([packed]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(unpacked).arrayBuffer();
  }

  const fetchOverNetwork = window.fetch.bind(window);
  window.fetch = (resource, options) => {
    const url = String(resource instanceof Request ? resource.url : resource);
    const name = url.split(/[?#]/)[0].split("/").pop();
    if (!Object.hasOwn(files, name)) return fetchOverNetwork(resource, options);
    const type = name.endsWith(".wasm") ? "application/wasm" : "application/octet-stream";
    return bytes(name).then((data) => new Response(data, { headers: { "Content-Type": type } }));
  };

  window.TVOPageWorker = class {
    constructor() {
      const deliver = (message) => setTimeout(() => this.onmessage && this.onmessage({ data: message }));
      this.handle = window.TVOEngine.serve(deliver, async ({ indexURL }) => ({
        loadPyodide: window.loadPyodide,
        // Undocumented in Pyodide 314.0.7: the module factory, here from a classic script
        // (pyodide-asm.js) instead of the ES module it would import. The offline test guards it.
        options: { indexURL, createPyodideModule: window.createPyodideModule, lockFileContents: window.TVOLock },
        wheel: () => bytes("checker.whl"),
      }));
    }

    postMessage(message) {
      setTimeout(() => this.handle(message));
    }
  };
})();
