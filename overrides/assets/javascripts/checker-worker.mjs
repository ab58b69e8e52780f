// The checker's Python, off the main thread: Pyodide boots here while the visitor fills in the
// form, so the page never freezes. The engine (checker-engine.js) speaks the page's protocol.
import "./checker-engine.js";

// The snapshot of a warmed-up checker (checker-engine.js) in this browser's Cache Storage, under
// a name that holds the Pyodide version and the wheel's content hash: an update of either finds
// no snapshot, boots plainly and stores a new one (older ones are deleted then). It holds Python's
// memory with the checker loaded, before any answer: nothing the visitor chose, nothing about them.
const CACHE = "tvo-checker-snapshot";

function snapshotStore(indexURL, wheelURL) {
  const key = new URL(`snapshot/${new URL(indexURL).pathname.split("/").filter(Boolean).pop()}/${wheelURL.split("/").pop()}`,
    new URL("..", indexURL)).href;
  const open = () => caches.open(CACHE);
  return {
    // Resolves to null, or to {bytes}: a promise of the snapshot's bytes, still being read while
    // Pyodide fetches and compiles its own files (loadPyodide awaits _loadSnapshot only then).
    async find() {
      const response = await (await open()).match(key);
      return response ? { bytes: response.arrayBuffer() } : null;
    },
    async save(bytes) {
      const cache = await open();
      for (const old of await cache.keys()) if (old.url !== key) await cache.delete(old);
      await cache.put(key, new Response(bytes, { headers: { "Content-Type": "application/octet-stream" } }));
    },
    async drop() {
      await (await open()).delete(key);
    },
  };
}

// Progress the page can show honestly: the bytes of the runtime received so far (Pyodide's own
// requests and the wheel's), counted on a copy of each response as it streams in, so that the
// response itself goes on to Pyodide untouched (the wasm keeps its streaming compilation).
let received = 0;
let reported = 0;
const fetchOverNetwork = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (resource, options) => {
  const response = await fetchOverNetwork(resource, options);
  if (response.ok && response.body) count(response.clone().body.getReader());
  return response;
};
async function count(reader) {
  for (;;) {
    const { done, value } = await reader.read().catch(() => ({ done: true }));
    if (done) break;
    received += value.byteLength;
    if (received - reported > 64 * 1024) report();
  }
  report();
}
function report() {
  reported = received;
  postMessage({ type: "progress", received });
}

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
    // Cache Storage exists only where the page is a secure context (https, or loopback).
    snapshots: typeof caches === "object" ? snapshotStore(indexURL, wheelURL) : null,
  }),
);

onmessage = ({ data }) => handle(data);
