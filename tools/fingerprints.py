"""Fingerprints of the Dutch articles, so a translation cannot stay behind when the Dutch changes.

Each article heading of a translated protocol page carries the fingerprint of the Dutch text it
was translated from: `### A5 {: #a5 .article data-source="1a2b3c4d" }`. tests/test_translations.py
compares them with the Dutch page.

    .venv/bin/python tools/fingerprints.py                  # list each article's fingerprint
    .venv/bin/python tools/fingerprints.py --stamp LANG A5  # after revising A5 in LANG: record it
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADING = re.compile(r"^### (?P<id>[UDABCS]\d) \{: (?P<attrs>[^}]*)\}\n(?P<text>.*?)(?=^#|\Z)", re.M | re.S)


def protocol_page(lang: str) -> Path:
    return ROOT / "docs" / lang / "protocol.md"


def articles(lang: str) -> dict[str, tuple[str, str]]:
    """Article id -> (heading attributes, article text), in page order."""
    source = protocol_page(lang).read_text(encoding="utf-8")
    return {m["id"]: (m["attrs"], m["text"]) for m in HEADING.finditer(source)}


def fingerprint(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:8]


def dutch_fingerprints() -> dict[str, str]:
    return {article: fingerprint(text) for article, (_, text) in articles("nl").items()}


def recorded(lang: str) -> dict[str, str | None]:
    found = {}
    for article, (attrs, _) in articles(lang).items():
        match = re.search(r'data-source="([0-9a-f]{8})"', attrs)
        found[article] = match.group(1) if match else None
    return found


def stamp(lang: str, which: list[str]) -> None:
    current = dutch_fingerprints()
    page = protocol_page(lang)
    source = page.read_text(encoding="utf-8")

    def replace(match: re.Match) -> str:
        article = match["id"]
        if which and article not in which:
            return match.group(0)
        attrs = re.sub(r'\s*data-source="[0-9a-f]*"', "", match["attrs"]).rstrip()
        return f'### {article} {{: {attrs} data-source="{current[article]}" }}\n{match["text"]}'

    page.write_text(HEADING.sub(replace, source), encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--stamp"]:
        stamp(sys.argv[2], sys.argv[3:])
    else:
        for article, value in dutch_fingerprints().items():
            print(article, value)
