"""Build the whole site into site/: the checker runtime once, one MkDocs build per language, the root.

    .venv/bin/python tools/build_site.py          (what `make site` runs)

Prints the build time of each language and of the whole.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import html
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
LANGUAGES = tuple(os.environ.get("LANGS", "nl en tr ar pl uk").split())  # LANGS="nl en": a quicker partial build

PYODIDE = ROOT / "node_modules" / "pyodide"
# What the checker needs of Pyodide: the loader, the runtime and the standard library. Not the
# 357-package lock (we load no package), the consoles, the type declarations or source maps.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")


def build_runtime() -> dict:
    """site/runtime/: Pyodide and the checker wheel, once for all six languages.

    Returns what the checker page needs to find them: the folder (relative to the site root), the
    wheel's file name and its Subresource Integrity hash (the worker fetches it with that hash).
    """
    if not PYODIDE.is_dir():
        sys.exit("node_modules/pyodide is missing: run `npm ci` (make does this for you)")
    version = json.loads((PYODIDE / "package.json").read_text())["version"]
    folder = SITE / "runtime"
    pyodide = folder / f"pyodide-{version}"  # versioned: a web server may cache it for ever
    pyodide.mkdir(parents=True)
    for name in PYODIDE_FILES:
        shutil.copy2(PYODIDE / name, pyodide / name)
    for name in ("pyodide.asm.wasm", "pyodide.asm.mjs", "pyodide.mjs"):
        # Precompressed for web servers that serve .gz beside a file (deploy/nginx.conf does).
        data = (pyodide / name).read_bytes()
        (pyodide / f"{name}.gz").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text())
    (pyodide / "pyodide-lock.json").write_text(json.dumps({"info": lock["info"], "packages": {}}))

    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", out, str(ROOT)],
            check=True, capture_output=True, cwd=out,
            env={**os.environ, "SOURCE_DATE_EPOCH": "315532800"},  # reproducible: same code, same hash
        )
        [wheel] = Path(out).glob("*-py3-none-any.whl")
        data = wheel.read_bytes()
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    digest = hashlib.sha256(data).digest()
    name = f"{wheel.stem}.{digest.hex()[:12]}.whl"  # content-addressed: safe to cache for ever
    (folder / name).write_bytes(data)
    print(f"  runtime: Pyodide {version}, {name}")
    return {"path": "runtime/", "pyodide": f"{pyodide.name}/", "wheel": name, "integrity": "sha256-" + base64.b64encode(digest).decode()}


def write_site_root(policy: str) -> None:
    """The root page that sends visitors to their language, under the same CSP as every page."""
    for file in (ROOT / "tools" / "site_root").iterdir():
        text = file.read_text(encoding="utf-8")
        if file.name == "index.html":
            text = text.replace('content="CSP"', f'content="{html.escape(policy)}"')
        (SITE / file.name).write_text(text, encoding="utf-8")


def config_file(lang: str) -> Path:
    return ROOT / ("mkdocs.yml" if lang == "nl" else f"mkdocs.{lang}.yml")


def main() -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    os.chdir(ROOT)
    shutil.rmtree(SITE, ignore_errors=True)
    start = time.perf_counter()
    runtime = build_runtime()
    for lang in LANGUAGES:
        began = time.perf_counter()
        config = load_config(str(config_file(lang)))
        config.extra["runtime"] = runtime
        build(config)
        print(f"  {lang}: {time.perf_counter() - began:.2f} s")
    for source_map in SITE.rglob("*.map"):  # the theme's, for its developers; no page needs them
        source_map.unlink()
    write_site_root(load_config(str(config_file("nl"))).extra["csp"])
    print(f"site/ built in {time.perf_counter() - start:.2f} s ({len(LANGUAGES)} languages)")


if __name__ == "__main__":
    sys.exit(main())
