"""Scenarios evaluated per second in CPython, over a fixed sample of generated scenarios.

    make benchmark        (or: .venv/bin/python benchmarks/throughput.py)

Prints figures; asserts nothing. The sample is seeded, so runs are comparable.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker import LANGUAGES, evaluate  # noqa: E402
from checker.scenario import KEYS  # noqa: E402

SAMPLE_SIZE = 10_000
ROUNDS = 5


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


def main() -> None:
    scenarios = sample(SAMPLE_SIZE)
    print(f"Python {sys.version.split()[0]}, {SAMPLE_SIZE} scenarios, best of {ROUNDS} rounds")
    for lang in sys.argv[1:] or LANGUAGES:  # e.g. `throughput.py en nl`
        evaluate(scenarios[0], lang)  # load the catalogue outside the timing
        best = min(timed(scenarios, lang) for _ in range(ROUNDS))
        print(f"  {lang}: {SAMPLE_SIZE / best:10,.0f} scenarios/s  ({best / SAMPLE_SIZE * 1e6:.1f} µs each)")


def timed(scenarios: list[dict], lang: str) -> float:
    start = time.perf_counter()
    for scenario in scenarios:
        evaluate(scenario, lang)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
