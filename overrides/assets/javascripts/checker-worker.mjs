// The checker's Python, off the main thread: Pyodide boots here while the visitor fills in the
// form, so the page never freezes. The engine (checker-engine.js) speaks the page's protocol.
import "./checker-engine.js";

// What a return visit starts from, kept in this browser's origin private file system (OPFS), in
// one file named by the Pyodide version and the wheel's content hash: an update of either finds no
// file, boots plainly and stores a new one (older ones are deleted then). It holds the snapshot of
// a warmed-up checker (checker-engine.js): Python's memory with the checker loaded, made in a
// worker of its own (role "prepare") that answers only fixed scenarios, after the visitor has
// their answer, so nothing the visitor chose and nothing about them. Beside it, the two runtime
// files Pyodide reads on every start, the wasm and the standard library, as they came from the
// site: from the HTTP cache the browser decodes their brotli again on every visit, which took
// longer than everything else a return visit does (README, "Return visits").
//
// Layout: MAGIC; the lengths of the wasm and the standard library (uint32, little-endian); those
// files; then the snapshot, packed: Python's memory is mostly pages of zeros (about 19 of its
// 30 MiB), so only the other pages are kept, after the snapshot's length, its page count and a
// bitmap of the pages kept.
const FOLDER = "tvo-checker";
const OLD_CACHE = "tvo-checker-snapshot"; // where earlier versions of the site kept the snapshot
const MAGIC = new TextEncoder().encode("TVOSNAP2");
const RUNTIME_FILES = ["pyodide.asm.wasm", "python_stdlib.zip"];
const PAGE = 4096;

function untouched(bytes) {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}

function uint32s(...values) {
  const view = new DataView(new ArrayBuffer(4 * values.length));
  values.forEach((value, i) => view.setUint32(4 * i, value, true));
  return new Uint8Array(view.buffer);
}

/** The snapshot as the parts of its packed form: header, bitmap, the pages that are not zeros. */
function pack(snapshot) {
  const pages = Math.ceil(snapshot.length / PAGE);
  const kept = new Uint8Array(Math.ceil(pages / 8));
  const parts = [uint32s(snapshot.length, pages), kept];
  for (let page = 0; page < pages; page++) {
    const bytes = snapshot.subarray(page * PAGE, (page + 1) * PAGE);
    if (!untouched(bytes)) {
      kept[page >> 3] |= 1 << (page & 7);
      parts.push(bytes);
    }
  }
  return parts;
}

function damaged() {
  return new Error("the stored snapshot is damaged");
}

function unpack(packed) {
  if (packed.length < 8) throw damaged();
  const header = new DataView(packed.buffer, packed.byteOffset, 8);
  const length = header.getUint32(0, true);
  const pages = header.getUint32(4, true);
  if (pages !== Math.ceil(length / PAGE)) throw damaged();
  const kept = packed.subarray(8, 8 + Math.ceil(pages / 8));
  const isKept = (page) => kept[page >> 3] & (1 << (page & 7));
  const snapshot = new Uint8Array(length);
  let from = 8 + kept.length;
  for (let page = 0; page < pages;) {
    if (!isKept(page)) {
      page++;
      continue;
    }
    let end = page + 1;
    while (end < pages && isKept(end)) end++;
    const size = Math.min(end * PAGE, length) - page * PAGE;
    if (from + size > packed.length) throw damaged();
    snapshot.set(packed.subarray(from, from + size), page * PAGE);
    from += size;
    page = end;
  }
  if (from !== packed.length) throw damaged();
  return snapshot;
}

/** The stored file's parts: the runtime files (by name) and the packed snapshot. */
function unbundle(stored) {
  if (stored.length < MAGIC.length + 8 || MAGIC.some((byte, i) => stored[i] !== byte)) throw damaged();
  const lengths = new DataView(stored.buffer, stored.byteOffset + MAGIC.length, 8);
  let at = MAGIC.length + 8;
  const files = {};
  RUNTIME_FILES.forEach((name, i) => {
    const length = lengths.getUint32(4 * i, true);
    if (at + length > stored.length) throw damaged();
    files[name] = stored.subarray(at, at + length);
    at += length;
  });
  return { files, packed: stored.subarray(at) };
}

// The runtime files a return visit read from the store, handed to Pyodide's fetch in place of the
// HTTP cache's, each once: a restore that fails then boots plainly from the network.
const fromStore = new Map();

function snapshotStore(indexURL, wheelURL) {
  const name = `${new URL(indexURL).pathname.split("/").filter(Boolean).pop()}--${wheelURL.split("/").pop()}`;
  const urls = RUNTIME_FILES.map((file) => new URL(file, indexURL).href);
  const folder = () => navigator.storage.getDirectory().then((root) => root.getDirectoryHandle(FOLDER, { create: true }));
  let found = null;
  return {
    // Resolves to null, or to {bytes}: a promise of the snapshot (rejected when the file is
    // damaged), unpacked while Pyodide compiles its own script. The file is read whole, at once,
    // and its runtime files are in place before loadPyodide starts and asks for them. The first
    // call starts the search; later calls share it.
    find() {
      found ??= (async () => {
        const file = await (await folder()).getFileHandle(name).catch(() => null);
        // An access handle is exclusive: another tab reading or writing the file just now means
        // a plain boot here.
        const handle = file && await file.createSyncAccessHandle().catch(() => null);
        if (!handle) return null;
        const stored = new Uint8Array(handle.getSize());
        try {
          handle.read(stored, { at: 0 });
        } finally {
          handle.close();
        }
        let bytes;
        try {
          const { files, packed } = unbundle(stored);
          urls.forEach((url, i) => fromStore.set(url, files[RUNTIME_FILES[i]]));
          bytes = new Promise((resolve) => setTimeout(resolve)).then(() => unpack(packed));
        } catch (problem) {
          bytes = Promise.reject(problem);
        }
        bytes.catch(() => {}); // awaited by loadPyodide, where a damaged file means a plain boot
        return { bytes };
      })();
      return found;
    },
    async save(snapshot) {
      const files = await Promise.all(urls.map(async (url) => {
        const response = await fetchOverNetwork(url, { cache: "force-cache" }); // as this visit had it
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      }));
      const dir = await folder();
      // Written under another name and then renamed, where the browser can rename, so that no
      // visit (in another tab) reads a file half written; elsewhere a restore would find it
      // damaged and boot plainly.
      const renames = typeof FileSystemHandle.prototype.move === "function";
      const part = await dir.getFileHandle(renames ? `${name}.part` : name, { create: true });
      const handle = await part.createSyncAccessHandle();
      try {
        handle.truncate(0);
        let at = 0;
        for (const bytes of [MAGIC, uint32s(...files.map((file) => file.length)), ...files, ...pack(snapshot)]) {
          at += handle.write(bytes, { at });
        }
        handle.flush();
      } finally {
        handle.close();
      }
      if (renames) {
        await dir.removeEntry(name).catch(() => {}); // none, or one a restore found damaged
        await part.move(name);
      }
      for await (const old of dir.keys()) if (old !== name) await dir.removeEntry(old);
      if (typeof caches === "object") await caches.delete(OLD_CACHE);
    },
    async drop() {
      fromStore.clear();
      await (await folder()).removeEntry(name);
    },
  };
}

// Synchronous access handles (what makes reading the file fast) exist only in dedicated workers
// of a secure context (https, or loopback).
const canStore = typeof navigator.storage?.getDirectory === "function" && typeof FileSystemFileHandle === "function"
  && "createSyncAccessHandle" in FileSystemFileHandle.prototype;

// Progress the page can show honestly: the bytes of the runtime received so far (Pyodide's own
// requests and the wheel's), counted on a copy of each response as it streams in, so that the
// response itself goes on to Pyodide untouched (the wasm keeps its streaming compilation).
let received = 0;
let reported = 0;
const fetchOverNetwork = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (resource, options) => {
  const url = String(resource instanceof Request ? resource.url : resource);
  const stored = fromStore.get(url);
  if (stored) {
    fromStore.delete(url);
    return new Response(stored, { headers: { "Content-Type": url.endsWith(".wasm") ? "application/wasm" : "application/octet-stream" } });
  }
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
  async ({ indexURL, wheelURL, integrity, role }) => {
    const snapshots = canStore ? snapshotStore(indexURL, wheelURL) : null;
    // Started together rather than one after another: the search for a stored snapshot, and
    // Pyodide's own script (loadPyodide's import of it later joins this one, already compiling).
    if (snapshots && role !== "prepare") snapshots.find().catch(() => {});
    import(new URL("pyodide.asm.mjs", indexURL).href).catch(() => {}); // a failure shows in loadPyodide
    return {
      loadPyodide: (await import(new URL("pyodide.mjs", indexURL).href)).loadPyodide,
      options: { indexURL },
      // Subresource Integrity: the browser refuses the wheel unless its sha256 is the one the
      // build recorded in the page.
      wheel: () =>
        fetch(wheelURL, { integrity }).then((response) => {
          if (!response.ok) throw new Error(`wheel: HTTP ${response.status}`);
          return response.arrayBuffer();
        }),
      snapshots,
    };
  },
);

onmessage = ({ data }) => handle(data);
// Online, the page starts this worker with the runtime's address in the fragment of its own
// (checker-start.js): Python starts loading now, not when the page's first message arrives.
if (location.hash) handle({ type: "init", ...Object.fromEntries(new URLSearchParams(location.hash.slice(1))) });
