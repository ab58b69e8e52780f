"""The checker inside real Pyodide gives exactly the answers CPython gives, in every language.

Node runs the runtime the site ships (site/runtime/pyodide-<version>/: the npm package's Pyodide
with the standard library trimmed to what was recorded loading, as bytecode) with the wheel the
site ships, over counsel's 47 situations, 500 generated scenarios and the bad inputs, in all six languages: this proves the
trimmed standard library lacks nothing the checker's answers and error paths need.
"""

import json
import shutil
import subprocess
import sys

import pytest

from checker.examples import EXAMPLES
from checker.web import answer
from conftest import LANGUAGES, ROOT
from situations import SITUATIONS
from test_input import BAD
from test_situations import check

sys.path.insert(0, str(ROOT / "tools"))
from scenarios import sample  # noqa: E402

SCRIPT = ROOT / "tests" / "pyodide" / "answer.mjs"


def test_pyodide_answers_like_cpython(tmp_path):
    wheels = list((ROOT / "site" / "runtime").glob("*.whl"))
    assert len(wheels) == 1, "site/ is not built: run `make site` (make test does)"
    assert shutil.which("node"), "Node.js is needed to run Pyodide outside the browser"

    examples = [EXAMPLES[situation[0]][1] for situation in SITUATIONS]
    scenarios = examples + sample(500, seed=314) + [case[1] for case in BAD]
    cases = [{"scenario": scenario, "lang": lang} for lang in LANGUAGES for scenario in scenarios]
    (tmp_path / "cases.json").write_text(json.dumps(cases))
    [runtime] = (ROOT / "site" / "runtime").glob("pyodide-*")
    done = subprocess.run(["node", str(SCRIPT), str(tmp_path / "cases.json"), str(wheels[0]), str(runtime)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    output = json.loads(done.stdout)

    assert output["python"].startswith("3.14"), output["python"]
    assert len(output["answers"]) == len(cases) >= 500 * len(LANGUAGES)
    for case, pyodide in zip(cases, output["answers"]):
        assert pyodide == json.loads(answer(json.dumps(case["scenario"]), case["lang"])), case
    # Counsel's 47 situations, answered by Pyodide, as the table says, in every language.
    for index, case in enumerate(cases):
        if index % len(scenarios) < len(examples):
            situation = SITUATIONS[index % len(scenarios)]
            assert check(situation, output["answers"][index]["result"]) == [], (situation[0], case["lang"])
    verdicts = {a["result"]["verdict"] for a in output["answers"] if "result" in a}
    assert verdicts == {"not_allowed", "conditional", "allowed", "out_of_scope"}, "the sample covers every verdict"


def test_the_runtime_carries_a_trimmed_compiled_standard_library():
    import zipfile

    [runtime] = (ROOT / "site" / "runtime").glob("pyodide-*")
    shipped = zipfile.ZipFile(runtime / "python_stdlib.zip").namelist()
    full = zipfile.ZipFile(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip").namelist()
    modules = [name for name in shipped if not name.endswith("/")]
    assert modules and all(name.endswith(".pyc") for name in modules), "bytecode only, no source to compile"
    assert {name[:-1] for name in modules} <= set(full), "nothing but the npm package's own modules"
    assert len(modules) < len(full) / 2
    assert {"json/__init__.pyc", "gettext.pyc", "encodings/utf_8.pyc"} <= set(shipped)
