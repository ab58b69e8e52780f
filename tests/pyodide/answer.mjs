// Runs the checker wheel inside real Pyodide (Node, the same npm package the site ships) and
// answers every case of a JSON file: node tests/pyodide/answer.mjs CASES.json WHEEL
// Prints {"python": version, "answers": [...]} where each answer is checker.web.answer's output.
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [casesFile, wheelFile] = process.argv.slice(2);
const pyodide = await loadPyodide();
pyodide.unpackArchive(new Uint8Array(readFileSync(wheelFile)), "wheel");
const answer = pyodide.pyimport("checker.web").answer;
const cases = JSON.parse(readFileSync(casesFile, "utf-8"));
const answers = cases.map(({ scenario, lang }) => JSON.parse(answer(JSON.stringify(scenario), lang)));
const python = pyodide.runPython("import sys; sys.version.split()[0]");
process.stdout.write(JSON.stringify({ python, answers }));
