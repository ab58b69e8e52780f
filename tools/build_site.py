"""Build the whole site: the checker runtime once, one MkDocs build per language, the root.

    .venv/bin/python tools/build_site.py            the site, into site/ (`make site`)
    .venv/bin/python tools/build_site.py --offline  the offline copy, zipped into dist/ (`make offline`)

Prints the build time of each language and of the whole.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import html
import io
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
OFFLINE = ROOT / "build" / "offline"  # the offline copy's tree, before it is zipped
DIST = ROOT / "dist"
LANGUAGES = tuple(os.environ.get("LANGS", "nl en tr ar pl uk").split())  # LANGS="nl en": a quicker partial build

NODE = ROOT / "node_modules"
PYODIDE = NODE / "pyodide"
# What the checker needs of Pyodide: the loader, the runtime and the standard library. Not the
# 357-package lock (we load no package), the consoles, the type declarations or source maps.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
# Precompressed beside themselves (.gz and .br) for web servers that serve them (deploy/nginx.conf).
PRECOMPRESSED = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
TEXT = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml"}  # precompressed with brotli too
CACHE = ROOT / ".build" / "cache"  # compressed and trimmed files by content hash: rebuilds are quick


def config_file(lang: str) -> Path:
    return ROOT / ("mkdocs.yml" if lang == "nl" else f"mkdocs.{lang}.yml")


def protocol_version() -> str:
    from mkdocs.config import load_config

    return str(load_config(str(config_file("nl"))).extra["protocol"]["version"])


def build_wheel() -> tuple[str, bytes]:
    """The checker as a py3-none-any wheel: (file stem, bytes)."""
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", out, str(ROOT)],
            check=True, capture_output=True, cwd=out,
            env={**os.environ, "SOURCE_DATE_EPOCH": "315532800"},  # reproducible: same code, same hash
        )
        [wheel] = Path(out).glob("*-py3-none-any.whl")
        stem, data = wheel.stem, stored(wheel.read_bytes())
    for leftover in ("lib", "bdist.linux-x86_64"):  # setuptools' scratch folders
        shutil.rmtree(ROOT / "build" / leftover, ignore_errors=True)
    return stem, data


def stored(wheel: bytes) -> bytes:
    """The same wheel with its files stored, not deflated: the web server's brotli then compresses
    the whole of it (80 kB deflated, 47 kB stored and brotli: a first visit's bytes), and nothing
    is inflated as Pyodide unpacks it. Same files, names, times and order, so still reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(wheel)) as deflated, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as packed:
        for info in deflated.infolist():
            entry = zipfile.ZipInfo(info.filename, info.date_time)
            entry.external_attr = info.external_attr
            packed.writestr(entry, deflated.read(info), zipfile.ZIP_STORED)
    return out.getvalue()


def pyodide_version() -> str:
    if not PYODIDE.is_dir():
        sys.exit("node_modules/pyodide is missing: run `npm ci` (make does this for you)")
    return json.loads((PYODIDE / "package.json").read_text())["version"]


def empty_lock() -> dict:
    """Pyodide's lock file without its packages: the checker loads none."""
    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text())
    return {"info": lock["info"], "packages": {}}


# The error paths the standard library is recorded over, besides the seeded sample: every kind of
# bad scenario the checker answers (tests/test_input.py has the same kinds), text that is not JSON,
# an unknown language.
ERROR_TEXTS = [
    '["role", "staff"]', '"staff"', "null", '{"action": "post"}', '{"role": "parent"}',
    '{"role": "parent", "action": "post", "colour": "red"}',
    '{"role": "parent", "action": "post", "' + "x" * 100_000 + '": 1}',
    '{"role": "teacher", "action": "post"}', '{"role": 3, "action": "post"}',
    '{"role": "parent", "action": "like"}', '{"role": "parent", "action": "post", "setting": "home"}',
    '{"role": "staff", "action": "connect", "contact_role": "friend"}',
    '{"role": "parent", "action": "post_media", "consent": "true"}',
    '{"role": "parent", "action": "post", "offensive": 1}',
    '{"role": "parent", "action": "post", "school_related": null}', '{"role": ["parent"], "action": "post"}',
    '{"role": "' + "x" * 100_000 + '", "action": "post"}', "{", "not json",
]


def cached(kind: str, data: bytes, make) -> bytes:
    """make(data), kept in .build/cache/ under the hash of its input."""
    path = CACHE / f"{hashlib.sha256(data).hexdigest()}.{kind}"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        made = make(data)
        path.with_suffix(".tmp").write_bytes(made)
        path.with_suffix(".tmp").replace(path)
    return path.read_bytes()


def trimmed_stdlib(wheel: bytes) -> bytes:
    """Pyodide's python_stdlib.zip cut to what its start-up and the checker load, as bytecode
    (tools/stdlib.mjs records it in the npm package's own Pyodide under Node)."""
    sys.path.insert(0, str(ROOT / "tools"))
    from scenarios import sample

    def record() -> bytes:
        languages = ("nl", "en", "tr", "ar", "pl", "uk")
        texts = [json.dumps(scenario) for scenario in sample(500, seed=314)] + ERROR_TEXTS
        cases = [{"text": text, "lang": lang} for lang in languages for text in texts]
        cases.append({"text": '{"role": "parent", "action": "post"}', "lang": "xx"})
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            (folder / "cases.json").write_text(json.dumps(cases))
            (folder / "checker.whl").write_bytes(wheel)
            done = subprocess.run(
                ["node", str(ROOT / "tools" / "stdlib.mjs"), str(folder / "cases.json"), str(folder / "checker.whl"),
                 str(folder / "stdlib.zip")], capture_output=True, text=True, cwd=ROOT)
            if done.returncode:
                sys.exit(f"tools/stdlib.mjs failed:\n{done.stderr[-3000:]}")
            summary = json.loads(done.stdout)
            print(f"  standard library: {summary['modules']} of {summary['of']} files "
                  f"({summary['recorded_imports']} imports recorded after start-up)")
            return (folder / "stdlib.zip").read_bytes()

    # Keyed by everything it depends on: a change to any of them records afresh.
    key = b"".join([wheel, pyodide_version().encode(), (PYODIDE / "python_stdlib.zip").read_bytes(),
                    (ROOT / "tools" / "stdlib.mjs").read_bytes(), (ROOT / "tools" / "scenarios.py").read_bytes(),
                    json.dumps(ERROR_TEXTS).encode()])
    path = CACHE / f"{hashlib.sha256(key).hexdigest()}.stdlib.zip"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        path.write_bytes(record())
    return path.read_bytes()


def precompress_brotli(path: Path) -> None:
    """path.br beside path (brotli quality 11)."""
    import brotli

    data = path.read_bytes()
    path.with_name(path.name + ".br").write_bytes(cached("br", data, lambda raw: brotli.compress(raw, quality=11)))


def precompress(folder: Path, name: str) -> None:
    """name.gz and name.br beside name (gzip -9, brotli quality 11)."""
    data = (folder / name).read_bytes()
    (folder / f"{name}.gz").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    precompress_brotli(folder / name)


def build_runtime(site: Path) -> dict:
    """site/runtime/: Pyodide and the checker wheel, once for all six languages.

    Returns what the checker page needs to find them: the folder (relative to the site root), the
    Pyodide folder, the wheel's file name and its Subresource Integrity hash.
    """
    version = pyodide_version()
    folder = site / "runtime"
    pyodide = folder / f"pyodide-{version}"  # versioned: a web server may cache it for ever
    pyodide.mkdir(parents=True)
    for name in PYODIDE_FILES:
        shutil.copy2(PYODIDE / name, pyodide / name)
    stem, data = build_wheel()
    (pyodide / "python_stdlib.zip").write_bytes(trimmed_stdlib(data))
    for name in PRECOMPRESSED:
        precompress(pyodide, name)
    (pyodide / "pyodide-lock.json").write_text(json.dumps(empty_lock()))

    digest = hashlib.sha256(data).digest()
    name = f"{stem}.{digest.hex()[:12]}.whl"  # content-addressed: safe to cache for ever
    (folder / name).write_bytes(data)
    precompress(folder, name)
    print(f"  runtime: Pyodide {version}, {name}")
    # What the worker fetches (as decoded bytes): the page's progress bar counts towards it.
    fetched = sum((pyodide / name).stat().st_size for name in ("pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"))
    return {
        "path": "runtime/",
        "pyodide": f"{pyodide.name}/",
        "wheel": name,
        "integrity": "sha256-" + base64.b64encode(digest).decode(),
        "bytes": fetched + len(data),
    }


def carried(name: str, data: bytes) -> str:
    """A classic script that carries a file's bytes (gzip, base64) for the offline copy."""
    packed = base64.b64encode(gzip.compress(data, compresslevel=9, mtime=0)).decode()
    return f'(window.TVOFiles = window.TVOFiles || {{}})["{name}"] = "{packed}";\n'


def build_offline_runtime(site: Path) -> dict:
    """The offline copy's runtime/: from file:// a browser starts no worker, fetches no file and
    loads no module, so every piece is a classic script (checker-offline.js uses them)."""
    version = pyodide_version()
    folder = site / "runtime"
    folder.mkdir(parents=True)
    shutil.copy2(PYODIDE / "pyodide.js", folder / "pyodide.js")  # the loader, classic (UMD) build
    module = (PYODIDE / "pyodide.asm.mjs").read_text(encoding="utf-8")
    classic, exports = re.subn(r"export default (\w+);", r"globalThis.createPyodideModule = \1;", module)
    assert exports == 1 and "import.meta.url" in classic, "pyodide.asm.mjs changed shape: review this conversion"
    (folder / "pyodide-asm.js").write_text(classic.replace("import.meta.url", "location.href"), encoding="utf-8")
    (folder / "pyodide-wasm.js").write_text(carried("pyodide.asm.wasm", (PYODIDE / "pyodide.asm.wasm").read_bytes()))
    stem, wheel = build_wheel()
    (folder / "python-stdlib.js").write_text(carried("python_stdlib.zip", trimmed_stdlib(wheel)))
    (folder / "checker-wheel.js").write_text(
        carried("checker.whl", wheel) + f"window.TVOLock = {json.dumps(empty_lock())};\n"
    )
    print(f"  runtime (offline): Pyodide {version}, {stem}")
    scripts = ["pyodide-wasm.js", "python-stdlib.js", "checker-wheel.js", "pyodide.js", "pyodide-asm.js"]
    return {"path": "runtime/", "pyodide": "", "wheel": "", "integrity": "", "bytes": 0, "scripts": scripts}


def prune_for_offline(folder: Path, lang: str) -> None:
    """Drop from one language's offline build what no page opened from disk uses."""
    for name in ("404.html", "sitemap.xml", "sitemap.xml.gz", "search/search_index.json",
                 "assets/javascripts/checker-worker.mjs", "assets/images/favicon.png"):
        (folder / name).unlink(missing_ok=True)
    # The search worker loads only the language "tvo" (overrides/assets/javascripts/search-query.js,
    # which the page names in its place), with the support file it loads for any language but English.
    keep = {"lunr.stemmer.support.min.js", "lunr.tvo.min.js"}
    for script in (folder / "assets" / "javascripts" / "lunr" / "min").glob("*.js"):
        if script.name not in keep:
            script.unlink()
    for extra in ("tinyseg.js", "wordcut.js"):  # Japanese and Thai segmenters
        (folder / "assets" / "javascripts" / "lunr" / extra).unlink(missing_ok=True)
    shutil.copy2(NODE / "iframe-worker" / "shim" / "index.js", folder / "assets" / "javascripts" / "iframe-worker-shim.js")


def function_source(script: str, name: str) -> str:
    """The source text of `function name(...){...}` in a script (what Function.toString gives)."""
    start = script.index(f"function {name}(")
    depth, position = 0, script.index("{", start)
    while True:
        depth += {"{": 1, "}": -1}.get(script[position], 0)
        if depth == 0:
            return script[start:position + 1]
        position += 1


def offline_policy(policy: str) -> str:
    """The CSP of the offline copy: the site's, plus the hashes of the one inline script that
    iframe-worker's shim writes into its frame (it names the search worker's relative URL, so
    there is one per page depth; the offline test fails on any violation)."""
    shim = (NODE / "iframe-worker" / "shim" / "index.js").read_text(encoding="utf-8")
    post, imports = function_source(shim, "c"), function_source(shim, "d")
    assert "parent.postMessage" in post and "createElement" in imports, "iframe-worker changed: review offline_policy"
    [worker] = (ROOT / ".venv").glob("lib/python*/site-packages/material/templates/assets/javascripts/workers/search.*.min.js")
    hashes = []
    for depth in range(3):
        url = "../" * depth + f"assets/javascripts/workers/{worker.name}"
        script = (f"postMessage={post};importScripts={imports};addEventListener(\"error\",({{error}})=>"
                  f"{{parent.dispatchEvent(new ErrorEvent(\"error\",{{filename:\"{url}\",error}}))}})")
        hashes.append("'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'")
    return policy.replace("'wasm-unsafe-eval'", "'wasm-unsafe-eval' " + " ".join(hashes), 1)


def write_site_root(site: Path, policy: str) -> None:
    """The root page that sends visitors to their language, under the same CSP as every page."""
    for file in (ROOT / "tools" / "site_root").iterdir():
        text = file.read_text(encoding="utf-8")
        if file.name == "index.html":
            text = text.replace('content="CSP"', f'content="{html.escape(policy)}"')
            if os.environ["TVO_OFFLINE"] == "true":  # from disk a folder has no index page
                text = re.sub(r'(href="|url=)([a-z]{2})/"', r'\1\2/index.html"', text)
        (site / file.name).write_text(text, encoding="utf-8")


def write_zip(tree: Path, version: str) -> Path:
    """dist/tvo-protocol-offline-<version>.zip, one top folder, fixed timestamps, no absolute path."""
    DIST.mkdir(exist_ok=True)
    target = DIST / f"tvo-protocol-offline-{version}.zip"
    top = target.stem
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(tree.rglob("*")):
            if path.is_file():
                info = zipfile.ZipInfo(f"{top}/{path.relative_to(tree).as_posix()}", date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, path.read_bytes(), compresslevel=9)
    return target


def build_date() -> str:
    """The day of the last commit: the same sources give the same copy, whenever it is built."""
    done = subprocess.run(["git", "log", "-1", "--format=%cs"], capture_output=True, text=True, cwd=ROOT)
    return done.stdout.strip() or time.strftime("%Y-%m-%d")


def build_languages(site: Path, runtime: dict, policy: str, extra: dict) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    for lang in LANGUAGES:
        began = time.perf_counter()
        config = load_config(str(config_file(lang)), site_dir=str(site / lang))
        config.extra.update(runtime=runtime, csp=policy, **extra)
        build(config)
        if os.environ["TVO_OFFLINE"] == "true":
            prune_for_offline(site / lang, lang)
        else:  # the page-engine adapter serves the offline copy only
            (site / lang / "assets" / "javascripts" / "checker-offline.js").unlink()
        # Inlined into the checker page's head (overrides/checker.html); no page loads it as a file.
        (site / lang / "assets" / "javascripts" / "checker-start.js").unlink()
        print(f"  {lang}: {time.perf_counter() - began:.2f} s")
    for source_map in site.rglob("*.map"):  # the theme's, for its developers; no page needs them
        source_map.unlink()
    write_site_root(site, policy)


def build_offline(policy: str) -> Path:
    """The offline copy: built into build/offline/, zipped into dist/."""
    os.environ["TVO_OFFLINE"] = "true"  # mkdocs.yml: plugins.offline.enabled
    shutil.rmtree(OFFLINE, ignore_errors=True)
    runtime = build_offline_runtime(OFFLINE)
    build_languages(OFFLINE, runtime, offline_policy(policy), {"build_date": build_date()})
    archive = write_zip(OFFLINE, protocol_version())
    print(f"{archive.relative_to(ROOT)}: {archive.stat().st_size / 1e6:.1f} MB")
    return archive


def build_online(policy: str, archive: Path) -> None:
    """The site, with the offline copy to download from its about page."""
    os.environ["TVO_OFFLINE"] = "false"
    shutil.rmtree(SITE, ignore_errors=True)
    runtime = build_runtime(SITE)
    (SITE / "download").mkdir()
    shutil.copy2(archive, SITE / "download" / archive.name)
    build_languages(SITE, runtime, policy, {"offline_zip": {"name": archive.name, "bytes": archive.stat().st_size}})
    for packed in SITE.rglob("*.gz"):  # MkDocs' sitemap.xml.gz: brotli beside every gzip copy
        if not packed.with_suffix(".br").exists() and packed.with_suffix("").is_file():
            precompress_brotli(packed.with_suffix(""))
    # Pages, the theme's scripts and styles, the search index: brotli 11 at build time is about a
    # fifth smaller than the gzip nginx makes on the fly, and a phone's first visit to the checker
    # fetches them all (nginx's brotli_static serves the .br; others still get gzip).
    for path in SITE.rglob("*"):
        if path.suffix in TEXT and path.is_file() and path.stat().st_size >= 1024 and not path.with_name(path.name + ".br").exists():
            precompress_brotli(path)


def contact_warning(contact) -> str | None:
    """A warning while the school's contact (extra.contact in mkdocs.yml) is not filled in."""
    if any(str(value or "").strip() for value in (contact or {}).values()):
        return None
    return (
        "warning: no school contact in mkdocs.yml (extra.contact): the checker's answers, the guides and the "
        "reading page point to the student's mentor only (CONTRIBUTING.md, \"Set the school's contact\")"
    )


def main() -> None:
    from mkdocs.config import load_config

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ.setdefault("TVO_OFFLINE", "false")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    os.chdir(ROOT)
    start = time.perf_counter()
    # The school's choices first: a bad value stops the build here, and the wheel carries them.
    import approval
    import choices

    choices.main()
    warning = approval.warning(approval.status())
    if warning:
        print(warning, file=sys.stderr)
    dutch = load_config(str(config_file("nl")))
    warning = contact_warning(dutch.extra.get("contact"))
    if warning:
        print(warning, file=sys.stderr)
    policy = dutch.extra["csp"]
    archive = build_offline(policy)
    if "--offline" not in sys.argv[1:]:
        build_online(policy, archive)
    print(f"built in {time.perf_counter() - start:.2f} s ({len(LANGUAGES)} languages)")


if __name__ == "__main__":
    sys.exit(main())
