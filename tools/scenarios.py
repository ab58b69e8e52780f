"""A fixed, seeded sample of valid scenarios, shared by the benchmark and the Pyodide test."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker.scenario import KEYS  # noqa: E402


def sample(size: int, seed: int = 20261124) -> list[dict]:
    """Valid scenarios: role and action always, each other key present half of the time."""
    rng = random.Random(seed)
    scenarios = []
    for _ in range(size):
        scenario = {}
        for key, accepted in KEYS.items():
            if key in ("role", "action") or rng.random() < 0.5:
                scenario[key] = rng.choice((True, False)) if accepted is bool else rng.choice(accepted)
        scenarios.append(scenario)
    return scenarios
