"""The TVO social media protocol as code: `evaluate(scenario, lang)` and `describe(lang)`.

The interface is fixed by the checker contract (`spec/checker-contract.md`). Standard
library only, so the same package runs in CPython and, unchanged, in Pyodide in the browser.
"""

from .articles import ARTICLE_IDS
from .describe import describe
from .evaluate import evaluate
from .i18n import LANGUAGES
from .scenario import ScenarioError

__all__ = ["ARTICLE_IDS", "LANGUAGES", "ScenarioError", "describe", "evaluate"]
__version__ = "1.3.0"
