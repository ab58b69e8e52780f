// The standard library the checker needs, found by recording what loads, not by a hand list:
//
//   node tools/stdlib.mjs CASES.json WHEEL OUT.zip      (tools/build_site.py runs it)
//
// Boots the npm package's Pyodide (its whole python_stdlib.zip), records every module imported
// from then on (a sys.meta_path hook) besides those start-up imported, installs the checker wheel
// as the site does, answers every case of CASES.json (the seeded sample in every language, and
// the error paths: bad scenarios, text that is not JSON, an unknown language, a Python exception
// reaching JavaScript), then writes OUT.zip: each module it saw loaded from the zip, compiled to
// bytecode by this same Pyodide (so the magic number is the runtime's own): Python then compiles
// no source at start-up (measured under Node: 2.1-2.7 s to the first answer against 5.3-6.7 s
// from the same modules as source), stored uncompressed inside the zip (the web server's brotli
// compresses the whole file better, and nothing is inflated at import).
// Prints a JSON summary on stdout.
import { readFileSync, writeFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [casesFile, wheelFile, outFile] = process.argv.slice(2);
const pyodide = await loadPyodide();
pyodide.runPython(`
import sys
class _Recorder:
    seen = set()
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        cls.seen.add(name)
        return None
sys.meta_path.insert(0, _Recorder)
`);
pyodide.unpackArchive(new Uint8Array(readFileSync(wheelFile)), "wheel");
const answer = pyodide.pyimport("checker.web").answer;
const cases = JSON.parse(readFileSync(casesFile, "utf-8"));
for (const { text, lang } of cases) JSON.parse(answer(text, lang));
// A defect surfacing as a Python exception in JavaScript (the engine reports it as a failure).
try {
  pyodide.runPython("raise RuntimeError('recording the error path')");
} catch (problem) {
  if (!String(problem.message).includes("recording the error path")) throw problem;
}
const summary = pyodide.runPython(`
import sys
sys.meta_path.remove(_Recorder)
PREFIX = f"/lib/python{sys.version_info.major}{sys.version_info.minor}.zip/"
used = sorted({m.__file__[len(PREFIX):] for m in list(sys.modules.values())
               if isinstance(getattr(m, "__file__", None), str) and m.__file__.startswith(PREFIX)})

import importlib.util, io, json, marshal, zipfile
source = zipfile.ZipFile(PREFIX.rstrip("/"))
names = set(source.namelist())
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as trimmed:
    folders = set()
    for path in used:
        assert path in names, path
        parts = path.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            folders.add("/".join(parts[:depth]) + "/")
    for folder in sorted(folders):
        trimmed.writestr(zipfile.ZipInfo(folder, (2026, 1, 1, 0, 0, 0)), b"")
    for path in used:
        # optimize=2, as python -OO: no docstrings and no asserts (15 % fewer bytes than -O0).
        code = compile(source.read(path), PREFIX + path, "exec", dont_inherit=True, optimize=2)
        # An unchecked hash-based .pyc (PEP 552): no source beside it to compare against.
        data = importlib.util.MAGIC_NUMBER + (1).to_bytes(4, "little") + bytes(8) + marshal.dumps(code)
        trimmed.writestr(zipfile.ZipInfo(path + "c", (2026, 1, 1, 0, 0, 0)), data)
with open("/tmp/trimmed.zip", "wb") as file:
    file.write(out.getvalue())
json.dumps({"modules": len(used), "recorded_imports": len(_Recorder.seen), "of": len(names),
            "bytes": len(out.getvalue()), "files": used})
`);
writeFileSync(outFile, pyodide.FS.readFile("/tmp/trimmed.zip"));
process.stdout.write(summary);
