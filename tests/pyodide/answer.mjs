// Runs the checker wheel inside real Pyodide (Node) and answers every case of a JSON file:
//   node tests/pyodide/answer.mjs CASES.json WHEEL RUNTIME
// RUNTIME is the Pyodide folder the site ships (site/runtime/pyodide-<version>/: the npm
// package's loader and wasm with the trimmed, compiled standard library), loaded as it is.
// Prints {"python": version, "answers": [...]} where each answer is checker.web.answer's output.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [casesFile, wheelFile, runtime] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(`${runtime}/pyodide.mjs`).href);
const pyodide = await loadPyodide({ indexURL: `${runtime}/` });
pyodide.unpackArchive(new Uint8Array(readFileSync(wheelFile)), "wheel");
const answer = pyodide.pyimport("checker.web").answer;
const cases = JSON.parse(readFileSync(casesFile, "utf-8"));
const answers = cases.map(({ scenario, lang }) => JSON.parse(answer(JSON.stringify(scenario), lang)));
const python = pyodide.runPython("import sys; sys.version.split()[0]");
process.stdout.write(JSON.stringify({ python, answers }));
