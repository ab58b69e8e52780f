"""The school's contact: one setting (extra.contact in mkdocs.yml), shown in answers, guides and
on the reading page; until it is set, the build warns and the texts point to the mentor only."""

from types import SimpleNamespace

import yaml

from conftest import ROOT
from tools import build_site, hooks

UI = yaml.safe_load((ROOT / "mkdocs.en.yml").read_text(encoding="utf-8").replace("!ENV", ""))["extra"]["ui"]


def box(contact):
    return hooks.contact_html(SimpleNamespace(extra={"ui": UI, "contact": contact}))


def test_until_it_is_set_the_box_points_to_the_mentor_and_the_build_warns():
    empty = {"name": "", "email": "", "phone": "", "url": ""}
    html = box(empty)
    assert UI["contact_mentor"].replace("'", "&#x27;") in html
    assert "<ul>" not in html and "mailto:" not in html
    assert "extra.contact" in build_site.contact_warning(empty)
    assert "extra.contact" in build_site.contact_warning(None)


def test_a_set_contact_is_shown_as_links_and_escaped():
    contact = {"name": "TVO <b>administratie</b>", "email": "info@tvo.example", "phone": "010 123 45 67",
               "url": "https://tvo.example/contact"}
    html = box(contact)
    assert "TVO &lt;b&gt;administratie&lt;/b&gt;" in html and "<b>" not in html
    assert 'href="mailto:info@tvo.example"' in html
    assert 'href="tel:0101234567"' in html
    assert 'href="https://tvo.example/contact"' in html
    assert build_site.contact_warning(contact) is None
    # A field left empty is left out.
    assert "tel:" not in box({**contact, "phone": ""})


def test_the_built_pages_carry_the_box():
    for lang in ("nl", "ar"):
        for page in ("guides/parents", "guides/students", "guides/staff", "checker/reading", "checker"):
            text = (ROOT / "site" / lang / page / "index.html").read_text(encoding="utf-8")
            assert 'class="admonition info school-contact"' in text, (lang, page)
            assert "<!-- school-contact -->" not in text
