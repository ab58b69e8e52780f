"""Scenarios evaluated per second in CPython, over a fixed sample of generated scenarios.

    make benchmark        (or: .venv/bin/python benchmarks/throughput.py)

Prints figures; asserts nothing. The sample is seeded, so runs are comparable.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

from checker import LANGUAGES, evaluate  # noqa: E402
from scenarios import sample  # noqa: E402

SAMPLE_SIZE = 10_000
ROUNDS = 5


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
