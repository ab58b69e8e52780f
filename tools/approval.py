"""What the school approves, and whether the checker built now is what it approved.

    .venv/bin/python tools/approval.py                 the fingerprint, and what changed since the last approval
    .venv/bin/python tools/approval.py record --naam "…" --functie "…" [--datum 2027-01-15] [--opmerkingen "…"]
                                                       record an approval of the reading built now

Everything that decides an answer is listed as parts, each with a short hash: every rule (its code,
its quote, when it applies, what it reads, its readings), the checker's shared code (scope, verdict,
notes, the questions' keys), the school's choices, and every Dutch question and message (the
catalogue's Dutch words, which are what the school reads). The fingerprint is the hash of that
list. protocol/approval.yml records who approved which fingerprint, with the parts as they were,
so a later build can say what changed since: the reading page then says "not yet approved" and lists
it, every answer carries a notice, and `make site` warns (tools/hooks.py).
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import inspect
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILE = ROOT / "protocol" / "approval.yml"
DUTCH = ROOT / "checker" / "locale" / "nl" / "LC_MESSAGES" / "checker.po"
SHARED = ("scenario.py", "evaluate.py", "describe.py", "choices.py", "articles.py", "next_step.py")


def short(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def dutch_texts(path: Path = DUTCH) -> dict[str, str]:
    """msgid -> the Dutch words the school reads."""
    from babel.messages.pofile import read_po

    with open(path, "rb") as file:
        return {message.id: message.string for message in read_po(file) if message.id and not message.fuzzy}


def parts(dutch: dict[str, str] | None = None) -> dict[str, str]:
    """Every part that decides an answer -> its hash."""
    from checker import rules
    from checker.choices import SELECTED

    found = {}
    for rule in [rules.SCOPE, *rules.RULES]:
        code = rule.decide if rule is not rules.SCOPE else rules.scope
        found[f"rule {rule.article}"] = short("\n".join([
            inspect.getsource(code), rule.quote, repr(rule.when), repr(rule.reads), repr(rule.setting_specific),
            repr(rule.about_tvo), *(f"{r.id} {r.words} {r.text} {r.why} {r.chosen}" for r in rule.readings),
        ]))
    found["checker/rules.py"] = short((ROOT / "checker" / "rules.py").read_text(encoding="utf-8"))
    for name in SHARED:
        found[f"checker/{name}"] = short((ROOT / "checker" / name).read_text(encoding="utf-8"))
    for choice_id, option in SELECTED.items():
        found[f"choice {choice_id}"] = short(option)
    for msgid, text in (dutch if dutch is not None else dutch_texts()).items():
        found[f"nl: {msgid}"] = short(text)
    return found


def fingerprint(manifest: dict[str, str]) -> str:
    return short("\n".join(f"{part}={value}" for part, value in sorted(manifest.items())))


def approvals(path: Path = FILE) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
    return (data or {}).get("goedkeuringen") or []


def status(manifest: dict[str, str] | None = None, path: Path = FILE) -> dict:
    """Whether the reading built now is the one last approved, and if not, what changed since."""
    manifest = manifest if manifest is not None else parts()
    current = fingerprint(manifest)
    recorded = approvals(path)
    if not recorded:
        return {"fingerprint": current, "approved": False, "last": None, "changed": []}
    last = recorded[-1]
    before = last.get("onderdelen") or {}
    changed = sorted(part for part in set(manifest) | set(before) if manifest.get(part) != before.get(part))
    return {
        "fingerprint": current,
        "approved": last.get("vingerafdruk") == current,
        "last": {key: str(last.get(key, "")) for key in ("naam", "functie", "datum", "vingerafdruk")},
        "changed": changed,
    }


def warning(state: dict) -> str:
    """What `make site` prints while the reading built is not the one approved ("" once it is)."""
    if state["approved"]:
        return ""
    count = len(state["changed"])
    since = f"; {count} part{'' if count == 1 else 's'} changed since the last approval" if state["last"] else "; nobody has approved it yet"
    return (f"WARNING: the checker's reading (fingerprint {state['fingerprint']}) is not approved by the school"
            f"{since}: see protocol/approval.yml and CONTRIBUTING.md")


def record(name: str, role: str, date: str, remarks: str, path: Path = FILE) -> dict:
    from checker.choices import SELECTED

    manifest = parts()
    entry = {
        "vingerafdruk": fingerprint(manifest),
        "naam": name,
        "functie": role,
        "datum": date,
        "keuzes": dict(SELECTED),
        "opmerkingen": remarks,
        "onderdelen": manifest,
    }
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    header = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    body = {"goedkeuringen": [*approvals(path), entry]}
    path.write_text(header + "\n" + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
    return entry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    approve = sub.add_parser("record", help="record an approval of the reading built now")
    approve.add_argument("--naam", required=True)
    approve.add_argument("--functie", required=True)
    approve.add_argument("--datum", default=datetime.date.today().isoformat())
    approve.add_argument("--opmerkingen", default="")
    args = parser.parse_args()
    if args.command == "record":
        entry = record(args.naam, args.functie, args.datum, args.opmerkingen)
        print(f"recorded: {entry['naam']} ({entry['functie']}) approved {entry['vingerafdruk']} on {entry['datum']}")
        return
    state = status()
    print(f"fingerprint {state['fingerprint']}: " + ("approved" if state["approved"] else "not yet approved"))
    for part in state["changed"]:
        print(f"  changed since the last approval: {part}")


if __name__ == "__main__":
    main()
