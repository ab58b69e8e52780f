"""The checker's entry point for the browser (and any JSON caller): a JSON string in, a JSON
string out, so nothing but plain text crosses between JavaScript and Python.

    answer('{"role": "parent", "action": "post"}', "en")
    -> '{"result": {...}}'   or   '{"error": "...", "field": "role"}'
"""

from __future__ import annotations

import json

from .evaluate import evaluate
from .scenario import ScenarioError


def answer(scenario_json: str, lang: str) -> str:
    # Only the checker's own ScenarioError is an answer; anything else is a defect and must
    # surface as one (the page then says the checker failed), never as a guessed verdict.
    try:
        scenario = json.loads(scenario_json)
    except (ValueError, RecursionError):
        scenario = scenario_json  # not JSON: let the checker say what a scenario must be
    try:
        return json.dumps({"result": evaluate(scenario, lang)}, ensure_ascii=False)
    except ScenarioError as problem:
        return json.dumps({"error": str(problem), "field": problem.field}, ensure_ascii=False)
