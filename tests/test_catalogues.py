"""Every message exists in every language; the compiled catalogues match their sources."""

import io
import re

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from conftest import LANGUAGES, ROOT

LOCALE = ROOT / "checker" / "locale"
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]  # English is the source language


def extracted() -> set[str]:
    return {message[2] for message in extract_from_dir(ROOT / "checker", method_map=[("**.py", "python")])}


def catalogue(lang):
    with open(LOCALE / lang / "LC_MESSAGES" / "checker.po", "rb") as file:
        return read_po(file, locale=lang)


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[a-z_]+\}", text))


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated(lang):
    po = catalogue(lang)
    messages = extracted()
    assert messages, "no message extracted: the test would prove nothing"
    for msgid in sorted(messages):
        entry = po.get(msgid)
        assert entry is not None, f"{lang}: missing {msgid!r} (run pybabel update, then translate)"
        assert entry.string.strip(), f"{lang}: untranslated {msgid!r}"
        assert not entry.fuzzy, f"{lang}: fuzzy {msgid!r}"
        assert placeholders(entry.string) == placeholders(msgid), f"{lang}: placeholders differ in {msgid!r}"
    unused = {entry.id for entry in po if entry.id} - messages
    assert not unused, f"{lang}: obsolete messages {sorted(unused)}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_compiled_catalogue_matches_its_source(lang):
    compiled = io.BytesIO()
    write_mo(compiled, catalogue(lang))
    shipped = (LOCALE / lang / "LC_MESSAGES" / "checker.mo").read_bytes()
    assert shipped == compiled.getvalue(), f"{lang}: checker.mo is stale; run `make catalogues`"


def test_template_lists_every_message():
    with open(LOCALE / "checker.pot", "rb") as file:
        template = {entry.id for entry in read_po(file) if entry.id}
    assert template == extracted(), "checker.pot is stale; run `make messages`"
