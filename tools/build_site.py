"""Build the whole site into site/: one MkDocs build per language, then the site root.

    .venv/bin/python tools/build_site.py          (what `make site` runs)

Prints the build time of each language and of the whole.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import time
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
LANGUAGES = ("nl", "en", "tr", "ar", "pl", "uk")


def config_file(lang: str) -> Path:
    return ROOT / ("mkdocs.yml" if lang == "nl" else f"mkdocs.{lang}.yml")


def main() -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    os.chdir(ROOT)
    shutil.rmtree(SITE, ignore_errors=True)
    start = time.perf_counter()
    for lang in LANGUAGES:
        began = time.perf_counter()
        build(load_config(str(config_file(lang))))
        print(f"  {lang}: {time.perf_counter() - began:.2f} s")
    for file in (ROOT / "tools" / "site_root").iterdir():
        shutil.copy2(file, SITE / file.name)
    print(f"site/ built in {time.perf_counter() - start:.2f} s ({len(LANGUAGES)} languages)")


if __name__ == "__main__":
    sys.exit(main())
